#!/usr/bin/env bash
# Runs inside tools/cluster.sh: pg_regress, then pgTAP with pg_prove.  Prints
# one TAP line per regression test and per pgTAP file.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/lib/postgresql/15/bin:$PATH"

make -s PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config installcheck ISOLATION= >regress.log 2>&1
# pg_regress prints "test NAME ... ok" / "... FAILED" per test
sed -nE 's/^(test |     )?([a-z0-9_]+)[[:space:]]+\.\.\. (ok|FAILED).*/\3 \2/p' regress.log |
	while read -r status name; do
		if [ "$status" = ok ]; then echo "ok - pg_regress $name"; else echo "not ok - pg_regress $name"; fi
	done
grep -E 'tests (passed|failed)|failed \(ignored\)' regress.log || { echo "not ok - pg_regress did not run"; cat regress.log; }

# pgTAP: one database with the extensions and the sample data
psql -qX -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS synthmig_tap" -c "CREATE DATABASE synthmig_tap" >/dev/null
psql -qX -v ON_ERROR_STOP=1 -d synthmig_tap -c "CREATE EXTENSION pgtap" -c "CREATE EXTENSION synthmig" >/dev/null
psql -qX -v ON_ERROR_STOP=1 -d synthmig_tap -f test/data/chinook.sql >/dev/null
pg_prove -d synthmig_tap --ext .sql test/pgtap/ >pgtap.log 2>&1
sed -nE 's#^test/pgtap/([^ ]+)\.sql \.+ ok.*#ok - pgtap \1#p; s#^test/pgtap/([^ ]+)\.sql \.+ .*#not ok - pgtap \1#p' pgtap.log
grep -E '^(Result|Files=)' pgtap.log
grep -q '^Result: PASS' pgtap.log || { cat pgtap.log | head -80; }
rm -f regress.log pgtap.log

# The tutorial's SQL blocks run as written, in order, in a fresh database,
# and each prints the output shown after it.
psql -qX -d postgres -c "DROP DATABASE IF EXISTS synthmig_tutorial" -c "CREATE DATABASE synthmig_tutorial" >/dev/null
perl tools/doc-check.pl docs/tutorial.md synthmig_tutorial

# Isolation specs (test/specs/NAME.spec, expected output expected/NAME.out):
# pg_isolation_regress through make installcheck, one TAP line per spec.
make -s PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config installcheck REGRESS= >isolation.log 2>&1
sed -nE 's/^(test |     )?([a-z0-9_]+)[[:space:]]+\.\.\. (ok|FAILED).*/\3 \2/p' isolation.log |
	while read -r status name; do
		if [ "$status" = ok ]; then echo "ok - isolation $name"; else echo "not ok - isolation $name"; fi
	done
grep -E 'tests (passed|failed)' isolation.log || { echo "not ok - the isolation specs did not run"; cat isolation.log; }
grep -q 'tests passed' isolation.log || { [ -f output_iso/regression.diffs ] && head -80 output_iso/regression.diffs; }
rm -f isolation.log

# Scheduled generation with the real pg_cron (it serves database postgres):
# waits for the job to fire, at most 150 s; one TAP line per check.
if psql -qXAt -d postgres -c "SHOW shared_preload_libraries" | grep -q pg_cron; then
	psql -X -d postgres -f test/cron/schedule.sql 2>&1 | sed -n '/^\(not \)\?ok /p; /ERROR/s/^/not ok - pg_cron schedule: /p'
else
	echo "ok - pg_cron schedule # SKIP pg_cron is not preloaded"
fi

# The README's getting-started block runs as written, from the repository root.
psql -qX -d postgres -c "DROP DATABASE IF EXISTS synthmig_readme" -c "CREATE DATABASE synthmig_readme" >/dev/null
awk '/^## Getting started/ {g=1} g && /^```sql$/ {on=1; next} on && /^```$/ {exit} on' README.md >readme.sql
if [ -s readme.sql ] && psql -X -v ON_ERROR_STOP=1 -d synthmig_readme -f readme.sql >readme.log 2>&1; then
	echo "ok - README getting-started runs as written"
else
	echo "not ok - README getting-started runs as written"; tail -20 readme.log
fi
rm -f readme.sql readme.log
