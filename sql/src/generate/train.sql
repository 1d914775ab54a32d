-- Fit one table of a definition from a seed table (NULL: constraints only).
CREATE FUNCTION synthmig_internal.fit_table(table_def jsonb, source regclass, sample_rows integer)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'synthmig_fit_table'
SET search_path = pg_catalog, pg_temp
LANGUAGE C VOLATILE;


-- Train every table of a definition; returns the model id.
CREATE FUNCTION @extschema@.train(definition_id bigint, sources jsonb DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
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
	v_fit_tab	jsonb;
	v_fit		regclass;
BEGIN
	IF definition_id IS NULL THEN
		RAISE EXCEPTION 'definition_id must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF sources IS NOT NULL AND jsonb_typeof(sources) <> 'object' THEN
		RAISE EXCEPTION 'sources must be a JSON object mapping table names to tables'
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'For example ''{"customers": "public.customers_seed"}''.';
	END IF;
	v_def := @extschema@.get_definition(definition_id);
	-- a definition asking for differential privacy trains privately (privacy.sql)
	IF v_def -> 'privacy' ->> 'differential_privacy' = 'true' THEN
		RETURN @extschema@.train(definition_id, sources, '{}'::jsonb);
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
		-- the seed table: from sources, else where the definition came from
		v_src := CASE WHEN sources ? (v_tab ->> 'name') THEN sources ->> (v_tab ->> 'name')
					  ELSE v_tab ->> 'source' END;
		v_rel := CASE WHEN v_src IS NULL THEN NULL ELSE v_src::regclass END;
		v_t0 := clock_timestamp();
		-- multi-table: a parent learns its child counts as extra columns
		-- (sql/src/generate/schema.sql); v_fit is the seed with them
		SELECT f.table_def, f.fit_seed INTO v_fit_tab, v_fit
		  FROM synthmig_internal.relation_fit_input(v_def, v_tab, v_rel, sources,
				   current_setting('synthmig.train_sample_rows')::integer) f;
		v_model := synthmig_internal.fit_table(v_fit_tab, v_fit,
					   current_setting('synthmig.train_sample_rows')::integer);
		-- privacy levels of the columns (privacy.sql)
		v_model := synthmig_internal.apply_privacy_levels(v_tab, v_rel, v_model);
		IF v_fit IS DISTINCT FROM v_rel THEN
			EXECUTE format('DROP VIEW %s', v_fit);
		END IF;
		v_tables := v_tables || jsonb_build_array(jsonb_build_object(
			'name', v_tab ->> 'name', 'source', v_rel::text, 'model', v_model));
		v_metrics := v_metrics || jsonb_build_object(v_tab ->> 'name', jsonb_build_object(
			'seconds', round(extract(epoch FROM clock_timestamp() - v_t0)::numeric, 3),
			'source', v_rel::text));
	END LOOP;

	INSERT INTO @extschema@.models (definition_id, parameters, metrics)
	VALUES (definition_id,
			jsonb_build_object('tables', v_tables)
			|| synthmig_internal.relation_parameters(v_def, sources),
			v_metrics)
	RETURNING id INTO v_id;
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.train(bigint, jsonb) IS
'fit a model for every table of a definition from its seed tables; returns the model id';


-- The same, for one of the current role's definitions by name.
CREATE FUNCTION @extschema@.train(definition text, sources jsonb DEFAULT NULL)
RETURNS bigint
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.train(@extschema@.definition_id(definition), sources) $$;

COMMENT ON FUNCTION @extschema@.train(text, jsonb) IS
'train(definition_id(name), sources): train one of the current role''s definitions, by name; returns the model id';


-- Catalog import, definition and training of one table in one call.
CREATE FUNCTION @extschema@.learn(source regclass)
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
	PERFORM synthmig_internal.check_table(source, 'source');
	v_id := @extschema@.create_definition(source::text, @extschema@.definition_from_catalog(ARRAY[source]));
	PERFORM @extschema@.train(v_id);
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.learn(regclass) IS
'import a table from the catalog, define it under its name and train it; returns the schema id';
