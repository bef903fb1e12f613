#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL server for the tests, on loopback only.
#   scripts/pg-test-server.sh start DIR PORT   initdb into DIR, start, create role and database
#   scripts/pg-test-server.sh stop DIR PORT    stop fast and remove DIR
#   scripts/pg-test-server.sh pause DIR PORT   stop fast, keeping DIR (a server that goes away)
#   scripts/pg-test-server.sh resume DIR PORT  start the paused server again
# Roles: "auditlens" (the viewer, trust auth) and "auditlens_owner" (owns the test tables).
# PostgreSQL refuses to run as root, so as root the server runs as the "postgres" user.
set -euo pipefail

action=${1:-}
dir=${2:-}
port=${3:-54329}
[ -n "$action" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop|pause|resume DIR [PORT]" >&2; exit 2; }

die() { echo "pg-test-server: $*" >&2; exit 1; }

bindir=${AUDITLENS_PG_BINDIR:-}
if [ -z "$bindir" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bindir=$candidate
  done
fi
[ -n "$bindir" ] && [ -x "$bindir/initdb" ] || die "initdb not found: install postgresql (scripts/install-deps.sh --tests)"

# Run a command as the server's owner: the postgres user when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_server() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  # Remove only a folder this script made: a mistyped DIR must never cost anyone their files.
  if [ -e "$dir/.auditlens-pg-test" ]; then
    rm -rf "$dir"
  elif [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
    die "$dir is not empty and was not made by this script; not touching it"
  else
    rm -rf "$dir"
  fi
}

start_server() {
  # A left-over folder from a killed run would make initdb fail; start clean.
  stop_server
  mkdir -p "$dir"
  touch "$dir/.auditlens-pg-test"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the postgres system user (install postgresql)"
    chown postgres: "$dir"
    chmod 700 "$dir"
  fi
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed in $dir"; }
  # Loopback only, no Unix socket in a shared place: the socket lives in DIR.
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 60
EOF
  cat >"$dir/data/pg_hba.conf" <<EOF
local all all trust
host all postgres 127.0.0.1/32 trust
host all auditlens 127.0.0.1/32 trust
host all auditlens_owner 127.0.0.1/32 trust
host all auditlens_pw 127.0.0.1/32 scram-sha-256
EOF
  if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null; then
    cat "$dir/server.log" >&2 || true
    die "the server did not start on 127.0.0.1:$port (is the port in use?)"
  fi
  as_owner "$bindir/psql" -v ON_ERROR_STOP=1 -q -h "$dir" -p "$port" -U postgres -d postgres <<'EOF' \
    || die "creating the test roles and database failed"
CREATE ROLE auditlens LOGIN;
CREATE ROLE auditlens_owner LOGIN;
CREATE ROLE auditlens_pw LOGIN PASSWORD 'right-password';
CREATE DATABASE auditlens_test OWNER auditlens_owner;
\connect auditlens_test
ALTER SCHEMA public OWNER TO auditlens_owner;
GRANT CONNECT ON DATABASE auditlens_test TO auditlens, auditlens_pw;
-- The tests' owner connection ends the viewer's sessions to simulate a server that goes away.
GRANT pg_signal_backend TO auditlens_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE auditlens_owner GRANT SELECT ON TABLES TO auditlens, auditlens_pw;
EOF
  echo "pg-test-server: running on 127.0.0.1:$port (data in $dir)"
}

pause_server() {
  [ -e "$dir/.auditlens-pg-test" ] || die "$dir holds no test server"
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || die "the server in $dir did not stop"
  echo "pg-test-server: paused"
}

resume_server() {
  [ -e "$dir/.auditlens-pg-test" ] || die "$dir holds no test server"
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
    || { cat "$dir/server.log" >&2 || true; die "the server in $dir did not start again"; }
  echo "pg-test-server: resumed on 127.0.0.1:$port"
}

case "$action" in
  start) start_server ;;
  pause) pause_server ;;
  resume) resume_server ;;
  stop) stop_server; echo "pg-test-server: stopped" ;;
  *) echo "usage: $0 start|stop|pause|resume DIR [PORT]" >&2; exit 2 ;;
esac
