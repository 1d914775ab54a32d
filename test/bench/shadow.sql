-- Benchmark of shadow runs (issue 11), medians of 3 rounds: a 1,000,000-row
-- legacy table (text ids, money text, ISO dates, Y/N flags) rehearsed into a
-- typed table by the background worker.  From each job's profile:
--   building the shadow (golden snapshot + migration into the shadow
--   target) against a plain CREATE TABLE AS with the same conversions (the
--   remediation plan's SQL expressions) and the primary key (target <= 1.3);
--   reconciliation against a full-scan hash aggregate of both tables
--   (count and a checksum of every row, golden and target; target <= 1.2).
-- Needs synthmig preloaded (tools/cluster.sh does it).
\set QUIET on
\pset pager off
CREATE EXTENSION IF NOT EXISTS synthmig;
DROP SCHEMA IF EXISTS bench_shadow CASCADE;
DROP ROLE IF EXISTS bench_shadow_owner;
CREATE ROLE bench_shadow_owner LOGIN;
SELECT format('GRANT CREATE ON DATABASE %I TO bench_shadow_owner', current_database()) AS g \gset
:g;
CREATE SCHEMA bench_shadow AUTHORIZATION bench_shadow_owner;
SET ROLE bench_shadow_owner;
CREATE TABLE bench_shadow.legacy (id text, amount text, day text, active text, note text);
INSERT INTO bench_shadow.legacy
SELECT i::text, '$' || to_char(((i::bigint * 7919) % 2500000) / 100.0, 'FM999,999,990.00'),
	   to_char(date '2010-01-01' + (i * 37) % 5000, 'YYYY-MM-DD'),
	   CASE WHEN i % 3 = 0 THEN 'N' ELSE 'Y' END, 'note ' || (i % 1000)
  FROM generate_series(1, 1000000) i;
VACUUM (ANALYZE) bench_shadow.legacy;
CREATE TABLE bench_shadow.clean (id integer PRIMARY KEY, amount numeric(12,2), day date, active boolean, note text);
CREATE TABLE bench_shadow.timings (what text, ms float8);
CREATE TEMP VIEW timings AS SELECT * FROM bench_shadow.timings;

-- the baselines: CREATE TABLE AS with the conversions the remediation plan
-- uses (its SQL expressions), plus the primary key; a hash aggregate of both
SELECT string_agg(format('%s AS %I', sql, target_column), ', ' ORDER BY step) AS exprs
  FROM synthmig.remediation_plan('bench_shadow.legacy'::regclass, 'bench_shadow.clean'::regclass)
 WHERE target_column IS NOT NULL AND sql IS NOT NULL \gset
CREATE TABLE bench_shadow.exprs AS SELECT :'exprs'::text AS exprs;
-- Each round runs the baselines and then a shadow run, so that the load of
-- the machine weighs on both alike; a shadow run is committed and waited for
-- (at most 10 minutes) before the next round.
CREATE TABLE bench_shadow.jobs (job bigint);
DO $$
DECLARE
	t0 timestamptz;
BEGIN
	FOR k IN 1..3 LOOP
		DROP TABLE IF EXISTS bench_shadow.ctas;
		t0 := clock_timestamp();
		EXECUTE format('CREATE TABLE bench_shadow.ctas AS SELECT %s FROM bench_shadow.legacy s', (SELECT exprs FROM bench_shadow.exprs));
		ALTER TABLE bench_shadow.ctas ADD PRIMARY KEY (id);
		INSERT INTO bench_shadow.timings VALUES ('baseline: CREATE TABLE AS with the conversions (+ primary key)', extract(epoch FROM clock_timestamp() - t0) * 1000);
		t0 := clock_timestamp();
		PERFORM (SELECT count(*)::text || sum(hashtextextended(l::text, 0))::text FROM bench_shadow.legacy l),
				(SELECT count(*)::text || sum(hashtextextended(c::text, 0))::text FROM bench_shadow.ctas c);
		INSERT INTO bench_shadow.timings VALUES ('baseline: hash aggregate of both tables', extract(epoch FROM clock_timestamp() - t0) * 1000);
		DROP TABLE bench_shadow.ctas;
		INSERT INTO bench_shadow.jobs SELECT synthmig.shadow_run('{"source": "bench_shadow.legacy", "target": "bench_shadow.clean"}');
		COMMIT;
		FOR i IN 1..6000 LOOP
			EXIT WHEN NOT EXISTS (SELECT FROM synthmig.jobs WHERE id IN (SELECT job FROM bench_shadow.jobs) AND state IN ('queued', 'running'));
			PERFORM pg_sleep(0.1);
		END LOOP;
	END LOOP;
END;
$$;
CREATE TEMP VIEW jobs AS SELECT job FROM bench_shadow.jobs;
INSERT INTO bench_shadow.timings
SELECT 'shadow: golden snapshot + migration into the shadow', (profile #>> '{snapshot,ms}')::float8 + (profile #>> '{migrate,ms}')::float8
  FROM synthmig.jobs WHERE id IN (SELECT job FROM jobs)
UNION ALL
SELECT 'shadow: golden snapshot (CREATE TABLE AS)', (profile #>> '{snapshot,ms}')::float8 FROM synthmig.jobs WHERE id IN (SELECT job FROM jobs)
UNION ALL
SELECT 'shadow: migration (remediate into the shadow target)', (profile #>> '{migrate,ms}')::float8 FROM synthmig.jobs WHERE id IN (SELECT job FROM jobs)
UNION ALL
SELECT 'shadow: reconciliation', (profile #>> '{reconcile,ms}')::float8 FROM synthmig.jobs WHERE id IN (SELECT job FROM jobs);
\set QUIET off
SELECT id, state, reconciled, error FROM synthmig.shadow_run_list WHERE id IN (SELECT job FROM jobs) ORDER BY id;
SELECT j.id, j.profile #>> '{migrate,rows_per_s}' AS "migrate rows/s", j.reconciliation ->> 'summary' AS reconciliation
  FROM synthmig.jobs j WHERE id IN (SELECT job FROM jobs) ORDER BY id;
SELECT what, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric) AS median_ms, count(*) AS runs
  FROM timings GROUP BY what ORDER BY what;
WITH med AS (SELECT what, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms FROM timings GROUP BY what)
SELECT round(((SELECT ms FROM med WHERE what LIKE 'shadow: golden snapshot + migration%')
			 / (SELECT ms FROM med WHERE what LIKE 'baseline: CREATE TABLE AS%'))::numeric, 2)
		 AS "shadow build / CREATE TABLE AS (target <= 1.3)",
	   round(((SELECT ms FROM med WHERE what = 'shadow: reconciliation')
			 / (SELECT ms FROM med WHERE what = 'baseline: hash aggregate of both tables'))::numeric, 2)
		 AS "reconciliation / hash aggregate (target <= 1.2)";
\set QUIET on
DO $$
DECLARE
	j bigint;
BEGIN
	FOR j IN SELECT job FROM jobs LOOP
		PERFORM synthmig.drop_shadow_run(j);
	END LOOP;
END;
$$;
RESET ROLE;
DELETE FROM synthmig.jobs WHERE owner = 'bench_shadow_owner'::regrole;
DELETE FROM synthmig.rejects WHERE owner = 'bench_shadow_owner'::regrole;
DELETE FROM synthmig.remediations WHERE owner = 'bench_shadow_owner'::regrole;
DELETE FROM synthmig.shadow_history WHERE owner = 'bench_shadow_owner'::regrole;
DROP SCHEMA bench_shadow CASCADE;
SELECT format('REVOKE CREATE ON DATABASE %I FROM bench_shadow_owner', current_database()) AS g \gset
:g;
DROP ROLE bench_shadow_owner;
