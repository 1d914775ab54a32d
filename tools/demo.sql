-- The synthmig demo: describe a real database, detect a messy one, validate.
\pset pager off
\pset null '·'
\set ON_ERROR_STOP on
\echo
\echo '=== 1. CREATE EXTENSION synthmig (the Chinook database is loaded in schema chinook)'
CREATE EXTENSION synthmig;

\echo
\echo '=== 2. A definition imported from the catalog: tables, keys and relationships'
SELECT synthmig.definition_from_catalog('chinook'::regnamespace) AS def \gset
SELECT t ->> 'name' AS "table",
	   jsonb_array_length(t -> 'columns') AS columns,
	   coalesce((SELECT string_agg(c ->> 'name', ', ') FROM jsonb_array_elements(t -> 'columns') c
				  WHERE (c ->> 'primary_key')::boolean), t ->> 'primary_key') AS primary_key,
	   left((SELECT string_agg((c ->> 'name') || ' ' || (c ->> 'type'), ', ')
		  FROM (SELECT c FROM jsonb_array_elements(t -> 'columns') c LIMIT 3) x), 54) AS "first columns"
  FROM jsonb_array_elements(:'def'::jsonb -> 'tables') t;
SELECT coalesce(r ->> 'relationship_type', 'one-to-many') AS kind,
	   (r ->> 'source_table') || '.' || coalesce(r ->> 'source_column', r ->> 'source_columns') AS parent,
	   (r ->> 'target_table') || '.' || coalesce(r ->> 'target_column', r ->> 'target_columns') AS child,
	   coalesce(r ->> 'through', CASE WHEN (r ->> 'hierarchy')::boolean THEN 'hierarchy' END) AS note
  FROM jsonb_array_elements(:'def'::jsonb -> 'relationships') r
 ORDER BY kind, parent;

\echo
\echo '=== 3. Stored as a versioned definition (validated, canonical)'
SELECT synthmig.create_definition('chinook', :'def'::jsonb) AS definition_id;
SELECT name, latest_version, tables, columns, relationships FROM synthmig.definition_list;

\echo
\echo '=== 4. A legacy table where everything is text: dates in two layouts, money, flags, placeholders'
CREATE TABLE public.legacy_invoice AS
SELECT i.invoice_id::text AS "InvoiceNo",
	   to_char(i.invoice_date, 'MM/DD/YYYY') AS "InvoiceDate",
	   to_char(i.invoice_date, 'DD.MM.YYYY') AS "DueDate",
	   '$' || to_char(i.total, 'FM9,990.00') AS "Amount",
	   CASE WHEN i.total > 5 THEN 'Y' ELSE 'N' END AS "IsLarge",
	   CASE WHEN i.invoice_id % 17 = 0 THEN 'N/A' ELSE to_char(i.invoice_date, 'YYYY-MM-DD HH24:MI:SS') END AS "PaidAt",
	   c.email AS "CustomerEmail",
	   c.first_name || ' ' || c.last_name AS "CustomerName",
	   i.billing_country AS "Country"
  FROM chinook.invoice i JOIN chinook.customer c USING (customer_id);
SELECT "InvoiceNo", "InvoiceDate", "DueDate", "Amount", "IsLarge", "PaidAt", "CustomerName", "Country"
  FROM public.legacy_invoice ORDER BY "InvoiceNo"::int LIMIT 5;

\echo
\echo '=== 5. Detected from the data: the types hiding in the text'
SELECT synthmig.detect_definition('public.legacy_invoice') AS detected \gset
SELECT c ->> 'name' AS "column", replace(c ->> 'type', 'timestamp without time zone', 'timestamp') AS "detected type",
	   c ->> 'format' AS format, round((c ->> 'null_rate')::numeric, 3) AS nulls,
	   left(coalesce(c ->> 'semantic', '') || coalesce(' ' || (c ->> 'pattern'), ''), 20) AS "semantic / pattern",
	   c ->> 'missing_markers' AS "missing", left(c ->> 'min' || ' .. ' || (c ->> 'max'), 14) AS "range (start)"
  FROM jsonb_array_elements(:'detected'::jsonb -> 'tables' -> 0 -> 'columns') c;

\echo
\echo '=== 6. The upload path: detection from a JSON array'
SELECT c ->> 'name' AS key, c ->> 'type' AS type, c ->> 'format' AS format, c ->> 'semantic' AS semantic,
	   c ->> 'null_rate' AS null_rate
  FROM jsonb_array_elements(synthmig.detect_definition('[
	 {"id": "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "signup": "31/12/1999", "active": "yes", "score": "1,234.50", "tags": {"vip": true}},
	 {"id": "b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a12", "signup": "01/02/2003", "active": "no",  "score": "N/A",      "tags": {"vip": false}},
	 {"id": "c2eebc99-9c0b-4ef8-bb6d-6bb9bd380a13", "signup": "15/06/2010", "active": "yes", "score": "99.00",    "tags": null}
  ]'::jsonb, 'signups') -> 'tables' -> 0 -> 'columns') c;

\echo
\echo '=== 7. Validating data against a definition'
SELECT synthmig.create_definition('strict_invoice', $$
{"tables": [{"name": "legacy_invoice", "columns": [
   {"name": "InvoiceNo", "type": "integer", "primary_key": true},
   {"name": "InvoiceDate", "type": "text", "pattern": "\\d{2}/\\d{2}/\\d{4}"},
   {"name": "Amount", "type": "text", "pattern": "\\$\\d+\\.\\d{2}"},
   {"name": "IsLarge", "type": "text", "values": ["Y", "N"]},
   {"name": "PaidAt", "type": "timestamp", "required": true},
   {"name": "Country", "type": "varchar(10)"}
]}]}
$$) AS strict_id \gset
SELECT column_name, reason, count(*) AS rows, min(value) AS example
  FROM synthmig.validate(:strict_id, 'public.legacy_invoice')
 GROUP BY 1, 2 ORDER BY 1, 2;
\echo
\echo '=== 8. Learning a real table in the database and generating look-alike rows'
SELECT synthmig.learn('chinook.track') AS track_sid \gset
CREATE TABLE public.track_synth (LIKE chinook.track);
SELECT synthmig.generate_into(:track_sid, 3503, 'public.track_synth', 42) AS rows_written;
SELECT track_id, left(name, 24) AS name, album_id, genre_id, milliseconds, unit_price
  FROM public.track_synth ORDER BY track_id LIMIT 5;
SELECT table_name, target, seed, n, round(rows_per_second) AS rows_per_second FROM synthmig.runs;
\echo
\echo '=== 9. Quality (SDMetrics Quality Report definitions) and privacy of the synthetic table'
SELECT q ->> 'score' AS overall, q -> 'column_shapes' ->> 'score' AS column_shapes,
	   q -> 'column_pair_trends' ->> 'score' AS column_pair_trends
  FROM synthmig.quality('chinook.track', 'public.track_synth') q;
SELECT c ->> 'column' AS "column", c ->> 'metric' AS metric, round((c ->> 'score')::numeric, 3) AS score
  FROM synthmig.quality('chinook.track', 'public.track_synth') q,
	   jsonb_array_elements(q -> 'column_shapes' -> 'columns') c;
SELECT p ->> 'new_row_synthesis' AS new_row_synthesis, p ->> 'dcr_baseline_protection' AS dcr_baseline_protection
  FROM synthmig.privacy('chinook.track', 'public.track_synth') p;
\echo
\echo '=== 10. Remediation: a legacy copy of Chinook (every column text, CamelCase plural names,'
\echo '        three date layouts, money text, Y/N flags, a merged full name, duplicates, orphans)'
\echo '        into an empty schema with the clean DDL'
\set QUIET on
SET client_min_messages = warning;
\i test/data/chinook_legacy.sql
RESET client_min_messages;
\set QUIET off
\echo 'What blocks and how many rows would be quarantined, one line per table'
SELECT target_table, verdict, rows_examined AS examined, rows_to_quarantine AS quarantine, left(top_issue, 44) AS top_issue
  FROM synthmig.diagnose_summary('legacy_src'::regnamespace, 'legacy_target'::regnamespace);
\echo 'The problems, most serious first, with an example value'
SELECT severity, kind, target_table, target_column, rows_affected AS rows, share, example
  FROM synthmig.diagnose('legacy_src'::regnamespace, 'legacy_target'::regnamespace)
 WHERE severity <> 'info';
\echo 'The plan for one table: rule, risk and why'
SELECT step, target_column AS "column", action, rule, risk, left(reason, 26) AS reason
  FROM synthmig.remediation_plan('legacy_src."Invoices"'::regclass, 'legacy_target.invoice'::regclass);
\echo 'Applied to the whole schema, parents first, in one transaction'
SELECT t ->> 'target' AS target, t ->> 'rows_read' AS read, t ->> 'rows_written' AS written,
	   t ->> 'rows_quarantined' AS quarantined, left((t -> 'quarantined_by')::text, 46) AS why
  FROM jsonb_array_elements(synthmig.remediate('legacy_src'::regnamespace, 'legacy_target'::regnamespace, true) -> 'tables') t;
SELECT split_part(source_table, '.', 2) AS source_table, source_key, step, left(reason, 50) AS reason
  FROM synthmig.rejects ORDER BY id;
\echo 'Cells that arrived equal to the clean originals'
SELECT sum(equal) AS equal, sum(cells) AS cells, round(100.0 * sum(equal) / sum(cells), 2) AS pct,
	   sum(missing_rows) AS missing_rows
  FROM legacy_ref.cell_accuracy();
\echo
\echo '=== 11. A shadow run: chinook.invoice rehearsed into a new table by a background worker,'
\echo '        as the role that owns it, reconciled against a golden snapshot, then applied'
\set QUIET on
SET client_min_messages = warning;
DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'demo_migrator') THEN
		CREATE ROLE demo_migrator LOGIN;
	END IF;
	EXECUTE format('GRANT CREATE ON DATABASE %I TO demo_migrator', current_database());
END $$;
GRANT USAGE ON SCHEMA chinook TO demo_migrator;
GRANT SELECT ON chinook.invoice TO demo_migrator;
DROP SCHEMA IF EXISTS billing CASCADE;
CREATE SCHEMA billing AUTHORIZATION demo_migrator;
SET ROLE demo_migrator;
CREATE TABLE billing.invoice (invoice_id integer PRIMARY KEY, customer_id integer NOT NULL,
	invoice_date date NOT NULL, country varchar(40), total numeric(10,2) NOT NULL);
RESET client_min_messages;
\set QUIET off
SELECT synthmig.shadow_run('{"source": "chinook.invoice", "target": "billing.invoice",
	"schema_mapping": {"country": "billing_country"}}') AS job \gset
\echo 'Submitted: job' :job '(the worker runs it; waiting for it)'
DO $$
BEGIN
	FOR i IN 1..1200 LOOP
		EXIT WHEN (SELECT state FROM synthmig.jobs WHERE id = (SELECT max(id) FROM synthmig.jobs)) NOT IN ('queued', 'running');
		PERFORM pg_sleep(0.1);
	END LOOP;
END $$;
SELECT id, state, step, risk, reconciled, shadow_schema, duration FROM synthmig.shadow_run_list WHERE id = :job;
\echo 'Risk parts, reconciliation and the profile of each step'
SELECT risk ->> 'schema' AS schema, risk ->> 'data' AS data, risk ->> 'resource' AS resource,
	   reconciliation ->> 'summary' AS reconciliation FROM synthmig.jobs WHERE id = :job;
SELECT key AS step, value ->> 'ms' AS ms, value ->> 'rows' AS rows, value ->> 'rows_per_s' AS rows_per_s, value ->> 'wal_bytes' AS wal_bytes
  FROM synthmig.jobs, jsonb_each(profile) WHERE id = :job ORDER BY (value ->> 'ms')::numeric DESC;
\echo 'Applied for real, validated the same way'
SELECT synthmig.apply_shadow_run(:job) AS job \gset
DO $$
BEGIN
	FOR i IN 1..1200 LOOP
		EXIT WHEN (SELECT state FROM synthmig.jobs WHERE id = (SELECT max(id) FROM synthmig.jobs)) NOT IN ('apply_queued', 'applying');
		PERFORM pg_sleep(0.1);
	END LOOP;
END $$;
SELECT state, reconciliation #>> '{apply,summary}' AS validation FROM synthmig.jobs WHERE id = :job;
SELECT count(*) AS invoices, sum(total) AS total FROM billing.invoice;
\set QUIET on
SET client_min_messages = warning;
SELECT synthmig.drop_shadow_run(:job) AS dropped \gset
RESET client_min_messages;
RESET ROLE;
\set QUIET off
\echo
\echo 'Done. See docs/tutorial.md, docs/remediation.md and docs/shadow.md.'
