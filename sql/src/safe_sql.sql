-------------------------------------------------------------------------------
-- User text made safe for dynamic SQL (src/safe_sql.c)
-------------------------------------------------------------------------------

-- A CHECK expression of a definition, parsed and analysed over the table's
-- columns, refused unless it uses built-in non-volatile functions only, and
-- returned as PostgreSQL's deparsed text (src/describe/expression.c).
CREATE FUNCTION synthmig_internal.check_expression(rel regclass, expr text)
RETURNS text
AS 'MODULE_PATHNAME', 'synthmig_check_expression'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT STABLE;

COMMENT ON FUNCTION synthmig_internal.check_expression(regclass, text) IS
'internal: a definition''s CHECK expression made safe to run (built-in functions only, deparsed)';


-- A type name as PostgreSQL spells it (parsed by the type-name grammar,
-- written by format_type): user text never reaches dynamic SQL as a type.
CREATE FUNCTION synthmig_internal.format_type_text(type_name text)
RETURNS text
AS 'MODULE_PATHNAME', 'synthmig_format_type_text'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT STABLE;

COMMENT ON FUNCTION synthmig_internal.format_type_text(text) IS
'internal: a type name parsed by PostgreSQL and written back by format_type';
