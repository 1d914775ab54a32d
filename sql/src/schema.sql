/*
 * synthmig: install script, assembled by the Makefile from sql/src/ (edit the
 * sources, not the assembled sql/synthmig--VERSION.sql).
 *
 * Two schemas:
 *   synthmig           the API: functions, tables and views users call and read
 *   synthmig_internal  helpers, internal types and trigger functions; not for
 *                      direct use and not covered by any compatibility promise
 *
 * Every function runs with the caller's rights (SECURITY INVOKER) and pins
 * search_path = pg_catalog, pg_temp; every object reference inside is
 * schema-qualified.  The catalog tables are protected by row-level security
 * (docs/security.md).
 */
\echo Use "CREATE EXTENSION synthmig" to load this file. \quit

GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;

-- The helpers run with the caller's rights, so the API functions (SECURITY
-- INVOKER) need to reach them: USAGE stays granted, but the schema is on
-- nobody's search_path and documented as internal.
CREATE SCHEMA synthmig_internal;
COMMENT ON SCHEMA synthmig_internal IS 'synthmig internals: helpers called by the synthmig API; not for direct use';
GRANT USAGE ON SCHEMA synthmig_internal TO PUBLIC;
