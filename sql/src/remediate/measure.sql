-- Value expressions of every target column of a plan.
CREATE FUNCTION synthmig_internal.finals(plan jsonb, pools jsonb DEFAULT '{}')
RETURNS jsonb
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT coalesce(jsonb_object_agg(c ->> 'target', synthmig_internal.value_expr(c, pools ->> (c ->> 'target'))), '{}')
	  FROM jsonb_array_elements(plan -> 'columns') c
$$;


-- Measure a plan on the data (a sample of options.sample_rows rows, default
-- 100,000; 0 for all rows): for every check, how many rows fail it (a row
-- may fail several; apply quarantines it once, for the first), and how many
-- values the unmatched source columns hold.
CREATE FUNCTION synthmig_internal.measure(plan jsonb, options jsonb)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	source regclass := (plan ->> 'source_oid')::oid::regclass;
	target regclass := (plan ->> 'target_oid')::oid::regclass;
	n bigint := coalesce((options ->> 'sample_rows')::bigint, 100000);
	sample text := synthmig_internal.sample_from(source, n);
	qplan jsonb;
	old_work_mem text;
	failing bigint;
	examined bigint;
	total double precision;
	target_empty boolean;
	counts jsonb;
	examples jsonb;
	dup_examples jsonb := '{}';
	klabel text;
	srcval text;
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
	old_work_mem := synthmig_internal.raise_work_mem();
	EXECUTE format('SELECT NOT EXISTS (SELECT FROM %s)', target) INTO target_empty;
	EXECUTE format('SELECT count(*) FROM %s s', sample) INTO examined;
	SELECT CASE WHEN sample = source::text THEN examined ELSE greatest(c.reltuples, examined) END INTO total
	  FROM pg_class c WHERE c.oid = source;
	-- every check counted on its own: a row may fail several
	finals := synthmig_internal.finals(plan);
	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') LOOP
		-- the source value(s) of the column, for an example of each failure
		srcval := (SELECT 'left(concat_ws('' | '', ' || string_agg(format('(s.%I)::text', x), ', ') || '), 40)'
					 FROM jsonb_array_elements_text(col -> 'sources') x);
		FOR c IN SELECT * FROM jsonb_array_elements(col -> 'checks') LOOP
			items := items || format('%L, count(*) FILTER (WHERE %s)', (c ->> 'kind') || ':' || (col ->> 'target'), c ->> 'pred');
			IF srcval IS NOT NULL THEN
				items := items || format('%L, min(%s) FILTER (WHERE %s)', 'ex:' || (c ->> 'kind') || ':' || (col ->> 'target'),
										 srcval, c ->> 'pred');
			END IF;
		END LOOP;
		IF (col ->> 'not_null')::boolean THEN
			items := items || format('%L, count(*) FILTER (WHERE NOT coalesce(%s, false) AND (%s) IS NULL)',
									 'not_null:' || (col ->> 'target'), coalesce(synthmig_internal.fails(col), 'false'),
									 finals ->> (col ->> 'target'));
			IF srcval IS NOT NULL THEN
				items := items || format('%L, min(%s) FILTER (WHERE NOT coalesce(%s, false) AND (%s) IS NULL)',
										 'ex:not_null:' || (col ->> 'target'), srcval,
										 coalesce(synthmig_internal.fails(col), 'false'), finals ->> (col ->> 'target'));
			END IF;
		END IF;
		guard := guard || coalesce(synthmig_internal.fails(col), 'false');
	END LOOP;
	ok := format('NOT coalesce(%s, false)', coalesce(array_to_string(guard, ' OR '), 'false'));
	FOR fk IN SELECT * FROM synthmig_internal.fk_checks(plan, finals, true) LOOP
		items := items || format('%L, count(*) FILTER (WHERE %s AND %s)', 'fk_orphan:' || fk.cols, ok, fk.pred);
		items := items || format('%L, min(left(%s, 40)) FILTER (WHERE %s AND %s)', 'ex:fk_orphan:' || fk.cols, fk.key_text, ok, fk.pred);
	END LOOP;
	FOR k IN SELECT * FROM jsonb_array_elements(plan -> 'keys') LOOP
		CONTINUE WHEN EXISTS (SELECT FROM jsonb_array_elements_text(k -> 'columns') x WHERE NOT finals ? x);
		kexpr := (SELECT string_agg(finals ->> x, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o));
		knn := (SELECT string_agg(format('(%s) IS NOT NULL', finals ->> x), ' AND ') FROM jsonb_array_elements_text(k -> 'columns') x);
		klabel := 'duplicate_key:' || (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(k -> 'columns') x);
		-- the query giving an example duplicated key, run only if there are duplicates
		dup_examples := dup_examples || jsonb_build_object(klabel,
			format('SELECT left(%s, 40) FROM %s s WHERE %s AND %s GROUP BY 1 HAVING count(*) > 1 LIMIT 1',
				   CASE WHEN jsonb_array_length(k -> 'columns') = 1 THEN format('(%s)::text', kexpr)
						ELSE format('ROW(%s)::text', kexpr) END,
				   sample, ok, knn));
		items := items || format('%L, count(*) FILTER (WHERE %s AND %s) - count(DISTINCT ROW(%s)) FILTER (WHERE %s AND %s)%s',
			klabel,
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
	examples := coalesce((SELECT jsonb_object_agg(substr(key, 4), value) FROM jsonb_each(counts) WHERE key LIKE 'ex:%'), '{}');
	counts := coalesce((SELECT jsonb_object_agg(key, value) FROM jsonb_each(counts)
						 WHERE key NOT LIKE 'ex:%' AND value::text <> '0'), '{}');
	-- an example of a duplicated key, for the keys that have duplicates
	FOR klabel, q IN SELECT key, value FROM jsonb_each_text(dup_examples) WHERE counts ? key LOOP
		EXECUTE q INTO q;
		IF q IS NOT NULL THEN
			examples := examples || jsonb_build_object(klabel, q);
		END IF;
	END LOOP;
	q := NULL;
	-- rows that apply would quarantine (once each), policies aside
	qplan := jsonb_set(plan, '{columns}', coalesce((SELECT jsonb_agg(x || '{"policy": "quarantine"}')
												FROM jsonb_array_elements(plan -> 'columns') x), '[]'));
	EXECUTE format('SELECT count(*) FROM (%s) r WHERE _why IS NOT NULL',
				   synthmig_internal.reject_select(qplan, synthmig_internal.finals(qplan), sample, target_empty, true))
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
									  'failures', counts, 'examples', examples, 'rows_failing', failing,
									  'unmapped_values', coalesce(unmapped, '{}'));
END;
$$;


-- Rows of analyze() for one measured plan.
CREATE FUNCTION synthmig_internal.issues(mp jsonb)
RETURNS TABLE (kind text, source_table text, source_column text, target_table text, target_column text,
			   source_type text, target_type text, detail text, rows_affected bigint, rows_examined bigint,
			   share double precision, sampled boolean, confidence double precision, rule text,
			   severity text, example text)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	WITH m AS (SELECT mp ->> 'source' AS st, mp ->> 'target' AS tt, (mp ->> 'rows_examined')::bigint AS ex,
					  (mp ->> 'sampled')::boolean AS sm),
	f AS (SELECT split_part(key, ':', 1) AS k, substr(key, length(split_part(key, ':', 1)) + 2) AS col, value::bigint AS n
			FROM jsonb_each_text(mp -> 'failures'))
	-- failing values, per target column and kind
	SELECT f.k, m.st, c -> 'sources' ->> 0, m.tt, c ->> 'target', c ->> 'source_type', c ->> 'target_type',
		   coalesce((SELECT x ->> 'detail' FROM jsonb_array_elements(c -> 'checks') x WHERE x ->> 'kind' = f.k LIMIT 1),
					'NOT NULL column without a value'),
		   f.n, m.ex, f.n::float8 / nullif(m.ex, 0), m.sm, (c ->> 'confidence')::float8, c ->> 'rule',
		   CASE c ->> 'policy' WHEN 'quarantine' THEN 'rows rejected' WHEN 'abort' THEN 'blocking' ELSE 'data changed' END,
		   mp -> 'examples' ->> (f.k || ':' || f.col)
	  FROM m, f, jsonb_array_elements(mp -> 'columns') c
	 WHERE f.k NOT IN ('duplicate_key', 'fk_orphan') AND f.col = c ->> 'target'
	UNION ALL
	-- duplicates and orphans, per key
	SELECT f.k, m.st, f.col, m.tt, NULL, NULL, NULL,
		   CASE f.k WHEN 'duplicate_key' THEN 'rows whose key duplicates an earlier row or an existing target row'
					ELSE 'rows whose foreign key has no referenced row' END,
		   f.n, m.ex, f.n::float8 / nullif(m.ex, 0), m.sm, NULL, NULL,
		   'rows rejected', mp -> 'examples' ->> (f.k || ':' || f.col)
	  FROM m, f WHERE f.k IN ('duplicate_key', 'fk_orphan')
	UNION ALL
	-- restructuring and renames
	SELECT c ->> 'kind', m.st, (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(c -> 'sources') x), m.tt, c ->> 'target',
		   c ->> 'source_type', c ->> 'target_type',
		   format('%s (matched by %s, confidence %s)', coalesce(c ->> 'structure_rule', 'rename_column'), c ->> 'method', c ->> 'confidence'),
		   m.ex, m.ex, 1, m.sm, (c ->> 'confidence')::float8, coalesce(c ->> 'structure_rule', 'rename_column'),
		   'info', NULL
	  FROM m, jsonb_array_elements(mp -> 'columns') c WHERE c ->> 'kind' IN ('rename', 'split', 'merge', 'nest', 'flatten')
	UNION ALL
	-- type changes that convert every value
	SELECT 'type_change', m.st, c -> 'sources' ->> 0, m.tt, c ->> 'target', c ->> 'source_type', c ->> 'target_type',
		   format('rule %s: %s', c ->> 'rule', c ->> 'why'), 0, m.ex, 0, m.sm, (c ->> 'confidence')::float8, c ->> 'rule',
		   'info', NULL
	  FROM m, jsonb_array_elements(mp -> 'columns') c
	 WHERE c ->> 'rule' <> 'same_type' AND c ->> 'kind' IN ('cast', 'rename')
	   AND NOT EXISTS (SELECT FROM f WHERE f.col = c ->> 'target' AND f.k NOT IN ('duplicate_key', 'fk_orphan', 'not_null'))
	UNION ALL
	-- source columns nothing reads, and target columns nothing fills
	SELECT 'unmapped_source', m.st, u ->> 'column', m.tt, NULL, u ->> 'type', NULL,
		   'no target column takes this column: its values would not be copied',
		   (mp -> 'unmapped_values' ->> (u ->> 'column'))::bigint, m.ex,
		   (mp -> 'unmapped_values' ->> (u ->> 'column'))::float8 / nullif(m.ex, 0), m.sm, NULL, NULL,
		   CASE WHEN coalesce((mp -> 'unmapped_values' ->> (u ->> 'column'))::bigint, 0) > 0 THEN 'data changed' ELSE 'info' END,
		   NULL
	  FROM m, jsonb_array_elements(mp -> 'unmapped_source') u
	UNION ALL
	SELECT i ->> 'kind', m.st, i ->> 'source_column', m.tt, i ->> 'target_column', i ->> 'source_type', i ->> 'target_type',
		   i ->> 'detail', CASE WHEN (i ->> 'fatal')::boolean THEN m.ex ELSE 0 END, m.ex,
		   CASE WHEN (i ->> 'fatal')::boolean THEN 1 ELSE 0 END, m.sm, NULL, NULL,
		   CASE WHEN (i ->> 'fatal')::boolean THEN 'blocking'
				-- a target column left to its default while source data goes nowhere
				WHEN i ->> 'kind' = 'missing_source'
				 AND EXISTS (SELECT FROM jsonb_each_text(mp -> 'unmapped_values') v WHERE v.value::bigint > 0)
				THEN 'data changed' ELSE 'info' END,
		   NULL
	  FROM m, jsonb_array_elements(mp -> 'issues') i
$$;
