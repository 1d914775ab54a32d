-- Profile every column of a table from its data (a Bernoulli sample of
-- synthmig.detect_sample_rows rows when the table is larger).
CREATE FUNCTION @extschema@.profile_columns(source regclass)
RETURNS TABLE (column_name text, source_type text, profile jsonb,
			   sampled_rows bigint, estimated_rows bigint)
AS 'MODULE_PATHNAME', 'synthmig_profile_table'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT VOLATILE;

COMMENT ON FUNCTION @extschema@.profile_columns(regclass) IS
'per-column profile of a table: inferred type, null rate, range, formats, patterns, distinct values';


-- Profile the keys of a JSON array of objects (the upload path).
CREATE FUNCTION @extschema@.profile_columns(data jsonb)
RETURNS TABLE (column_name text, source_type text, profile jsonb,
			   sampled_rows bigint, estimated_rows bigint)
AS 'MODULE_PATHNAME', 'synthmig_profile_json'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT IMMUTABLE;

COMMENT ON FUNCTION @extschema@.profile_columns(jsonb) IS
'per-key profile of a JSON array of objects';


-------------------------------------------------------------------------------
-- Detection: a definition proposed from the data
-------------------------------------------------------------------------------

-- Merge a column's data profile into its definition column.  Text-typed
-- columns take the type their values show (with the layout in "format");
-- declared non-text types are kept.  The full profile stays under x-profile.
CREATE FUNCTION synthmig_internal.detect_column(col jsonb, source_type text, p jsonb)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_type		text;
	v_textlike	boolean;
	v_family	text;
	v_fmt		text;
BEGIN
	IF p IS NULL THEN
		RETURN col;
	END IF;
	v_textlike := source_type IS NULL OR source_type = 'text'
		OR source_type LIKE 'character varying%' OR source_type LIKE 'character(%' OR source_type = 'character';
	IF v_textlike AND p ->> 'type' IS NOT NULL AND p ->> 'type' <> 'text' THEN
		v_type := p ->> 'type';
		col := (col - 'type' - 'max_length') || jsonb_build_object('type', v_type);
		IF source_type IS NOT NULL THEN
			col := col || jsonb_build_object('x-source-type', source_type);
		END IF;
	ELSE
		v_type := col ->> 'type';
	END IF;
	v_family := CASE
		WHEN v_type IN ('smallint', 'integer', 'bigint', 'real', 'double precision')
			OR v_type LIKE 'numeric%' THEN 'number'
		WHEN v_type IN ('date', 'timestamp without time zone', 'timestamp with time zone', 'time without time zone')
			THEN 'datetime'
		WHEN v_type = 'text' OR v_type LIKE 'character%' THEN 'text'
		ELSE 'other' END;

	IF p ? 'null_rate' THEN
		col := col || jsonb_build_object('null_rate', p -> 'null_rate');
	END IF;
	IF p ? 'distinct_ratio' THEN
		col := col || jsonb_build_object('distinct_ratio', p -> 'distinct_ratio');
	END IF;
	IF coalesce((p ->> 'unique')::boolean, false) AND NOT coalesce((col ->> 'primary_key')::boolean, false) THEN
		col := col || '{"unique": true}';
	END IF;
	IF v_family = 'number' AND p ? 'min' AND p ? 'max' THEN
		BEGIN
			-- ±Infinity (and NaN) are float values but no JSON number: a
			-- column holding them has no finite range to state
			IF NOT (p ->> 'min')::numeric IN ('Infinity', '-Infinity', 'NaN')
			   AND NOT (p ->> 'max')::numeric IN ('Infinity', '-Infinity', 'NaN') THEN
				-- an integer key's observed range is no limit: generating
				-- more rows than the sample had must stay possible, so only
				-- its start
				IF v_type IN ('smallint', 'integer', 'bigint')
				   AND (coalesce((p ->> 'unique')::boolean, false)
						OR coalesce((col ->> 'primary_key')::boolean, false)) THEN
					col := col || jsonb_build_object('min', (p ->> 'min')::numeric);
				ELSE
					col := col || jsonb_build_object('min', (p ->> 'min')::numeric, 'max', (p ->> 'max')::numeric);
				END IF;
			END IF;
		EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
			NULL;	-- not a plain number: leave the range out
		END;
	ELSIF v_family = 'datetime' AND p ? 'min' AND p ? 'max' THEN
		col := col || jsonb_build_object('min', p ->> 'min', 'max', p ->> 'max');
	END IF;
	IF v_family = 'text' AND p ? 'max_length' AND NOT col ? 'max_length'
	   AND NOT (col ->> 'type' LIKE 'character%(%') THEN
		col := col || jsonb_build_object('x-observed-max-length', p -> 'max_length');
	END IF;
	-- how the values are written matters only when they are stored as text
	IF v_textlike AND jsonb_typeof(p -> 'format') = 'string' THEN
		col := col || jsonb_build_object('format', p -> 'format');
	ELSIF v_textlike AND jsonb_typeof(p -> 'format') = 'object' THEN
		-- a number layout, spelled like a spreadsheet format: $#,##0.00;($#,##0.00)
		v_fmt := coalesce(CASE WHEN p -> 'format' ->> 'currency_position' = 'prefix' THEN p -> 'format' ->> 'currency' END, '')
			|| CASE WHEN p -> 'format' ->> 'thousands' IS NOT NULL
					THEN '#' || (p -> 'format' ->> 'thousands') || '##0' ELSE '0' END
			|| coalesce((SELECT (p -> 'format' ->> 'decimal') || repeat('0', m[1]::int)
						   FROM regexp_match(v_type, '^numeric\(\d+,(\d+)\)$') m WHERE m[1]::int > 0), '')
			|| CASE WHEN (p -> 'format' ->> 'percent')::boolean THEN '%' ELSE '' END
			|| coalesce(CASE WHEN p -> 'format' ->> 'currency_position' = 'suffix' THEN ' ' || (p -> 'format' ->> 'currency') END, '');
		IF (p -> 'format' ->> 'parentheses_negative')::boolean THEN
			v_fmt := v_fmt || ';(' || v_fmt || ')';
		END IF;
		IF v_fmt NOT IN ('0', '#,##0') THEN
			col := col || jsonb_build_object('format', v_fmt);
		END IF;
	END IF;
	IF coalesce((p ->> 'categorical')::boolean, false) AND jsonb_typeof(p -> 'values') = 'array'
	   AND NOT col ? 'model' AND v_type NOT IN ('boolean')
	   -- an array column's values are arrays ('{a,b}'), not the labels or
	   -- elements a categorical model of it would draw (enum[]: its labels)
	   AND v_type NOT LIKE '%[]' THEN
		-- a value list is declared (and generated as is) only when every
		-- value is common: a value seen fewer than synthmig.rare_min_count
		-- times must never be emitted verbatim, so such a column is left to
		-- the model train fits by itself (common values as categories, new
		-- look-alikes for the rest), as learn does
		IF NOT EXISTS (SELECT FROM jsonb_array_elements(p -> 'values') e
						WHERE (e ->> 'count')::numeric < current_setting('synthmig.rare_min_count')::numeric) THEN
			col := col || jsonb_build_object('model', jsonb_build_object('kind', 'categorical',
				'values', (SELECT jsonb_object_agg(e ->> 'value', round((e ->> 'count')::numeric / greatest((p ->> 'rows')::numeric, 1), 6))
							 FROM jsonb_array_elements(p -> 'values') e)));
		END IF;
	END IF;
	IF p ? 'semantic' THEN
		col := col || jsonb_build_object('semantic', p -> 'semantic');
	END IF;
	-- a categorical column's rare values are replaced by look-alikes of the
	-- trained model, not by strings of a pattern fitted to them
	IF v_family = 'text' AND p ? 'pattern' AND NOT col ? 'model'
	   AND NOT coalesce((p ->> 'categorical')::boolean, false) THEN
		col := col || jsonb_build_object('pattern', p -> 'pattern');
	END IF;
	IF jsonb_typeof(p -> 'missing_markers') = 'object' AND p -> 'missing_markers' <> '{}' THEN
		col := col || jsonb_build_object('missing_markers',
			(SELECT jsonb_agg(k ORDER BY k) FROM jsonb_object_keys(p -> 'missing_markers') k));
	END IF;
	RETURN col || jsonb_build_object('x-profile', p);
END;
$$;


-- Propose a definition for a table: the catalog's description (keys, types,
-- constraints) refined by what the data shows.
CREATE FUNCTION @extschema@.detect_definition(source regclass)
RETURNS jsonb
LANGUAGE plpgsql STRICT
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_def		jsonb;
	v_tab		jsonb;
	v_cols		jsonb;
	v_sampled	bigint;
	v_estimated	bigint;
BEGIN
	PERFORM synthmig_internal.check_table(source, 'source');
	v_def := @extschema@.definition_from_catalog(ARRAY[source]);
	v_tab := v_def -> 'tables' -> 0;
	SELECT jsonb_agg(synthmig_internal.detect_column(c.col, p.source_type, p.profile) ORDER BY c.ord),
		   max(p.sampled_rows), max(p.estimated_rows)
	  INTO v_cols, v_sampled, v_estimated
	  FROM jsonb_array_elements(v_tab -> 'columns') WITH ORDINALITY c(col, ord)
	  LEFT JOIN @extschema@.profile_columns(source) p ON p.column_name = c.col ->> 'name';
	v_tab := v_tab || jsonb_build_object('columns', v_cols,
		'x-sample', jsonb_build_object('rows_read', v_sampled, 'rows_estimated', v_estimated,
			'sample_limit', current_setting('synthmig.detect_sample_rows')::bigint));
	RETURN @extschema@.canonical_definition(
		jsonb_set(v_def, '{tables}', jsonb_build_array(v_tab)));
END;
$$;

COMMENT ON FUNCTION @extschema@.detect_definition(regclass) IS
'propose a definition for a table from its catalog entry and its data';


-- Propose a definition for a JSON array of objects.
CREATE FUNCTION @extschema@.detect_definition(data jsonb, table_name text DEFAULT 'data')
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_cols	jsonb;
	v_rows	bigint;
BEGIN
	IF data IS NULL THEN
		RETURN NULL;
	END IF;
	IF table_name IS NULL OR table_name = '' THEN
		RAISE EXCEPTION 'table name must not be null or empty'
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'The second argument names the table of the proposed definition.';
	END IF;
	SELECT jsonb_agg(synthmig_internal.detect_column(
				jsonb_build_object('name', p.column_name, 'type', 'text'), NULL, p.profile)
				|| CASE WHEN (p.profile ->> 'null_rate')::float8 = 0 THEN '{"required": true}'::jsonb
						ELSE '{}' END),
		   max(p.sampled_rows)
	  INTO v_cols, v_rows
	  FROM @extschema@.profile_columns(data) p;
	RETURN @extschema@.canonical_definition(jsonb_build_object('tables', jsonb_build_array(
		jsonb_build_object('name', table_name, 'rows', v_rows, 'columns', v_cols))));
END;
$$;

COMMENT ON FUNCTION @extschema@.detect_definition(jsonb, text) IS
'propose a definition for a JSON array of objects (one object per row)';


-- Text forms, so that detect_definition('public.t') and profile_columns('public.t')
-- resolve to the table versions rather than being ambiguous with jsonb.  No
-- SET search_path here, on purpose: the name is resolved with the caller's
-- search_path, as psql users expect; every reference in the body is
-- schema-qualified, so nothing on that path can be substituted (see
-- docs/security.md and the exemption list in test/pgtap/security.sql).
CREATE FUNCTION @extschema@.detect_definition(source text)
RETURNS jsonb
LANGUAGE sql STRICT
AS $$ SELECT @extschema@.detect_definition(source::pg_catalog.regclass) $$;

COMMENT ON FUNCTION @extschema@.detect_definition(text) IS
'detect_definition(regclass) for a table name given as text';


-- profile_columns(regclass) for a table name given as text.
CREATE FUNCTION @extschema@.profile_columns(source text)
RETURNS TABLE (column_name text, source_type text, profile jsonb,
			   sampled_rows bigint, estimated_rows bigint)
LANGUAGE sql STRICT
AS $$ SELECT * FROM @extschema@.profile_columns(source::pg_catalog.regclass) $$;

COMMENT ON FUNCTION @extschema@.profile_columns(text) IS
'profile_columns(regclass) for a table name given as text';
