#!/usr/bin/env bash
# Run every check and test, in order, failing fast with a banner per stage:
#   bash scripts/test.sh
# Ends with "N passed, M failed[, K skipped]" counting stages.
#
# Stages (ids for TF_SKIP):
#   setup fmt clippy clippy-wasm test-native test-app-native l10n trunk-build size
#   wasm-browser server-build e2e-demo e2e-http
# Knobs (environment):
#   TF_SKIP="fmt clippy"        skip the listed stages (reported as skipped)
#   TF_APP_NATIVE_TESTS=0       don't run `cargo test -p tradefair --lib` natively
#                               (on by default: the app's non-web logic is tested natively)
#   TF_E2E_ARGS="--grep cart"   extra arguments for both Playwright runs
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

TF_APP_NATIVE_TESTS="${TF_APP_NATIVE_TESTS:-1}"
TF_SKIP="${TF_SKIP:-}"
TF_E2E_ARGS="${TF_E2E_ARGS:-}"

passed=0
failed=0
skipped=0
started_all=$SECONDS
declare -a pids=()
tmp="$(mktemp -d "${TMPDIR:-/tmp}/tradefair-test.XXXXXX")"

cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

summary() {
  echo
  echo "================================================================"
  printf 'test.sh finished in %ss\n' "$((SECONDS - started_all))"
  if [ "$skipped" -gt 0 ]; then
    printf '%d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
  else
    printf '%d passed, %d failed\n' "$passed" "$failed"
  fi
}

banner() {
  echo
  echo "================================================================"
  echo "== $*"
  echo "================================================================"
}

# stage ID DESCRIPTION CMD...: run CMD; on failure print a banner, the summary, exit 1.
stage() {
  local id="$1" desc="$2"
  shift 2
  case " $TF_SKIP " in
    *" $id "*)
      banner "SKIP [$id] $desc (TF_SKIP)"
      skipped=$((skipped + 1))
      return 0
      ;;
  esac
  banner "[$id] $desc"
  local t0=$SECONDS rc=0
  "$@" || rc=$?
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1))
    echo "-- PASS [$id] ($((SECONDS - t0))s)"
  else
    failed=$((failed + 1))
    banner "FAIL [$id] $desc: exit code $rc after $((SECONDS - t0))s"
    summary
    exit 1
  fi
}

skip() {
  banner "SKIP [$1] $2"
  skipped=$((skipped + 1))
}

# wait_for_line FILE PATTERN PID TIMEOUT_S: wait until FILE contains PATTERN;
# fail if PID exits first or the time runs out.
wait_for_line() {
  local file="$1" pattern="$2" pid="$3" timeout="$4" waited=0
  while ! grep -q "$pattern" "$file" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "process $pid exited before printing '$pattern'; its output:" >&2
      cat "$file" >&2 || true
      return 1
    fi
    if [ "$waited" -ge $((timeout * 10)) ]; then
      echo "timed out after ${timeout}s waiting for '$pattern'; output so far:" >&2
      cat "$file" >&2 || true
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

# ---- stage bodies -------------------------------------------------------------

trunk_build() {
  # A failed trunk build leaves the previous dist/ in place: the exit code decides.
  trunk build --release || return $?
  compgen -G "dist/*.wasm" >/dev/null || { echo "dist/ has no .wasm after trunk build" >&2; return 1; }
  [ -f dist/index.html ] || { echo "dist/ has no index.html after trunk build" >&2; return 1; }
}

playwright() {
  # shellcheck disable=SC2086  # TF_E2E_ARGS is a word list on purpose
  (cd tests/e2e && ./node_modules/.bin/playwright test $TF_E2E_ARGS "$@")
}

e2e_demo() {
  local log="$tmp/serve-demo.log" pid url
  node tests/e2e/serve.mjs --dir "$ROOT/dist" --port 0 >"$log" 2>&1 &
  pid=$!
  pids+=("$pid")
  wait_for_line "$log" "serving .* on http://" "$pid" 20 || return 1
  url="$(grep -o 'http://[0-9.]*:[0-9]*' "$log" | head -n 1)"
  echo "dist/ served by tests/e2e/serve.mjs at $url (backend: demo)"
  local rc=0
  TF_BASE_URL="$url" TF_BACKEND=demo playwright || rc=$?
  kill "$pid" 2>/dev/null || true
  return "$rc"
}

e2e_http() {
  local log="$tmp/server.log" pid port url static="$ROOT/dist"
  # The app picks its backend from config.json: when tests/e2e/support/config.http.json
  # exists, serve a copy of dist/ with that file as config.json.
  if [ -f tests/e2e/support/config.http.json ]; then
    static="$tmp/dist-http"
    cp -r "$ROOT/dist" "$static"
    cp tests/e2e/support/config.http.json "$static/config.json"
    echo "serving a copy of dist/ with config.json = $(tr -d '\n' < "$static/config.json")"
  fi
  local rc=0
  e2e_http_run "$static" || rc=$?
  # Live video gets a server of its own, whose live booths play WHEP from the test relay
  # (tests/relay/) that live.spec.mjs starts and stops on TF_RELAY_PORT. The other specs
  # run without a media server: a booth page's player would retry an absent one, and
  # Chromium logs every refused request as a console error, which fails a spec.
  if [ "$rc" -eq 0 ]; then
    e2e_http_run "$static" "$(tf_free_port)" || rc=$?
  fi
  return "$rc"
}

# e2e_http_run STATIC [RELAY_PORT]: the reference server serving STATIC, then Playwright.
# With RELAY_PORT the server gets --media-base http://127.0.0.1:RELAY_PORT and a fresh
# --media-token, and only the live-video specs run, with TF_RELAY_PORT, TF_MEDIA_TOKEN and
# TF_RELAY_CMD (the relay's command).
e2e_http_run() {
  local static="$1" relay_port="${2:-}" log pid port url rc=0 media_token=""
  local -a media=() specs=()
  log="$tmp/server.log"
  if [ -n "$relay_port" ]; then
    log="$tmp/server-live.log"
    # The relay's WHIP endpoints take this token (exhibitor-live.spec.mjs starts the relay
    # with --token TF_MEDIA_TOKEN); the server hands it to the signed-in exhibitor.
    media_token="whip-$RANDOM$RANDOM"
    media=(--media-base "http://127.0.0.1:$relay_port" --media-token "$media_token")
    # One worker: both specs start and stop the relay on the same port.
    specs=(specs/live.spec.mjs specs/exhibitor-live.spec.mjs --workers=1 --pass-with-no-tests)
  fi
  port="$(tf_free_port)"
  "${CARGO_TARGET_DIR:-target}/server/tradefair-server" --static "$static" --host 127.0.0.1 --port "$port" \
    --db "$tmp/tradefair-e2e.sqlite" "${media[@]}" >"$log" 2>&1 &
  pid=$!
  pids+=("$pid")
  wait_for_line "$log" "tradefair-server listening on http://" "$pid" 60 || return 1
  url="$(grep -o 'listening on http://[^ ]*' "$log" | head -n 1 | sed 's/^listening on //')"
  echo "reference server at $url (backend: http, db: $tmp/tradefair-e2e.sqlite${relay_port:+, media: relay on port $relay_port})"
  TF_BASE_URL="$url" TF_BACKEND=http TF_RELAY_PORT="$relay_port" TF_MEDIA_TOKEN="$media_token" \
    TF_RELAY_CMD="bash $ROOT/tests/relay/relay.sh" playwright "${specs[@]}" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "---- reference server log (last 50 lines) ----"
    tail -n 50 "$log" || true
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  return "$rc"
}

# ---- the run --------------------------------------------------------------------

stage setup "install/check tools (scripts/setup.sh)" bash scripts/setup.sh
fmt_color=auto
[ -n "${CI:-}" ] && fmt_color=never
stage fmt "cargo fmt --all --check" cargo fmt --all --check -- --color "$fmt_color"
stage clippy "cargo clippy --workspace --all-targets -- -D warnings" \
  cargo clippy --workspace --all-targets -- -D warnings
stage clippy-wasm "cargo clippy --target wasm32-unknown-unknown -p tradefair --lib -- -D warnings" \
  cargo clippy --target wasm32-unknown-unknown -p tradefair --lib -- -D warnings
stage test-native "cargo test -p tradefair-core -p tradefair-l10n -p tradefair-server" \
  cargo test -p tradefair-core -p tradefair-l10n -p tradefair-server
if [ "$TF_APP_NATIVE_TESTS" = "1" ]; then
  stage test-app-native "cargo test -p tradefair --lib (native)" cargo test -p tradefair --lib
else
  skip test-app-native "cargo test -p tradefair --lib (TF_APP_NATIVE_TESTS=0)"
fi
stage l10n "locale report: cargo run -q -p tradefair-l10n --bin l10n-report" \
  cargo run -q -p tradefair-l10n --bin l10n-report
stage trunk-build "trunk build --release" trunk_build
stage size "brotli sizes of dist/ (scripts/size.sh)" bash scripts/size.sh dist
if [ -f tests/web.rs ]; then
  stage wasm-browser "wasm-bindgen-test in headless Chromium (tests/web.rs)" \
    env CHROMEDRIVER=/usr/bin/chromedriver \
    cargo test --target wasm32-unknown-unknown -p tradefair --test web
else
  skip wasm-browser "wasm-bindgen-test: no tests/web.rs"
fi
stage server-build "cargo build --profile server -p tradefair-server" \
  cargo build --profile server -p tradefair-server
stage e2e-demo "Playwright e2e, demo backend (dist/ via tests/e2e/serve.mjs)" e2e_demo
stage e2e-http "Playwright e2e, reference server (target/server/tradefair-server)" e2e_http

summary
