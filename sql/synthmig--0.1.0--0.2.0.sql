/*
 * synthmig 0.1.0 -> 0.2.0: the generation engine (models, runs, generate,
 * quality and privacy scores).
 */
\echo Use "ALTER EXTENSION synthmig UPDATE TO '0.2.0'" to load this file. \quit

-------------------------------------------------------------------------------
-- Quality and privacy scores (SDMetrics definitions)
-------------------------------------------------------------------------------

-- SDMetrics Quality Report of a synthetic table against the real one:
-- Column Shapes (KSComplement / TVComplement), Column Pair Trends
-- (CorrelationSimilarity / ContingencySimilarity) and their mean.
CREATE FUNCTION @extschema@.quality("real" regclass, synthetic regclass)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'synthmig_quality'
LANGUAGE C STRICT STABLE PARALLEL UNSAFE;

COMMENT ON FUNCTION @extschema@.quality(regclass, regclass) IS
'SDMetrics-style quality report of a synthetic table against the real one (column shapes, column pair trends, overall score in [0,1])';

-- Privacy: NewRowSynthesis and DCRBaselineProtection (distance to closest
-- record, against a random baseline).
CREATE FUNCTION @extschema@.privacy("real" regclass, synthetic regclass)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'synthmig_privacy'
LANGUAGE C STRICT STABLE PARALLEL UNSAFE;

COMMENT ON FUNCTION @extschema@.privacy(regclass, regclass) IS
'privacy scores of a synthetic table against the real one: new_row_synthesis, DCR medians and dcr_baseline_protection';

-------------------------------------------------------------------------------
-- Models, training and generation
-------------------------------------------------------------------------------

-- A training of a definition: one model per table, stored as parameters
-- (quantiles, category frequencies, correlations, hashes), never rows.
CREATE TABLE @extschema@.models (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	schema_id	bigint NOT NULL REFERENCES @extschema@.schemas (id) ON DELETE CASCADE,
	parameters	jsonb NOT NULL,
	metrics		jsonb NOT NULL DEFAULT '{}',
	owner		regrole NOT NULL DEFAULT current_user::regrole,
	created_at	timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX models_schema_id_idx ON @extschema@.models (schema_id, id DESC);

COMMENT ON TABLE @extschema@.models IS
'model registry: fitted parameters of every table of a schema definition; each role sees its own';

ALTER TABLE @extschema@.models ENABLE ROW LEVEL SECURITY;
CREATE POLICY models_owner ON @extschema@.models
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE'));
GRANT SELECT, DELETE ON @extschema@.models TO PUBLIC;
GRANT INSERT (schema_id, parameters, metrics) ON @extschema@.models TO PUBLIC;

-- Every generation run: what, how many, how fast, and the scores when measured.
CREATE TABLE @extschema@.runs (
	id				bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	schema_id		bigint,
	model_id		bigint,
	table_name		text,
	target			text,
	seed			bigint NOT NULL,
	n				bigint NOT NULL,
	rows_generated	bigint NOT NULL DEFAULT 0,
	status			text NOT NULL DEFAULT 'running'
		CHECK (status IN ('running', 'done', 'stopped')),
	started_at		timestamptz NOT NULL DEFAULT clock_timestamp(),
	finished_at		timestamptz,
	duration		interval GENERATED ALWAYS AS (finished_at - started_at) STORED,
	rows_per_second	double precision,
	quality			jsonb,
	privacy			jsonb,
	pid				integer NOT NULL DEFAULT pg_backend_pid(),
	owner			regrole NOT NULL DEFAULT current_user::regrole
);

COMMENT ON TABLE @extschema@.runs IS
'generation runs: schema, model, seed, n, duration, rows per second, scores';

ALTER TABLE @extschema@.runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY runs_owner ON @extschema@.runs
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE'));
GRANT SELECT, DELETE ON @extschema@.runs TO PUBLIC;
GRANT INSERT (schema_id, model_id, table_name, target, seed, n) ON @extschema@.runs TO PUBLIC;
GRANT UPDATE (rows_generated, status, finished_at, rows_per_second, quality, privacy, target)
	ON @extschema@.runs TO PUBLIC;

-- Fit one table of a definition from a seed table (NULL: constraints only).
CREATE FUNCTION @extschema@._fit_table(table_def jsonb, source regclass, sample_rows integer)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'synthmig_fit_table'
LANGUAGE C VOLATILE;

-- Train every table of a definition; returns the model id.
CREATE FUNCTION @extschema@.train(schema_id bigint, sources jsonb DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	v_def		jsonb;
	v_tab		jsonb;
	v_src		text;
	v_rel		regclass;
	v_tables	jsonb := '[]';
	v_metrics	jsonb := '{}';
	v_model		jsonb;
	v_t0		timestamptz;
	v_id		bigint;
BEGIN
	IF schema_id IS NULL THEN
		RAISE EXCEPTION 'schema_id must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF sources IS NOT NULL AND jsonb_typeof(sources) <> 'object' THEN
		RAISE EXCEPTION 'sources must be a JSON object mapping table names to tables'
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'For example ''{"customers": "public.customers_seed"}''.';
	END IF;
	v_def := @extschema@.get_schema(schema_id);
	IF sources IS NOT NULL THEN
		SELECT k INTO v_src FROM jsonb_object_keys(sources) k
		 WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_def -> 'tables') t WHERE t ->> 'name' = k)
		 LIMIT 1;
		IF v_src IS NOT NULL THEN
			RAISE EXCEPTION 'sources names table "%", which the definition does not have', v_src
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
	END IF;

	FOR v_tab IN SELECT t FROM jsonb_array_elements(v_def -> 'tables') t LOOP
		-- the seed table: from sources, else where the definition came from
		v_src := CASE WHEN sources ? (v_tab ->> 'name') THEN sources ->> (v_tab ->> 'name')
					  ELSE v_tab ->> 'source' END;
		v_rel := CASE WHEN v_src IS NULL THEN NULL ELSE v_src::regclass END;
		v_t0 := clock_timestamp();
		v_model := @extschema@._fit_table(v_tab, v_rel,
					   current_setting('synthmig.train_sample_rows')::integer);
		v_tables := v_tables || jsonb_build_array(jsonb_build_object(
			'name', v_tab ->> 'name', 'source', v_rel::text, 'model', v_model));
		v_metrics := v_metrics || jsonb_build_object(v_tab ->> 'name', jsonb_build_object(
			'seconds', round(extract(epoch FROM clock_timestamp() - v_t0)::numeric, 3),
			'source', v_rel::text));
	END LOOP;

	INSERT INTO @extschema@.models (schema_id, parameters, metrics)
	VALUES (schema_id, jsonb_build_object('tables', v_tables), v_metrics)
	RETURNING id INTO v_id;
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.train(bigint, jsonb) IS
'fit a model for every table of a definition from its seed tables; returns the model id';

-- Catalog import, definition and training of one table in one call.
CREATE FUNCTION @extschema@.learn(source regclass)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	v_id bigint;
BEGIN
	IF source IS NULL THEN
		RAISE EXCEPTION 'source must not be null' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	v_id := @extschema@.define_schema(source::text, @extschema@.schema_from_catalog(ARRAY[source]));
	PERFORM @extschema@.train(v_id);
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.learn(regclass) IS
'import a table from the catalog, define it under its name and train it; returns the schema id';

-- Rows as JSON objects.
CREATE FUNCTION @extschema@.generate(schema_id bigint, n bigint, seed bigint DEFAULT NULL,
									 table_name text DEFAULT NULL)
RETURNS SETOF jsonb
AS 'MODULE_PATHNAME', 'synthmig_generate_json'
LANGUAGE C CALLED ON NULL INPUT VOLATILE;

COMMENT ON FUNCTION @extschema@.generate(bigint, bigint, bigint, text) IS
'generate n rows of a trained table as JSON objects (row i depends only on model, seed and i)';

-- generate(42, 1000) with integer literals: without this overload the call
-- would be ambiguous between the bigint form and the typed (anyelement) form.
CREATE FUNCTION @extschema@.generate(schema_id integer, n bigint, seed bigint DEFAULT NULL,
									 table_name text DEFAULT NULL)
RETURNS SETOF jsonb
LANGUAGE sql
AS $$ SELECT * FROM @extschema@.generate(schema_id::bigint, n, seed, table_name) $$;

COMMENT ON FUNCTION @extschema@.generate(integer, bigint, bigint, text) IS
'generate(bigint, ...) for a schema id written as an integer literal';

-- Rows of a table's own row type: generate(NULL::public.t, n).
CREATE FUNCTION @extschema@.generate(rowtype anyelement, n bigint, seed bigint DEFAULT NULL,
									 schema_id bigint DEFAULT NULL)
RETURNS SETOF anyelement
AS 'MODULE_PATHNAME', 'synthmig_generate_typed'
LANGUAGE C CALLED ON NULL INPUT VOLATILE;

COMMENT ON FUNCTION @extschema@.generate(anyelement, bigint, bigint, bigint) IS
'generate n rows typed like the given row type (for INSERT ... SELECT and COPY)';

-- Write n generated rows into a table, streaming (constant memory).
CREATE FUNCTION @extschema@.generate_into(schema_id bigint, n bigint, target regclass,
										  seed bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	v_cols	text;
	v_sel	text;
	v_rows	bigint;
	v_seed	bigint := seed;
	v_checks text;
BEGIN
	IF schema_id IS NULL OR n IS NULL OR target IS NULL THEN
		RAISE EXCEPTION 'schema_id, n and target must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF NOT has_table_privilege(target, 'INSERT') THEN
		RAISE EXCEPTION 'permission denied for table %', target
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'generate_into needs INSERT on the target table.';
	END IF;
	IF v_seed IS NULL THEN
		v_seed := (random() * 9007199254740991)::bigint;
	END IF;
	-- only the columns the model generates; the others take their defaults
	SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
		   string_agg(format('(s.r).%I', a.attname), ', ' ORDER BY a.attnum)
	  INTO v_cols, v_sel
	  FROM pg_attribute a
	 WHERE a.attrelid = target AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
	   AND a.attname = ANY (@extschema@._model_columns(schema_id, target));
	IF v_cols IS NULL THEN
		RAISE EXCEPTION 'table % has no column that the model of schema % generates', target, schema_id
			USING ERRCODE = 'datatype_mismatch',
				  HINT = 'The target''s columns must be named like the columns of the definition.';
	END IF;
	-- CHECK constraints of the target: generated rows that break one are
	-- skipped and replaced by the next rows of the same run (rows n, n+1,
	-- ...), up to twice n rows; the statement fails, writing nothing, if
	-- fewer than n rows pass.
	SELECT string_agg('(' || pg_get_expr(c.conbin, c.conrelid) || ')', ' AND ' ORDER BY c.conname)
	  INTO v_checks
	  FROM pg_constraint c
	 WHERE c.conrelid = target AND c.contype = 'c';
	IF v_checks IS NOT NULL THEN
		EXECUTE format('INSERT INTO %s (%s) SELECT %s FROM (SELECT * FROM @extschema@.generate(NULL::%s, $1, $2, $3) g WHERE %s LIMIT $4) g',
					   target, v_cols, replace(v_sel, '(s.r).', 'g.'), target, v_checks)
			USING least(n * 2, 1000000000000), v_seed, schema_id, n;
		GET DIAGNOSTICS v_rows = ROW_COUNT;
		IF v_rows < n THEN
			RAISE EXCEPTION 'only % of % generated rows satisfy the CHECK constraints of %', v_rows, n * 2, target
				USING ERRCODE = 'check_violation',
					  DETAIL = 'The constraints are: ' || v_checks,
					  HINT = 'Put the constraints into the definition (min, max, values, pattern) and train again.';
		END IF;
	ELSIF (SELECT c.relrowsecurity FROM pg_class c WHERE c.oid = target) THEN
		-- COPY FROM does not apply row-level security: use INSERT, where a
		-- set-returning function in the select list streams row by row
		EXECUTE format('INSERT INTO %s (%s) SELECT %s FROM (SELECT @extschema@.generate(NULL::%s, $1, $2, $3) AS r) s',
					   target, v_cols, v_sel, target)
			USING n, v_seed, schema_id;
		GET DIAGNOSTICS v_rows = ROW_COUNT;
	ELSE
		-- the bulk path: COPY FROM fed by the generator (multi-row inserts)
		v_rows := @extschema@._copy_generated(schema_id, n, target, v_seed);
	END IF;
	UPDATE @extschema@.runs r SET target = generate_into.target::text
	 WHERE r.id = (SELECT max(x.id) FROM @extschema@.runs x WHERE x.pid = pg_backend_pid());
	RETURN v_rows;
END;
$$;

COMMENT ON FUNCTION @extschema@.generate_into(bigint, bigint, regclass, bigint) IS
'generate n rows straight into a table; returns the number of rows written';

-- Generate n rows into a table through COPY FROM (internal; generate_into).
CREATE FUNCTION @extschema@._copy_generated(schema_id bigint, n bigint, target regclass, seed bigint)
RETURNS bigint
AS 'MODULE_PATHNAME', 'synthmig_copy_generated'
LANGUAGE C VOLATILE;

-- The model's column names for a target table (internal).
CREATE FUNCTION @extschema@._model_columns(schema_id bigint, target regclass)
RETURNS text[]
AS 'MODULE_PATHNAME', 'synthmig_model_columns'
LANGUAGE C STRICT STABLE;

-- Generation runs in progress in other sessions.
CREATE VIEW @extschema@.progress
WITH (security_invoker = true) AS
SELECT a.pid, a.usename, a.query_start,
	   substring(a.query FROM 'synthmig: (.*)$') AS progress
  FROM pg_stat_activity a
 WHERE a.query LIKE 'synthmig: %';

GRANT SELECT ON @extschema@.progress TO PUBLIC;

-- Score a generate_into run against its seed table and keep the scores in
-- synthmig.runs (quality and privacy columns).
CREATE FUNCTION @extschema@.score_run(run_id bigint)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	r		record;
	v_src	text;
	v_q		jsonb;
	v_p		jsonb;
BEGIN
	SELECT * INTO r FROM @extschema@.runs x WHERE x.id = run_id;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'run % does not exist', run_id
			USING ERRCODE = 'undefined_object',
				  HINT = 'List your runs with SELECT * FROM synthmig.runs.';
	END IF;
	IF r.target IS NULL THEN
		RAISE EXCEPTION 'run % wrote no table', run_id
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  HINT = 'Runs of generate_into can be scored; for generate(), call synthmig.quality(real, synthetic).';
	END IF;
	SELECT t ->> 'source' INTO v_src
	  FROM @extschema@.models m, jsonb_array_elements(m.parameters -> 'tables') t
	 WHERE m.id = r.model_id AND t ->> 'name' = r.table_name;
	IF v_src IS NULL THEN
		RAISE EXCEPTION 'the model of run % was not trained from a table', run_id
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  HINT = 'Score it against a table of real rows with synthmig.quality(real, synthetic).';
	END IF;
	v_q := @extschema@.quality(v_src::regclass, r.target::regclass);
	v_p := @extschema@.privacy(v_src::regclass, r.target::regclass);
	UPDATE @extschema@.runs x SET quality = v_q, privacy = v_p WHERE x.id = run_id;
	RETURN jsonb_build_object('quality', v_q, 'privacy', v_p);
END;
$$;

COMMENT ON FUNCTION @extschema@.score_run(bigint) IS
'compute quality and privacy of a generate_into run against its seed table and store them in synthmig.runs';
