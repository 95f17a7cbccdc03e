#!/usr/bin/env bash
# Build the release app (dist/) and run the reference server (server/, axum + SQLite)
# serving it together with the REST API:
#   bash scripts/server.sh                 -> http://127.0.0.1:8088
#   TF_PORT=9000 TF_DB=/tmp/tf.sqlite bash scripts/server.sh
#   bash scripts/server.sh --no-build      (reuse the existing dist/)
# Further arguments go to tradefair-server.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi

bash scripts/setup.sh
if [ "$build" -eq 1 ]; then
  tf_log "trunk build --release"
  if ! trunk build --release; then
    tf_log "trunk build failed (dist/ may be stale): not starting the server" >&2
    exit 1
  fi
fi
[ -f dist/index.html ] || { tf_log "no dist/index.html: run without --no-build" >&2; exit 1; }

port="${TF_PORT:-8088}"
db="${TF_DB:-$ROOT/tradefair.sqlite}"
tf_log "reference server on http://127.0.0.1:$port (db: $db)"
exec cargo run --profile server -p tradefair-server -- \
  --static dist --host 127.0.0.1 --port "$port" --db "$db" "$@"
