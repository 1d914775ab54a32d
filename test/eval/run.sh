#!/usr/bin/env bash
# Evaluation of remediate() on databases it was not developed on.
#   bash test/eval/run.sh [club|works|hr ...]     (default: all three)
# For each database: load the clean original (data/DB.sql into the ideal
# schema schema/DB.sql, as DB_ref), make the legacy source (messy/DB.sql,
# DB_src), create the empty target (DB_target, the same DDL), run
# synthmig.remediate('DB_src', 'DB_target', true) with DEFAULT options, and
# score it (score.sql).  EVAL_MAPPING=truth: with options that map every
# table and column as the truth says (and nothing else), to measure
# conversions and guards apart from matching; EVAL_MAPPING=tables: only the
# truth's table mapping (column matching left to the engine).  "hr" is the holdout: look at its figures, do not tune
# on it.
# Runs inside a throwaway cluster: tools/cluster.sh, or the command in
# $EVAL_CLUSTER (e.g. EVAL_CLUSTER="/work/pgsb/cluster.sh s2"), with synthmig
# installed in that PostgreSQL.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ -z "${SYNTHMIG_EVAL_INSIDE:-}" ]; then
	export SYNTHMIG_EVAL_INSIDE=1
	# shellcheck disable=SC2086
	exec ${EVAL_CLUSTER:-$root/tools/cluster.sh} bash "$here/run.sh" "$@"
fi
dbs=("$@"); [ ${#dbs[@]} -gt 0 ] || dbs=(club works hr)
summary=$(mktemp); trap 'rm -f "$summary"' EXIT
for db in "${dbs[@]}"; do
	[ -f "$here/schema/$db.sql" ] || { echo "unknown evaluation database $db" >&2; exit 2; }
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS eval_$db" -c "CREATE DATABASE eval_$db"
	P() { psql -X -q -v ON_ERROR_STOP=1 -d "eval_$db" "$@"; }
	P -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION synthmig'
	P -f "$here/lib.sql"
	P -v s="${db}_ref" -f "$here/schema/$db.sql"
	P -v s="${db}_target" -f "$here/schema/$db.sql"
	(echo "SET search_path = ${db}_ref;"; cat "$here/data/$db.sql") | P
	P -f "$here/messy/$db.sql"
	P -v db="$db" -v mapping="${EVAL_MAPPING:-default}" -f "$here/score.sql" | tee -a "$summary"
done
echo
echo "== summary (mapping ${EVAL_MAPPING:-default}; commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'))"
grep '^SUMMARY' "$summary" | sed 's/^SUMMARY //'
