-- True when value can be read as the given type (with typmod), for example
-- can_cast('12/31/1999', 'date') or can_cast('123.456', 'numeric(5,2)').
CREATE FUNCTION @extschema@.can_cast(value text, type_name text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'synthmig_can_cast'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STABLE PARALLEL UNSAFE;

COMMENT ON FUNCTION @extschema@.can_cast(text, text) IS
'true when the text can be read as the named type';


-------------------------------------------------------------------------------
-- Validation of data against a definition
-------------------------------------------------------------------------------

-- Rows and columns of a table that break the constraints of a definition:
-- types, NOT NULL, min/max, lengths, patterns, allowed values, uniqueness,
-- primary keys and CHECK expressions.  One row per violation; row_key is the
-- primary key of the offending row (its ctid when the table has none).
CREATE FUNCTION @extschema@.validate(definition_id bigint, source regclass, table_name text DEFAULT NULL)
RETURNS TABLE (row_key jsonb, column_name text, value text, reason text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_def		jsonb;
	v_tab		jsonb;
	v_col		jsonb;
	v_cols		jsonb;
	v_name		text;
	v_type		text;
	v_src_type	text;
	v_pk		text[];
	v_key		text;
	v_ident		text;
	v_val		text;
	v_cast		text;
	v_conds		text[];
	v_rows		text[] := '{}';
	v_sql		text;
	v_uniq		jsonb;
	v_check		jsonb;
	v_list		text;
BEGIN
	IF definition_id IS NULL THEN
		RAISE EXCEPTION 'definition_id must not be null'
			USING ERRCODE = 'null_value_not_allowed', HINT = 'Pass the id of a definition, or its name.';
	END IF;
	PERFORM synthmig_internal.check_table(source, 'source');
	v_def := @extschema@.get_definition(definition_id);
	IF NOT has_table_privilege(source, 'SELECT') THEN
		RAISE EXCEPTION 'permission denied for table %', source
			USING ERRCODE = 'insufficient_privilege';
	END IF;

	-- the definition's table: by name, by the source's name, or the only one
	SELECT t INTO v_tab FROM jsonb_array_elements(v_def -> 'tables') t
	 WHERE t ->> 'name' = coalesce(table_name,
			(SELECT c.relname::text FROM pg_class c WHERE c.oid = source));
	IF v_tab IS NULL AND table_name IS NULL AND jsonb_array_length(v_def -> 'tables') = 1 THEN
		v_tab := v_def -> 'tables' -> 0;
	END IF;
	IF v_tab IS NULL THEN
		SELECT string_agg(quote_ident(t ->> 'name'), ', ') INTO v_list
		  FROM jsonb_array_elements(v_def -> 'tables') t;
		RAISE EXCEPTION 'definition "%" has no table named "%"',
			(SELECT s.name || ' v' || s.version FROM @extschema@.definitions s WHERE s.id = definition_id),
			coalesce(table_name, (SELECT c.relname::text FROM pg_class c WHERE c.oid = source))
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = 'Its tables are: ' || v_list || '.',
				  HINT = 'Pass the table of the definition as the third argument.';
	END IF;
	v_cols := v_tab -> 'columns';

	-- row identity: the definition's primary key if the table has those columns
	SELECT array_agg(c ->> 'name' ORDER BY o) INTO v_pk
	  FROM jsonb_array_elements(v_cols) WITH ORDINALITY x(c, o)
	 WHERE (c ->> 'primary_key')::boolean;
	IF v_pk IS NULL AND v_tab ? 'primary_key' THEN
		SELECT array_agg(k) INTO v_pk FROM jsonb_array_elements_text(v_tab -> 'primary_key') k;
	END IF;
	IF v_pk IS NOT NULL AND NOT EXISTS (
		SELECT 1 FROM unnest(v_pk) k
		 WHERE NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = source
							AND a.attname = k AND a.attnum > 0 AND NOT a.attisdropped)) THEN
		SELECT 'jsonb_build_object(' || string_agg(format('%L, t.%I', k, k), ', ') || ')'
		  INTO v_key FROM unnest(v_pk) k;
	ELSE
		v_key := 'jsonb_build_object(''ctid'', t.ctid::text)';
	END IF;

	FOR v_col IN SELECT c FROM jsonb_array_elements(v_cols) c LOOP
		v_name := v_col ->> 'name';
		v_type := v_col ->> 'type';
		-- the definition is data, possibly another role's: its type goes into
		-- the query only as PostgreSQL's own spelling (format_type)
		IF v_type <> 'enum' THEN
			v_type := synthmig_internal.format_type_text(v_type);
		END IF;
		SELECT format_type(a.atttypid, a.atttypmod) INTO v_src_type
		  FROM pg_attribute a
		 WHERE a.attrelid = source AND a.attname = v_name AND a.attnum > 0 AND NOT a.attisdropped;
		IF NOT FOUND THEN
			row_key := NULL;
			column_name := v_name;
			value := NULL;
			reason := 'column is missing from the table';
			RETURN NEXT;
			CONTINUE;
		END IF;
		v_ident := format('t.%I', v_name);
		v_val := v_ident || '::text';
		v_conds := '{}';
		IF coalesce((v_col ->> 'required')::boolean, false) OR coalesce((v_col ->> 'primary_key')::boolean, false) THEN
			v_conds := v_conds || format('WHEN %s IS NULL THEN %L', v_ident, 'null in a required column');
		END IF;
		v_conds := v_conds || format('WHEN %s IS NULL THEN NULL', v_ident);
		-- the value as the definition's type
		IF v_type = 'enum' THEN
			v_conds := v_conds || format('WHEN NOT (%s = ANY (%L::text[])) THEN %L', v_val,
				(SELECT array_agg(x) FROM jsonb_array_elements_text(v_col -> 'values') x),
				'not one of the allowed values');
			v_cast := NULL;
		ELSIF v_type = v_src_type OR v_type LIKE '%[]' THEN
			v_cast := v_ident;
		ELSE
			v_conds := v_conds || format('WHEN NOT @extschema@.can_cast(%s, %L) THEN %L', v_val, v_type,
										 'not a valid ' || v_type);
			v_cast := format('(%s)::%s', v_val, v_type);
		END IF;
		IF v_cast IS NOT NULL AND v_col ? 'min' THEN
			v_conds := v_conds || format('WHEN %s < %L::%s THEN %L', v_cast, v_col ->> 'min', v_type,
										 'below the minimum ' || (v_col ->> 'min'));
		END IF;
		IF v_cast IS NOT NULL AND v_col ? 'max' THEN
			v_conds := v_conds || format('WHEN %s > %L::%s THEN %L', v_cast, v_col ->> 'max', v_type,
										 'above the maximum ' || (v_col ->> 'max'));
		END IF;
		IF v_col ? 'max_length' THEN
			v_conds := v_conds || format('WHEN char_length(%s) > %s THEN %L', v_val,
				(v_col ->> 'max_length')::integer, 'longer than ' || (v_col ->> 'max_length') || ' characters');
		END IF;
		IF v_col ? 'min_length' THEN
			v_conds := v_conds || format('WHEN char_length(%s) < %s THEN %L', v_val,
				(v_col ->> 'min_length')::integer, 'shorter than ' || (v_col ->> 'min_length') || ' characters');
		END IF;
		IF v_col ? 'pattern' THEN
			v_conds := v_conds || format('WHEN %s !~ %L THEN %L', v_val,
				'^(?:' || (v_col ->> 'pattern') || ')$', 'does not match the pattern ' || (v_col ->> 'pattern'));
		END IF;
		IF v_type <> 'enum' AND v_col ? 'values' THEN
			v_conds := v_conds || format('WHEN NOT (%s = ANY (%L::text[])) THEN %L', v_val,
				(SELECT array_agg(x) FROM jsonb_array_elements_text(v_col -> 'values') x),
				'not one of the allowed values');
		END IF;
		v_rows := v_rows || format('(%s, %L, %s, CASE %s END)', v_key, v_name, v_val,
								   array_to_string(v_conds, ' '));
	END LOOP;

	-- per-row checks in one scan of the table
	IF cardinality(v_rows) > 0 THEN
		v_sql := format('SELECT x.k, x.c, x.v, x.r FROM %s t CROSS JOIN LATERAL (VALUES %s) x(k, c, v, r) WHERE x.r IS NOT NULL',
						source, array_to_string(v_rows, ', '));
		RETURN QUERY EXECUTE v_sql;
	END IF;

	-- uniqueness: single-column unique/primary key, composite keys
	FOR v_uniq IN
		SELECT jsonb_build_array(c ->> 'name')
		  FROM jsonb_array_elements(v_cols) c
		 WHERE (coalesce((c ->> 'unique')::boolean, false) OR coalesce((c ->> 'primary_key')::boolean, false))
		   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = source AND a.attname = c ->> 'name'
						  AND a.attnum > 0 AND NOT a.attisdropped)
		UNION ALL
		SELECT v_tab -> 'primary_key' WHERE v_tab ? 'primary_key'
		UNION ALL
		SELECT u FROM jsonb_array_elements(coalesce(v_tab -> 'unique', '[]')) u
	LOOP
		IF EXISTS (SELECT 1 FROM jsonb_array_elements_text(v_uniq) k
					WHERE NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = source
									   AND a.attname = k AND a.attnum > 0 AND NOT a.attisdropped)) THEN
			CONTINUE;
		END IF;
		SELECT string_agg(format('t.%I', k), ', ') INTO v_list FROM jsonb_array_elements_text(v_uniq) k;
		v_sql := format(
			'SELECT d.k, %L::text, d.v, format(%L, d.n) FROM ('
			'SELECT %s AS k, (%s)::text AS v, count(*) OVER (PARTITION BY %s) AS n FROM %s t'
			' WHERE (%s) IS NOT NULL) d WHERE d.n > 1',
			(SELECT string_agg(k, ', ') FROM jsonb_array_elements_text(v_uniq) k),
			'duplicate value: %s rows share it',
			v_key, CASE WHEN jsonb_array_length(v_uniq) = 1 THEN v_list ELSE 'ROW(' || v_list || ')' END,
			v_list, source,
			CASE WHEN jsonb_array_length(v_uniq) = 1 THEN v_list ELSE 'ROW(' || v_list || ')' END);
		RETURN QUERY EXECUTE v_sql;
	END LOOP;

	-- table CHECK expressions: text of the definition, possibly another
	-- role's, so never pasted as written: parsed over the table's columns,
	-- refused unless it calls built-in non-volatile functions only, and run
	-- as PostgreSQL's deparsed text of what was checked
	FOR v_check IN SELECT c FROM jsonb_array_elements(coalesce(v_tab -> 'checks', '[]')) c LOOP
		BEGIN
			v_sql := format('SELECT %s, NULL::text, NULL::text, %L FROM %s t WHERE NOT coalesce((%s), true)',
							v_key, 'violates check ' || coalesce(v_check ->> 'name', v_check ->> 'expression'),
							source, synthmig_internal.check_expression(source, v_check ->> 'expression'));
			RETURN QUERY EXECUTE v_sql;
		EXCEPTION WHEN syntax_error OR undefined_column OR undefined_function OR datatype_mismatch THEN
			RAISE WARNING USING ERRCODE = '01000', MESSAGE = format('check %s of the definition cannot be evaluated on %s: %s',
				coalesce(v_check ->> 'name', v_check ->> 'expression'), source, SQLERRM);
		END;
	END LOOP;
END;
$$;

COMMENT ON FUNCTION @extschema@.validate(bigint, regclass, text) IS
'rows and columns of a table that break the constraints of a definition, with the reason';


-- The same, for one of the current role's definitions by name.
CREATE FUNCTION @extschema@.validate(definition text, source regclass, table_name text DEFAULT NULL)
RETURNS TABLE (row_key jsonb, column_name text, value text, reason text)
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT * FROM @extschema@.validate(@extschema@.definition_id(definition), source, table_name) $$;

COMMENT ON FUNCTION @extschema@.validate(text, regclass, text) IS
'validate(definition_id(name), source, table_name): a table against one of the current role''s definitions, by name';
