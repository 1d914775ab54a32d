-- Benchmark: detect_schema on a 1,000,000-row table of mixed text columns,
-- against one full scan that reads every column (the floor for any profiler
-- that would not sample).  Prints the medians of 5 runs and the ratio.
\set QUIET on
\pset pager off
CREATE EXTENSION IF NOT EXISTS synthmig;
DROP TABLE IF EXISTS bench_legacy;
CREATE TABLE bench_legacy AS
SELECT i::text AS id,
	   to_char(date '2000-01-01' + (i % 9000), 'MM/DD/YYYY') AS signup,
	   '$' || to_char((i % 100000) / 7.0, 'FM999,990.00') AS balance,
	   CASE WHEN i % 3 = 0 THEN 'Y' ELSE 'N' END AS active,
	   CASE WHEN i % 50 = 0 THEN 'N/A' ELSE (i % 97)::text END AS score,
	   'user' || i || '@example.com' AS email,
	   (ARRAY['Paris', 'Lyon', 'Berlin', 'Rome', 'Oslo'])[i % 5 + 1] AS city,
	   md5(i::text) AS token,
	   to_char(timestamp '2020-01-01' + i * interval '1 minute', 'YYYY-MM-DD HH24:MI:SS') AS created,
	   'note ' || (i % 1000) AS note
  FROM generate_series(1, 1000000) i;
ANALYZE bench_legacy;
CREATE TEMP TABLE timings (what text, ms float8);
DO $$
DECLARE
	t0 timestamptz;
	d jsonb;
BEGIN
	FOR k IN 1..5 LOOP
		t0 := clock_timestamp();
		d := synthmig.detect_definition('bench_legacy'::regclass);
		INSERT INTO timings VALUES ('detect_schema', extract(epoch FROM clock_timestamp() - t0) * 1000);
		t0 := clock_timestamp();
		PERFORM count(*), max(id), max(signup), max(balance), max(active), max(score), max(email),
				max(city), max(token), max(created), max(note) FROM bench_legacy;
		INSERT INTO timings VALUES ('full scan', extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
END;
$$;
\set QUIET off
SELECT what, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1) AS median_ms, count(*) AS runs
  FROM timings GROUP BY what ORDER BY what;
SELECT round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE what = 'detect_schema')
	/ percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE what = 'full scan'))::numeric, 2)
	AS "detect_schema / full scan (median ratio)"
  FROM timings;
