-------------------------------------------------------------------------------
-- Schema evolution: lenses over JSON documents (docs/evolution.md)
--
-- The lens engine is pure C (src/core/evolve/lens.c): a lens is a JSON array
-- of operations (add, remove, rename, hoist, plunge, wrap, head, convert,
-- in, map), applied forward to upgrade a document or in reverse to serve a
-- reader of the old version.  Document versions of a jsonb column and the
-- trigger that upgrades incoming documents are in documents.sql.
-------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.lens_apply(doc jsonb, lens jsonb, reverse boolean DEFAULT false)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'synthmig_lens_apply'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.lens_apply(jsonb, jsonb, boolean) IS
'translate a JSON document through a lens (Cambria-style operations), forward or in reverse';


CREATE FUNCTION @extschema@.lens_check(lens jsonb)
RETURNS integer
AS 'MODULE_PATHNAME', 'synthmig_lens_check'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.lens_check(jsonb) IS
'validate a lens (22023 with the JSON path of the first problem); the number of operations';
