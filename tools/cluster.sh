#!/usr/bin/env bash
# Run a command inside a throwaway PostgreSQL 15 cluster with synthmig and
# pg_cron preloaded (pg_virtualenv creates it, sets PG* variables, and
# removes it afterwards).
set -euo pipefail
# a fresh cluster of its own: connection settings inherited from the caller's
# environment (another cluster's port, host, password) must not leak in
unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGSERVICE PG_CLUSTER_CONF_ROOT PGSYSCONFDIR
# UTF-8 whatever the caller's locale (an empty environment would give a
# SQL_ASCII cluster); the expected outputs are made under C.UTF-8
export LANG=C.UTF-8 LC_ALL=C.UTF-8
exec pg_virtualenv -t -v 15 \
	-o shared_preload_libraries=synthmig,pg_cron \
	-o cron.database_name=postgres \
	-o cron.use_background_workers=on \
	-o max_worker_processes=16 \
	-o lc_messages=C \
	"$@"
