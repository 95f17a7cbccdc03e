#!/usr/bin/env bash
# Benchmark harness (issue 7; see bench/README.md). Builds the release app and the
# baselines, then measures pages and baselines side by side in one headless Chromium and
# writes bench/out/report.json and bench/out/report.md. Reports only; never fails on a budget.
#   bash scripts/bench.sh [--runs N] [--lh-runs N] [--plain-runs N] [--render-cpu R] [--only LIST]
# Not part of scripts/test.sh.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

BENCH="$ROOT/bench"
APP_DIST="$BENCH/out/app-dist"
start=$(date +%s)
step() { tf_log "bench: $* ($(( $(date +%s) - start )) s)"; }

for tool in trunk wasm-bindgen wasm-opt node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool not found (run bash scripts/setup.sh)" >&2; exit 1; }
done
[ -x "$CHROME_BIN" ] || { echo "bench: no Chromium at $CHROME_BIN (run bash scripts/setup.sh)" >&2; exit 1; }
if pgrep -x trunk >/dev/null 2>&1; then
  tf_log "bench: another trunk build is running; cargo waits for its lock"
fi

# 1. The app, release build, into bench/out/app-dist (dist/ stays the tests').
step "trunk build --release (app)"
mkdir -p "$BENCH/out"
if ! trunk build --release --dist "$APP_DIST" >"$BENCH/out/build-app.log" 2>&1; then
  tail -30 "$BENCH/out/build-app.log" >&2
  echo "bench: trunk build --release failed (log: bench/out/build-app.log); nothing measured" >&2
  exit 1
fi

# 2. Harness packages (lighthouse, playwright-core, react, vite), local to bench/.
if [ ! -d "$BENCH/node_modules" ] || [ "$BENCH/package-lock.json" -nt "$BENCH/node_modules/.package-lock.json" ]; then
  step "npm ci (bench/)"
  (cd "$BENCH" && npm ci --no-audit --no-fund --loglevel=error)
fi

# 3. Baselines: the Leptos rows crate (standalone, same Trunk settings), vanilla and React (Vite).
step "trunk build --release (bench/leptos-rows)"
if ! (cd "$BENCH/leptos-rows" && trunk build --release >"$BENCH/out/build-leptos-rows.log" 2>&1); then
  tail -30 "$BENCH/out/build-leptos-rows.log" >&2
  echo "bench: leptos-rows build failed (log: bench/out/build-leptos-rows.log)" >&2
  exit 1
fi
step "vite build (vanilla, React)"
node "$BENCH/build-baselines.mjs"

# 4. Measure.
step "measuring"
node "$BENCH/run.mjs" --app-dist "$APP_DIST" "$@"
step "done: bench/out/report.md"
