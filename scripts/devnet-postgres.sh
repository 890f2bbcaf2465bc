#!/usr/bin/env bash
# Runs the devnet on a throwaway PostgreSQL: initdb in a temporary directory, a server on
# a free loopback port (as the postgres user when run as root; initdb refuses root), a
# fresh database, then `dots devnet --db postgres://...` with any extra arguments given
# here. The server and its files go when the devnet stops.
#   bash scripts/devnet-postgres.sh [devnet flags...]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (bash scripts/setup.sh installs it)" >&2; exit 1; }
dir=$(mktemp -d /tmp/dots-pg-XXXXXX)
as=()
if [ "$(id -u)" = 0 ]; then
	chown postgres "$dir"
	as=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop() {
	"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
	rm -rf "$dir"
}
trap stop EXIT
"${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
	-o "-c listen_addresses=127.0.0.1 -p $port -k $dir" start >/dev/null
"${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres dots
url="postgres://postgres@127.0.0.1:$port/dots?sslmode=disable"
echo "PostgreSQL $url (data in $dir; removed at exit)"
${DOTS_BIN:-go run ./cli} devnet --db "$url" "$@"
