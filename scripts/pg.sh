#!/usr/bin/env bash
# A project-local PostgreSQL on loopback.
#   scripts/pg.sh start DIR PORT [--throwaway]   start (initialising on first use); prints env lines
#   scripts/pg.sh stop DIR                        stop it
# As root the server runs as the `postgres` user, so DIR must live where that user can
# read every parent (the Makefile puts it under /tmp then).
set -euo pipefail
cmd=${1:?usage: pg.sh start|stop DIR [PORT]}
DIR=${2:?DIR}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$PGBIN/initdb" ] || { echo "error: PostgreSQL server binaries not found (install the postgresql package)" >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  PORT=${3:?PORT}
  THROWAWAY=${4:-}
  mkdir -p "$DIR"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$DIR"; chmod 700 "$DIR"; fi
  if [ ! -s "$DIR/data/PG_VERSION" ]; then
    umask 077
    head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$DIR/superuser.pw"
    head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$DIR/owner.pw"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR/superuser.pw" "$DIR/owner.pw"
    as_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres --pwfile="$DIR/superuser.pw" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
    {
      echo "listen_addresses = '127.0.0.1'"
      echo "unix_socket_directories = '$DIR'"
      echo "max_connections = 200"
      echo "shared_buffers = 256MB"
      echo "timezone = 'UTC'"
      if [ "$THROWAWAY" = "--throwaway" ]; then
        echo "fsync = off"; echo "synchronous_commit = off"; echo "full_page_writes = off"
      fi
    } >> "$DIR/data/postgresql.conf"
  fi
  sed -i "/^port = /d" "$DIR/data/postgresql.conf"; echo "port = $PORT" >> "$DIR/data/postgresql.conf"
  if ! as_pg "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    if ! as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 start >/dev/null; then
      echo "error: PostgreSQL did not start on 127.0.0.1:$PORT; see $DIR/server.log:" >&2
      tail -n 5 "$DIR/server.log" >&2; exit 1
    fi
  fi
  SUPW=$(cat "$DIR/superuser.pw"); OWPW=$(cat "$DIR/owner.pw")
  export PGPASSWORD=$SUPW
  psql() { command psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres "$@"; }
  psql -d postgres -tAc "select 1 from pg_roles where rolname='nastavnik_owner'" | grep -q 1 \
    || psql -d postgres -c "create role nastavnik_owner login createrole password '$OWPW'"
  psql -d postgres -tAc "select 1 from pg_database where datname='nastavnik'" | grep -q 1 \
    || psql -d postgres -c "create database nastavnik owner nastavnik_owner"
  echo "DATABASE_URL=postgresql://nastavnik_owner:$OWPW@127.0.0.1:$PORT/nastavnik"
  echo "PG_ADMIN_URL=postgresql://postgres:$SUPW@127.0.0.1:$PORT/postgres"
  ;;
stop)
  if [ -s "$DIR/data/PG_VERSION" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  ;;
*) echo "usage: pg.sh start|stop DIR [PORT]" >&2; exit 2 ;;
esac
