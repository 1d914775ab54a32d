-------------------------------------------------------------------------------
-- Reports for people at a psql prompt: the diagnosis ordered by severity, a
-- one-row-per-table summary, the plan as rows, and a compact list of runs.
-- They read the same measured plans as analyze() and remediate(); the jsonb
-- forms stay for tools.
-------------------------------------------------------------------------------

-- The rows of the reports (one type each, shared by the table and schema
-- forms).
CREATE TYPE @extschema@.diagnosis AS (
	severity text, kind text, target_table text, target_column text, source_column text,
	rows_affected bigint, share numeric, example text, detail text, source_table text,
	source_type text, target_type text, rows_examined bigint, sampled boolean,
	confidence numeric, rule text);
COMMENT ON TYPE @extschema@.diagnosis IS 'a row of diagnose(): one incompatibility, its severity and an example value';

CREATE TYPE @extschema@.diagnosis_summary AS (
	target_table text, source_table text, verdict text, blocking bigint,
	rows_examined bigint, rows_to_quarantine bigint, problems bigint, top_issue text);
COMMENT ON TYPE @extschema@.diagnosis_summary IS 'a row of diagnose_summary(): one table pair';

CREATE TYPE @extschema@.plan_step AS (
	target_table text, step integer, target_column text, action text, rule text,
	source_columns text, rows_affected bigint, risk text, reason text, sql text);
COMMENT ON TYPE @extschema@.plan_step IS 'a row of remediation_plan(): one step of a remediation plan';


-- Rank of a severity, most serious first.
CREATE FUNCTION synthmig_internal.severity_rank(severity text)
RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE severity WHEN 'blocking' THEN 1 WHEN 'rows rejected' THEN 2 WHEN 'data changed' THEN 3 ELSE 4 END
$$;


-- The measured plans of a call (one per table pair) and the issues found
-- between schemas (tables left unmatched), for a pair of tables or of schemas.
CREATE FUNCTION synthmig_internal.measured(source regclass, target regclass, options jsonb,
										   OUT plans jsonb, OUT issues jsonb)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM synthmig_internal.check_table(source, 'source'), synthmig_internal.check_table(target, 'target');
	options := synthmig_internal.check_options(options);
	PERFORM synthmig_internal.check_access(source, target, false);
	plans := jsonb_build_array(synthmig_internal.measure(synthmig_internal.plan_table(source, target, options), options));
	issues := '[]';
END;
$$;

CREATE FUNCTION synthmig_internal.measured(source regnamespace, target regnamespace, options jsonb,
										   OUT plans jsonb, OUT issues jsonb)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	ps jsonb;
BEGIN
	PERFORM synthmig_internal.check_schema(source, 'source'), synthmig_internal.check_schema(target, 'target');
	options := synthmig_internal.check_options(options);
	ps := synthmig_internal.plan_schemas(source, target, options, false);
	SELECT coalesce(jsonb_agg(synthmig_internal.measure(p, options) ORDER BY o), '[]') INTO plans
	  FROM jsonb_array_elements(ps -> 'plans') WITH ORDINALITY x(p, o);
	issues := coalesce(ps -> 'issues', '[]');
END;
$$;


-- The rows of diagnose() for measured plans and schema-level issues, in no
-- particular order (each caller sorts what it shows).
CREATE FUNCTION synthmig_internal.diagnosis(plans jsonb, issues jsonb)
RETURNS SETOF @extschema@.diagnosis
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	i jsonb;
	n bigint;
BEGIN
	RETURN QUERY
	SELECT r.severity, r.kind, r.target_table, r.target_column, r.source_column, r.rows_affected,
		   round(r.share::numeric, 4), r.example, r.detail, r.source_table, r.source_type, r.target_type,
		   r.rows_examined, r.sampled, round(r.confidence::numeric, 2), r.rule
	  FROM jsonb_array_elements(plans) p, synthmig_internal.issues(p) r;
	-- tables left unmatched between two schemas: rows not copied
	FOR i IN SELECT * FROM jsonb_array_elements(issues) LOOP
		n := NULL;
		IF i ->> 'kind' = 'unmapped_table' THEN
			EXECUTE format('SELECT count(*) FROM %s', (i ->> 'source_table')::regclass) INTO n;
		END IF;
		RETURN NEXT ROW(CASE WHEN (i ->> 'fatal')::boolean THEN 'blocking' WHEN n > 0 THEN 'data changed' ELSE 'info' END,
						i ->> 'kind', i ->> 'target_table',
						NULL, NULL, n, CASE WHEN n IS NOT NULL THEN 1 END, NULL, i ->> 'detail', i ->> 'source_table',
						NULL, NULL, n, CASE WHEN n IS NOT NULL THEN false END, NULL, NULL)::@extschema@.diagnosis;
	END LOOP;
END;
$$;


-- What is incompatible between a source and a target, most serious first:
-- blocking (apply would refuse), rows rejected (rows that would go to
-- synthmig.rejects), data changed (values filled, dropped or altered), info
-- (renames, restructuring, lossless type changes).  Shares are rounded, and
-- every data problem shows an example source value.
CREATE FUNCTION @extschema@.diagnose(source regclass, target regclass, options jsonb DEFAULT '{}')
RETURNS SETOF @extschema@.diagnosis
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT d.* FROM synthmig_internal.measured(source, target, options) m,
					synthmig_internal.diagnosis(m.plans, m.issues) d
	 ORDER BY synthmig_internal.severity_rank(d.severity), d.rows_affected DESC NULLS LAST,
			  d.target_table, d.target_column, d.kind
$$;

COMMENT ON FUNCTION @extschema@.diagnose(regclass, regclass, jsonb) IS
'incompatibilities between a source and a target table, most serious first, with the rows each affects and an example value';

-- The same for every table pair of two schemas, plus tables left unmatched.
CREATE FUNCTION @extschema@.diagnose(source regnamespace, target regnamespace, options jsonb DEFAULT '{}')
RETURNS SETOF @extschema@.diagnosis
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT d.* FROM synthmig_internal.measured(source, target, options) m,
					synthmig_internal.diagnosis(m.plans, m.issues) d
	 ORDER BY synthmig_internal.severity_rank(d.severity), d.rows_affected DESC NULLS LAST,
			  d.target_table, d.target_column, d.kind
$$;

COMMENT ON FUNCTION @extschema@.diagnose(regnamespace, regnamespace, jsonb) IS
'incompatibilities between the tables of two schemas, most serious first, with the rows each affects and an example value';


-- One row per table pair of the diagnosis.
CREATE FUNCTION synthmig_internal.diagnosis_summary(plans jsonb, issues jsonb)
RETURNS SETOF @extschema@.diagnosis_summary
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
	WITH d AS (SELECT * FROM synthmig_internal.diagnosis(plans, issues)),
	pairs AS (SELECT p ->> 'target' AS tt, p ->> 'source' AS st, (p ->> 'rows_examined')::bigint AS ex,
					 (p ->> 'rows_failing')::bigint AS failing, o
				FROM jsonb_array_elements(plans) WITH ORDINALITY x(p, o)
			  UNION ALL
			  SELECT i ->> 'target_table', i ->> 'source_table', NULL, NULL, 1000000 + o
				FROM jsonb_array_elements(issues) WITH ORDINALITY x(i, o))
	SELECT p.tt, p.st,
		   coalesce((SELECT CASE min(synthmig_internal.severity_rank(d.severity))
								WHEN 1 THEN 'blocked' WHEN 2 THEN 'rows rejected' WHEN 3 THEN 'data changed' ELSE 'ready' END
					   FROM d WHERE d.target_table IS NOT DISTINCT FROM p.tt AND d.source_table IS NOT DISTINCT FROM p.st), 'ready'),
		   (SELECT count(*) FROM d WHERE d.target_table IS NOT DISTINCT FROM p.tt AND d.source_table IS NOT DISTINCT FROM p.st
							   AND d.severity = 'blocking'),
		   p.ex, p.failing,
		   (SELECT count(*) FROM d WHERE d.target_table IS NOT DISTINCT FROM p.tt AND d.source_table IS NOT DISTINCT FROM p.st
							   AND d.severity <> 'info'),
		   (SELECT format('%s: %s%s%s', d.severity, d.kind,
						  CASE WHEN coalesce(d.target_column, d.source_column) IS NOT NULL
							   THEN ' ' || coalesce(d.target_column, d.source_column) ELSE '' END,
						  CASE WHEN d.rows_affected > 0 THEN format(' (%s rows)', d.rows_affected) ELSE '' END)
			  FROM d WHERE d.target_table IS NOT DISTINCT FROM p.tt AND d.source_table IS NOT DISTINCT FROM p.st
			   AND d.severity <> 'info'
			 ORDER BY synthmig_internal.severity_rank(d.severity), d.rows_affected DESC NULLS LAST LIMIT 1)
	  FROM pairs p
	 ORDER BY p.o
$$;


-- What blocks, how many rows would be quarantined, and the top issue: one
-- row per table pair, to read before the details of diagnose().
CREATE FUNCTION @extschema@.diagnose_summary(source regclass, target regclass, options jsonb DEFAULT '{}')
RETURNS SETOF @extschema@.diagnosis_summary
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT s.* FROM synthmig_internal.measured(source, target, options) m,
					synthmig_internal.diagnosis_summary(m.plans, m.issues) s
$$;

COMMENT ON FUNCTION @extschema@.diagnose_summary(regclass, regclass, jsonb) IS
'one row per table pair: verdict, blocking items, rows that would be quarantined, the top issue';

CREATE FUNCTION @extschema@.diagnose_summary(source regnamespace, target regnamespace, options jsonb DEFAULT '{}')
RETURNS SETOF @extschema@.diagnosis_summary
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT s.* FROM synthmig_internal.measured(source, target, options) m,
					synthmig_internal.diagnosis_summary(m.plans, m.issues) s
$$;

COMMENT ON FUNCTION @extschema@.diagnose_summary(regnamespace, regnamespace, jsonb) IS
'one row per table pair of two schemas: verdict, blocking items, rows that would be quarantined, the top issue';


-- The plan as rows: one per target column (what fills it, with which rule,
-- the rows affected, the risk and its reason, the SQL), then the quarantine
-- and load steps of each table.
CREATE FUNCTION synthmig_internal.plan_rows(plans jsonb)
RETURNS SETOF @extschema@.plan_step
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT pr ->> 'target', o::integer, s ->> 'target_column', s ->> 'action', s ->> 'rule',
		   (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(s -> 'source_columns') x),
		   (s ->> 'rows_affected')::bigint, s ->> 'risk',
		   coalesce(s ->> 'risk_reason', s ->> 'why', s ->> 'detail'), s ->> 'sql'
	  FROM jsonb_array_elements(plans) WITH ORDINALITY x(p, po),
		   LATERAL (SELECT synthmig_internal.present(p) AS pr) q,
		   jsonb_array_elements(pr -> 'steps') WITH ORDINALITY y(s, o)
	 ORDER BY po, o
$$;

CREATE FUNCTION @extschema@.remediation_plan(source regclass, target regclass, options jsonb DEFAULT '{}')
RETURNS SETOF @extschema@.plan_step
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT r.* FROM synthmig_internal.measured(source, target, options) m, synthmig_internal.plan_rows(m.plans) r
$$;

COMMENT ON FUNCTION @extschema@.remediation_plan(regclass, regclass, jsonb) IS
'the remediation plan of a table pair as rows: per target column the action, rule, rows affected, risk and reason, and SQL';

CREATE FUNCTION @extschema@.remediation_plan(source regnamespace, target regnamespace, options jsonb DEFAULT '{}')
RETURNS SETOF @extschema@.plan_step
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT r.* FROM synthmig_internal.measured(source, target, options) m, synthmig_internal.plan_rows(m.plans) r
$$;

COMMENT ON FUNCTION @extschema@.remediation_plan(regnamespace, regnamespace, jsonb) IS
'the remediation plan of two schemas as rows, table by table in load order';


-- Applied remediations, one line each (the plan and report stay in
-- synthmig.remediations for tools).
CREATE VIEW @extschema@.remediation_list
WITH (security_invoker = true) AS
SELECT r.id, r.source, r.target, r.status, r.started_at,
	   date_trunc('millisecond', r.finished_at - r.started_at) AS duration,
	   (r.report ->> 'rows_read')::bigint AS rows_read,
	   (r.report ->> 'rows_written')::bigint AS rows_written,
	   (r.report ->> 'rows_quarantined')::bigint AS rows_quarantined,
	   r.owner
  FROM @extschema@.remediations r
 ORDER BY r.id;

COMMENT ON VIEW @extschema@.remediation_list IS
'applied remediations, one line each: source, target, status, duration, rows read, written and quarantined';
GRANT SELECT ON @extschema@.remediation_list TO PUBLIC;
