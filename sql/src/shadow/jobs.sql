-- Shadow runs (docs/shadow.md): the job table, the resolution library, the
-- list view and the API.  The background worker (src/shadow/worker.c) runs a
-- job step by step, one transaction per step, as the job's owner, by calling
-- synthmig_internal.shadow_step (pipeline.sql).

CREATE TABLE @extschema@.jobs (
	id					bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	kind				text NOT NULL CHECK (kind IN ('instruction', 'script')),
	instruction			jsonb NOT NULL,
	script				text,
	state				text NOT NULL DEFAULT 'queued'
		CHECK (state IN ('queued', 'running', 'rehearsed', 'failed', 'cancelled',
						 'apply_queued', 'applying', 'applied', 'apply_failed', 'dropped')),
	step				text,
	progress			real NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
	risk				jsonb,
	reconciliation		jsonb,
	resolutions			jsonb NOT NULL DEFAULT '[]',
	profile				jsonb NOT NULL DEFAULT '{}',
	error				jsonb,
	retryable			boolean,
	cancel_requested	boolean NOT NULL DEFAULT false,
	remediation_id		bigint,
	attempts			integer NOT NULL DEFAULT 0,
	dispatches			integer NOT NULL DEFAULT 0,
	worker_pid			integer,
	submitted_at		timestamptz NOT NULL DEFAULT clock_timestamp(),
	started_at			timestamptz,
	finished_at			timestamptz,
	applied_at			timestamptz,
	updated_at			timestamptz NOT NULL DEFAULT clock_timestamp(),
	owner				regrole NOT NULL DEFAULT current_user::regrole
);

COMMENT ON TABLE @extschema@.jobs IS
'shadow runs: the instruction or script, the state, the risk, the reconciliation, the resolutions tried and the profile; each role sees its own';

ALTER TABLE @extschema@.jobs ENABLE ROW LEVEL SECURITY;

-- As pg_cron's cron.job: a role sees and changes the jobs of the roles whose
-- privileges it has; a superuser sees every job.
CREATE POLICY jobs_owner ON @extschema@.jobs
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE'));

-- The worker runs as the job's owner and writes the job's progress with that
-- role's rights; id, kind, the instruction, the script and the owner are
-- never changed after submission (apply runs what was rehearsed).
GRANT SELECT, DELETE ON @extschema@.jobs TO PUBLIC;
GRANT INSERT (kind, instruction, script) ON @extschema@.jobs TO PUBLIC;
GRANT UPDATE (state, step, progress, risk, reconciliation, resolutions, profile, error, retryable,
			  cancel_requested, remediation_id, attempts, dispatches, worker_pid, started_at, finished_at,
			  applied_at, updated_at) ON @extschema@.jobs TO PUBLIC;


-- The resolution library: per error class, ordered actions.  An action is
-- either a patch of remediation options (merged into the run's options
-- before the migration is run again in the shadow), a retry with backoff,
-- or a function of the owner's (job bigint, sqlstate text, message text)
-- returning such a patch (NULL: it does not apply).  Built-in rows have no
-- owner and are visible to every role; a role adds its own.
CREATE TABLE @extschema@.resolutions (
	id				bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	error_class		text NOT NULL CHECK (error_class IN ('schema_mismatch', 'type_conversion',
														 'constraint_violation', 'transient', 'other')),
	position		integer NOT NULL,
	action			text NOT NULL CHECK (action IN ('options', 'retry', 'function')),
	options			jsonb CHECK (options IS NULL OR jsonb_typeof(options) = 'object'),
	fn				regprocedure,
	description		text NOT NULL,
	owner			regrole DEFAULT current_user::regrole,
	CHECK ((action = 'options') = (options IS NOT NULL)),
	CHECK ((action = 'function') = (fn IS NOT NULL))
);

COMMENT ON TABLE @extschema@.resolutions IS
'shadow runs: what to try, in order, per error class (built-in rows have no owner; each role adds its own)';

ALTER TABLE @extschema@.resolutions ENABLE ROW LEVEL SECURITY;

CREATE POLICY resolutions_read ON @extschema@.resolutions FOR SELECT
	USING (owner IS NULL OR pg_has_role(current_user, owner, 'USAGE'));
CREATE POLICY resolutions_insert ON @extschema@.resolutions FOR INSERT
	WITH CHECK (owner IS NOT NULL AND pg_has_role(current_user, owner, 'USAGE'));
CREATE POLICY resolutions_update ON @extschema@.resolutions FOR UPDATE
	USING (owner IS NOT NULL AND pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (owner IS NOT NULL AND pg_has_role(current_user, owner, 'USAGE'));
CREATE POLICY resolutions_delete ON @extschema@.resolutions FOR DELETE
	USING (owner IS NOT NULL AND pg_has_role(current_user, owner, 'USAGE'));

GRANT SELECT, DELETE ON @extschema@.resolutions TO PUBLIC;
GRANT INSERT (error_class, position, action, options, fn, description), UPDATE (position, options, fn, description)
	ON @extschema@.resolutions TO PUBLIC;

-- built in (no owner)
INSERT INTO @extschema@.resolutions (error_class, position, action, options, description, owner) VALUES
	('type_conversion', 10, 'options', '{"on_error": "widen"}', 'widen the target column to what the data needs', NULL),
	('type_conversion', 20, 'options', '{"on_error": "quarantine"}', 'quarantine the values that do not convert', NULL),
	('constraint_violation', 10, 'options', '{"on_error": "quarantine"}', 'quarantine the rows that violate the constraint', NULL),
	('schema_mismatch', 10, 'options', '{"on_error": "default"}', 'fill what does not map with the column default', NULL),
	('transient', 10, 'retry', NULL, 'retry after 100 ms', NULL),
	('transient', 20, 'retry', NULL, 'retry after 400 ms', NULL),
	('transient', 30, 'retry', NULL, 'retry after 1.6 s', NULL);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.resolutions', 'WHERE owner IS NOT NULL');


-- The job list: one line per job with its state, step, progress and timings.
CREATE VIEW @extschema@.shadow_run_list
WITH (security_invoker = true) AS
SELECT j.id, j.kind,
	   coalesce(j.instruction ->> 'source', array_to_string(ARRAY(SELECT jsonb_array_elements_text(j.instruction -> 'tables')), ', ')) AS source,
	   j.instruction ->> 'target' AS target,
	   j.state, j.step, j.progress,
	   (j.risk ->> 'overall')::real AS risk,
	   (j.reconciliation ->> 'passed')::boolean AS reconciled,
	   jsonb_array_length(j.resolutions) AS resolutions_tried,
	   j.retryable, j.error ->> 'message' AS error,
	   j.submitted_at, j.started_at, j.finished_at, j.applied_at,
	   date_trunc('millisecond', coalesce(j.finished_at, clock_timestamp()) - j.started_at) AS duration,
	   synthmig_internal.shadow_schema_name(j.id) AS shadow_schema,
	   j.worker_pid, j.owner
  FROM @extschema@.jobs j
 ORDER BY j.id;

COMMENT ON VIEW @extschema@.shadow_run_list IS
'shadow runs, one line each: state, step, progress, risk, reconciliation, timings (each role sees its own)';
GRANT SELECT ON @extschema@.shadow_run_list TO PUBLIC;


-------------------------------------------------------------------------------
-- Validation of what is submitted
-------------------------------------------------------------------------------

-- Raise 22023 naming the JSON path of the offending element.
CREATE FUNCTION synthmig_internal.shadow_invalid(path text, message text, hint text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RAISE EXCEPTION 'invalid shadow run instruction at %: %', path, message
		USING ERRCODE = 'invalid_parameter_value', DETAIL = format('JSON path: %s', path),
			  HINT = coalesce(hint, 'An instruction is {"source": "schema.table", "target": "schema.table", "schema_mapping": {...}, "transformation_rules": {...}, "options": {...}}; see docs/shadow.md.');
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_invalid(text, text, text) IS
'internal: the 22023 error of an invalid shadow run instruction, naming its JSON path';


-- A table named in an instruction: it must exist, be readable and be a plain
-- table (the shadow copies it).
CREATE FUNCTION synthmig_internal.shadow_table(name text, path text, must_own boolean)
RETURNS regclass
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
BEGIN
	rel := to_regclass(name);
	IF rel IS NULL THEN
		PERFORM synthmig_internal.shadow_invalid(path, format('no table %s', name),
			'Name a table as schema.table; the name is resolved with search_path = pg_catalog, pg_temp.');
	END IF;
	IF (SELECT relkind NOT IN ('r', 'p') FROM pg_catalog.pg_class WHERE oid = rel) THEN
		PERFORM synthmig_internal.shadow_invalid(path, format('%s is not a table', rel));
	END IF;
	IF NOT has_table_privilege(rel, 'SELECT') THEN
		RAISE EXCEPTION 'permission denied to read %', rel
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('role %s lacks SELECT on %s (%s)', current_user, rel, path);
	END IF;
	IF must_own AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_catalog.pg_class WHERE oid = rel), 'USAGE') THEN
		RAISE EXCEPTION 'permission denied to migrate %', rel
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('role %s must own %s (%s): apply changes it', current_user, rel, path),
				  HINT = 'Submit the shadow run as the owner of the table.';
	END IF;
	RETURN rel;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_table(text, text, boolean) IS
'internal: a table named at a JSON path of an instruction, checked (exists, is a table, readable, owned when it is changed)';


-- What every submission checks about the submitting role: the worker runs
-- as that role, so it must be able to log in, create the shadow schema, and
-- not be a superuser unless synthmig.shadow_allow_superuser says so.
CREATE FUNCTION synthmig_internal.shadow_check_role()
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r record;
BEGIN
	SELECT rolsuper, rolcanlogin INTO r FROM pg_catalog.pg_roles WHERE rolname = current_user;
	IF r.rolsuper AND NOT coalesce(current_setting('synthmig.shadow_allow_superuser', true), 'off')::boolean THEN
		RAISE EXCEPTION 'shadow runs of superuser % are not allowed', current_user
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = 'The worker runs each job as the role that submitted it.',
				  HINT = 'Submit it as the owner of the tables (SET ROLE), or set synthmig.shadow_allow_superuser = on in postgresql.conf.';
	END IF;
	IF NOT r.rolcanlogin THEN
		RAISE EXCEPTION 'role % cannot log in, and the worker of a shadow run connects as the role that submitted it', current_user
			USING ERRCODE = 'insufficient_privilege',
				  HINT = format('ALTER ROLE %I LOGIN, or submit it as a role that can log in.', current_user);
	END IF;
	IF NOT has_database_privilege(current_database(), 'CREATE') THEN
		RAISE EXCEPTION 'permission denied to create the shadow schema of a job'
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('role %s lacks CREATE on database %s; the rehearsal runs in a schema of its own', current_user, current_database()),
				  HINT = format('GRANT CREATE ON DATABASE %I TO %I;', current_database(), current_user);
	END IF;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_check_role() IS
'internal: 42501 unless the current role may own a shadow run (can log in, may create a schema, not a superuser unless allowed)';


-- The instruction checked and normalised: source and target as the
-- qualified names of existing tables, schema_mapping and transformation_rules
-- checked as remediate's options "columns" and "rules".
CREATE FUNCTION synthmig_internal.shadow_instruction(instruction jsonb)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	k text;
	src regclass;
	dst regclass;
	opts jsonb;
BEGIN
	IF instruction IS NULL OR jsonb_typeof(instruction) <> 'object' THEN
		PERFORM synthmig_internal.shadow_invalid('$', format('expected a JSON object, not %s', coalesce(jsonb_typeof(instruction), 'NULL')));
	END IF;
	FOR k IN SELECT jsonb_object_keys(instruction) ORDER BY 1 LOOP
		IF k NOT IN ('source', 'target', 'schema_mapping', 'transformation_rules', 'options', 'rehearse') THEN
			PERFORM synthmig_internal.shadow_invalid('$.' || k, format('unknown key "%s"', k),
				'Keys: source, target, schema_mapping, transformation_rules, options, rehearse.');
		END IF;
	END LOOP;
	FOREACH k IN ARRAY ARRAY['source', 'target'] LOOP
		IF NOT instruction ? k THEN
			PERFORM synthmig_internal.shadow_invalid('$.' || k, format('%s is required', k));
		END IF;
		IF jsonb_typeof(instruction -> k) <> 'string' THEN
			PERFORM synthmig_internal.shadow_invalid('$.' || k, format('expected a table name (string), not %s', jsonb_typeof(instruction -> k)));
		END IF;
	END LOOP;
	FOREACH k IN ARRAY ARRAY['schema_mapping', 'transformation_rules', 'options'] LOOP
		IF instruction ? k AND jsonb_typeof(instruction -> k) <> 'object' THEN
			PERFORM synthmig_internal.shadow_invalid('$.' || k, format('expected an object, not %s', jsonb_typeof(instruction -> k)));
		END IF;
	END LOOP;
	IF instruction ? 'rehearse' AND coalesce(instruction ->> 'rehearse', '') NOT IN ('always', 'if_risky') THEN
		PERFORM synthmig_internal.shadow_invalid('$.rehearse', format('expected "always" or "if_risky", not %s', instruction -> 'rehearse'));
	END IF;
	IF (instruction -> 'options') ?| ARRAY['columns', 'rules'] THEN
		PERFORM synthmig_internal.shadow_invalid('$.options', 'columns and rules are given as schema_mapping and transformation_rules');
	END IF;
	src := synthmig_internal.shadow_table(instruction ->> 'source', '$.source', false);
	dst := synthmig_internal.shadow_table(instruction ->> 'target', '$.target', true);
	IF src = dst THEN
		PERFORM synthmig_internal.shadow_invalid('$.target', 'the target is the source');
	END IF;
	opts := coalesce(instruction -> 'options', '{}')
			|| jsonb_strip_nulls(jsonb_build_object('columns', instruction -> 'schema_mapping',
													'rules', instruction -> 'transformation_rules'));
	BEGIN
		opts := synthmig_internal.check_options(opts);
	EXCEPTION WHEN invalid_parameter_value THEN
		DECLARE
			msg text; det text;
		BEGIN
			GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
			msg := replace(replace(replace(msg, 'options.columns', '$.schema_mapping'), 'options.rules', '$.transformation_rules'), 'options.', '$.options.');
			RAISE EXCEPTION 'invalid shadow run instruction: %', msg
				USING ERRCODE = 'invalid_parameter_value',
					  DETAIL = replace(replace(replace(coalesce(det, ''), 'options.columns', '$.schema_mapping'), 'options.rules', '$.transformation_rules'), 'options.', '$.options.'),
					  HINT = 'schema_mapping and transformation_rules are remediate''s options "columns" and "rules" (docs/remediation.md).';
		END;
	END;
	RETURN jsonb_build_object('source', src::text, 'target', dst::text, 'source_oid', src::oid, 'target_oid', dst::oid,
							  'options', opts, 'rehearse', coalesce(instruction ->> 'rehearse', 'always'));
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_instruction(jsonb) IS
'internal: a shadow run instruction checked (22023 with the JSON path, 42501 for tables the caller may not read or change) and normalised';


-- Insert a job, announce it and have the launcher start its worker when the
-- transaction commits.
CREATE FUNCTION synthmig_internal.shadow_submit(kind text, instruction jsonb, script text)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	job bigint;
BEGIN
	INSERT INTO @extschema@.jobs (kind, instruction, script) VALUES (kind, instruction, script) RETURNING id INTO job;
	PERFORM synthmig_internal.shadow_notify(job);
	PERFORM synthmig_internal.shadow_wake(job, current_user::regrole);
	RETURN job;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_submit(text, jsonb, text) IS
'internal: record a shadow run job, announce it, and wake the launcher at commit';


-------------------------------------------------------------------------------
-- The API
-------------------------------------------------------------------------------

-- Rehearse a migration described by an instruction: returns the job id at
-- once; the background worker does the rest.
CREATE FUNCTION @extschema@.shadow_run(instruction jsonb)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM synthmig_internal.shadow_available();
	PERFORM synthmig_internal.shadow_check_role();
	RETURN synthmig_internal.shadow_submit('instruction', synthmig_internal.shadow_instruction(instruction), NULL);
END;
$$;

COMMENT ON FUNCTION @extschema@.shadow_run(jsonb) IS
'rehearse a migration instruction {source, target, schema_mapping, transformation_rules} in a background worker; returns the job id at once';


-- Rehearse a migration script (DDL and DML) on copies of the tables it
-- touches: the script runs in the shadow schema, with the copies under their
-- own names and search_path set to that schema.
CREATE FUNCTION @extschema@.shadow_run(script text, tables regclass[])
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t regclass;
	i integer := 0;
	names jsonb := '[]';
	oids jsonb := '[]';
BEGIN
	PERFORM synthmig_internal.shadow_available();
	PERFORM synthmig_internal.shadow_check_role();
	IF script IS NULL OR btrim(script) = '' THEN
		RAISE EXCEPTION 'the migration script is empty'
			USING ERRCODE = 'invalid_parameter_value', HINT = 'Pass the DDL and DML to rehearse, such as ''ALTER TABLE t ADD COLUMN c int''.';
	END IF;
	IF tables IS NULL OR cardinality(tables) = 0 THEN
		RAISE EXCEPTION 'a migration script needs the tables it touches'
			USING ERRCODE = 'invalid_parameter_value', DETAIL = 'tables is empty or NULL',
				  HINT = 'Pass them as ARRAY[''public.orders'']::regclass[]; the script runs on copies of them.';
	END IF;
	FOREACH t IN ARRAY tables LOOP
		PERFORM synthmig_internal.check_table(t, format('tables[%s]', i + 1));
		PERFORM synthmig_internal.shadow_table(t::text, format('tables[%s]', i + 1), true);
		IF EXISTS (SELECT FROM jsonb_array_elements_text(oids) o WHERE o::oid = t::oid) THEN
			RAISE EXCEPTION 'table % is named twice', t
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('tables[%s]', i + 1);
		END IF;
		IF EXISTS (SELECT FROM jsonb_array_elements(names) n, pg_catalog.pg_class c
					WHERE c.oid = t AND n ->> 'relname' = c.relname::text) THEN
			RAISE EXCEPTION 'two tables named % in different schemas', (SELECT relname FROM pg_catalog.pg_class WHERE oid = t)
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('tables[%s] is %s', i + 1, t),
					  HINT = 'The copies share one shadow schema; rehearse them in separate runs.';
		END IF;
		-- the script must use the names the copies have, never the originals' qualified names
		IF position(lower(t::text) IN lower(script)) > 0 AND position('.' IN t::text) > 0 THEN
			RAISE EXCEPTION 'the script names % with its schema', t
				USING ERRCODE = 'invalid_parameter_value',
					  DETAIL = 'The rehearsal would change the real table instead of its copy.',
					  HINT = format('Write %s without the schema: the script runs with search_path set to the shadow schema, and to the tables'' schemas on apply.',
									(SELECT quote_ident(relname) FROM pg_catalog.pg_class WHERE oid = t));
		END IF;
		names := names || jsonb_build_object('relname', (SELECT relname FROM pg_catalog.pg_class WHERE oid = t),
											 'nspname', (SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = t));
		oids := oids || to_jsonb(t::oid);
		i := i + 1;
	END LOOP;
	RETURN synthmig_internal.shadow_submit('script',
		jsonb_build_object('tables', (SELECT jsonb_agg(format('%I.%I', n ->> 'nspname', n ->> 'relname')) FROM jsonb_array_elements(names) n),
						   'table_oids', oids, 'names', names, 'rehearse', 'always'),
		script);
END;
$$;

COMMENT ON FUNCTION @extschema@.shadow_run(text, regclass[]) IS
'rehearse a migration script (DDL and DML) on copies of the tables it touches, in a background worker; returns the job id at once';


-- A job of the caller's, locked, or 42704.
CREATE FUNCTION synthmig_internal.shadow_job(job bigint)
RETURNS @extschema@.jobs
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	j @extschema@.jobs;
BEGIN
	SELECT * INTO j FROM @extschema@.jobs WHERE id = job FOR UPDATE;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'shadow run % does not exist', coalesce(job::text, 'NULL')
			USING ERRCODE = 'undefined_object', DETAIL = 'No such job among the jobs this role may see.',
				  HINT = 'SELECT id, state FROM synthmig.shadow_run_list;';
	END IF;
	RETURN j;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_job(bigint) IS
'internal: a shadow run job visible to the caller, locked for update, or 42704';


-- 55000 naming the job, its state and what state the operation needs.
CREATE FUNCTION synthmig_internal.shadow_wrong_state(j @extschema@.jobs, verb text, needed text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RAISE EXCEPTION 'cannot % shadow run %: it is %', verb, j.id, j.state
		USING ERRCODE = 'object_not_in_prerequisite_state',
			  DETAIL = format('%s needs a job that is %s.', verb, needed);
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_wrong_state(@extschema@.jobs, text, text) IS
'internal: the 55000 error of an operation on a job in the wrong state';


-- Cancel a job: a queued one at once, a running one by interrupting its
-- worker (which then records it as cancelled).  A running job's row is
-- locked by its worker for the length of a step: it is read, not locked.
CREATE FUNCTION @extschema@.cancel_shadow_run(job bigint)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	j @extschema@.jobs;
BEGIN
	SELECT * INTO j FROM @extschema@.jobs WHERE id = job;
	IF FOUND AND j.state IN ('running', 'applying') THEN
		IF j.worker_pid IS NOT NULL THEN
			PERFORM pg_catalog.pg_cancel_backend(j.worker_pid);
		END IF;
		RETURN 'cancelling';
	END IF;
	j := synthmig_internal.shadow_job(job);
	IF j.state IN ('queued', 'apply_queued') THEN
		UPDATE @extschema@.jobs SET state = 'cancelled', step = NULL, finished_at = clock_timestamp(),
			   updated_at = clock_timestamp(), retryable = true, cancel_requested = true
		 WHERE id = j.id;
		PERFORM synthmig_internal.shadow_notify(j.id);
		RETURN 'cancelled';
	END IF;
	PERFORM synthmig_internal.shadow_wrong_state(j, 'cancel', 'queued or running');
	RETURN NULL;
END;
$$;

COMMENT ON FUNCTION @extschema@.cancel_shadow_run(bigint) IS
'cancel a shadow run: a queued job at once, a running one by interrupting its worker; returns cancelled or cancelling';


-- Run a failed or cancelled job again from the start (the rehearsal) or,
-- for a failed apply, the apply again.
CREATE FUNCTION @extschema@.retry_shadow_run(job bigint)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	j @extschema@.jobs;
BEGIN
	j := synthmig_internal.shadow_job(job);
	IF j.state NOT IN ('failed', 'cancelled', 'apply_failed') THEN
		PERFORM synthmig_internal.shadow_wrong_state(j, 'retry', 'failed, cancelled or apply_failed');
	END IF;
	PERFORM synthmig_internal.shadow_available();
	PERFORM synthmig_internal.shadow_check_role();
	UPDATE @extschema@.jobs
	   SET state = CASE WHEN j.state = 'apply_failed' THEN 'apply_queued' ELSE 'queued' END,
		   step = NULL, progress = 0, error = NULL, retryable = NULL, cancel_requested = false,
		   worker_pid = NULL, dispatches = 0, finished_at = NULL, updated_at = clock_timestamp()
	 WHERE id = j.id;
	PERFORM synthmig_internal.shadow_notify(j.id);
	PERFORM synthmig_internal.shadow_wake(j.id, j.owner);
	RETURN j.id;
END;
$$;

COMMENT ON FUNCTION @extschema@.retry_shadow_run(bigint) IS
'queue a failed or cancelled shadow run again (a failed apply is applied again); returns the job id';


-- Run a rehearsed migration on the real tables; the worker validates the
-- result as it validated the rehearsal and rolls it back when it does not
-- pass.
CREATE FUNCTION @extschema@.apply_shadow_run(job bigint)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	j @extschema@.jobs;
	t text;
BEGIN
	j := synthmig_internal.shadow_job(job);
	IF j.state <> 'rehearsed' THEN
		PERFORM synthmig_internal.shadow_wrong_state(j, 'apply', 'rehearsed');
	END IF;
	IF NOT coalesce((j.reconciliation ->> 'passed')::boolean, j.step = 'skipped') THEN
		RAISE EXCEPTION 'cannot apply shadow run %: its reconciliation did not pass', j.id
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  DETAIL = coalesce(j.reconciliation ->> 'summary', 'no reconciliation'),
				  HINT = 'Look at synthmig.jobs.reconciliation, change the instruction and submit it again.';
	END IF;
	PERFORM synthmig_internal.shadow_available();
	PERFORM synthmig_internal.shadow_check_role();
	-- the tables must still be there and the caller must own them
	IF j.kind = 'instruction' THEN
		PERFORM synthmig_internal.shadow_table(j.instruction ->> 'source', '$.source', false),
				synthmig_internal.shadow_table(j.instruction ->> 'target', '$.target', true);
	ELSE
		FOR t IN SELECT jsonb_array_elements_text(j.instruction -> 'tables') LOOP
			PERFORM synthmig_internal.shadow_table(t, '$.tables', true);
		END LOOP;
	END IF;
	UPDATE @extschema@.jobs SET state = 'apply_queued', step = NULL, progress = 0, error = NULL, retryable = NULL,
		   cancel_requested = false, worker_pid = NULL, dispatches = 0, updated_at = clock_timestamp()
	 WHERE id = j.id;
	PERFORM synthmig_internal.shadow_notify(j.id);
	PERFORM synthmig_internal.shadow_wake(j.id, j.owner);
	RETURN j.id;
END;
$$;

COMMENT ON FUNCTION @extschema@.apply_shadow_run(bigint) IS
'run a rehearsed shadow run on the real tables in a background worker, validated like the rehearsal (rolled back if it does not pass)';


-- Drop the shadow schema of a job that is not running, and mark it dropped
-- (the job row stays, for its history, until deleted).
CREATE FUNCTION @extschema@.drop_shadow_run(job bigint)
RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	j @extschema@.jobs;
	nsp text;
BEGIN
	j := synthmig_internal.shadow_job(job);
	IF j.state IN ('queued', 'running', 'apply_queued', 'applying') THEN
		PERFORM synthmig_internal.shadow_wrong_state(j, 'drop', 'finished (cancel it first)');
	END IF;
	nsp := synthmig_internal.shadow_schema_name(j.id);
	IF EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = nsp) THEN
		EXECUTE format('DROP SCHEMA %I CASCADE', nsp);
	END IF;
	IF j.remediation_id IS NOT NULL THEN
		DELETE FROM @extschema@.rejects WHERE remediation_id = j.remediation_id
		   AND target_table LIKE nsp || '.%';
	END IF;
	UPDATE @extschema@.jobs SET state = 'dropped', updated_at = clock_timestamp() WHERE id = j.id;
	PERFORM synthmig_internal.shadow_notify(j.id);
	RETURN true;
END;
$$;

COMMENT ON FUNCTION @extschema@.drop_shadow_run(bigint) IS
'drop the shadow schema of a finished shadow run and mark the job dropped';
