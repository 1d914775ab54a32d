-- Benchmarks of the generation engine (issue: generation), medians of 3 runs:
--  1. generate_into of 1,000,000 rows into a 10-column mixed table, against
--     INSERT ... SELECT of random() expressions of the same types;
--  2. train on a 1,000,000-row table, against one full scan aggregating
--     every column;
--  3. backend peak memory (VmHWM) generating 10,000,000 vs 1,000,000 rows.
\set QUIET on
\pset pager off
CREATE EXTENSION IF NOT EXISTS synthmig;
DROP TABLE IF EXISTS bench_seed, bench_sql, bench_gen;
CREATE TABLE bench_seed (
	id bigint PRIMARY KEY, qty integer, price double precision, amount numeric(12,2),
	day date, at timestamp, active boolean, city text, name text, code text);
INSERT INTO bench_seed
SELECT i, (random() * 100)::int, random() * 1000, round((random() * 5000)::numeric, 2),
	   date '2020-01-01' + (random() * 1000)::int, timestamp '2020-01-01' + random() * interval '1000 days',
	   random() < 0.3, (ARRAY['Paris', 'Lyon', 'Berlin', 'Rome', 'Oslo'])[1 + (random() * 4)::int],
	   (ARRAY['Ann', 'Bob', 'Chloe', 'Dan', 'Eve', 'Frank'])[1 + (random() * 5)::int] || ' ' ||
	   (ARRAY['Smith', 'Jones', 'Martin', 'Brown', 'Lee'])[1 + (random() * 4)::int],
	   'INV-' || lpad(i::text, 7, '0')
  FROM generate_series(1, 1000000) i;
ANALYZE bench_seed;
CREATE TABLE bench_sql (LIKE bench_seed);
CREATE TABLE bench_gen (LIKE bench_seed);
CREATE TEMP TABLE timings (what text, ms float8);

DO $$
DECLARE
	t0 timestamptz;
	sid bigint;
BEGIN
	sid := synthmig.create_definition('bench_seed', synthmig.definition_from_catalog(ARRAY['bench_seed'::regclass]));
	FOR k IN 1..3 LOOP
		t0 := clock_timestamp();
		PERFORM synthmig.train(sid);
		INSERT INTO timings VALUES ('train 1M', extract(epoch FROM clock_timestamp() - t0) * 1000);
		t0 := clock_timestamp();
		PERFORM count(*), avg(qty), avg(price), avg(amount), max(day), max(at),
				count(*) FILTER (WHERE active), count(DISTINCT city), max(name), max(code)
		  FROM bench_seed;
		INSERT INTO timings VALUES ('scan 1M', extract(epoch FROM clock_timestamp() - t0) * 1000);

		TRUNCATE bench_sql;
		t0 := clock_timestamp();
		INSERT INTO bench_sql
		SELECT i, (random() * 100)::int, random() * 1000, round((random() * 5000)::numeric, 2),
			   date '2020-01-01' + (random() * 1000)::int, timestamp '2020-01-01' + random() * interval '1000 days',
			   random() < 0.3, (ARRAY['Paris', 'Lyon', 'Berlin', 'Rome', 'Oslo'])[1 + (random() * 4)::int],
			   (ARRAY['Ann', 'Bob', 'Chloe', 'Dan', 'Eve', 'Frank'])[1 + (random() * 5)::int] || ' ' ||
			   (ARRAY['Smith', 'Jones', 'Martin', 'Brown', 'Lee'])[1 + (random() * 4)::int],
			   'INV-' || lpad(i::text, 7, '0')
		  FROM generate_series(1, 1000000) i;
		INSERT INTO timings VALUES ('plain SQL insert 1M', extract(epoch FROM clock_timestamp() - t0) * 1000);

		TRUNCATE bench_gen;
		t0 := clock_timestamp();
		PERFORM synthmig.generate_into(sid, 1000000, 'bench_gen', k);
		INSERT INTO timings VALUES ('generate_into 1M', extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
END;
$$;
\set QUIET off
SELECT what, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric) AS median_ms, count(*) AS runs
  FROM timings GROUP BY what ORDER BY what;
WITH med AS (
	SELECT what, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms FROM timings GROUP BY what)
SELECT round(((SELECT ms FROM med WHERE what = 'plain SQL insert 1M')
			 / (SELECT ms FROM med WHERE what = 'generate_into 1M'))::numeric, 2)
		 AS "plain SQL / generate_into (>= 1: synthmig faster)",
	   round(((SELECT ms FROM med WHERE what = 'train 1M')
			 / (SELECT ms FROM med WHERE what = 'scan 1M'))::numeric, 2)
		 AS "train / full scan (target <= 3)";

-- peak memory of a backend that streams 1M, then (in a new backend) 10M rows;
-- the model leaves out the unique key, whose learned range holds 1M values
SELECT synthmig.create_definition('bench_mem', jsonb_set(d, '{tables,0,columns}', (d -> 'tables' -> 0 -> 'columns') - 0)) AS mem_sid
  FROM synthmig.definition_from_catalog(ARRAY['bench_seed'::regclass]) d \gset
SELECT synthmig.train(:mem_sid) > 0 AS trained;
\c
SELECT count(*) AS rows FROM (SELECT synthmig.generate(NULL::bench_gen, 1000000, 1, :mem_sid) AS r) s;
SELECT substring(pg_read_file('/proc/self/status') FROM 'VmHWM:\s*(\d+)')::bigint AS hwm_kb_1m \gset
\c
SELECT count(*) AS rows FROM (SELECT synthmig.generate(NULL::bench_gen, 10000000, 1, :mem_sid) AS r) s;
SELECT substring(pg_read_file('/proc/self/status') FROM 'VmHWM:\s*(\d+)')::bigint AS hwm_kb_10m \gset
SELECT :hwm_kb_1m AS "peak kB, 1M rows", :hwm_kb_10m AS "peak kB, 10M rows",
	   round(:hwm_kb_10m::numeric / :hwm_kb_1m, 2) AS "ratio (target <= 1.2)";
