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


-- Arguments naming a table or a schema: NULL or an OID that names nothing
-- (dropped, or a number cast to regclass) is refused with the argument's
-- name before any SQL is built from it.
CREATE FUNCTION synthmig_internal.check_table(rel regclass, argument text)
RETURNS regclass
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF rel IS NULL THEN
		RAISE EXCEPTION '% must not be null', argument
			USING ERRCODE = 'null_value_not_allowed',
				  HINT = format('Pass a table as %s, such as ''public.orders''::regclass.', argument);
	END IF;
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = rel) THEN
		RAISE EXCEPTION 'relation with OID % does not exist', rel::oid
			USING ERRCODE = 'undefined_table',
				  DETAIL = format('The %s argument names a table that was dropped or never existed.', argument);
	END IF;
	RETURN rel;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.check_table(regclass, text) IS
'internal: the table argument itself, or 22004 when it is NULL and 42P01 when no such table exists (naming the argument)';


CREATE FUNCTION synthmig_internal.check_schema(nsp regnamespace, argument text)
RETURNS regnamespace
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF nsp IS NULL THEN
		RAISE EXCEPTION '% must not be null', argument
			USING ERRCODE = 'null_value_not_allowed',
				  HINT = format('Pass a schema as %s, such as ''public''::regnamespace.', argument);
	END IF;
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace n WHERE n.oid = nsp) THEN
		RAISE EXCEPTION 'schema with OID % does not exist', nsp::oid
			USING ERRCODE = 'invalid_schema_name',
				  DETAIL = format('The %s argument names a schema that was dropped or never existed.', argument);
	END IF;
	RETURN nsp;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.check_schema(regnamespace, text) IS
'internal: the schema argument itself, or 22004 when it is NULL and 3F000 when no such schema exists (naming the argument)';
