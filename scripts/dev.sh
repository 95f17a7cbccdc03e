#!/usr/bin/env bash
# Run the app on the embedded demo backend, rebuilding on every change:
#   bash scripts/dev.sh            -> http://127.0.0.1:8080
#   TF_PORT=8081 bash scripts/dev.sh
# Extra arguments go to `trunk watch` (e.g. --release).
# Backend choice is public/config.json ({"backend":"demo"}); unknown paths get index.html,
# so deep links such as /product/3 work.
#
# Why not `trunk serve`: the app must run in development under the same strict headers as
# in production (CSP with Trusted Types and inline-script hashes, see docs/csp.txt), and
# those hashes change with every build. `trunk watch` rebuilds dist/ (its post-build hook,
# scripts/harden.mjs, writes dist/_headers) and tests/e2e/serve.mjs serves dist/ with the
# headers of the current build. Reload the page after a rebuild.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

bash scripts/setup.sh
port="${TF_PORT:-8080}"
tf_log "first build (trunk build)"
trunk build "$@"
trunk watch "$@" &
watch_pid=$!
trap 'kill "$watch_pid" 2>/dev/null || true' EXIT INT TERM
tf_log "serving dist/ on http://127.0.0.1:$port with the headers of dist/_headers (Ctrl-C to stop)"
node tests/e2e/serve.mjs --dir "$ROOT/dist" --port "$port"
