-------------------------------------------------------------------------------
-- Synthetic ratio and generation on a schedule through pg_cron
-- (docs/privacy.md#synthetic-ratio, docs/generation.md#scheduled-generation)
-------------------------------------------------------------------------------

-- A run's schedule, and how many of its rows are real rows of the seed table.
ALTER TABLE @extschema@.runs ADD COLUMN schedule_id bigint;
ALTER TABLE @extschema@.runs ADD COLUMN real_rows bigint NOT NULL DEFAULT 0;
GRANT UPDATE (schedule_id, real_rows) ON @extschema@.runs TO PUBLIC;
GRANT INSERT (schedule_id, real_rows, status, finished_at, rows_generated) ON @extschema@.runs TO PUBLIC;


-- generate_into with a synthetic ratio: round(n * ratio) generated rows and
-- the rest real rows sampled from the seed table (their key columns taken
-- from the same generation run, so keys stay unique).
CREATE FUNCTION @extschema@.generate_into(definition_id bigint, n bigint, target regclass,
										  seed bigint, synthetic_ratio double precision)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_ratio		double precision := synthetic_ratio;
	v_seed		bigint := seed;
	v_syn		bigint;
	v_real		bigint;
	v_model		bigint;
	v_tab		jsonb;
	v_src		regclass;
	v_keys		text[];
	v_ins		text;
	v_sel		text;
	v_rows		bigint := 0;
	v_got		bigint;
	v_run		bigint;
BEGIN
	IF definition_id IS NULL OR n IS NULL OR target IS NULL THEN
		RAISE EXCEPTION 'definition_id, n and target must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF n < 0 THEN
		RAISE EXCEPTION 'n must not be negative, got %', n USING ERRCODE = 'invalid_parameter_value';
	END IF;
	PERFORM synthmig_internal.check_table(target, 'target');
	IF NOT has_table_privilege(target, 'INSERT') THEN
		RAISE EXCEPTION 'permission denied for table %', target
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'generate_into needs INSERT on the target table.';
	END IF;
	IF v_ratio IS NULL THEN
		v_ratio := coalesce((@extschema@.get_definition(definition_id) #>> '{privacy,synthetic_ratio}')::double precision, 1);
	END IF;
	IF NOT (v_ratio >= 0 AND v_ratio <= 1) THEN
		RAISE EXCEPTION 'synthetic_ratio must lie between 0 and 1, got %', v_ratio
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = '1 generates every row; 0.9 copies one row in ten from the seed table.';
	END IF;
	IF v_seed IS NULL THEN
		v_seed := (random() * 9007199254740991)::bigint;
	END IF;
	v_syn := round(n * v_ratio)::bigint;
	v_real := n - v_syn;
	IF v_real = 0 THEN
		RETURN @extschema@.generate_into(definition_id, n, target, v_seed);
	END IF;

	-- the seed table of the target's table in the latest model
	SELECT m.id, t INTO v_model, v_tab
	  FROM @extschema@.models m, jsonb_array_elements(m.parameters -> 'tables') t
	 WHERE m.definition_id = generate_into.definition_id
	 ORDER BY m.id DESC, (t ->> 'name' = (SELECT c.relname FROM pg_catalog.pg_class c WHERE c.oid = target)) DESC
	 LIMIT 1;
	IF v_tab IS NULL OR v_tab ->> 'source' IS NULL THEN
		RAISE EXCEPTION 'synthetic_ratio % needs real rows, but the model of definition % has no seed table', v_ratio, definition_id
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  HINT = 'Train the definition from a table, or use synthetic_ratio 1.';
	END IF;
	v_src := (v_tab ->> 'source')::regclass;
	IF NOT has_table_privilege(v_src, 'SELECT') THEN
		RAISE EXCEPTION 'permission denied for table %', v_src
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'Real rows are copied from the seed table: a synthetic ratio below 1 needs SELECT on it.';
	END IF;
	SELECT array_agg(c ->> 'name') INTO v_keys
	  FROM jsonb_array_elements(v_tab #> '{model,columns}') c WHERE (c ->> 'unique')::boolean;

	-- the generated rows 0 .. v_syn - 1 of the run (seed, n)
	IF v_syn > 0 THEN
		v_rows := @extschema@.generate_into(definition_id, v_syn, target, v_seed);
		v_run := (SELECT max(x.id) FROM @extschema@.runs x WHERE x.pid = pg_backend_pid());
	ELSE
		INSERT INTO @extschema@.runs (definition_id, model_id, table_name, target, seed, n, status, finished_at)
		VALUES (generate_into.definition_id, v_model, v_tab ->> 'name', target::text, v_seed, 0, 'done', clock_timestamp())
		RETURNING id INTO v_run;
	END IF;

	-- real rows: the columns the target shares with the seed table, keys
	-- from rows v_syn .. n - 1 of the same run
	SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
		   string_agg(CASE WHEN a.attname = ANY (coalesce(v_keys, '{}')) THEN 'k.' ELSE 'r.' END
					  || quote_ident(a.attname), ', ' ORDER BY a.attnum)
	  INTO v_ins, v_sel
	  FROM pg_catalog.pg_attribute a
	 WHERE a.attrelid = target AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
	   AND (a.attname = ANY (coalesce(v_keys, '{}'))
			OR EXISTS (SELECT 1 FROM pg_catalog.pg_attribute s
						WHERE s.attrelid = v_src AND s.attname = a.attname AND s.attnum > 0 AND NOT s.attisdropped));
	EXECUTE format($f$
		INSERT INTO %1$s (%2$s)
		SELECT %3$s
		  FROM (SELECT s.*, row_number() OVER () AS sm_rn
				  FROM (SELECT * FROM %4$s ORDER BY random() LIMIT $1) s) r
		  JOIN (SELECT (x.g).*, x.sm_rn - $2 AS sm_rn
				  FROM (SELECT y.g, row_number() OVER () AS sm_rn
						  FROM (SELECT @extschema@.generate(NULL::%1$s, $3, $4, $5) AS g) y) x
				 WHERE x.sm_rn > $2) k USING (sm_rn)$f$,
		target, v_ins, v_sel, v_src)
		USING v_real, v_syn, n, v_seed, definition_id;
	GET DIAGNOSTICS v_got = ROW_COUNT;
	-- the generate() above recorded a run of its own: it was only the keys
	DELETE FROM @extschema@.runs x WHERE x.pid = pg_backend_pid() AND x.id > v_run AND x.target IS NULL;
	UPDATE @extschema@.runs x SET real_rows = v_got WHERE x.id = v_run;
	RETURN v_rows + v_got;
END;
$$;

COMMENT ON FUNCTION @extschema@.generate_into(bigint, bigint, regclass, bigint, double precision) IS
'generate_into with a synthetic ratio (NULL: the definition''s privacy.synthetic_ratio, else 1): the rest are real rows of the seed table with generated keys, counted in runs.real_rows';


-- Generation schedules: records per day delivered in chunks by pg_cron.
CREATE TABLE @extschema@.schedules (
	id				bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	definition_id	bigint NOT NULL REFERENCES @extschema@.definitions (id) ON DELETE CASCADE,
	target			regclass NOT NULL,
	records_per_day	bigint NOT NULL CHECK (records_per_day > 0),
	every			interval NOT NULL,
	chunk_rows		bigint NOT NULL CHECK (chunk_rows > 0),
	synthetic_ratio	double precision CHECK (synthetic_ratio BETWEEN 0 AND 1),
	score			boolean NOT NULL DEFAULT true,
	until			timestamptz,
	cron_schedule	text NOT NULL,
	seed			bigint NOT NULL DEFAULT (random() * 9007199254740991)::bigint,
	job_id			bigint,
	active			boolean NOT NULL DEFAULT true,
	owner			regrole NOT NULL DEFAULT current_user::regrole,
	created_at		timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE @extschema@.schedules IS
'generation schedules: a definition''s rows delivered into a table in chunks through the day by a pg_cron job';

ALTER TABLE @extschema@.schedules ENABLE ROW LEVEL SECURITY;
CREATE POLICY schedules_owner ON @extschema@.schedules
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE')
				AND EXISTS (SELECT 1 FROM @extschema@.definitions s
							 WHERE s.id = definition_id
							   AND pg_has_role(schedules.owner, s.owner, 'MEMBER')));
GRANT SELECT, DELETE ON @extschema@.schedules TO PUBLIC;
GRANT INSERT (definition_id, target, records_per_day, every, chunk_rows, synthetic_ratio, score, until, cron_schedule)
	ON @extschema@.schedules TO PUBLIC;
GRANT UPDATE (job_id, active) ON @extschema@.schedules TO PUBLIC;


-- pg_cron must be preloaded, created, and run jobs of this database.
CREATE FUNCTION synthmig_internal.check_pg_cron()
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_db	text;
	v_known	boolean := true;
BEGIN
	-- cron.database_name exists when pg_cron is preloaded; only roles that
	-- may read settings (superusers, pg_read_all_settings) can see it
	BEGIN
		v_db := current_setting('cron.database_name', true);
	EXCEPTION WHEN insufficient_privilege THEN
		v_known := false;
	END;
	IF v_known AND v_db IS NULL THEN
		RAISE EXCEPTION 'pg_cron is not preloaded'
			USING ERRCODE = 'feature_not_supported',
				  HINT = 'Add pg_cron to shared_preload_libraries, set cron.database_name, restart the server and CREATE EXTENSION pg_cron.';
	END IF;
	IF v_known AND v_db IS DISTINCT FROM current_database() THEN
		RAISE EXCEPTION 'pg_cron runs the jobs of database %, not %', v_db, current_database()
			USING ERRCODE = 'feature_not_supported',
				  HINT = 'Schedule generation from the database named by cron.database_name.';
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
					WHERE n.nspname = 'cron' AND p.proname = 'schedule') THEN
		RAISE EXCEPTION 'pg_cron is not installed in database %', current_database()
			USING ERRCODE = 'feature_not_supported',
				  HINT = 'pg_cron must be in shared_preload_libraries and created (CREATE EXTENSION pg_cron) in the database named by cron.database_name; schedule from that database.';
	END IF;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.check_pg_cron() IS
'raise a clear error unless pg_cron is preloaded, installed and running jobs of the current database';


-- The cron expression of an interval that divides a day.
CREATE FUNCTION synthmig_internal.cron_expression(every interval)
RETURNS text
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	secs	numeric := extract(epoch FROM every);
	m		integer;
BEGIN
	IF secs > 0 AND secs <= 86400 AND secs % 60 = 0 THEN
		m := (secs / 60)::integer;
		IF m = 1440 THEN
			RETURN '0 0 * * *';
		ELSIF m < 60 AND 60 % m = 0 THEN
			RETURN format('*/%s * * * *', m);
		ELSIF m >= 60 AND m % 60 = 0 AND 24 % (m / 60) = 0 THEN
			RETURN format('0 */%s * * *', m / 60);
		END IF;
	END IF;
	RAISE EXCEPTION 'a schedule runs every minute count that divides an hour, every hour count that divides a day, or daily; not every %', every
		USING ERRCODE = 'invalid_parameter_value',
			  HINT = 'For example ''1 minute'', ''15 minutes'', ''1 hour'', ''6 hours'' or ''1 day''.';
END;
$$;

COMMENT ON FUNCTION synthmig_internal.cron_expression(interval) IS
'the pg_cron expression running every given interval (minutes dividing an hour, hours dividing a day, or a day)';


-- Install a schedule: a pg_cron job, owned and run by the caller.
CREATE FUNCTION @extschema@.schedule_generation(definition_id bigint, target regclass,
	records_per_day bigint DEFAULT NULL, every interval DEFAULT '1 hour',
	until timestamptz DEFAULT NULL, synthetic_ratio double precision DEFAULT NULL,
	score boolean DEFAULT true)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_def	jsonb;
	v_rpd	bigint := records_per_day;
	v_cron	text;
	v_id	bigint;
	v_job	bigint;
BEGIN
	IF definition_id IS NULL OR target IS NULL OR every IS NULL THEN
		RAISE EXCEPTION 'definition_id, target and every must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	v_def := @extschema@.get_definition(definition_id);
	v_rpd := coalesce(v_rpd, (v_def #>> '{target_volume,records_per_day}')::bigint);
	IF v_rpd IS NULL OR v_rpd <= 0 THEN
		RAISE EXCEPTION 'records_per_day must be positive, got %', coalesce(v_rpd::text, 'none')
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Pass records_per_day, or put "target_volume": {"records_per_day": N} into the definition.';
	END IF;
	IF synthetic_ratio IS NOT NULL AND NOT (synthetic_ratio BETWEEN 0 AND 1) THEN
		RAISE EXCEPTION 'synthetic_ratio must lie between 0 and 1, got %', synthetic_ratio
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF until IS NOT NULL AND until <= now() THEN
		RAISE EXCEPTION 'until must lie in the future'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	v_cron := synthmig_internal.cron_expression(every);
	PERFORM synthmig_internal.check_table(target, 'target');
	IF NOT has_table_privilege(target, 'INSERT') THEN
		RAISE EXCEPTION 'permission denied for table %', target
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'The job runs as you: it needs INSERT on the target table.';
	END IF;
	IF NOT EXISTS (SELECT 1 FROM @extschema@.models m WHERE m.definition_id = schedule_generation.definition_id) THEN
		RAISE EXCEPTION 'definition % has no model', definition_id
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  HINT = 'Train it first with synthmig.train().';
	END IF;
	PERFORM synthmig_internal.check_pg_cron();
	INSERT INTO @extschema@.schedules (definition_id, target, records_per_day, every, chunk_rows,
									   synthetic_ratio, score, until, cron_schedule)
	VALUES (definition_id, target, v_rpd, every,
			greatest(1, ceil(v_rpd * extract(epoch FROM every) / 86400))::bigint,
			synthetic_ratio, score, until, v_cron)
	RETURNING id INTO v_id;
	-- cron.schedule records current_user as the job's owner: the job runs with the caller's rights
	EXECUTE 'SELECT cron.schedule($1, $2, $3)'
		INTO v_job USING 'synthmig_schedule_' || v_id, v_cron, format('SELECT synthmig.run_schedule(%s)', v_id);
	UPDATE @extschema@.schedules s SET job_id = v_job WHERE s.id = v_id;
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.schedule_generation(bigint, regclass, bigint, interval, timestamptz, double precision, boolean) IS
'deliver records_per_day rows (default: the definition''s target_volume) into a table in chunks every interval through a pg_cron job run as the caller; returns the schedule id';


-- The same, for one of the current role's definitions by name.
CREATE FUNCTION @extschema@.schedule_generation(definition text, target regclass,
	records_per_day bigint DEFAULT NULL, every interval DEFAULT '1 hour',
	until timestamptz DEFAULT NULL, synthetic_ratio double precision DEFAULT NULL,
	score boolean DEFAULT true)
RETURNS bigint
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.schedule_generation(@extschema@.definition_id(definition), target,
											 records_per_day, every, until, synthetic_ratio, score) $$;

COMMENT ON FUNCTION @extschema@.schedule_generation(text, regclass, bigint, interval, timestamptz, double precision, boolean) IS
'schedule_generation(definition_id(name), ...): schedule one of the current role''s definitions, by name';


-- One chunk of a schedule (the pg_cron job's command).
CREATE FUNCTION @extschema@.run_schedule(schedule_id bigint)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	s		record;
	v_today	bigint;
	v_total	bigint;
	v_n		bigint;
	v_rows	bigint;
	v_run	bigint;
BEGIN
	SELECT * INTO s FROM @extschema@.schedules x WHERE x.id = schedule_id;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'schedule % does not exist', schedule_id
			USING ERRCODE = 'undefined_object',
				  HINT = 'List your schedules with SELECT * FROM synthmig.schedule_status.';
	END IF;
	IF NOT s.active THEN
		RETURN 0;
	END IF;
	IF s.until IS NOT NULL AND now() >= s.until THEN
		PERFORM @extschema@.unschedule_generation(schedule_id);
		RETURN 0;
	END IF;
	-- never two chunks of one schedule at a time: a chunk still running makes this one a no-op
	IF NOT pg_try_advisory_xact_lock(hashtext('synthmig.schedules'), hashtext(schedule_id::text)) THEN
		RETURN 0;
	END IF;
	SELECT coalesce(sum(r.rows_generated + r.real_rows) FILTER (WHERE r.started_at >= date_trunc('day', now())), 0),
		   coalesce(sum(r.n + r.real_rows), 0)
	  INTO v_today, v_total
	  FROM @extschema@.runs r
	 WHERE r.schedule_id = run_schedule.schedule_id;
	v_n := least(s.chunk_rows, s.records_per_day - v_today);
	IF v_n <= 0 THEN
		RETURN 0;
	END IF;
	-- chunk k is the next slice of one run (seed of the schedule): keys stay unique across chunks
	PERFORM set_config('synthmig.generate_first_row', v_total::text, true);
	v_rows := @extschema@.generate_into(s.definition_id, v_n, s.target, s.seed, s.synthetic_ratio);
	PERFORM set_config('synthmig.generate_first_row', '0', true);
	SELECT max(r.id) INTO v_run FROM @extschema@.runs r
	 WHERE r.pid = pg_backend_pid() AND r.target IS NOT NULL;
	UPDATE @extschema@.runs r SET schedule_id = run_schedule.schedule_id WHERE r.id = v_run;
	IF s.score THEN
		BEGIN
			PERFORM @extschema@.score_run(v_run);
		EXCEPTION WHEN invalid_parameter_value OR object_not_in_prerequisite_state OR insufficient_privilege THEN
			NULL;	-- a model without a seed table, or no right to read it: unscored
		END;
	END IF;
	RETURN v_rows;
END;
$$;

COMMENT ON FUNCTION @extschema@.run_schedule(bigint) IS
'deliver one chunk of a schedule (what its pg_cron job runs): at most chunk_rows, never beyond records_per_day today, one chunk at a time; returns the rows written';


-- Remove a schedule's pg_cron job; the schedule is kept, inactive, with its runs.
CREATE FUNCTION @extschema@.unschedule_generation(schedule_id bigint)
RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	s record;
BEGIN
	SELECT * INTO s FROM @extschema@.schedules x WHERE x.id = schedule_id;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'schedule % does not exist', schedule_id
			USING ERRCODE = 'undefined_object',
				  HINT = 'List your schedules with SELECT * FROM synthmig.schedule_status.';
	END IF;
	IF s.job_id IS NOT NULL AND to_regclass('cron.job') IS NOT NULL THEN
		EXECUTE 'SELECT cron.unschedule(j.jobid) FROM cron.job j WHERE j.jobid = $1' USING s.job_id;
	END IF;
	UPDATE @extschema@.schedules x SET active = false, job_id = NULL WHERE x.id = schedule_id;
	RETURN s.active;
END;
$$;

COMMENT ON FUNCTION @extschema@.unschedule_generation(bigint) IS
'remove the pg_cron job of a schedule and mark it inactive (its runs stay); returns whether it was active';


-- The dashboard: per schedule, what was delivered today and overall, how
-- fast, and the last quality and privacy scores.
CREATE VIEW @extschema@.schedule_status
WITH (security_invoker = true) AS
SELECT s.id, d.name AS definition, s.target, s.records_per_day, s.every, s.chunk_rows,
	   s.synthetic_ratio, s.active, s.job_id, s.until,
	   coalesce(r.rows_today, 0) AS rows_today,
	   coalesce(r.rows_total, 0) AS rows_total,
	   coalesce(r.chunks, 0) AS chunks,
	   r.last_run_at,
	   r.rows_per_second,
	   q.quality_score, q.new_row_synthesis, q.dcr_baseline_protection, q.scored_at,
	   m.parameters -> 'dp' ->> 'epsilon' AS model_epsilon
  FROM @extschema@.schedules s
  JOIN @extschema@.definitions d ON d.id = s.definition_id
  LEFT JOIN LATERAL (
	SELECT sum(x.rows_generated + x.real_rows) FILTER (WHERE x.started_at >= date_trunc('day', now())) AS rows_today,
		   sum(x.rows_generated + x.real_rows) AS rows_total, count(*) AS chunks,
		   max(x.started_at) AS last_run_at,
		   round((sum(x.rows_generated) / nullif(sum(extract(epoch FROM x.duration)), 0))::numeric, 1) AS rows_per_second
	  FROM @extschema@.runs x WHERE x.schedule_id = s.id) r ON true
  LEFT JOIN LATERAL (
	SELECT (x.quality ->> 'score')::double precision AS quality_score,
		   (x.privacy ->> 'new_row_synthesis')::double precision AS new_row_synthesis,
		   (x.privacy ->> 'dcr_baseline_protection')::double precision AS dcr_baseline_protection,
		   x.finished_at AS scored_at
	  FROM @extschema@.runs x WHERE x.schedule_id = s.id AND x.quality IS NOT NULL
	 ORDER BY x.id DESC LIMIT 1) q ON true
  LEFT JOIN LATERAL (
	SELECT x.parameters FROM @extschema@.models x WHERE x.definition_id = s.definition_id
	 ORDER BY x.id DESC LIMIT 1) m ON true;

COMMENT ON VIEW @extschema@.schedule_status IS
'generation dashboard: per schedule, rows delivered today and in total, chunks, speed, last quality score and privacy scores (NewRowSynthesis, DCR baseline protection), the model''s epsilon';

GRANT SELECT ON @extschema@.schedule_status TO PUBLIC;
