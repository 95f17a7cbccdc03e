#!/usr/bin/env bash
# Run the app on the embedded demo backend with live reload:
#   bash scripts/dev.sh            -> http://127.0.0.1:8080
# Extra arguments go to `trunk serve` (e.g. --release, --port 8081).
# Backend choice is public/config.json ({"backend":"demo"}); unknown paths get
# index.html (Trunk's SPA fallback), so deep links such as /product/3 work.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

bash scripts/setup.sh
tf_log "trunk serve on http://127.0.0.1:8080 (Ctrl-C to stop)"
exec trunk serve "$@"
