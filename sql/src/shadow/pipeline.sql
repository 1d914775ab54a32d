-- Shadow runs: the steps the worker runs, each in a transaction of its own,
-- as the job's owner (docs/shadow.md).  risk -> snapshot -> migrate ->
-- reconcile -> (resolve -> migrate -> reconcile)* -> rehearsed; apply.

-- Statistics of a relation for reconciliation: row count and, per column,
-- the non-null count and an order-independent checksum of the values.
CREATE FUNCTION synthmig_internal.shadow_stats(rel regclass)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	cols text;
	res jsonb;
BEGIN
	SELECT string_agg(format('%L, jsonb_build_object(''type'', %L, ''count'', count(%I), ''checksum'', coalesce(sum(hashtextextended(%I::text, 0)), 0)::text)',
							 a.attname, format_type(a.atttypid, a.atttypmod), a.attname, a.attname), ', ' ORDER BY a.attnum)
	  INTO cols
	  FROM pg_catalog.pg_attribute a WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped;
	EXECUTE format('SELECT jsonb_build_object(''rows'', count(*), ''columns'', jsonb_build_object(%s)) FROM %s', coalesce(cols, ''), rel)
	   INTO res;
	RETURN res;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_stats(regclass) IS
'internal: row count and per-column non-null count and checksum of a table (shadow run reconciliation)';


-- The same statistics over a query (the expected rows of a remediation,
-- never materialised), whose columns are named by cols (identifiers built
-- by the caller with format('%I')).
CREATE FUNCTION synthmig_internal.shadow_stats_query(query text, cols text[])
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	agg text;
	res jsonb;
BEGIN
	SELECT string_agg(format('%L, jsonb_build_object(''count'', count(x.%I), ''checksum'', coalesce(sum(hashtextextended(x.%I::text, 0)), 0)::text)',
							 c, c, c), ', ' ORDER BY o)
	  INTO agg
	  FROM unnest(cols) WITH ORDINALITY u(c, o);
	EXECUTE format('SELECT jsonb_build_object(''rows'', count(*), ''columns'', jsonb_build_object(%s)) FROM (%s) x', coalesce(agg, ''), query)
	   INTO res;
	RETURN res;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_stats_query(text, text[]) IS
'internal: row count and per-column non-null count and checksum of a query''s rows (shadow run reconciliation)';

-- The rows of a table: the planner's estimate, or a count when it was
-- never analysed.
CREATE FUNCTION synthmig_internal.shadow_rows(rel regclass)
RETURNS float8
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n float8;
BEGIN
	SELECT c.reltuples INTO n FROM pg_catalog.pg_class c WHERE c.oid = rel;
	IF n IS NULL OR n < 0 THEN
		EXECUTE format('SELECT count(*) FROM %s', rel) INTO n;
	END IF;
	RETURN n;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_rows(regclass) IS
'internal: the rows of a table, estimated by the planner or counted when never analysed (shadow run risk)';


-- The risk of a job before anything runs: schema, data and resource parts
-- with the measured inputs that produced them.
CREATE FUNCTION synthmig_internal.shadow_assess(j @extschema@.jobs)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	s float8 := 0; d float8 := 0; r float8; overall float8; model jsonb;
	rows_est float8 := 0; bytes bigint := 0; lock text := 'ROW EXCLUSIVE'; lockw float8 := 0;
	issues jsonb := '[]';
	stmts jsonb := '[]';
	x record;
	t text;
BEGIN
	IF j.kind = 'instruction' THEN
		FOR x IN SELECT * FROM @extschema@.diagnose((j.instruction ->> 'source')::regclass, (j.instruction ->> 'target')::regclass,
													 j.instruction -> 'options') LOOP
			IF x.severity IN ('blocking', 'data changed', 'info') THEN
				s := 1 - (1 - s) * (1 - CASE x.severity WHEN 'blocking' THEN 0.9 WHEN 'data changed' THEN 0.3 ELSE 0.05 END);
			END IF;
			-- a source column left out changes no row's values: schema part only
			IF x.severity IN ('rows rejected', 'data changed') AND x.kind <> 'unmapped_source' THEN
				d := 1 - (1 - d) * (1 - least(1, greatest(0, coalesce(x.share, 0))));
			END IF;
			issues := issues || jsonb_build_object('severity', x.severity, 'kind', x.kind, 'column', x.target_column,
												   'rows_affected', x.rows_affected, 'share', x.share, 'rows_examined', x.rows_examined);
		END LOOP;
		rows_est := synthmig_internal.shadow_rows((j.instruction ->> 'source')::regclass);
		bytes := pg_catalog.pg_total_relation_size((j.instruction ->> 'source')::regclass);
		IF j.instruction #>> '{options,on_error}' = 'widen'
		   OR EXISTS (SELECT FROM jsonb_each(coalesce(j.instruction #> '{options,rules}', '{}')) e WHERE e.value ->> 'on_error' = 'widen') THEN
			lock := 'ACCESS EXCLUSIVE (widen rewrites the target)'; lockw := 1;
		END IF;
	ELSE
		-- a script: its statements classified by what they do to the tables
		FOR x IN SELECT m[1] AS stmt, v.w, v.what, v.lk
				   FROM (VALUES ('alter\s+table[^;]*\s(alter\s+(column\s+)?\S+\s+(set\s+data\s+)?type)', 0.5, 'column type change (table rewrite)', 1.0),
								('drop\s+(table|column)|alter\s+table[^;]*\sdrop\s', 0.7, 'drop', 1.0),
								('alter\s+table[^;]*\sadd\s+(column\s+)?', 0.1, 'add column or constraint', 1.0),
								('alter\s+table[^;]*\s(set\s+not\s+null|add\s+constraint)', 0.3, 'new constraint (full scan)', 1.0),
								('rename', 0.2, 'rename', 1.0),
								('(update|delete)\s', 0.0, 'rows changed', 0.0)) v(re, w, what, lk),
						LATERAL regexp_matches(lower(j.script), v.re, 'g') m LOOP
			s := 1 - (1 - s) * (1 - x.w);
			IF x.what = 'rows changed' THEN
				d := 1 - (1 - d) * 0.7;
			END IF;
			IF x.lk > lockw THEN
				lockw := x.lk; lock := 'ACCESS EXCLUSIVE (ALTER/DROP)';
			END IF;
			stmts := stmts || jsonb_build_object('statement', x.stmt, 'what', x.what, 'weight', x.w);
		END LOOP;
		FOR t IN SELECT jsonb_array_elements_text(j.instruction -> 'tables') LOOP
			rows_est := rows_est + synthmig_internal.shadow_rows(t::regclass);
			bytes := bytes + pg_catalog.pg_total_relation_size(t::regclass);
		END LOOP;
	END IF;
	r := 0.5 * least(1, log(1 + rows_est) / 8) + 0.5 * lockw;
	-- the role's learned model replaces the prior formula once it has history
	model := synthmig_internal.shadow_model();
	IF model IS NOT NULL THEN
		overall := synthmig_internal.logit_predict(ARRAY(SELECT jsonb_array_elements_text(model -> 'coefficients')::float8), ARRAY[s, d, r]);
	ELSE
		overall := synthmig_internal.shadow_risk(s, d, r);
		model := jsonb_build_object('kind', 'prior');
	END IF;
	RETURN jsonb_build_object(
		'overall', round(overall::numeric, 4), 'prior', round(synthmig_internal.shadow_risk(s, d, r)::numeric, 4),
		'model', model,
		'schema', round(s::numeric, 4), 'data', round(d::numeric, 4), 'resource', round(r::numeric, 4),
		'threshold', current_setting('synthmig.shadow_risk_threshold')::float8,
		'inputs', jsonb_build_object('issues', issues, 'statements', stmts, 'estimated_rows', rows_est,
									 'table_bytes', bytes, 'estimated_wal_bytes', bytes, 'lock', lock));
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_assess(@extschema@.jobs) IS
'internal: the risk of a shadow run (overall, schema, data, resource) with its measured inputs';


-- The golden snapshot: the source copied into the job's schema under one
-- snapshot (the worker's REPEATABLE READ transaction), with its statistics.
-- For a script, each table is copied under its own name with its defaults,
-- constraints and indexes, so that the script finds what it expects.
CREATE FUNCTION synthmig_internal.shadow_snapshot(j @extschema@.jobs)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nsp text := synthmig_internal.shadow_schema_name(j.id);
	n bigint := 0;
	k bigint;
	t jsonb;
	golden jsonb := '{}';
BEGIN
	EXECUTE format('DROP SCHEMA IF EXISTS %I CASCADE', nsp);
	EXECUTE format('CREATE SCHEMA %I', nsp);
	IF j.kind = 'instruction' THEN
		EXECUTE format('CREATE TABLE %I.golden AS SELECT * FROM %s', nsp, (j.instruction ->> 'source')::regclass);
		GET DIAGNOSTICS n = ROW_COUNT;
		-- reconciliation reads the golden copy itself: its row count is enough here
		golden := jsonb_build_object('golden', jsonb_build_object('rows', n));
	ELSE
		FOR t IN SELECT * FROM jsonb_array_elements(j.instruction -> 'names') LOOP
			EXECUTE format('CREATE TABLE %I.%I (LIKE %I.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES INCLUDING GENERATED INCLUDING IDENTITY)',
						   nsp, t ->> 'relname', t ->> 'nspname', t ->> 'relname');
			EXECUTE format('INSERT INTO %I.%I SELECT * FROM %I.%I', nsp, t ->> 'relname', t ->> 'nspname', t ->> 'relname');
			GET DIAGNOSTICS k = ROW_COUNT;
			n := n + k;
			golden := golden || jsonb_build_object(t ->> 'relname', synthmig_internal.shadow_stats(format('%I.%I', nsp, t ->> 'relname')::regclass));
		END LOOP;
	END IF;
	UPDATE @extschema@.jobs SET reconciliation = jsonb_build_object('golden', golden, 'snapshot_at', clock_timestamp()) WHERE id = j.id;
	RETURN n;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_snapshot(@extschema@.jobs) IS
'internal: copy the source of a shadow run into its schema under one snapshot (the golden snapshot) and record its statistics';


-- The options a run uses now: the instruction's, patched by the
-- resolutions applied so far.
CREATE FUNCTION synthmig_internal.shadow_options(j @extschema@.jobs)
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT coalesce(j.instruction -> 'options', '{}')
		   || coalesce((SELECT jsonb_object_agg(p.key, p.value ORDER BY o)
						  FROM jsonb_array_elements(j.resolutions) WITH ORDINALITY a(r, o), jsonb_each(coalesce(a.r -> 'options', '{}')) p), '{}')
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_options(@extschema@.jobs) IS
'internal: the remediation options of a shadow run, patched by the resolutions tried so far';


-- Run the migration in the shadow: the instruction's remediation from the
-- golden copy into an empty copy of the target, or the script with
-- search_path set to the shadow schema.
CREATE FUNCTION synthmig_internal.shadow_migrate(j @extschema@.jobs)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nsp text := synthmig_internal.shadow_schema_name(j.id);
	rep jsonb;
	old_path text := current_setting('search_path');
BEGIN
	IF j.kind = 'instruction' THEN
		EXECUTE format('DROP TABLE IF EXISTS %I.target', nsp);
		EXECUTE format('CREATE TABLE %I.target (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES INCLUDING GENERATED INCLUDING IDENTITY)',
					   nsp, (j.instruction ->> 'target')::regclass);
		rep := @extschema@.remediate(format('%I.golden', nsp)::regclass, format('%I.target', nsp)::regclass, true,
									 synthmig_internal.shadow_options(j));
		UPDATE @extschema@.jobs SET remediation_id = (rep ->> 'remediation_id')::bigint WHERE id = j.id;
		RETURN (rep ->> 'rows_read')::bigint;
	END IF;
	PERFORM set_config('search_path', format('%I, pg_catalog, pg_temp', nsp), true);
	EXECUTE j.script;
	PERFORM set_config('search_path', old_path, true);
	RETURN ((j.reconciliation -> 'golden') IS NOT NULL)::int;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_migrate(@extschema@.jobs) IS
'internal: run the migration of a shadow run in its schema (remediation of the golden copy, or the script)';


-- Reconcile a remediation's result against its source: every source row is
-- in the target or quarantined, and every mapped column of the target holds
-- the transformation of the source value (per-column checksums over the
-- plan's expressions), refined down to the differing keys.
CREATE FUNCTION synthmig_internal.shadow_reconcile_remediation(src regclass, dst regclass, remediation bigint)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	plan jsonb;
	report jsonb;
	n_src bigint; n_dst bigint; n_rej bigint;
	exprs text; cols text; keycols text; keyjoin text; expected text; colnames text[];
	exp_stats jsonb; dst_stats jsonb;
	c record;
	bad jsonb := '[]';
	missing jsonb := '[]'; extra jsonb := '[]'; changed jsonb;
	replaced jsonb;
	passed boolean;
BEGIN
	SELECT r.plan, r.report INTO plan, report FROM @extschema@.remediations r WHERE r.id = remediation;
	EXECUTE format('SELECT count(*) FROM %s', src) INTO n_src;
	SELECT count(DISTINCT source_ctid) INTO n_rej FROM @extschema@.rejects WHERE remediation_id = remediation;
	replaced := coalesce(report #> '{tables,0,values_replaced}', '{}') || coalesce(report #> '{tables,0,synthesized}', '{}');
	-- the plan's expressions for the target's columns, over the source (alias s)
	SELECT string_agg(format('%s AS %I', p.sql, p.target_column), ', ' ORDER BY p.step),
		   string_agg(format('%I', p.target_column), ', ' ORDER BY p.step),
		   array_agg(p.target_column::text ORDER BY p.step)
	  INTO exprs, cols, colnames
	  FROM synthmig_internal.plan_rows(CASE WHEN jsonb_typeof(plan) = 'array' THEN plan ELSE jsonb_build_array(plan) END) p
	 WHERE p.target_column IS NOT NULL AND p.sql IS NOT NULL;
	IF exprs IS NULL THEN
		RETURN jsonb_build_object('passed', false, 'summary', 'no mapped column to reconcile');
	END IF;
	-- the expected rows: the plan's expressions over the source rows not quarantined
	expected := format('SELECT %s FROM %s s WHERE s.ctid NOT IN (SELECT r.source_ctid FROM synthmig.rejects r WHERE r.remediation_id = %s AND r.source_ctid IS NOT NULL)',
					   exprs, src, remediation);
	-- checksums first (one scan of each side); rows are compared only when they differ
	exp_stats := synthmig_internal.shadow_stats_query(expected, colnames);
	dst_stats := synthmig_internal.shadow_stats(dst);
	n_dst := (dst_stats ->> 'rows')::bigint;
	FOR c IN SELECT e.key AS col, e.value AS ev, dst_stats #> ARRAY['columns', e.key] AS dv
			   FROM jsonb_each(exp_stats -> 'columns') e LOOP
		IF c.dv IS NULL OR c.ev ->> 'count' <> c.dv ->> 'count' OR c.ev ->> 'checksum' <> c.dv ->> 'checksum' THEN
			bad := bad || jsonb_build_object('column', c.col, 'expected', c.ev, 'target', c.dv,
											 'explained_by_policy', replaced ? c.col);
		END IF;
	END LOOP;
	-- the key: the target's primary key if every column of it is mapped
	SELECT string_agg(format('%I', a.attname), ', ' ORDER BY k.o), string_agg(format('e.%1$I = t.%1$I', a.attname), ' AND ' ORDER BY k.o)
	  INTO keycols, keyjoin
	  FROM pg_catalog.pg_index i, unnest(i.indkey) WITH ORDINALITY k(attnum, o), pg_catalog.pg_attribute a
	 WHERE i.indrelid = dst AND i.indisprimary AND a.attrelid = dst AND a.attnum = k.attnum;
	IF n_src = n_dst + n_rej AND (exp_stats ->> 'rows')::bigint = n_dst AND jsonb_array_length(bad) = 0 THEN
		NULL;					-- every count and checksum agrees: nothing to refine
	ELSIF keycols IS NOT NULL AND NOT EXISTS (SELECT FROM regexp_split_to_table(keycols, ', ') kc
											WHERE NOT exp_stats -> 'columns' ? btrim(kc, '"')) THEN
		EXECUTE format('CREATE TEMP TABLE shadow_expected ON COMMIT DROP AS %s', expected);
		EXECUTE format('SELECT coalesce(jsonb_agg(to_jsonb(x)), ''[]'') FROM (SELECT %1$s FROM pg_temp.shadow_expected EXCEPT SELECT %1$s FROM %2$s LIMIT 20) x', keycols, dst)
		   INTO missing;
		EXECUTE format('SELECT coalesce(jsonb_agg(to_jsonb(x)), ''[]'') FROM (SELECT %1$s FROM %2$s EXCEPT SELECT %1$s FROM pg_temp.shadow_expected LIMIT 20) x', keycols, dst)
		   INTO extra;
		IF jsonb_array_length(bad) > 0 THEN
			EXECUTE format('SELECT coalesce(jsonb_agg(jsonb_build_object(''key'', to_jsonb(k), ''column'', k.col)), ''[]'') FROM (SELECT %s, d.col FROM pg_temp.shadow_expected e JOIN %s t ON %s, LATERAL (SELECT c.key AS col FROM jsonb_each(to_jsonb(e)) c WHERE c.value IS DISTINCT FROM to_jsonb(t) -> c.key) d LIMIT 20) k',
						   (SELECT string_agg('e.' || kc, ', ') FROM regexp_split_to_table(keycols, ', ') kc), dst, keyjoin)
			   INTO changed;
		END IF;
	ELSE
		-- no usable key: the differing rows themselves
		EXECUTE format('CREATE TEMP TABLE shadow_expected ON COMMIT DROP AS %s', expected);
		EXECUTE format('SELECT coalesce(jsonb_agg(to_jsonb(x)), ''[]'') FROM (SELECT %1$s FROM pg_temp.shadow_expected EXCEPT ALL SELECT %1$s FROM %2$s LIMIT 20) x', cols, dst)
		   INTO missing;
		EXECUTE format('SELECT coalesce(jsonb_agg(to_jsonb(x)), ''[]'') FROM (SELECT %1$s FROM %2$s EXCEPT ALL SELECT %1$s FROM pg_temp.shadow_expected LIMIT 20) x', cols, dst)
		   INTO extra;
	END IF;
	DROP TABLE IF EXISTS pg_temp.shadow_expected;
	passed := n_src = n_dst + n_rej AND jsonb_array_length(missing) = 0 AND jsonb_array_length(extra) = 0
			  AND NOT EXISTS (SELECT FROM jsonb_array_elements(bad) b WHERE NOT (b ->> 'explained_by_policy')::boolean);
	RETURN jsonb_build_object(
		'passed', passed,
		'summary', format('%s source rows: %s in the target, %s quarantined, %s unaccounted; %s column(s) differ, %s missing and %s unexpected row(s)',
						  n_src, n_dst, n_rej, n_src - n_dst - n_rej, jsonb_array_length(bad), jsonb_array_length(missing), jsonb_array_length(extra)),
		'source_rows', n_src, 'target_rows', n_dst, 'quarantined', n_rej, 'unaccounted', n_src - n_dst - n_rej,
		'key', keycols, 'columns_differing', bad, 'missing_rows', missing, 'unexpected_rows', extra,
		'changed_rows', coalesce(changed, '[]'), 'target', dst_stats);
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_reconcile_remediation(regclass, regclass, bigint) IS
'internal: reconcile a remediation''s target against its source (row accounting, per-column checksums, differing keys)';


-- Reconcile a script's result against the golden statistics: per table the
-- rows before and after, columns added, dropped or retyped, and the columns
-- whose values changed.
CREATE FUNCTION synthmig_internal.shadow_script_changes(golden jsonb, nsp text, names jsonb)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t jsonb;
	g jsonb; a jsonb;
	res jsonb := '{}';
	rel regclass;
BEGIN
	FOR t IN SELECT * FROM jsonb_array_elements(names) LOOP
		g := golden -> (t ->> 'relname');
		rel := to_regclass(format('%I.%I', coalesce(nsp, t ->> 'nspname'), t ->> 'relname'));
		a := CASE WHEN rel IS NOT NULL THEN synthmig_internal.shadow_stats(rel) END;
		res := res || jsonb_build_object(t ->> 'relname', jsonb_build_object(
			'rows_before', g -> 'rows', 'rows_after', a -> 'rows', 'dropped', a IS NULL,
			'columns_added', (SELECT coalesce(jsonb_agg(k ORDER BY k), '[]') FROM jsonb_object_keys(coalesce(a -> 'columns', '{}')) k WHERE NOT g -> 'columns' ? k),
			'columns_dropped', (SELECT coalesce(jsonb_agg(k ORDER BY k), '[]') FROM jsonb_object_keys(g -> 'columns') k WHERE a IS NOT NULL AND NOT a -> 'columns' ? k),
			'columns_retyped', (SELECT coalesce(jsonb_agg(k ORDER BY k), '[]') FROM jsonb_object_keys(g -> 'columns') k
								 WHERE a -> 'columns' ? k AND a #>> ARRAY['columns', k, 'type'] <> g #>> ARRAY['columns', k, 'type']),
			'columns_changed', (SELECT coalesce(jsonb_agg(k ORDER BY k), '[]') FROM jsonb_object_keys(g -> 'columns') k
								 WHERE a -> 'columns' ? k AND a #>> ARRAY['columns', k, 'type'] = g #>> ARRAY['columns', k, 'type']
								   AND (a #> ARRAY['columns', k]) - 'type' <> (g #> ARRAY['columns', k]) - 'type'),
			'columns', CASE WHEN a IS NOT NULL THEN (SELECT jsonb_object_agg(e.key, e.value -> 'type') FROM jsonb_each(a -> 'columns') e) END));
	END LOOP;
	RETURN res;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_script_changes(jsonb, text, jsonb) IS
'internal: what a migration script changed in each table, from the golden statistics and the tables after it';


-- Reconcile the rehearsal.
CREATE FUNCTION synthmig_internal.shadow_reconcile(j @extschema@.jobs)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nsp text := synthmig_internal.shadow_schema_name(j.id);
	res jsonb;
BEGIN
	IF j.kind = 'instruction' THEN
		res := synthmig_internal.shadow_reconcile_remediation(format('%I.golden', nsp)::regclass, format('%I.target', nsp)::regclass,
															  j.remediation_id);
	ELSE
		res := jsonb_build_object('passed', true, 'tables',
								  synthmig_internal.shadow_script_changes(j.reconciliation -> 'golden', nsp, j.instruction -> 'names'));
		res := res || jsonb_build_object('summary', (SELECT string_agg(format('%s: %s -> %s rows', e.key, e.value -> 'rows_before', coalesce(e.value ->> 'rows_after', 'dropped')), '; ')
													  FROM jsonb_each(res -> 'tables') e));
	END IF;
	RETURN coalesce(j.reconciliation, '{}') || res;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_reconcile(@extschema@.jobs) IS
'internal: reconcile the rehearsal of a shadow run against its golden snapshot';


-- The class of an error, for the resolution library.
CREATE FUNCTION synthmig_internal.shadow_error_class(sqlstate text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE
		WHEN sqlstate IN ('40001', '40P01', '55P03') THEN 'transient'
		WHEN sqlstate IN ('23502') OR left(sqlstate, 2) = '42' OR sqlstate = '0A000' THEN 'schema_mismatch'
		WHEN left(sqlstate, 2) = '23' THEN 'constraint_violation'
		WHEN left(sqlstate, 2) = '22' THEN 'type_conversion'
		ELSE 'other' END
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_error_class(text) IS
'internal: the resolution class of an SQLSTATE (schema_mismatch, type_conversion, constraint_violation, transient, other)';


-- After a failed migrate step: the next resolution of the error's class
-- not tried yet, recorded as an attempt (true: migrate again), or NULL when
-- none is left.
CREATE FUNCTION synthmig_internal.shadow_resolve(j @extschema@.jobs, err_state text, err_message text)
RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	cls text := synthmig_internal.shadow_error_class(err_state);
	res @extschema@.resolutions;
	patch jsonb;
	n integer;
BEGIN
	FOR res IN SELECT * FROM @extschema@.resolutions r
				WHERE r.error_class = cls
				  -- built-in, or the job owner's own: never text stored by another role
				  AND (r.owner IS NULL OR r.owner = j.owner)
				  AND (j.kind = 'instruction' OR r.action <> 'options')	-- a script takes no remediation options
				  AND r.id NOT IN (SELECT (a ->> 'resolution')::bigint FROM jsonb_array_elements(j.resolutions) a)
				ORDER BY r.position, r.id LOOP
		IF res.action = 'retry' THEN
			n := (SELECT count(*) FROM jsonb_array_elements(j.resolutions) a WHERE a ->> 'action' = 'retry');
			PERFORM pg_catalog.pg_sleep(0.1 * power(4, n));
			patch := NULL;
		ELSIF res.action = 'function' THEN
			EXECUTE format('SELECT %s($1, $2, $3)', res.fn::oid::regproc) INTO patch USING j.id, err_state, err_message;
			IF patch IS NULL THEN
				CONTINUE;
			END IF;
		ELSE
			patch := res.options;
		END IF;
		UPDATE @extschema@.jobs
		   SET resolutions = resolutions || jsonb_build_object('resolution', res.id, 'error_class', cls, 'sqlstate', err_state,
															  'error', err_message, 'action', res.action, 'description', res.description,
															  'options', patch, 'at', clock_timestamp())
		 WHERE id = j.id;
		RETURN true;
	END LOOP;
	RETURN false;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_resolve(@extschema@.jobs, text, text) IS
'internal: record and prepare the next resolution for an error of a shadow run''s migration; false when none is left';


-- Apply a rehearsed job on the real tables in the worker's transaction and
-- validate it the same way; an exception undoes everything.
CREATE FUNCTION synthmig_internal.shadow_apply(j @extschema@.jobs)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	src regclass; dst regclass;
	rep jsonb; val jsonb; changes jsonb;
	paths text;
	nrows bigint;
	t record;
BEGIN
	IF j.kind = 'instruction' THEN
		src := synthmig_internal.shadow_table(j.instruction ->> 'source', '$.source', false);
		dst := synthmig_internal.shadow_table(j.instruction ->> 'target', '$.target', true);
		EXECUTE format('SELECT count(*) FROM (SELECT FROM %s LIMIT 1) x', dst) INTO nrows;
		IF nrows > 0 THEN
			RAISE EXCEPTION 'target table % is not empty', dst
				USING ERRCODE = 'object_not_in_prerequisite_state',
					  DETAIL = 'The rehearsal loaded an empty copy of the target; apply loads the real one the same way.';
		END IF;
		rep := @extschema@.remediate(src, dst, true, synthmig_internal.shadow_options(j));
		val := synthmig_internal.shadow_reconcile_remediation(src, dst, (rep ->> 'remediation_id')::bigint);
		IF NOT (val ->> 'passed')::boolean THEN
			RAISE EXCEPTION 'validation of shadow run % failed: %', j.id, val ->> 'summary'
				USING ERRCODE = 'data_exception', DETAIL = left(val::text, 2000),
					  HINT = 'Nothing was changed; compare with synthmig.jobs.reconciliation of the rehearsal.';
		END IF;
		UPDATE @extschema@.jobs SET reconciliation = reconciliation || jsonb_build_object('apply', val, 'apply_remediation_id', rep ->> 'remediation_id')
		 WHERE id = j.id;
		RETURN (rep ->> 'rows_read')::bigint;
	END IF;
	-- a script: run on the real tables, with their schemas on search_path
	SELECT string_agg(format('%I', s), ', ' ORDER BY o) INTO paths
	  FROM (SELECT n ->> 'nspname' AS s, min(o) AS o FROM jsonb_array_elements(j.instruction -> 'names') WITH ORDINALITY x(n, o) GROUP BY 1) y;
	changes := NULL;
	PERFORM set_config('search_path', paths || ', pg_catalog, pg_temp', true);
	EXECUTE j.script;
	PERFORM set_config('search_path', 'pg_catalog, pg_temp', true);
	changes := synthmig_internal.shadow_script_changes(
		(SELECT jsonb_object_agg(n ->> 'relname', jsonb_build_object('rows', g.value -> 'rows', 'columns', g.value -> 'columns'))
		   FROM jsonb_array_elements(j.instruction -> 'names') n
		   JOIN jsonb_each(j.reconciliation -> 'golden') g ON g.key = n ->> 'relname'),
		NULL, j.instruction -> 'names');
	-- the same shape as the rehearsal's result
	FOR t IN SELECT e.key, e.value AS cur, j.reconciliation #> ARRAY['tables', e.key] AS reh
			   FROM jsonb_each(changes) e LOOP
		IF t.cur -> 'columns' IS DISTINCT FROM t.reh -> 'columns' OR (t.cur -> 'dropped') <> (t.reh -> 'dropped') THEN
			RAISE EXCEPTION 'validation of shadow run % failed: table % does not have the shape the rehearsal produced', j.id, t.key
				USING ERRCODE = 'data_exception',
					  DETAIL = format('rehearsal: %s; now: %s', t.reh -> 'columns', t.cur -> 'columns'),
					  HINT = 'Nothing was changed; the table changed since the rehearsal: rehearse again (retry_shadow_run).';
		END IF;
	END LOOP;
	UPDATE @extschema@.jobs SET reconciliation = reconciliation || jsonb_build_object('apply', changes) WHERE id = j.id;
	RETURN 0;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_apply(@extschema@.jobs) IS
'internal: run a rehearsed shadow run on the real tables and validate the result like the rehearsal (an error undoes it)';


-- Finish a job that failed: the error with its class, the shadow dropped
-- (a failed apply keeps it), state failed/apply_failed/cancelled.
CREATE FUNCTION synthmig_internal.shadow_finish_failed(job bigint, err_state text, err_message text, err_detail text, err_step text, err_retryable boolean)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	j @extschema@.jobs;
	nsp text := synthmig_internal.shadow_schema_name(job);
BEGIN
	SELECT * INTO j FROM @extschema@.jobs WHERE id = job FOR UPDATE;
	IF NOT FOUND THEN
		RETURN;
	END IF;
	-- cancel_shadow_run interrupts the worker (query_canceled "due to user request")
	j.cancel_requested := j.cancel_requested OR (err_state = '57014' AND err_message LIKE '%user request%');
	IF j.state = 'running' AND EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = nsp AND pg_has_role(current_user, nspowner, 'USAGE')) THEN
		EXECUTE format('DROP SCHEMA %I CASCADE', nsp);
	END IF;
	UPDATE @extschema@.jobs
	   SET state = CASE WHEN j.cancel_requested THEN 'cancelled' WHEN j.state IN ('applying', 'apply_queued') THEN 'apply_failed' ELSE 'failed' END,
		   error = jsonb_build_object('sqlstate', err_state, 'message', err_message, 'detail', err_detail, 'step', coalesce(err_step, j.step),
									  'error_class', synthmig_internal.shadow_error_class(err_state),
									  'needs_person', NOT j.cancel_requested),
		   retryable = err_retryable OR j.cancel_requested, cancel_requested = j.cancel_requested, finished_at = clock_timestamp(), updated_at = clock_timestamp(),
		   worker_pid = NULL
	 WHERE id = job;
	IF j.state = 'running' AND NOT j.cancel_requested THEN
		PERFORM synthmig_internal.shadow_record(j, true);
	END IF;
	PERFORM synthmig_internal.shadow_notify(job);
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_finish_failed(bigint, text, text, text, text, boolean) IS
'internal: record a shadow run as failed (or cancelled) with its error, and drop its shadow schema';


-- Record a finished rehearsal in the role's history (its risk parts and
-- whether it went wrong), for the learned risk model.
CREATE FUNCTION synthmig_internal.shadow_record(j @extschema@.jobs, went_wrong boolean)
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
	INSERT INTO @extschema@.shadow_history (job_id, features, outcome)
	SELECT j.id, ARRAY[(r.risk ->> 'schema')::float8, (r.risk ->> 'data')::float8, (r.risk ->> 'resource')::float8], went_wrong
	  FROM @extschema@.jobs r
	 WHERE r.id = j.id AND r.risk ? 'schema'
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_record(@extschema@.jobs, boolean) IS
'internal: record a finished rehearsal (risk parts, whether it went wrong) in synthmig.shadow_history';


-- One step of a job, run by the worker in a transaction of its own as the
-- job's owner; true when there is more to do.
CREATE FUNCTION synthmig_internal.shadow_step(job bigint)
RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	j @extschema@.jobs;
	t0 timestamptz := clock_timestamp();
	lsn0 pg_lsn := pg_catalog.pg_current_wal_insert_lsn();
	u0 float8[] := synthmig_internal.shadow_usage();
	u1 float8[];
	files0 jsonb;
	locks jsonb;
	rewrites jsonb;
	n bigint := 0;
	nxt text;
	st text := NULL;
	res jsonb;
	e_state text; e_msg text; e_detail text;
	order_of text[] := ARRAY['risk', 'snapshot', 'migrate', 'reconcile'];
BEGIN
	SELECT * INTO j FROM @extschema@.jobs WHERE id = job FOR UPDATE;
	IF NOT FOUND THEN
		RETURN false;			-- the submission was rolled back, or the job deleted
	END IF;
	IF j.owner::oid IS DISTINCT FROM (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
		RETURN false;			-- a worker runs only the jobs of the role it connected as
	END IF;
	PERFORM pg_catalog.set_config('application_name', left(format('synthmig shadow run %s: %s', job, coalesce(j.step, j.state)), 63), false);
	IF j.state IN ('queued', 'apply_queued') THEN
		UPDATE @extschema@.jobs
		   SET state = CASE j.state WHEN 'queued' THEN 'running' ELSE 'applying' END,
			   step = CASE j.state WHEN 'queued' THEN 'risk' ELSE 'apply' END,
			   progress = 0, worker_pid = pg_catalog.pg_backend_pid(), updated_at = clock_timestamp(),
			   started_at = CASE j.state WHEN 'queued' THEN clock_timestamp() ELSE j.started_at END,
			   finished_at = CASE j.state WHEN 'queued' THEN NULL ELSE j.finished_at END,
			   attempts = attempts + CASE j.state WHEN 'queued' THEN 1 ELSE 0 END,
			   resolutions = CASE j.state WHEN 'queued' THEN '[]' ELSE j.resolutions END,
			   profile = CASE j.state WHEN 'queued' THEN '{}' ELSE j.profile END
		 WHERE id = job;
		PERFORM synthmig_internal.shadow_notify(job);
		RETURN true;
	END IF;
	IF j.state NOT IN ('running', 'applying') OR j.worker_pid IS DISTINCT FROM pg_catalog.pg_backend_pid() THEN
		RETURN false;			-- finished, or another worker's
	END IF;
	IF j.cancel_requested THEN
		PERFORM synthmig_internal.shadow_finish_failed(job, '57014', 'cancelled by cancel_shadow_run', NULL, j.step, true);
		RETURN false;
	END IF;
	files0 := synthmig_internal.shadow_relfiles(j);
	BEGIN
		CASE j.step
			WHEN 'risk' THEN
				res := synthmig_internal.shadow_assess(j);
				UPDATE @extschema@.jobs SET risk = res WHERE id = job;
				IF j.instruction ->> 'rehearse' = 'if_risky' AND (res ->> 'overall')::float8 < (res ->> 'threshold')::float8 THEN
					nxt := 'skipped'; st := 'rehearsed';
				ELSE
					nxt := 'snapshot';
				END IF;
			WHEN 'snapshot' THEN
				n := synthmig_internal.shadow_snapshot(j);
				nxt := 'migrate';
			WHEN 'migrate' THEN
				n := synthmig_internal.shadow_migrate(j);
				nxt := 'reconcile';
			WHEN 'reconcile' THEN
				res := synthmig_internal.shadow_reconcile(j);
				UPDATE @extschema@.jobs SET reconciliation = res,
					   resolutions = CASE WHEN jsonb_array_length(resolutions) > 0
										  THEN jsonb_set(resolutions, ARRAY[(jsonb_array_length(resolutions) - 1)::text, 'reconciled'], res -> 'passed')
										  ELSE resolutions END
				 WHERE id = job;
				n := coalesce((res ->> 'source_rows')::bigint, 0);
				nxt := 'done'; st := 'rehearsed';
				PERFORM synthmig_internal.shadow_record(j, NOT coalesce((res ->> 'passed')::boolean, false));
			WHEN 'apply' THEN
				n := synthmig_internal.shadow_apply(j);
				nxt := 'done'; st := 'applied';
			ELSE
				RAISE EXCEPTION 'shadow run % is at an unknown step %', job, j.step USING ERRCODE = 'internal_error';
		END CASE;
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS e_state = RETURNED_SQLSTATE, e_msg = MESSAGE_TEXT, e_detail = PG_EXCEPTION_DETAIL;
		-- the step's changes are undone; a failed migration may be resolved
		IF j.step = 'migrate' AND synthmig_internal.shadow_resolve(j, e_state, e_msg) THEN
			UPDATE @extschema@.jobs SET updated_at = clock_timestamp() WHERE id = job;
			PERFORM synthmig_internal.shadow_notify(job);
			RETURN true;
		END IF;
		PERFORM synthmig_internal.shadow_finish_failed(job, e_state, e_msg, e_detail, j.step,
													   synthmig_internal.shadow_error_class(e_state) = 'transient');
		RETURN false;
	END;
	-- what the step used: CPU, memory, the locks it holds (every lock taken
	-- in the transaction is held until it ends) and the tables it rewrote
	u1 := synthmig_internal.shadow_usage();
	SELECT coalesce(jsonb_object_agg(rel, modes), '{}') INTO locks
	  FROM (SELECT l.relation::regclass::text AS rel, jsonb_agg(DISTINCT l.mode) AS modes
			  FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_class c ON c.oid = l.relation
			  JOIN pg_catalog.pg_namespace ns ON ns.oid = c.relnamespace
			 WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' AND l.granted
			   AND ns.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'synthmig', 'synthmig_internal')
			   AND c.relkind IN ('r', 'm', 'p')
			 GROUP BY 1) x;
	SELECT coalesce(jsonb_agg(a.key ORDER BY a.key), '[]') INTO rewrites
	  FROM jsonb_each(synthmig_internal.shadow_relfiles(j)) a JOIN jsonb_each(files0) b USING (key)
	 WHERE a.value <> b.value;
	UPDATE @extschema@.jobs
	   SET step = nxt, state = coalesce(st, state),
		   progress = CASE WHEN st IS NOT NULL THEN 1
						   ELSE coalesce(array_position(order_of, nxt) - 1, 0)::real / cardinality(order_of) END,
		   profile = profile || jsonb_build_object(j.step || CASE WHEN j.profile ? j.step THEN '#' || (SELECT count(*) + 1 FROM jsonb_object_keys(j.profile) k WHERE k LIKE j.step || '%') ELSE '' END,
				jsonb_build_object('ms', round(extract(epoch FROM clock_timestamp() - t0)::numeric * 1000, 1),
								   'rows', n,
								   'rows_per_s', CASE WHEN clock_timestamp() > t0 THEN round(n / extract(epoch FROM clock_timestamp() - t0)::numeric) END,
								   'wal_bytes', pg_catalog.pg_wal_lsn_diff(pg_catalog.pg_current_wal_insert_lsn(), lsn0),
								   'cpu_ms', round((u1[1] + u1[2] - u0[1] - u0[2])::numeric, 1),
								   'max_rss_kb', u1[3], 'locks', locks, 'rewrites', rewrites)),
		   finished_at = CASE WHEN st = 'rehearsed' THEN clock_timestamp() ELSE finished_at END,
		   applied_at = CASE WHEN st = 'applied' THEN clock_timestamp() ELSE applied_at END,
		   worker_pid = CASE WHEN st IS NOT NULL THEN NULL ELSE worker_pid END,
		   updated_at = clock_timestamp()
	 WHERE id = job;
	PERFORM synthmig_internal.shadow_notify(job);
	RETURN st IS NULL;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_step(bigint) IS
'internal: run the next step of a shadow run (called by its worker, one transaction per step); true when there is more to do';


-- Record a job as failed when its worker caught an error shadow_step could
-- not (cancellation, statement_timeout).
CREATE FUNCTION synthmig_internal.shadow_fail(job bigint, sqlstate text, message text)
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT synthmig_internal.shadow_finish_failed(job, sqlstate, message, NULL, NULL, true)
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_fail(bigint, text, text) IS
'internal: record a shadow run as failed after an error its worker caught (cancellation, timeout)';


-- After a restart or a worker's exit (run by the launcher's sweep, as the
-- bootstrap superuser, in each database with synthmig): jobs left running
-- by a worker that is gone are marked failed and retryable, their shadow
-- dropped; queued jobs whose owner can no longer log in fail; the other
-- queued jobs are returned to be started again.
CREATE FUNCTION synthmig_internal.shadow_recover(skip bigint[])
RETURNS TABLE (job bigint, owner oid)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	j @extschema@.jobs;
	nsp text;
BEGIN
	FOR j IN SELECT * FROM @extschema@.jobs x
			  WHERE x.state IN ('running', 'applying')
				AND NOT EXISTS (SELECT FROM pg_catalog.pg_stat_activity a WHERE a.pid = x.worker_pid AND a.backend_type <> 'client backend')
			  FOR UPDATE LOOP
		nsp := synthmig_internal.shadow_schema_name(j.id);
		IF j.state = 'running' AND EXISTS (SELECT FROM pg_catalog.pg_namespace n WHERE n.nspname = nsp AND n.nspowner = j.owner::oid) THEN
			EXECUTE format('DROP SCHEMA %I CASCADE', nsp);
		END IF;
		UPDATE @extschema@.jobs x
		   SET state = CASE j.state WHEN 'running' THEN 'failed' ELSE 'apply_failed' END,
			   error = jsonb_build_object('sqlstate', '57P01', 'message', format('the worker stopped during step %s (server crash, restart or termination)', j.step),
										  'step', j.step, 'error_class', 'other', 'needs_person', false),
			   retryable = true, worker_pid = NULL, finished_at = clock_timestamp(), updated_at = clock_timestamp()
		 WHERE x.id = j.id;
		PERFORM synthmig_internal.shadow_notify(j.id);
	END LOOP;
	FOR j IN UPDATE @extschema@.jobs x
				SET state = CASE WHEN x.state = 'queued' THEN 'failed' ELSE 'apply_failed' END,
					error = jsonb_build_object('sqlstate', '28000', 'message',
						CASE WHEN x.dispatches >= 3 THEN 'the worker of the job could not start (3 attempts)'
							 ELSE format('role %s does not exist or cannot log in', x.owner) END,
						'error_class', 'other', 'needs_person', true),
					retryable = false, finished_at = clock_timestamp(), updated_at = clock_timestamp()
			  WHERE x.state IN ('queued', 'apply_queued') AND x.id <> ALL (coalesce(skip, '{}'))
				AND (x.dispatches >= 3
					 OR NOT EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.oid = x.owner::oid AND r.rolcanlogin))
			 RETURNING x.* LOOP
		PERFORM synthmig_internal.shadow_notify(j.id);
	END LOOP;
	RETURN QUERY
		UPDATE @extschema@.jobs x SET dispatches = x.dispatches + 1
		 WHERE x.state IN ('queued', 'apply_queued') AND x.id <> ALL (coalesce(skip, '{}'))
		RETURNING x.id, x.owner::oid;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_recover(bigint[]) IS
'internal: after a restart or a worker''s exit, fail the jobs whose worker is gone (retryable) and return the queued jobs to start';
REVOKE EXECUTE ON FUNCTION synthmig_internal.shadow_recover(bigint[]) FROM PUBLIC;
