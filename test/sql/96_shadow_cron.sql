-- Shadow runs scheduled with the real pg_cron: cron.schedule_in_database
-- runs shadow_run as a role of this database every minute; the job it
-- submits is run by the worker.  Waited for with a bounded polling loop.
CREATE ROLE regress_sm_cron LOGIN;
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO regress_sm_cron', current_database()); END $$;
CREATE SCHEMA cron_t AUTHORIZATION regress_sm_cron;
SET ROLE regress_sm_cron;
CREATE TABLE cron_t.src (id text, price text);
INSERT INTO cron_t.src SELECT g::text, (g * 1.5)::text FROM generate_series(1, 500) g;
CREATE TABLE cron_t.dst (id integer PRIMARY KEY, price numeric(8,2));
RESET ROLE;
SELECT current_database() AS db \gset

-- pg_cron lives in the database named by cron.database_name (postgres)
\c postgres
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_cron;
RESET client_min_messages;
SELECT cron.schedule_in_database('regress_sm_shadow_cron', '* * * * *',
		$$SELECT synthmig.shadow_run('{"source": "cron_t.src", "target": "cron_t.dst"}')$$,
		:'db', 'regress_sm_cron') > 0 AS scheduled;
\c :db

-- the next minute boundary, then the job (at most three minutes)
DO $$
BEGIN
	FOR i IN 1..3600 LOOP
		EXIT WHEN EXISTS (SELECT FROM synthmig.jobs
						   WHERE owner = 'regress_sm_cron'::regrole AND state NOT IN ('queued', 'running'));
		PERFORM pg_sleep(0.05);
	END LOOP;
END $$;
SELECT j.state, j.owner, l.reconciled, (j.reconciliation ->> 'source_rows')::int = 500 AS golden_rows
  FROM synthmig.jobs j JOIN synthmig.shadow_run_list l USING (id)
 WHERE j.owner = 'regress_sm_cron'::regrole ORDER BY j.id LIMIT 1;

\c postgres
SELECT cron.unschedule(jobid) AS unscheduled FROM cron.job WHERE jobname = 'regress_sm_shadow_cron';
SELECT count(*) > 0 AS cron_ran, bool_and(d.status = 'succeeded') AS succeeded
  FROM cron.job_run_details d
 WHERE d.database = :'db' AND d.username = 'regress_sm_cron' AND d.status IN ('succeeded', 'failed');
DELETE FROM cron.job_run_details WHERE username = 'regress_sm_cron';
\c :db

SET client_min_messages = warning;
DO $$
DECLARE j bigint;
BEGIN
	-- a run that started before unschedule finishes first
	FOR i IN 1..2400 LOOP
		EXIT WHEN NOT EXISTS (SELECT FROM synthmig.jobs WHERE state IN ('queued', 'running'));
		PERFORM pg_sleep(0.05);
	END LOOP;
	FOR j IN SELECT id FROM synthmig.jobs WHERE owner = 'regress_sm_cron'::regrole ORDER BY id LOOP
		PERFORM synthmig.drop_shadow_run(j);
	END LOOP;
END $$;
DELETE FROM synthmig.jobs WHERE owner = 'regress_sm_cron'::regrole;
DELETE FROM synthmig.rejects WHERE owner = 'regress_sm_cron'::regrole;
DELETE FROM synthmig.remediations WHERE owner = 'regress_sm_cron'::regrole;
DELETE FROM synthmig.shadow_history WHERE owner = 'regress_sm_cron'::regrole;
DROP SCHEMA cron_t CASCADE;
DO $$ BEGIN EXECUTE format('REVOKE CREATE ON DATABASE %I FROM regress_sm_cron', current_database()); END $$;
DROP ROLE regress_sm_cron;
RESET client_min_messages;
