-------------------------------------------------------------------------------
-- Differential privacy: private training and the budget ledger
-- (docs/privacy.md)
-------------------------------------------------------------------------------

-- Fit one table under (epsilon, delta)-differential privacy (src/generate/train_dp.c).
CREATE FUNCTION synthmig_internal.fit_table_dp(table_def jsonb, source regclass,
	sample_rows integer, epsilon double precision, delta double precision,
	mechanism text, bins integer, correlation_share double precision)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'synthmig_fit_table_dp'
SET search_path = pg_catalog, pg_temp
LANGUAGE C VOLATILE;

COMMENT ON FUNCTION synthmig_internal.fit_table_dp(jsonb, regclass, integer, double precision,
	double precision, text, integer, double precision) IS
'fit one table of a definition with differential privacy; the model records the split of epsilon';


-- The ledger: every private fit's spending, per seed table and role, and the resets.
CREATE TABLE @extschema@.privacy_ledger (
	id				bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	source_table	oid NOT NULL,
	source_name		text NOT NULL,
	role_name		name NOT NULL DEFAULT current_user,
	kind			text NOT NULL DEFAULT 'fit' CHECK (kind IN ('fit', 'reset')),
	epsilon			double precision NOT NULL DEFAULT 0
		CHECK (epsilon >= 0 AND epsilon <> 'Infinity'),
	delta			double precision NOT NULL DEFAULT 0 CHECK (delta >= 0 AND delta < 1),
	definition_id	bigint,
	model_id		bigint,
	note			text,
	recorded_at		timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX privacy_ledger_source_idx ON @extschema@.privacy_ledger (source_table, id);

COMMENT ON TABLE @extschema@.privacy_ledger IS
'differential privacy budget ledger: epsilon and delta spent by each private fit on a seed table, and superuser resets';

ALTER TABLE @extschema@.privacy_ledger ENABLE ROW LEVEL SECURITY;

-- A role sees its own entries, and every entry of a table it can read (so
-- that it knows what is left of that table's budget).  It can only add
-- spending of its own, on a table it can read; nothing is ever updated or
-- deleted (resets are rows too, inserted by superusers, who bypass RLS).
CREATE POLICY privacy_ledger_read ON @extschema@.privacy_ledger FOR SELECT
	USING (pg_has_role(current_user, role_name, 'USAGE')
		   OR coalesce(has_table_privilege(source_table, 'SELECT'), false));
CREATE POLICY privacy_ledger_spend ON @extschema@.privacy_ledger FOR INSERT
	WITH CHECK (role_name = current_user AND kind = 'fit'
				AND coalesce(has_table_privilege(source_table, 'SELECT'), false));
GRANT SELECT ON @extschema@.privacy_ledger TO PUBLIC;
GRANT INSERT (source_table, source_name, epsilon, delta, definition_id, model_id, note)
	ON @extschema@.privacy_ledger TO PUBLIC;


-- What has been spent on a table since its last reset, and what is left.
CREATE FUNCTION @extschema@.privacy_budget(source regclass,
	OUT epsilon_spent double precision, OUT delta_spent double precision,
	OUT epsilon_budget double precision, OUT delta_budget double precision,
	OUT epsilon_left double precision, OUT delta_left double precision,
	OUT fits bigint, OUT last_reset timestamptz)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	WITH r AS (
		SELECT max(l.id) AS id, max(l.recorded_at) AS at
		  FROM @extschema@.privacy_ledger l
		 WHERE l.source_table = source AND l.kind = 'reset'),
	s AS (
		SELECT coalesce(sum(l.epsilon), 0) AS e, coalesce(sum(l.delta), 0) AS d, count(*) AS n
		  FROM @extschema@.privacy_ledger l, r
		 WHERE l.source_table = source AND l.kind = 'fit' AND l.id > coalesce(r.id, 0))
	SELECT s.e, s.d, b.e, b.d, greatest(b.e - s.e, 0), greatest(b.d - s.d, 0), s.n, r.at
	  FROM s, r, synthmig_internal.dp_budget() b
$$;

COMMENT ON FUNCTION @extschema@.privacy_budget(regclass) IS
'epsilon and delta spent on a seed table by private fits since its last reset, the budget (synthmig.dp_budget_per_table, synthmig.dp_delta_budget_per_table) and what is left';


-- The budget GUCs (a C function, so that calling it loads the module and its GUCs).
CREATE FUNCTION synthmig_internal.dp_budget(OUT e double precision, OUT d double precision)
AS 'MODULE_PATHNAME', 'synthmig_dp_budget'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STABLE;

COMMENT ON FUNCTION synthmig_internal.dp_budget() IS
'the per-table privacy budget: synthmig.dp_budget_per_table and synthmig.dp_delta_budget_per_table';


-- Check that a fit of (epsilon, delta) on a table fits in what is left;
-- locks the table's ledger until the end of the transaction.
CREATE FUNCTION synthmig_internal.check_privacy_budget(source regclass,
	epsilon double precision, delta double precision)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	b record;
BEGIN
	-- one private fit of a table at a time: the check and the spending are atomic
	PERFORM pg_advisory_xact_lock(hashtext('synthmig.privacy_ledger'), hashtext(source::oid::text));
	b := @extschema@.privacy_budget(source);
	IF epsilon > b.epsilon_left * (1 + 1e-12) OR delta > b.delta_left * (1 + 1e-12) THEN
		RAISE EXCEPTION 'privacy budget of table % exceeded: this fit needs epsilon % and delta %, but only epsilon % and delta % are left',
			source, epsilon, delta, round(b.epsilon_left * 1e9) / 1e9, round(b.delta_left * 1e15) / 1e15
			USING ERRCODE = 'configuration_limit_exceeded',
				  DETAIL = format('%s fit(s) have spent epsilon %s and delta %s of the budget (%s, %s) since %s.',
								  b.fits, round(b.epsilon_spent * 1e9) / 1e9, round(b.delta_spent * 1e15) / 1e15,
								  b.epsilon_budget, b.delta_budget,
								  coalesce('the reset of ' || b.last_reset::text, 'the first fit')),
				  HINT = 'Train with a smaller epsilon, or ask a superuser to raise synthmig.dp_budget_per_table or to reset the ledger with synthmig.reset_privacy_budget().';
	END IF;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.check_privacy_budget(regclass, double precision, double precision) IS
'refuse a private fit that would exceed the table''s budget, saying what is left';


-- Reset a table's ledger (superusers only); the reset is recorded.
CREATE FUNCTION @extschema@.reset_privacy_budget(source regclass, note text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_id bigint;
BEGIN
	IF source IS NULL THEN
		RAISE EXCEPTION 'source must not be null' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
		RAISE EXCEPTION 'only a superuser can reset the privacy budget of table %', source
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'A reset forgets what earlier models revealed; ask a superuser.';
	END IF;
	PERFORM pg_advisory_xact_lock(hashtext('synthmig.privacy_ledger'), hashtext(source::oid::text));
	INSERT INTO @extschema@.privacy_ledger (source_table, source_name, kind, note)
	VALUES (source, source::text, 'reset', note)
	RETURNING id INTO v_id;
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.reset_privacy_budget(regclass, text) IS
'superusers: start a seed table''s privacy budget afresh; the reset is recorded in synthmig.privacy_ledger';


-- The private parameters of a training: the definition's privacy object
-- overridden by the options; NULL when differential privacy is off.
CREATE FUNCTION synthmig_internal.dp_options(def jsonb, options jsonb)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	o	jsonb := coalesce(def -> 'privacy', '{}') || coalesce(options, '{}');
	k	text;
	e	double precision;
	d	double precision;
BEGIN
	IF options IS NOT NULL AND jsonb_typeof(options) <> 'object' THEN
		RAISE EXCEPTION 'options must be a JSON object'
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'For example ''{"differential_privacy": true, "epsilon": 1, "delta": 1e-6}''.';
	END IF;
	SELECT x INTO k FROM jsonb_object_keys(coalesce(options, '{}')) x
	 WHERE x NOT IN ('differential_privacy', 'epsilon', 'delta', 'mechanism', 'bins', 'correlation_share')
	 LIMIT 1;
	IF k IS NOT NULL THEN
		RAISE EXCEPTION 'unknown training option "%"', k
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Options are differential_privacy, epsilon, delta, mechanism, bins and correlation_share.';
	END IF;
	IF coalesce(o ->> 'differential_privacy', 'false') <> 'true' THEN
		RETURN NULL;
	END IF;
	IF jsonb_typeof(o -> 'epsilon') IS DISTINCT FROM 'number' THEN
		RAISE EXCEPTION 'differential privacy needs an epsilon'
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = 'At privacy.epsilon.',
				  HINT = 'Add "epsilon": 1 (a number > 0) to the definition''s "privacy" or to the training options.';
	END IF;
	e := (o ->> 'epsilon')::double precision;
	IF NOT (e > 0 AND e <= 1000) THEN
		RAISE EXCEPTION 'epsilon must be a number greater than 0 and at most 1000, got %', o -> 'epsilon'
			USING ERRCODE = 'invalid_parameter_value', DETAIL = 'At privacy.epsilon.',
				  HINT = 'Typical values are 0.1 (strong) to 10 (weak).';
	END IF;
	IF o ? 'delta' THEN
		IF jsonb_typeof(o -> 'delta') <> 'number' THEN
			RAISE EXCEPTION 'delta must be a number, got %', o -> 'delta'
				USING ERRCODE = 'invalid_parameter_value', DETAIL = 'At privacy.delta.',
					  HINT = 'For example "delta": 1e-6.';
		END IF;
		d := (o ->> 'delta')::double precision;
		IF NOT (d > 0 AND d < 1) THEN
			RAISE EXCEPTION 'delta must lie between 0 and 1 (both excluded), got %', o -> 'delta'
				USING ERRCODE = 'invalid_parameter_value', DETAIL = 'At privacy.delta.',
					  HINT = 'delta should be much smaller than 1 / rows, e.g. 1e-6.';
		END IF;
	END IF;
	RETURN jsonb_build_object('epsilon', e, 'delta', coalesce(d, 0),
							  'mechanism', coalesce(o ->> 'mechanism', 'laplace'),
							  'bins', o -> 'bins', 'correlation_share', o -> 'correlation_share');
END;
$$;

COMMENT ON FUNCTION synthmig_internal.dp_options(jsonb, jsonb) IS
'the differential privacy parameters of a training (definition privacy overridden by options), validated; NULL when off';


-- Train every table of a definition, with options (differential privacy).
CREATE FUNCTION @extschema@.train(definition_id bigint, sources jsonb, options jsonb)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_def		jsonb;
	v_dp		jsonb;
	v_tab		jsonb;
	v_src		text;
	v_rel		regclass;
	v_tables	jsonb := '[]';
	v_metrics	jsonb := '{}';
	v_spent		jsonb := '[]';
	v_model		jsonb;
	v_t0		timestamptz;
	v_id		bigint;
	v_s			jsonb;
BEGIN
	IF definition_id IS NULL THEN
		RAISE EXCEPTION 'definition_id must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	v_def := @extschema@.get_definition(definition_id);
	v_dp := synthmig_internal.dp_options(v_def, options);
	IF v_dp IS NULL THEN
		RETURN @extschema@.train(definition_id, sources);
	END IF;
	IF sources IS NOT NULL AND jsonb_typeof(sources) <> 'object' THEN
		RAISE EXCEPTION 'sources must be a JSON object mapping table names to tables'
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'For example ''{"customers": "public.customers_seed"}''.';
	END IF;
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
		v_src := CASE WHEN sources ? (v_tab ->> 'name') THEN sources ->> (v_tab ->> 'name')
					  ELSE v_tab ->> 'source' END;
		v_rel := CASE WHEN v_src IS NULL THEN NULL ELSE v_src::regclass END;
		v_t0 := clock_timestamp();
		IF v_rel IS NOT NULL THEN
			PERFORM synthmig_internal.check_privacy_budget(v_rel, (v_dp ->> 'epsilon')::double precision,
														   (v_dp ->> 'delta')::double precision);
		END IF;
		v_model := synthmig_internal.fit_table_dp(v_tab, v_rel,
					   current_setting('synthmig.train_sample_rows')::integer,
					   (v_dp ->> 'epsilon')::double precision, (v_dp ->> 'delta')::double precision,
					   v_dp ->> 'mechanism', (v_dp ->> 'bins')::integer,
					   (v_dp ->> 'correlation_share')::double precision);
		IF v_rel IS NOT NULL THEN
			v_spent := v_spent || jsonb_build_array(jsonb_build_object(
				'oid', v_rel::oid, 'name', v_rel::text));
		END IF;
		v_tables := v_tables || jsonb_build_array(jsonb_build_object(
			'name', v_tab ->> 'name', 'source', v_rel::text, 'model', v_model));
		v_metrics := v_metrics || jsonb_build_object(v_tab ->> 'name', jsonb_build_object(
			'seconds', round(extract(epoch FROM clock_timestamp() - v_t0)::numeric, 3),
			'source', v_rel::text, 'dp', v_model -> 'dp'));
	END LOOP;

	INSERT INTO @extschema@.models (definition_id, parameters, metrics)
	VALUES (definition_id, jsonb_build_object('tables', v_tables, 'dp', v_dp), v_metrics)
	RETURNING id INTO v_id;
	FOR v_s IN SELECT x FROM jsonb_array_elements(v_spent) x LOOP
		INSERT INTO @extschema@.privacy_ledger (source_table, source_name, epsilon, delta,
												definition_id, model_id)
		VALUES ((v_s ->> 'oid')::oid, v_s ->> 'name', (v_dp ->> 'epsilon')::double precision,
				(v_dp ->> 'delta')::double precision, train.definition_id, v_id);
	END LOOP;
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.train(bigint, jsonb, jsonb) IS
'train with options: {"differential_privacy": true, "epsilon": e, "delta": d, "mechanism": "laplace"|"gaussian", "bins": b, "correlation_share": s}; private fits are charged to synthmig.privacy_ledger; returns the model id';


-- The same, for one of the current role's definitions by name.
CREATE FUNCTION @extschema@.train(definition text, sources jsonb, options jsonb)
RETURNS bigint
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.train(@extschema@.definition_id(definition), sources, options) $$;

COMMENT ON FUNCTION @extschema@.train(text, jsonb, jsonb) IS
'train(definition_id(name), sources, options): train one of the current role''s definitions by name, with options; returns the model id';
