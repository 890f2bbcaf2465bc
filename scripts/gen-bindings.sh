#!/usr/bin/env bash
# Regenerates bindings/ (one Go package per contract) from forge artifacts with abigen v2.
#   scripts/gen-bindings.sh          rebuild contracts and rewrite bindings/
#   scripts/gen-bindings.sh --check  rebuild into a temp dir and fail if bindings/ differs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# contract name -> Go package name
CONTRACTS=(
  "NumberRegistry:numberregistry"
  "CDRAnchor:cdranchor"
  "RewardToken:rewardtoken"
  "RateExchange:rateexchange"
  "DisputeVoting:disputevoting"
  "PrevrandaoRandomness:randomness"
  "DotsTimelock:timelock"
  "StealthRegistry:stealthregistry"
  "StealthSweeper:stealthsweeper"
)

check=0
[ "${1:-}" = "--check" ] && check=1

outdir=$(mktemp -d)
trap 'rm -rf "$outdir"' EXIT
# A private artifact directory, so a concurrent forge run never sees half-written files.
npx --no-install forge build --skip test --skip script --out "$outdir/out" --cache-path "$outdir/cache" >/dev/null

target=bindings
[ $check = 1 ] && target="$outdir/bindings"
mkdir -p "$target"
for entry in "${CONTRACTS[@]}"; do
  name=${entry%%:*}
  pkg=${entry##*:}
  art="$outdir/out/$name.sol/$name.json"
  [ -f "$art" ] || { echo "gen-bindings: no artifact for $name ($art)" >&2; exit 1; }
  mkdir -p "$target/$pkg"
  jq '.abi' "$art" > "$outdir/$name.abi"
  jq -r '.bytecode.object' "$art" > "$outdir/$name.bin"
  go tool abigen --v2 --abi "$outdir/$name.abi" --bin "$outdir/$name.bin" \
    --pkg "$pkg" --type "$name" --out "$target/$pkg/$pkg.go"
done

if [ $check = 1 ]; then
  if ! diff -ru bindings "$target" >"$outdir/diff"; then
    echo "gen-bindings: bindings/ is stale; run scripts/gen-bindings.sh and commit the result" >&2
    head -n 40 "$outdir/diff" >&2
    exit 1
  fi
  echo "bindings are up to date"
fi
