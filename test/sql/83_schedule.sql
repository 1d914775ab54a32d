-- Synthetic ratio and scheduled generation.  pg_cron runs jobs of one
-- database only (not this one): here the schedule's command is called the
-- way pg_cron calls it; test/cron/schedule.sql waits for the real job.
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT synthmig.create_definition('inv_sched', '{"tables": [{"name": "invoice", "source": "chinook.invoice", "columns": [
 {"name": "invoice_id", "type": "integer", "primary_key": true},
 {"name": "customer_id", "type": "integer", "required": true, "min": 1, "max": 59},
 {"name": "billing_country", "type": "varchar(40)"},
 {"name": "total", "type": "numeric(10,2)", "required": true, "min": 0, "max": 30}]}],
 "privacy": {"differential_privacy": true, "epsilon": 2, "delta": 1e-6, "synthetic_ratio": 0.75},
 "target_volume": {"records_per_day": 2400}}') AS did \gset
SELECT synthmig.train(:did) IS NOT NULL AS trained;
CREATE TABLE public.inv_sched (invoice_id integer PRIMARY KEY, customer_id integer NOT NULL,
	billing_country varchar(40), total numeric(10,2) NOT NULL);

-- synthetic_ratio: the definition's 0.75 by default; the rest are real rows
SELECT synthmig.generate_into(:did, 100, 'public.inv_sched', 7, NULL) AS rows;
SELECT n, rows_generated, real_rows, status FROM synthmig.runs ORDER BY id DESC LIMIT 1;
SELECT count(*) AS rows, count(DISTINCT invoice_id) AS keys,
	   count(*) FILTER (WHERE (customer_id, billing_country, total) IN
						(SELECT customer_id, billing_country, total FROM chinook.invoice)) >= 25 AS real_rows_present
  FROM public.inv_sched;
-- ratio 1: no real row; ratio 0: only real rows (a run is recorded all the same)
TRUNCATE public.inv_sched;
SELECT synthmig.generate_into(:did, 40, 'public.inv_sched', 7, 1) AS rows;
SELECT n, rows_generated, real_rows FROM synthmig.runs ORDER BY id DESC LIMIT 1;
TRUNCATE public.inv_sched;
SELECT synthmig.generate_into(:did, 40, 'public.inv_sched', 7, 0) AS rows;
SELECT n, rows_generated, real_rows, status FROM synthmig.runs ORDER BY id DESC LIMIT 1;
SELECT count(*) = 40 AS all_real FROM public.inv_sched s
 WHERE (customer_id, billing_country, total) IN (SELECT customer_id, billing_country, total FROM chinook.invoice);
SELECT synthmig.generate_into(:did, 10, 'public.inv_sched', 7, 1.5);
TRUNCATE public.inv_sched;

-- scheduling needs pg_cron in the database it serves: a clear error, nothing half-scheduled
SELECT synthmig.schedule_generation(:did, 'public.inv_sched', every => '1 minute');
SELECT count(*) AS schedules FROM synthmig.schedules;
-- bad input
SELECT synthmig.schedule_generation(:did, 'public.inv_sched', every => '7 minutes');
SELECT synthmig.schedule_generation(:did, 'public.inv_sched', records_per_day => 0);
SELECT synthmig.schedule_generation(:did, 'public.inv_sched', until => now() - interval '1 day');
SELECT synthmig.schedule_generation(:did, 'public.inv_sched', synthetic_ratio => 2);
SELECT synthmig_internal.cron_expression(i) FROM unnest(ARRAY['1 minute', '15 minutes', '1 hour', '6 hours', '1 day']::interval[]) i;

-- a schedule as schedule_generation stores it (job_id aside), and its
-- chunks run as pg_cron runs them: 2400 a day every 15 minutes = 25 rows
INSERT INTO synthmig.schedules (definition_id, target, records_per_day, every, chunk_rows, cron_schedule)
VALUES (:did, 'public.inv_sched', 2400, '15 minutes', 25, '*/15 * * * *') RETURNING id AS sid \gset
SELECT synthmig.run_schedule(:sid) AS chunk1;
SELECT synthmig.run_schedule(:sid) AS chunk2;
-- consecutive chunks are consecutive slices of one run: keys never collide
SELECT count(*) AS rows, count(DISTINCT invoice_id) AS keys, min(invoice_id) AS first_key, max(invoice_id) AS last_key
  FROM public.inv_sched;
SELECT r.n, r.rows_generated + r.real_rows AS delivered, r.real_rows > 0 AS has_real_rows,
	   r.quality IS NOT NULL AS scored, r.privacy ? 'new_row_synthesis' AS privacy_scored
  FROM synthmig.runs r WHERE r.schedule_id = :sid ORDER BY r.id;
-- the dashboard
SELECT definition, target, records_per_day, every, chunk_rows, active, rows_today, rows_total, chunks,
	   rows_per_second > 0 AS has_speed, quality_score BETWEEN 0 AND 1 AS has_quality,
	   new_row_synthesis BETWEEN 0 AND 1 AS has_privacy, model_epsilon
  FROM synthmig.schedule_status WHERE id = :sid;
-- never beyond records_per_day in a day
UPDATE synthmig.schedules SET records_per_day = 60 WHERE id = :sid;
SELECT synthmig.run_schedule(:sid) AS capped_chunk, synthmig.run_schedule(:sid) AS nothing_left;
SELECT rows_today FROM synthmig.schedule_status WHERE id = :sid;
-- a schedule past its end unschedules itself; unscheduling is idempotent
UPDATE synthmig.schedules SET records_per_day = 2400, until = now() - interval '1 second' WHERE id = :sid;
SELECT synthmig.run_schedule(:sid) AS after_end;
SELECT active FROM synthmig.schedules WHERE id = :sid;
SELECT synthmig.unschedule_generation(:sid) AS was_active;
SELECT synthmig.run_schedule(-1);

-- schedules are private to their owner; a job runs with its owner's rights
CREATE ROLE regress_sm_sched;
SET ROLE regress_sm_sched;
SELECT count(*) AS visible FROM synthmig.schedules;
SELECT synthmig.run_schedule(:sid);
INSERT INTO synthmig.schedules (definition_id, target, records_per_day, every, chunk_rows, cron_schedule)
VALUES (:did, 'public.inv_sched', 10, '1 hour', 1, '0 */1 * * *');
RESET ROLE;
DROP ROLE regress_sm_sched;
DROP TABLE public.inv_sched;

-- a role without INSERT on the target cannot schedule into it (checked
-- before pg_cron is looked at: nothing is scheduled)
CREATE TABLE public.inv_sched2 (invoice_id integer PRIMARY KEY);
CREATE ROLE regress_sm_sched2;
SET ROLE regress_sm_sched2;
SELECT synthmig.create_definition('own', '{"tables": [{"name": "inv_sched2", "columns": [{"name": "invoice_id", "type": "integer", "primary_key": true}]}]}') IS NOT NULL AS defined;
SELECT synthmig.train('own') IS NOT NULL AS trained;
SELECT synthmig.schedule_generation('own', 'public.inv_sched2', 24);
SELECT count(*) AS schedules FROM synthmig.schedules;
SELECT synthmig.drop_definition('own') AS dropped;
RESET ROLE;
DROP ROLE regress_sm_sched2;
DROP TABLE public.inv_sched2;
