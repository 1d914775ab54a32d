-- Benchmark of schema evolution (issue 12), medians of 5 runs, ratios in one run:
--   a write through the compatibility view of a rename-only migration
--     against the same INSERT into the table (target <= 1.3);
--   a write through a view whose path renames and changes two types
--     (integer -> bigint, numeric(10,2) -> numeric(14,4)) (target <= 2);
--   both with write_mode 'trigger' (per row: subtransaction, retry, log)
--     and 'rule' (the INSERT ... SELECT rewritten into one statement);
--   documents upgraded through a 5-operation lens, per second on one core
--     (target >= 100,000), and through the trigger of a tracked jsonb column.
-- 100,000 rows per write, one INSERT ... SELECT each.
\set QUIET on
\pset pager off
CREATE EXTENSION IF NOT EXISTS synthmig;
DROP SCHEMA IF EXISTS bench_evo, bench_evo_v1 CASCADE;
CREATE SCHEMA bench_evo;
CREATE TABLE bench_evo.renamed (id int PRIMARY KEY, name text, qty int, price numeric(10,2), note text);
CREATE TABLE bench_evo.retyped (id int PRIMARY KEY, name text, qty int, price numeric(10,2), note text);
CREATE TABLE bench_evo.src AS
SELECT i AS id, 'item ' || i AS name, i % 1000 AS qty, (i % 10000) / 100.0 AS price, md5(i::text) AS note
  FROM generate_series(1, 100000) i;
CREATE TABLE bench_evo.renamed_r (LIKE bench_evo.renamed INCLUDING ALL);
CREATE TABLE bench_evo.retyped_r (LIKE bench_evo.retyped INCLUDING ALL);
SELECT synthmig.track('bench_evo.renamed'), synthmig.track('bench_evo.retyped'),
	   synthmig.track('bench_evo.renamed_r'), synthmig.track('bench_evo.retyped_r');
SELECT synthmig.set_write_mode('bench_evo.renamed_r', 'rule'), synthmig.set_write_mode('bench_evo.retyped_r', 'rule');
ALTER TABLE bench_evo.renamed RENAME COLUMN name TO title;
ALTER TABLE bench_evo.retyped RENAME COLUMN name TO title;
ALTER TABLE bench_evo.retyped ALTER COLUMN qty TYPE bigint, ALTER COLUMN price TYPE numeric(14,4);
ALTER TABLE bench_evo.renamed_r RENAME COLUMN name TO title;
ALTER TABLE bench_evo.retyped_r RENAME COLUMN name TO title;
ALTER TABLE bench_evo.retyped_r ALTER COLUMN qty TYPE bigint, ALTER COLUMN price TYPE numeric(14,4);
CREATE TEMP TABLE timings (what text, ms float8);

DO $$
DECLARE
	t0 timestamptz;
BEGIN
	FOR k IN 1..5 LOOP
		TRUNCATE bench_evo.renamed, bench_evo.retyped, bench_evo.renamed_r, bench_evo.retyped_r;
		t0 := clock_timestamp();
		INSERT INTO bench_evo.renamed SELECT * FROM bench_evo.src;
		INSERT INTO timings VALUES ('direct INSERT 100k', extract(epoch FROM clock_timestamp() - t0) * 1000);
		TRUNCATE bench_evo.renamed;
		t0 := clock_timestamp();
		INSERT INTO bench_evo_v1.renamed SELECT * FROM bench_evo.src;
		INSERT INTO timings VALUES ('view INSERT 100k, rename', extract(epoch FROM clock_timestamp() - t0) * 1000);
		t0 := clock_timestamp();
		INSERT INTO bench_evo_v1.retyped SELECT * FROM bench_evo.src;
		INSERT INTO timings VALUES ('view INSERT 100k, rename + 2 type changes', extract(epoch FROM clock_timestamp() - t0) * 1000);
		t0 := clock_timestamp();
		INSERT INTO bench_evo_v1.renamed_r SELECT * FROM bench_evo.src;
		INSERT INTO timings VALUES ('view INSERT 100k, rename, rule', extract(epoch FROM clock_timestamp() - t0) * 1000);
		t0 := clock_timestamp();
		INSERT INTO bench_evo_v1.retyped_r SELECT * FROM bench_evo.src;
		INSERT INTO timings VALUES ('view INSERT 100k, rename + 2 type changes, rule', extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
END;
$$;

-- documents: 100,000 JSON objects through a 5-operation lens
CREATE TABLE bench_evo.docs AS
SELECT jsonb_build_object('name', 'item ' || i, 'status', (ARRAY['todo', 'doing', 'done'])[1 + i % 3],
						  'tag', 'tag' || (i % 7), 'author', 'user' || (i % 100), 'qty', i % 1000) AS doc
  FROM generate_series(1, 100000) i;
CREATE TABLE bench_evo.notes (id int, body jsonb);
SELECT synthmig.track_documents('bench_evo.notes', 'body', 'v', ARRAY['name', 'status', 'tag', 'author', 'qty']);
SELECT synthmig.add_document_version('bench_evo.notes', 'body',
	'[{"op": "rename", "from": "name", "to": "title"}, {"op": "add", "name": "done", "default": false},
	  {"op": "convert", "name": "status", "mapping": [["todo", 0], ["doing", 1], ["done", 2]]},
	  {"op": "wrap", "name": "tag"}, {"op": "plunge", "host": "meta", "name": "author"}]');
DO $$
DECLARE
	t0 timestamptz;
	n bigint;
	lens jsonb := '[{"op": "rename", "from": "name", "to": "title"}, {"op": "add", "name": "done", "default": false},
	  {"op": "convert", "name": "status", "mapping": [["todo", 0], ["doing", 1], ["done", 2]]},
	  {"op": "wrap", "name": "tag"}, {"op": "plunge", "host": "meta", "name": "author"}]';
BEGIN
	FOR k IN 1..5 LOOP
		t0 := clock_timestamp();
		SELECT count(synthmig.lens_apply(doc, lens)) INTO n FROM bench_evo.docs;
		INSERT INTO timings VALUES ('lens_apply 100k docs, 5 operations', extract(epoch FROM clock_timestamp() - t0) * 1000);
		t0 := clock_timestamp();
		SELECT count(doc::text::jsonb) INTO n FROM bench_evo.docs;
		INSERT INTO timings VALUES ('jsonb out + in 100k docs (baseline)', extract(epoch FROM clock_timestamp() - t0) * 1000);
		TRUNCATE bench_evo.notes;
		t0 := clock_timestamp();
		INSERT INTO bench_evo.notes SELECT 1, doc FROM bench_evo.docs;
		INSERT INTO timings VALUES ('INSERT 100k docs, upgraded by trigger', extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
END;
$$;
\set QUIET off
SELECT what, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric) AS median_ms, count(*) AS runs
  FROM timings GROUP BY what ORDER BY what;
SELECT (SELECT count(*) FROM bench_evo.renamed) AS renamed_rows, (SELECT count(*) FROM bench_evo.retyped) AS retyped_rows,
	   (SELECT count(*) FROM bench_evo.renamed_r) AS renamed_rule_rows, (SELECT count(*) FROM bench_evo.retyped_r) AS retyped_rule_rows,
	   (SELECT count(*) FROM bench_evo.notes WHERE body ? 'title' AND body -> 'meta' ? 'author') AS upgraded_docs;
WITH med AS (
	SELECT what, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms FROM timings GROUP BY what)
SELECT round(((SELECT ms FROM med WHERE what = 'view INSERT 100k, rename')
			 / (SELECT ms FROM med WHERE what = 'direct INSERT 100k'))::numeric, 2) AS "rename view / direct (target <= 1.3)",
	   round(((SELECT ms FROM med WHERE what = 'view INSERT 100k, rename + 2 type changes')
			 / (SELECT ms FROM med WHERE what = 'direct INSERT 100k'))::numeric, 2) AS "type-change view / direct (target <= 2)",
	   round(((SELECT ms FROM med WHERE what = 'view INSERT 100k, rename, rule')
			 / (SELECT ms FROM med WHERE what = 'direct INSERT 100k'))::numeric, 2) AS "rename, rule / direct",
	   round(((SELECT ms FROM med WHERE what = 'view INSERT 100k, rename + 2 type changes, rule')
			 / (SELECT ms FROM med WHERE what = 'direct INSERT 100k'))::numeric, 2) AS "type change, rule / direct",
	   round(100000 / ((SELECT ms FROM med WHERE what = 'lens_apply 100k docs, 5 operations') / 1000)) AS "lens docs/s (target >= 100000)",
	   round(100000 / ((SELECT ms FROM med WHERE what = 'INSERT 100k docs, upgraded by trigger') / 1000)) AS "trigger-upgraded docs/s";
DROP SCHEMA bench_evo, bench_evo_v1 CASCADE;
