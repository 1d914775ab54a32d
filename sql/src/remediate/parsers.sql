-- The value parsers are called once per row and column by remediation's
-- loads, so they carry no SET search_path: a SET clause costs each call a GUC
-- save and restore (measured: 1M parse_date calls 690 ms with it, 200 ms
-- without).  They are C functions that run no SQL and look up nothing by
-- name -- their result depends on their arguments only -- so the caller's
-- search_path cannot change what they do.  test/pgtap/security.sql lists them
-- as the only exemptions, and checks that each is LANGUAGE c.

-------------------------------------------------------------------------------
-- Value parsers (src/remediate_parse.c): never raise for a bad value, return
-- NULL instead; callers tell failure from a missing value with is_missing().
-------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.parse_numeric(value text, decimal_mark text DEFAULT 'auto')
RETURNS numeric
AS 'MODULE_PATHNAME', 'synthmig_parse_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_numeric(text, text) IS
'exact number from text with currency signs, thousands separators, parentheses or percent; NULL when it is not a number';


-- Integral values within bigint, with the same layouts as parse_numeric.
CREATE FUNCTION @extschema@.parse_integer(value text, decimal_mark text DEFAULT 'auto')
RETURNS bigint
AS 'MODULE_PATHNAME', 'synthmig_parse_integer'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_integer(text, text) IS
'integer from text written like parse_numeric accepts; NULL when not integral or out of bigint range';


-- Dates in ISO, numeric (MDY/DMY/YMD, decided per value or forced), month-name
-- and epoch layouts; NULL for a value that is not a valid date.
CREATE FUNCTION @extschema@.parse_date(value text, field_order text DEFAULT 'auto')
RETURNS date
AS 'MODULE_PATHNAME', 'synthmig_parse_date'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_date(text, text) IS
'date from ISO, numeric (MDY, DMY, YMD), month-name or epoch text; NULL when it is not a valid date';


-- Timestamps without zone, in the layouts parse_date reads plus a time of day.
CREATE FUNCTION @extschema@.parse_timestamp(value text, field_order text DEFAULT 'auto')
RETURNS timestamp
AS 'MODULE_PATHNAME', 'synthmig_parse_timestamp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_timestamp(text, text) IS
'timestamp from the forms parse_date accepts plus a time of day and an optional zone (converted to UTC)';


-- Timestamps with zone; values without an offset are read in the given zone.
CREATE FUNCTION @extschema@.parse_timestamptz(value text, field_order text DEFAULT 'auto', zone text DEFAULT 'UTC')
RETURNS timestamptz
AS 'MODULE_PATHNAME', 'synthmig_parse_timestamptz'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_timestamptz(text, text, text) IS
'timestamp with time zone; values without their own zone are read as local time in zone';


-- Flags: yes/no, y/n, t/f, true/false, on/off, 1/0 in any case.
CREATE FUNCTION @extschema@.parse_boolean(value text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'synthmig_parse_boolean'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_boolean(text) IS
'boolean from true/false, t/f, yes/no, y/n, 1/0, on/off (any case); NULL otherwise';


-- Placeholders that mean "no value" ('', N/A, -, null, unknown, ...).
CREATE FUNCTION @extschema@.is_missing(value text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'synthmig_is_missing'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_missing(text) IS
'true for NULL, blank text and placeholders such as N/A, null, -, unknown';


-- One part (first or last) of a full name.
CREATE FUNCTION @extschema@.split_name(value text, part text)
RETURNS text
AS 'MODULE_PATHNAME', 'synthmig_split_name'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.split_name(text, text) IS
'first or last part of a personal name ("First Last" or "Last, First")';


-- The same, keeping known compound first names (learnt from the column) together.
CREATE FUNCTION @extschema@.split_name(value text, part text, first_names text[])
RETURNS text
AS 'MODULE_PATHNAME', 'synthmig_split_name_known'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.split_name(text, text, text[]) IS
'first or last part of a personal name, where further words found in first_names stay with the first name ("Mary Ann Smith")';


-- Whether a rule template is exactly one expression to PostgreSQL's parser.
CREATE FUNCTION synthmig_internal.is_one_expression(expr text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'synthmig_is_one_expression'
SET search_path = pg_catalog, pg_temp
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION synthmig_internal.is_one_expression(text) IS
'whether SELECT (expr) parses as exactly one statement (rule templates are checked with it)';


-- The value as the type of the second argument, or NULL when its input
-- function refuses it (never an error for a bad value).
CREATE FUNCTION @extschema@.try_cast(value text, target anyelement)
RETURNS anyelement
AS 'MODULE_PATHNAME', 'synthmig_try_cast'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.try_cast(text, anyelement) IS
'the value read by the input function of the type of target, or NULL when that fails';


-------------------------------------------------------------------------------
-- Type families and name normalisation
-------------------------------------------------------------------------------

-- The family of a type, the unit rules are written for: text, integer,
-- numeric, float, money, boolean, date, timestamp, timestamptz, time,
-- interval, uuid, json, enum, domain, array; NULL for a type synthmig does
-- not know (such columns are copied only to the same type).
CREATE FUNCTION @extschema@.type_family(typ regtype)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE
		WHEN t.typtype = 'd' THEN 'domain'
		WHEN t.typtype = 'e' THEN 'enum'
		WHEN t.typcategory = 'A' THEN 'array'
		WHEN t.oid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype) THEN 'integer'
		WHEN t.oid = 'numeric'::regtype THEN 'numeric'
		WHEN t.oid IN ('float4'::regtype, 'float8'::regtype) THEN 'float'
		WHEN t.oid = 'money'::regtype THEN 'money'
		WHEN t.oid = 'bool'::regtype THEN 'boolean'
		WHEN t.oid = 'date'::regtype THEN 'date'
		WHEN t.oid = 'timestamp'::regtype THEN 'timestamp'
		WHEN t.oid = 'timestamptz'::regtype THEN 'timestamptz'
		WHEN t.oid IN ('time'::regtype, 'timetz'::regtype) THEN 'time'
		WHEN t.oid = 'interval'::regtype THEN 'interval'
		WHEN t.oid = 'uuid'::regtype THEN 'uuid'
		WHEN t.oid IN ('json'::regtype, 'jsonb'::regtype) THEN 'json'
		WHEN t.typcategory = 'S' THEN 'text'
	END
	FROM pg_type t WHERE t.oid = typ
$$;

COMMENT ON FUNCTION @extschema@.type_family(regtype) IS
'the type family remediation rules are written for, or NULL for a type synthmig does not know';
