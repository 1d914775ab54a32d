#!/usr/bin/env bash
# Run synthmig on the built-in example (the Chinook database and a messy
# legacy table made from it) inside a throwaway cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
bash tools/cluster.sh bash -c '
	set -e
	psql -qX -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS synthmig_demo" -c "CREATE DATABASE synthmig_demo"
	psql -qX -v ON_ERROR_STOP=1 -d synthmig_demo -f test/data/chinook.sql >/dev/null
	psql -X -v ON_ERROR_STOP=1 -d synthmig_demo -f tools/demo.sql
'
