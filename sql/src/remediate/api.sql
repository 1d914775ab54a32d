-- Check the caller may do what is asked before anything happens: read the
-- source; for apply, own the target (remediation writes and may alter it).
CREATE FUNCTION synthmig_internal.check_access(source regclass, target regclass, apply boolean)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
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
CREATE FUNCTION synthmig_internal.check_options(options jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	k text; bad record;
BEGIN
	IF options IS NULL OR jsonb_typeof(options) <> 'object' THEN
		RAISE EXCEPTION 'invalid remediation options: expected a JSON object'
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('options: %s', coalesce(options::text, 'NULL'));
	END IF;
	FOR k IN SELECT jsonb_object_keys(options) LOOP
		IF k NOT IN ('columns', 'tables', 'on_error', 'rules', 'disable_rules', 'time_zone', 'sample_rows',
					 'lock_timeout', 'require_empty_target', 'drop', 'defaults', 'max_reject_share') THEN
			RAISE EXCEPTION 'invalid remediation option "%"', k
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('options.%s is not an option.', k),
					  HINT = 'Options: columns, tables, drop, defaults, on_error, rules, disable_rules, max_reject_share, time_zone, sample_rows, lock_timeout, require_empty_target.';
		END IF;
	END LOOP;
	-- every option of the JSON type it is read as, so that a wrong one is
	-- named here rather than failing inside a JSON function
	SELECT x.path, x.expected, x.got, x.val INTO bad
	  FROM (SELECT 'options.' || v.k AS path, v.expected, jsonb_typeof(options -> v.k) AS got, options -> v.k AS val, v.o
			  FROM (VALUES (1, 'columns', 'object'), (2, 'tables', 'object'), (3, 'on_error', 'string'),
						   (4, 'rules', 'object'), (5, 'disable_rules', 'array'), (6, 'time_zone', 'string'),
						   (7, 'sample_rows', 'number'), (8, 'lock_timeout', 'string or number'),
						   (9, 'require_empty_target', 'boolean'), (10, 'drop', 'array'), (11, 'defaults', 'array'),
						   (12, 'max_reject_share', 'number')) v(o, k, expected)
			 WHERE options ? v.k
			   AND NOT jsonb_typeof(options -> v.k) = ANY (string_to_array(v.expected, ' or '))
			UNION ALL
			SELECT format('options.tables.%s', e.key), 'string', jsonb_typeof(e.value), e.value, 10
			  FROM jsonb_each(CASE WHEN jsonb_typeof(options -> 'tables') = 'object' THEN options -> 'tables' END) e
			 WHERE jsonb_typeof(e.value) <> 'string'
			UNION ALL
			SELECT format('options.rules.%s', e.key), 'an object with a string on_error', jsonb_typeof(e.value), e.value, 11
			  FROM jsonb_each(CASE WHEN jsonb_typeof(options -> 'rules') = 'object' THEN options -> 'rules' END) e
			 WHERE jsonb_typeof(e.value) <> 'object'
				OR (e.value ? 'on_error' AND jsonb_typeof(e.value -> 'on_error') <> 'string')
			UNION ALL
			SELECT format('options.disable_rules[%s]', e.o - 1), 'string', jsonb_typeof(e.value), e.value, 12
			  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(options -> 'disable_rules') = 'array'
											 THEN options -> 'disable_rules' END) WITH ORDINALITY e(value, o)
			 WHERE jsonb_typeof(e.value) <> 'string'
			UNION ALL
			SELECT format('options.%s[%s]', a.k, e.o - 1), 'string', jsonb_typeof(e.value), e.value, 12
			  FROM (VALUES ('drop'), ('defaults')) a(k),
				   jsonb_array_elements(CASE WHEN jsonb_typeof(options -> a.k) = 'array' THEN options -> a.k END)
				   WITH ORDINALITY e(value, o)
			 WHERE jsonb_typeof(e.value) <> 'string'
			UNION ALL
			SELECT format('options.rules.%s.%s', e.key, x.key), 'one of on_error', 'an unknown key', x.value, 11
			  FROM jsonb_each(CASE WHEN jsonb_typeof(options -> 'rules') = 'object' THEN options -> 'rules' END) e,
				   jsonb_each(CASE WHEN jsonb_typeof(e.value) = 'object' THEN e.value END) x
			 WHERE x.key <> 'on_error'
			UNION ALL
			SELECT format('options.columns.%s', e.key), 'a column name, null or an object of string source, rule and on_error', jsonb_typeof(e.value), e.value, 13
			  FROM jsonb_each(CASE WHEN jsonb_typeof(options -> 'columns') = 'object' THEN options -> 'columns' END) e
			 WHERE jsonb_typeof(e.value) NOT IN ('string', 'null', 'object')
				OR (jsonb_typeof(e.value) = 'object' AND (
					   (e.value ? 'source' AND jsonb_typeof(e.value -> 'source') NOT IN ('string', 'array', 'null'))
					OR (e.value ? 'rule' AND jsonb_typeof(e.value -> 'rule') NOT IN ('string', 'null'))
					OR (e.value ? 'on_error' AND jsonb_typeof(e.value -> 'on_error') <> 'string')))
		   ) x
	 ORDER BY x.o, x.path
	 LIMIT 1;
	IF bad.path IS NOT NULL THEN
		RAISE EXCEPTION 'invalid remediation option %: expected %, not %', bad.path, bad.expected, bad.got
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('%s is %s.', bad.path, bad.val::text),
				  HINT = 'See the options table in docs/remediation.md.';
	END IF;
	IF options ? 'sample_rows' AND (jsonb_typeof(options -> 'sample_rows') <> 'number' OR (options ->> 'sample_rows')::numeric < 0) THEN
		RAISE EXCEPTION 'invalid remediation option sample_rows: %', options -> 'sample_rows'
			USING ERRCODE = 'invalid_parameter_value', HINT = 'A number of rows; 0 measures on all rows.';
	END IF;
	IF options ? 'max_reject_share' AND NOT (options ->> 'max_reject_share')::numeric BETWEEN 0 AND 1 THEN
		RAISE EXCEPTION 'invalid remediation option max_reject_share: %', options -> 'max_reject_share'
			USING ERRCODE = 'invalid_parameter_value', DETAIL = 'options.max_reject_share must be between 0 and 1.',
				  HINT = 'A share of a column''s values, such as 0.05 for 5%.';
	END IF;
	IF options ? 'time_zone' AND NOT EXISTS (SELECT FROM pg_timezone_names WHERE name = options ->> 'time_zone')
	   AND NOT EXISTS (SELECT FROM pg_timezone_abbrevs WHERE abbrev = options ->> 'time_zone') THEN
		RAISE EXCEPTION 'invalid remediation option time_zone: %', options ->> 'time_zone'
			USING ERRCODE = 'invalid_parameter_value', HINT = 'Use a name from pg_timezone_names, such as UTC or Europe/Paris.';
	END IF;
	PERFORM synthmig_internal.policy(options, '{}', NULL);
	IF options ? 'lock_timeout' THEN
		PERFORM set_config('lock_timeout', options ->> 'lock_timeout', true);
	END IF;
	RETURN options;
END;
$$;


-- What is wrong with one entry of options.columns for a target table: one
-- "path: problem" line each (the target column, the keys of an object, the
-- source columns, the rule and the policy).
CREATE FUNCTION synthmig_internal.column_option_errors(path text, tcol text, v jsonb, source regclass, target regclass)
RETURNS text[]
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	errs text[] := '{}';
	k text;
	x jsonb;
	spath text := path || CASE WHEN jsonb_typeof(v) = 'object' THEN '.source' ELSE '' END;
BEGIN
	IF NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = target AND a.attname = tcol AND a.attnum > 0
					  AND NOT a.attisdropped AND a.attgenerated = '') THEN
		errs := errs || format('%s: target table %s has no column %s', path, target, quote_ident(tcol));
	END IF;
	IF jsonb_typeof(v) = 'object' THEN
		FOR k IN SELECT jsonb_object_keys(v) LOOP
			IF k NOT IN ('source', 'rule', 'on_error') THEN
				errs := errs || format('%s.%s: unknown key (a column option has source, rule and on_error)', path, k);
			END IF;
		END LOOP;
		IF jsonb_typeof(v -> 'rule') = 'string'
		   AND NOT EXISTS (SELECT FROM @extschema@.rules r WHERE r.name = v ->> 'rule' AND r.enabled
							  AND (r.builtin OR r.owner = current_user::regrole)) THEN
			errs := errs || format('%s.rule: no enabled rule named %s', path, v ->> 'rule');
		END IF;
		IF jsonb_typeof(v -> 'on_error') = 'string'
		   AND v ->> 'on_error' NOT IN ('quarantine', 'abort', 'null', 'default', 'synthesize', 'widen') THEN
			errs := errs || format('%s.on_error: unknown policy %s (quarantine, abort, null, default, synthesize or widen)',
								   path, v ->> 'on_error');
		END IF;
	END IF;
	FOR x IN SELECT e FROM jsonb_array_elements(CASE WHEN jsonb_typeof(v) = 'string' THEN jsonb_build_array(v)
													 WHEN jsonb_typeof(v -> 'source') = 'string' THEN jsonb_build_array(v -> 'source')
													 WHEN jsonb_typeof(v -> 'source') = 'array' THEN v -> 'source'
													 ELSE '[]' END) e LOOP
		IF jsonb_typeof(x) <> 'string' THEN
			errs := errs || format('%s: expected a column name, not %s', spath, jsonb_typeof(x));
		ELSIF NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = source AND a.attname = x #>> '{}' AND a.attnum > 0
							 AND NOT a.attisdropped) THEN
			errs := errs || format('%s: source table %s has no column %s', spath, source, quote_ident(x #>> '{}'));
		END IF;
	END LOOP;
	RETURN errs;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.column_option_errors(text, text, jsonb, regclass, regclass) IS
'internal: problems of one entry of options.columns, one "path: problem" line each';


-- Names in the options of a table pair that do not exist: options.columns
-- (target and source columns), options.drop (source columns) and
-- options.defaults (target columns).  One "path: problem" line each.
CREATE FUNCTION synthmig_internal.option_name_errors(options jsonb, source regclass, target regclass)
RETURNS text[]
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	errs text[] := '{}';
	k text;
	v jsonb;
	o bigint;
BEGIN
	IF options ? 'tables' THEN
		errs := errs || 'options.tables: only for a pair of schemas (regnamespace, regnamespace)'::text;
	END IF;
	FOR k, v IN SELECT * FROM jsonb_each(CASE WHEN jsonb_typeof(options -> 'columns') = 'object' THEN options -> 'columns' ELSE '{}' END) LOOP
		errs := errs || synthmig_internal.column_option_errors('options.columns.' || k, k, v, source, target);
	END LOOP;
	FOR k, o IN SELECT e, n FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(options -> 'drop') = 'array' THEN options -> 'drop' ELSE '[]' END)
					WITH ORDINALITY x(e, n) LOOP
		IF NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = source AND a.attname = k AND a.attnum > 0 AND NOT a.attisdropped) THEN
			errs := errs || format('options.drop[%s]: source table %s has no column %s', o - 1, source, quote_ident(k));
		END IF;
	END LOOP;
	FOR k, o IN SELECT e, n FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(options -> 'defaults') = 'array' THEN options -> 'defaults' ELSE '[]' END)
					WITH ORDINALITY x(e, n) LOOP
		IF NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = target AND a.attname = k AND a.attnum > 0 AND NOT a.attisdropped) THEN
			errs := errs || format('options.defaults[%s]: target table %s has no column %s', o - 1, target, quote_ident(k));
		END IF;
	END LOOP;
	RETURN errs;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.option_name_errors(jsonb, regclass, regclass) IS
'internal: names in the options of a table pair that do not exist, one "path: problem" line each';


-- Raise one 22023 error listing every problem found in the options.
CREATE FUNCTION synthmig_internal.raise_option_errors(errs text[])
RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	hint text := 'Keys of options.columns and entries of options.defaults are target columns, entries of options.drop source columns; in schema mode each is qualified by its table ("table.column").';
BEGIN
	IF coalesce(cardinality(errs), 0) = 0 THEN
		RETURN;
	ELSIF cardinality(errs) = 1 THEN
		RAISE EXCEPTION 'invalid remediation option %', errs[1]
			USING ERRCODE = 'invalid_parameter_value', HINT = hint;
	END IF;
	RAISE EXCEPTION 'invalid remediation option % (and % more)', errs[1], cardinality(errs) - 1
		USING ERRCODE = 'invalid_parameter_value', DETAIL = array_to_string(errs, E'\n'), HINT = hint;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.raise_option_errors(text[]) IS
'internal: one 22023 error listing every problem found in remediation options';


-------------------------------------------------------------------------------
-- The SQL API
-------------------------------------------------------------------------------

-- A measured plan as the user sees it: one step per target column (what
-- fills it, which rule and why, the SQL, the rows it affects, the risk),
-- then the quarantine and the load.
CREATE FUNCTION synthmig_internal.present(mp jsonb)
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
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
			'sql', synthmig_internal.value_expr(c),
			'rows_affected', a.most,
			'risk', CASE WHEN (c ->> 'confidence')::numeric < 0.7
						   OR a.total > 0.05 * greatest(1, (mp ->> 'rows_examined')::bigint)
						 THEN 'high'
						 WHEN (c ->> 'confidence')::numeric < 0.9
						   OR ((c ->> 'lossy')::boolean AND jsonb_array_length(c -> 'checks') > 0)
						   OR a.total > 0
						 THEN 'medium' ELSE 'low' END,
			'risk_reason', nullif(concat_ws('; ',
						CASE WHEN (c ->> 'confidence')::numeric < 0.9
							 THEN format('matched by %s with confidence %s', c ->> 'method', c ->> 'confidence') END,
						CASE WHEN a.total > 0
							 THEN format('%s of %s examined rows fail a check', a.most, mp ->> 'rows_examined') END,
						CASE WHEN (c ->> 'lossy')::boolean AND jsonb_array_length(c -> 'checks') > 0
							 THEN 'the conversion can lose information' END), '')) AS step
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
							   (SELECT string_agg(synthmig_internal.value_expr(c), ', ' ORDER BY o) FROM jsonb_array_elements(mp -> 'columns') WITH ORDINALITY x(c, o)),
							   mp ->> 'source'))),
		'unmapped_source', (SELECT coalesce(jsonb_agg(u || jsonb_build_object('values', mp -> 'unmapped_values' -> (u ->> 'column'))), '[]')
							  FROM jsonb_array_elements(mp -> 'unmapped_source') u),
		'source_columns', coalesce(mp -> 'source_columns', '{}'),
		'issues', mp -> 'issues')
$$;


-- A fix proposed for a blocking item (written for a table pair) in the
-- syntax of the call: in schema mode keys of options.columns and
-- options.defaults are "target_table.column", entries of options.drop
-- "source_table.column".
CREATE FUNCTION synthmig_internal.fix_in_mode(fix jsonb, plan jsonb, schema_mode boolean)
RETURNS jsonb
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE WHEN NOT schema_mode OR plan IS NULL THEN fix ELSE
		(SELECT jsonb_object_agg(f.key, CASE f.key
			WHEN 'columns' THEN (SELECT jsonb_object_agg((plan ->> 'target_relname') || '.' || c.key, c.value) FROM jsonb_each(f.value) c)
			WHEN 'drop' THEN (SELECT jsonb_agg((plan ->> 'source_relname') || '.' || d) FROM jsonb_array_elements_text(f.value) d)
			WHEN 'defaults' THEN (SELECT jsonb_agg((plan ->> 'target_relname') || '.' || d) FROM jsonb_array_elements_text(f.value) d)
			ELSE f.value END)
		   FROM jsonb_each(fix) f) END
$$;

COMMENT ON FUNCTION synthmig_internal.fix_in_mode(jsonb, jsonb, boolean) IS
'internal: an options fragment resolving a blocking item, in the syntax of a table call or of a schema call';


-- Stop before anything happens when plans cannot be applied, listing every
-- blocking item of the whole run (every table pair, and the tables of two
-- schemas left unmatched), each with the options that would resolve it in
-- the syntax of the call.
CREATE FUNCTION synthmig_internal.check_fatal(plans jsonb, issues jsonb, schema_mode boolean, what text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	items jsonb;
	it jsonb;
	n integer;
	code text;
BEGIN
	SELECT coalesce(jsonb_agg(x ORDER BY x.po, x.io), '[]') INTO items FROM (
		SELECT po, io, jsonb_build_object('table', p ->> 'target', 'kind', i ->> 'kind', 'column', i ->> 'target_column',
					'source_column', i ->> 'source_column', 'source_type', i ->> 'source_type', 'target_type', i ->> 'target_type',
					'detail', i ->> 'detail', 'plan_target', p ->> 'target',
					'fixes', (SELECT coalesce(jsonb_agg(synthmig_internal.fix_in_mode(f, p, schema_mode)), '[]')
								FROM jsonb_array_elements(coalesce(i -> 'fix', '[]')) f WHERE jsonb_typeof(f) = 'object')) AS x
		  FROM jsonb_array_elements(plans) WITH ORDINALITY a(p, po), jsonb_array_elements(p -> 'issues') WITH ORDINALITY b(i, io)
		 WHERE (i ->> 'fatal')::boolean
		UNION ALL
		SELECT 1000000, io, jsonb_build_object('table', i ->> 'target_table', 'kind', i ->> 'kind', 'detail', i ->> 'detail',
					'fixes', coalesce(i -> 'fix', '[]'))
		  FROM jsonb_array_elements(coalesce(issues, '[]')) WITH ORDINALITY b(i, io)
		 WHERE (i ->> 'fatal')::boolean) x(po, io, x);
	n := jsonb_array_length(items);
	IF n = 0 THEN
		RETURN;
	END IF;
	it := items -> 0;
	code := CASE it ->> 'kind' WHEN 'unsupported_type' THEN '0A000' WHEN 'planning_failure' THEN '0A000'
							  WHEN 'missing_source' THEN '23502' ELSE '55000' END;
	IF n = 1 AND it ->> 'kind' = 'unsupported_type' THEN
		RAISE EXCEPTION 'cannot remediate %: unsupported conversion for column %', it ->> 'plan_target', it ->> 'column'
			USING ERRCODE = 'feature_not_supported',
				  DETAIL = format('%s (source column %s of type %s, target type %s)', it ->> 'detail',
								  coalesce(it ->> 'source_column', '?'), coalesce(it ->> 'source_type', '?'), coalesce(it ->> 'target_type', '?')),
				  HINT = 'Add a rule for these types to synthmig.rules, or map the column to another source in options.columns.';
	ELSIF n = 1 AND it ->> 'kind' = 'missing_source' THEN
		RAISE EXCEPTION 'cannot remediate %: column % has no source', it ->> 'plan_target', it ->> 'column'
			USING ERRCODE = 'not_null_violation',
				  DETAIL = it ->> 'detail',
				  HINT = format('Map it in options: %s.', it -> 'fixes' ->> 0);
	END IF;
	IF n = 1 THEN
		RAISE EXCEPTION USING ERRCODE = code,
			MESSAGE = format('cannot remediate %s: %s%s', it ->> 'table', coalesce('column ' || quote_ident(it ->> 'column') || ': ', ''),
							 it ->> 'detail'),
			HINT = 'Options that resolve it (any one): '
				   || coalesce((SELECT string_agg(f::text, ' or ') FROM jsonb_array_elements(it -> 'fixes') f), 'none');
	END IF;
	RAISE EXCEPTION USING ERRCODE = code,
		MESSAGE = format('cannot remediate %s: %s blocking items', what, n),
		DETAIL = (SELECT string_agg(format('%s%s: %s (%s)', x ->> 'table', coalesce('.' || quote_ident(x ->> 'column'), ''),
										   x ->> 'detail', x ->> 'kind'), E'\n' ORDER BY o)
					FROM jsonb_array_elements(items) WITH ORDINALITY y(x, o)),
		HINT = 'Options that resolve them, one line per item (any one of each line): '
			   || (SELECT string_agg(format('%s%s: %s', x ->> 'table', coalesce('.' || quote_ident(x ->> 'column'), ''),
										   (SELECT string_agg(f::text, ' or ') FROM jsonb_array_elements(x -> 'fixes') f)), E'\n' ORDER BY o)
					 FROM jsonb_array_elements(items) WITH ORDINALITY y(x, o));
END;
$$;

COMMENT ON FUNCTION synthmig_internal.check_fatal(jsonb, jsonb, boolean, text) IS
'internal: refuses (before anything changes) plans with blocking items, listing every one with the options that resolve it';


-- The same for the plan of one table pair.
CREATE FUNCTION synthmig_internal.check_fatal(plan jsonb)
RETURNS void
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT synthmig_internal.check_fatal(jsonb_build_array(plan), '[]', false, plan ->> 'target')
$$;


-- Incompatibilities between a source table and a target table, measured
-- on the data: one row each, with the number and share of rows affected.
CREATE FUNCTION @extschema@.analyze(source regclass, target regclass, options jsonb DEFAULT '{}')
RETURNS TABLE (kind text, source_table text, source_column text, target_table text, target_column text,
			   source_type text, target_type text, detail text, rows_affected bigint, rows_examined bigint,
			   share double precision, sampled boolean, confidence double precision, rule text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM synthmig_internal.check_table(source, 'source'), synthmig_internal.check_table(target, 'target');
	options := synthmig_internal.check_options(options);
	PERFORM synthmig_internal.check_access(source, target, false);
	RETURN QUERY SELECT i.kind, i.source_table, i.source_column, i.target_table, i.target_column, i.source_type, i.target_type,
							i.detail, i.rows_affected, i.rows_examined, i.share, i.sampled, i.confidence, i.rule
				   FROM synthmig_internal.issues(synthmig_internal.measure(synthmig_internal.plan_table(source, target, options), options)) i;
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
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	ps jsonb;
	p jsonb;
	i jsonb;
BEGIN
	PERFORM synthmig_internal.check_schema(source, 'source'), synthmig_internal.check_schema(target, 'target');
	options := synthmig_internal.check_options(options);
	ps := synthmig_internal.plan_schemas(source, target, options, false);
	FOR p IN SELECT * FROM jsonb_array_elements(ps -> 'plans') LOOP
		RETURN QUERY SELECT i.kind, i.source_table, i.source_column, i.target_table, i.target_column, i.source_type, i.target_type,
								i.detail, i.rows_affected, i.rows_examined, i.share, i.sampled, i.confidence, i.rule
					   FROM synthmig_internal.issues(synthmig_internal.measure(p, options)) i;
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


-- Remediate a source table into a target table: the plan (apply false),
-- or the plan applied in one transaction with a report.
CREATE FUNCTION @extschema@.remediate(source regclass, target regclass, apply boolean DEFAULT false,
									  options jsonb DEFAULT '{}')
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	plan jsonb;
BEGIN
	PERFORM synthmig_internal.check_table(source, 'source'), synthmig_internal.check_table(target, 'target');
	options := synthmig_internal.check_options(options);
	PERFORM synthmig_internal.check_access(source, target, apply);
	plan := synthmig_internal.plan_table(source, target, options)
			|| jsonb_build_object('match', jsonb_build_object('method', 'given', 'confidence', 1));
	IF NOT apply THEN
		RETURN jsonb_build_object('mode', 'plan', 'source', source::text, 'target', target::text,
								  'tables', jsonb_build_array(synthmig_internal.present(synthmig_internal.measure(plan, options))));
	END IF;
	RETURN synthmig_internal.apply_plans(source::text, target::text, jsonb_build_array(plan), options, '[]');
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
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	ps jsonb;
BEGIN
	PERFORM synthmig_internal.check_schema(source, 'source'), synthmig_internal.check_schema(target, 'target');
	options := synthmig_internal.check_options(options);
	ps := synthmig_internal.plan_schemas(source, target, options, apply);
	IF NOT apply THEN
		RETURN jsonb_build_object('mode', 'plan', 'source', source::text, 'target', target::text,
			'tables', (SELECT coalesce(jsonb_agg(synthmig_internal.present(synthmig_internal.measure(p, options)) ORDER BY o), '[]')
						 FROM jsonb_array_elements(ps -> 'plans') WITH ORDINALITY x(p, o)),
			'issues', ps -> 'issues');
	END IF;
	RETURN synthmig_internal.apply_plans(source::text, target::text, ps -> 'plans', options, ps -> 'issues', true);
END;
$$;

COMMENT ON FUNCTION @extschema@.remediate(regnamespace, regnamespace, boolean, jsonb) IS
'plan, or apply, the conversion of every table of a source schema into the matching table of a target schema';


-- analyze('a', 'b') and remediate('a', 'b', ...) with plain string literals
-- would be ambiguous between the table and the schema forms (42725).  These
-- text forms catch such calls and say how to write them: the caller
-- chooses, by a cast, whether the names are tables or schemas.
CREATE FUNCTION synthmig_internal.untyped_call(fname text, source text, target text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RAISE EXCEPTION '%: source and target must be typed: regclass for tables, regnamespace for schemas', fname
		USING ERRCODE = 'invalid_parameter_value',
			  DETAIL = format('source was %s and target %s, given as text.',
							  coalesce(quote_literal(source), 'NULL'), coalesce(quote_literal(target), 'NULL')),
			  HINT = CASE WHEN fname = 'remediate' AND ltrim(coalesce(target, '')) LIKE '{%'
						  THEN format('Write remediate(%s::regclass, %s::jsonb, ...) to remediate a table into a definition.',
									  coalesce(quote_literal(source), 'NULL'), quote_literal(target))
						  ELSE format('Write %1$s(%2$s::regclass, %3$s::regclass, ...) for tables or %1$s(%2$s::regnamespace, %3$s::regnamespace, ...) for schemas.',
									  fname, coalesce(quote_literal(source), 'NULL'), coalesce(quote_literal(target), 'NULL')) END;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.untyped_call(text, text, text) IS
'internal: the error of analyze and remediate called with text arguments: cast them to regclass or regnamespace';


CREATE FUNCTION @extschema@.analyze(source text, target text, options jsonb DEFAULT '{}')
RETURNS TABLE (kind text, source_table text, source_column text, target_table text, target_column text,
			   source_type text, target_type text, detail text, rows_affected bigint, rows_examined bigint,
			   share double precision, sampled boolean, confidence double precision, rule text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM synthmig_internal.untyped_call('analyze', source, target);
END;
$$;

COMMENT ON FUNCTION @extschema@.analyze(text, text, jsonb) IS
'refuses text arguments (22023) with how to write the call: cast to regclass for tables or regnamespace for schemas';


CREATE FUNCTION @extschema@.remediate(source text, target text, apply boolean DEFAULT false,
									  options jsonb DEFAULT '{}')
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM synthmig_internal.untyped_call('remediate', source, target);
	RETURN NULL;
END;
$$;

COMMENT ON FUNCTION @extschema@.remediate(text, text, boolean, jsonb) IS
'refuses text arguments (22023) with how to write the call: cast to regclass for tables or regnamespace for schemas';


CREATE FUNCTION @extschema@.diagnose(source text, target text, options jsonb DEFAULT '{}')
RETURNS SETOF jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM synthmig_internal.untyped_call('diagnose', source, target);
END;
$$;

COMMENT ON FUNCTION @extschema@.diagnose(text, text, jsonb) IS
'refuses text arguments (22023) with how to write the call: cast to regclass for tables or regnamespace for schemas';
