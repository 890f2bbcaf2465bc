#!/usr/bin/env bash
# Installs what is missing, and nothing else (idempotent):
#   Debian packages: sipp (sip-tester), ipfs_cid (ipfs-cid), chromium, jq, wrk, Kamailio
#   with its json, utils and extra modules (integrations/kamailio's test runs the real one), and
#   PostgreSQL (package pgtest starts throwaway servers with its initdb and pg_ctl)
#   npm toolchain from package-lock.json: forge, anvil, cast, solcjs, OpenZeppelin, forge-std, ...
#   Go modules from go.sum
# Only the package registries are needed (Debian, npm, the Go module proxy).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf 'setup: %s\n' "$*"; }

# Debian packages (command -> package)
need=()
for pair in sipp:sip-tester ipfs_cid:ipfs-cid chromium:chromium jq:jq wrk:wrk kamailio:kamailio; do
  cmd=${pair%%:*}; pkg=${pair##*:}
  command -v "$cmd" >/dev/null 2>&1 || need+=("$pkg")
done
# Kamailio's modules are packages of files, not commands; PostgreSQL's server binaries are not
# on $PATH on Debian (/usr/lib/postgresql/N/bin).
for pkg in kamailio kamailio-json-modules kamailio-utils-modules kamailio-extra-modules postgresql; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
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
  # Not `npm ci`: Foundry 1.7.1 lists optional platform packages that the registry does not
  # have (e.g. @foundry-rs/anvil-darwin-amd64@1.7.1 is a 404), so no lock file can hold them
  # and `npm ci` refuses the lock as "out of sync". `npm install --no-save` installs exactly
  # what package-lock.json pins and never rewrites it.
  say "installing the npm toolchain (npm install from package-lock.json)"
  npm install --no-save --no-audit --no-fund --loglevel=error
fi

# Go modules
go mod download -x 2>&1 | grep -q '^# get' && say "downloaded Go modules" || true
say "ready"
