-- Reports for a psql prompt: diagnose (severity first, rounded shares, an
-- example value for every data problem), diagnose_summary (one row per table
-- pair), remediation_plan (the plan as rows) and remediation_list.
\set QUIET on
\set ECHO none
SET client_min_messages = warning;
\i test/data/chinook_legacy.sql
RESET client_min_messages;
\set ECHO all
\set QUIET off

-- one screen: what blocks, how many rows would be quarantined, the top issue
SELECT target_table, source_table, verdict, blocking, rows_examined, rows_to_quarantine, problems, top_issue
  FROM synthmig.diagnose_summary('legacy_src'::regnamespace, 'legacy_target'::regnamespace);

-- the problems, most serious first; renames and lossless type changes are
-- "info" and come last
SELECT severity, kind, target_table, coalesce(target_column, source_column) AS "column", rows_affected, share, example
  FROM synthmig.diagnose('legacy_src'::regnamespace, 'legacy_target'::regnamespace)
 WHERE severity <> 'info';
SELECT severity, count(*)
  FROM synthmig.diagnose('legacy_src'::regnamespace, 'legacy_target'::regnamespace)
 GROUP BY severity ORDER BY synthmig_internal.severity_rank(severity);

-- the order is by severity, whatever the kind
SELECT bool_and(r >= lag) AS ordered
  FROM (SELECT synthmig_internal.severity_rank(severity) AS r,
			   lag(synthmig_internal.severity_rank(severity), 1, 0) OVER (ORDER BY ordinality) AS lag
		  FROM synthmig.diagnose('legacy_src'::regnamespace, 'legacy_target'::regnamespace) WITH ORDINALITY) x;

-- a blocking item: a NOT NULL target column that nothing fills
CREATE TABLE public.dg_src (id text, amount text);
INSERT INTO public.dg_src VALUES ('1', '2.50'), ('2', 'oops'), ('2', '3');
CREATE TABLE public.dg_dst (id integer PRIMARY KEY, amount numeric(8,2), code text NOT NULL);
SELECT severity, kind, target_column, rows_affected, share, example, detail
  FROM synthmig.diagnose('public.dg_src'::regclass, 'public.dg_dst'::regclass);
SELECT verdict, blocking, rows_to_quarantine, top_issue
  FROM synthmig.diagnose_summary('public.dg_src'::regclass, 'public.dg_dst'::regclass);

-- the plan as rows
ALTER TABLE public.dg_dst ALTER COLUMN code DROP NOT NULL;
SELECT step, target_column, action, rule, source_columns, rows_affected, risk, reason
  FROM synthmig.remediation_plan('public.dg_src'::regclass, 'public.dg_dst'::regclass);
SELECT sql FROM synthmig.remediation_plan('public.dg_src'::regclass, 'public.dg_dst'::regclass) WHERE action = 'load';

-- applied runs, one line each
SELECT synthmig.remediate('public.dg_src'::regclass, 'public.dg_dst'::regclass, true) ->> 'rows_written' AS written;
SELECT source, target, status, rows_read, rows_written, rows_quarantined, duration IS NOT NULL AS timed
  FROM synthmig.remediation_list WHERE target = 'public.dg_dst';

-- bad input
SELECT * FROM synthmig.diagnose('public.dg_src'::regclass, 'public.dg_dst'::regclass, '{"sample_rowz": 1}');
DROP TABLE public.dg_src, public.dg_dst;
