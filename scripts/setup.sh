#!/usr/bin/env bash
# Installs what is missing, and nothing else (idempotent):
#   Debian packages: sipp (sip-tester), ipfs_cid (ipfs-cid), chromium, jq, wrk
#   npm toolchain from package-lock.json: forge, anvil, cast, solcjs, OpenZeppelin, forge-std, ...
#   Go modules from go.sum
# Only the package registries are needed (Debian, npm, the Go module proxy).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf 'setup: %s\n' "$*"; }

# Debian packages (command -> package)
need=()
for pair in sipp:sip-tester ipfs_cid:ipfs-cid chromium:chromium jq:jq wrk:wrk; do
  cmd=${pair%%:*}; pkg=${pair##*:}
  command -v "$cmd" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  say "installing Debian packages: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# npm toolchain, pinned by package-lock.json
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
   || [ ! -x node_modules/.bin/forge ]; then
  say "installing the npm toolchain (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Go modules
go mod download -x 2>&1 | grep -q '^# get' && say "downloaded Go modules" || true
say "ready"
