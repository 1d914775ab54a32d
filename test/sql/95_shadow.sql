-- Shadow runs: the SQL contract, its errors, and the worker's pipeline
-- (rehearsal, reconciliation, resolutions, apply and its validation,
-- cancellation, retry, recovery of a job left running).  The worker is
-- waited for with a polling loop bounded by a timeout: no timed assertion.

-- Wait until a job leaves the queued/running states (at most two minutes);
-- its state, or 'timeout' and the state it was in.
CREATE FUNCTION public.sm_shadow_wait(job bigint, until text[] DEFAULT NULL) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	st text;
BEGIN
	FOR i IN 1..2400 LOOP
		SELECT state INTO st FROM synthmig.jobs WHERE id = job;
		IF (until IS NULL AND st NOT IN ('queued', 'running', 'apply_queued', 'applying')) OR st = ANY (until) THEN
			RETURN st;
		END IF;
		PERFORM pg_sleep(0.05);
	END LOOP;
	RETURN 'timeout (' || st || ')';
END;
$$;

CREATE ROLE regress_sm_shadow LOGIN;
CREATE ROLE regress_sm_shadow_nologin;
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO regress_sm_shadow, regress_sm_shadow_nologin', current_database()); END $$;
CREATE SCHEMA shadow_t AUTHORIZATION regress_sm_shadow;
GRANT USAGE ON SCHEMA chinook TO regress_sm_shadow;
GRANT SELECT ON chinook.invoice TO regress_sm_shadow;

SET ROLE regress_sm_shadow;
CREATE TABLE shadow_t.invoice_clean (
	invoice_id integer PRIMARY KEY,
	customer_id integer NOT NULL,
	invoice_date date NOT NULL,
	country text,
	total numeric(10,2) NOT NULL
);
CREATE TABLE shadow_t.legacy (id text, amount text, seen text);
INSERT INTO shadow_t.legacy
SELECT g::text, CASE WHEN g % 40 = 0 THEN 'n/a ' || g ELSE '$' || g || '.25' END, '2024-01-' || lpad((1 + g % 28)::text, 2, '0')
  FROM generate_series(1, 2000) g;
CREATE TABLE shadow_t.clean (id integer PRIMARY KEY, amount numeric(12,2), seen date);

-------------------------------------------------------------------------------
-- Errors: 22023 with the JSON path, 42501, 42704, 55000
-------------------------------------------------------------------------------

SELECT sm_try($$SELECT synthmig.shadow_run('[]')$$);
SELECT sm_try($$SELECT synthmig.shadow_run('{"target": "shadow_t.clean"}')$$);
SELECT sm_try($$SELECT synthmig.shadow_run('{"source": 1, "target": "shadow_t.clean"}')$$);
SELECT sm_try($$SELECT synthmig.shadow_run('{"source": "shadow_t.legacy", "target": "shadow_t.clean", "mapping": {}}')$$);
SELECT sm_try($$SELECT synthmig.shadow_run('{"source": "shadow_t.nothing", "target": "shadow_t.clean"}')$$);
SELECT sm_try($$SELECT synthmig.shadow_run('{"source": "shadow_t.legacy", "target": "shadow_t.legacy"}')$$);
SELECT sm_try($$SELECT synthmig.shadow_run('{"source": "shadow_t.legacy", "target": "shadow_t.clean", "schema_mapping": []}')$$);
SELECT sm_try($$SELECT synthmig.shadow_run('{"source": "shadow_t.legacy", "target": "shadow_t.clean", "schema_mapping": {"amount": 3}}')$$);
SELECT sm_try($$SELECT synthmig.shadow_run('{"source": "shadow_t.legacy", "target": "shadow_t.clean", "transformation_rules": {"text_to_date": 1}}')$$);
SELECT sm_try($$SELECT synthmig.shadow_run('{"source": "shadow_t.legacy", "target": "shadow_t.clean", "options": {"on_error": 7}}')$$);
SELECT sm_try($$SELECT synthmig.shadow_run('{"source": "shadow_t.legacy", "target": "shadow_t.clean", "rehearse": "never"}')$$);
-- a table the role may not read, a target it does not own
SELECT sm_try($$SELECT synthmig.shadow_run('{"source": "chinook.customer", "target": "shadow_t.clean"}')$$);
SELECT sm_try($$SELECT synthmig.shadow_run('{"source": "shadow_t.legacy", "target": "chinook.invoice"}')$$);
-- scripts
SELECT sm_try($$SELECT synthmig.shadow_run(' ', ARRAY['shadow_t.legacy']::regclass[])$$);
SELECT sm_try($$SELECT synthmig.shadow_run('SELECT 1', ARRAY[]::regclass[])$$);
SELECT sm_try($$SELECT synthmig.shadow_run('UPDATE shadow_t.legacy SET seen = NULL', ARRAY['shadow_t.legacy']::regclass[])$$);
SELECT sm_try($$SELECT synthmig.shadow_run('SELECT 1', ARRAY['shadow_t.legacy', 'shadow_t.legacy']::regclass[])$$);
-- jobs that do not exist or are not in the right state
SELECT sm_try($$SELECT synthmig.cancel_shadow_run(-1)$$);
SELECT sm_try($$SELECT synthmig.apply_shadow_run(NULL)$$);
SELECT sm_try($$SELECT synthmig.retry_shadow_run(123456)$$);
SELECT sm_try($$SELECT synthmig.drop_shadow_run(123456)$$);
RESET ROLE;
-- a superuser's job needs synthmig.shadow_allow_superuser; a role that cannot log in cannot own one
SELECT sm_try($$SELECT synthmig.shadow_run('{"source": "shadow_t.legacy", "target": "shadow_t.clean"}')$$);
SET ROLE regress_sm_shadow_nologin;
SELECT sm_try($$SELECT synthmig.shadow_run('SELECT 1', ARRAY['chinook.genre']::regclass[])$$);
RESET ROLE;
SELECT count(*) AS jobs_created_by_errors FROM synthmig.jobs;

-------------------------------------------------------------------------------
-- A rehearsal on real data (Chinook), then apply
-------------------------------------------------------------------------------

SET ROLE regress_sm_shadow;
SELECT synthmig.shadow_run(jsonb_build_object(
	'source', 'chinook.invoice', 'target', 'shadow_t.invoice_clean',
	'schema_mapping', jsonb_build_object('country', 'billing_country'))) AS job \gset
SELECT state IN ('queued', 'running', 'rehearsed') AS submitted FROM synthmig.jobs WHERE id = :job;
SELECT sm_shadow_wait(:job);
SELECT kind, source, target, state, step, progress, reconciled, resolutions_tried, error,
	   risk BETWEEN 0 AND 1 AS risk_in_range, started_at >= submitted_at AND finished_at >= started_at AS timed,
	   shadow_schema = 'synthmig_shadow_' || id AS own_schema
  FROM synthmig.shadow_run_list WHERE id = :job;
-- risk parts with their inputs
SELECT (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(risk) k) AS risk_keys,
	   (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(risk -> 'inputs') k) AS risk_inputs,
	   (risk ->> 'overall')::float8 = synthmig_internal.shadow_risk((risk ->> 'schema')::float8, (risk ->> 'data')::float8, (risk ->> 'resource')::float8)
		   OR abs((risk ->> 'overall')::float8 - synthmig_internal.shadow_risk((risk ->> 'schema')::float8, (risk ->> 'data')::float8, (risk ->> 'resource')::float8)) < 0.001 AS overall_from_parts
  FROM synthmig.jobs WHERE id = :job;
-- every golden row accounted for, every column reconciled
SELECT (reconciliation ->> 'source_rows')::bigint = (SELECT count(*) FROM chinook.invoice) AS all_golden_rows,
	   (reconciliation ->> 'target_rows')::bigint = (SELECT count(*) FROM chinook.invoice) AS all_in_target,
	   reconciliation ->> 'quarantined' AS quarantined, reconciliation ->> 'key' AS key,
	   jsonb_array_length(reconciliation -> 'columns_differing') AS columns_differing
  FROM synthmig.jobs WHERE id = :job;
-- the profile: one entry per step, with time, rows and rows/s
SELECT (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(profile) k) AS steps,
	   (profile #>> '{snapshot,rows}')::bigint = (SELECT count(*) FROM chinook.invoice) AS snapshot_rows,
	   (SELECT bool_and(v ?& ARRAY['ms', 'rows_per_s', 'wal_bytes', 'cpu_ms', 'max_rss_kb', 'locks', 'rewrites']) FROM jsonb_each(profile) e(k, v)) AS profiled
  FROM synthmig.jobs WHERE id = :job;
-- the rehearsal takes no lock stronger than ACCESS SHARE on the real tables
SELECT k AS step, v #> '{locks,chinook.invoice}' AS source_locks, v #> '{locks,shadow_t.invoice_clean}' AS target_locks, v -> 'rewrites' AS rewrites
  FROM synthmig.jobs, jsonb_each(profile) e(k, v) WHERE id = :job ORDER BY array_position(ARRAY['risk', 'snapshot', 'migrate', 'reconcile'], k);
-- the rehearsal ran in the job's schema; the real target is untouched
SELECT 'synthmig_shadow_' || :job AS nsp \gset
SELECT count(*) = (SELECT count(*) FROM chinook.invoice) AS shadow_rows_match FROM :"nsp".target t JOIN chinook.invoice i USING (invoice_id)
 WHERE t.country IS NOT DISTINCT FROM i.billing_country AND t.total = i.total AND t.invoice_date = i.invoice_date::date;
SELECT count(*) AS real_target_rows FROM shadow_t.invoice_clean;
SELECT synthmig.apply_shadow_run(:job) = :job AS apply_queued;
SELECT sm_shadow_wait(:job);
SELECT state, step, error, applied_at IS NOT NULL AS applied_at_set,
	   (reconciliation #>> '{apply,passed}')::boolean AS validated
  FROM synthmig.jobs WHERE id = :job;
SELECT count(*) = (SELECT count(*) FROM chinook.invoice) AS all_rows_applied FROM shadow_t.invoice_clean;
SELECT sm_try(format('SELECT synthmig.apply_shadow_run(%s)', :job));
SET client_min_messages = warning;
SELECT synthmig.drop_shadow_run(:job);
RESET client_min_messages;
SELECT to_regnamespace('synthmig_shadow_' || :job) IS NULL AS shadow_dropped, state FROM synthmig.jobs WHERE id = :job;

-------------------------------------------------------------------------------
-- Quarantine, and a resolution: on_error abort fails, the library widens
-------------------------------------------------------------------------------

SELECT synthmig.shadow_run('{"source": "shadow_t.legacy", "target": "shadow_t.clean", "options": {"on_error": "abort"}}') AS job \gset
SELECT sm_shadow_wait(:job);
SELECT state, reconciled, resolutions_tried, error FROM synthmig.shadow_run_list WHERE id = :job;
SELECT a ->> 'error_class' AS error_class, a ->> 'sqlstate' AS sqlstate, a ->> 'action' AS action, a -> 'options' AS options,
	   a -> 'reconciled' AS reconciled
  FROM synthmig.jobs, jsonb_array_elements(resolutions) a WHERE id = :job;
-- the quarantined rows are exactly the values that do not parse
SELECT (reconciliation ->> 'quarantined')::bigint = (SELECT count(*) FROM shadow_t.legacy WHERE synthmig.parse_numeric(amount) IS NULL) AS quarantined_as_expected,
	   (reconciliation ->> 'unaccounted')::bigint AS unaccounted
  FROM synthmig.jobs WHERE id = :job;

-------------------------------------------------------------------------------
-- Apply's validation finds what the rehearsal could not: a trigger on the
-- real target changing values; nothing is left changed
-------------------------------------------------------------------------------

CREATE FUNCTION shadow_t.bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.id % 500 = 7 THEN NEW.amount := NEW.amount + 1; END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER bump BEFORE INSERT ON shadow_t.clean FOR EACH ROW EXECUTE FUNCTION shadow_t.bump();
SELECT synthmig.apply_shadow_run(:job) = :job AS apply_queued;
SELECT sm_shadow_wait(:job);
SELECT state, error ->> 'sqlstate' AS sqlstate, error ->> 'message' LIKE 'validation of shadow run % failed: % 1 column(s) differ%' AS validation_failed,
	   retryable FROM synthmig.jobs WHERE id = :job;
SELECT count(*) AS rows_left_in_target FROM shadow_t.clean;
DROP TRIGGER bump ON shadow_t.clean;
-- a failed apply is retried as an apply
SELECT synthmig.retry_shadow_run(:job) = :job AS retried;
SELECT sm_shadow_wait(:job);
SELECT state, (reconciliation #>> '{apply,passed}')::boolean AS validated FROM synthmig.jobs WHERE id = :job;
SELECT count(*) + (SELECT count(*) FROM shadow_t.legacy WHERE synthmig.parse_numeric(amount) IS NULL) = 2000 AS every_row_accounted
  FROM shadow_t.clean;

-------------------------------------------------------------------------------
-- A script: rehearsed on copies, applied for real
-------------------------------------------------------------------------------

SELECT synthmig.shadow_run($$ALTER TABLE legacy ADD COLUMN flagged boolean NOT NULL DEFAULT false;
UPDATE legacy SET flagged = true WHERE amount LIKE 'n/a%';$$, ARRAY['shadow_t.legacy']::regclass[]) AS job \gset
SELECT sm_shadow_wait(:job);
SELECT state, reconciled, error, risk > 0 AS has_risk FROM synthmig.shadow_run_list WHERE id = :job;
SELECT reconciliation #> '{tables,legacy,columns_added}' AS added,
	   (reconciliation #>> '{tables,legacy,rows_before}')::bigint = (reconciliation #>> '{tables,legacy,rows_after}')::bigint AS same_rows,
	   (SELECT array_agg(s ->> 'what' ORDER BY s ->> 'what') FROM jsonb_array_elements(risk #> '{inputs,statements}') s) AS statements,
	   risk #>> '{inputs,lock}' AS lock
  FROM synthmig.jobs WHERE id = :job;
SELECT 'synthmig_shadow_' || :job AS nsp \gset
SELECT count(*) = (SELECT count(*) FROM shadow_t.legacy WHERE amount LIKE 'n/a%') AS flagged_in_shadow FROM :"nsp".legacy WHERE flagged;
SELECT to_regclass('shadow_t.legacy') IS NOT NULL AND NOT EXISTS (SELECT FROM pg_attribute WHERE attrelid = 'shadow_t.legacy'::regclass AND attname = 'flagged') AS real_table_untouched;
SELECT synthmig.apply_shadow_run(:job) = :job AS apply_queued;
SELECT sm_shadow_wait(:job);
SELECT state, error FROM synthmig.jobs WHERE id = :job;
SELECT count(*) FILTER (WHERE flagged) = count(*) FILTER (WHERE amount LIKE 'n/a%') AS applied FROM shadow_t.legacy;

-------------------------------------------------------------------------------
-- Cancel, retry, and a job whose worker is gone
-------------------------------------------------------------------------------

SELECT synthmig.shadow_run('SELECT pg_sleep(60)', ARRAY['shadow_t.clean']::regclass[]) AS job \gset
DO $$
BEGIN
	-- until it is in its migrate step
	FOR i IN 1..2400 LOOP
		EXIT WHEN EXISTS (SELECT FROM synthmig.jobs WHERE state = 'running' AND step = 'migrate');
		PERFORM pg_sleep(0.05);
	END LOOP;
END $$;
SELECT synthmig.cancel_shadow_run(:job);
SELECT sm_shadow_wait(:job);
SELECT state, retryable, error ->> 'sqlstate' AS sqlstate, to_regnamespace('synthmig_shadow_' || :job) IS NULL AS shadow_dropped
  FROM synthmig.jobs WHERE id = :job;
SELECT sm_try(format('SELECT synthmig.cancel_shadow_run(%s)', :job));
SELECT sm_try(format('SELECT synthmig.apply_shadow_run(%s)', :job));

-- a job left "running" by a worker that is gone (what a crash leaves): the
-- sweep that follows the next worker's exit marks it failed and retryable
SELECT synthmig.shadow_run('SELECT 1', ARRAY['shadow_t.clean']::regclass[]) AS stale \gset
SELECT sm_shadow_wait(:stale);
UPDATE synthmig.jobs SET state = 'running', step = 'migrate', worker_pid = 0, finished_at = NULL WHERE id = :stale;
SELECT synthmig.shadow_run('SELECT 1', ARRAY['shadow_t.clean']::regclass[]) AS job \gset
SELECT sm_shadow_wait(:job);
SELECT sm_shadow_wait(:stale);
SELECT state, retryable, error ->> 'message' AS message FROM synthmig.jobs WHERE id = :stale;
SELECT synthmig.retry_shadow_run(:stale) = :stale AS retried;
SELECT sm_shadow_wait(:stale);
SELECT state, attempts FROM synthmig.jobs WHERE id = :stale;

-- a job the script cannot run is failed, with the error for a person
SELECT synthmig.shadow_run('SELECT shadow_t.no_such_function()', ARRAY['shadow_t.clean']::regclass[]) AS job \gset
SELECT sm_shadow_wait(:job);
SELECT state, error ->> 'sqlstate' AS sqlstate, error ->> 'step' AS step, error ->> 'needs_person' AS needs_person
  FROM synthmig.jobs WHERE id = :job;

-- if_risky: below the role's threshold, the rehearsal is skipped
RESET ROLE;
ALTER ROLE regress_sm_shadow SET synthmig.shadow_risk_threshold = 1;
SET ROLE regress_sm_shadow;
CREATE TABLE shadow_t.clean2 (id integer PRIMARY KEY, amount numeric(12,2), seen date);
SELECT synthmig.shadow_run('{"source": "shadow_t.legacy", "target": "shadow_t.clean2", "rehearse": "if_risky"}') AS job \gset
SELECT sm_shadow_wait(:job);
SELECT state, step, reconciliation IS NULL AS not_rehearsed, to_regnamespace('synthmig_shadow_' || :job) IS NULL AS no_shadow,
	   (risk ->> 'overall')::float8 < (risk ->> 'threshold')::float8 AS below_threshold
  FROM synthmig.jobs WHERE id = :job;
-- the same instruction into a target that already holds every key: duplicate keys, a far higher data risk
SELECT synthmig.shadow_run('{"source": "shadow_t.legacy", "target": "shadow_t.clean", "rehearse": "if_risky"}') AS job \gset
SELECT sm_shadow_wait(:job);
SELECT j.state, j.step, (j.risk ->> 'data')::float8 AS data_risk, (j.risk ->> 'overall')::float8 AS overall,
	   (SELECT array_agg(i ->> 'kind' ORDER BY i ->> 'kind') FROM jsonb_array_elements(j.risk #> '{inputs,issues}') i
		 WHERE i ->> 'severity' = 'rows rejected') AS rejecting,
	   (j.risk #>> '{inputs,estimated_rows}')::bigint = 2000 AS rows_estimated, l.reconciled
  FROM synthmig.shadow_run_list l JOIN synthmig.jobs j USING (id) WHERE id = :job;

-- the worker runs as the job's owner
SELECT count(*) AS jobs_seen, count(*) FILTER (WHERE owner = 'regress_sm_shadow'::regrole) AS own_jobs FROM synthmig.jobs;
RESET ROLE;

-------------------------------------------------------------------------------
-- Clean up
-------------------------------------------------------------------------------
SET client_min_messages = warning;
DO $$
DECLARE j bigint;
BEGIN
	FOR j IN SELECT id FROM synthmig.jobs WHERE state NOT IN ('dropped') ORDER BY id LOOP
		PERFORM synthmig.drop_shadow_run(j);
	END LOOP;
END $$;
SELECT count(*) AS shadow_schemas_left FROM pg_namespace WHERE nspname LIKE 'synthmig\_shadow\_%';
DELETE FROM synthmig.jobs;
DELETE FROM synthmig.rejects WHERE owner = 'regress_sm_shadow'::regrole;
DELETE FROM synthmig.remediations WHERE owner = 'regress_sm_shadow'::regrole;
DELETE FROM synthmig.shadow_history WHERE owner = 'regress_sm_shadow'::regrole;
DROP SCHEMA shadow_t CASCADE;
REVOKE ALL ON SCHEMA chinook FROM regress_sm_shadow;
REVOKE ALL ON chinook.invoice FROM regress_sm_shadow;
DO $$ BEGIN EXECUTE format('REVOKE CREATE ON DATABASE %I FROM regress_sm_shadow, regress_sm_shadow_nologin', current_database()); END $$;
ALTER ROLE regress_sm_shadow RESET ALL;
DROP ROLE regress_sm_shadow;
DROP ROLE regress_sm_shadow_nologin;
RESET client_min_messages;
