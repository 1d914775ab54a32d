-- Scheduled generation with the real pg_cron: run in the database named by
-- cron.database_name (tools/test-in-cluster.sh runs it in "postgres").  A
-- schedule every minute is installed, the test waits (at most 150 s, no
-- timing is asserted) until pg_cron has run the job, checks that rows
-- arrived and were recorded, then removes the schedule.  Prints TAP lines.
\set ON_ERROR_STOP 1
\set QUIET on
\pset format unaligned
\pset tuples_only on
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_cron;
CREATE EXTENSION IF NOT EXISTS synthmig;
SELECT to_regclass('chinook.invoice') IS NULL AS need_chinook \gset
\if :need_chinook
\i test/data/chinook.sql
\endif
SELECT synthmig.drop_definition('cron_invoice') FROM synthmig.definitions WHERE name = 'cron_invoice';
DROP TABLE IF EXISTS public.cron_invoice_target;
CREATE TABLE public.cron_invoice_target (invoice_id integer PRIMARY KEY, customer_id integer NOT NULL,
	billing_country varchar(40), total numeric(10,2) NOT NULL);
SELECT synthmig.create_definition('cron_invoice', '{"tables": [{"name": "invoice", "source": "chinook.invoice", "columns": [
 {"name": "invoice_id", "type": "integer", "primary_key": true},
 {"name": "customer_id", "type": "integer", "required": true, "min": 1, "max": 59},
 {"name": "billing_country", "type": "varchar(40)"},
 {"name": "total", "type": "numeric(10,2)", "required": true, "min": 0, "max": 30}]}],
 "target_volume": {"records_per_day": 14400}}') AS did \gset
SELECT synthmig.train(:did) IS NOT NULL AS trained \gset
SELECT synthmig.schedule_generation(:did, 'public.cron_invoice_target', every => '1 minute') AS sid \gset

SELECT CASE WHEN count(*) = 1 THEN 'ok' ELSE 'not ok' END || ' - pg_cron job installed, run as its owner'
  FROM cron.job j JOIN synthmig.schedules s ON s.job_id = j.jobid
 WHERE s.id = :sid AND j.username = current_user AND j.schedule = '*/1 * * * *'
   AND j.command = format('SELECT synthmig.run_schedule(%s)', :sid);

-- wait for pg_cron (it fires on minute boundaries)
SELECT set_config('cron_test.sid', :'sid', false) IS NOT NULL AS set \gset
DO $$
BEGIN
	FOR i IN 1 .. 150 LOOP
		EXIT WHEN EXISTS (SELECT 1 FROM synthmig.runs r
						   WHERE r.schedule_id = current_setting('cron_test.sid')::bigint AND r.status = 'done');
		PERFORM pg_sleep(1);
	END LOOP;
END;
$$;
SELECT CASE WHEN count(*) > 0 THEN 'ok' ELSE 'not ok' END || ' - pg_cron ran the job and it succeeded'
  FROM cron.job_run_details d JOIN synthmig.schedules s ON s.job_id = d.jobid
 WHERE s.id = :sid AND d.status = 'succeeded';
SELECT CASE WHEN count(*) >= 10 AND count(*) = count(DISTINCT invoice_id) THEN 'ok' ELSE 'not ok' END
	   || ' - rows arrived in the target, keys unique'
  FROM public.cron_invoice_target;
SELECT CASE WHEN rows_total >= 10 AND chunks >= 1 AND quality_score IS NOT NULL THEN 'ok' ELSE 'not ok' END
	   || ' - the dashboard shows the delivered rows and the scores'
  FROM synthmig.schedule_status WHERE id = :sid;

SELECT synthmig.unschedule_generation(:sid) AS was_active \gset
SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM cron.job WHERE command = format('SELECT synthmig.run_schedule(%s)', :sid))
			THEN 'ok' ELSE 'not ok' END || ' - unschedule_generation removed the pg_cron job';
SELECT synthmig.drop_definition('cron_invoice') IS NOT NULL AS dropped \gset
DROP TABLE public.cron_invoice_target;
