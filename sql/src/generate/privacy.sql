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


-- Per-table budgets, overriding the GUCs (superusers set them).
CREATE TABLE @extschema@.privacy_budgets (
	source_table	oid PRIMARY KEY,
	source_name		text NOT NULL,
	epsilon			double precision NOT NULL CHECK (epsilon >= 0 AND epsilon < 'Infinity'),
	delta			double precision NOT NULL CHECK (delta >= 0 AND delta <= 1),
	set_by			name NOT NULL DEFAULT current_user,
	set_at			timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE @extschema@.privacy_budgets IS
'per-table differential privacy budgets (epsilon, delta), overriding synthmig.dp_budget_per_table; set by superusers';

ALTER TABLE @extschema@.privacy_budgets ENABLE ROW LEVEL SECURITY;
CREATE POLICY privacy_budgets_read ON @extschema@.privacy_budgets FOR SELECT
	USING (coalesce(has_table_privilege(source_table, 'SELECT'), false));
GRANT SELECT ON @extschema@.privacy_budgets TO PUBLIC;


-- Set (or, with epsilon NULL, remove) a table's own budget; superusers only.
CREATE FUNCTION @extschema@.set_privacy_budget(source regclass, epsilon double precision,
											   delta double precision DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF source IS NULL THEN
		RAISE EXCEPTION 'source must not be null' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
		RAISE EXCEPTION 'only a superuser can set the privacy budget of table %', source
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'The budget bounds what all models of the table may reveal together; ask a superuser.';
	END IF;
	IF epsilon IS NULL THEN
		DELETE FROM @extschema@.privacy_budgets b WHERE b.source_table = source;
		RETURN;
	END IF;
	IF NOT (epsilon >= 0 AND epsilon < 'Infinity') OR NOT (coalesce(delta, 0) >= 0 AND coalesce(delta, 0) <= 1) THEN
		RAISE EXCEPTION 'a budget is epsilon >= 0 (finite) and delta in [0, 1], got % and %', epsilon, delta
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	INSERT INTO @extschema@.privacy_budgets (source_table, source_name, epsilon, delta)
	VALUES (source, source::text, epsilon, coalesce(delta, (synthmig_internal.dp_budget()).d))
	ON CONFLICT (source_table) DO UPDATE
	   SET epsilon = excluded.epsilon, delta = excluded.delta, source_name = excluded.source_name,
		   set_by = current_user, set_at = now();
END;
$$;

COMMENT ON FUNCTION @extschema@.set_privacy_budget(regclass, double precision, double precision) IS
'superusers: give a seed table its own privacy budget (epsilon, delta; delta NULL: the GUC''s), or remove it with epsilon NULL';


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
	SELECT s.e, s.d, coalesce(t.epsilon, b.e), coalesce(t.delta, b.d),
		   greatest(coalesce(t.epsilon, b.e) - s.e, 0), greatest(coalesce(t.delta, b.d) - s.d, 0), s.n, r.at
	  FROM s, r, synthmig_internal.dp_budget() b
	  LEFT JOIN @extschema@.privacy_budgets t ON t.source_table = source
$$;

COMMENT ON FUNCTION @extschema@.privacy_budget(regclass) IS
'epsilon and delta spent on a seed table by private fits since its last reset, the budget (the table''s own, else synthmig.dp_budget_per_table and synthmig.dp_delta_budget_per_table) and what is left';


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
				  HINT = 'Train with a smaller epsilon, or ask a superuser to raise the budget (synthmig.set_privacy_budget(), synthmig.dp_budget_per_table) or to reset the ledger (synthmig.reset_privacy_budget()).';
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


-------------------------------------------------------------------------------
-- Per-column privacy levels (docs/privacy.md#privacy-levels)
-------------------------------------------------------------------------------

-- Numeric columns as exact histograms over equal-width bins (privacy level high).
CREATE FUNCTION synthmig_internal.fit_columns_binned(table_def jsonb, source regclass, sample_rows integer)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'synthmig_fit_columns_binned'
SET search_path = pg_catalog, pg_temp
LANGUAGE C VOLATILE;

COMMENT ON FUNCTION synthmig_internal.fit_columns_binned(jsonb, regclass, integer) IS
'fit numeric columns (with bounds) as histograms over 64 equal-width bins interpolated: no training value is stored';


-- A model without column position col in its copula (the principal
-- submatrix of a positive-definite matrix is positive definite).
CREATE FUNCTION synthmig_internal.drop_from_copula(model jsonb, col integer)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	k		integer;
	v_cols	jsonb;
	v_corr	jsonb;
BEGIN
	SELECT o - 1 INTO k FROM jsonb_array_elements(model #> '{copula,columns}') WITH ORDINALITY c(v, o)
	 WHERE (c.v)::text::integer = col;
	IF k IS NULL THEN
		RETURN model;
	END IF;
	-- a wide matrix stored packed (base64, from 64 columns on) is not
	-- edited here: the model loses its copula rather than keep a column
	-- that cannot take part in it
	IF jsonb_array_length(model #> '{copula,columns}') <= 2 OR NOT (model -> 'copula' ? 'correlation') THEN
		RETURN model - 'copula';
	END IF;
	SELECT jsonb_agg(v ORDER BY o) INTO v_cols
	  FROM jsonb_array_elements(model #> '{copula,columns}') WITH ORDINALITY c(v, o) WHERE o - 1 <> k;
	SELECT jsonb_agg((SELECT jsonb_agg(x ORDER BY p) FROM jsonb_array_elements(r) WITH ORDINALITY e(x, p) WHERE p - 1 <> k)
					 ORDER BY o) INTO v_corr
	  FROM jsonb_array_elements(model #> '{copula,correlation}') WITH ORDINALITY m(r, o) WHERE o - 1 <> k;
	RETURN jsonb_set(model, '{copula}', jsonb_build_object('columns', v_cols, 'correlation', v_corr));
END;
$$;

COMMENT ON FUNCTION synthmig_internal.drop_from_copula(jsonb, integer) IS
'a table model without one column in its copula (row and column of the correlation matrix removed)';


-- Apply the columns' privacy levels to a fitted table model:
--   high: numeric, date and timestamp columns become exact histograms over
--         bins whose bounds are the definition's or the data's rounded
--         outward (no training value, no real minimum or maximum is
--         stored); text columns keep no category (every value comes from
--         the generator of new values, which never produces a training value)
--   low:  every observed category and value is kept (rare threshold 1)
--   medium (default): values held by fewer than synthmig.rare_min_count rows
--         are pooled and never produced
CREATE FUNCTION synthmig_internal.apply_privacy_levels(table_def jsonb, source regclass, model jsonb)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_high	text[];
	v_cols	jsonb := model -> 'columns';
	v_num	jsonb := '[]';
	v_fit	jsonb;
	mc		jsonb;
	c		jsonb;
	lo		double precision;
	hi		double precision;
	p		double precision;
	tlo		text;
	thi		text;
BEGIN
	SELECT array_agg(x ->> 'name') INTO v_high
	  FROM jsonb_array_elements(table_def -> 'columns') x WHERE lower(x ->> 'privacy') = 'high';
	IF v_high IS NULL OR source IS NULL THEN
		RETURN model;
	END IF;
	FOR i IN 0 .. jsonb_array_length(v_cols) - 1 LOOP
		mc := v_cols -> i;
		CONTINUE WHEN NOT (mc ->> 'name' = ANY (v_high));
		IF mc ->> 'kind' = 'numeric' THEN
			SELECT x INTO c FROM jsonb_array_elements(table_def -> 'columns') x WHERE x ->> 'name' = mc ->> 'name';
			IF NOT (c ? 'min' AND c ? 'max') THEN
				IF mc ->> 'type' IN ('date', 'timestamp') THEN
					-- whole years around the data
					EXECUTE format('SELECT date_trunc(''year'', min(%1$I))::date::text, (date_trunc(''year'', max(%1$I)) + interval ''1 year'')::date::text FROM %2$s',
								   mc ->> 'name', source) INTO tlo, thi;
					IF tlo IS NULL THEN
						CONTINUE;
					END IF;
					c := c || jsonb_build_object('min', tlo, 'max', thi);
				ELSE
					-- one significant digit, outward
					EXECUTE format('SELECT min(%1$I)::float8, max(%1$I)::float8 FROM %2$s', mc ->> 'name', source) INTO lo, hi;
					IF lo IS NULL THEN
						CONTINUE;
					END IF;
					p := CASE WHEN greatest(abs(lo), abs(hi)) = 0 THEN 1
							  ELSE power(10, floor(log(greatest(abs(lo), abs(hi))::numeric))) END;
					lo := floor(lo / p) * p;
					hi := ceil(hi / p) * p;
					IF hi <= lo THEN
						hi := lo + p;
					END IF;
					c := c || jsonb_build_object('min', lo, 'max', hi);
				END IF;
			END IF;
			v_num := v_num || jsonb_build_array(c - 'primary_key' - 'unique' - 'model' - 'privacy' - 'sequence');
		ELSIF mc ->> 'kind' = 'categorical' AND mc ->> 'type' = 'text' THEN
			-- no category of the data: every value is a new one
			mc := jsonb_set(mc, '{categories}', '[]');
			mc := mc || jsonb_build_object('other', coalesce(mc -> 'other', '{"generator": {"kind": "lorem", "min_words": 1, "max_words": 3}}')
													|| '{"weight": 1, "position": 0}');
			v_cols := jsonb_set(v_cols, ARRAY[i::text], mc);
			model := synthmig_internal.drop_from_copula(model, i);
		END IF;
	END LOOP;
	IF jsonb_array_length(v_num) > 0 THEN
		v_fit := synthmig_internal.fit_columns_binned(jsonb_build_object('name', table_def -> 'name', 'columns', v_num),
													  source, current_setting('synthmig.train_sample_rows')::integer);
		FOR i IN 0 .. jsonb_array_length(v_cols) - 1 LOOP
			SELECT f INTO c FROM jsonb_array_elements(v_fit -> 'columns') f WHERE f ->> 'name' = v_cols -> i ->> 'name';
			IF c IS NOT NULL THEN
				v_cols := jsonb_set(v_cols, ARRAY[i::text], c || jsonb_build_object('fit', jsonb_build_object('privacy', 'high')));
			END IF;
		END LOOP;
	END IF;
	RETURN jsonb_set(model, '{columns}', v_cols);
END;
$$;

COMMENT ON FUNCTION synthmig_internal.apply_privacy_levels(jsonb, regclass, jsonb) IS
'apply the privacy levels of a table''s columns to its fitted model (high: no training value kept, binned numerics, no categories)';
