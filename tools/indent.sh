#!/usr/bin/env bash
# Format C sources in PostgreSQL's style: Debian's pg_bsd_indent with
# pgindent's flags, pre- and post-processing (PostgreSQL's
# src/tools/pgindent/pgindent) and the type names in tools/typedefs.list
# (plus tools/typedefs-pg.list for files outside src/core).
#   bash tools/indent.sh FILE...           format the files in place
#   bash tools/indent.sh --check FILE...   list the files it would change;
#                                          exit 1 if there are any
# Exit 2 when pg_bsd_indent is missing or fails on a file.
set -uo pipefail
INDENT=${PG_BSD_INDENT:-pg_bsd_indent}
TYPEDEFS=${TYPEDEFS:-$(dirname "$0")/typedefs.list}
TYPEDEFS_PG=${TYPEDEFS_PG:-$(dirname "$0")/typedefs-pg.list}
OPTS="-bad -bap -bbb -bc -bl -cli1 -cp33 -cdb -nce -d0 -di12 -nfc1 -i4 -l79 -lp -lpl -nip -npro -sac -tpg -ts4"

check=0
if [ "${1:-}" = --check ]; then
	check=1
	shift
fi
if ! command -v "$INDENT" >/dev/null; then
	echo "indent: $INDENT not found (apt-get install pg-bsd-indent)" >&2
	exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# pgindent adds "bool" (a macro of stdbool.h) and leaves out names that are
# more often variables than types; the glue also gets PostgreSQL's types
pgindent_excluded='ANY|FD_SET|U|abs|allocfunc|boolean|date|digit|ilist|interval|iterator|other|pointer|printfunc|reference|string|timestamp|type|wrap'
{
	grep -v '^#' "$TYPEDEFS" | grep -vxE "$pgindent_excluded"
	echo bool
} >"$tmp/typedefs.core"
{
	cat "$tmp/typedefs.core"
	grep -v '^#' "$TYPEDEFS_PG" | grep -vxE "$pgindent_excluded"
} >"$tmp/typedefs.glue"

status=0
for f in "$@"; do
	# pre: // comments become /* */; dash-protected comments are kept
	perl -0pe 's!^([ \t]*)//(.*)$!$1/* $2 */!gm; s!/\* +---!/*---X_X!g' \
		"$f" >"$tmp/in.c"
	case "$f" in
	*src/core/*) typedefs=$tmp/typedefs.core ;;
	*) typedefs=$tmp/typedefs.glue ;;
	esac
	if ! "$INDENT" $OPTS -U"$typedefs" "$tmp/in.c" "$tmp/out.c" \
		2>"$tmp/err" || [ -s "$tmp/err" ]; then
		echo "indent: $f: $(cat "$tmp/err")" >&2
		status=2
		continue
	fi
	# post: undo the protection, a tab between run-together comments, one
	# space before '*' in function return types
	perl -0pe 's!/\*---X_X!/* ---!g; s!\*/(/\*.*\*/)$!*/\t$1!gm;
		s!^([A-Za-z_]\S*)[ \t]+\*$!$1 *!gm' "$tmp/out.c" >"$tmp/post.c"
	cmp -s "$f" "$tmp/post.c" && continue
	if [ $check = 1 ]; then
		echo "$f"
		[ $status = 0 ] && status=1
	else
		cat "$tmp/post.c" >"$f"
	fi
done
exit $status
