# shellcheck shell=bash
# Shared environment for Tradefair's scripts. Source it, don't run it:
#   source scripts/env.sh
# Sets ROOT (the repo root) and puts the project's tools on PATH:
#   ~/.cargo/bin                 trunk, wasm-bindgen, wasm-bindgen-test-runner
#   $ROOT/.tools/node_modules/.bin   wasm-opt (npm binaryen@132, never Debian's)
#   $ROOT/tests/e2e/node_modules/.bin playwright

_tf_env_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$_tf_env_dir/.." && pwd)"
export ROOT
unset _tf_env_dir

# Pinned tool versions (keep in step with Trunk.toml and Cargo.toml).
export TF_TRUNK_VERSION="0.21.14"
export TF_WASM_BINDGEN_VERSION="0.2.130"
export TF_WASM_OPT_VERSION="132"

_tf_path_prepend() {
  case ":$PATH:" in
    *":$1:"*) ;;
    *) PATH="$1:$PATH" ;;
  esac
}
_tf_path_prepend "$ROOT/tests/e2e/node_modules/.bin"
_tf_path_prepend "$ROOT/.tools/node_modules/.bin"
_tf_path_prepend "${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH
unset -f _tf_path_prepend

# Browsers: Debian's Chromium, never a Playwright download.
export CHROME_BIN="${CHROME_BIN:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# wasm-bindgen-test-runner: Chromium capabilities (it adds headless + no-sandbox itself).
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-$ROOT/scripts/webdriver.json}"
# Cargo: no colour codes in CI logs.
if [ -n "${CI:-}" ]; then
  export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
fi

# Small helpers shared by the scripts.
tf_log() { printf '[tradefair] %s\n' "$*"; }

# tf_free_port: print a free TCP port on 127.0.0.1.
tf_free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}
