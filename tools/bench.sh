#!/usr/bin/env bash
# Run every benchmark of test/bench (or the ones named) in a throwaway cluster.
# Each prints medians of several runs and its ratio against a plain-SQL baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
benches=("$@")
[ ${#benches[@]} -gt 0 ] || benches=(test/bench/*.sql)
bash tools/cluster.sh bash -c '
	for b in "$@"; do
		echo "=== $b"
		psql -X -v ON_ERROR_STOP=1 -d postgres -f "$b"
	done' bench "${benches[@]}"
