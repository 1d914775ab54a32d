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


-- How a conversion fares on a sample: the values that are not missing, those
-- of them it does not convert, and up to five of those (40 characters each).
-- A conversion that raises counts every value as failing.
CREATE FUNCTION synthmig_internal.conv_failures(src_expr text, conv text, sample text,
												OUT present bigint, OUT failing bigint, OUT examples text[])
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	EXECUTE format('SELECT count(*) FILTER (WHERE NOT m), count(*) FILTER (WHERE NOT m AND f), '
				   '(array_agg(DISTINCT left(v, 40)) FILTER (WHERE NOT m AND f))[1:5] '
				   'FROM (SELECT v, @extschema@.is_missing(v) AS m, f FROM (SELECT (%s)::text AS v, (%s) IS NULL AS f FROM %s s) a) b',
				   src_expr, conv, sample)
	  INTO present, failing, examples;
EXCEPTION
	WHEN query_canceled OR insufficient_privilege THEN
		RAISE;
	WHEN OTHERS THEN
		EXECUTE format('SELECT count(*) FILTER (WHERE NOT @extschema@.is_missing(v)), (array_agg(DISTINCT left(v, 40)))[1:5] '
					   'FROM (SELECT (%s)::text AS v FROM %s s) a', src_expr, sample)
		  INTO present, examples;
		failing := present;
END;
$$;


-- Whether a rule failing on "failing" of "present" sampled values is a
-- planning failure rather than bad data: more than max_share of them, and
-- at least 10 values or every one of at least 3.
CREATE FUNCTION synthmig_internal.too_many_failures(present bigint, failing bigint, max_share numeric)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT failing > max_share * present AND (failing >= 10 OR (failing = present AND present >= 3))
$$;


-- Choose the cast rule for one source expression and one target type, and
-- fill its template.  Rules with a condition are tried on the sample: the
-- first (by priority) whose condition holds for min_share of the non-missing
-- values wins; without a sample only unconditional rules are considered.
-- Returns NULL when no rule converts between the two types.
CREATE FUNCTION synthmig_internal.cast_step(src_expr text, src_type regtype, tgt_type regtype, tgt_type_text text,
									   params jsonb, rule_name text, disabled text[], sample text,
									   check_rel text DEFAULT NULL, max_share numeric DEFAULT NULL)
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
	fl record;
	fl2 record;
	tried jsonb := '[]';
	failure jsonb;
	c1 @extschema@.rules;
	c2 @extschema@.rules;
	mid regtype;
	e text;
	alt text;
	chain_loss text;
	found_alt boolean := false;
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
	-- a rule that fails on more than max_share of the sampled values is a
	-- planning failure, not bad data: try the other rules for these types,
	-- then chains of two rules through an intermediate type (Y/N through
	-- boolean into smallint, say), and keep the first that converts the
	-- sample; when none does, say so (the plan then blocks)
	IF max_share IS NOT NULL AND sample IS NOT NULL AND rule_name IS NULL AND r.name <> 'same_type'
	   AND synthmig_internal.is_one_expression(conv) THEN
		SELECT * INTO fl FROM synthmig_internal.conv_failures(src_expr, conv, sample);
		IF synthmig_internal.too_many_failures(fl.present, fl.failing, max_share) THEN
			tried := jsonb_build_array(jsonb_build_object('rule', r.name, 'failing', fl.failing, 'of', fl.present));
			FOR i IN 1 .. coalesce(cardinality(cands), 0) LOOP
				CONTINUE WHEN cands[i].name = r.name;
				alt := synthmig_internal.fill(cands[i].template, src_expr, tgt_type_text, params);
				CONTINUE WHEN NOT synthmig_internal.is_one_expression(alt);
				BEGIN
					EXECUTE format('SELECT (%s)::%s FROM %s s LIMIT 0', alt, tgt_type_text, coalesce(check_rel, sample));
				EXCEPTION WHEN OTHERS THEN
					CONTINUE;
				END;
				SELECT * INTO fl2 FROM synthmig_internal.conv_failures(src_expr, alt, sample);
				tried := tried || jsonb_build_object('rule', cands[i].name, 'failing', fl2.failing, 'of', fl2.present);
				IF NOT synthmig_internal.too_many_failures(fl2.present, fl2.failing, max_share) THEN
					r := cands[i];
					conv := alt;
					why := format('%s fails on %s of %s sampled values; %s converts all but %s', tried -> 0 ->> 'rule',
								  fl.failing, fl.present, r.name, fl2.failing);
					found_alt := true;
					EXIT;
				END IF;
			END LOOP;
			-- chains through an intermediate type
			IF NOT found_alt THEN
				<<chains>>
				FOREACH mid IN ARRAY ARRAY['boolean', 'numeric', 'bigint', 'timestamp', 'date']::regtype[] LOOP
					CONTINUE WHEN mid = src_type OR mid = tgt_type
							   OR @extschema@.type_family(mid) = @extschema@.type_family(tgt_type);
					FOR c1 IN SELECT * FROM synthmig_internal.rule_candidates(src_type, mid, 'cast', disabled) x
							   WHERE x.name NOT IN ('text_to_any', 'any_to_text') LOOP
						e := synthmig_internal.fill(c1.template, src_expr, format_type(mid, NULL), params);
						FOR c2 IN SELECT * FROM synthmig_internal.rule_candidates(mid, tgt_type, 'cast', disabled) x
								   WHERE x.name NOT IN ('text_to_any', 'any_to_text') LOOP
							alt := synthmig_internal.fill(c2.template, '(' || e || ')', tgt_type_text, params);
							CONTINUE WHEN NOT synthmig_internal.is_one_expression(alt);
							BEGIN
								EXECUTE format('SELECT (%s)::%s FROM %s s LIMIT 0', alt, tgt_type_text, coalesce(check_rel, sample));
							EXCEPTION WHEN OTHERS THEN
								CONTINUE;
							END;
							SELECT * INTO fl2 FROM synthmig_internal.conv_failures(src_expr, alt, sample);
							tried := tried || jsonb_build_object('rule', c1.name || ' + ' || c2.name, 'failing', fl2.failing, 'of', fl2.present);
							IF NOT synthmig_internal.too_many_failures(fl2.present, fl2.failing, max_share) THEN
								r := c2;
								r.name := c1.name || ' + ' || c2.name;
								r.lossy := c1.lossy OR c2.lossy;
								r.template := NULL;
								chain_loss := CASE WHEN c2.loss_check IS NOT NULL THEN
									synthmig_internal.fill(c2.loss_check, '(' || e || ')', tgt_type_text, params || jsonb_build_object('result', alt)) END;
								conv := alt;
								why := format('%s fails on %s of %s sampled values; chained through %s, %s then %s convert all but %s',
											  tried -> 0 ->> 'rule', fl.failing, fl.present, format_type(mid, NULL), c1.name, c2.name, fl2.failing);
								found_alt := true;
								EXIT chains;
							END IF;
						END LOOP;
					END LOOP;
				END LOOP;
			END IF;
			IF NOT found_alt THEN
				failure := jsonb_build_object('rule', r.name, 'failing', fl.failing, 'of', fl.present,
											  'examples', to_jsonb(fl.examples), 'tried', tried,
											  'best', (SELECT t ->> 'rule' FROM jsonb_array_elements(tried) WITH ORDINALITY x(t, o)
													   WHERE t ->> 'rule' NOT LIKE '% + %'
														ORDER BY (t ->> 'failing')::bigint, o LIMIT 1));
			END IF;
		END IF;
	END IF;
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
		'identity', coalesce(r.template = '{value}', false),
		'loss_check', CASE WHEN r.template IS NULL THEN chain_loss WHEN r.loss_check IS NOT NULL THEN
			synthmig_internal.fill(r.loss_check, src_expr, tgt_type_text, params || jsonb_build_object('result', conv)) END,
		'tried', CASE WHEN jsonb_array_length(tried) > 0 THEN tried END,
		'planning_failure', failure);
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
	dropped text[] := ARRAY(SELECT jsonb_array_elements_text(coalesce(options -> 'drop', '[]')));
	defaulted text[] := ARRAY(SELECT jsonb_array_elements_text(coalesce(options -> 'defaults', '[]')));
	max_share numeric := coalesce((options ->> 'max_reject_share')::numeric, 0.05);
	missing jsonb := '[]';
	held jsonb;
	q text;
BEGIN
	IF source = target THEN
		RAISE EXCEPTION 'source and target are the same table: %', source
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'To change a table in place, give a JSONB target definition instead of a table.';
	END IF;
	-- every name in the options must exist (schema mode checks its own)
	IF NOT in_place AND NOT coalesce((options ->> '_schema_mode')::boolean, false) THEN
		PERFORM synthmig_internal.raise_option_errors(synthmig_internal.option_name_errors(options, source, target));
	END IF;
	-- detection profiles of the source columns, on the rule sample (none
	-- for an empty source: there is nothing to detect)
	EXECUTE format('SELECT jsonb_object_agg(p.column_name, p.profile) FROM @extschema@.profile_columns('
				   '(SELECT jsonb_agg(to_jsonb(s) - ''ctid'') FROM %s s)) p', rule_sample)
	  INTO prof;
	maps := synthmig_internal.match_columns(source, target, col_opts, coalesce(prof, '{}'), rule_sample, dropped, defaulted);

	scols := ARRAY(SELECT c FROM synthmig_internal.relcolumns(source) c);
	FOR t IN SELECT * FROM synthmig_internal.relcolumns(target) c WHERE NOT c.generated LOOP
		m := maps -> t.name;
		copt := CASE WHEN jsonb_typeof(col_opts -> t.name) = 'object' THEN col_opts -> t.name ELSE '{}' END;
		IF m IS NULL OR jsonb_array_length(m -> 'sources') = 0 THEN
			issues := issues || jsonb_build_object(
				'kind', 'missing_source', 'target_column', t.name, 'target_type', t.type_text,
				'fatal', t.not_null AND t.default_expr IS NULL AND t.identity = '',
				'accepted', t.name = ANY (defaulted) OR m ->> 'method' = 'options',
				'detail', CASE WHEN t.default_expr IS NOT NULL OR t.identity <> '' THEN
									'no source column: filled by the default ' || coalesce(t.default_expr, 'identity')
							   WHEN NOT t.not_null THEN 'no source column: left NULL'
							   ELSE 'no source column, and the column is NOT NULL without a default' END
						  || CASE WHEN t.name = ANY (defaulted) THEN ' (accepted in options.defaults)'
								  WHEN m ->> 'method' = 'options' THEN ' (options.columns maps it to nothing)' ELSE '' END,
				'fix', jsonb_build_array(jsonb_build_object('columns', jsonb_build_object(t.name, '<source column>'))));
			IF NOT (t.not_null AND t.default_expr IS NULL AND t.identity = '') AND NOT t.name = ANY (defaulted)
			   AND NOT coalesce(m ->> 'method' = 'options', false) THEN
				missing := missing || jsonb_build_object('column', t.name, 'filler',
					CASE WHEN t.identity <> '' THEN 'its identity' WHEN t.default_expr IS NOT NULL THEN 'its default ' || t.default_expr
						 ELSE 'NULL' END);
			END IF;
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
										 rule_sample, rule_sample,
										 CASE WHEN NOT in_place AND coalesce(copt ->> 'on_error', options ->> 'on_error', 'quarantine')
																	IN ('quarantine', 'abort', 'widen') THEN max_share END);
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
		IF st -> 'planning_failure' IS NOT NULL AND jsonb_typeof(st -> 'planning_failure') = 'object' THEN
			issues := issues || jsonb_build_object(
				'kind', 'planning_failure', 'source_column', srcs[1], 'source_type', sc.type_text,
				'target_column', t.name, 'target_type', t.type_text, 'fatal', true,
				'examples', st -> 'planning_failure' -> 'examples', 'tried', st -> 'planning_failure' -> 'tried',
				'detail', format('rule %s does not convert %s of %s sampled values of %s (more than max_reject_share %s), for example %s; rules tried: %s',
								 st ->> 'rule', st -> 'planning_failure' ->> 'failing', st -> 'planning_failure' ->> 'of',
								 quote_ident(srcs[1]), max_share,
								 (SELECT string_agg(quote_literal(x), ', ') FROM jsonb_array_elements_text(st -> 'planning_failure' -> 'examples') x),
								 (SELECT string_agg(format('%s (%s failing)', x ->> 'rule', x ->> 'failing'), ', ')
									FROM jsonb_array_elements(st -> 'planning_failure' -> 'tried') x)),
				'fix', jsonb_build_array(
					CASE WHEN st -> 'planning_failure' ->> 'best' IS NOT NULL THEN
						jsonb_build_object('columns', jsonb_build_object(t.name, jsonb_build_object('rule', st -> 'planning_failure' ->> 'best'))) END,
					jsonb_build_object('columns', jsonb_build_object(t.name, jsonb_build_object('on_error', 'null'))),
					jsonb_build_object('drop', jsonb_build_array(srcs[1]), 'defaults', jsonb_build_array(t.name))));
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

	-- a target column filled by its default, its identity or NULL while a
	-- source column of this table holds data no target column takes: the
	-- match was probably missed, and loading would silently write wrong
	-- values.  Blocking until the options map the column, drop the source
	-- columns (options.drop) or accept the default (options.defaults).
	IF NOT in_place AND jsonb_array_length(missing) > 0
	   AND EXISTS (SELECT FROM unnest(scols) c WHERE NOT c.name = ANY (used) AND NOT c.name = ANY (dropped)) THEN
		EXECUTE format('SELECT coalesce(jsonb_agg(k ORDER BY a), ''[]'') FROM (SELECT e.key AS k, min(c.attnum) AS a FROM %s s, '
					   'jsonb_each_text(to_jsonb(s)) e JOIN unnest($1) c ON c.name = e.key '
					   'WHERE NOT @extschema@.is_missing(e.value) GROUP BY e.key) x', rule_sample)
		  INTO held
		 USING ARRAY(SELECT c FROM unnest(scols) c WHERE NOT c.name = ANY (used) AND NOT c.name = ANY (dropped));
		IF jsonb_array_length(held) > 0 THEN
			issues := (SELECT jsonb_agg(CASE WHEN i ->> 'kind' = 'missing_source' AND mm.v IS NOT NULL THEN
				i || jsonb_build_object('kind', 'unmatched_data', 'fatal', true, 'source_columns', held,
					'detail', format('filled by %s while source column(s) %s hold data no target column takes',
									 mm.v ->> 'filler', (SELECT string_agg(quote_ident(h), ', ') FROM jsonb_array_elements_text(held) h)),
					'fix', jsonb_build_array(
						jsonb_build_object('columns', jsonb_build_object(i ->> 'target_column',
							(SELECT h FROM jsonb_array_elements_text(held) WITH ORDINALITY x(h, o)
							  ORDER BY synthmig_internal.name_score(h, i ->> 'target_column', @extschema@.normalize_name(h),
											@extschema@.normalize_name(i ->> 'target_column'), '', '') DESC, o LIMIT 1))),
						jsonb_build_object('drop', held),
						jsonb_build_object('defaults', jsonb_build_array(i ->> 'target_column'))))
				ELSE i END ORDER BY o)
				FROM jsonb_array_elements(issues) WITH ORDINALITY x(i, o)
				LEFT JOIN LATERAL (SELECT y AS v FROM jsonb_array_elements(missing) y WHERE y ->> 'column' = i ->> 'target_column') mm ON true);
		END IF;
	END IF;

	-- a NOT NULL column nothing fills: the hint proposes the unread source
	-- column whose name is closest, one to one (best pairs first), so that
	-- the hints work as written together
	IF NOT in_place AND EXISTS (SELECT FROM jsonb_array_elements(issues) i WHERE i ->> 'kind' = 'missing_source' AND (i ->> 'fatal')::boolean)
	   AND EXISTS (SELECT FROM unnest(scols) c WHERE NOT c.name = ANY (used) AND NOT c.name = ANY (dropped)) THEN
		held := '{}';
		FOR m IN SELECT jsonb_build_object('t', i ->> 'target_column', 's', c.name) FROM jsonb_array_elements(issues) i, unnest(scols) c
				  WHERE i ->> 'kind' = 'missing_source' AND (i ->> 'fatal')::boolean
					AND NOT c.name = ANY (used) AND NOT c.name = ANY (dropped)
				  ORDER BY synthmig_internal.name_score(c.name, i ->> 'target_column', c.norm,
							   @extschema@.normalize_name(i ->> 'target_column'), '', '') DESC, c.attnum LOOP
			CONTINUE WHEN held ? (m ->> 't') OR EXISTS (SELECT FROM jsonb_each_text(held) h WHERE h.value = m ->> 's');
			held := held || jsonb_build_object(m ->> 't', m ->> 's');
		END LOOP;
		issues := (SELECT jsonb_agg(CASE WHEN i ->> 'kind' = 'missing_source' AND (i ->> 'fatal')::boolean AND held ? (i ->> 'target_column') THEN
			i || jsonb_build_object('fix', jsonb_build_array(jsonb_build_object('columns', jsonb_build_object(i ->> 'target_column',
																												   held ->> (i ->> 'target_column')))))
			ELSE i END ORDER BY o)
			FROM jsonb_array_elements(issues) WITH ORDINALITY x(i, o));
	END IF;

	RETURN jsonb_build_object(
		'source', source::text, 'target', target::text,
		'source_oid', source::oid::bigint, 'target_oid', target::oid::bigint,
		'source_relname', (SELECT relname FROM pg_class WHERE oid = source)::text,
		'target_relname', (SELECT relname FROM pg_class WHERE oid = target)::text,
		'columns', cols, 'keys', keys, 'foreign_keys', fks, 'source_key', skey,
		'unmapped_source', (SELECT coalesce(jsonb_agg(jsonb_build_object('column', c.name, 'type', c.type_text) ORDER BY c.attnum), '[]')
							  FROM unnest(scols) c WHERE NOT c.name = ANY (used) AND NOT c.name = ANY (dropped)),
		'dropped_source', to_jsonb(dropped), 'defaults_accepted', to_jsonb(defaulted),
		'source_columns', (SELECT coalesce(jsonb_object_agg(c.name, CASE WHEN c.name = ANY (dropped) THEN 'dropped'
																		  WHEN c.name = ANY (used) THEN 'converted'
																		  ELSE 'not copied' END), '{}')
							 FROM unnest(scols) c),
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
	errs text[];
	ok_k text;
	ok_v jsonb;
	ck text;
	cv jsonb;
	col text;
	tobj oid;
	so oid;
	ok_o bigint;
	drops jsonb := '[]';
	defs jsonb := '[]';
	unread jsonb;
	unfilled jsonb;
	n bigint;
BEGIN
	IF src_ns = tgt_ns THEN
		RAISE EXCEPTION 'source and target are the same schema: %', src_ns
			USING ERRCODE = 'invalid_parameter_value', HINT = 'Remediate from one schema into another.';
	END IF;
	-- names in options.tables that do not exist, all at once
	errs := ARRAY(SELECT format('options.tables.%s: schema %s has no table %s', e.key,
								CASE WHEN t.oid IS NULL THEN tgt_ns ELSE src_ns END,
								quote_ident(CASE WHEN t.oid IS NULL THEN e.key ELSE e.value END))
					FROM jsonb_each_text(coalesce(options -> 'tables', '{}')) e
					LEFT JOIN pg_class t ON t.relnamespace = tgt_ns AND t.relname = e.key AND t.relkind IN ('r', 'p')
					LEFT JOIN pg_class c ON c.relnamespace = src_ns AND c.relname = e.value AND c.relkind IN ('r', 'm')
				   WHERE t.oid IS NULL OR c.oid IS NULL ORDER BY e.key);
	PERFORM synthmig_internal.raise_option_errors(errs);
	SELECT coalesce(jsonb_agg(jsonb_build_object('source', m.source::oid, 'target', m.target::oid,
												'confidence', m.confidence, 'method', m.method)), '[]')
	  INTO pairs FROM synthmig_internal.match_tables(src_ns, tgt_ns, options) m;
	-- options.columns: "table.column" or {"table": {"column": ...}}, every
	-- name checked against the target table and the source matched to it
	FOR ok_k, ok_v IN SELECT * FROM jsonb_each(coalesce(options -> 'columns', '{}')) LOOP
		tobj := NULL;
		IF jsonb_typeof(ok_v) = 'object' THEN
			SELECT c.oid INTO tobj FROM pg_class c WHERE c.relnamespace = tgt_ns AND c.relname = ok_k AND c.relkind IN ('r', 'p');
		END IF;
		IF tobj IS NOT NULL THEN
			so := (SELECT (x ->> 'source')::oid FROM jsonb_array_elements(pairs) x WHERE (x ->> 'target')::oid = tobj);
			IF so IS NULL THEN
				errs := errs || format('options.columns.%s: no source table fills %s (map one in options.tables)', ok_k, tobj::regclass);
				CONTINUE;
			END IF;
			FOR ck, cv IN SELECT * FROM jsonb_each(ok_v) LOOP
				errs := errs || synthmig_internal.column_option_errors(format('options.columns.%s.%s', ok_k, ck), ck, cv, so::regclass, tobj::regclass);
			END LOOP;
			CONTINUE;
		END IF;
		SELECT c.oid, substr(ok_k, length(c.relname) + 2) INTO tobj, col
		  FROM pg_class c WHERE c.relnamespace = tgt_ns AND c.relkind IN ('r', 'p') AND starts_with(ok_k, c.relname || '.')
		 ORDER BY length(c.relname) DESC LIMIT 1;
		IF tobj IS NULL THEN
			errs := errs || format('options.columns.%s: schema %s has no table %s (in schema mode keys are "table.column" or {"table": {"column": ...}})',
								   ok_k, tgt_ns, quote_ident(split_part(ok_k, '.', 1)));
			CONTINUE;
		END IF;
		so := (SELECT (x ->> 'source')::oid FROM jsonb_array_elements(pairs) x WHERE (x ->> 'target')::oid = tobj);
		IF so IS NULL THEN
			errs := errs || format('options.columns.%s: no source table fills %s (map one in options.tables)', ok_k, tobj::regclass);
			CONTINUE;
		END IF;
		errs := errs || synthmig_internal.column_option_errors('options.columns.' || ok_k, col, ok_v, so::regclass, tobj::regclass);
	END LOOP;
	-- options.drop: "source_table.column" (or the target table's name), or
	-- a whole source table; options.defaults: "target_table.column", or a
	-- whole target table left without a source
	FOR ok_k, ok_o IN SELECT e, x FROM jsonb_array_elements_text(coalesce(options -> 'drop', '[]')) WITH ORDINALITY u(e, x) LOOP
		SELECT c.oid, substr(ok_k, length(c.relname) + 2) INTO so, col
		  FROM pg_class c WHERE c.relnamespace = src_ns AND c.relkind IN ('r', 'm', 'p') AND (ok_k = c.relname OR starts_with(ok_k, c.relname || '.'))
		 ORDER BY length(c.relname) DESC LIMIT 1;
		IF so IS NULL THEN
			SELECT (x ->> 'source')::oid, substr(ok_k, length(c.relname) + 2) INTO so, col
			  FROM pg_class c JOIN jsonb_array_elements(pairs) x ON (x ->> 'target')::oid = c.oid
			 WHERE c.relnamespace = tgt_ns AND starts_with(ok_k, c.relname || '.')
			 ORDER BY length(c.relname) DESC LIMIT 1;
		END IF;
		IF so IS NULL THEN
			errs := errs || format('options.drop[%s]: schema %s has no table %s (in schema mode entries are "table.column" or "table")',
								   ok_o - 1, src_ns, quote_ident(split_part(ok_k, '.', 1)));
		ELSIF col <> '' AND NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = so AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped) THEN
			errs := errs || format('options.drop[%s]: source table %s has no column %s', ok_o - 1, so::regclass, quote_ident(col));
		ELSE
			drops := drops || jsonb_build_object('table', so, 'column', nullif(col, ''));
		END IF;
	END LOOP;
	FOR ok_k, ok_o IN SELECT e, x FROM jsonb_array_elements_text(coalesce(options -> 'defaults', '[]')) WITH ORDINALITY u(e, x) LOOP
		SELECT c.oid, substr(ok_k, length(c.relname) + 2) INTO tobj, col
		  FROM pg_class c WHERE c.relnamespace = tgt_ns AND c.relkind IN ('r', 'p') AND (ok_k = c.relname OR starts_with(ok_k, c.relname || '.'))
		 ORDER BY length(c.relname) DESC LIMIT 1;
		IF tobj IS NULL THEN
			errs := errs || format('options.defaults[%s]: schema %s has no table %s (in schema mode entries are "table.column" or "table")',
								   ok_o - 1, tgt_ns, quote_ident(split_part(ok_k, '.', 1)));
		ELSIF col <> '' AND NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = tobj AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped) THEN
			errs := errs || format('options.defaults[%s]: target table %s has no column %s', ok_o - 1, tobj::regclass, quote_ident(col));
		ELSE
			defs := defs || jsonb_build_object('table', tobj, 'column', nullif(col, ''));
		END IF;
	END LOOP;
	PERFORM synthmig_internal.raise_option_errors(errs);
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
					THEN options -> 'columns' -> (SELECT relname FROM pg_class WHERE oid = t)::text ELSE '{}' END)
			|| jsonb_build_object('_schema_mode', true,
				'drop', (SELECT coalesce(jsonb_agg(d ->> 'column'), '[]') FROM jsonb_array_elements(drops) d
						  WHERE (d ->> 'table')::oid = (p ->> 'source')::oid AND d ->> 'column' IS NOT NULL),
				'defaults', (SELECT coalesce(jsonb_agg(d ->> 'column'), '[]') FROM jsonb_array_elements(defs) d
							  WHERE (d ->> 'table')::oid = t AND d ->> 'column' IS NOT NULL));
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
				-- the parent's rows that will be quarantined for a value are
				-- left out: the forecast counts the children that follow them
				fk := fk || jsonb_build_object('ref_keys',
					(SELECT string_agg(synthmig_internal.finals(parent) ->> x, ', ' ORDER BY o)
					   FROM jsonb_array_elements_text(fk -> 'ref_columns') WITH ORDINALITY u(x, o)),
					'ref_source', parent ->> 'source_oid');
				fk := fk || jsonb_build_object('ref_select', format('SELECT %s FROM %s s WHERE NOT coalesce(%s, false)',
					(SELECT string_agg(synthmig_internal.finals(parent) ->> x, ', ' ORDER BY o)
					   FROM jsonb_array_elements_text(fk -> 'ref_columns') WITH ORDINALITY u(x, o)),
					(parent ->> 'source_oid')::oid::regclass,
					coalesce((SELECT string_agg(synthmig_internal.fails(c), ' OR ') FROM jsonb_array_elements(parent -> 'columns') c
							   WHERE c ->> 'policy' IN ('quarantine', 'abort') AND synthmig_internal.fails(c) IS NOT NULL), 'false')));
			END IF;
			fks := fks || fk;
		END LOOP;
		plan := jsonb_set(plan, '{foreign_keys}', fks);
		plans := plans || plan;
	END LOOP;
	-- tables nothing matched (a source table dropped in options.drop is
	-- reported as dropped, a target table in options.defaults as left empty)
	SELECT coalesce(jsonb_agg(jsonb_build_object('kind', CASE WHEN c.oid IN (SELECT (d ->> 'table')::oid FROM jsonb_array_elements(drops) d
																			  WHERE d ->> 'column' IS NULL) THEN 'dropped_table' ELSE 'unmapped_table' END,
		'source_table', c.oid::regclass::text, 'source_relname', c.relname::text,
		'detail', CASE WHEN c.oid IN (SELECT (d ->> 'table')::oid FROM jsonb_array_elements(drops) d WHERE d ->> 'column' IS NULL)
					   THEN 'dropped in options.drop: its rows are not copied'
					   ELSE 'no target table takes this table: its rows would not be copied' END)), '[]')
	  INTO issues FROM pg_class c
	 WHERE c.relnamespace = src_ns AND c.relkind IN ('r', 'p', 'm') AND NOT c.relispartition
	   AND NOT c.oid IN (SELECT (x ->> 'source')::oid FROM jsonb_array_elements(pairs) x);
	SELECT issues || coalesce(jsonb_agg(jsonb_build_object('kind', 'missing_table', 'target_table', c.oid::regclass::text,
		'target_relname', c.relname::text,
		'accepted', c.oid IN (SELECT (d ->> 'table')::oid FROM jsonb_array_elements(defs) d WHERE d ->> 'column' IS NULL),
		'detail', CASE WHEN c.oid IN (SELECT (d ->> 'table')::oid FROM jsonb_array_elements(defs) d WHERE d ->> 'column' IS NULL)
					   THEN 'no source table fills this table (accepted in options.defaults)'
					   ELSE 'no source table fills this table' END)), '[]')
	  INTO issues FROM pg_class c
	 WHERE c.relnamespace = tgt_ns AND c.relkind IN ('r', 'p')
	   AND NOT c.oid IN (SELECT (x ->> 'target')::oid FROM jsonb_array_elements(pairs) x);
	-- a source table with rows that nothing reads while a target table gets
	-- no source: the tables were probably renamed beyond recognition, and a
	-- run would leave the one empty and the other unread; it blocks until
	-- options.tables maps them, options.drop drops the source table or
	-- options.defaults accepts the empty target table
	unfilled := (SELECT coalesce(jsonb_agg(i), '[]') FROM jsonb_array_elements(issues) i
				  WHERE i ->> 'kind' = 'missing_table' AND NOT (i ->> 'accepted')::boolean);
	IF jsonb_array_length(unfilled) > 0 THEN
		unread := '[]';
		FOR ok_v IN SELECT i FROM jsonb_array_elements(issues) i WHERE i ->> 'kind' = 'unmapped_table' LOOP
			EXECUTE format('SELECT count(*) FROM (SELECT FROM %s LIMIT 1) x', (ok_v ->> 'source_table')::regclass) INTO n;
			IF n > 0 THEN
				unread := unread || ok_v;
			END IF;
		END LOOP;
		IF jsonb_array_length(unread) > 0 THEN
			issues := issues || (SELECT jsonb_agg(jsonb_build_object('kind', 'unmatched_table', 'fatal', true,
					'target_table', u ->> 'target_table', 'target_relname', u ->> 'target_relname',
					'source_tables', (SELECT jsonb_agg(r ->> 'source_table') FROM jsonb_array_elements(unread) r),
					'detail', format('no source table fills %s while source table(s) %s hold rows no target table takes',
									 u ->> 'target_table', (SELECT string_agg(r ->> 'source_table', ', ') FROM jsonb_array_elements(unread) r)),
					'fix', jsonb_build_array(
						jsonb_build_object('tables', jsonb_build_object(u ->> 'target_relname', unread -> 0 ->> 'source_relname')),
						jsonb_build_object('drop', (SELECT jsonb_agg(r ->> 'source_relname') FROM jsonb_array_elements(unread) r)),
						jsonb_build_object('defaults', jsonb_build_array(u ->> 'target_relname')))))
				  FROM jsonb_array_elements(unfilled) u);
		END IF;
	END IF;
	RETURN jsonb_build_object('plans', plans, 'issues', issues);
END;
$$;
