#!/usr/bin/env bash
# Print raw and brotli (-q 11) sizes of the built app: dist/*.wasm, *.js, *.css and a total.
#   bash scripts/size.sh [DIST_DIR]      (default: dist)
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

dist="${1:-dist}"
[ -d "$dist" ] || { echo "size: no $dist/ (run trunk build --release first)" >&2; exit 1; }
command -v brotli >/dev/null 2>&1 || { echo "size: brotli not found (bash scripts/setup.sh)" >&2; exit 1; }

shopt -s nullglob
files=("$dist"/*.wasm "$dist"/*.js "$dist"/*.css)
[ "${#files[@]}" -gt 0 ] || { echo "size: no .wasm/.js/.css in $dist/" >&2; exit 1; }

total_raw=0
total_br=0
printf '%-44s %12s %12s\n' "file" "raw bytes" "brotli bytes"
for f in "${files[@]}"; do
  raw=$(stat -c %s "$f")
  br=$(brotli -c -q 11 "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_br=$((total_br + br))
  printf '%-44s %12d %12d\n' "$(basename "$f")" "$raw" "$br"
done
printf '%-44s %12d %12d\n' "total" "$total_raw" "$total_br"
printf 'size: total %d KB raw, %d KB brotli\n' "$(( (total_raw + 512) / 1024 ))" "$(( (total_br + 512) / 1024 ))"
