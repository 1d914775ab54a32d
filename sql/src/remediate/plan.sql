-- The policy for values of a column that do not convert: the column's
-- option, then the rule's, then the run's; quarantine by default.
CREATE FUNCTION synthmig_internal.policy(options jsonb, col_opt jsonb, rule_name text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
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
CREATE FUNCTION synthmig_internal.rule_candidates(src regtype, tgt regtype, rule_kind text, disabled text[])
RETURNS SETOF @extschema@.rules
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
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
CREATE FUNCTION synthmig_internal.reason(prefix text, value_expr text, suffix text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE WHEN value_expr IS NULL THEN quote_literal(prefix || suffix)
		ELSE format('%L || quote_nullable(left((%s)::text, 100)) || %L', prefix, value_expr, suffix) END
$$;


-- Choose the cast rule for one source expression and one target type, and
-- fill its template.  Rules with a condition are tried on the sample: the
-- first (by priority) whose condition holds for min_share of the non-missing
-- values wins; without a sample only unconditional rules are considered.
-- Returns NULL when no rule converts between the two types.
CREATE FUNCTION synthmig_internal.cast_step(src_expr text, src_type regtype, tgt_type regtype, tgt_type_text text,
									   params jsonb, rule_name text, disabled text[], sample text,
									   check_rel text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
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
		cands := ARRAY(SELECT c FROM synthmig_internal.rule_candidates(src_type, tgt_type, 'cast', disabled) c);
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
								   synthmig_internal.fill(r.template, src_expr, tgt_type_text, params), tgt_type_text, check_rel);
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
	conv := synthmig_internal.fill(r.template, src_expr, tgt_type_text, params);
	IF NOT synthmig_internal.is_one_expression(conv) THEN
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
			synthmig_internal.fill(r.loss_check, src_expr, tgt_type_text, params || jsonb_build_object('result', conv)) END);
END;
$$;


-- The plan for one table pair: for every target column where its value
-- comes from (kind, sources, rule and why, confidence), the conversion
-- expression over the source row "s", the checks that tell a value that
-- does not convert (each with its kind and the SQL of the reason), and the
-- policy for such values; plus the target's keys and foreign keys, the
-- source columns nothing reads, and the problems found while planning.
-- in_place builds expressions over bare column names (ALTER TABLE ... USING).
CREATE FUNCTION synthmig_internal.plan_table(source regclass, target regclass, options jsonb DEFAULT '{}',
										in_place boolean DEFAULT false)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	alias text := CASE WHEN in_place THEN '' ELSE 's.' END;
	col_opts jsonb := coalesce(options -> 'columns', '{}');
	disabled text[] := ARRAY(SELECT jsonb_array_elements_text(coalesce(options -> 'disable_rules', '[]')));
	zone text := coalesce(options ->> 'time_zone', current_setting('TimeZone'));
	rule_sample text := synthmig_internal.sample_from(source, 5000);
	prof jsonb;
	maps jsonb;
	m jsonb;
	copt jsonb;
	t synthmig_internal.relcolumn;
	sc synthmig_internal.relcolumn;
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
	scols synthmig_internal.relcolumn[];
	two_digit_year text := '^\s*([0-9]{1,2}[/.-][0-9]{1,2}[/.-]|[0-9]{1,2}[ -]?[A-Za-z]{3,9}\.?[ -]?|[A-Za-z]{3,9}\.? [0-9]{1,2},? )[0-9]{2}([^0-9]|$)';
BEGIN
	IF source = target THEN
		RAISE EXCEPTION 'source and target are the same table: %', source
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'To change a table in place, give a JSONB target definition instead of a table.';
	END IF;
	-- detection profiles of the source columns, on the rule sample (none
	-- for an empty source: there is nothing to detect)
	EXECUTE format('SELECT jsonb_object_agg(p.column_name, p.profile) FROM @extschema@.profile_columns('
				   '(SELECT jsonb_agg(to_jsonb(s) - ''ctid'') FROM %s s)) p', rule_sample)
	  INTO prof;
	maps := synthmig_internal.match_columns(source, target, col_opts, coalesce(prof, '{}'), rule_sample);

	scols := ARRAY(SELECT c FROM synthmig_internal.relcolumns(source) c);
	FOR t IN SELECT * FROM synthmig_internal.relcolumns(target) c WHERE NOT c.generated LOOP
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
														 THEN synthmig_internal.day_month_order(src_expr, rule_sample, prof -> srcs[1])
														 ELSE synthmig_internal.field_order(prof -> srcs[1]) END,
									 'decimal_mark', CASE WHEN sc.family = 'text' AND t.family IN ('integer', 'numeric', 'float', 'money')
														  THEN synthmig_internal.decimal_mark(src_expr, rule_sample, prof -> srcs[1])
														  ELSE coalesce(prof -> srcs[1] -> 'format' ->> 'decimal', '.') END)
				  || coalesce(m -> 'params', '{}');
		checks := '[]';
		struct_rule := NULL;
		IF kind = 'cast' THEN
			st := synthmig_internal.cast_step(src_expr, sc.typ, t.typ, t.type_text, params, copt ->> 'rule',
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
				-- the column's first names, computed once per statement by a
				-- function rather than written into the SQL as a literal list
				params := params || jsonb_build_object('first_names',
					format('(SELECT synthmig_internal.first_names(%L, %L))', rule_sample, src_expr));
			ELSIF kind = 'merge' THEN
				params := params || jsonb_build_object('values',
					(SELECT string_agg(alias || quote_ident(x), ', ' ORDER BY o) FROM unnest(srcs) WITH ORDINALITY u(x, o)));
			ELSIF kind = 'nest' THEN
				params := params || jsonb_build_object('pairs',
					(SELECT string_agg(format('%L, %s%I', k, alias, x), ', ' ORDER BY o)
					   FROM unnest(srcs) WITH ORDINALITY u(x, o)
					   JOIN jsonb_array_elements_text(m -> 'params' -> 'keys') WITH ORDINALITY kk(k, ko) ON ko = o));
			END IF;
			e1 := synthmig_internal.fill(struct_rule.template, src_expr, t.type_text, params);
			IF kind = 'nest' THEN
				st := jsonb_build_object('rule', 'same_type', 'conv', e1, 'identity', true, 'why', 'built as ' || t.type_text);
			ELSE
				st := synthmig_internal.cast_step(e1, 'text'::regtype, t.typ, t.type_text,
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
				'reason', synthmig_internal.reason(format('column %s: ', quote_ident(srcs[1])), e1,
							format(' cannot be converted to %s by rule %s', t.type_text, rule_name)),
				'detail', format('column %s: ', quote_ident(srcs[1])) || 'value' || format(' cannot be converted to %s by rule %s', t.type_text, rule_name));
		END IF;
		-- converts, but loses information
		IF st ->> 'loss_check' IS NOT NULL THEN
			checks := checks || jsonb_build_object(
				'kind', CASE WHEN t.family IN ('integer', 'numeric', 'money') THEN 'rounding' ELSE 'information_loss' END,
				'pred', format('coalesce((%s), false)', st ->> 'loss_check'),
				'reason', synthmig_internal.reason(format('column %s: ', quote_ident(srcs[1])), e1,
							format(' would lose information as %s (rule %s)', t.type_text, rule_name)),
				'detail', format('column %s: ', quote_ident(srcs[1])) || 'value' || format(' would lose information as %s (rule %s)', t.type_text, rule_name));
		END IF;
		-- fits the target's length, precision and range
		IF t.typ IN ('varchar'::regtype, 'bpchar'::regtype) AND t.typmod > 4
		   AND NOT (sc.typ = t.typ AND sc.typmod > 4 AND sc.typmod <= t.typmod AND kind = 'cast') THEN
			checks := checks || jsonb_build_object('kind', 'truncation',
				'pred', format('char_length((%s)::text) > %s', conv, t.typmod - 4),
				'reason', synthmig_internal.reason(format('column %s: ', quote_ident(srcs[1])), e1,
							format(' is longer than %s characters (%s)', t.typmod - 4, t.type_text)),
				'detail', format('column %s: ', quote_ident(srcs[1])) || 'value' || format(' is longer than %s characters (%s)', t.typmod - 4, t.type_text),
				'length', t.typmod - 4);
		ELSIF t.typ = 'numeric'::regtype AND t.typmod > 4
		   AND NOT (sc.typ = t.typ AND sc.typmod = t.typmod AND kind = 'cast') THEN
			n_p := ((t.typmod - 4) >> 16) & 65535;
			n_s := (t.typmod - 4) & 65535;
			checks := checks || jsonb_build_object('kind', 'rounding',
				'pred', format('scale((%s)::numeric) > %s AND (%s)::numeric <> round((%s)::numeric, %s)', conv, n_s, conv, conv, n_s),
				'reason', synthmig_internal.reason(format('column %s: ', quote_ident(srcs[1])), e1,
							format(' would be rounded to %s decimal places (%s)', n_s, t.type_text)),
				'detail', format('column %s: ', quote_ident(srcs[1])) || 'value' || format(' would be rounded to %s decimal places (%s)', n_s, t.type_text))
				|| jsonb_build_object('kind', 'overflow',
				'pred', format('abs((%s)::numeric) >= %s', conv, 10::numeric ^ (n_p - n_s) - 5 * 10::numeric ^ (-n_s - 1)),
				'reason', synthmig_internal.reason(format('column %s: ', quote_ident(srcs[1])), e1,
							format(' does not fit %s', t.type_text)),
				'detail', format('column %s: ', quote_ident(srcs[1])) || 'value' || format(' does not fit %s', t.type_text));
		ELSIF t.typ IN ('int2'::regtype, 'int4'::regtype)
		   AND NOT (sc.typ IN ('int2'::regtype, t.typ) AND kind = 'cast') THEN
			lo := CASE WHEN t.typ = 'int2'::regtype THEN -32768 ELSE -2147483648 END;
			hi := CASE WHEN t.typ = 'int2'::regtype THEN 32767 ELSE 2147483647 END;
			checks := checks || jsonb_build_object('kind', 'overflow',
				'pred', format(CASE WHEN st ->> 'conv_type' IN ('smallint', 'integer', 'bigint') THEN '(%s) NOT BETWEEN %s AND %s'
									ELSE '(%s)::numeric NOT BETWEEN %s AND %s' END, conv, lo, hi),
				'reason', synthmig_internal.reason(format('column %s: ', quote_ident(srcs[1])), e1,
							format(' is out of the range of %s', t.type_text)),
				'detail', format('column %s: ', quote_ident(srcs[1])) || 'value' || format(' is out of the range of %s', t.type_text));
		END IF;

		pol := synthmig_internal.policy(options, copt, rule_name);
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


-- The plans (measured) of all table pairs of two schemas, parents first.
-- Foreign keys to a parent loaded in the same run are measured against
-- the parent's converted source keys.
CREATE FUNCTION synthmig_internal.plan_schemas(src_ns regnamespace, tgt_ns regnamespace, options jsonb, apply boolean)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
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
	  INTO pairs FROM synthmig_internal.match_tables(src_ns, tgt_ns, options) m;
	ordered := synthmig_internal.fk_order(ARRAY(SELECT (x ->> 'target')::oid FROM jsonb_array_elements(pairs) x));
	FOREACH t IN ARRAY ordered LOOP
		SELECT x INTO p FROM jsonb_array_elements(pairs) x WHERE (x ->> 'target')::oid = t;
		PERFORM synthmig_internal.check_access((p ->> 'source')::oid::regclass, t::regclass, apply);
		-- per-table column options: options.columns {"table.column": ...} or {"table": {"column": ...}}
		topts := options || jsonb_build_object('columns',
			coalesce((SELECT jsonb_object_agg(substr(k, length((SELECT relname FROM pg_class WHERE oid = t)) + 2), v)
						FROM jsonb_each(coalesce(options -> 'columns', '{}')) e(k, v)
					   WHERE starts_with(k, (SELECT relname FROM pg_class WHERE oid = t) || '.')), '{}')
			|| CASE WHEN jsonb_typeof(options -> 'columns' -> (SELECT relname FROM pg_class WHERE oid = t)::text) = 'object'
					THEN options -> 'columns' -> (SELECT relname FROM pg_class WHERE oid = t)::text ELSE '{}' END);
		plan := synthmig_internal.plan_table((p ->> 'source')::oid::regclass, t::regclass, topts)
				|| jsonb_build_object('match', jsonb_build_object('confidence', p -> 'confidence', 'method', p -> 'method'),
									  'options', topts);
		-- foreign keys to parents of this run: measured against their sources
		fks := '[]';
		FOR fk IN SELECT * FROM jsonb_array_elements(plan -> 'foreign_keys') LOOP
			SELECT x INTO parent FROM jsonb_array_elements(plans) x WHERE (x ->> 'target_oid')::oid = (fk ->> 'ref_oid')::oid;
			IF parent IS NOT NULL AND NOT (fk ->> 'self')::boolean
			   AND NOT EXISTS (SELECT FROM jsonb_array_elements_text(fk -> 'ref_columns') x
								WHERE NOT synthmig_internal.finals(parent) ? x) THEN
				fk := fk || jsonb_build_object('ref_select', format('SELECT %s FROM %s s',
					(SELECT string_agg(synthmig_internal.finals(parent) ->> x, ', ' ORDER BY o)
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
