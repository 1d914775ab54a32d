-- Score one evaluation database: psql -v db=NAME -v mapping=default|tables|truth
-- -f score.sql, in the
-- database made by run.sh (schemas NAME_ref, NAME_src, NAME_target and the
-- manifests in eval).  Runs synthmig.remediate with DEFAULT options (with
-- mapping=truth: only the table and column mapping of the truth, as a DBA
-- would write it, to measure conversions and guards apart from matching;
-- mapping=tables: only the table mapping, to measure column matching and
-- silent defaults when tables are known):
-- first the plan (for the matching), then apply.
\set QUIET on
\pset footer off
SET client_min_messages = warning;

CREATE TABLE IF NOT EXISTS eval.result (
	db text PRIMARY KEY, plan jsonb, plan_error jsonb, report jsonb, apply_error jsonb,
	blockers jsonb, duration_ms numeric);

-- the options a DBA who knows the truth would write: every table and column
-- mapped, nothing else (no rules, no policies)
CREATE OR REPLACE FUNCTION eval.truth_options(d text) RETURNS jsonb
LANGUAGE sql STABLE AS $$
	SELECT jsonb_build_object(
		'tables', (SELECT jsonb_object_agg(target_table, source_table) FROM eval.truth_table WHERE db = d),
		'columns', (SELECT jsonb_object_agg(target_table, cols) FROM
					 (SELECT target_table, jsonb_object_agg(target_column, source_column) AS cols
						FROM eval.truth_column WHERE db = d GROUP BY 1) c))
$$;

-- run the plan, diagnose() and apply with the options (default: none) and
-- keep what they return or the error they raise
CREATE OR REPLACE FUNCTION eval.run(d text, opts jsonb DEFAULT '{}') RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	src regnamespace := (d || '_src')::regnamespace;
	tgt regnamespace := (d || '_target')::regnamespace;
	r eval.result;
	st text; msg text; det text; hnt text;
	t0 timestamptz;
BEGIN
	r.db := d;
	BEGIN
		r.plan := synthmig.remediate(src, tgt, false, opts);
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
		r.plan_error := jsonb_build_object('sqlstate', st, 'message', msg, 'detail', det, 'hint', hnt);
	END;
	BEGIN
		SELECT jsonb_agg(jsonb_build_object('kind', kind, 'source_table', source_table, 'source_column', source_column,
											'target_table', target_table, 'target_column', target_column, 'detail', detail))
		  INTO r.blockers
		  FROM synthmig.diagnose(src, tgt, opts) WHERE severity = 'blocking';
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
		r.blockers := jsonb_build_object('error', msg);
	END;
	t0 := clock_timestamp();
	BEGIN
		r.report := synthmig.remediate(src, tgt, true, opts);
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
		r.apply_error := jsonb_build_object('sqlstate', st, 'message', msg, 'detail', det, 'hint', hnt);
	END;
	r.duration_ms := round(extract(epoch FROM clock_timestamp() - t0) * 1000);
	DELETE FROM eval.result WHERE db = d;
	INSERT INTO eval.result SELECT r.*;
END;
$$;

-- the column matches a plan (or report) makes: source table and column,
-- target table and column, by relation name
CREATE OR REPLACE FUNCTION eval.plan_columns(p jsonb)
RETURNS TABLE (source_table text, source_column text, target_table text, target_column text)
LANGUAGE sql STABLE AS $$
	SELECT DISTINCT sc.relname::text, c.value, tc.relname::text, coalesce(s.value ->> 'target_column', tcol.value)
	  FROM jsonb_array_elements(coalesce(p -> 'tables', '[]')) t
	  JOIN pg_class sc ON sc.oid = (t.value ->> 'source')::regclass
	  JOIN pg_class tc ON tc.oid = (t.value ->> 'target')::regclass
	 CROSS JOIN LATERAL jsonb_array_elements(t.value -> 'steps') s
	 CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(s.value -> 'source_columns') = 'array'
													   THEN s.value -> 'source_columns' ELSE '[]' END) c
	  LEFT JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(s.value -> 'target_columns') = 'array'
													   THEN s.value -> 'target_columns' ELSE '[]' END) tcol ON true
	 WHERE coalesce(s.value ->> 'target_column', tcol.value) IS NOT NULL
$$;

-- per target table: rows, coverage, cells, planted and forbidden rows written,
-- silently defaulted cells.  "expected" rows are the reference rows that must
-- arrive (not listed in eval.expected_quarantine).
CREATE OR REPLACE FUNCTION eval.table_scores(d text)
RETURNS TABLE (target_table text, ref_rows bigint, expected_rows bigint, present bigint, extra bigint,
			   cells bigint, equal bigint, forbidden_written bigint, planted_written bigint,
			   defaulted bigint, nulled bigint, unfed_columns text[])
LANGUAGE plpgsql AS $$
DECLARE
	rel record;
	res eval.result;
	fed text[];
	cols text[];
	pk text[];
	join_on text;
	eq text;
	dflt text;
	nul text;
	keyexpr text;
BEGIN
	SELECT * INTO res FROM eval.result WHERE db = d;
	FOR rel IN
		SELECT c.oid, c.relname::text AS name FROM pg_class c
		 WHERE c.relnamespace = (d || '_ref')::regnamespace AND c.relkind = 'r' ORDER BY 2
	LOOP
		target_table := rel.name;
		SELECT array_agg(a.attname::text ORDER BY a.attnum) INTO cols FROM pg_attribute a
		 WHERE a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped;
		SELECT array_agg(a.attname::text ORDER BY k.ord) INTO pk
		  FROM pg_constraint con CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
		  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
		 WHERE con.conrelid = rel.oid AND con.contype = 'p';
		-- the target columns the plan fills from a source column (the applied
		-- report has no column steps; the plan is made with the same options)
		SELECT coalesce(array_agg(DISTINCT pc.target_column), '{}') INTO fed
		  FROM eval.plan_columns(res.plan) pc WHERE pc.target_table = rel.name;
		IF res.report IS NULL THEN
			fed := cols;	-- nothing written: nothing defaulted
		END IF;
		unfed_columns := ARRAY(SELECT unnest(cols) EXCEPT SELECT unnest(fed) ORDER BY 1);
		join_on := (SELECT string_agg(format('t.%1$I = r.%1$I', c), ' AND ') FROM unnest(pk) c);
		keyexpr := (SELECT 'jsonb_build_object(' || string_agg(format('%L, r.%I', c, c), ', ') || ')' FROM unnest(pk) c);
		eq := (SELECT string_agg(format('(t.%1$I IS NOT DISTINCT FROM r.%1$I)::int', c), ' + ') FROM unnest(cols) c);
		dflt := coalesce((SELECT string_agg(format('(r.%I IS NOT NULL)::int', c), ' + ') FROM unnest(unfed_columns) c), '0');
		nul := coalesce((SELECT string_agg(format('(r.%1$I IS NOT NULL AND t.%1$I IS NULL)::int', c), ' + ')
						   FROM unnest(cols) c WHERE c <> ALL (unfed_columns)), '0');
		EXECUTE format($q$
			SELECT count(*), count(*) FILTER (WHERE NOT q),
				   count(*) FILTER (WHERE NOT q AND t_present),
				   coalesce(sum(CASE WHEN NOT q AND t_present THEN e END), 0),
				   coalesce(sum(CASE WHEN t_present THEN dd END), 0),
				   coalesce(sum(CASE WHEN t_present THEN nn END), 0)
			  FROM (SELECT EXISTS (SELECT FROM eval.expected_quarantine x
									WHERE x.db = %L AND x.target_table = %L AND x.key = %s) AS q,
						   NOT (t IS NULL) AS t_present, %s AS e, %s AS dd, %s AS nn
					  FROM %I.%I r LEFT JOIN %I.%I t ON %s) z $q$,
			d, rel.name, keyexpr, eq, dflt, nul, d || '_ref', rel.name, d || '_target', rel.name, join_on)
		  INTO ref_rows, expected_rows, present, equal, defaulted, nulled;
		cells := expected_rows * array_length(cols, 1);
		EXECUTE format('SELECT count(*) FROM %I.%I t WHERE NOT EXISTS (SELECT FROM %I.%I r WHERE %s)',
					   d || '_target', rel.name, d || '_ref', rel.name, join_on) INTO extra;
		-- rows that must not be written, found in the target by their key
		EXECUTE format($q$SELECT count(DISTINCT x.key) FROM eval.expected_quarantine x, %I.%I t
						   WHERE x.db = %L AND x.target_table = %L AND to_jsonb(t) @> x.key$q$,
					   d || '_target', rel.name, d, rel.name) INTO forbidden_written;
		EXECUTE format($q$SELECT count(DISTINCT x.key) FROM eval.planted x, %I.%I t
						   WHERE x.db = %L AND x.target_table = %L AND to_jsonb(t) @> x.key$q$,
					   d || '_target', rel.name, d, rel.name) INTO planted_written;
		RETURN NEXT;
	END LOOP;
END;
$$;

SELECT CASE :'mapping' WHEN 'truth' THEN eval.truth_options(:'db')
					  WHEN 'tables' THEN eval.truth_options(:'db') - 'columns'
					  WHEN 'default' THEN '{}' END AS opts \gset
\if :{?opts}
\else
\echo 'mapping must be default, tables or truth'
\quit
\endif
SELECT eval.run(:'db', :'opts') AS run \gset

\echo
\echo ================================================================ :db options :mapping
-- outcome
SELECT CASE WHEN report IS NOT NULL THEN 'applied' ELSE 'refused' END AS outcome,
	   report ->> 'rows_read' AS rows_read, report ->> 'rows_written' AS rows_written,
	   report ->> 'rows_quarantined' AS rows_quarantined, duration_ms,
	   apply_error ->> 'sqlstate' AS sqlstate
  FROM eval.result WHERE db = :'db';
SELECT 'refusal' AS what, apply_error ->> 'message' AS message, apply_error ->> 'detail' AS detail, apply_error ->> 'hint' AS hint
  FROM eval.result WHERE db = :'db' AND apply_error IS NOT NULL
UNION ALL
SELECT 'plan error', plan_error ->> 'message', plan_error ->> 'detail', plan_error ->> 'hint'
  FROM eval.result WHERE db = :'db' AND plan_error IS NOT NULL;
-- blocking items diagnose() names, and whether the refusal names each one
SELECT b ->> 'kind' AS kind, b ->> 'target_table' AS target_table, b ->> 'target_column' AS target_column,
	   b ->> 'source_table' AS source_table,
	   CASE WHEN r.apply_error IS NULL THEN NULL
			ELSE concat_ws(' ', r.apply_error ->> 'message', r.apply_error ->> 'detail', r.apply_error ->> 'hint')
				 ~* ('\m' || regexp_replace(coalesce(b ->> 'target_column', b ->> 'source_column', b ->> 'target_table'), '([^[:alnum:]_])', '\\\1', 'g') || '\M') END
		   AS named_in_refusal
  FROM eval.result r CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(r.blockers) = 'array' THEN r.blockers ELSE '[]' END) b
 WHERE r.db = :'db' ORDER BY 2, 3;

-- what the run quarantined, table by table, and why (an example each)
SELECT split_part(t ->> 'target', '.', 2) AS target, t ->> 'rows_read' AS read, t ->> 'rows_written' AS written,
	   t ->> 'rows_quarantined' AS quarantined, t -> 'quarantined_by' AS quarantined_by
  FROM eval.result r CROSS JOIN LATERAL jsonb_array_elements(r.report -> 'tables') t WHERE r.db = :'db' ORDER BY 1;
SELECT source_table, step, column_name, count(*) AS rows, min(reason) AS example
  FROM synthmig.rejects GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3 LIMIT 20;

CREATE TEMP TABLE ts AS SELECT * FROM eval.table_scores(:'db');
SELECT target_table, ref_rows, expected_rows, present, extra, round(100.0 * present / nullif(expected_rows, 0), 2) AS coverage_pct,
	   round(100.0 * equal / nullif(cells, 0), 2) AS cells_equal_pct, forbidden_written, planted_written,
	   defaulted, nulled, unfed_columns
  FROM ts ORDER BY 1;

-- matching precision and recall against the truth of the messy script
CREATE TEMP TABLE pt AS
SELECT DISTINCT sc.relname::text AS source_table, tc.relname::text AS target_table
  FROM eval.result r CROSS JOIN LATERAL jsonb_array_elements(coalesce(r.plan -> 'tables', '[]')) t
  JOIN pg_class sc ON sc.oid = (t.value ->> 'source')::regclass
  JOIN pg_class tc ON tc.oid = (t.value ->> 'target')::regclass
 WHERE r.db = :'db';
CREATE TEMP TABLE pc AS SELECT pc.* FROM eval.result r, eval.plan_columns(r.plan) pc WHERE r.db = :'db';
CREATE TEMP TABLE m AS
SELECT (SELECT count(*) FROM pt) AS t_pred,
	   (SELECT count(*) FROM eval.truth_table WHERE db = :'db') AS t_true,
	   (SELECT count(*) FROM pt JOIN eval.truth_table x USING (source_table, target_table) WHERE x.db = :'db') AS t_ok,
	   (SELECT count(*) FROM pc) AS c_pred,
	   (SELECT count(*) FROM eval.truth_column WHERE db = :'db') AS c_true,
	   (SELECT count(*) FROM pc JOIN eval.truth_column x USING (source_table, source_column, target_table, target_column)
		 WHERE x.db = :'db') AS c_ok;
SELECT 'tables' AS matching, t_pred AS predicted, t_true AS truth, t_ok AS correct,
	   round(100.0 * t_ok / nullif(t_pred, 0), 1) AS precision_pct, round(100.0 * t_ok / nullif(t_true, 0), 1) AS recall_pct FROM m
UNION ALL
SELECT 'columns', c_pred, c_true, c_ok, round(100.0 * c_ok / nullif(c_pred, 0), 1), round(100.0 * c_ok / nullif(c_true, 0), 1) FROM m;
-- the column matches that are wrong, and the true ones that were missed
SELECT 'wrong' AS what, pc.* FROM pc
 WHERE NOT EXISTS (SELECT FROM eval.truth_column x WHERE x.db = :'db' AND (x.source_table, x.source_column, x.target_table, x.target_column)
					 = (pc.source_table, pc.source_column, pc.target_table, pc.target_column))
UNION ALL
SELECT 'missed', x.source_table, x.source_column, x.target_table, x.target_column FROM eval.truth_column x
 WHERE x.db = :'db' AND NOT EXISTS (SELECT FROM pc WHERE (x.source_table, x.source_column, x.target_table, x.target_column)
					 = (pc.source_table, pc.source_column, pc.target_table, pc.target_column))
 ORDER BY 1, 4, 5;

-- what the truth says a DBA must decide before this run can be right: every
-- true table match the plan lacks, and every true column match it lacks in
-- the tables it did match; on a refusal, is each one named in its text?
CREATE TEMP TABLE gaps AS
SELECT x.target_table, NULL::text AS target_column, x.source_table, NULL::text AS source_column
  FROM eval.truth_table x WHERE x.db = :'db' AND NOT EXISTS (SELECT FROM pt WHERE (pt.source_table, pt.target_table) = (x.source_table, x.target_table))
UNION ALL
SELECT x.target_table, x.target_column, x.source_table, x.source_column
  FROM eval.truth_column x JOIN pt USING (source_table, target_table)
 WHERE x.db = :'db' AND NOT EXISTS (SELECT FROM pc WHERE (x.source_table, x.source_column, x.target_table, x.target_column)
					 = (pc.source_table, pc.source_column, pc.target_table, pc.target_column));
CREATE TEMP TABLE gaps_named AS
SELECT g.*, CASE WHEN r.apply_error IS NULL THEN NULL ELSE
		concat_ws(' ', r.apply_error ->> 'message', r.apply_error ->> 'detail', r.apply_error ->> 'hint')
		~* ('\m(' || regexp_replace(coalesce(g.target_column, g.target_table), '([^[:alnum:]_])', '\\\1', 'g') || '|'
				   || regexp_replace(coalesce(g.source_column, g.source_table), '([^[:alnum:]_])', '\\\1', 'g') || ')\M') END AS named_in_refusal
  FROM gaps g, eval.result r WHERE r.db = :'db';
SELECT * FROM gaps_named ORDER BY 1, 2 NULLS FIRST;

-- one line for the summary
\pset tuples_only on
\pset format unaligned
SELECT format('SUMMARY %-6s %-7s %-8s source %s = written %s + quarantined %s (%s) | coverage %s%% | cells equal %s%% | planted written %s/%s | must-not-write written %s | silently defaulted %s (+%s NULL) | tables P/R %s/%s%% | columns P/R %s/%s%%%s',
			  :'db', :'mapping', CASE WHEN r.report IS NOT NULL THEN 'applied' ELSE 'REFUSED' END,
			  s.src_rows, coalesce(r.report ->> 'rows_written', '0'), coalesce(r.report ->> 'rows_quarantined', '0'),
			  CASE WHEN r.report IS NULL THEN 'nothing read'
				   WHEN s.src_rows = (r.report ->> 'rows_written')::bigint + (r.report ->> 'rows_quarantined')::bigint
				   THEN 'accounted' ELSE 'NOT accounted: ' || (s.src_rows - (r.report ->> 'rows_written')::bigint
															  - (r.report ->> 'rows_quarantined')::bigint) || ' rows unread' END,
			  round(100.0 * t.present / nullif(t.expected, 0), 2), round(100.0 * t.equal / nullif(t.cells, 0), 2),
			  t.planted, (SELECT count(DISTINCT (target_table, key)) FROM eval.planted WHERE db = :'db'),
			  t.forbidden, t.defaulted, t.nulled,
			  round(100.0 * m.t_ok / nullif(m.t_pred, 0), 1), round(100.0 * m.t_ok / nullif(m.t_true, 0), 1),
			  round(100.0 * m.c_ok / nullif(m.c_pred, 0), 1), round(100.0 * m.c_ok / nullif(m.c_true, 0), 1),
			  CASE WHEN r.apply_error IS NOT NULL
				   THEN format(' | refusal names %s of %s blockers diagnose() lists and %s of %s missing true matches: %s', bl.named, bl.n,
						   (SELECT count(*) FILTER (WHERE named_in_refusal) FROM gaps_named), (SELECT count(*) FROM gaps_named),
						   r.apply_error ->> 'message') ELSE '' END)
  FROM eval.result r, m,
	   (SELECT sum(expected_rows) AS expected, sum(present) AS present, sum(equal) AS equal, sum(cells) AS cells,
			   sum(planted_written) AS planted, sum(forbidden_written) AS forbidden, sum(defaulted) AS defaulted, sum(nulled) AS nulled FROM ts) t,
	   LATERAL (SELECT sum(c.n) AS src_rows FROM pg_class k,
					   LATERAL (SELECT (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %s', k.oid::regclass), false, true, '')))[1]::text::bigint AS n) c
				 WHERE k.relnamespace = (:'db' || '_src')::regnamespace AND k.relkind = 'r') s,
	   LATERAL (SELECT count(*) AS n,
					   count(*) FILTER (WHERE concat_ws(' ', r.apply_error ->> 'message', r.apply_error ->> 'detail', r.apply_error ->> 'hint')
										  ~* ('\m' || regexp_replace(coalesce(b ->> 'target_column', b ->> 'source_column', b ->> 'target_table'), '([^[:alnum:]_])', '\\\1', 'g') || '\M')) AS named
				  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.blockers) = 'array' THEN r.blockers ELSE '[]' END) b) bl
 WHERE r.db = :'db';
