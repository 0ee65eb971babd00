#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 for the tests. Source it:
#
#	source scripts/pg.sh && pg_start   # exports WARTA_TEST_POSTGRES
#	...; pg_stop
#
# or run it to print the export line (the server then runs until
# `pg_ctl -D <dir> stop`). Debian's postgresql-15 is installed but not
# running; initdb and pg_ctl run as the postgres user (we may be root) into
# a fresh temporary directory, listening on a free loopback port only, with
# fsync off: the data is thrown away after the run. shared_buffers holds the
# search index of the 100,000-article benchmark (about 4 KB a story), as a
# production server's would (README, "Several nodes on PostgreSQL").

# pg_bin finds initdb and pg_ctl: on PATH, else in Debian's versioned dir.
pg_bin() {
	if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
		# The PATH entries may be links into the versioned directory,
		# which also holds postgres and psql.
		dirname "$(readlink -f "$(command -v pg_ctl)")"
		return
	fi
	local d
	for d in /usr/lib/postgresql/*/bin; do
		if [ -x "$d/pg_ctl" ]; then
			echo "$d"
			return
		fi
	done
	return 1
}

# pg_as runs a command as the postgres user when we are root.
pg_as() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# pg_free_port asks the kernel for a free loopback port.
pg_free_port() {
	if command -v python3 >/dev/null; then
		python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
		return
	fi
	# Without python3: a random high port nothing answers on.
	local p i
	for i in $(seq 1 50); do
		p=$((20000 + RANDOM % 30000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			echo "$p"
			return
		fi
	done
	return 1
}

# pg_install installs Debian's PostgreSQL 15 when it is missing (the
# machines this runs on have it; a fresh one may not).
pg_install() {
	[ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1
	echo "pg.sh: installing Debian's postgresql-15" >&2
	apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >&2
}

# pg_start starts the server and exports WARTA_TEST_POSTGRES and PG_TEST_DIR.
pg_start() {
	local bin dir port pw
	bin=$(pg_bin) || { pg_install && bin=$(pg_bin); } ||
		{ echo "pg.sh: PostgreSQL (initdb, pg_ctl) is not installed" >&2; return 1; }
	dir=$(mktemp -d /tmp/warta-pg.XXXXXX) || return 1
	chmod 700 "$dir"
	[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
	port=$(pg_free_port) || return 1
	pw=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
	PG_TEST_DIR=$dir
	PG_TEST_BIN=$bin
	export PG_TEST_DIR PG_TEST_BIN
	pg_as "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
		{ echo "pg.sh: initdb failed:" >&2; cat "$dir/initdb.log" >&2; return 1; }
	pg_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=512MB" \
		start >/dev/null ||
		{ echo "pg.sh: pg_ctl start failed:" >&2; cat "$dir/server.log" >&2; return 1; }
	pg_as "$bin/psql" -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
		-c "CREATE ROLE warta LOGIN CREATEDB PASSWORD '$pw'" \
		-c "CREATE DATABASE warta_test OWNER warta" >/dev/null ||
		{ echo "pg.sh: creating the warta role and database failed" >&2; pg_stop; return 1; }
	WARTA_TEST_POSTGRES="postgres://warta:$pw@127.0.0.1:$port/warta_test?sslmode=disable"
	export WARTA_TEST_POSTGRES
}

# pg_stop stops the server started by pg_start and removes its directory.
pg_stop() {
	[ -n "${PG_TEST_DIR:-}" ] || return 0
	pg_as "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
	rm -rf "$PG_TEST_DIR"
	unset PG_TEST_DIR WARTA_TEST_POSTGRES
}

# Run directly: start and print the export line and how to stop.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	set -euo pipefail
	pg_start
	echo "export WARTA_TEST_POSTGRES='$WARTA_TEST_POSTGRES'"
	echo "# stop: ${PG_TEST_BIN}/pg_ctl -D $PG_TEST_DIR/data stop (as postgres); rm -rf $PG_TEST_DIR"
fi
