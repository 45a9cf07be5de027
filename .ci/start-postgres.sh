#!/usr/bin/env bash
# Start (or reuse) PostgreSQL 15 on 127.0.0.1:5432 for Farun's tests, and make
# sure role `farun` (password `farun`, LOGIN CREATEDB, not superuser) and
# database `farun_test` owned by it exist.
#
# Safe to run any number of times: a running cluster is reused, an existing
# role/database is left in place (the role's attributes are re-asserted).
#
# Usage: bash .ci/start-postgres.sh        (as root, Debian 12, postgresql installed)
# Afterwards: FARUN_TEST_DATABASE_URL=postgres://farun:farun@127.0.0.1:5432/farun_test
set -euo pipefail

PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-main}"
PG_PORT="${PG_PORT:-5432}"
PG_CONF_DIR="/etc/postgresql/${PG_VERSION}/${PG_CLUSTER}"
PG_DATA_DIR="/var/lib/postgresql/${PG_VERSION}/${PG_CLUSTER}"
PG_WAIT_SECONDS="${PG_WAIT_SECONDS:-60}"

log() { printf '[postgres] %s\n' "$*"; }

as_postgres() { runuser -u postgres -- "$@"; }

# True when PID is empty, gone, a zombie, or not a postgres process.
stale_pid() {
    local pid="$1" state
    [ -n "$pid" ] || return 0
    [ -r "/proc/${pid}/stat" ] || return 0
    state="$(sed -E 's/^[0-9]+ \(.*\) ([A-Z]).*/\1/' "/proc/${pid}/stat" 2>/dev/null || echo X)"
    [ "$state" = "Z" ] && return 0
    grep -qs '^postgres' "/proc/${pid}/comm" || return 0
    return 1
}

ready() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT" -t 2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "[postgres] pg_ctlcluster not found: install Debian's postgresql package first" >&2
    exit 1
fi

# 1. The cluster: Debian's postinst normally creates 15/main; create it if not.
if [ ! -f "${PG_CONF_DIR}/postgresql.conf" ]; then
    log "creating cluster ${PG_VERSION}/${PG_CLUSTER}"
    pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" >/dev/null
fi

# 2. Listen on loopback only, on the expected port (conf.d is included by Debian's postgresql.conf).
mkdir -p "${PG_CONF_DIR}/conf.d"
cat > "${PG_CONF_DIR}/conf.d/farun.conf" <<CONF
# Written by Farun's .ci/start-postgres.sh
listen_addresses = '127.0.0.1'
port = ${PG_PORT}
# Several test processes and the concurrency tests open many connections at once.
max_connections = 300
CONF
chown -R postgres:postgres "${PG_CONF_DIR}/conf.d"

# 3. Start it unless something already answers on 127.0.0.1:PORT.
if ready; then
    log "already accepting connections on 127.0.0.1:${PG_PORT}; reusing it"
else
    if ! pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start 2>/tmp/farun-pg-start.err; then
        # A previous run may have been killed (e.g. when a session ended), leaving
        # postmaster.pid / the socket lock file behind, naming a PID that is gone,
        # a zombie, or reused by another process. Drop such stale files, retry once.
        cat /tmp/farun-pg-start.err >&2 || true
        for lockfile in "${PG_DATA_DIR}/postmaster.pid" "/var/run/postgresql/.s.PGSQL.${PG_PORT}.lock"; do
            [ -f "$lockfile" ] || continue
            pid="$(head -n1 "$lockfile" 2>/dev/null | tr -dc '0-9')"
            if stale_pid "$pid"; then
                log "removing stale ${lockfile} (PID ${pid:-none} is not a live postgres)"
                rm -f "$lockfile"
                case "$lockfile" in *.lock) rm -f "${lockfile%.lock}" ;; esac
            fi
        done
        pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
    fi
fi

# 4. Wait until it accepts connections.
deadline=$(( $(date +%s) + PG_WAIT_SECONDS ))
until ready; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
        echo "[postgres] not accepting connections on 127.0.0.1:${PG_PORT} after ${PG_WAIT_SECONDS}s" >&2
        tail -n 50 "/var/log/postgresql/postgresql-${PG_VERSION}-${PG_CLUSTER}.log" >&2 || true
        exit 1
    fi
    sleep 0.2
done
log "accepting connections on 127.0.0.1:${PG_PORT}"

# 5. Role and database (idempotent). Unix socket + peer auth as the postgres superuser.
as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres <<'SQL'
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'farun') THEN
        CREATE ROLE farun LOGIN CREATEDB NOSUPERUSER PASSWORD 'farun';
    ELSE
        ALTER ROLE farun LOGIN CREATEDB NOSUPERUSER PASSWORD 'farun';
    END IF;
END
$$;
SQL
if [ "$(as_postgres psql -X -tA -p "$PG_PORT" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'farun_test'")" != "1" ]; then
    as_postgres createdb -p "$PG_PORT" -O farun farun_test
    log "created database farun_test owned by farun"
fi

# 6. Check the URL the tests use (password auth over TCP).
PGPASSWORD=farun psql -X -q -tA -h 127.0.0.1 -p "$PG_PORT" -U farun -d farun_test -c 'SELECT 1' >/dev/null
log "ready: postgres://farun:farun@127.0.0.1:${PG_PORT}/farun_test"
