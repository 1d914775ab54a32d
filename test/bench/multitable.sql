-- Benchmark of whole-schema generation (issue 13), medians of 3 runs:
-- generate_schema of Chinook (11 tables) at scale 1 and 10, against plain
-- SQL writing the same row counts into tables of the same definitions
-- (INSERT ... SELECT from generate_series, one statement per table, values
-- derived from the row number so that the same keys and indexes hold).
-- Run with: bash tools/bench.sh test/bench/multitable.sql
\set QUIET on
\pset pager off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS synthmig;
DROP SCHEMA IF EXISTS chinook CASCADE;
\i test/data/chinook.sql
ANALYZE;
CREATE TEMP TABLE timings (what text, scale int, ms float8, rows bigint);

-- plain SQL: n rows of table src into dst from generate_series
CREATE FUNCTION pg_temp.plain_insert(src regclass, dst text, n bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	v_sel text;
BEGIN
	SELECT string_agg(CASE
			WHEN t.typcategory = 'N' THEN format('i::%s', format_type(a.atttypid, a.atttypmod))
			WHEN t.typcategory = 'D' THEN format('(timestamp ''2020-01-01'' + i * interval ''1 second'')::%s',
												 format_type(a.atttypid, a.atttypmod))
			ELSE format('left(md5(i::text), %s)::%s', CASE WHEN a.atttypmod > 4 THEN least(a.atttypmod - 4, 32) ELSE 32 END,
						format_type(a.atttypid, a.atttypmod)) END, ', ' ORDER BY a.attnum)
	  INTO v_sel
	  FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
	 WHERE a.attrelid = src AND a.attnum > 0 AND NOT a.attisdropped;
	EXECUTE format('INSERT INTO %s SELECT %s FROM generate_series(1, %s) i', dst, v_sel, n);
END;
$$;

SELECT synthmig.learn_schema('chinook'::regnamespace) AS did \gset
DO $$
DECLARE
	t0 timestamptz;
	r record;
	v_rows bigint;
	v_ms float8;
	v_tot bigint;
	s int;
BEGIN
	FOR k IN 1..3 LOOP
		FOREACH s IN ARRAY ARRAY[1, 10] LOOP
			DROP SCHEMA IF EXISTS bench_mt, bench_plain CASCADE;
			CREATE SCHEMA bench_mt;
			CREATE SCHEMA bench_plain;
			t0 := clock_timestamp();
			SELECT sum(g.rows_written) INTO v_rows
			  FROM synthmig.generate_schema((SELECT max(id) FROM synthmig.definitions WHERE name = 'chinook'),
											'bench_mt', s, k) g;
			INSERT INTO timings VALUES ('generate_schema', s, extract(epoch FROM clock_timestamp() - t0) * 1000, v_rows);
			-- the same tables and row counts in plain SQL
			FOR r IN SELECT c.relname::text AS relname FROM pg_class c
					  WHERE c.relnamespace = 'chinook'::regnamespace AND c.relkind = 'r' LOOP
				EXECUTE format('CREATE TABLE bench_plain.%I (LIKE chinook.%I INCLUDING ALL)', r.relname, r.relname);
			END LOOP;
			v_ms := 0;
			v_tot := 0;
			FOR r IN SELECT c.relname::text AS relname FROM pg_class c
					  WHERE c.relnamespace = 'bench_mt'::regnamespace AND c.relkind = 'r' LOOP
				EXECUTE format('SELECT count(*) FROM bench_mt.%I', r.relname) INTO v_rows;
				t0 := clock_timestamp();
				PERFORM pg_temp.plain_insert(format('chinook.%I', r.relname)::regclass,
											 format('bench_plain.%I', r.relname), v_rows);
				v_ms := v_ms + extract(epoch FROM clock_timestamp() - t0) * 1000;
				v_tot := v_tot + v_rows;
			END LOOP;
			INSERT INTO timings VALUES ('plain SQL', s, v_ms, v_tot);
		END LOOP;
	END LOOP;
END;
$$;
\set QUIET off
SELECT what, scale, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric) AS median_ms,
	   max(rows) AS rows, count(*) AS runs
  FROM timings GROUP BY what, scale ORDER BY scale, what;
WITH med AS (SELECT what, scale, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms FROM timings GROUP BY what, scale)
SELECT g.scale, round((p.ms / g.ms)::numeric, 2) AS "plain SQL / generate_schema (>= 1: synthmig faster)"
  FROM med g JOIN med p ON p.scale = g.scale AND p.what = 'plain SQL'
 WHERE g.what = 'generate_schema' ORDER BY g.scale;
-- the figures of the run at scale 10 (last run)
SELECT metric, round(score::numeric, 3) AS score
  FROM synthmig.quality_schema((SELECT max(id) FROM synthmig.definitions WHERE name = 'chinook'), 'chinook', 'bench_mt')
 WHERE kind = 'schema';
DROP SCHEMA bench_mt, bench_plain CASCADE;
