/*
 * synthmig 0.2.0 -> 0.3.0: schema remediation.
 *
 *   analyze(source, target)               what is incompatible, measured on the data
 *   remediate(source, target, apply, options)   the plan, or the plan applied
 *
 * for a pair of tables, a pair of schemas, or a table and a JSONB target
 * definition (in place).  Conversions come from the rule library
 * synthmig.rules; rows that cannot be converted go to synthmig.rejects.
 * Every function runs with the caller's rights; every identifier put into
 * dynamic SQL is quoted with format('%I') or regclass output.
 */
\echo Use "ALTER EXTENSION synthmig UPDATE TO '0.3.0'" to load this file. \quit

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

CREATE FUNCTION @extschema@.parse_integer(value text, decimal_mark text DEFAULT 'auto')
RETURNS bigint
AS 'MODULE_PATHNAME', 'synthmig_parse_integer'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_integer(text, text) IS
'integer from text written like parse_numeric accepts; NULL when not integral or out of bigint range';

CREATE FUNCTION @extschema@.parse_date(value text, field_order text DEFAULT 'auto')
RETURNS date
AS 'MODULE_PATHNAME', 'synthmig_parse_date'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_date(text, text) IS
'date from ISO, numeric (MDY, DMY, YMD), month-name or epoch text; NULL when it is not a valid date';

CREATE FUNCTION @extschema@.parse_timestamp(value text, field_order text DEFAULT 'auto')
RETURNS timestamp
AS 'MODULE_PATHNAME', 'synthmig_parse_timestamp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_timestamp(text, text) IS
'timestamp from the forms parse_date accepts plus a time of day and an optional zone (converted to UTC)';

CREATE FUNCTION @extschema@.parse_timestamptz(value text, field_order text DEFAULT 'auto', zone text DEFAULT 'UTC')
RETURNS timestamptz
AS 'MODULE_PATHNAME', 'synthmig_parse_timestamptz'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_timestamptz(text, text, text) IS
'timestamp with time zone; values without their own zone are read as local time in zone';

CREATE FUNCTION @extschema@.parse_boolean(value text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'synthmig_parse_boolean'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_boolean(text) IS
'boolean from true/false, t/f, yes/no, y/n, 1/0, on/off (any case); NULL otherwise';

CREATE FUNCTION @extschema@.is_missing(value text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'synthmig_is_missing'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_missing(text) IS
'true for NULL, blank text and placeholders such as N/A, null, -, unknown';

CREATE FUNCTION @extschema@.split_name(value text, part text)
RETURNS text
AS 'MODULE_PATHNAME', 'synthmig_split_name'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.split_name(text, text) IS
'first or last part of a personal name ("First Last" or "Last, First")';

CREATE FUNCTION @extschema@.split_name(value text, part text, first_names text[])
RETURNS text
AS 'MODULE_PATHNAME', 'synthmig_split_name_known'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.split_name(text, text, text[]) IS
'first or last part of a personal name, where further words found in first_names stay with the first name ("Mary Ann Smith")';

CREATE FUNCTION @extschema@._is_one_expression(expr text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'synthmig_is_one_expression'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._is_one_expression(text) IS
'whether SELECT (expr) parses as exactly one statement (rule templates are checked with it)';

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
SET search_path = pg_catalog
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

-- Common abbreviations in legacy column names, expanded before matching.
CREATE FUNCTION @extschema@._expand_token(tok text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
	SELECT CASE tok
		WHEN 'no' THEN 'number' WHEN 'num' THEN 'number' WHEN 'nbr' THEN 'number'
		WHEN 'nr' THEN 'number' WHEN 'qty' THEN 'quantity' WHEN 'amt' THEN 'amount'
		WHEN 'addr' THEN 'address' WHEN 'dt' THEN 'date' WHEN 'desc' THEN 'description'
		WHEN 'descr' THEN 'description' WHEN 'cust' THEN 'customer' WHEN 'emp' THEN 'employee'
		WHEN 'inv' THEN 'invoice' WHEN 'prod' THEN 'product' WHEN 'cat' THEN 'category'
		WHEN 'org' THEN 'organization' WHEN 'dept' THEN 'department' WHEN 'tel' THEN 'phone'
		WHEN 'telephone' THEN 'phone' WHEN 'fname' THEN 'first_name' WHEN 'lname' THEN 'last_name'
		WHEN 'dob' THEN 'birth_date' WHEN 'postcode' THEN 'postal_code'
		WHEN 'cd' THEN 'code' WHEN 'pct' THEN 'percent' WHEN 'ts' THEN 'timestamp'
		WHEN 'ms' THEN 'millisecond' WHEN 'msec' THEN 'millisecond' WHEN 'sec' THEN 'second'
		WHEN 'yr' THEN 'year' WHEN 'cnt' THEN 'count' WHEN 'avg' THEN 'average'
		WHEN 'msg' THEN 'message' WHEN 'pwd' THEN 'password' WHEN 'usr' THEN 'user'
		WHEN 'acct' THEN 'account' WHEN 'bal' THEN 'balance' WHEN 'ref' THEN 'reference'
		WHEN 'seq' THEN 'sequence' WHEN 'ctry' THEN 'country' WHEN 'cntry' THEN 'country'
		WHEN 'lang' THEN 'language' WHEN 'img' THEN 'image' WHEN 'src' THEN 'source'
		WHEN 'mgr' THEN 'manager' WHEN 'tz' THEN 'timezone' WHEN 'identifier' THEN 'id'
		WHEN 'surname' THEN 'last_name' WHEN 'forename' THEN 'first_name'
		WHEN 'given' THEN 'first' WHEN 'family' THEN 'last'
		ELSE tok END
$$;

-- English singular of one lower-case token (keeps "status", "address").
CREATE FUNCTION @extschema@._singular(tok text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
	SELECT CASE
		WHEN length(tok) <= 3 THEN tok
		WHEN tok ~ '[^aeiou]ies$' THEN left(tok, -3) || 'y'
		WHEN tok ~ '(ss|us|x|ch|sh)es$' THEN left(tok, -2)
		WHEN tok ~ '(ss|us|is)$' THEN tok
		WHEN tok ~ 's$' THEN left(tok, -1)
		ELSE tok END
$$;

-- A name in the form names are compared in: CamelCase split into words,
-- lower case, separators unified to "_", abbreviations expanded, each word
-- singular.  "InvoiceLines" and "invoice_line" both give invoice_line;
-- "CustID" gives customer_id; "tblOrders" gives order.
CREATE FUNCTION @extschema@.normalize_name(name text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
	s text;
	toks text[];
	words text[] := '{}';
	w text;
BEGIN
	s := regexp_replace(name, '([[:lower:][:digit:]])([[:upper:]])', '\1_\2', 'g');
	s := regexp_replace(s, '([[:upper:]]+)([[:upper:]][[:lower:]])', '\1_\2', 'g');
	s := lower(regexp_replace(s, '[^[:alnum:]]+', '_', 'g'));
	s := regexp_replace(s, '(^|_)e_mail(_|$)', '\1email\2');
	s := regexp_replace(s, '(^|_)(zip(_?(code|cd))?|post_?(code|cd))(_|$)', '\1postal_code\6');
	toks := array_remove(string_to_array(s, '_'), '');
	IF cardinality(toks) > 1 AND toks[1] IN ('tbl', 'tb', 'fld', 'col', 't') THEN
		toks := toks[2:];
	END IF;
	FOREACH w IN ARRAY toks LOOP
		words := words || string_to_array(@extschema@._expand_token(w), '_');
	END LOOP;
	RETURN coalesce(array_to_string(ARRAY(SELECT @extschema@._singular(x) FROM unnest(words) x), '_'), '');
END;
$$;

COMMENT ON FUNCTION @extschema@.normalize_name(text) IS
'the comparable form of a table or column name: snake_case, abbreviations expanded, singular';

-- How well a source column name matches a target column name, in [0, 1]:
-- 1 identical, 0.95 same normalised name, 0.85 equal once the table's name
-- is stripped as a prefix, 0.8 same words in another order, less for
-- partly shared words.
CREATE FUNCTION @extschema@._name_score(src text, tgt text, ns text, nt text, src_table text, tgt_table text)
RETURNS double precision
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
	ps text := src_table || '_';
	pt text := tgt_table || '_';
	ws text[];
	wt text[];
	common int;
	total int;
BEGIN
	IF src = tgt THEN RETURN 1; END IF;
	IF ns = nt AND ns <> '' THEN RETURN 0.95; END IF;
	IF ns = '' OR nt = '' THEN RETURN 0; END IF;
	IF (CASE WHEN starts_with(ns, ps) THEN substr(ns, length(ps) + 1) ELSE ns END) =
	   (CASE WHEN starts_with(nt, pt) THEN substr(nt, length(pt) + 1) ELSE nt END)
	   OR (CASE WHEN starts_with(ns, pt) THEN substr(ns, length(pt) + 1) ELSE ns END) =
	   (CASE WHEN starts_with(nt, ps) THEN substr(nt, length(ps) + 1) ELSE nt END) THEN
		RETURN 0.85;
	END IF;
	ws := ARRAY(SELECT DISTINCT w FROM unnest(string_to_array(ns, '_')) w ORDER BY 1);
	wt := ARRAY(SELECT DISTINCT w FROM unnest(string_to_array(nt, '_')) w ORDER BY 1);
	IF ws = wt THEN RETURN 0.8; END IF;
	SELECT count(*) INTO common FROM (SELECT unnest(ws) INTERSECT SELECT unnest(wt)) c;
	SELECT count(*) INTO total FROM (SELECT unnest(ws) UNION SELECT unnest(wt)) c;
	IF common = 0 OR total = 0 THEN RETURN 0; END IF;
	RETURN round((0.3 + 0.45 * common::numeric / total), 3);
END;
$$;

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
CREATE TYPE @extschema@._sample_enum AS ENUM ('a', 'b');
CREATE DOMAIN @extschema@._sample_domain AS text;
CREATE FUNCTION @extschema@._family_sample_type(family text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
	SELECT CASE family
		WHEN 'integer' THEN 'bigint' WHEN 'numeric' THEN 'numeric' WHEN 'float' THEN 'double precision'
		WHEN 'money' THEN 'money' WHEN 'boolean' THEN 'boolean' WHEN 'date' THEN 'date'
		WHEN 'timestamp' THEN 'timestamp' WHEN 'timestamptz' THEN 'timestamptz'
		WHEN 'time' THEN 'time' WHEN 'interval' THEN 'interval' WHEN 'uuid' THEN 'uuid'
		WHEN 'json' THEN 'jsonb' WHEN 'array' THEN 'text[]'
		WHEN 'enum' THEN '@extschema@._sample_enum' WHEN 'domain' THEN '@extschema@._sample_domain'
		ELSE 'text' END
$$;

-- Fill a template's placeholders in one pass over the template itself, so
-- that nothing substituted (an expression, a literal holding a JSON key) is
-- ever scanned for placeholders again.  Parameter values are quoted as
-- literals; {value}, {values}, {pairs} and {result} are expressions built
-- by synthmig itself.
CREATE FUNCTION @extschema@._fill(template text, value_expr text, target_type text, params jsonb)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
	out text := '';
	rest text := template;
	m text[];
	pos integer;
BEGIN
	LOOP
		m := regexp_match(rest, '\{(value|target_type|field_order|decimal_mark|zone|part|key|values|pairs|first_names|result)\}');
		EXIT WHEN m IS NULL;
		pos := position('{' || m[1] || '}' IN rest);
		out := out || substr(rest, 1, pos - 1) || CASE m[1]
			WHEN 'value' THEN '(' || value_expr || ')'
			WHEN 'target_type' THEN coalesce(target_type, 'text')
			WHEN 'field_order' THEN quote_literal(coalesce(params ->> 'field_order', 'auto'))
			WHEN 'decimal_mark' THEN quote_literal(coalesce(params ->> 'decimal_mark', 'auto'))
			WHEN 'zone' THEN quote_literal(coalesce(params ->> 'zone', 'UTC'))
			WHEN 'part' THEN quote_literal(coalesce(params ->> 'part', 'first'))
			WHEN 'key' THEN quote_literal(coalesce(params ->> 'key', ''))
			WHEN 'values' THEN coalesce(params ->> 'values', 'NULL')
			WHEN 'pairs' THEN coalesce(params ->> 'pairs', '''value'', NULL')
			WHEN 'first_names' THEN quote_literal(coalesce(params ->> 'first_names', '{}')) || '::text[]'
			WHEN 'result' THEN '(' || coalesce(params ->> 'result', 'NULL') || ')'
			END;
		rest := substr(rest, pos + length(m[1]) + 2);
	END LOOP;
	RETURN out || rest;
END;
$$;

-- Why a template is not one SQL expression, or NULL when it is: outside
-- string literals and quoted identifiers it may not hold a semicolon, a
-- comment or a dollar quote, and its parentheses must balance, so that
-- wrapped in parentheses it can never end the statement it is put into.
CREATE FUNCTION @extschema@._expression_problem(expr text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
	n integer := length(expr);
	i integer := 1;
	ch text;
	nx text;
	depth integer := 0;
	escapes boolean;
BEGIN
	WHILE i <= n LOOP
		ch := substr(expr, i, 1);
		nx := substr(expr, i + 1, 1);
		IF ch = '''' THEN
			escapes := i > 1 AND lower(substr(expr, i - 1, 1)) = 'e'
					   AND (i = 2 OR substr(expr, i - 2, 1) !~ '[[:alnum:]_$]');
			i := i + 1;
			LOOP
				IF i > n THEN RETURN 'unterminated string literal'; END IF;
				ch := substr(expr, i, 1);
				IF escapes AND ch = E'\\' THEN
					i := i + 2;
				ELSIF ch = '''' AND substr(expr, i + 1, 1) = '''' THEN
					i := i + 2;
				ELSIF ch = '''' THEN
					EXIT;
				ELSE
					i := i + 1;
				END IF;
			END LOOP;
		ELSIF ch = '"' THEN
			IF strpos(substr(expr, i + 1), '"') = 0 THEN RETURN 'unterminated quoted identifier'; END IF;
			i := strpos(substr(expr, i + 1), '"') + i;
		ELSIF ch = ';' THEN
			RETURN 'a semicolon outside a literal';
		ELSIF ch = '$' THEN
			RETURN 'a dollar sign outside a literal';
		ELSIF (ch = '-' AND nx = '-') OR (ch = '/' AND nx = '*') THEN
			RETURN 'a comment';
		ELSIF ch = '(' THEN
			depth := depth + 1;
		ELSIF ch = ')' THEN
			depth := depth - 1;
			IF depth < 0 THEN RETURN 'a closing parenthesis without an opening one'; END IF;
		END IF;
		i := i + 1;
	END LOOP;
	IF depth <> 0 THEN RETURN 'unbalanced parentheses'; END IF;
	RETURN NULL;
END;
$$;

-- Rules are checked when they are written, not when they are used: the
-- template and the loss check must be one valid SQL expression for the
-- first source and target types named, and the condition a valid regular
-- expression.
CREATE FUNCTION @extschema@.rules_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
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
	problem := @extschema@._expression_problem(NEW.template);
	bad := NEW.template;
	IF problem IS NULL AND NEW.loss_check IS NOT NULL THEN
		problem := @extschema@._expression_problem(NEW.loss_check);
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
		one := @extschema@._is_one_expression(@extschema@._fill(NEW.template, 'NULL', 'text', '{}'))
			   AND @extschema@._is_one_expression(@extschema@._fill(coalesce(NEW.loss_check, 'true'), 'NULL', 'text', '{}'));
	EXCEPTION WHEN syntax_error THEN
		one := false;
	END;
	IF NOT one THEN
		RAISE EXCEPTION 'invalid remediation rule "%": the template or loss check is not one SQL expression', NEW.name
			USING ERRCODE = 'syntax_error', DETAIL = format('template: %s; loss_check: %s', NEW.template, coalesce(NEW.loss_check, '(none)')),
				  HINT = 'A template is one SQL expression over {value}, without semicolons or comments.';
	END IF;
	src := @extschema@._family_sample_type(NEW.source_types[1]);
	tgt := @extschema@._family_sample_type(NEW.target_types[1]);
	IF src = 'text' AND NEW.source_types[1] NOT IN ('text', 'any') THEN
		src := format_type(NEW.source_types[1]::regtype, NULL);
	END IF;
	IF tgt = 'text' AND NEW.target_types[1] NOT IN ('text', 'any') THEN
		tgt := format_type(NEW.target_types[1]::regtype, NULL);
	END IF;
	expr := @extschema@._fill(NEW.template, format('NULL::%s', src), tgt,
		jsonb_build_object('values', format('NULL::%s, NULL::%s', src, src),
						   'pairs', format('''a'', NULL::%s', src)));
	BEGIN
		EXECUTE format('SELECT (%s) LIMIT 0', expr);
		IF NEW.loss_check IS NOT NULL THEN
			EXECUTE format('SELECT (%s)::boolean LIMIT 0',
				@extschema@._fill(NEW.loss_check, format('NULL::%s', src), tgt, jsonb_build_object('result', expr)));
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
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_check();

-------------------------------------------------------------------------------
-- Remediation runs and quarantined rows
-------------------------------------------------------------------------------

-- Every remediate() call that applied a plan: the plan, the report, who.
CREATE TABLE @extschema@.remediations (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	source		text NOT NULL,
	target		text NOT NULL,
	options		jsonb NOT NULL DEFAULT '{}',
	plan		jsonb,
	report		jsonb,
	status		text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done')),
	started_at	timestamptz NOT NULL DEFAULT clock_timestamp(),
	finished_at	timestamptz,
	owner		regrole NOT NULL DEFAULT current_user::regrole
);

COMMENT ON TABLE @extschema@.remediations IS
'applied remediations: plan, report (rows read, written, quarantined per table and step); each role sees its own';

ALTER TABLE @extschema@.remediations ENABLE ROW LEVEL SECURITY;
CREATE POLICY remediations_owner ON @extschema@.remediations
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE'));
GRANT SELECT, DELETE ON @extschema@.remediations TO PUBLIC;
GRANT INSERT (source, target, options, plan) ON @extschema@.remediations TO PUBLIC;
GRANT UPDATE (report, status, finished_at, plan) ON @extschema@.remediations TO PUBLIC;

-- Rows that could not be converted: the whole original row, its key, the
-- step and the reason.  Nothing a remediation reads is dropped silently.
CREATE TABLE @extschema@.rejects (
	id				bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	remediation_id	bigint REFERENCES @extschema@.remediations (id) ON DELETE CASCADE,
	source_table	text NOT NULL,
	target_table	text,
	source_key		jsonb,
	source_ctid		tid,
	row_data		jsonb NOT NULL,
	step			text NOT NULL,
	column_name		text,
	reason			text NOT NULL,
	owner			regrole NOT NULL DEFAULT current_user::regrole,
	created_at		timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX rejects_remediation_idx ON @extschema@.rejects (remediation_id);

COMMENT ON TABLE @extschema@.rejects IS
'quarantined rows of remediations: source table, key, the whole original row as JSONB, step and reason';
COMMENT ON COLUMN @extschema@.rejects.source_ctid IS
'where the row was in the source table when the remediation ran (only meaningful until the table is rewritten)';

ALTER TABLE @extschema@.rejects ENABLE ROW LEVEL SECURITY;
CREATE POLICY rejects_owner ON @extschema@.rejects
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE'));
GRANT SELECT, DELETE ON @extschema@.rejects TO PUBLIC;
GRANT INSERT (remediation_id, source_table, target_table, source_key, source_ctid, row_data, step, column_name, reason)
	ON @extschema@.rejects TO PUBLIC;
GRANT UPDATE (row_data) ON @extschema@.rejects TO PUBLIC;

-------------------------------------------------------------------------------
-- Built-in rules.  Higher priority wins among the rules whose types match and
-- whose condition holds on the data; narrow rules (one layout) rank above
-- the general ones so that the plan says which layout was found.
-------------------------------------------------------------------------------

INSERT INTO @extschema@.rules (name, kind, priority, source_types, target_types, condition, min_share,
							   template, lossy, loss_check, description, builtin)
VALUES
('same_type', 'cast', 1000, '{any}', '{any}', NULL, 1, '{value}', false, NULL,
 'same type on both sides: copied; still checked against the target''s length, precision and NOT NULL', true),
-- text to text
('text_to_text', 'cast', 50, '{text}', '{text}', NULL, 1, '{value}', true, NULL,
 'copy text; a value longer than a varchar(n) or char(n) target is reported as truncation, never cut', true),
('text_to_text_missing_as_null', 'cast', 52, '{text}', '{text}', '^\s*(N/A|n/a|NULL|null)?\s*$', 0.000001,
 'CASE WHEN {value} ~ ''^\s*(N/A|n/a|NULL|null)?\s*$'' THEN NULL ELSE {value} END', false, NULL,
 'copy text, reading blanks and N/A or NULL placeholders as NULL (never chosen for a NOT NULL target)', true),
('text_to_varchar_trimmed', 'cast', 55, '{text}', '{text}', '^\s|\s$', 0.01, 'btrim({value})', false, NULL,
 'copy text without the surrounding blanks legacy exports leave (when at least 1% of the values have them)', true),
-- text to numbers
('text_to_integer', 'cast', 80, '{text}', '{integer}', '^\s*[-+]?[0-9]+\s*$', 1,
 '@extschema@.parse_integer({value}, ''.'')', false, NULL, 'plain integers written as text', true),
('text_to_integer_formatted', 'cast', 60, '{text}', '{integer}', NULL, 1,
 '@extschema@.parse_integer({value}, {decimal_mark})', false, NULL,
 'integers with thousands separators, signs, currency; a value with a fraction is not converted (no silent rounding)', true),
('text_to_numeric', 'cast', 80, '{text}', '{numeric}', '^\s*[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\s*$', 1,
 '@extschema@.parse_numeric({value}, ''.'')', false, NULL, 'plain decimal numbers written as text', true),
('text_to_numeric_money', 'cast', 70, '{text}', '{numeric,float,money}', '[$€£¥₹₩]|\m(USD|EUR|GBP|JPY|CHF|CAD|AUD)\M', 0.5,
 '@extschema@.parse_numeric({value}, {decimal_mark})', false, NULL,
 'amounts with currency signs or codes, thousands separators and parentheses for negatives', true),
('text_to_numeric_percent', 'cast', 75, '{text}', '{numeric,float}', '%\s*$', 0.5,
 '@extschema@.parse_numeric({value}, {decimal_mark})', false, NULL,
 'percentages, stored as fractions (12.5% becomes 0.125)', true),
('text_to_numeric_formatted', 'cast', 60, '{text}', '{numeric}', NULL, 1,
 'coalesce(@extschema@.parse_numeric({value}, {decimal_mark}), CASE WHEN lower(btrim({value})) IN (''nan'', ''infinity'', ''+infinity'', ''-infinity'', ''inf'', ''-inf'') THEN btrim({value})::numeric END)', false, NULL,
 'numbers with thousands separators (1,234.50 or 1.234,50 as detected), signs, parentheses, currency', true),
('text_to_float', 'cast', 60, '{text}', '{float}', NULL, 1,
 'coalesce(@extschema@.parse_numeric({value}, {decimal_mark})::{target_type}, CASE WHEN lower(btrim({value})) IN (''nan'', ''infinity'', ''+infinity'', ''-infinity'', ''inf'', ''-inf'') THEN btrim({value})::{target_type} END)', false, NULL,
 'floating-point numbers written as text, with the same forms as text_to_numeric_formatted, and NaN and infinities', true),
('text_to_money', 'cast', 60, '{text}', '{money}', NULL, 1,
 '@extschema@.parse_numeric({value}, {decimal_mark})::money', false, NULL, 'amounts into the money type', true),
-- text to dates and times
('text_to_date_iso', 'cast', 90, '{text}', '{date}', '^\s*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s*$', 1,
 '@extschema@.parse_date({value}, ''YMD'')', false, NULL, 'ISO dates (YYYY-MM-DD)', true),
('text_to_date_us', 'cast', 85, '{text}', '{date}', '^\s*(0?[1-9]|1[0-2])[/.-](0?[1-9]|[12][0-9]|3[01])[/.-]([0-9]{2}|[0-9]{4})\s*$', 1,
 '@extschema@.parse_date({value}, ''MDY'')', false, NULL, 'US dates (MM/DD/YYYY): every value reads as month first', true),
('text_to_date_eu', 'cast', 84, '{text}', '{date}', '^\s*(0?[1-9]|[12][0-9]|3[01])[/.-](0?[1-9]|1[0-2])[/.-]([0-9]{2}|[0-9]{4})\s*$', 1,
 '@extschema@.parse_date({value}, ''DMY'')', false, NULL, 'European dates (DD/MM/YYYY, DD.MM.YYYY): some value reads only day first', true),
('text_to_date_monthname', 'cast', 83, '{text}', '{date}', '[A-Za-z]{3}', 1,
 '@extschema@.parse_date({value}, {field_order})', false, NULL, 'dates with month names (15-Jan-2023, Jan 15, 2023)', true),
('text_to_date_epoch', 'cast', 82, '{text}', '{date}', '^\s*[0-9]{9,10}(\.[0-9]+)?\s*$', 1,
 '@extschema@.parse_date({value}, ''auto'')', false, NULL, 'Unix epoch seconds (UTC) whose time is midnight', true),
('text_to_date', 'cast', 60, '{text}', '{date}', NULL, 1,
 '@extschema@.parse_date({value}, {field_order})', false, NULL,
 'dates in mixed layouts, read value by value; day/month order as detected in the data', true),
('text_to_timestamp_iso', 'cast', 90, '{text}', '{timestamp}',
 '^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?)?\s*$', 1,
 '@extschema@.parse_timestamp({value}, ''YMD'')', false, NULL, 'ISO timestamps', true),
('text_to_timestamp_us', 'cast', 85, '{text}', '{timestamp}',
 '^\s*(0?[1-9]|1[0-2])[/.-](0?[1-9]|[12][0-9]|3[01])[/.-]([0-9]{2}|[0-9]{4})([ T].*)?$', 1,
 '@extschema@.parse_timestamp({value}, ''MDY'')', false, NULL, 'US timestamps (MM/DD/YYYY HH:MM[:SS] [AM|PM])', true),
('text_to_timestamp_eu', 'cast', 84, '{text}', '{timestamp}',
 '^\s*(0?[1-9]|[12][0-9]|3[01])[/.-](0?[1-9]|1[0-2])[/.-]([0-9]{2}|[0-9]{4})([ T].*)?$', 1,
 '@extschema@.parse_timestamp({value}, ''DMY'')', false, NULL, 'European timestamps (DD/MM/YYYY HH:MM[:SS])', true),
('text_to_timestamp_epoch', 'cast', 82, '{text}', '{timestamp}', '^\s*[0-9]{9,10}(\.[0-9]+)?\s*$|^\s*[0-9]{13}\s*$', 1,
 '@extschema@.parse_timestamp({value}, ''auto'')', false, NULL, 'Unix epoch seconds or milliseconds, as UTC', true),
('text_to_timestamp', 'cast', 60, '{text}', '{timestamp}', NULL, 1,
 '@extschema@.parse_timestamp({value}, {field_order})', false, NULL,
 'timestamps in mixed layouts, read value by value; values with a zone are converted to UTC', true),
('text_to_timestamptz', 'cast', 60, '{text}', '{timestamptz}', NULL, 1,
 '@extschema@.parse_timestamptz({value}, {field_order}, {zone})', false, NULL,
 'timestamps with time zone; values without a zone are read in options.time_zone (default the session''s TimeZone)', true),
('text_to_time', 'cast', 60, '{text}', '{time}', NULL, 1,
 '@extschema@.try_cast(btrim({value}), NULL::{target_type})', false, NULL, 'times of day', true),
('text_to_interval', 'cast', 60, '{text}', '{interval}', NULL, 1,
 '@extschema@.try_cast(btrim({value}), NULL::interval)', false, NULL, 'intervals in any PostgreSQL spelling', true),
-- between date and time types
('timestamp_to_timestamptz', 'cast', 80, '{timestamp}', '{timestamptz}', NULL, 1,
 '{value} AT TIME ZONE {zone}', false, NULL, 'local timestamps read in the stated zone (options.time_zone, default the session''s TimeZone)', true),
('timestamptz_to_timestamp', 'cast', 80, '{timestamptz}', '{timestamp}', NULL, 1,
 '{value} AT TIME ZONE {zone}', false, NULL, 'timestamps with zone as local time of the stated zone', true),
('date_to_timestamp', 'cast', 80, '{date}', '{timestamp}', NULL, 1, '{value}::timestamp', false, NULL, 'midnight of the date', true),
('date_to_timestamptz', 'cast', 80, '{date}', '{timestamptz}', NULL, 1,
 '{value}::timestamp AT TIME ZONE {zone}', false, NULL, 'midnight of the date in the stated zone', true),
('timestamp_to_date', 'cast', 80, '{timestamp,timestamptz}', '{date}', NULL, 1, '{value}::date', true,
 '{value}::time <> ''00:00''', 'the date part; a value with a time of day would lose it', true),
-- booleans
('text_to_boolean_yn', 'cast', 85, '{text}', '{boolean}', '^\s*[YyNn]\s*$', 1,
 '@extschema@.parse_boolean({value})', false, NULL, 'Y/N flags', true),
('text_to_boolean_yesno', 'cast', 85, '{text}', '{boolean}', '^\s*([Yy][Ee][Ss]|[Nn][Oo])\s*$', 1,
 '@extschema@.parse_boolean({value})', false, NULL, 'yes/no flags', true),
('text_to_boolean_01', 'cast', 85, '{text}', '{boolean}', '^\s*[01]\s*$', 1,
 '@extschema@.parse_boolean({value})', false, NULL, '1/0 flags', true),
('text_to_boolean', 'cast', 60, '{text}', '{boolean}', NULL, 1,
 '@extschema@.parse_boolean({value})', false, NULL, 'true/false, t/f, yes/no, y/n, 1/0, on/off in any case, mixed', true),
('integer_to_boolean', 'cast', 80, '{integer,numeric}', '{boolean}', NULL, 1,
 'CASE {value} WHEN 1 THEN true WHEN 0 THEN false END', false, NULL, '1 is true, 0 is false, anything else does not convert', true),
('boolean_to_integer', 'cast', 80, '{boolean}', '{integer,numeric}', NULL, 1, '{value}::integer', false, NULL, 'true is 1, false is 0', true),
-- numbers between themselves
('integer_to_integer', 'cast', 80, '{integer}', '{integer}', NULL, 1, '{value}', false, NULL,
 'wider or narrower integers; a value out of the target range is reported, never wrapped', true),
('integer_to_numeric', 'cast', 80, '{integer}', '{numeric,float}', NULL, 1, '{value}', false, NULL, 'integers as decimals', true),
('numeric_rescale', 'cast', 80, '{numeric}', '{numeric}', NULL, 1, '{value}', true, NULL,
 'precision and scale changes; values that would be rounded or overflow are reported', true),
('numeric_to_float', 'cast', 75, '{numeric,integer}', '{float}', NULL, 1, '{value}::{target_type}', false, NULL, 'decimals as floating point', true),
('float_to_numeric', 'cast', 75, '{float}', '{numeric}', NULL, 1, '{value}::numeric', true,
 '{value} <> ''NaN''::float8 AND {value}::numeric::float8 <> {value}', 'floating point as decimals', true),
('to_integer_exact', 'cast', 80, '{numeric,float}', '{integer}', NULL, 1, '{value}', true,
 '{value} <> trunc({value})', 'numbers with a fraction would be rounded: reported instead', true),
('money_to_numeric', 'cast', 80, '{money}', '{numeric,float}', NULL, 1, '{value}::numeric', false, NULL, 'money as a plain decimal', true),
('numeric_to_money', 'cast', 80, '{numeric,integer}', '{money}', NULL, 1, '{value}::numeric::money', true,
 '{value}::numeric <> {value}::numeric::money::numeric', 'decimals into money (rounded to the currency''s cents: reported)', true),
-- identifiers, documents, enumerations, domains
('text_to_uuid', 'cast', 80, '{text}', '{uuid}', NULL, 1,
 '@extschema@.try_cast(btrim({value}), NULL::uuid)', false, NULL, 'UUIDs in any PostgreSQL spelling', true),
('text_to_jsonb', 'cast', 80, '{text}', '{json}', NULL, 1,
 '@extschema@.try_cast({value}, NULL::{target_type})', false, NULL, 'JSON documents stored as text', true),
('json_to_jsonb', 'cast', 80, '{json}', '{json}', NULL, 1, '{value}::{target_type}', false, NULL, 'json and jsonb into each other', true),
('text_to_enum', 'cast', 70, '{text}', '{enum}', NULL, 1,
 '@extschema@.try_cast(btrim({value}), NULL::{target_type})', false, NULL,
 'labels of the target enum, exact spelling only (choose it in options.columns for case-sensitive labels)', true),
('text_to_enum_case', 'cast', 80, '{text}', '{enum}', NULL, 1,
 '@extschema@.try_cast(coalesce((SELECT l FROM unnest(enum_range(NULL::{target_type})::text[]) l WHERE lower(l) = lower(btrim({value})) LIMIT 1), btrim({value})), NULL::{target_type})',
 false, NULL, 'labels of the target enum in any case', true),
('to_domain', 'cast', 70, '{any}', '{domain}', NULL, 1,
 '@extschema@.try_cast({value}::text, NULL::{target_type})', false, NULL,
 'values into a domain: a value its CHECK rejects does not convert', true),
('any_to_text', 'cast', 40, '{any}', '{text}', NULL, 1, '{value}::text', false, NULL, 'the text form of any value', true),
('text_to_any', 'cast', 10, '{text}', '{any}', NULL, 1,
 '@extschema@.try_cast({value}, NULL::{target_type})', false, NULL,
 'the text form of a type no other rule knows (inet, bytea, arrays, ranges, geometric types...), read by the type''s own input function; a value it rejects does not convert', true),
-- restructuring
('split_full_name', 'split', 80, '{text}', '{text}', '\S\s+\S', 0.5,
 '@extschema@.split_name({value}, {part}, {first_names})', false, NULL,
 'one name column into first and last name ("Ann Smith" or "Smith, Ann"); in longer names, words the column uses as first names elsewhere stay with the first name ("Mary Ann Smith")', true),
('merge_columns', 'merge', 80, '{any}', '{text}', NULL, 1,
 'nullif(concat_ws('' '', {values}), '''')', false, NULL, 'several columns into one, separated by a space (first and last name into a full name)', true),
('rename_column', 'rename', 80, '{any}', '{any}', NULL, 1, '{value}', false, NULL, 'a column under another name', true),
('nest_into_jsonb', 'nest', 80, '{any}', '{json}', NULL, 1,
 'jsonb_build_object({pairs})::{target_type}', false, NULL, 'flat columns into one JSON object (address_city, address_zip into address)', true),
('flatten_jsonb', 'flatten', 80, '{json}', '{any}', NULL, 1,
 '(@extschema@.try_cast({value}::text, NULL::jsonb) ->> {key})', false, NULL,
 'a key of a JSON object into its own column (then converted by a cast rule)', true);

-------------------------------------------------------------------------------
-- Planning: match columns, choose rules, build the expressions and checks
-------------------------------------------------------------------------------

-- The columns of a table as remediation sees them.
CREATE TYPE @extschema@._relcolumn AS (
	attnum smallint, name text, norm text, typ regtype, type_text text, family text,
	typmod integer, not_null boolean, default_expr text, generated boolean, identity text);

CREATE FUNCTION @extschema@._relcolumns(rel regclass)
RETURNS SETOF @extschema@._relcolumn
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $$
	SELECT a.attnum, a.attname::text, @extschema@.normalize_name(a.attname::text), a.atttypid::regtype,
		   format_type(a.atttypid, a.atttypmod), @extschema@.type_family(a.atttypid), a.atttypmod,
		   a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attgenerated <> '', a.attidentity::text
	  FROM pg_attribute a
	  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
	 WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped
	 ORDER BY a.attnum
$$;

-- The relation to read when measuring: the table itself, or a repeatable
-- sample of about n rows when it is larger (n <= 0: all rows).
CREATE FUNCTION @extschema@._sample_from(rel regclass, n bigint)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $$
DECLARE
	est double precision;
BEGIN
	SELECT c.reltuples INTO est FROM pg_class c WHERE c.oid = rel;
	IF n IS NULL OR n <= 0 THEN
		RETURN rel::text;
	END IF;
	IF est < 0 THEN					-- never analysed: count
		EXECUTE format('SELECT count(*) FROM %s', rel) INTO est;
	END IF;
	IF est <= n THEN
		RETURN rel::text;
	END IF;
	-- SYSTEM sampling reads only the sampled pages: a small sample of a
	-- large table costs a few pages, not a scan
	RETURN format('(SELECT *, ctid FROM %s TABLESAMPLE SYSTEM (%s) REPEATABLE (0) LIMIT %s)',
				  rel, least(100, 110.0 * n / est), n);
END;
$$;

-- Day/month order of a text column from its detection profile.
CREATE FUNCTION @extschema@._field_order(profile jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
	SELECT CASE
		WHEN EXISTS (SELECT FROM (SELECT profile ->> 'format' AS f UNION ALL
								  SELECT jsonb_array_elements_text(coalesce(profile -> 'formats', '[]'))) x
					  WHERE f ~ '^MM?[/.-]DD?') THEN 'MDY'
		WHEN EXISTS (SELECT FROM (SELECT profile ->> 'format' AS f UNION ALL
								  SELECT jsonb_array_elements_text(coalesce(profile -> 'formats', '[]'))) x
					  WHERE f ~ '^DD?[/.-]MM?[/.-]') THEN 'DMY'
		ELSE 'auto' END
$$;

-- Words that commonly end a compound first name ("Mary Ann", "Jean Pierre",
-- "José Luis", "Anna Maria") and are rarely surnames: in a name of three or
-- more words they stay with the first name.  Words that are also common
-- surnames (Thomas, James, Lee, Rose...) are left out on purpose.
CREATE FUNCTION @extschema@._compound_first_names()
RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
	SELECT ARRAY['Ann', 'Anne', 'Anna', 'Ana', 'Maria', 'María', 'Marie', 'Mary', 'Jane', 'Jean', 'Jeanne',
				 'Pierre', 'Luis', 'Luís', 'Carlos', 'Miguel', 'Antonio', 'António', 'José', 'Jose', 'Juan',
				 'Manuel', 'Carmen', 'Elizabeth', 'Louise', 'Luise', 'Claude', 'Michel', 'Michelle', 'François',
				 'Francois', 'Françoise', 'Philippe', 'Christophe', 'Eduardo', 'Fernando', 'Javier', 'Ángel',
				 'Isabel', 'Isabelle', 'Teresa', 'Thérèse', 'Lynn', 'Sue', 'Beth', 'Jo', 'Kay', 'Mae', 'Helena',
				 'Sofia', 'Sophie', 'Eugenia', 'Alberto', 'Andrés', 'Pablo', 'Ignacio', 'Felipe', 'Ramón',
				 'Rafael', 'Francisco', 'Joaquín', 'Fernanda', 'Clara', 'Elena', 'Lucía', 'Lucia', 'Luisa',
				 'Pia', 'Ray', 'Marc', 'Marco', 'Luca', 'Paolo', 'Giovanni', 'Giuseppe', 'Dominique',
				 'Hélène', 'Noëlle', 'Cécile', 'Josée', 'Joseph', 'Josef', 'Karl', 'Heinz', 'Dieter', 'Peter',
				 'Christian', 'Christine', 'Joël', 'Yves', 'Alain', 'Gabriel', 'Gabrielle', 'Victoria',
				 'Carolina', 'Cristina', 'Beatriz', 'Inés', 'Paula', 'Patricia', 'Eva', 'Lou', 'Belle',
				 'Jorge', 'Vicente', 'Emilio', 'Enrique', 'Ricardo', 'Roberto', 'Alejandro', 'Mateo']
$$;


-- Day/month order of numeric dates in a text column, told by the values:
-- a first field above 12 means day first, a second field above 12 month
-- first (ten to one at least); when the values do not tell, the detection
-- profile decides, then the parser's default (month first when ambiguous).
CREATE FUNCTION @extschema@._day_month_order(src_expr text, sample text, profile jsonb)
RETURNS text
LANGUAGE plpgsql STABLE
AS $$
DECLARE
	dmy bigint;
	mdy bigint;
BEGIN
	EXECUTE format('SELECT count(*) FILTER (WHERE v ~ ''^\s*(1[3-9]|2[0-9]|3[01])[/.-](0?[1-9]|1[0-2])[/.-][0-9]''), '
				   'count(*) FILTER (WHERE v ~ ''^\s*(0?[1-9]|1[0-2])[/.-](1[3-9]|2[0-9]|3[01])[/.-][0-9]'') '
				   'FROM (SELECT (%s)::text AS v FROM %s s) x', src_expr, sample) INTO dmy, mdy;
	-- a stray bad value ("31/02/2013" among US dates) must not decide
	IF dmy > 0 AND dmy >= 10 * mdy THEN RETURN 'DMY'; END IF;
	IF mdy > 0 AND mdy >= 10 * dmy THEN RETURN 'MDY'; END IF;
	RETURN @extschema@._field_order(profile);
END;
$$;

-- Decimal mark of the numbers in a text column, told by the values: a comma
-- followed by one or two digits at the end (12,50) or after a dot group
-- (1.234,5) means comma; a dot followed by one, two or four and more digits,
-- or after a comma group (1,234.5), means dot.  "40.888" alone says
-- nothing: the detection profile decides, then the dot.  Never 'auto', so
-- that a column is read one way, not value by value.
CREATE FUNCTION @extschema@._decimal_mark(src_expr text, sample text, profile jsonb)
RETURNS text
LANGUAGE plpgsql STABLE
AS $$
DECLARE
	comma bigint;
	dot bigint;
BEGIN
	EXECUTE format('SELECT count(*) FILTER (WHERE v ~ ''[0-9],[0-9]{1,2}([^0-9]*)$'' OR v ~ ''[0-9]\.[0-9]{3},[0-9]''), '
				   'count(*) FILTER (WHERE v ~ ''[0-9]\.([0-9]{1,2}|[0-9]{4,})([^0-9]*)$'' OR v ~ ''[0-9],[0-9]{3}\.[0-9]'') '
				   'FROM (SELECT (%s)::text AS v FROM %s s) x', src_expr, sample) INTO comma, dot;
	IF comma > dot THEN RETURN ','; END IF;
	IF dot > comma THEN RETURN '.'; END IF;
	RETURN coalesce(profile -> 'format' ->> 'decimal', '.');
END;
$$;

-- The policy for values of a column that do not convert: the column's
-- option, then the rule's, then the run's; quarantine by default.
CREATE FUNCTION @extschema@._policy(options jsonb, col_opt jsonb, rule_name text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
	p text := coalesce(col_opt ->> 'on_error', options -> 'rules' -> rule_name ->> 'on_error',
					   options ->> 'on_error', 'quarantine');
BEGIN
	IF p NOT IN ('quarantine', 'abort', 'null', 'default', 'synthesize', 'widen') THEN
		RAISE EXCEPTION 'invalid remediation option: unknown on_error policy "%"', p
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Use quarantine, abort, null, default, synthesize or widen.';
	END IF;
	RETURN p;
END;
$$;

-- The enabled rules of a kind that apply from one type to another, best
-- first: the built-in ones and the caller's own, never those of another
-- role (not even one the caller is a member of, nor for a superuser), so
-- that a plan only runs SQL its caller wrote.
CREATE FUNCTION @extschema@._rule_candidates(src regtype, tgt regtype, rule_kind text, disabled text[])
RETURNS SETOF @extschema@.rules
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $$
	SELECT r.* FROM @extschema@.rules r
	 WHERE r.enabled AND r.kind = rule_kind AND NOT (r.builtin AND r.name = 'same_type')
	   AND (r.builtin OR r.owner = current_user::regrole)
	   AND NOT (r.name = ANY (coalesce(disabled, '{}')))
	   AND r.source_types && ARRAY['any', @extschema@.type_family(src), format_type(src, NULL), src::text]
	   AND r.target_types && ARRAY['any', @extschema@.type_family(tgt), format_type(tgt, NULL), tgt::text]
	 ORDER BY r.priority DESC, r.builtin, r.id
$$;

-- A SQL text expression giving a reject reason: prefix, the offending
-- value (cut to 100 characters) and suffix.
CREATE FUNCTION @extschema@._reason(prefix text, value_expr text, suffix text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
	SELECT CASE WHEN value_expr IS NULL THEN quote_literal(prefix || suffix)
		ELSE format('%L || quote_nullable(left((%s)::text, 100)) || %L', prefix, value_expr, suffix) END
$$;

-- Choose the cast rule for one source expression and one target type, and
-- fill its template.  Rules with a condition are tried on the sample: the
-- first (by priority) whose condition holds for min_share of the non-missing
-- values wins; without a sample only unconditional rules are considered.
-- Returns NULL when no rule converts between the two types.
CREATE FUNCTION @extschema@._cast_step(src_expr text, src_type regtype, tgt_type regtype, tgt_type_text text,
									   params jsonb, rule_name text, disabled text[], sample text,
									   check_rel text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	r @extschema@.rules;
	cands @extschema@.rules[];
	shares bigint[];
	q text := '';
	why text;
	conv text;
	conv_type text;
BEGIN
	IF rule_name IS NOT NULL THEN
		SELECT * INTO r FROM @extschema@.rules x
		 WHERE x.name = rule_name AND x.enabled AND (x.builtin OR x.owner = current_user::regrole)
		 ORDER BY x.builtin, x.id LIMIT 1;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'unknown remediation rule "%"', rule_name
				USING ERRCODE = 'undefined_object',
					  HINT = 'List the rules with SELECT name FROM synthmig.rules WHERE enabled.';
		END IF;
		why := 'chosen in options';
	ELSIF src_type = tgt_type AND coalesce(@extschema@.type_family(src_type), '') <> 'text' THEN
		-- (text to text still goes through the rules: placeholders, blanks)
		SELECT * INTO r FROM @extschema@.rules x WHERE x.builtin AND x.name = 'same_type';
		why := 'same type';
	ELSE
		cands := ARRAY(SELECT c FROM @extschema@._rule_candidates(src_type, tgt_type, 'cast', disabled) c);
		IF cardinality(cands) = 0 THEN
			RETURN NULL;
		END IF;
		IF sample IS NOT NULL AND EXISTS (SELECT FROM unnest(cands) c WHERE c.condition IS NOT NULL) THEN
			FOR i IN 1 .. cardinality(cands) LOOP
				q := q || format(', count(*) FILTER (WHERE v ~ %L)', coalesce(cands[i].condition, ''));
			END LOOP;
			-- numerators count every value (a rule may target placeholders),
			-- the denominator the values that are not missing
			EXECUTE format('SELECT ARRAY[count(*) FILTER (WHERE NOT m)%s] FROM '
						   '(SELECT v, @extschema@.is_missing(v) AS m FROM (SELECT (%s)::text AS v FROM %s s) a) b',
						   q, src_expr, sample) INTO shares;
		END IF;
		FOR i IN 1 .. cardinality(cands) LOOP
			r := cands[i];
			IF r.condition IS NULL THEN
				why := 'highest-priority rule for these types';
			ELSIF shares IS NOT NULL AND shares[1] > 0 AND shares[i + 1] >= r.min_share * shares[1] THEN
				why := format('%s of %s sampled values match %s', shares[i + 1], shares[1], r.condition);
			ELSE
				why := NULL;
			END IF;
			-- the filled template must also be valid for these exact types
			-- (a rule written for a family may not fit every member of it)
			IF why IS NOT NULL AND check_rel IS NOT NULL THEN
				BEGIN
					EXECUTE format('SELECT (%s)::%s FROM %s s LIMIT 0',
								   @extschema@._fill(r.template, src_expr, tgt_type_text, params), tgt_type_text, check_rel);
				EXCEPTION WHEN OTHERS THEN
					why := NULL;
				END;
			END IF;
			EXIT WHEN why IS NOT NULL;
			r := NULL;
		END LOOP;
		IF r.id IS NULL THEN
			RETURN NULL;
		END IF;
	END IF;
	conv := @extschema@._fill(r.template, src_expr, tgt_type_text, params);
	IF NOT @extschema@._is_one_expression(conv) THEN
		RAISE EXCEPTION 'remediation rule "%" does not make one SQL expression here', r.name
			USING ERRCODE = 'syntax_error', DETAIL = format('expression: %s', left(conv, 500)),
				  HINT = 'Disable the rule (options.disable_rules) or fix its template.';
	END IF;
	-- the type the conversion yields, for cheaper checks
	IF check_rel IS NOT NULL THEN
		BEGIN
			EXECUTE format('SELECT pg_typeof(q.x)::text FROM (SELECT 1) d LEFT JOIN (SELECT (%s) AS x FROM %s s LIMIT 0) q ON true',
						   conv, check_rel) INTO conv_type;
		EXCEPTION WHEN OTHERS THEN
			conv_type := NULL;
		END;
	END IF;
	RETURN jsonb_build_object(
		'rule', r.name, 'why', why, 'conv', conv, 'conv_type', conv_type, 'lossy', r.lossy,
		'identity', r.template = '{value}',
		'loss_check', CASE WHEN r.loss_check IS NOT NULL THEN
			@extschema@._fill(r.loss_check, src_expr, tgt_type_text, params || jsonb_build_object('result', conv)) END);
END;
$$;

-- Match the columns of a source table to those of a target table.  Returns
-- an object keyed by target column: {sources, kind, confidence, method,
-- params}.  Passes, each only on what is still unmatched: the options'
-- explicit mapping; names (exact, normalised, table prefix, same words,
-- shared words); name splits and merges; flat columns nested into JSON and
-- JSON keys flattened; the format of the values (e-mail, phone, postal
-- code, URL, IP, UUID) against the target's name; finally types (the
-- detected type of text columns).
CREATE FUNCTION @extschema@._match_columns(source regclass, target regclass, col_opts jsonb, prof jsonb, sample text)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	src_name text := @extschema@.normalize_name((SELECT relname FROM pg_class WHERE oid = source)::text);
	tgt_name text := @extschema@.normalize_name((SELECT relname FROM pg_class WHERE oid = target)::text);
	maps jsonb := '{}';
	used text[] := '{}';
	r record;
	t record;
	s record;
	v jsonb;
	srcs jsonb;
	pairs text[];
	keys text[];
	k text;
	n integer;
	split_src text;
	scols @extschema@._relcolumn[];
	tcols @extschema@._relcolumn[];
BEGIN
	scols := ARRAY(
		SELECT ROW(c.attnum, c.name, c.norm, c.typ, c.type_text,
				   CASE WHEN c.family = 'text' AND coalesce((prof -> c.name ->> 'null_rate')::float8, 0) < 1
						THEN coalesce(@extschema@.type_family(to_regtype(prof -> c.name ->> 'type')), c.family)
						ELSE c.family END,
				   c.typmod, c.not_null, c.default_expr, c.generated, c.identity)::@extschema@._relcolumn
		  FROM @extschema@._relcolumns(source) c);
	tcols := ARRAY(SELECT c FROM @extschema@._relcolumns(target) c WHERE NOT c.generated);

	-- 1. explicit mapping in options: {"target_col": "source_col" | null | {"source": ..., "rule": ...}}
	FOR k, v IN SELECT * FROM jsonb_each(coalesce(col_opts, '{}')) LOOP
		IF NOT EXISTS (SELECT FROM unnest(tcols) WHERE name = k) THEN
			RAISE EXCEPTION 'invalid remediation option: target column "%" does not exist in %', k, target
				USING ERRCODE = 'undefined_column', HINT = 'Keys of options.columns are target column names.';
		END IF;
		srcs := CASE jsonb_typeof(v) WHEN 'string' THEN jsonb_build_array(v)
							 WHEN 'object' THEN CASE jsonb_typeof(v -> 'source') WHEN 'string' THEN jsonb_build_array(v -> 'source')
												WHEN 'array' THEN v -> 'source' END
							 END;
		IF jsonb_typeof(v) = 'object' AND NOT v ? 'source' THEN
			CONTINUE;				-- only a rule or a policy for a column matched below
		END IF;
		FOR r IN SELECT jsonb_array_elements_text(coalesce(srcs, '[]')) AS sn LOOP
			IF NOT EXISTS (SELECT FROM unnest(scols) WHERE name = r.sn) THEN
				RAISE EXCEPTION 'invalid remediation option: source column "%" does not exist in %', r.sn, source
					USING ERRCODE = 'undefined_column', DETAIL = format('options.columns.%s', k);
			END IF;
			used := used || r.sn;
		END LOOP;
		maps := maps || jsonb_build_object(k, jsonb_build_object(
			'sources', coalesce(srcs, '[]'),
			'kind', CASE WHEN jsonb_array_length(coalesce(srcs, '[]')) > 1 THEN 'merge' ELSE 'cast' END,
			'confidence', 1, 'method', 'options'));
	END LOOP;

	-- 2. names
	FOR r IN
		SELECT a.name AS sn, b.name AS tn, @extschema@._name_score(a.name, b.name, a.norm, b.norm, src_name, tgt_name) AS sc
		  FROM unnest(scols) a, unnest(tcols) b
		 ORDER BY 3 DESC, b.attnum, a.attnum
	LOOP
		EXIT WHEN r.sc < 0.6;
		CONTINUE WHEN maps ? r.tn OR r.sn = ANY (used);
		maps := maps || jsonb_build_object(r.tn, jsonb_build_object(
			'sources', jsonb_build_array(r.sn), 'kind', 'cast', 'confidence', r.sc,
			'method', CASE WHEN r.sc = 1 THEN 'same name' WHEN r.sc >= 0.95 THEN 'normalised name'
						   WHEN r.sc >= 0.85 THEN 'name without table prefix' WHEN r.sc >= 0.8 THEN 'same words'
						   ELSE 'shared words' END));
		used := used || r.sn;
	END LOOP;

	-- 3. one name column split into first and last name
	FOR t IN SELECT * FROM unnest(tcols) WHERE family = 'text' AND NOT maps ? name
			   AND norm ~ '(^|_)(first|last)(_|$)' AND norm ~ 'name' ORDER BY attnum LOOP
		IF split_src IS NULL THEN
			SELECT c.name INTO split_src FROM unnest(scols) c
			 WHERE c.family = 'text' AND NOT c.name = ANY (used)
			   AND c.norm ~ '(^|_)name$' AND c.norm !~ '(^|_)(first|last|middle)(_|$)'
			 ORDER BY (c.norm = 'full_name') DESC, (c.norm = 'name') DESC, c.attnum LIMIT 1;
		END IF;
		EXIT WHEN split_src IS NULL;
		maps := maps || jsonb_build_object(t.name, jsonb_build_object(
			'sources', jsonb_build_array(split_src), 'kind', 'split', 'confidence', 0.8, 'method', 'name split',
			'params', jsonb_build_object('part', CASE WHEN t.norm ~ 'first' THEN 'first' ELSE 'last' END)));
	END LOOP;
	IF split_src IS NOT NULL THEN
		used := used || split_src;
	END IF;

	-- 4. first and last name merged into one name column
	FOR t IN SELECT * FROM unnest(tcols) WHERE family = 'text' AND NOT maps ? name
			   AND norm ~ '(^|_)name$' AND norm !~ '(^|_)(first|last|middle)(_|$)' ORDER BY attnum LOOP
		pairs := ARRAY(SELECT c.name FROM unnest(scols) c
						WHERE NOT c.name = ANY (used) AND c.norm ~ 'name' AND c.norm ~ '(^|_)(first|middle|last)(_|$)'
						ORDER BY CASE WHEN c.norm ~ 'first' THEN 1 WHEN c.norm ~ 'middle' THEN 2 ELSE 3 END, c.attnum);
		IF cardinality(pairs) >= 2 THEN
			maps := maps || jsonb_build_object(t.name, jsonb_build_object(
				'sources', to_jsonb(pairs), 'kind', 'merge', 'confidence', 0.8, 'method', 'name merge'));
			used := used || pairs;
		END IF;
	END LOOP;

	-- 5. flat columns nested into a JSON column named like their prefix
	FOR t IN SELECT * FROM unnest(tcols) WHERE family = 'json' AND NOT maps ? name ORDER BY attnum LOOP
		pairs := ARRAY(SELECT c.name FROM unnest(scols) c
						WHERE NOT c.name = ANY (used) AND starts_with(c.norm, t.norm || '_') ORDER BY c.attnum);
		IF cardinality(pairs) >= 1 THEN
			maps := maps || jsonb_build_object(t.name, jsonb_build_object(
				'sources', to_jsonb(pairs), 'kind', 'nest', 'confidence', 0.75, 'method', 'name prefix',
				'params', jsonb_build_object('keys', (SELECT jsonb_agg(substr(c.norm, length(t.norm) + 2) ORDER BY c.attnum)
														FROM unnest(scols) c WHERE c.name = ANY (pairs)))));
			used := used || pairs;
		END IF;
	END LOOP;

	-- 6. keys of a JSON column flattened into columns
	FOR s IN SELECT * FROM unnest(scols) WHERE family = 'json' OR typ IN ('json'::regtype, 'jsonb'::regtype) ORDER BY attnum LOOP
		EXECUTE format('SELECT array_agg(DISTINCT k) FROM (SELECT jsonb_object_keys(j) AS k FROM '
					   '(SELECT @extschema@.try_cast((s.%I)::text, NULL::jsonb) AS j FROM %s s LIMIT 1000) a WHERE jsonb_typeof(j) = ''object'') b',
					   s.name, sample) INTO keys;
		CONTINUE WHEN keys IS NULL;
		FOR t IN SELECT * FROM unnest(tcols) WHERE NOT maps ? name ORDER BY attnum LOOP
			SELECT kk INTO k FROM unnest(keys) kk
			 WHERE @extschema@.normalize_name(kk) IN (t.norm, CASE WHEN starts_with(t.norm, s.norm || '_')
															   THEN substr(t.norm, length(s.norm) + 2) END)
			 ORDER BY (kk = t.name) DESC LIMIT 1;
			IF k IS NOT NULL THEN
				maps := maps || jsonb_build_object(t.name, jsonb_build_object(
					'sources', jsonb_build_array(s.name), 'kind', 'flatten', 'confidence', 0.75, 'method', 'JSON key',
					'params', jsonb_build_object('key', k)));
				used := used || s.name;
			END IF;
		END LOOP;
	END LOOP;

	-- 7. formats: a source column whose values look like e-mail addresses,
	-- phone numbers, postal codes, URLs, IP addresses or UUIDs, for a target
	-- column named for that kind of value
	FOR t IN SELECT * FROM unnest(tcols) WHERE NOT maps ? name ORDER BY attnum LOOP
		SELECT c.name, prof -> c.name ->> 'semantic' AS sem INTO r
		  FROM unnest(scols) c
		 WHERE NOT c.name = ANY (used)
		   AND t.norm ~ CASE prof -> c.name ->> 'semantic'
							WHEN 'email' THEN '(^|_)(email|mail)(_|$)'
							WHEN 'phone' THEN '(^|_)(phone|mobile|cell|fax)(_|$)'
							WHEN 'postal_code' THEN '(^|_)postal(_|$)'
							WHEN 'url' THEN '(^|_)(url|website|web|link|homepage)(_|$)'
							WHEN 'ip' THEN '(^|_)(ip|ip_address|host)(_|$)'
							WHEN 'uuid' THEN '(^|_)(uuid|guid)(_|$)'
							ELSE '^$' END
		 ORDER BY c.attnum LIMIT 1;
		CONTINUE WHEN r.name IS NULL;
		maps := maps || jsonb_build_object(t.name, jsonb_build_object(
			'sources', jsonb_build_array(r.name), 'kind', 'cast', 'confidence', 0.7,
			'method', format('values look like %s', r.sem)));
		used := used || r.name;
	END LOOP;

	-- 8. types: a target column and a source column left alone with the same
	-- (detected) family, sharing a word, or the only such pair
	FOR t IN SELECT * FROM unnest(tcols) WHERE NOT maps ? name ORDER BY attnum LOOP
		SELECT count(*) INTO n FROM unnest(scols) c WHERE NOT c.name = ANY (used) AND c.family = t.family;
		SELECT c.name, @extschema@._name_score(c.name, t.name, c.norm, t.norm, src_name, tgt_name) AS sc INTO r
		  FROM unnest(scols) c
		 WHERE NOT c.name = ANY (used) AND c.family = t.family
		 ORDER BY 2 DESC, c.attnum LIMIT 1;
		CONTINUE WHEN r.name IS NULL;
		IF r.sc > 0 OR (n = 1 AND (SELECT count(*) FROM unnest(tcols) x WHERE NOT maps ? x.name AND x.family = t.family) = 1) THEN
			maps := maps || jsonb_build_object(t.name, jsonb_build_object(
				'sources', jsonb_build_array(r.name), 'kind', 'cast',
				'confidence', CASE WHEN r.sc > 0 THEN 0.6 ELSE 0.5 END,
				'method', CASE WHEN r.sc > 0 THEN 'type and shared words' ELSE 'only column of this type left' END));
			used := used || r.name;
		END IF;
	END LOOP;
	RETURN maps;
END;
$$;

-- The plan for one table pair: for every target column where its value
-- comes from (kind, sources, rule and why, confidence), the conversion
-- expression over the source row "s", the checks that tell a value that
-- does not convert (each with its kind and the SQL of the reason), and the
-- policy for such values; plus the target's keys and foreign keys, the
-- source columns nothing reads, and the problems found while planning.
-- in_place builds expressions over bare column names (ALTER TABLE ... USING).
CREATE FUNCTION @extschema@._plan_table(source regclass, target regclass, options jsonb DEFAULT '{}',
										in_place boolean DEFAULT false)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	alias text := CASE WHEN in_place THEN '' ELSE 's.' END;
	col_opts jsonb := coalesce(options -> 'columns', '{}');
	disabled text[] := ARRAY(SELECT jsonb_array_elements_text(coalesce(options -> 'disable_rules', '[]')));
	zone text := coalesce(options ->> 'time_zone', current_setting('TimeZone'));
	rule_sample text := @extschema@._sample_from(source, 5000);
	prof jsonb;
	maps jsonb;
	m jsonb;
	copt jsonb;
	t @extschema@._relcolumn;
	sc @extschema@._relcolumn;
	st jsonb;
	cols jsonb := '[]';
	issues jsonb := '[]';
	checks jsonb;
	srcs text[];
	src_expr text;
	e1 text;
	conv text;
	rule_name text;
	struct_rule @extschema@.rules;
	params jsonb;
	kind text;
	pol text;
	n_p integer;
	n_s integer;
	lo numeric;
	hi numeric;
	used text[] := '{}';
	keys jsonb;
	fks jsonb;
	skey text;
	first_names text[];
	scols @extschema@._relcolumn[];
	two_digit_year text := '^\s*([0-9]{1,2}[/.-][0-9]{1,2}[/.-]|[0-9]{1,2}[ -]?[A-Za-z]{3,9}\.?[ -]?|[A-Za-z]{3,9}\.? [0-9]{1,2},? )[0-9]{2}([^0-9]|$)';
BEGIN
	IF source = target THEN
		RAISE EXCEPTION 'source and target are the same table: %', source
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'To change a table in place, give a JSONB target definition instead of a table.';
	END IF;
	-- detection profiles of the source columns, on the rule sample
	EXECUTE format('SELECT jsonb_object_agg(p.column_name, p.profile) FROM @extschema@.profile_columns('
				   '(SELECT coalesce(jsonb_agg(to_jsonb(s) - ''ctid''), ''[]'') FROM %s s)) p', rule_sample)
	  INTO prof;
	maps := @extschema@._match_columns(source, target, col_opts, coalesce(prof, '{}'), rule_sample);

	scols := ARRAY(SELECT c FROM @extschema@._relcolumns(source) c);
	FOR t IN SELECT * FROM @extschema@._relcolumns(target) c WHERE NOT c.generated LOOP
		m := maps -> t.name;
		copt := CASE WHEN jsonb_typeof(col_opts -> t.name) = 'object' THEN col_opts -> t.name ELSE '{}' END;
		IF m IS NULL OR jsonb_array_length(m -> 'sources') = 0 THEN
			issues := issues || jsonb_build_object(
				'kind', 'missing_source', 'target_column', t.name, 'target_type', t.type_text,
				'fatal', t.not_null AND t.default_expr IS NULL AND t.identity = '',
				'detail', CASE WHEN t.default_expr IS NOT NULL OR t.identity <> '' THEN
									'no source column: filled by the default ' || coalesce(t.default_expr, 'identity')
							   WHEN NOT t.not_null THEN 'no source column: left NULL'
							   ELSE 'no source column, and the column is NOT NULL without a default' END);
			CONTINUE;
		END IF;
		srcs := ARRAY(SELECT jsonb_array_elements_text(m -> 'sources'));
		used := used || srcs;
		SELECT * INTO sc FROM unnest(scols) c WHERE c.name = srcs[1];
		src_expr := alias || quote_ident(srcs[1]);
		kind := m ->> 'kind';
		params := jsonb_build_object('zone', zone,
									 'field_order', CASE WHEN sc.family = 'text' AND t.family IN ('date', 'timestamp', 'timestamptz')
														 THEN @extschema@._day_month_order(src_expr, rule_sample, prof -> srcs[1])
														 ELSE @extschema@._field_order(prof -> srcs[1]) END,
									 'decimal_mark', CASE WHEN sc.family = 'text' AND t.family IN ('integer', 'numeric', 'float', 'money')
														  THEN @extschema@._decimal_mark(src_expr, rule_sample, prof -> srcs[1])
														  ELSE coalesce(prof -> srcs[1] -> 'format' ->> 'decimal', '.') END)
				  || coalesce(m -> 'params', '{}');
		checks := '[]';
		struct_rule := NULL;
		IF kind = 'cast' THEN
			st := @extschema@._cast_step(src_expr, sc.typ, t.typ, t.type_text, params, copt ->> 'rule',
										 disabled || CASE WHEN t.not_null THEN '{text_to_text_missing_as_null}'::text[] END,
										 rule_sample, rule_sample);
			IF st IS NULL THEN
				issues := issues || jsonb_build_object(
					'kind', 'unsupported_type', 'source_column', srcs[1], 'source_type', sc.type_text,
					'target_column', t.name, 'target_type', t.type_text, 'fatal', true,
					'detail', format('no enabled rule converts %s to %s', sc.type_text, t.type_text));
				CONTINUE;
			END IF;
			e1 := src_expr;
		ELSE
			SELECT * INTO struct_rule FROM @extschema@.rules r
			 WHERE r.enabled AND r.kind = m ->> 'kind' AND NOT (r.name = ANY (disabled))
			   AND (r.builtin OR r.owner = current_user::regrole)
			 ORDER BY r.priority DESC, r.builtin, r.id LIMIT 1;
			IF struct_rule.id IS NULL THEN
				issues := issues || jsonb_build_object('kind', 'unsupported_type', 'target_column', t.name, 'fatal', true,
					'detail', format('no enabled %s rule', m ->> 'kind'));
				CONTINUE;
			END IF;
			IF kind = 'split' THEN
				-- first names: words that start two-word names of the column
				-- more often than they end them, and the common second parts
				-- of compound first names unless the column uses them as
				-- last names
				EXECUTE format('WITH x AS (SELECT v FROM (SELECT regexp_replace(btrim((%s)::text), ''\s+'', '' '', ''g'') AS v '
							   'FROM %s s) a WHERE v ~ ''^[^ ,]+ [^ ,]+$''), '
							   'st AS (SELECT w, sum(f) AS f, sum(l) AS l FROM (SELECT split_part(v, '' '', 1) AS w, 1 AS f, 0 AS l FROM x '
							   'UNION ALL SELECT split_part(v, '' '', 2), 0, 1 FROM x) y GROUP BY w) '
							   'SELECT coalesce(array_agg(w ORDER BY w), ''{}'') FROM ('
							   '(SELECT w FROM st WHERE f > l ORDER BY f DESC, w LIMIT 5000) '
							   'UNION SELECT d FROM unnest(@extschema@._compound_first_names()) d '
							   'WHERE NOT EXISTS (SELECT FROM st WHERE st.w = d AND st.l > st.f)) z',
							   src_expr, rule_sample) INTO first_names;
				params := params || jsonb_build_object('first_names', first_names::text);
			ELSIF kind = 'merge' THEN
				params := params || jsonb_build_object('values',
					(SELECT string_agg(alias || quote_ident(x), ', ' ORDER BY o) FROM unnest(srcs) WITH ORDINALITY u(x, o)));
			ELSIF kind = 'nest' THEN
				params := params || jsonb_build_object('pairs',
					(SELECT string_agg(format('%L, %s%I', k, alias, x), ', ' ORDER BY o)
					   FROM unnest(srcs) WITH ORDINALITY u(x, o)
					   JOIN jsonb_array_elements_text(m -> 'params' -> 'keys') WITH ORDINALITY kk(k, ko) ON ko = o));
			END IF;
			e1 := @extschema@._fill(struct_rule.template, src_expr, t.type_text, params);
			IF kind = 'nest' THEN
				st := jsonb_build_object('rule', 'same_type', 'conv', e1, 'identity', true, 'why', 'built as ' || t.type_text);
			ELSE
				st := @extschema@._cast_step(e1, 'text'::regtype, t.typ, t.type_text,
											 params, copt ->> 'rule', disabled, NULL, rule_sample);
			END IF;
			IF st IS NULL THEN
				issues := issues || jsonb_build_object('kind', 'unsupported_type', 'target_column', t.name,
					'target_type', t.type_text, 'fatal', true, 'detail', format('no enabled rule converts text to %s', t.type_text));
				CONTINUE;
			END IF;
		END IF;
		conv := st ->> 'conv';
		-- two-digit years: the parser reads 00-69 as 20xx; a date that comes
		-- out more than ten years after the latest four-digit year of the
		-- column (or this year) belongs to the previous century
		IF sc.family = 'text' AND t.family IN ('date', 'timestamp', 'timestamptz') THEN
			EXECUTE format('SELECT count(*) FILTER (WHERE v ~ %L), '
						   'max(extract(year FROM c)) FILTER (WHERE v !~ %L) '
						   'FROM (SELECT (%s)::text AS v, %s AS c FROM %s s) x',
						   two_digit_year, two_digit_year, e1, conv, rule_sample)
			  INTO n_p, lo;
			IF n_p > 0 THEN
				conv := format('CASE WHEN (%s) > %L::timestamptz AND (%s)::text ~ %L THEN ((%s) - interval ''100 years'')::%s ELSE (%s) END',
							   conv, make_timestamptz(coalesce(lo::int, extract(year FROM now())::int) + 11, 1, 1, 0, 0, 0),
							   e1, two_digit_year, conv, t.type_text, conv);
			END IF;
		END IF;
		rule_name := st ->> 'rule';

		-- value does not convert
		IF NOT (st ->> 'identity')::boolean THEN
			checks := checks || jsonb_build_object(
				'kind', CASE t.family WHEN 'enum' THEN 'enum_mismatch' WHEN 'domain' THEN 'domain_mismatch' ELSE 'type_mismatch' END,
				'pred', format('(%s) IS NULL AND NOT @extschema@.is_missing((%s)::text)', conv, e1),
				'reason', @extschema@._reason(format('column %s: ', quote_ident(srcs[1])), e1,
							format(' cannot be converted to %s by rule %s', t.type_text, rule_name)),
				'detail', format('column %s: ', quote_ident(srcs[1])) || 'value' || format(' cannot be converted to %s by rule %s', t.type_text, rule_name));
		END IF;
		-- converts, but loses information
		IF st ->> 'loss_check' IS NOT NULL THEN
			checks := checks || jsonb_build_object(
				'kind', CASE WHEN t.family IN ('integer', 'numeric', 'money') THEN 'rounding' ELSE 'information_loss' END,
				'pred', format('coalesce((%s), false)', st ->> 'loss_check'),
				'reason', @extschema@._reason(format('column %s: ', quote_ident(srcs[1])), e1,
							format(' would lose information as %s (rule %s)', t.type_text, rule_name)),
				'detail', format('column %s: ', quote_ident(srcs[1])) || 'value' || format(' would lose information as %s (rule %s)', t.type_text, rule_name));
		END IF;
		-- fits the target's length, precision and range
		IF t.typ IN ('varchar'::regtype, 'bpchar'::regtype) AND t.typmod > 4
		   AND NOT (sc.typ = t.typ AND sc.typmod > 4 AND sc.typmod <= t.typmod AND kind = 'cast') THEN
			checks := checks || jsonb_build_object('kind', 'truncation',
				'pred', format('char_length((%s)::text) > %s', conv, t.typmod - 4),
				'reason', @extschema@._reason(format('column %s: ', quote_ident(srcs[1])), e1,
							format(' is longer than %s characters (%s)', t.typmod - 4, t.type_text)),
				'detail', format('column %s: ', quote_ident(srcs[1])) || 'value' || format(' is longer than %s characters (%s)', t.typmod - 4, t.type_text),
				'length', t.typmod - 4);
		ELSIF t.typ = 'numeric'::regtype AND t.typmod > 4
		   AND NOT (sc.typ = t.typ AND sc.typmod = t.typmod AND kind = 'cast') THEN
			n_p := ((t.typmod - 4) >> 16) & 65535;
			n_s := (t.typmod - 4) & 65535;
			checks := checks || jsonb_build_object('kind', 'rounding',
				'pred', format('scale((%s)::numeric) > %s AND (%s)::numeric <> round((%s)::numeric, %s)', conv, n_s, conv, conv, n_s),
				'reason', @extschema@._reason(format('column %s: ', quote_ident(srcs[1])), e1,
							format(' would be rounded to %s decimal places (%s)', n_s, t.type_text)),
				'detail', format('column %s: ', quote_ident(srcs[1])) || 'value' || format(' would be rounded to %s decimal places (%s)', n_s, t.type_text))
				|| jsonb_build_object('kind', 'overflow',
				'pred', format('abs((%s)::numeric) >= %s', conv, 10::numeric ^ (n_p - n_s) - 5 * 10::numeric ^ (-n_s - 1)),
				'reason', @extschema@._reason(format('column %s: ', quote_ident(srcs[1])), e1,
							format(' does not fit %s', t.type_text)),
				'detail', format('column %s: ', quote_ident(srcs[1])) || 'value' || format(' does not fit %s', t.type_text));
		ELSIF t.typ IN ('int2'::regtype, 'int4'::regtype)
		   AND NOT (sc.typ IN ('int2'::regtype, t.typ) AND kind = 'cast') THEN
			lo := CASE WHEN t.typ = 'int2'::regtype THEN -32768 ELSE -2147483648 END;
			hi := CASE WHEN t.typ = 'int2'::regtype THEN 32767 ELSE 2147483647 END;
			checks := checks || jsonb_build_object('kind', 'overflow',
				'pred', format(CASE WHEN st ->> 'conv_type' IN ('smallint', 'integer', 'bigint') THEN '(%s) NOT BETWEEN %s AND %s'
									ELSE '(%s)::numeric NOT BETWEEN %s AND %s' END, conv, lo, hi),
				'reason', @extschema@._reason(format('column %s: ', quote_ident(srcs[1])), e1,
							format(' is out of the range of %s', t.type_text)),
				'detail', format('column %s: ', quote_ident(srcs[1])) || 'value' || format(' is out of the range of %s', t.type_text));
		END IF;

		pol := @extschema@._policy(options, copt, rule_name);
		cols := cols || jsonb_build_object(
			'target', t.name, 'target_type', t.type_text, 'family', t.family, 'not_null', t.not_null,
			'default', t.default_expr, 'identity', t.identity, 'sources', to_jsonb(srcs),
			'source_type', sc.type_text, 'kind', CASE WHEN kind = 'cast' AND srcs[1] <> t.name THEN 'rename' ELSE kind END,
			'structure_rule', struct_rule.name,
			'rule', rule_name, 'why', st ->> 'why', 'lossy', coalesce((st ->> 'lossy')::boolean, false),
			'confidence', (m ->> 'confidence')::numeric, 'method', m ->> 'method',
			'params', params - 'values' - 'pairs', 'conv', conv, 'checks', checks, 'policy', pol);
	END LOOP;

	-- keys of the target, as lists of its columns
	SELECT coalesce(jsonb_agg(jsonb_build_object('name', c.conname, 'primary', c.contype = 'p',
			'columns', (SELECT jsonb_agg(a.attname ORDER BY k.o) FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
						  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n))
			ORDER BY c.contype, c.conname), '[]')
	  INTO keys FROM pg_constraint c WHERE c.conrelid = target AND c.contype IN ('p', 'u');
	-- foreign keys of the target
	SELECT coalesce(jsonb_agg(jsonb_build_object('name', c.conname, 'ref_table', c.confrelid::regclass::text,
			'ref_oid', c.confrelid::bigint, 'self', c.confrelid = c.conrelid,
			'columns', (SELECT jsonb_agg(a.attname ORDER BY k.o) FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
						  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n),
			'ref_columns', (SELECT jsonb_agg(a.attname ORDER BY k.o) FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
							  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n))
			ORDER BY c.conname), '[]')
	  INTO fks FROM pg_constraint c WHERE c.conrelid = target AND c.contype = 'f';
	-- how a quarantined row is identified: the source's primary key, else
	-- the source columns of the target's primary key, else its ctid
	SELECT 'jsonb_build_object(' || string_agg(format('%L, %s%I', a.attname, alias, a.attname), ', ' ORDER BY k.o) || ')'
	  INTO skey
	  FROM pg_constraint c, unnest(c.conkey) WITH ORDINALITY k(n, o), pg_attribute a
	 WHERE c.conrelid = source AND c.contype = 'p' AND a.attrelid = source AND a.attnum = k.n;
	IF skey IS NULL THEN
		SELECT 'jsonb_build_object(' || string_agg(format('%L, btrim((%s%I)::text)', s, alias, s), ', ') || ')' INTO skey
		  FROM jsonb_array_elements(keys) kk, jsonb_array_elements_text(kk -> 'columns') tc,
			   jsonb_array_elements(cols) cc, jsonb_array_elements_text(cc -> 'sources') s
		 WHERE (kk ->> 'primary')::boolean AND cc ->> 'target' = tc AND cc ->> 'kind' IN ('cast', 'rename');
	END IF;
	skey := coalesce(skey, format('jsonb_build_object(%L, %sctid::text)', 'ctid', alias));

	RETURN jsonb_build_object(
		'source', source::text, 'target', target::text,
		'source_oid', source::oid::bigint, 'target_oid', target::oid::bigint,
		'columns', cols, 'keys', keys, 'foreign_keys', fks, 'source_key', skey,
		'unmapped_source', (SELECT coalesce(jsonb_agg(jsonb_build_object('column', c.name, 'type', c.type_text) ORDER BY c.attnum), '[]')
							  FROM unnest(scols) c WHERE NOT c.name = ANY (used)),
		'issues', issues);
END;
$$;

-------------------------------------------------------------------------------
-- Expressions of a plan: the value of every target column, and the reason a
-- source row is quarantined
-------------------------------------------------------------------------------

-- OR of a column's conversion checks, or NULL when it has none.
CREATE FUNCTION @extschema@._fails(col jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE
AS $$
	SELECT string_agg('(' || (c ->> 'pred') || ')', ' OR ') FROM jsonb_array_elements(col -> 'checks') c
$$;

-- The value written into a target column, after its policy for values
-- that do not convert: NULL, the column default, or a value drawn from the
-- column's other converted values (synthesize, flagged in the report).
CREATE FUNCTION @extschema@._value_expr(col jsonb, pool text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
	fails text := @extschema@._fails(col);
	conv text := col ->> 'conv';
BEGIN
	IF fails IS NOT NULL THEN
		CASE col ->> 'policy'
			WHEN 'null' THEN conv := format('CASE WHEN %s THEN NULL ELSE %s END', fails, conv);
			WHEN 'default' THEN conv := format('CASE WHEN %s THEN %s ELSE %s END', fails, coalesce(col ->> 'default', 'NULL'), conv);
			WHEN 'synthesize' THEN conv := format('CASE WHEN %s THEN %s ELSE %s END', fails, coalesce(pool, 'NULL'), conv);
			ELSE NULL;
		END CASE;
	END IF;
	RETURN format('(%s)::%s', conv, col ->> 'target_type');
END;
$$;

-- The foreign keys of a plan's target as predicates over the source row:
-- true when the referenced row does not exist (in the target; for a
-- self-reference also among the source rows; when measuring before a run
-- also among the rows of the parent's source).
CREATE FUNCTION @extschema@._fk_checks(plan jsonb, finals jsonb, measure boolean, ref_finals jsonb DEFAULT NULL)
RETURNS TABLE (name text, cols text, pred text, reason text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $$
DECLARE
	fk jsonb;
	kexpr text;
	refsel text;
BEGIN
	FOR fk IN SELECT * FROM jsonb_array_elements(plan -> 'foreign_keys') LOOP
		CONTINUE WHEN EXISTS (SELECT FROM jsonb_array_elements_text(fk -> 'columns') x WHERE NOT finals ? x);
		kexpr := (SELECT string_agg(finals ->> x, ', ' ORDER BY o) FROM jsonb_array_elements_text(fk -> 'columns') WITH ORDINALITY u(x, o));
		refsel := format('SELECT %s FROM %s WHERE %s', (SELECT string_agg(quote_ident(x), ', ' ORDER BY o)
								  FROM jsonb_array_elements_text(fk -> 'ref_columns') WITH ORDINALITY u(x, o)),
						 (fk ->> 'ref_oid')::oid::regclass,
						 (SELECT string_agg(quote_ident(x) || ' IS NOT NULL', ' AND ')
							FROM jsonb_array_elements_text(fk -> 'ref_columns') x));
		IF (fk ->> 'self')::boolean THEN
			refsel := refsel || format(' UNION ALL SELECT %s FROM %s s',
				(SELECT string_agg(coalesce(ref_finals, finals) ->> x, ', ' ORDER BY o)
				   FROM jsonb_array_elements_text(fk -> 'ref_columns') WITH ORDINALITY u(x, o)),
				(plan ->> 'source_oid')::oid::regclass);
		ELSIF measure AND fk ? 'ref_select' THEN
			-- analysis before anything is loaded: the parent's rows are still in its source
			refsel := refsel || ' UNION ALL ' || (fk ->> 'ref_select');
		END IF;
		name := fk ->> 'name';
		cols := (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(fk -> 'columns') x);
		pred := format('(%s) AND (%s) NOT IN (%s)',
			(SELECT string_agg(format('(%s) IS NOT NULL', finals ->> x), ' AND ') FROM jsonb_array_elements_text(fk -> 'columns') x),
			kexpr, refsel);
		-- a large parent: probe its unique index row by row rather than
		-- build a hash of it (NOT IN is only hashed when it fits in memory)
		IF NOT (fk ->> 'self')::boolean AND NOT (measure AND fk ? 'ref_select')
		   AND (SELECT greatest(c.reltuples, 0) FROM pg_class c WHERE c.oid = (fk ->> 'ref_oid')::oid) > 1000000 THEN
			pred := format('(%s) AND NOT EXISTS (SELECT FROM %s p WHERE %s)',
				(SELECT string_agg(format('(%s) IS NOT NULL', finals ->> x), ' AND ') FROM jsonb_array_elements_text(fk -> 'columns') x),
				(fk ->> 'ref_oid')::oid::regclass,
				(SELECT string_agg(format('p.%I = %s', r, finals ->> c), ' AND ')
				   FROM jsonb_array_elements_text(fk -> 'columns') WITH ORDINALITY u(c, o)
				   JOIN jsonb_array_elements_text(fk -> 'ref_columns') WITH ORDINALITY v(r, p) ON p = o));
		END IF;
		reason := format('%L || (%s)::text || %L',
			format('no row of %s has %s = ', fk ->> 'ref_table', (fk -> 'ref_columns')::text),
			CASE WHEN jsonb_array_length(fk -> 'columns') = 1 THEN kexpr ELSE 'ROW(' || kexpr || ')' END,
			format(' (foreign key %s)', fk ->> 'name'));
		RETURN NEXT;
	END LOOP;
END;
$$;

-- The SELECT that finds the rows of a plan's source to quarantine, with
-- their ctid, key and reason (kind, source column, text, policy), over
-- the relation "rel" (the table, or a sample of it).  finals maps target
-- columns to their value expressions.
CREATE FUNCTION @extschema@._reject_select(plan jsonb, finals jsonb, rel text, target_empty boolean,
											 measure boolean DEFAULT false, with_keys boolean DEFAULT true,
											 ref_finals jsonb DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $$
DECLARE
	whens text := '';
	col jsonb;
	c jsonb;
	k jsonb;
	kexpr text;
	kcols text;
	i integer := 0;
	outer_cols text := '';
	dup_case text := '';
	inner_sel text;
	fk record;
BEGIN
	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') LOOP
		IF col ->> 'policy' IN ('quarantine', 'abort', 'widen') THEN
			FOR c IN SELECT * FROM jsonb_array_elements(col -> 'checks') LOOP
				whens := whens || format(' WHEN %s THEN ARRAY[%L, %L, %s, %L]', c ->> 'pred', c ->> 'kind',
										 col ->> 'target', c ->> 'reason', col ->> 'policy');
			END LOOP;
		END IF;
	END LOOP;
	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') LOOP
		IF (col ->> 'not_null')::boolean THEN
			whens := whens || format(' WHEN (%s) IS NULL THEN ARRAY[%L, %L, %L, %L]',
									 CASE WHEN finals ->> (col ->> 'target') = format('(%s)::%s', col ->> 'conv', col ->> 'target_type')
										  THEN col ->> 'conv' ELSE finals ->> (col ->> 'target') END,
									 'not_null', col ->> 'target',
									 format('column %s is NOT NULL in the target and gets no value', quote_ident(col ->> 'target')),
									 'quarantine');
		END IF;
	END LOOP;
	FOR fk IN SELECT * FROM @extschema@._fk_checks(plan, finals, measure, ref_finals) LOOP
		whens := whens || format(' WHEN %s THEN ARRAY[%L, %L, %s, %L]', fk.pred, 'fk_orphan', fk.cols, fk.reason, 'quarantine');
	END LOOP;
	-- keys: a row whose key converts to that of an existing target row
	FOR k IN SELECT * FROM jsonb_array_elements(plan -> 'keys') LOOP
		CONTINUE WHEN EXISTS (SELECT FROM jsonb_array_elements_text(k -> 'columns') x WHERE NOT finals ? x);
		i := i + 1;
		kexpr := (SELECT string_agg(finals ->> x, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o));
		kcols := (SELECT string_agg(quote_ident(x), ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o));
		IF NOT target_empty THEN
			whens := whens || format(' WHEN (%s) IN (SELECT %s FROM %s) THEN ARRAY[%L, %L, %L, %L]', kexpr, kcols,
									 (plan ->> 'target_oid')::oid::regclass, 'duplicate_key', (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(k -> 'columns') x),
									 format('the target already has a row with this %s', k ->> 'name'), 'quarantine');
		END IF;
		outer_cols := outer_cols || format(', CASE WHEN s._why IS NULL AND (%s) IS NOT NULL THEN ROW(%s) END AS _k%s',
										   (SELECT string_agg(format('(%s) IS NOT NULL', finals ->> x), ' AND ')
											  FROM jsonb_array_elements_text(k -> 'columns') x), kexpr, i);
		dup_case := dup_case || format(' WHEN _k%s IS NOT NULL AND row_number() OVER (PARTITION BY _why IS NULL, _k%s ORDER BY _ctid) > 1 '
									   'THEN ARRAY[%L, %L, %L, %L]', i, i, 'duplicate_key',
									   (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(k -> 'columns') x),
									   format('duplicate of an earlier source row on %s %s', k ->> 'name', k ->> 'columns'), 'quarantine');
	END LOOP;
	-- OFFSET 0 keeps the subquery from being flattened into its reader,
	-- which would evaluate the conversions once per reference to _why
	inner_sel := format('SELECT s.*, s.ctid AS _ctid, %s AS _key, %s AS _why FROM %s s OFFSET 0',
						CASE WHEN with_keys THEN plan ->> 'source_key' ELSE 'NULL::jsonb' END,
						CASE WHEN whens = '' THEN 'NULL::text[]' ELSE 'CASE' || whens || ' END' END, rel);
	IF NOT with_keys THEN
		RETURN inner_sel;			-- the row itself, its key and reason
	END IF;
	IF dup_case = '' THEN
		RETURN format('SELECT _ctid, _key, _why FROM (%s) c', inner_sel);
	END IF;
	-- keys are compared on rows that pass every other check
	RETURN format('SELECT _ctid, _key, CASE WHEN _why IS NOT NULL THEN _why%s END AS _why '
				  'FROM (SELECT s._ctid, s._key, s._why%s FROM (%s) s) c',
				  dup_case, outer_cols, inner_sel);
END;
$$;

-- The plan with each column's conversion computed once, in a subquery
-- under the name _sm_vN, and its checks and value rewritten to use it;
-- v_list holds the "conversion AS _sm_vN" items of that subquery.
CREATE FUNCTION @extschema@._vplan(plan jsonb)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
	cols jsonb := '[]';
	items text[] := '{}';
	col jsonb;
	i integer;
	v text;
	conv text;
BEGIN
	FOR col, i IN SELECT c, o FROM jsonb_array_elements(plan -> 'columns') WITH ORDINALITY x(c, o) LOOP
		conv := col ->> 'conv';
		v := 's._sm_v' || i;
		items := items || format('%s AS _sm_v%s', conv, i);
		col := col || jsonb_build_object('conv', v, 'checks',
			coalesce((SELECT jsonb_agg(c || jsonb_build_object('pred', replace(c ->> 'pred', conv, v)))
						FROM jsonb_array_elements(col -> 'checks') c), '[]'));
		cols := cols || col;
	END LOOP;
	RETURN jsonb_set(plan, '{columns}', cols) || jsonb_build_object('v_list', array_to_string(items, ', '));
END;
$$;

-- Quarantine one source row while the load runs (called from its WHERE
-- clause, only for rows that fail a check): the whole row, its key, the
-- check and the reason.  Returns false so that the row is not loaded.  A
-- column whose policy is abort stops the run here.
CREATE FUNCTION @extschema@._quarantine(rid bigint, source regclass, target text, row_ctid tid, row_key jsonb, why text[])
RETURNS boolean
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog
AS $$
BEGIN
	IF why[4] = 'abort' THEN
		RAISE EXCEPTION 'remediation aborted: %', why[3]
			USING ERRCODE = 'data_exception',
				  DETAIL = format('source %s, target column %s, check %s; nothing was changed', source, why[2], why[1]),
				  HINT = 'Fix the value, or choose another on_error policy for the column (quarantine, null, default, synthesize).';
	END IF;
	-- a static statement (its plan is kept); the whole row is filled in
	-- after the load, in one statement for all quarantined rows
	INSERT INTO @extschema@.rejects (remediation_id, source_table, target_table, source_key, source_ctid,
									  row_data, step, column_name, reason)
	VALUES (rid, source::text, target, row_key, row_ctid, '{}', why[1], why[2], why[3]);
	RETURN false;
END;
$$;

-- Raise work_mem to 64MB for the rest of the transaction when it is lower,
-- so that hashes of keys and of rejected rows stay in memory; returns the
-- setting to put back (NULL when nothing was changed).
CREATE FUNCTION @extschema@._raise_work_mem()
RETURNS text
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
	old text := current_setting('work_mem');
BEGIN
	IF pg_size_bytes(old) >= 64 * 1024 * 1024 THEN
		RETURN NULL;
	END IF;
	PERFORM set_config('work_mem', '64MB', true);
	RETURN old;
END;
$$;

-- Quarantine the rows a reject SELECT (_reject_select) finds, with the
-- whole source row, unless this run has quarantined them already; returns
-- how many.
CREATE FUNCTION @extschema@._quarantine_rows(rid bigint, source regclass, target text, rej text)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	n bigint;
BEGIN
	EXECUTE format('INSERT INTO @extschema@.rejects (remediation_id, source_table, target_table, source_key, source_ctid, '
				   'row_data, step, column_name, reason) '
				   'SELECT $1, $2, $3, r._key, r._ctid, j.row_data, r._why[1], r._why[2], r._why[3] '
				   'FROM (%s) r CROSS JOIN LATERAL (SELECT to_jsonb(x) AS row_data FROM %s x WHERE x.ctid = r._ctid) j '
				   'WHERE r._why IS NOT NULL AND NOT EXISTS (SELECT FROM @extschema@.rejects q '
				   'WHERE q.remediation_id = $1 AND q.source_table = $2 AND q.source_ctid = r._ctid)', rej, source)
	  USING rid, source::text, target;
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END;
$$;

-- Value expressions of every target column of a plan.
CREATE FUNCTION @extschema@._finals(plan jsonb, pools jsonb DEFAULT '{}')
RETURNS jsonb
LANGUAGE sql IMMUTABLE
AS $$
	SELECT coalesce(jsonb_object_agg(c ->> 'target', @extschema@._value_expr(c, pools ->> (c ->> 'target'))), '{}')
	  FROM jsonb_array_elements(plan -> 'columns') c
$$;

-- Measure a plan on the data (a sample of options.sample_rows rows, default
-- 100,000; 0 for all rows): for every check, how many rows fail it (a row
-- may fail several; apply quarantines it once, for the first), and how many
-- values the unmatched source columns hold.
CREATE FUNCTION @extschema@._measure(plan jsonb, options jsonb)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	source regclass := (plan ->> 'source_oid')::oid::regclass;
	target regclass := (plan ->> 'target_oid')::oid::regclass;
	n bigint := coalesce((options ->> 'sample_rows')::bigint, 100000);
	sample text := @extschema@._sample_from(source, n);
	qplan jsonb;
	old_work_mem text;
	failing bigint;
	examined bigint;
	total double precision;
	target_empty boolean;
	counts jsonb;
	unmapped jsonb;
	q text;
	q2 jsonb;
	finals jsonb;
	items text[] := '{}';
	guard text[] := '{}';
	ok text;
	kexpr text;
	knn text;
	col jsonb;
	c jsonb;
	k jsonb;
	fk record;
BEGIN
	old_work_mem := @extschema@._raise_work_mem();
	EXECUTE format('SELECT NOT EXISTS (SELECT FROM %s)', target) INTO target_empty;
	EXECUTE format('SELECT count(*) FROM %s s', sample) INTO examined;
	SELECT CASE WHEN sample = source::text THEN examined ELSE greatest(c.reltuples, examined) END INTO total
	  FROM pg_class c WHERE c.oid = source;
	-- every check counted on its own: a row may fail several
	finals := @extschema@._finals(plan);
	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') LOOP
		FOR c IN SELECT * FROM jsonb_array_elements(col -> 'checks') LOOP
			items := items || format('%L, count(*) FILTER (WHERE %s)', (c ->> 'kind') || ':' || (col ->> 'target'), c ->> 'pred');
		END LOOP;
		IF (col ->> 'not_null')::boolean THEN
			items := items || format('%L, count(*) FILTER (WHERE NOT coalesce(%s, false) AND (%s) IS NULL)',
									 'not_null:' || (col ->> 'target'), coalesce(@extschema@._fails(col), 'false'),
									 finals ->> (col ->> 'target'));
		END IF;
		guard := guard || coalesce(@extschema@._fails(col), 'false');
	END LOOP;
	ok := format('NOT coalesce(%s, false)', coalesce(array_to_string(guard, ' OR '), 'false'));
	FOR fk IN SELECT * FROM @extschema@._fk_checks(plan, finals, true) LOOP
		items := items || format('%L, count(*) FILTER (WHERE %s AND %s)', 'fk_orphan:' || fk.cols, ok, fk.pred);
	END LOOP;
	FOR k IN SELECT * FROM jsonb_array_elements(plan -> 'keys') LOOP
		CONTINUE WHEN EXISTS (SELECT FROM jsonb_array_elements_text(k -> 'columns') x WHERE NOT finals ? x);
		kexpr := (SELECT string_agg(finals ->> x, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o));
		knn := (SELECT string_agg(format('(%s) IS NOT NULL', finals ->> x), ' AND ') FROM jsonb_array_elements_text(k -> 'columns') x);
		items := items || format('%L, count(*) FILTER (WHERE %s AND %s) - count(DISTINCT ROW(%s)) FILTER (WHERE %s AND %s)%s',
			'duplicate_key:' || (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(k -> 'columns') x),
			ok, knn, kexpr, ok, knn,
			CASE WHEN target_empty THEN '' ELSE format(' + count(*) FILTER (WHERE %s AND (%s) IN (SELECT %s FROM %s))', ok, kexpr,
				(SELECT string_agg(quote_ident(x), ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
				target) END);
	END LOOP;
	counts := '{}';
	-- jsonb_build_object takes at most 100 arguments: 50 counts per query
	FOR i IN 0 .. (coalesce(cardinality(items), 0) - 1) / 50 LOOP
		EXIT WHEN cardinality(items) IS NULL OR cardinality(items) = 0;
		EXECUTE format('SELECT jsonb_strip_nulls(jsonb_build_object(%s)) FROM %s s',
					   array_to_string(items[i * 50 + 1 : i * 50 + 50], ', '), sample) INTO q2;
		counts := counts || q2;
	END LOOP;
	counts := coalesce((SELECT jsonb_object_agg(key, value) FROM jsonb_each(counts) WHERE value::text <> '0'), '{}');
	-- rows that apply would quarantine (once each), policies aside
	qplan := jsonb_set(plan, '{columns}', coalesce((SELECT jsonb_agg(x || '{"policy": "quarantine"}')
												FROM jsonb_array_elements(plan -> 'columns') x), '[]'));
	EXECUTE format('SELECT count(*) FROM (%s) r WHERE _why IS NOT NULL',
				   @extschema@._reject_select(qplan, @extschema@._finals(qplan), sample, target_empty, true))
	  INTO failing;
	SELECT string_agg(format('%L, count(*) FILTER (WHERE NOT @extschema@.is_missing((s.%I)::text))', u ->> 'column', u ->> 'column'), ', ')
	  INTO q FROM jsonb_array_elements(plan -> 'unmapped_source') u;
	IF q IS NOT NULL THEN
		EXECUTE format('SELECT jsonb_build_object(%s) FROM %s s', q, sample) INTO unmapped;
	END IF;
	IF old_work_mem IS NOT NULL THEN
		PERFORM set_config('work_mem', old_work_mem, true);
	END IF;
	RETURN plan || jsonb_build_object('rows_examined', examined, 'rows_estimated', round(total),
									  'sampled', sample <> source::text, 'target_empty', target_empty,
									  'failures', counts, 'rows_failing', failing, 'unmapped_values', coalesce(unmapped, '{}'));
END;
$$;

-- Rows of analyze() for one measured plan.
CREATE FUNCTION @extschema@._issues(mp jsonb)
RETURNS TABLE (kind text, source_table text, source_column text, target_table text, target_column text,
			   source_type text, target_type text, detail text, rows_affected bigint, rows_examined bigint,
			   share double precision, sampled boolean, confidence double precision, rule text)
LANGUAGE sql STABLE
AS $$
	WITH m AS (SELECT mp ->> 'source' AS st, mp ->> 'target' AS tt, (mp ->> 'rows_examined')::bigint AS ex,
					  (mp ->> 'sampled')::boolean AS sm),
	f AS (SELECT split_part(key, ':', 1) AS k, substr(key, length(split_part(key, ':', 1)) + 2) AS col, value::bigint AS n
			FROM jsonb_each_text(mp -> 'failures'))
	-- failing values, per target column and kind
	SELECT f.k, m.st, c -> 'sources' ->> 0, m.tt, c ->> 'target', c ->> 'source_type', c ->> 'target_type',
		   coalesce((SELECT x ->> 'detail' FROM jsonb_array_elements(c -> 'checks') x WHERE x ->> 'kind' = f.k LIMIT 1),
					'NOT NULL column without a value'),
		   f.n, m.ex, f.n::float8 / nullif(m.ex, 0), m.sm, (c ->> 'confidence')::float8, c ->> 'rule'
	  FROM m, f, jsonb_array_elements(mp -> 'columns') c
	 WHERE f.k NOT IN ('duplicate_key', 'fk_orphan') AND f.col = c ->> 'target'
	UNION ALL
	-- duplicates and orphans, per key
	SELECT f.k, m.st, f.col, m.tt, NULL, NULL, NULL,
		   CASE f.k WHEN 'duplicate_key' THEN 'rows whose key duplicates an earlier row or an existing target row'
					ELSE 'rows whose foreign key has no referenced row' END,
		   f.n, m.ex, f.n::float8 / nullif(m.ex, 0), m.sm, NULL, NULL
	  FROM m, f WHERE f.k IN ('duplicate_key', 'fk_orphan')
	UNION ALL
	-- restructuring and renames
	SELECT c ->> 'kind', m.st, (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(c -> 'sources') x), m.tt, c ->> 'target',
		   c ->> 'source_type', c ->> 'target_type',
		   format('%s (matched by %s, confidence %s)', coalesce(c ->> 'structure_rule', 'rename_column'), c ->> 'method', c ->> 'confidence'),
		   m.ex, m.ex, 1, m.sm, (c ->> 'confidence')::float8, coalesce(c ->> 'structure_rule', 'rename_column')
	  FROM m, jsonb_array_elements(mp -> 'columns') c WHERE c ->> 'kind' IN ('rename', 'split', 'merge', 'nest', 'flatten')
	UNION ALL
	-- type changes that convert every value
	SELECT 'type_change', m.st, c -> 'sources' ->> 0, m.tt, c ->> 'target', c ->> 'source_type', c ->> 'target_type',
		   format('rule %s: %s', c ->> 'rule', c ->> 'why'), 0, m.ex, 0, m.sm, (c ->> 'confidence')::float8, c ->> 'rule'
	  FROM m, jsonb_array_elements(mp -> 'columns') c
	 WHERE c ->> 'rule' <> 'same_type' AND c ->> 'kind' IN ('cast', 'rename')
	   AND NOT EXISTS (SELECT FROM f WHERE f.col = c ->> 'target' AND f.k NOT IN ('duplicate_key', 'fk_orphan', 'not_null'))
	UNION ALL
	-- source columns nothing reads, and target columns nothing fills
	SELECT 'unmapped_source', m.st, u ->> 'column', m.tt, NULL, u ->> 'type', NULL,
		   'no target column takes this column: its values would not be copied',
		   (mp -> 'unmapped_values' ->> (u ->> 'column'))::bigint, m.ex,
		   (mp -> 'unmapped_values' ->> (u ->> 'column'))::float8 / nullif(m.ex, 0), m.sm, NULL, NULL
	  FROM m, jsonb_array_elements(mp -> 'unmapped_source') u
	UNION ALL
	SELECT i ->> 'kind', m.st, i ->> 'source_column', m.tt, i ->> 'target_column', i ->> 'source_type', i ->> 'target_type',
		   i ->> 'detail', CASE WHEN (i ->> 'fatal')::boolean THEN m.ex ELSE 0 END, m.ex,
		   CASE WHEN (i ->> 'fatal')::boolean THEN 1 ELSE 0 END, m.sm, NULL, NULL
	  FROM m, jsonb_array_elements(mp -> 'issues') i
$$;

-------------------------------------------------------------------------------
-- Applying a plan
-------------------------------------------------------------------------------

-- Widen target columns whose policy is "widen" to what the data needs
-- (longer varchar, larger numeric precision or scale, bigint), then drop
-- the checks that widening made moot.  Returns the plan as changed.
CREATE FUNCTION @extschema@._widen(INOUT plan jsonb, INOUT steps jsonb)
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	source regclass := (plan ->> 'source_oid')::oid::regclass;
	target regclass := (plan ->> 'target_oid')::oid::regclass;
	cols jsonb := '[]';
	col jsonb;
	newtype text;
	len bigint;
	ip bigint;
	sc bigint;
BEGIN
	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') LOOP
		IF col ->> 'policy' = 'widen' AND EXISTS (SELECT FROM jsonb_array_elements(col -> 'checks') c
												  WHERE c ->> 'kind' IN ('truncation', 'rounding', 'overflow')) THEN
			newtype := NULL;
			IF col ->> 'family' = 'text' THEN
				EXECUTE format('SELECT max(char_length((%s)::text)) FROM %s s WHERE NOT coalesce(%s, false)',
							   col ->> 'conv', source,
							   coalesce((SELECT string_agg('(' || (c ->> 'pred') || ')', ' OR ') FROM jsonb_array_elements(col -> 'checks') c
										  WHERE c ->> 'kind' NOT IN ('truncation')), 'false'))
				  INTO len;
				IF len > (SELECT (c ->> 'length')::bigint FROM jsonb_array_elements(col -> 'checks') c WHERE c ->> 'kind' = 'truncation') THEN
					newtype := CASE WHEN len > 10485760 THEN 'text' ELSE format('varchar(%s)', len) END;
				END IF;
			ELSIF col ->> 'family' = 'numeric' THEN
				EXECUTE format('SELECT max(scale(v)), max(length(trunc(abs(v))::text)) FROM (SELECT (%s)::numeric AS v FROM %s s) x '
							   'WHERE v IS NOT NULL AND v <> ''NaN''', col ->> 'conv', source) INTO sc, ip;
				sc := greatest(sc, ((substring(col ->> 'target_type' FROM ',\s*(\d+)\)'))::bigint));
				ip := greatest(ip, (substring(col ->> 'target_type' FROM '\((\d+)')::bigint) - (substring(col ->> 'target_type' FROM ',\s*(\d+)\)'))::bigint);
				IF ip + sc > 1000 THEN
					newtype := 'numeric';
				ELSE
					newtype := format('numeric(%s,%s)', ip + sc, sc);
				END IF;
			ELSIF col ->> 'family' = 'integer' THEN
				newtype := 'bigint';
			END IF;
			IF newtype IS NOT NULL AND newtype <> col ->> 'target_type' THEN
				EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE %s', target, col ->> 'target', newtype);
				steps := steps || jsonb_build_object('action', 'widen', 'target_column', col ->> 'target',
					'from', col ->> 'target_type', 'to', newtype,
					'sql', format('ALTER TABLE %s ALTER COLUMN %I TYPE %s', target, col ->> 'target', newtype));
				col := col || jsonb_build_object('target_type', newtype,
					'checks', coalesce((SELECT jsonb_agg(c) FROM jsonb_array_elements(col -> 'checks') c
										 WHERE c ->> 'kind' NOT IN ('truncation', 'rounding', 'overflow')), '[]'));
			END IF;
		END IF;
		cols := cols || col;
	END LOOP;
	plan := jsonb_set(plan, '{columns}', cols);
END;
$$;

-- Apply the plan of one table pair: quarantine the rows that do not
-- convert, insert the others, and account for every row.  Runs inside the
-- caller's transaction: an error anywhere undoes everything.
CREATE FUNCTION @extschema@._apply_table(plan jsonb, rid bigint, options jsonb)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	source regclass := (plan ->> 'source_oid')::oid::regclass;
	target regclass := (plan ->> 'target_oid')::oid::regclass;
	steps jsonb := '[]';
	pools jsonb := '{}';
	finals jsonb;
	col jsonb;
	rej text;
	arr text;
	target_empty boolean;
	n_read bigint;
	n_written bigint;
	n_rej bigint;
	n bigint;
	ins text;
	overriding text := '';
	changed jsonb := '{}';
	q text;
	r record;
	first_error text;
	vp jsonb;
	vfinals jsonb;
	cols text;
	vals text;
	excl text;
	seq text;
	k jsonb;
	state text;
	dups_done boolean := false;
	checks_done boolean := false;
	old_work_mem text;
	rowwise boolean := false;
	t0 timestamptz := clock_timestamp();
BEGIN
	-- hashes of parent keys and of rejected rows must fit in memory
	old_work_mem := @extschema@._raise_work_mem();
	-- no writes to the source while it is read (SHARE needs UPDATE, DELETE
	-- or TRUNCATE on it in PostgreSQL 15; a role that may only read it takes
	-- ACCESS SHARE, and a concurrent write then fails the final count check)
	IF has_table_privilege(source, 'UPDATE') OR has_table_privilege(source, 'DELETE')
	   OR has_table_privilege(source, 'TRUNCATE') THEN
		EXECUTE format('LOCK TABLE %s IN SHARE MODE', source);
	ELSE
		EXECUTE format('LOCK TABLE %s IN ACCESS SHARE MODE', source);
	END IF;
	EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', target);
	SELECT w.plan, w.steps INTO plan, steps FROM @extschema@._widen(plan, steps) w;

	-- synthesize: draw from up to 1,000 values of the column that did convert
	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') c
				WHERE c ->> 'policy' = 'synthesize' AND jsonb_array_length(c -> 'checks') > 0 LOOP
		EXECUTE format('SELECT array_agg(v)::text, count(*) FROM (SELECT (%s)::%s AS v FROM %s s '
					   'WHERE NOT (%s) AND (%s) IS NOT NULL LIMIT 1000) x',
					   col ->> 'conv', col ->> 'target_type', @extschema@._sample_from(source, 10000),
					   @extschema@._fails(col), col ->> 'conv')
		  INTO arr, n;
		IF n > 0 THEN
			pools := pools || jsonb_build_object(col ->> 'target',
				format('(%L::%s[])[1 + abs(hashtext(s.ctid::text)) %% %s]', arr, col ->> 'target_type', n));
		END IF;
	END LOOP;
	finals := @extschema@._finals(plan, pools);
	EXECUTE format('SELECT NOT EXISTS (SELECT FROM %s)', target) INTO target_empty;
	IF coalesce((options ->> 'require_empty_target')::boolean, false) AND NOT target_empty THEN
		RAISE EXCEPTION 'target table % is not empty', target
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  DETAIL = 'options.require_empty_target is true.',
				  HINT = 'Empty the target, or set require_empty_target to false to add rows to it.';
	END IF;
	-- counts of values a policy replaced (null, default, synthesize)
	SELECT string_agg(format('%L, count(*) FILTER (WHERE %s)', c ->> 'target', @extschema@._fails(c)), ', ') INTO q
	  FROM jsonb_array_elements(plan -> 'columns') c
	 WHERE c ->> 'policy' IN ('null', 'default', 'synthesize') AND jsonb_array_length(c -> 'checks') > 0;
	IF q IS NOT NULL THEN
		EXECUTE format('SELECT jsonb_build_object(%s) FROM %s s', q, source) INTO changed;
		changed := coalesce((SELECT jsonb_object_agg(key, value) FROM jsonb_each(changed) WHERE value::text <> '0'), '{}');
	END IF;

	-- one pass: each conversion computed once (_vplan), rows that fail a
	-- check quarantined from the WHERE clause, the others inserted
	vp := @extschema@._vplan(plan);
	vfinals := @extschema@._finals(vp, pools);
	IF EXISTS (SELECT FROM jsonb_array_elements(plan -> 'columns') c WHERE c ->> 'identity' = 'a') THEN
		overriding := ' OVERRIDING SYSTEM VALUE';
	END IF;
	cols := (SELECT string_agg(quote_ident(c ->> 'target'), ', ' ORDER BY o) FROM jsonb_array_elements(plan -> 'columns') WITH ORDINALITY x(c, o));
	vals := (SELECT string_agg(vfinals ->> (c ->> 'target'), ', ' ORDER BY o) FROM jsonb_array_elements(plan -> 'columns') WITH ORDINALITY x(c, o));
	-- NOT EXISTS, not NOT IN: an anti-join stays fast when many rows were
	-- quarantined (a NOT IN over more rows than work_mem holds is not hashed)
	excl := format(' WHERE NOT EXISTS (SELECT FROM @extschema@.rejects q WHERE q.remediation_id = %s AND q.source_table = %L '
				   'AND q.source_ctid = s.ctid)', rid, source::text);
	-- a statement undone by a duplicate key or a CHECK constraint of the
	-- target is run again after the rows concerned are quarantined, set
	-- by set; any other error loads row by row
	FOR attempt IN 1 .. 3 LOOP
		-- the rows not quarantined yet, each conversion computed once, with
		-- the reason a row fails (_why); the load and the retry passes read it
		rej := @extschema@._reject_select(vp, vfinals,
				  format('(SELECT s.*, s.ctid, %s FROM %s s%s OFFSET 0)', coalesce(nullif(vp ->> 'v_list', ''), 'NULL AS _sm_v0'),
						 source, CASE WHEN dups_done OR checks_done THEN excl ELSE '' END),
				  target_empty, false, false, finals);
		ins := format('INSERT INTO %s (%s)%s SELECT %s FROM (%s) s '
					  'WHERE s._why IS NULL OR @extschema@._quarantine($1, $2, $3, s._ctid, %s, s._why)',
					  target, cols, overriding, vals, rej, plan ->> 'source_key');
		BEGIN
			EXECUTE ins USING rid, source, target::text;
			GET DIAGNOSTICS n_written = ROW_COUNT;
			EXIT;
		EXCEPTION
			WHEN unique_violation OR check_violation THEN
				GET STACKED DIAGNOSTICS first_error = MESSAGE_TEXT, state = RETURNED_SQLSTATE;
				IF (state = '23505' AND dups_done) OR (state = '23514' AND checks_done) THEN
					rowwise := true;
					EXIT;
				END IF;
				IF state = '23505' THEN
					-- a repeated key: per key constraint, every row after the
					-- first (in ctid order) among the rows that pass their checks
					dups_done := true;
					FOR k IN SELECT * FROM jsonb_array_elements(plan -> 'keys') LOOP
						CONTINUE WHEN EXISTS (SELECT FROM jsonb_array_elements_text(k -> 'columns') x WHERE NOT vfinals ? x);
						-- the key as plain columns (_k1, _k2, ...): hashed, not sorted
						EXECUTE format('WITH d AS MATERIALIZED (SELECT s._ctid AS c, %s FROM (%s) s '
									   'WHERE s._why IS NULL AND %s), '
									   'g AS (SELECT %s FROM d GROUP BY %s HAVING count(*) > 1) '
									   'INSERT INTO @extschema@.rejects (remediation_id, source_table, target_table, source_key, source_ctid, '
									   'row_data, step, column_name, reason) '
									   'SELECT $1, $2, $3, %s, s.ctid, to_jsonb(s), ''duplicate_key'', $4, $5 '
									   'FROM (SELECT c FROM (SELECT d.c, row_number() OVER (PARTITION BY %s ORDER BY d.c) AS rn '
									   'FROM d JOIN g USING (%s)) y WHERE rn > 1) z '
									   'JOIN %s s ON s.ctid = z.c',
									   (SELECT string_agg(format('%s AS _k%s', vfinals ->> x, o), ', ' ORDER BY o)
										  FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
									   rej,
									   (SELECT string_agg(format('(%s) IS NOT NULL', vfinals ->> x), ' AND ') FROM jsonb_array_elements_text(k -> 'columns') x),
									   (SELECT string_agg('_k' || o, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
									   (SELECT string_agg('_k' || o, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
									   plan ->> 'source_key',
									   (SELECT string_agg('d._k' || o, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
									   (SELECT string_agg('_k' || o, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
									   source)
						  USING rid, source::text, target::text,
								(SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(k -> 'columns') x),
								format('duplicate of an earlier source row on %s %s', k ->> 'name', k ->> 'columns');
					END LOOP;
					steps := steps || jsonb_build_object('action', 'quarantine duplicate keys, then load again');
				ELSE
					-- a CHECK constraint of the target: evaluate every one on
					-- the converted values, named like the target's columns
					checks_done := true;
					SELECT string_agg(format(' WHEN NOT coalesce((%s), true) THEN %L', pg_get_expr(c.conbin, c.conrelid),
											 format('violates check constraint %s of %s', quote_ident(c.conname), target)), '' ORDER BY c.conname)
					  INTO q FROM pg_constraint c WHERE c.conrelid = target AND c.contype = 'c';
					BEGIN
						EXECUTE format('INSERT INTO @extschema@.rejects (remediation_id, source_table, target_table, source_key, source_ctid, '
									   'row_data, step, column_name, reason) '
									   'SELECT $1, $2, $3, %s, s.ctid, to_jsonb(s), ''check_violation'', NULL, t._sm_why '
									   'FROM (SELECT _sm_c, CASE%s END AS _sm_why FROM (SELECT s._ctid AS _sm_c, %s FROM (%s) s '
									   'WHERE s._why IS NULL) v) t JOIN %s s ON s.ctid = t._sm_c WHERE t._sm_why IS NOT NULL',
									   plan ->> 'source_key', q,
									   (SELECT string_agg(format('%s AS %I', vfinals ->> (c ->> 'target'), c ->> 'target'), ', ')
										  FROM jsonb_array_elements(plan -> 'columns') c),
									   rej, source)
						  USING rid, source::text, target::text;
					EXCEPTION WHEN OTHERS THEN
						rowwise := true;	-- a check on a column not loaded, say
						EXIT;
					END;
					steps := steps || jsonb_build_object('action', 'quarantine CHECK violations, then load again',
														 'reason', first_error);
				END IF;
			WHEN insufficient_privilege OR undefined_table OR undefined_column OR undefined_function THEN
				RAISE;				-- not about any row
			WHEN OTHERS THEN
				-- a trigger or a rule that raises: find the rows, one by one
				GET STACKED DIAGNOSTICS first_error = MESSAGE_TEXT;
				IF first_error LIKE 'remediation aborted:%' THEN
					RAISE;
				END IF;
				rowwise := true;
				EXIT;
		END;
	END LOOP;
	IF rowwise OR n_written IS NULL THEN
		-- a value the checks did not foresee (a target CHECK constraint, a
		-- rule that raises): load row by row, quarantining what fails
		n_written := 0;
		PERFORM @extschema@._quarantine_rows(rid, source, target::text,
											 @extschema@._reject_select(plan, finals, source::text, target_empty));
		ins := format('INSERT INTO %s (%s)%s SELECT %s FROM %s s WHERE s.ctid = $1', target, cols, overriding,
					  (SELECT string_agg(finals ->> (c ->> 'target'), ', ' ORDER BY o) FROM jsonb_array_elements(plan -> 'columns') WITH ORDINALITY x(c, o)),
					  source);
		FOR r IN EXECUTE format('SELECT s.ctid AS c, %s AS k FROM %s s%s', plan ->> 'source_key', source, excl) LOOP
			BEGIN
				EXECUTE ins USING r.c;
				n_written := n_written + 1;
			EXCEPTION
				WHEN insufficient_privilege OR undefined_table OR undefined_column OR undefined_function THEN
					RAISE;
				WHEN OTHERS THEN
				EXECUTE format('INSERT INTO @extschema@.rejects (remediation_id, source_table, target_table, source_key, source_ctid, '
							   'row_data, step, column_name, reason) SELECT $1, $2, $3, $4, $5, to_jsonb(x), $6, NULL, $7 '
							   'FROM %s x WHERE x.ctid = $5', source)
				  USING rid, source::text, target::text, r.k, r.c, 'load', SQLERRM;
			END;
		END LOOP;
		steps := steps || jsonb_build_object('action', 'load row by row', 'reason', first_error);
	END IF;
	EXECUTE format('UPDATE @extschema@.rejects r SET row_data = to_jsonb(s) FROM %s s '
				   'WHERE r.remediation_id = $1 AND r.source_table = $2 AND r.row_data = ''{}''::jsonb AND s.ctid = r.source_ctid',
				   source)
	  USING rid, source::text;
	SELECT count(*) INTO n_rej FROM @extschema@.rejects WHERE remediation_id = rid AND source_table = source::text;

	-- sequences behind identity and serial columns that got explicit values
	-- move past the largest one, so that the next insert does not collide
	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') c
				WHERE c ->> 'identity' <> '' OR c ->> 'default' LIKE 'nextval(%' LOOP
		seq := pg_get_serial_sequence(target::text, col ->> 'target');
		CONTINUE WHEN seq IS NULL;
		EXECUTE format('SELECT max(%I)::bigint FROM %s', col ->> 'target', target) INTO n;
		-- ALTER SEQUENCE ... RESTART is undone with the transaction; setval is not
		IF n IS NOT NULL AND n >= (SELECT CASE WHEN s.last_value IS NULL THEN s.start_value ELSE s.last_value + s.increment_by END
									 FROM pg_sequences s WHERE format('%I.%I', s.schemaname, s.sequencename)::regclass = seq::regclass) THEN
			EXECUTE format('ALTER SEQUENCE %s RESTART WITH %s', seq::regclass, n + 1);
			steps := steps || jsonb_build_object('action', 'advance sequence', 'sequence', seq, 'value', n);
		END IF;
	END LOOP;

	EXECUTE format('SELECT count(*) FROM %s', source) INTO n_read;
	IF old_work_mem IS NOT NULL THEN
		PERFORM set_config('work_mem', old_work_mem, true);
	END IF;
	IF n_read <> n_written + n_rej THEN
		RAISE EXCEPTION 'remediation of % lost rows: % read, % written, % quarantined', source, n_read, n_written, n_rej
			USING ERRCODE = 'internal_error', DETAIL = 'Nothing was changed.';
	END IF;
	RETURN jsonb_build_object(
		'source', source::text, 'target', target::text,
		'rows_read', n_read, 'rows_written', n_written, 'rows_quarantined', n_rej,
		'balanced', n_read = n_written + n_rej,
		'quarantined_by', (SELECT coalesce(jsonb_object_agg(x.kk, x.cnt), '{}') FROM (
							 SELECT rj.step || coalesce(':' || rj.column_name, '') AS kk, count(*) AS cnt
							   FROM @extschema@.rejects rj WHERE rj.remediation_id = rid AND rj.source_table = source::text
							  GROUP BY 1) x),
		'values_replaced', changed,
		'synthesized', (SELECT coalesce(jsonb_agg(pk), '[]') FROM jsonb_object_keys(pools) pk),
		'steps', steps,
		'duration_ms', round(extract(epoch FROM clock_timestamp() - t0) * 1000));
END;
$$;

-------------------------------------------------------------------------------
-- Schemas: tables matched by name and columns, ordered by foreign keys
-------------------------------------------------------------------------------

-- Pairs of tables of two schemas: options.tables first ({"target": "source"}),
-- then names (exact, normalised), then shared normalised column names.
CREATE FUNCTION @extschema@._match_tables(src_ns regnamespace, tgt_ns regnamespace, options jsonb)
RETURNS TABLE (source regclass, target regclass, confidence double precision, method text)
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	r record;
	used_s oid[] := '{}';
	used_t oid[] := '{}';
	k text;
	v text;
	so oid;
	tobj oid;
BEGIN
	FOR k, v IN SELECT * FROM jsonb_each_text(coalesce(options -> 'tables', '{}')) LOOP
		SELECT c.oid INTO tobj FROM pg_class c WHERE c.relnamespace = tgt_ns AND c.relname = k AND c.relkind IN ('r', 'p');
		SELECT c.oid INTO so FROM pg_class c WHERE c.relnamespace = src_ns AND c.relname = v AND c.relkind IN ('r', 'm');
		IF tobj IS NULL OR so IS NULL THEN
			RAISE EXCEPTION 'invalid remediation option: tables.% = %', k, v
				USING ERRCODE = 'undefined_table',
					  DETAIL = format('%s', CASE WHEN tobj IS NULL THEN format('no table %I in schema %s', k, tgt_ns)
												 ELSE format('no table %I in schema %s', v, src_ns) END);
		END IF;
		source := so; target := tobj; confidence := 1; method := 'options';
		used_s := used_s || so; used_t := used_t || tobj;
		RETURN NEXT;
	END LOOP;
	FOR r IN
		WITH s AS (SELECT c.oid, c.relname::text AS name, @extschema@.normalize_name(c.relname) AS norm,
						  ARRAY(SELECT @extschema@.normalize_name(a.attname) FROM pg_attribute a
								 WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS cols
					 FROM pg_class c WHERE c.relnamespace = src_ns AND c.relkind IN ('r', 'm') AND NOT c.relispartition
					  AND NOT c.oid = ANY (used_s)),
			 t AS (SELECT c.oid, c.relname::text AS name, @extschema@.normalize_name(c.relname) AS norm,
						  ARRAY(SELECT @extschema@.normalize_name(a.attname) FROM pg_attribute a
								 WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS cols
					 FROM pg_class c WHERE c.relnamespace = tgt_ns AND c.relkind IN ('r', 'p') AND NOT c.relispartition
					  AND NOT c.oid = ANY (used_t))
		SELECT s.oid AS so, t.oid AS tobj,
			   CASE WHEN s.name = t.name THEN 1.0
					WHEN s.norm = t.norm THEN 0.95
					ELSE 0.4 * (SELECT count(*) FROM (SELECT unnest(s.cols) INTERSECT SELECT unnest(t.cols)) i)::float8
						 / greatest(1, (SELECT count(*) FROM (SELECT unnest(s.cols) UNION SELECT unnest(t.cols)) u))
						 + CASE WHEN s.norm LIKE '%' || t.norm || '%' OR t.norm LIKE '%' || s.norm || '%' THEN 0.3 ELSE 0 END
			   END AS sc
		  FROM s, t
		 ORDER BY 3 DESC, t.name, s.name
	LOOP
		EXIT WHEN r.sc < 0.3;
		CONTINUE WHEN r.so = ANY (used_s) OR r.tobj = ANY (used_t);
		source := r.so; target := r.tobj; confidence := round(r.sc::numeric, 3);
		method := CASE WHEN r.sc = 1 THEN 'same name' WHEN r.sc >= 0.95 THEN 'normalised name' ELSE 'shared columns' END;
		used_s := used_s || r.so; used_t := used_t || r.tobj;
		RETURN NEXT;
	END LOOP;
END;
$$;

-- Target tables ordered parents first by their foreign keys among
-- themselves (self-references are loaded in one statement).  A cycle
-- between different tables cannot be loaded in one pass: an error.
CREATE FUNCTION @extschema@._fk_order(tables oid[])
RETURNS oid[]
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $$
DECLARE
	done oid[] := '{}';
	ready oid[];
BEGIN
	LOOP
		ready := ARRAY(SELECT t FROM unnest(tables) t
						WHERE NOT t = ANY (done)
						  AND NOT EXISTS (SELECT FROM pg_constraint c
										   WHERE c.contype = 'f' AND c.conrelid = t AND c.confrelid <> t
											 AND c.confrelid = ANY (tables) AND NOT c.confrelid = ANY (done))
						ORDER BY t::regclass::text);
		EXIT WHEN cardinality(ready) = 0;
		done := done || ready;
	END LOOP;
	IF cardinality(done) < cardinality(tables) THEN
		RAISE EXCEPTION 'circular foreign keys between target tables'
			USING ERRCODE = 'invalid_table_definition',
				  DETAIL = format('tables in the cycle: %s',
								  (SELECT string_agg(t::regclass::text, ', ') FROM unnest(tables) t WHERE NOT t = ANY (done))),
				  HINT = 'Remediate these tables one pair at a time, or drop one of the foreign keys and add it back afterwards.';
	END IF;
	RETURN done;
END;
$$;

-- Check the caller may do what is asked before anything happens: read the
-- source; for apply, own the target (remediation writes and may alter it).
CREATE FUNCTION @extschema@._check_access(source regclass, target regclass, apply boolean)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $$
BEGIN
	IF NOT has_table_privilege(source, 'SELECT') THEN
		RAISE EXCEPTION 'permission denied to read %', source
			USING ERRCODE = 'insufficient_privilege', DETAIL = format('role %s lacks SELECT on the source table', current_user);
	END IF;
	-- rows are told apart by ctid, which is unique only within one table
	IF (SELECT relkind NOT IN ('r', 'm') FROM pg_class WHERE oid = source)
	   OR EXISTS (SELECT FROM pg_inherits WHERE inhparent = source) THEN
		RAISE EXCEPTION 'cannot remediate from %: partitioned, inherited and non-table sources are not supported', source
			USING ERRCODE = 'feature_not_supported',
				  DETAIL = format('%s is a %s', source, (SELECT CASE relkind WHEN 'p' THEN 'partitioned table' WHEN 'v' THEN 'view'
																	WHEN 'f' THEN 'foreign table' ELSE 'table with inheritance children' END
														  FROM pg_class WHERE oid = source)),
				  HINT = 'Remediate each partition or child table, or a copy made with CREATE TABLE ... AS.';
	END IF;
	IF NOT has_table_privilege(target, 'SELECT') THEN
		RAISE EXCEPTION 'permission denied to read %', target
			USING ERRCODE = 'insufficient_privilege', DETAIL = format('role %s lacks SELECT on the target table', current_user);
	END IF;
	IF apply AND NOT (has_table_privilege(target, 'INSERT')
					  AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = target), 'USAGE')) THEN
		RAISE EXCEPTION 'permission denied to remediate %', target
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('role %s must own the target table and may insert into it', current_user),
				  HINT = 'Run the remediation as the owner of the target table.';
	END IF;
END;
$$;

-- Check options before they are used.
CREATE FUNCTION @extschema@._check_options(options jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE
AS $$
DECLARE
	k text;
BEGIN
	IF options IS NULL OR jsonb_typeof(options) <> 'object' THEN
		RAISE EXCEPTION 'invalid remediation options: expected a JSON object'
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('options: %s', coalesce(options::text, 'NULL'));
	END IF;
	FOR k IN SELECT jsonb_object_keys(options) LOOP
		IF k NOT IN ('columns', 'tables', 'on_error', 'rules', 'disable_rules', 'time_zone', 'sample_rows',
					 'lock_timeout', 'require_empty_target') THEN
			RAISE EXCEPTION 'invalid remediation option "%"', k
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'Options: columns, tables, on_error, rules, disable_rules, time_zone, sample_rows, lock_timeout, require_empty_target.';
		END IF;
	END LOOP;
	IF options ? 'sample_rows' AND (jsonb_typeof(options -> 'sample_rows') <> 'number' OR (options ->> 'sample_rows')::numeric < 0) THEN
		RAISE EXCEPTION 'invalid remediation option sample_rows: %', options -> 'sample_rows'
			USING ERRCODE = 'invalid_parameter_value', HINT = 'A number of rows; 0 measures on all rows.';
	END IF;
	IF options ? 'time_zone' AND NOT EXISTS (SELECT FROM pg_timezone_names WHERE name = options ->> 'time_zone')
	   AND NOT EXISTS (SELECT FROM pg_timezone_abbrevs WHERE abbrev = options ->> 'time_zone') THEN
		RAISE EXCEPTION 'invalid remediation option time_zone: %', options ->> 'time_zone'
			USING ERRCODE = 'invalid_parameter_value', HINT = 'Use a name from pg_timezone_names, such as UTC or Europe/Paris.';
	END IF;
	PERFORM @extschema@._policy(options, '{}', NULL);
	IF options ? 'lock_timeout' THEN
		PERFORM set_config('lock_timeout', options ->> 'lock_timeout', true);
	END IF;
	RETURN options;
END;
$$;

-- The plans (measured) of all table pairs of two schemas, parents first.
-- Foreign keys to a parent loaded in the same run are measured against
-- the parent's converted source keys.
CREATE FUNCTION @extschema@._plan_schemas(src_ns regnamespace, tgt_ns regnamespace, options jsonb, apply boolean)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	pairs jsonb;
	ordered oid[];
	plans jsonb := '[]';
	plan jsonb;
	p jsonb;
	t oid;
	fks jsonb;
	fk jsonb;
	parent jsonb;
	issues jsonb := '[]';
	topts jsonb;
BEGIN
	IF src_ns = tgt_ns THEN
		RAISE EXCEPTION 'source and target are the same schema: %', src_ns
			USING ERRCODE = 'invalid_parameter_value', HINT = 'Remediate from one schema into another.';
	END IF;
	SELECT coalesce(jsonb_agg(jsonb_build_object('source', m.source::oid, 'target', m.target::oid,
												'confidence', m.confidence, 'method', m.method)), '[]')
	  INTO pairs FROM @extschema@._match_tables(src_ns, tgt_ns, options) m;
	ordered := @extschema@._fk_order(ARRAY(SELECT (x ->> 'target')::oid FROM jsonb_array_elements(pairs) x));
	FOREACH t IN ARRAY ordered LOOP
		SELECT x INTO p FROM jsonb_array_elements(pairs) x WHERE (x ->> 'target')::oid = t;
		PERFORM @extschema@._check_access((p ->> 'source')::oid::regclass, t::regclass, apply);
		-- per-table column options: options.columns {"table.column": ...} or {"table": {"column": ...}}
		topts := options || jsonb_build_object('columns',
			coalesce((SELECT jsonb_object_agg(substr(k, length((SELECT relname FROM pg_class WHERE oid = t)) + 2), v)
						FROM jsonb_each(coalesce(options -> 'columns', '{}')) e(k, v)
					   WHERE starts_with(k, (SELECT relname FROM pg_class WHERE oid = t) || '.')), '{}')
			|| CASE WHEN jsonb_typeof(options -> 'columns' -> (SELECT relname FROM pg_class WHERE oid = t)::text) = 'object'
					THEN options -> 'columns' -> (SELECT relname FROM pg_class WHERE oid = t)::text ELSE '{}' END);
		plan := @extschema@._plan_table((p ->> 'source')::oid::regclass, t::regclass, topts)
				|| jsonb_build_object('match', jsonb_build_object('confidence', p -> 'confidence', 'method', p -> 'method'),
									  'options', topts);
		-- foreign keys to parents of this run: measured against their sources
		fks := '[]';
		FOR fk IN SELECT * FROM jsonb_array_elements(plan -> 'foreign_keys') LOOP
			SELECT x INTO parent FROM jsonb_array_elements(plans) x WHERE (x ->> 'target_oid')::oid = (fk ->> 'ref_oid')::oid;
			IF parent IS NOT NULL AND NOT (fk ->> 'self')::boolean
			   AND NOT EXISTS (SELECT FROM jsonb_array_elements_text(fk -> 'ref_columns') x
								WHERE NOT @extschema@._finals(parent) ? x) THEN
				fk := fk || jsonb_build_object('ref_select', format('SELECT %s FROM %s s',
					(SELECT string_agg(@extschema@._finals(parent) ->> x, ', ' ORDER BY o)
					   FROM jsonb_array_elements_text(fk -> 'ref_columns') WITH ORDINALITY u(x, o)),
					(parent ->> 'source_oid')::oid::regclass));
			END IF;
			fks := fks || fk;
		END LOOP;
		plan := jsonb_set(plan, '{foreign_keys}', fks);
		plans := plans || plan;
	END LOOP;
	-- tables nothing matched
	SELECT coalesce(jsonb_agg(jsonb_build_object('kind', 'unmapped_table', 'source_table', c.oid::regclass::text,
		'detail', 'no target table takes this table: its rows would not be copied')), '[]')
	  INTO issues FROM pg_class c
	 WHERE c.relnamespace = src_ns AND c.relkind IN ('r', 'p', 'm') AND NOT c.relispartition
	   AND NOT c.oid IN (SELECT (x ->> 'source')::oid FROM jsonb_array_elements(pairs) x);
	SELECT issues || coalesce(jsonb_agg(jsonb_build_object('kind', 'missing_table', 'target_table', c.oid::regclass::text,
		'detail', 'no source table fills this table')), '[]')
	  INTO issues FROM pg_class c
	 WHERE c.relnamespace = tgt_ns AND c.relkind IN ('r', 'p')
	   AND NOT c.oid IN (SELECT (x ->> 'target')::oid FROM jsonb_array_elements(pairs) x);
	RETURN jsonb_build_object('plans', plans, 'issues', issues);
END;
$$;

-------------------------------------------------------------------------------
-- The SQL API
-------------------------------------------------------------------------------

-- A measured plan as the user sees it: one step per target column (what
-- fills it, which rule and why, the SQL, the rows it affects, the risk),
-- then the quarantine and the load.
CREATE FUNCTION @extschema@._present(mp jsonb)
RETURNS jsonb
LANGUAGE sql STABLE
AS $$
	WITH f AS (SELECT split_part(key, ':', 1) AS k, substr(key, length(split_part(key, ':', 1)) + 2) AS col, value::bigint AS n
				 FROM jsonb_each_text(mp -> 'failures')),
	steps AS (
		SELECT o, jsonb_build_object(
			'action', CASE c ->> 'kind' WHEN 'cast' THEN CASE WHEN c ->> 'rule' = 'same_type' THEN 'copy' ELSE 'convert' END
						   WHEN 'rename' THEN CASE WHEN c ->> 'rule' = 'same_type' THEN 'rename' ELSE 'rename and convert' END
						   ELSE c ->> 'kind' END,
			'target_column', c ->> 'target', 'target_type', c ->> 'target_type',
			'source_columns', c -> 'sources', 'source_type', c ->> 'source_type',
			'rule', c ->> 'rule', 'structure_rule', c ->> 'structure_rule', 'why', c ->> 'why',
			'match', jsonb_build_object('method', c ->> 'method', 'confidence', (c ->> 'confidence')::numeric),
			'on_error', c ->> 'policy',
			'sql', @extschema@._value_expr(c),
			'rows_affected', a.most,
			'risk', CASE WHEN (c ->> 'confidence')::numeric < 0.7
						   OR a.total > 0.05 * greatest(1, (mp ->> 'rows_examined')::bigint)
						 THEN 'high'
						 WHEN (c ->> 'confidence')::numeric < 0.9
						   OR ((c ->> 'lossy')::boolean AND jsonb_array_length(c -> 'checks') > 0)
						   OR a.total > 0
						 THEN 'medium' ELSE 'low' END) AS step
		  FROM jsonb_array_elements(mp -> 'columns') WITH ORDINALITY x(c, o),
			   LATERAL (SELECT coalesce(max(f.n), 0) AS most, coalesce(sum(f.n), 0) AS total
						  FROM f WHERE f.col = c ->> 'target') a)
	SELECT jsonb_build_object(
		'source', mp ->> 'source', 'target', mp ->> 'target', 'match', mp -> 'match',
		'rows_estimated', mp -> 'rows_estimated', 'rows_examined', mp -> 'rows_examined', 'sampled', mp -> 'sampled',
		'rows_to_quarantine', mp -> 'rows_failing',
		'steps', coalesce((SELECT jsonb_agg(step ORDER BY o) FROM steps), '[]')
				 || jsonb_build_array(
					jsonb_build_object('action', 'quarantine', 'rows_affected', mp -> 'rows_failing',
						'detail', 'rows with a value that does not convert, a duplicate key or a missing parent go to synthmig.rejects',
						'by_check', mp -> 'failures'),
					jsonb_build_object('action', 'load', 'sql',
						format('INSERT INTO %s (%s) SELECT %s FROM %s s', mp ->> 'target',
							   (SELECT string_agg(quote_ident(c ->> 'target'), ', ' ORDER BY o) FROM jsonb_array_elements(mp -> 'columns') WITH ORDINALITY x(c, o)),
							   (SELECT string_agg(@extschema@._value_expr(c), ', ' ORDER BY o) FROM jsonb_array_elements(mp -> 'columns') WITH ORDINALITY x(c, o)),
							   mp ->> 'source'))),
		'unmapped_source', (SELECT coalesce(jsonb_agg(u || jsonb_build_object('values', mp -> 'unmapped_values' -> (u ->> 'column'))), '[]')
							  FROM jsonb_array_elements(mp -> 'unmapped_source') u),
		'issues', mp -> 'issues')
$$;

-- Stop before anything happens when a plan cannot be applied.
CREATE FUNCTION @extschema@._check_fatal(plan jsonb)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
	i jsonb;
BEGIN
	FOR i IN SELECT * FROM jsonb_array_elements(plan -> 'issues') x WHERE (x ->> 'fatal')::boolean LOOP
		IF i ->> 'kind' = 'unsupported_type' THEN
			RAISE EXCEPTION 'cannot remediate %: unsupported conversion for column %', plan ->> 'target', i ->> 'target_column'
				USING ERRCODE = 'feature_not_supported',
					  DETAIL = format('%s (source column %s of type %s, target type %s)', i ->> 'detail',
									  coalesce(i ->> 'source_column', '?'), coalesce(i ->> 'source_type', '?'), coalesce(i ->> 'target_type', '?')),
					  HINT = 'Add a rule for these types to synthmig.rules, or map the column to another source in options.columns.';
		ELSE
			RAISE EXCEPTION 'cannot remediate %: column % has no source', plan ->> 'target', i ->> 'target_column'
				USING ERRCODE = 'not_null_violation',
					  DETAIL = i ->> 'detail',
					  HINT = format('Map it in options: {"columns": {"%s": "<source column>"}}.', i ->> 'target_column');
		END IF;
	END LOOP;
END;
$$;

-- Incompatibilities between a source table and a target table, measured
-- on the data: one row each, with the number and share of rows affected.
CREATE FUNCTION @extschema@.analyze(source regclass, target regclass, options jsonb DEFAULT '{}')
RETURNS TABLE (kind text, source_table text, source_column text, target_table text, target_column text,
			   source_type text, target_type text, detail text, rows_affected bigint, rows_examined bigint,
			   share double precision, sampled boolean, confidence double precision, rule text)
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
BEGIN
	options := @extschema@._check_options(options);
	PERFORM @extschema@._check_access(source, target, false);
	RETURN QUERY SELECT * FROM @extschema@._issues(@extschema@._measure(@extschema@._plan_table(source, target, options), options));
END;
$$;

COMMENT ON FUNCTION @extschema@.analyze(regclass, regclass, jsonb) IS
'incompatibilities between a source and a target table, with the rows each affects, measured on the data';

-- The same for every table pair of two schemas, plus tables left unmatched.
CREATE FUNCTION @extschema@.analyze(source regnamespace, target regnamespace, options jsonb DEFAULT '{}')
RETURNS TABLE (kind text, source_table text, source_column text, target_table text, target_column text,
			   source_type text, target_type text, detail text, rows_affected bigint, rows_examined bigint,
			   share double precision, sampled boolean, confidence double precision, rule text)
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	ps jsonb;
	p jsonb;
	i jsonb;
BEGIN
	options := @extschema@._check_options(options);
	ps := @extschema@._plan_schemas(source, target, options, false);
	FOR p IN SELECT * FROM jsonb_array_elements(ps -> 'plans') LOOP
		RETURN QUERY SELECT * FROM @extschema@._issues(@extschema@._measure(p, options));
	END LOOP;
	FOR i IN SELECT * FROM jsonb_array_elements(ps -> 'issues') LOOP
		kind := i ->> 'kind'; source_table := i ->> 'source_table'; target_table := i ->> 'target_table';
		detail := i ->> 'detail'; source_column := NULL; target_column := NULL; source_type := NULL;
		target_type := NULL; rows_affected := NULL; rows_examined := NULL; share := NULL; sampled := NULL;
		confidence := NULL; rule := NULL;
		IF kind = 'unmapped_table' THEN
			EXECUTE format('SELECT count(*) FROM %s', source_table) INTO rows_affected;
			rows_examined := rows_affected; share := 1; sampled := false;
		END IF;
		RETURN NEXT;
	END LOOP;
END;
$$;

COMMENT ON FUNCTION @extschema@.analyze(regnamespace, regnamespace, jsonb) IS
'incompatibilities between the tables of a source schema and those of a target schema, measured on the data';

-- Record a run, apply the plans in order, and return the report.
CREATE FUNCTION @extschema@._apply_plans(source text, target text, plans jsonb, options jsonb, issues jsonb)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	rid bigint;
	p jsonb;
	tables jsonb := '[]';
	rep jsonb;
	t0 timestamptz := clock_timestamp();
BEGIN
	FOR p IN SELECT * FROM jsonb_array_elements(plans) LOOP
		PERFORM @extschema@._check_fatal(p);
	END LOOP;
	INSERT INTO @extschema@.remediations (source, target, options, plan)
	VALUES (source, target, options, plans) RETURNING id INTO rid;
	FOR p IN SELECT * FROM jsonb_array_elements(plans) LOOP
		tables := tables || @extschema@._apply_table(p, rid, options);
	END LOOP;
	rep := jsonb_build_object(
		'remediation_id', rid, 'mode', 'applied', 'source', source, 'target', target,
		'rows_read', (SELECT coalesce(sum((x ->> 'rows_read')::bigint), 0) FROM jsonb_array_elements(tables) x),
		'rows_written', (SELECT coalesce(sum((x ->> 'rows_written')::bigint), 0) FROM jsonb_array_elements(tables) x),
		'rows_quarantined', (SELECT coalesce(sum((x ->> 'rows_quarantined')::bigint), 0) FROM jsonb_array_elements(tables) x),
		'tables', tables,
		'unmapped_source', (SELECT coalesce(jsonb_agg(jsonb_build_object('table', x ->> 'source', 'column', u ->> 'column')), '[]')
							  FROM jsonb_array_elements(plans) x, jsonb_array_elements(x -> 'unmapped_source') u),
		'issues', coalesce(issues, '[]'),
		'duration_ms', round(extract(epoch FROM clock_timestamp() - t0) * 1000));
	UPDATE @extschema@.remediations SET report = rep, status = 'done', finished_at = clock_timestamp() WHERE id = rid;
	RETURN rep;
END;
$$;

-- Remediate a source table into a target table: the plan (apply false),
-- or the plan applied in one transaction with a report.
CREATE FUNCTION @extschema@.remediate(source regclass, target regclass, apply boolean DEFAULT false,
									  options jsonb DEFAULT '{}')
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	plan jsonb;
BEGIN
	options := @extschema@._check_options(options);
	PERFORM @extschema@._check_access(source, target, apply);
	plan := @extschema@._plan_table(source, target, options)
			|| jsonb_build_object('match', jsonb_build_object('method', 'given', 'confidence', 1));
	IF NOT apply THEN
		RETURN jsonb_build_object('mode', 'plan', 'source', source::text, 'target', target::text,
								  'tables', jsonb_build_array(@extschema@._present(@extschema@._measure(plan, options))));
	END IF;
	RETURN @extschema@._apply_plans(source::text, target::text, jsonb_build_array(plan), options, '[]');
END;
$$;

COMMENT ON FUNCTION @extschema@.remediate(regclass, regclass, boolean, jsonb) IS
'plan, or apply, the conversion of a source table into a target table; unconvertible rows go to synthmig.rejects';

-- Remediate every table of a source schema into the matching table of a
-- target schema, parents before children.
CREATE FUNCTION @extschema@.remediate(source regnamespace, target regnamespace, apply boolean DEFAULT false,
									  options jsonb DEFAULT '{}')
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	ps jsonb;
BEGIN
	options := @extschema@._check_options(options);
	ps := @extschema@._plan_schemas(source, target, options, apply);
	IF NOT apply THEN
		RETURN jsonb_build_object('mode', 'plan', 'source', source::text, 'target', target::text,
			'tables', (SELECT coalesce(jsonb_agg(@extschema@._present(@extschema@._measure(p, options)) ORDER BY o), '[]')
						 FROM jsonb_array_elements(ps -> 'plans') WITH ORDINALITY x(p, o)),
			'issues', ps -> 'issues');
	END IF;
	RETURN @extschema@._apply_plans(source::text, target::text, ps -> 'plans', options, ps -> 'issues');
END;
$$;

COMMENT ON FUNCTION @extschema@.remediate(regnamespace, regnamespace, boolean, jsonb) IS
'plan, or apply, the conversion of every table of a source schema into the matching table of a target schema';

-------------------------------------------------------------------------------
-- In place: a table and the JSONB definition of what it should become
-------------------------------------------------------------------------------

-- The table definition to remediate a table into: {"columns": [...]} or a
-- schema definition {"tables": [...]} (the table named like the source, or
-- the only one).  Column keys: name, type (or data_type), required (or
-- not_null, or is_nullable false), primary_key (is_primary_key), unique
-- (is_unique).  Every type must exist: an unknown one is an error, never
-- a guess.
CREATE FUNCTION @extschema@._target_columns(source regclass, target jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $$
DECLARE
	tdef jsonb;
	c jsonb;
	cols jsonb := '[]';
	i integer := 0;
	typ text;
	rt regtype;
BEGIN
	IF jsonb_typeof(target) <> 'object' THEN
		RAISE EXCEPTION 'invalid target definition: expected a JSON object'
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('got a JSON %s', jsonb_typeof(target));
	END IF;
	IF target ? 'columns' THEN
		tdef := target;
	ELSIF jsonb_typeof(target -> 'tables') = 'array' THEN
		SELECT t INTO tdef FROM jsonb_array_elements(target -> 'tables') t
		 WHERE t ->> 'name' = (SELECT relname FROM pg_class WHERE oid = source)
			OR @extschema@.normalize_name(t ->> 'name') = @extschema@.normalize_name((SELECT relname FROM pg_class WHERE oid = source))
		 LIMIT 1;
		IF tdef IS NULL AND jsonb_array_length(target -> 'tables') = 1 THEN
			tdef := target -> 'tables' -> 0;
		END IF;
		IF tdef IS NULL THEN
			RAISE EXCEPTION 'invalid target definition: no table named like %', source
				USING ERRCODE = 'invalid_parameter_value', DETAIL = 'path: tables',
					  HINT = 'Give {"columns": [...]} or a schema definition with a table of that name.';
		END IF;
	ELSE
		RAISE EXCEPTION 'invalid target definition: no "columns" and no "tables"'
			USING ERRCODE = 'invalid_parameter_value', HINT = 'Give {"columns": [{"name": ..., "type": ...}, ...]}.';
	END IF;
	IF jsonb_typeof(tdef -> 'columns') <> 'array' OR jsonb_array_length(tdef -> 'columns') = 0 THEN
		RAISE EXCEPTION 'invalid target definition: "columns" must be a non-empty array'
			USING ERRCODE = 'invalid_parameter_value', DETAIL = 'path: columns';
	END IF;
	FOR c IN SELECT * FROM jsonb_array_elements(tdef -> 'columns') LOOP
		IF jsonb_typeof(c) <> 'object' OR coalesce(c ->> 'name', '') = '' THEN
			RAISE EXCEPTION 'invalid target definition: a column needs a name'
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('path: columns[%s]', i);
		END IF;
		typ := coalesce(c ->> 'type', c ->> 'data_type');
		IF typ IS NULL THEN
			RAISE EXCEPTION 'invalid target definition: column "%" has no type', c ->> 'name'
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('path: columns[%s].type', i);
		END IF;
		typ := CASE lower(typ) WHEN 'string' THEN 'text' WHEN 'number' THEN 'double precision' WHEN 'json' THEN 'jsonb' ELSE typ END;
		BEGIN
			rt := typ::regtype;
		EXCEPTION WHEN OTHERS THEN
			RAISE EXCEPTION 'invalid target definition: unknown type "%" for column "%"', typ, c ->> 'name'
				USING ERRCODE = 'undefined_object', DETAIL = format('path: columns[%s].type', i),
					  HINT = 'Use a type that exists in this database (format_type spelling, e.g. numeric(10,2)).';
		END;
		cols := cols || jsonb_build_object('name', c ->> 'name', 'type', typ,
			'required', coalesce((c ->> 'required')::boolean, (c ->> 'not_null')::boolean, NOT (c ->> 'is_nullable')::boolean,
								 (c ->> 'primary_key')::boolean, (c ->> 'is_primary_key')::boolean, false),
			'primary_key', coalesce((c ->> 'primary_key')::boolean, (c ->> 'is_primary_key')::boolean, false),
			'unique', coalesce((c ->> 'unique')::boolean, (c ->> 'is_unique')::boolean, false));
		i := i + 1;
	END LOOP;
	RETURN cols;
END;
$$;

-- Remediate a table in place into a JSONB target definition: rows that do
-- not convert go to synthmig.rejects and leave the table; new columns
-- (splits, merges, nests, flattens) are added and filled; converted
-- columns change type with ALTER TABLE ... ALTER COLUMN ... TYPE ... USING;
-- renamed columns are renamed; columns consumed by a split or merge and
-- absent from the definition are dropped; columns nothing reads are kept
-- and reported.  All in the caller's transaction.
CREATE FUNCTION @extschema@.remediate(source regclass, target jsonb, apply boolean DEFAULT false,
									  options jsonb DEFAULT '{}')
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	cols jsonb;
	shadow text := format('pg_temp.%I', '_synthmig_target_' || source::oid);
	shadow_rel regclass;
	plan jsonb;
	col jsonb;
	ddl text;
	alters text[] := '{}';
	sets text[] := '{}';
	renames text[] := '{}';
	drops text[] := '{}';
	steps jsonb := '[]';
	rid bigint;
	n_read bigint;
	n_rej bigint;
	n_left bigint;
	rep jsonb;
	rej text;
	finals jsonb;
	t0 timestamptz := clock_timestamp();
BEGIN
	options := @extschema@._check_options(options);
	IF NOT has_table_privilege(source, 'SELECT') THEN
		RAISE EXCEPTION 'permission denied to read %', source
			USING ERRCODE = 'insufficient_privilege', DETAIL = format('role %s lacks SELECT on the table', current_user);
	END IF;
	IF (SELECT relkind <> 'r' FROM pg_class WHERE oid = source)
	   OR EXISTS (SELECT FROM pg_inherits WHERE inhparent = source OR inhrelid = source) THEN
		RAISE EXCEPTION 'cannot remediate % in place: only a plain table without partitions or inheritance can be', source
			USING ERRCODE = 'feature_not_supported',
				  DETAIL = 'Rows are told apart by ctid, which is unique only within one table, and the table is altered.',
				  HINT = 'Remediate each partition, or into a new table with remediate(source, target).';
	END IF;
	IF apply AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = source), 'USAGE') THEN
		RAISE EXCEPTION 'permission denied to remediate %', source
			USING ERRCODE = 'insufficient_privilege', DETAIL = format('role %s does not own the table', current_user),
				  HINT = 'Run the remediation as the owner of the table.';
	END IF;
	cols := @extschema@._target_columns(source, target);
	-- the target as an empty temporary table, so that planning is the same
	-- as for a pair of tables
	IF to_regclass(shadow) IS NOT NULL THEN
		EXECUTE format('DROP TABLE %s', shadow);
	END IF;
	SELECT format('CREATE TEMP TABLE %s (%s', shadow, string_agg(format('%I %s%s', c ->> 'name', c ->> 'type',
				  CASE WHEN (c ->> 'required')::boolean THEN ' NOT NULL' ELSE '' END), ', ')
				  || coalesce((SELECT ', PRIMARY KEY (' || string_agg(quote_ident(p ->> 'name'), ', ') || ')'
								 FROM jsonb_array_elements(cols) p WHERE (p ->> 'primary_key')::boolean), '')
				  || coalesce((SELECT string_agg(format(', UNIQUE (%I)', u ->> 'name'), '')
								 FROM jsonb_array_elements(cols) u WHERE (u ->> 'unique')::boolean
								   AND NOT (u ->> 'primary_key')::boolean), '')
				  || ')')
	  INTO ddl FROM jsonb_array_elements(cols) c;
	EXECUTE ddl;
	shadow_rel := shadow::regclass;
	plan := @extschema@._plan_table(source, shadow_rel, options, true)
			|| jsonb_build_object('match', jsonb_build_object('method', 'given', 'confidence', 1));
	IF NOT apply THEN
		rep := jsonb_build_object('mode', 'plan', 'source', source::text, 'target', 'definition',
			'tables', jsonb_build_array(@extschema@._present(@extschema@._measure(plan, options))
										|| jsonb_build_object('target', 'definition')));
		EXECUTE format('DROP TABLE %s', shadow);
		RETURN rep;
	END IF;
	PERFORM @extschema@._check_fatal(plan);
	EXECUTE format('LOCK TABLE %s IN ACCESS EXCLUSIVE MODE', source);
	INSERT INTO @extschema@.remediations (source, target, options, plan)
	VALUES (source::text, target::text, options, plan) RETURNING id INTO rid;

	-- quarantine, then take the quarantined rows out of the table
	finals := @extschema@._finals(plan);
	rej := @extschema@._reject_select(plan, finals, source::text, true);
	EXECUTE format('SELECT count(*) FROM %s', source) INTO n_read;
	n_rej := @extschema@._quarantine_rows(rid, source, NULL, rej);
	IF EXISTS (SELECT FROM @extschema@.rejects WHERE remediation_id = rid AND step IN (
				SELECT c ->> 'kind' FROM jsonb_array_elements(plan -> 'columns') x, jsonb_array_elements(x -> 'checks') c
				 WHERE x ->> 'policy' = 'abort')) THEN
		RAISE EXCEPTION 'remediation aborted: %', (SELECT reason FROM @extschema@.rejects WHERE remediation_id = rid ORDER BY id LIMIT 1)
			USING ERRCODE = 'data_exception', DETAIL = format('table %s; nothing was changed', source),
				  HINT = 'Choose another on_error policy for the column (quarantine, null, default, synthesize).';
	END IF;
	IF n_rej > 0 THEN
		EXECUTE format('DELETE FROM %s WHERE ctid IN (SELECT source_ctid FROM @extschema@.rejects WHERE remediation_id = %s)',
					   source, rid);
		steps := steps || jsonb_build_object('action', 'quarantine', 'rows', n_rej);
	END IF;

	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') LOOP
		IF col ->> 'kind' IN ('cast', 'rename') THEN
			IF col ->> 'target_type' <> col ->> 'source_type' THEN
				alters := alters || format('ALTER COLUMN %I TYPE %s USING %s', col -> 'sources' ->> 0,
										   col ->> 'target_type', finals ->> (col ->> 'target'));
			END IF;
			IF col ->> 'target' <> col -> 'sources' ->> 0 THEN
				renames := renames || format('ALTER TABLE %s RENAME COLUMN %I TO %I', source, col -> 'sources' ->> 0, col ->> 'target');
			END IF;
		ELSE
			-- a new column computed from others, before those change
			EXECUTE format('ALTER TABLE %s ADD COLUMN %I %s', source, col ->> 'target', col ->> 'target_type');
			sets := sets || format('%I = %s', col ->> 'target', finals ->> (col ->> 'target'));
			drops := drops || ARRAY(SELECT x FROM jsonb_array_elements_text(col -> 'sources') x
									 WHERE NOT x IN (SELECT jsonb_array_elements(cols) ->> 'name'));
			steps := steps || jsonb_build_object('action', 'add column', 'column', col ->> 'target', 'from', col -> 'sources',
												 'rule', coalesce(col ->> 'structure_rule', col ->> 'rule'));
		END IF;
	END LOOP;
	IF cardinality(sets) > 0 THEN
		EXECUTE format('UPDATE %s SET %s', source, array_to_string(sets, ', '));
		steps := steps || jsonb_build_object('action', 'fill new columns', 'sql', format('UPDATE %s SET %s', source, array_to_string(sets, ', ')));
	END IF;
	IF cardinality(alters) > 0 THEN
		EXECUTE format('ALTER TABLE %s %s', source, array_to_string(alters, ', '));
		steps := steps || jsonb_build_object('action', 'convert', 'sql', format('ALTER TABLE %s %s', source, array_to_string(alters, ', ')));
	END IF;
	drops := ARRAY(SELECT DISTINCT d FROM unnest(drops) d);
	IF cardinality(drops) > 0 THEN
		EXECUTE format('ALTER TABLE %s %s', source, (SELECT string_agg(format('DROP COLUMN %I', d), ', ') FROM unnest(drops) d));
		steps := steps || jsonb_build_object('action', 'drop consumed columns', 'columns', to_jsonb(drops));
	END IF;
	FOR ddl IN SELECT unnest(renames) LOOP
		EXECUTE ddl;
		steps := steps || jsonb_build_object('action', 'rename', 'sql', ddl);
	END LOOP;
	FOR col IN SELECT * FROM jsonb_array_elements(cols) c WHERE (c ->> 'required')::boolean LOOP
		EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET NOT NULL', source, col ->> 'name');
	END LOOP;
	-- the definition's keys (duplicates were quarantined above)
	IF EXISTS (SELECT FROM jsonb_array_elements(cols) c WHERE (c ->> 'primary_key')::boolean)
	   AND NOT EXISTS (SELECT FROM pg_constraint WHERE conrelid = source AND contype = 'p') THEN
		ddl := format('ALTER TABLE %s ADD PRIMARY KEY (%s)', source,
					  (SELECT string_agg(quote_ident(c ->> 'name'), ', ') FROM jsonb_array_elements(cols) c
						WHERE (c ->> 'primary_key')::boolean));
		EXECUTE ddl;
		steps := steps || jsonb_build_object('action', 'add key', 'sql', ddl);
	END IF;
	FOR col IN SELECT * FROM jsonb_array_elements(cols) c
				WHERE (c ->> 'unique')::boolean AND NOT (c ->> 'primary_key')::boolean LOOP
		ddl := format('ALTER TABLE %s ADD UNIQUE (%I)', source, col ->> 'name');
		EXECUTE ddl;
		steps := steps || jsonb_build_object('action', 'add key', 'sql', ddl);
	END LOOP;
	EXECUTE format('SELECT count(*) FROM %s', source) INTO n_left;
	IF n_read <> n_left + n_rej THEN
		RAISE EXCEPTION 'in-place remediation of % lost rows: % read, % kept, % quarantined', source, n_read, n_left, n_rej
			USING ERRCODE = 'internal_error', DETAIL = 'Nothing was changed.';
	END IF;
	EXECUTE format('DROP TABLE %s', shadow);
	rep := jsonb_build_object('remediation_id', rid, 'mode', 'applied in place', 'source', source::text,
		'rows_read', n_read, 'rows_written', n_left, 'rows_quarantined', n_rej, 'balanced', n_read = n_left + n_rej,
		'tables', jsonb_build_array(jsonb_build_object('source', source::text, 'rows_read', n_read, 'rows_written', n_left,
			'rows_quarantined', n_rej, 'balanced', n_read = n_left + n_rej, 'steps', steps)),
		'unmapped_source', plan -> 'unmapped_source',
		'duration_ms', round(extract(epoch FROM clock_timestamp() - t0) * 1000));
	UPDATE @extschema@.remediations SET report = rep, status = 'done', finished_at = clock_timestamp() WHERE id = rid;
	RETURN rep;
END;
$$;

COMMENT ON FUNCTION @extschema@.remediate(regclass, jsonb, boolean, jsonb) IS
'plan, or apply in place (ALTER TABLE ... USING), the conversion of a table into a JSONB target definition';
