#!/usr/bin/env bash
# The whole test suite: pure-C unit tests (ASan + UBSan), short fuzzing runs,
# pg_regress and pgTAP against a real, throwaway PostgreSQL 15 cluster.
# Ends with one line "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp -d)
passed=0
failed=0
count() {	# count "ok"/"not ok" TAP lines of a log
	local p f
	p=$(grep -cE '^ok ' "$1" || true)
	f=$(grep -cE '^not ok ' "$1" || true)
	passed=$((passed + p)); failed=$((failed + f))
}

echo "== unit tests (src/core built with AddressSanitizer + UBSan, then run: about a minute)"
if make -s -C test/unit check >"$log/unit.log" 2>&1; then :; else
	grep -q '^not ok' "$log/unit.log" || echo "not ok - unit tests did not build or a sanitizer fired" >>"$log/unit.log"
fi
grep -E '^(not ok|# )' "$log/unit.log" | grep -v '^# test_' || true
count "$log/unit.log"
echo "   $(grep -cE '^ok ' "$log/unit.log") checks passed"

echo "== fuzzing (${FUZZ_SECONDS:-10}s per harness)"
# each harness's line is printed as it finishes
make -s -C test/fuzz run FUZZ_SECONDS="${FUZZ_SECONDS:-10}" 2>&1 | tee "$log/fuzz.log" | grep --line-buffered -E '^(ok|not ok)'
if ! grep -qE '^(ok|not ok)' "$log/fuzz.log"; then
	echo "not ok - fuzz harnesses did not build" | tee -a "$log/fuzz.log"; tail -20 "$log/fuzz.log"
fi
count "$log/fuzz.log"

echo "== pg_regress, isolation, pgTAP, tutorial and README (throwaway cluster)"
# one line per test as it finishes; the summary lines after
bash tools/cluster.sh bash tools/test-in-cluster.sh 2>&1 | tee "$log/sql.log" | grep --line-buffered -E '^(ok|not ok) '
cat "$log/sql.log" | grep -vE '^(ok|not ok) ' | grep -E 'FAIL|failed|passed|Result|Error|ERROR|error' | head -60
count "$log/sql.log"
[ "$failed" -gt 0 ] && [ -f regression.diffs ] && { echo "== regression.diffs (head)"; head -80 regression.diffs; }
grep -qE '^(ok|not ok) ' "$log/sql.log" || { echo "not ok - the SQL tests did not run"; failed=$((failed + 1)); tail -30 "$log/sql.log"; }

echo "== formatting (pg_bsd_indent) and static analysis (cppcheck)"
if make -s indentcheck PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config >"$log/indent.log" 2>&1; then echo "ok - indent"; else echo "not ok - indent"; sed 's/^/#   /' "$log/indent.log"; fi | tee "$log/indent.tap"; count "$log/indent.tap"
if make -s cppcheck PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config >"$log/cppcheck.log" 2>&1; then echo "ok - cppcheck"; else echo "not ok - cppcheck"; sed 's/^/#   /' "$log/cppcheck.log"; fi | tee "$log/cppcheck.tap"; count "$log/cppcheck.tap"

echo "== fault tests (TAP: kill -9 during generate_into and remediate; own clusters)"
bash tools/fault-tests.sh >"$log/fault.log" 2>&1
cat "$log/fault.log"
count "$log/fault.log"
grep -qE '^(ok|not ok) ' "$log/fault.log" || { echo "not ok - the fault tests did not run"; failed=$((failed + 1)); }

rm -rf "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
