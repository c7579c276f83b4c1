#!/usr/bin/env bash
# Runs "$@" with a throwaway PostgreSQL cluster on 127.0.0.1 and exports
#   CIRCLE_TEST_PG_URL   postgresql://postgres@127.0.0.1:PORT/postgres
#   CIRCLE_TEST_PG_DATA  the cluster's data directory
# The cluster lives in a temporary directory and is removed when "$@" ends.
# PostgreSQL refuses to run as root, so as root the server runs as the user "postgres".
set -euo pipefail

bindir="${PG_BINDIR:-}"
if [ -z "$bindir" ]; then
    bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi
if [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
    echo "with-postgres: PostgreSQL server binaries not found (Debian: apt-get install postgresql)" >&2
    exit 1
fi

as_pg=()
if [ "$(id -u)" -eq 0 ]; then
    as_pg=(runuser -u postgres --)
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/circle-pg.XXXXXX")"
chmod 0755 "$tmp"
if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$tmp"
fi
data="$tmp/data"
started=""

cleanup() {
    if [ -n "$started" ]; then
        "${as_pg[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

"${as_pg[@]}" "$bindir/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --no-sync >"$tmp/initdb.log" 2>&1 \
    || { cat "$tmp/initdb.log" >&2; exit 1; }

# A free port: try a few random ones; pg_ctl fails fast when one is taken. fsync is off:
# this cluster is thrown away, and the tests kill circle-server, never PostgreSQL.
for _ in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 30000))
    if "${as_pg[@]}" "$bindir/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 60 \
        -o "-k $tmp -p $port -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if [ -z "$started" ]; then
    echo "with-postgres: could not start PostgreSQL" >&2
    cat "$tmp/server.log" >&2 || true
    exit 1
fi

export CIRCLE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
export CIRCLE_TEST_PG_DATA="$data"
"$@"
