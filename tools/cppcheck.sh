#!/usr/bin/env bash
# cppcheck over src/: the pure-C core alone, the glue with PostgreSQL's
# server headers.  One configuration, the one the build uses (gcc on x86_64
# Linux).  Prints one line a finding; exit 1 if there is any.
#   bash tools/cppcheck.sh         (make cppcheck)
set -uo pipefail
cd "$(dirname "$0")/.."
PG_CONFIG=${PG_CONFIG:-pg_config}
server=$("$PG_CONFIG" --includedir-server 2>/dev/null) ||
	server=/usr/include/postgresql/15/server
if ! command -v cppcheck >/dev/null; then
	echo "cppcheck: not installed (apt-get install cppcheck)" >&2
	exit 2
fi
inc=$(find src -type d | sort | sed 's/^/-I/')

# Suppressed everywhere, and why:
#   variableScope         PostgreSQL style declares variables at the top of
#                         a block; a narrower scope is taste, not a defect
#   missingIncludeSystem  the C library's headers are not ours to check
#   *:$server/*           findings inside PostgreSQL's own headers
# Single findings are suppressed in the code, with the reason on the line
# above ("cppcheck-suppress id").
opts=(--quiet --std=c11 --enable=warning,style,performance,portability
	--inline-suppr --error-exitcode=1 -j2
	-D__GNUC__=12 -D__x86_64__ -D__linux__
	--suppress=variableScope --suppress=missingIncludeSystem
	--suppress="*:$server/*"
	--template='{file}:{line}: {severity} ({id}): {message}')

status=0
# shellcheck disable=SC2086
cppcheck "${opts[@]}" $inc src/core || status=1
glue=$(find src -path src/core -prune -o -name '*.c' -print | sort)
# shellcheck disable=SC2086
cppcheck "${opts[@]}" $inc -I"$server" $glue || status=1
exit $status
