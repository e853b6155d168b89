#!/usr/bin/env bash
# Runs COMMAND... next to a throwaway PostgreSQL server, and removes the server afterwards.
#
#   scripts/with-postgres.sh ctest --test-dir build --output-on-failure
#
# The cluster lives in a temporary folder, listens on 127.0.0.1 on a free port and trusts
# local connections. COMMAND sees:
#   PECADMIN_TEST_PG  "host=127.0.0.1 port=PORT user=postgres dbname=postgres", what the store
#                     tests read (each test creates a database of its own on that server)
#   PGHOST PGPORT PGUSER PGDATABASE  the same, for psql and other libpq programs
# The exit status is COMMAND's. initdb refuses to run as root: as root the server runs as the
# `postgres` user through runuser; as anybody else it runs as that user.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENT...]" >&2
    exit 2
fi

pgbin=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && pgbin=$candidate
done
if [ -z "$pgbin" ]; then
    echo "with-postgres.sh: no PostgreSQL server found under /usr/lib/postgresql (install the postgresql package)" >&2
    exit 1
fi

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

work=$(mktemp -d "${TMPDIR:-/tmp}/pecadmin-pg.XXXXXX")
data=$work/data
log=$work/server.log
stop_server() {
    if [ -f "$data/postmaster.pid" ]; then
        as_server "$pgbin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$(id -u)" -eq 0 ]; then
    chmod 755 "$work"
    chown postgres "$work"
fi

as_server "$pgbin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log" >&2; exit 1; }

# A port that nothing listens on: a random one, tried again when the server cannot bind it.
port_in_use() {
    local hex
    hex=$(printf '%04X' "$1")
    grep -qi ":$hex " /proc/net/tcp /proc/net/tcp6 2>/dev/null
}
started=""
for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
    port_in_use "$port" && continue
    if as_server "$pgbin/pg_ctl" -D "$data" -l "$log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c max_connections=200" start >/dev/null; then
        started=yes
        break
    fi
    echo "with-postgres.sh: the server did not start on port $port (attempt $attempt)" >&2
done
if [ -z "$started" ]; then
    cat "$log" >&2 || true
    exit 1
fi

export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGDATABASE=postgres
export PECADMIN_TEST_PG="host=127.0.0.1 port=$port user=postgres dbname=postgres"
echo "with-postgres.sh: PostgreSQL on 127.0.0.1:$port ($pgbin)" >&2

status=0
"$@" || status=$?
exit "$status"
