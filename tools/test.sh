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

echo "== unit tests (src/core, AddressSanitizer + UBSan)"
if make -s -C test/unit check >"$log/unit.log" 2>&1; then :; else
	grep -q '^not ok' "$log/unit.log" || echo "not ok - unit tests did not build or a sanitizer fired" >>"$log/unit.log"
fi
grep -E '^(not ok|# )' "$log/unit.log" | grep -v '^# test_' || true
count "$log/unit.log"
echo "   $(grep -cE '^ok ' "$log/unit.log") checks passed"

echo "== fuzzing (${FUZZ_SECONDS:-10}s per harness)"
make -s -C test/fuzz run FUZZ_SECONDS="${FUZZ_SECONDS:-10}" >"$log/fuzz.log" 2>&1 || \
	grep -q '^not ok' "$log/fuzz.log" || echo "not ok - fuzz harnesses did not build" >>"$log/fuzz.log"
grep -E '^(ok|not ok)' "$log/fuzz.log" || tail -20 "$log/fuzz.log"
count "$log/fuzz.log"

echo "== pg_regress and pgTAP (throwaway cluster)"
bash tools/cluster.sh bash tools/test-in-cluster.sh >"$log/sql.log" 2>&1
cat "$log/sql.log" | grep -vE '^(ok|not ok) ' | grep -E 'ok|FAIL|failed|passed|Result|Error|ERROR|error' | head -60
count "$log/sql.log"
[ "$failed" -gt 0 ] && [ -f regression.diffs ] && { echo "== regression.diffs (head)"; head -80 regression.diffs; }
grep -qE '^(ok|not ok) ' "$log/sql.log" || { echo "not ok - the SQL tests did not run"; failed=$((failed + 1)); tail -30 "$log/sql.log"; }

echo "== fault tests (TAP: kill -9 during generate_into and remediate; own clusters)"
bash tools/fault-tests.sh >"$log/fault.log" 2>&1
cat "$log/fault.log"
count "$log/fault.log"
grep -qE '^(ok|not ok) ' "$log/fault.log" || { echo "not ok - the fault tests did not run"; failed=$((failed + 1)); }

rm -rf "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
