#!/usr/bin/env bash
# The fault tests (test/t/*.pl: PGXS TAP tests that kill -9 backends in
# throwaway clusters made by PostgreSQL::Test::Cluster), through
# "make faultcheck".  Needs the extension installed.  initdb refuses root, so
# as root they run as the user postgres on a copy of the tree.  Prints one
# TAP line per test file ("ok - fault NAME" / "not ok - fault NAME"), then
# the failing files' output.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/lib/postgresql/15/bin:$PATH"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# connection settings of another cluster must not leak into the tests
unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGSERVICE PGAPPNAME

tree=$PWD
work=""
if [ "$(id -u)" -eq 0 ]; then
	work=$(mktemp -d /tmp/synthmig-fault.XXXXXX)
	tar -C "$tree" --exclude=.git --exclude=./tmp_check -cf - Makefile synthmig.control test/t | tar -C "$work" -xf -
	chown -R postgres: "$work"
	chmod 755 "$work"
	run() { runuser -u postgres -- env PATH="$PATH" LANG="$LANG" LC_ALL="$LC_ALL" "$@"; }
	dir=$work
else
	run() { "$@"; }
	dir=$tree
fi

log=$(mktemp)
run make -C "$dir" -s faultcheck PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config </dev/null >"$log" 2>&1
rc=$?
# prove prints "test/t/NAME.pl .. ok" for a file that passed
for f in test/t/*.pl; do
	t=$(basename "$f" .pl)
	if grep -qE "^test/t/$t\.pl \.+ ok" "$log"; then echo "ok - fault $t"; else echo "not ok - fault $t"; fi
done
grep -E '^(Result|Files=)' "$log"
if [ $rc -ne 0 ] || ! grep -q '^Result: PASS' "$log"; then
	# indented: the caller counts lines that start with "ok" / "not ok"
	grep -vE '^test/t/.*\.pl \.+ ok' "$log" | head -60 | sed 's/^/    /'
	for f in "$dir"/tmp_check/log/regress_log_*; do
		[ -f "$f" ] && { echo "    == $f (tail)"; tail -40 "$f" | sed 's/^/    /'; }
	done
fi
rm -f "$log"
[ -n "$work" ] && rm -rf "$work"
[ $rc -eq 0 ]
