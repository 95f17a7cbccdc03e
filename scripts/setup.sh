#!/usr/bin/env bash
# Install (only what is missing) every tool Tradefair's build and tests need.
# Idempotent: a second run only checks versions and takes a few seconds.
#
#   bash scripts/setup.sh
#
# Tools: rustup target wasm32-unknown-unknown, trunk, wasm-bindgen CLI
# (+ wasm-bindgen-test-runner), wasm-opt (npm binaryen, repo-local in .tools/),
# Debian chromium + chromium-driver, brotli, tests/e2e's npm packages, and the test
# WHIP/WHEP relay's Python venv (aiortc + aiohttp from PyPI, in the user's cache).
# Versions are pinned in scripts/env.sh; see also Trunk.toml and ../shared/toolchain.md.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

started=$SECONDS
changed=0

ok()   { printf '[setup] ok       %s\n' "$*"; }
doing(){ printf '[setup] install  %s\n' "$*"; changed=1; }
die()  { printf '[setup] ERROR    %s\n' "$*" >&2; exit 1; }

# First line of `cmd --version`, or empty when cmd is missing or fails.
version_of() { command -v "$1" >/dev/null 2>&1 && "$@" --version 2>/dev/null | head -n 1 || true; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1; then sudo "$@";
  else die "need root for: $*"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

command -v cargo >/dev/null 2>&1 || die "cargo not found (install Rust with rustup)"
command -v node >/dev/null 2>&1 || die "node not found"
command -v npm >/dev/null 2>&1 || die "npm not found"

# --- Rust target -------------------------------------------------------------
if rustup target list --installed 2>/dev/null | grep -qx 'wasm32-unknown-unknown'; then
  ok "rustup target wasm32-unknown-unknown"
else
  doing "rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# --- crates: Trunk.toml's `offline = true` makes trunk run `cargo build --offline`,
# so every crate in Cargo.lock must already be downloaded (no-op when it is).
cargo fetch --quiet || die "cargo fetch failed (crates.io unreachable, or Cargo.toml broken?)"
ok "crates in Cargo.lock fetched (cargo fetch)"

# --- trunk ---------------------------------------------------------------------
have="$(version_of trunk)"
if [ "$have" = "trunk $TF_TRUNK_VERSION" ]; then
  ok "$have"
else
  doing "trunk $TF_TRUNK_VERSION (found: ${have:-none}); cargo install takes ~7 min"
  cargo install --locked trunk --version "$TF_TRUNK_VERSION"
fi

# --- wasm-bindgen CLI (must equal the wasm-bindgen crate in Cargo.lock) -------
# Not --locked: the CLI's lockfile pins a crate this registry lacks.
have="$(version_of wasm-bindgen)"
have_runner="$(version_of wasm-bindgen-test-runner)"
if [ "$have" = "wasm-bindgen $TF_WASM_BINDGEN_VERSION" ] && [ -n "$have_runner" ]; then
  ok "$have (+ wasm-bindgen-test-runner)"
else
  doing "wasm-bindgen-cli $TF_WASM_BINDGEN_VERSION (found: ${have:-none}); ~2 min"
  cargo install wasm-bindgen-cli --version "$TF_WASM_BINDGEN_VERSION"
fi
if [ -f Cargo.lock ]; then
  lock_ver="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)"
  if [ -n "$lock_ver" ] && [ "$lock_ver" != "$TF_WASM_BINDGEN_VERSION" ]; then
    die "Cargo.lock has wasm-bindgen $lock_ver but the CLI is $TF_WASM_BINDGEN_VERSION: pin wasm-bindgen = \"=$TF_WASM_BINDGEN_VERSION\""
  fi
fi

# --- wasm-opt: npm binaryen, repo-local (never Debian's binaryen 108) ---------
wasm_opt="$ROOT/.tools/node_modules/.bin/wasm-opt"
have="$( [ -x "$wasm_opt" ] && "$wasm_opt" --version 2>/dev/null | head -n 1 || true)"
case "$have" in
  *"version $TF_WASM_OPT_VERSION "*|*"version $TF_WASM_OPT_VERSION") ok "$have (.tools/)";;
  *)
    doing "wasm-opt: npm binaryen@$TF_WASM_OPT_VERSION into .tools/ (found: ${have:-none})"
    mkdir -p "$ROOT/.tools"
    [ -f "$ROOT/.tools/package.json" ] || printf '{ "private": true, "name": "tradefair-tools" }\n' > "$ROOT/.tools/package.json"
    npm install --prefix "$ROOT/.tools" --no-audit --no-fund --loglevel=error "binaryen@$TF_WASM_OPT_VERSION"
    "$wasm_opt" --version
    ;;
esac

# --- Chromium + chromedriver (Debian packages) --------------------------------
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  ok "$(/usr/bin/chromium --version 2>/dev/null | head -n 1), chromedriver"
else
  doing "chromium chromium-driver (apt)"
  apt_install chromium chromium-driver
fi

# --- brotli (size measurement) ------------------------------------------------
if command -v brotli >/dev/null 2>&1; then
  ok "brotli"
else
  doing "brotli (apt)"
  apt_install brotli
fi

# --- test WHIP/WHEP relay: Python venv with aiortc + aiohttp (PyPI, never apt) --
# Outside the repo (the cache), redone only when tests/relay/requirements.txt changes.
# tests/relay/relay.sh runs the relay with it; keep the path in step with that script.
relay_venv="${TF_RELAY_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/tradefair/relay-venv}"
relay_reqs="$ROOT/tests/relay/requirements.txt"
if [ -f "$relay_reqs" ]; then
  command -v python3 >/dev/null 2>&1 || die "python3 not found (needed by the test relay)"
  want="$(sha256sum "$relay_reqs" | cut -d' ' -f1)"
  stamp="$relay_venv/.tradefair-requirements.sha256"
  if [ -x "$relay_venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    ok "test relay venv ($relay_venv)"
  else
    doing "test relay venv: aiortc + aiohttp from PyPI into $relay_venv"
    rm -rf "$relay_venv"
    python3 -m venv "$relay_venv"
    "$relay_venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$relay_reqs"
    "$relay_venv/bin/python" -c 'import aiortc, aiohttp, av' || die "test relay venv: import failed"
    echo "$want" > "$stamp"
  fi
fi

# --- tests/e2e npm packages ---------------------------------------------------
e2e="$ROOT/tests/e2e"
if [ -f "$e2e/package.json" ]; then
  stamp="$e2e/node_modules/.tradefair-lock.sha256"
  if [ -f "$e2e/package-lock.json" ]; then
    want="$(sha256sum "$e2e/package-lock.json" | cut -d' ' -f1)"
    if [ -d "$e2e/node_modules" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
      ok "tests/e2e node_modules (package-lock unchanged)"
    else
      doing "tests/e2e: npm ci"
      (cd "$e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
      echo "$want" > "$stamp"
    fi
  else
    doing "tests/e2e: npm install (no package-lock.json yet)"
    (cd "$e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error)
    sha256sum "$e2e/package-lock.json" | cut -d' ' -f1 > "$e2e/node_modules/.tradefair-lock.sha256"
  fi
fi

if [ "$changed" -eq 0 ]; then
  printf '[setup] everything present (%ss)\n' "$((SECONDS - started))"
else
  printf '[setup] done (%ss)\n' "$((SECONDS - started))"
fi
