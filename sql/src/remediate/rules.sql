-------------------------------------------------------------------------------
-- The rule library
-------------------------------------------------------------------------------

-- One transformation.  kind 'cast' converts one value; 'split', 'merge',
-- 'nest' and 'flatten' restructure columns; 'rename' only renames.  The
-- template is an SQL expression with placeholders:
--   {value}        the source value (a column, or the output of a previous step)
--   {target_type}  the target column's type with its modifier, e.g. numeric(10,2)
--   {field_order}  MDY, DMY, YMD or auto: the date layout detected in the data
--   {decimal_mark} '.', ',' or 'auto': detected in the data
--   {zone}         the time zone of options.time_zone (default UTC)
--   {part}         split: which part the target column takes ('first', 'last')
--   {values}       merge: the source values, comma-separated
--   {pairs}        nest: 'key', value, 'key', value ...
--   {key}          flatten: the JSON key
-- A value fails to convert when the template gives NULL for a value that is
-- not missing (synthmig.is_missing); loss_check, a predicate over {value}
-- and {result}, tells a conversion that succeeds but loses information.
CREATE TABLE @extschema@.rules (
	id				bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name			text NOT NULL,
	kind			text NOT NULL DEFAULT 'cast'
		CHECK (kind IN ('cast', 'split', 'merge', 'nest', 'flatten', 'rename')),
	priority		integer NOT NULL DEFAULT 100,
	source_types	text[] NOT NULL,
	target_types	text[] NOT NULL,
	condition		text,
	min_share		double precision NOT NULL DEFAULT 1.0
		CHECK (min_share > 0 AND min_share <= 1),
	template		text NOT NULL,
	lossy			boolean NOT NULL DEFAULT false,
	loss_check		text,
	description		text,
	enabled			boolean NOT NULL DEFAULT true,
	builtin			boolean NOT NULL DEFAULT false,
	owner			regrole NOT NULL DEFAULT current_user::regrole,
	created_at		timestamptz NOT NULL DEFAULT now(),
	UNIQUE (owner, name)
);

COMMENT ON TABLE @extschema@.rules IS
'remediation rules: which conversion applies to which source and target types, under which condition on the data';
COMMENT ON COLUMN @extschema@.rules.source_types IS
'type families (text, integer, numeric, float, money, boolean, date, timestamp, timestamptz, time, uuid, json, enum, domain, array), type names, or any';
COMMENT ON COLUMN @extschema@.rules.condition IS
'regular expression the text of non-missing source values must match (at least min_share of them) for the rule to apply';

-- Built-in rules are everyone's; other rules are their owner's alone, so a
-- role never runs an expression another role wrote.
ALTER TABLE @extschema@.rules ENABLE ROW LEVEL SECURITY;

CREATE POLICY rules_read ON @extschema@.rules FOR SELECT
	USING (builtin OR pg_has_role(current_user, owner, 'USAGE'));

CREATE POLICY rules_write ON @extschema@.rules FOR ALL
	USING (NOT builtin AND pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (NOT builtin AND pg_has_role(current_user, owner, 'USAGE'));
GRANT SELECT, DELETE ON @extschema@.rules TO PUBLIC;
GRANT INSERT (name, kind, priority, source_types, target_types, condition, min_share,
			  template, lossy, loss_check, description, enabled)
	ON @extschema@.rules TO PUBLIC;
GRANT UPDATE (name, kind, priority, source_types, target_types, condition, min_share,
			  template, lossy, loss_check, description, enabled)
	ON @extschema@.rules TO PUBLIC;


-- A type standing for a family when a template is checked.
CREATE TYPE synthmig_internal.sample_enum AS ENUM ('a', 'b');

CREATE DOMAIN synthmig_internal.sample_domain AS text;

-- The type a template is checked with for a rule that names a family rather
-- than a type (a rule for "integer" must work for int2, int4 and int8).
CREATE FUNCTION synthmig_internal.family_sample_type(family text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE family
		WHEN 'integer' THEN 'bigint' WHEN 'numeric' THEN 'numeric' WHEN 'float' THEN 'double precision'
		WHEN 'money' THEN 'money' WHEN 'boolean' THEN 'boolean' WHEN 'date' THEN 'date'
		WHEN 'timestamp' THEN 'timestamp' WHEN 'timestamptz' THEN 'timestamptz'
		WHEN 'time' THEN 'time' WHEN 'interval' THEN 'interval' WHEN 'uuid' THEN 'uuid'
		WHEN 'json' THEN 'jsonb' WHEN 'array' THEN 'text[]'
		WHEN 'enum' THEN 'synthmig_internal.sample_enum' WHEN 'domain' THEN 'synthmig_internal.sample_domain'
		ELSE 'text' END
$$;


-- Fill a template's placeholders in one pass over the template itself, so
-- that nothing substituted (an expression, a literal holding a JSON key) is
-- ever scanned for placeholders again.  Parameter values are quoted as
-- literals; {value}, {values}, {pairs}, {first_names} and {result} are
-- expressions built by synthmig itself.
CREATE FUNCTION synthmig_internal.fill(template text, value_expr text, target_type text, params jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	-- the text between placeholders and the placeholders, each found in one
	-- pass over the template (linear in its length)
	WITH pieces AS (
		SELECT p.i, p.part || CASE k.key
			WHEN 'value' THEN '(' || value_expr || ')'
			WHEN 'target_type' THEN coalesce(target_type, 'text')
			WHEN 'field_order' THEN quote_literal(coalesce(params ->> 'field_order', 'auto'))
			WHEN 'decimal_mark' THEN quote_literal(coalesce(params ->> 'decimal_mark', 'auto'))
			WHEN 'zone' THEN quote_literal(coalesce(params ->> 'zone', 'UTC'))
			WHEN 'part' THEN quote_literal(coalesce(params ->> 'part', 'first'))
			WHEN 'key' THEN quote_literal(coalesce(params ->> 'key', ''))
			WHEN 'values' THEN coalesce(params ->> 'values', 'NULL')
			WHEN 'pairs' THEN coalesce(params ->> 'pairs', '''value'', NULL')
			WHEN 'first_names' THEN coalesce(params ->> 'first_names', '''{}''::text[]')
			WHEN 'result' THEN '(' || coalesce(params ->> 'result', 'NULL') || ')'
			ELSE '' END AS piece
		  FROM unnest(regexp_split_to_array(template, '\{(value|target_type|field_order|decimal_mark|zone|part|key|values|pairs|first_names|result)\}')) WITH ORDINALITY p(part, i)
		  LEFT JOIN unnest(ARRAY(SELECT m[1] FROM regexp_matches(template, '\{(value|target_type|field_order|decimal_mark|zone|part|key|values|pairs|first_names|result)\}', 'g') m))
				WITH ORDINALITY k(key, i) USING (i))
	SELECT CASE WHEN bool_or(piece IS NULL) THEN NULL ELSE string_agg(piece, '' ORDER BY i) END
	  FROM pieces
$$;

COMMENT ON FUNCTION synthmig_internal.fill(text, text, text, jsonb) IS
'internal: a rule template with its placeholders ({value}, {target_type}, {zone}...) replaced; linear in its length';


-- Why a template is not one SQL expression, or NULL when it is: outside
-- string literals and quoted identifiers it may not hold a semicolon, a
-- comment or a dollar quote, and its parentheses must balance, so that
-- wrapped in parentheses it can never end the statement it is put into.
CREATE FUNCTION synthmig_internal.expression_problem(expr text)
RETURNS text
AS 'MODULE_PATHNAME', 'synthmig_expression_problem'
SET search_path = pg_catalog, pg_temp
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION synthmig_internal.expression_problem(text) IS
'internal: why a rule template is not one SQL expression (semicolon, comment, dollar sign, unbalanced parentheses, unterminated literal), or NULL; linear in its length';


-- Rules are checked when they are written, not when they are used: the
-- template and the loss check must be one valid SQL expression for the
-- first source and target types named, and the condition a valid regular
-- expression.
CREATE FUNCTION synthmig_internal.rules_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	src text;
	tgt text;
	expr text;
	fam text;
	one boolean;
	problem text;
	bad text;
BEGIN
	IF NEW.name IS NULL OR btrim(NEW.name) = '' THEN
		RAISE EXCEPTION 'invalid remediation rule: the name is empty'
			USING ERRCODE = 'invalid_parameter_value', HINT = 'Give the rule a name.';
	END IF;
	IF cardinality(NEW.source_types) = 0 OR cardinality(NEW.target_types) = 0 THEN
		RAISE EXCEPTION 'invalid remediation rule "%": source_types and target_types must not be empty', NEW.name
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Name type families (text, integer, date, ...), type names, or any.';
	END IF;
	FOREACH fam IN ARRAY NEW.source_types || NEW.target_types LOOP
		IF fam NOT IN ('text', 'integer', 'numeric', 'float', 'money', 'boolean', 'date', 'timestamp',
					   'timestamptz', 'time', 'interval', 'uuid', 'json', 'enum', 'domain', 'array', 'any') THEN
			BEGIN
				PERFORM fam::regtype;
			EXCEPTION WHEN OTHERS THEN
				RAISE EXCEPTION 'invalid remediation rule "%": unknown type or family "%"', NEW.name, fam
					USING ERRCODE = 'undefined_object',
						  HINT = 'Use a family (text, integer, numeric, float, money, boolean, date, timestamp, timestamptz, time, interval, uuid, json, enum, domain, array, any) or a type name.';
			END;
		END IF;
	END LOOP;
	IF position('{value}' IN NEW.template) = 0 AND NEW.kind NOT IN ('merge', 'nest') THEN
		RAISE EXCEPTION 'invalid remediation rule "%": the template does not use {value}', NEW.name
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('template: %s', NEW.template);
	END IF;
	problem := synthmig_internal.expression_problem(NEW.template);
	bad := NEW.template;
	IF problem IS NULL AND NEW.loss_check IS NOT NULL THEN
		problem := synthmig_internal.expression_problem(NEW.loss_check);
		bad := NEW.loss_check;
	END IF;
	IF problem IS NOT NULL THEN
		RAISE EXCEPTION 'invalid remediation rule "%": the template or loss check is not one SQL expression', NEW.name
			USING ERRCODE = 'syntax_error', DETAIL = format('%s in: %s', problem, bad),
				  HINT = 'A template is one SQL expression over {value}, without semicolons or comments.';
	END IF;
	-- PostgreSQL's parser is the judge: one statement, or the rule is refused
	-- (parsing only, before anything is run)
	BEGIN
		one := synthmig_internal.is_one_expression(synthmig_internal.fill(NEW.template, 'NULL', 'text', '{}'))
			   AND synthmig_internal.is_one_expression(synthmig_internal.fill(coalesce(NEW.loss_check, 'true'), 'NULL', 'text', '{}'));
	EXCEPTION WHEN syntax_error THEN
		one := false;
	END;
	IF NOT one THEN
		RAISE EXCEPTION 'invalid remediation rule "%": the template or loss check is not one SQL expression', NEW.name
			USING ERRCODE = 'syntax_error', DETAIL = format('template: %s; loss_check: %s', NEW.template, coalesce(NEW.loss_check, '(none)')),
				  HINT = 'A template is one SQL expression over {value}, without semicolons or comments.';
	END IF;
	src := synthmig_internal.family_sample_type(NEW.source_types[1]);
	tgt := synthmig_internal.family_sample_type(NEW.target_types[1]);
	IF src = 'text' AND NEW.source_types[1] NOT IN ('text', 'any') THEN
		src := format_type(NEW.source_types[1]::regtype, NULL);
	END IF;
	IF tgt = 'text' AND NEW.target_types[1] NOT IN ('text', 'any') THEN
		tgt := format_type(NEW.target_types[1]::regtype, NULL);
	END IF;
	expr := synthmig_internal.fill(NEW.template, format('NULL::%s', src), tgt,
		jsonb_build_object('values', format('NULL::%s, NULL::%s', src, src),
						   'pairs', format('''a'', NULL::%s', src)));
	BEGIN
		EXECUTE format('SELECT (%s) LIMIT 0', expr);
		IF NEW.loss_check IS NOT NULL THEN
			EXECUTE format('SELECT (%s)::boolean LIMIT 0',
				synthmig_internal.fill(NEW.loss_check, format('NULL::%s', src), tgt, jsonb_build_object('result', expr)));
		END IF;
		IF NEW.condition IS NOT NULL THEN
			PERFORM '' ~ NEW.condition;
		END IF;
	EXCEPTION WHEN OTHERS THEN
		RAISE EXCEPTION 'invalid remediation rule "%": %', NEW.name, SQLERRM
			USING ERRCODE = 'syntax_error',
				  DETAIL = format('template: %s; loss_check: %s; condition: %s',
								  NEW.template, coalesce(NEW.loss_check, '(none)'), coalesce(NEW.condition, '(none)')),
				  HINT = 'A template is one SQL expression over {value}; see docs/remediation.md for the placeholders.';
	END;
	RETURN NEW;
END;
$$;


CREATE TRIGGER rules_check BEFORE INSERT OR UPDATE ON @extschema@.rules
	FOR EACH ROW EXECUTE FUNCTION synthmig_internal.rules_check();
-- a trigger function is never called directly
REVOKE EXECUTE ON FUNCTION synthmig_internal.rules_check() FROM PUBLIC;
