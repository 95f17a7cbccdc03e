#!/usr/bin/env bash
# Runs the test WHIP/WHEP relay (tests/relay/relay.py) with the Python venv that
# scripts/setup.sh creates:
#   bash tests/relay/relay.sh --port 9124
# TF_RELAY_VENV overrides the venv's place (keep it in step with scripts/setup.sh).
set -euo pipefail
venv="${TF_RELAY_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/tradefair/relay-venv}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ ! -x "$venv/bin/python" ]; then
  echo "relay: no Python venv at $venv; run: bash scripts/setup.sh" >&2
  exit 1
fi
exec "$venv/bin/python" -u "$here/relay.py" "$@"
