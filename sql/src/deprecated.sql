-------------------------------------------------------------------------------
-- Deprecated names (0.4.0), kept for one release and removed in 0.5.0.
--
-- Before 0.4.0 a JSON definition was called a "schema", which a DBA reads as
-- a namespace (drop_schema('shop') looks like DROP SCHEMA), and analyze is a
-- reserved word.  Each old name calls the new one; docs/reference.md lists
-- the pairs and test/sql/15_deprecated.sql checks that each still works.
-------------------------------------------------------------------------------

-- deprecated: use create_definition
CREATE FUNCTION @extschema@.define_schema(name text, definition jsonb)
RETURNS bigint
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.create_definition(name, definition) $$;
COMMENT ON FUNCTION @extschema@.define_schema(text, jsonb) IS 'deprecated (removed in 0.5.0): use synthmig.create_definition';

-- deprecated: use definition_id
CREATE FUNCTION @extschema@.schema_id(name text, version integer DEFAULT NULL)
RETURNS bigint
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.definition_id(name, version) $$;
COMMENT ON FUNCTION @extschema@.schema_id(text, integer) IS 'deprecated (removed in 0.5.0): use synthmig.definition_id';

-- deprecated: use get_definition
CREATE FUNCTION @extschema@.get_schema(name text, version integer DEFAULT NULL)
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.get_definition(name, version) $$;
COMMENT ON FUNCTION @extschema@.get_schema(text, integer) IS 'deprecated (removed in 0.5.0): use synthmig.get_definition';

CREATE FUNCTION @extschema@.get_schema(schema_id bigint)
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.get_definition(schema_id) $$;
COMMENT ON FUNCTION @extschema@.get_schema(bigint) IS 'deprecated (removed in 0.5.0): use synthmig.get_definition';

-- deprecated: use drop_definition
CREATE FUNCTION @extschema@.drop_schema(name text, version integer DEFAULT NULL)
RETURNS integer
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.drop_definition(name, version) $$;
COMMENT ON FUNCTION @extschema@.drop_schema(text, integer) IS 'deprecated (removed in 0.5.0): use synthmig.drop_definition';

-- deprecated: use definition_from_catalog
CREATE FUNCTION @extschema@.schema_from_catalog(tables regclass[])
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.definition_from_catalog(tables) $$;
COMMENT ON FUNCTION @extschema@.schema_from_catalog(regclass[]) IS 'deprecated (removed in 0.5.0): use synthmig.definition_from_catalog';

CREATE FUNCTION @extschema@.schema_from_catalog(ns regnamespace)
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.definition_from_catalog(ns) $$;
COMMENT ON FUNCTION @extschema@.schema_from_catalog(regnamespace) IS 'deprecated (removed in 0.5.0): use synthmig.definition_from_catalog';

-- deprecated: use detect_definition
CREATE FUNCTION @extschema@.detect_schema(source regclass)
RETURNS jsonb
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.detect_definition(source) $$;
COMMENT ON FUNCTION @extschema@.detect_schema(regclass) IS 'deprecated (removed in 0.5.0): use synthmig.detect_definition';

CREATE FUNCTION @extschema@.detect_schema(data jsonb, table_name text DEFAULT 'data')
RETURNS jsonb
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.detect_definition(data, table_name) $$;
COMMENT ON FUNCTION @extschema@.detect_schema(jsonb, text) IS 'deprecated (removed in 0.5.0): use synthmig.detect_definition';

-- No SET search_path, like detect_definition(text): the name is resolved
-- with the caller's search_path; the body is one qualified call.
CREATE FUNCTION @extschema@.detect_schema(source text)
RETURNS jsonb
LANGUAGE sql STRICT
AS $$ SELECT @extschema@.detect_definition(source::pg_catalog.regclass) $$;
COMMENT ON FUNCTION @extschema@.detect_schema(text) IS 'deprecated (removed in 0.5.0): use synthmig.detect_definition';

-- deprecated: use the view definition_list
CREATE VIEW @extschema@.schema_list
WITH (security_invoker = true) AS
SELECT * FROM @extschema@.definition_list;
COMMENT ON VIEW @extschema@.schema_list IS 'deprecated (removed in 0.5.0): use synthmig.definition_list';
GRANT SELECT ON @extschema@.schema_list TO PUBLIC;

-- deprecated: use the table definitions (this view reads and writes it, with
-- the same row-level security)
CREATE VIEW @extschema@.schemas
WITH (security_invoker = true) AS
SELECT d.id, d.name, d.version, d.definition, d.owner, d.created_at FROM @extschema@.definitions d;
COMMENT ON VIEW @extschema@.schemas IS 'deprecated (removed in 0.5.0): use the table synthmig.definitions';
GRANT SELECT, INSERT, DELETE ON @extschema@.schemas TO PUBLIC;
GRANT UPDATE (definition) ON @extschema@.schemas TO PUBLIC;

-- analyze() (a reserved word: only callable schema-qualified) is kept with
-- its 0.3.0 columns; diagnose() is its successor.
COMMENT ON FUNCTION @extschema@.analyze(regclass, regclass, jsonb) IS
'deprecated (removed in 0.5.0): use synthmig.diagnose, which adds severity and example values';
COMMENT ON FUNCTION @extschema@.analyze(regnamespace, regnamespace, jsonb) IS
'deprecated (removed in 0.5.0): use synthmig.diagnose, which adds severity and example values';
