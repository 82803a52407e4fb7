# shellcheck shell=bash
# Start a throw-away PostgreSQL server on 127.0.0.1 for the store tests.
#
#   source .ci/postgres.sh      # exports ASSISTDESK_TEST_PG_URL=postgresql+psycopg://…
#   assistdesk_pg_stop          # optional; also runs when the sourcing shell exits
#
# Installs PostgreSQL (+ contrib for pg_trgm) with apt-get when it is missing, creates a
# cluster in a temporary folder owned by the `postgres` user when run as root (PostgreSQL
# refuses to run as root), starts it on a free loopback port and creates a database with
# the pg_trgm extension. On failure it prints a warning and leaves the variable unset, so
# the PostgreSQL tests are skipped rather than the whole run aborted.

_assistdesk_pg_setup() {
  local bindir dir port owner run url
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "postgres.sh: installing PostgreSQL with apt-get…" >&2
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || return 1
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        postgresql postgresql-contrib >/dev/null || return 1
    else
      echo "postgres.sh: PostgreSQL is not installed and apt-get is unavailable" >&2
      return 1
    fi
  fi
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  dir=$(mktemp -d /tmp/assistdesk-pg.XXXXXX) || return 1
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()') || return 1
  if [ "$(id -u)" = "0" ]; then
    owner=postgres
    chown "$owner" "$dir"
    run=(runuser -u "$owner" --)
  else
    run=()
  fi
  "${run[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
  "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" \
    start >/dev/null || { cat "$dir/server.log" >&2; return 1; }
  ASSISTDESK_PG_DIR=$dir
  ASSISTDESK_PG_BIN=$bindir
  export ASSISTDESK_PG_DIR ASSISTDESK_PG_BIN
  "$bindir/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE assistdesk LOGIN SUPERUSER PASSWORD 'assistdesk'" \
    -c "CREATE DATABASE assistdesk_test OWNER assistdesk TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'" \
    >/dev/null || return 1
  "$bindir/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d assistdesk_test \
    -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" >/dev/null || return 1
  url="postgresql+psycopg://assistdesk:assistdesk@127.0.0.1:$port/assistdesk_test"
  ASSISTDESK_TEST_PG_URL=$url
  export ASSISTDESK_TEST_PG_URL
  echo "ASSISTDESK_TEST_PG_URL=$url"
}

assistdesk_pg_stop() {
  if [ -n "${ASSISTDESK_PG_DIR:-}" ] && [ -d "$ASSISTDESK_PG_DIR/data" ]; then
    if [ "$(id -u)" = "0" ]; then
      runuser -u postgres -- "$ASSISTDESK_PG_BIN/pg_ctl" -D "$ASSISTDESK_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    else
      "$ASSISTDESK_PG_BIN/pg_ctl" -D "$ASSISTDESK_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$ASSISTDESK_PG_DIR"
    unset ASSISTDESK_PG_DIR ASSISTDESK_TEST_PG_URL
  fi
}

if [ -z "${ASSISTDESK_TEST_PG_URL:-}" ]; then
  if ! _assistdesk_pg_setup; then
    echo "postgres.sh: WARNING: could not start PostgreSQL; the PostgreSQL tests will be skipped" >&2
    unset ASSISTDESK_TEST_PG_URL
  elif [ -z "$(trap -p EXIT)" ]; then
    trap assistdesk_pg_stop EXIT
  fi
fi
true
