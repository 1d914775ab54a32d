-------------------------------------------------------------------------------
-- Schema evolution: writes in any version's shape (docs/evolution.md)
--
-- synthmig.write(table, row jsonb, version) inserts a row given in the shape
-- of any version of a tracked table, old or newer than the table: fields
-- the table does not have yet and values wider than their column are
-- refused (default_migration_strategy = reject) or, under 'auto', met by the
-- limited widening transformations (add a nullable column, widen varchar,
-- numeric and integer columns), each recorded as a new version by the
-- event trigger.  The insert runs in a subtransaction, retried up to
-- max_migration_attempts times; a failure is logged.
-------------------------------------------------------------------------------

-- The column type auto-migration gives a JSON value of a new field.
CREATE FUNCTION synthmig_internal.evolve_json_type(val jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE jsonb_typeof(val)
		WHEN 'number' THEN CASE WHEN (val #>> '{}')::numeric = trunc((val #>> '{}')::numeric)
								 AND abs((val #>> '{}')::numeric) < 9223372036854775807 THEN 'bigint' ELSE 'numeric' END
		WHEN 'boolean' THEN 'boolean'
		WHEN 'string' THEN 'text'
		ELSE 'jsonb' END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_json_type(jsonb) IS
'internal: the column type given to a new field by auto-migration (bigint, numeric, boolean, text or jsonb)';


-- The wider type a value needs in a column of type typid/typmod, or NULL if
-- it fits (or no widening of the limited set applies).
CREATE FUNCTION synthmig_internal.evolve_widen(typid oid, typmod int, val jsonb)
RETURNS text
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_text	text := val #>> '{}';
	v_num	numeric;
BEGIN
	IF val IS NULL OR jsonb_typeof(val) = 'null' THEN
		RETURN NULL;
	END IF;
	IF typid IN ('varchar'::regtype, 'bpchar'::regtype) AND typmod > 4 AND length(v_text) > typmod - 4 THEN
		RETURN format('%s(%s)', format_type(typid, NULL), length(v_text));
	END IF;
	IF typid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype, 'numeric'::regtype) THEN
		BEGIN
			v_num := v_text::numeric;
		EXCEPTION WHEN invalid_text_representation THEN
			RETURN NULL;
		END;
		IF v_num <> trunc(v_num) AND typid <> 'numeric'::regtype THEN
			RETURN 'numeric';
		END IF;
		IF typid = 'int2'::regtype AND abs(v_num) > 32767 THEN
			RETURN CASE WHEN abs(v_num) <= 2147483647 THEN 'integer' WHEN abs(v_num) < 9223372036854775807 THEN 'bigint' ELSE 'numeric' END;
		ELSIF typid = 'int4'::regtype AND abs(v_num) > 2147483647 THEN
			RETURN CASE WHEN abs(v_num) < 9223372036854775807 THEN 'bigint' ELSE 'numeric' END;
		ELSIF typid = 'int8'::regtype AND abs(v_num) >= 9223372036854775807 THEN
			RETURN 'numeric';
		ELSIF typid = 'numeric'::regtype AND typmod >= 4 THEN
			-- numeric(p, s): p - s integer digits
			IF length(trunc(abs(v_num))::text) > ((typmod - 4) >> 16) - ((typmod - 4) & 65535)
			   OR scale(v_num) > ((typmod - 4) & 65535) THEN
				RETURN 'numeric';
			END IF;
		END IF;
	END IF;
	RETURN NULL;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_widen(oid, int, jsonb) IS
'internal: the wider type (varchar(n), integer, bigint, numeric) a value needs in a column, or NULL';


-- Insert one row given as JSONB in the shape of a version (NULL: the
-- current one); returns the row as stored, in the current shape (NULL when
-- the mutation failed and synthmig.migration_failure = skip).
CREATE FUNCTION @extschema@.write(rel regclass, "row" jsonb, version integer DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_cur	int;
	v		int;
	v_strat	text := coalesce(current_setting('synthmig.default_migration_strategy', true), 'reject');
	v_max	int := greatest(1, coalesce(current_setting('synthmig.max_migration_attempts', true), '3')::int);
	v_cols	jsonb;
	v_rowtype text;
	k		text;
	c		record;
	v_wide	text;
	v_exprs	jsonb;
	v_names	text;
	v_vals	text;
	v_sql	text;
	v_out	jsonb;
	v_attempt int := 0;
	v_state	text;
	v_msg	text;
BEGIN
	PERFORM synthmig_internal.check_table(rel, 'rel');
	v_cur := synthmig_internal.evolve_current(rel);
	IF v_cur IS NULL THEN
		RAISE EXCEPTION 'table % is not tracked', rel
			USING ERRCODE = 'undefined_object',
				  HINT = format('Put it under version control first: SELECT synthmig.track(%L);', rel::text);
	END IF;
	IF "row" IS NULL OR jsonb_typeof("row") <> 'object' THEN
		RAISE EXCEPTION 'row must be a JSON object'
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('Got %s.', coalesce(jsonb_typeof("row"), 'NULL'));
	END IF;
	v := coalesce(version, v_cur);
	SELECT tv.columns INTO v_cols FROM @extschema@.table_versions tv
	 WHERE tv.rel = write.rel AND tv.version = v AND (tv.live OR tv.version = v_cur);
	IF v_cols IS NULL THEN
		RAISE EXCEPTION 'table % has no live version %', rel, v
			USING ERRCODE = 'undefined_object',
				  HINT = 'synthmig.table_versions lists the versions; synthmig.set_version_live exposes a retired one.';
	END IF;

	-- a newer shape than the table: new fields, wider values
	FOR k IN SELECT jsonb_object_keys("row") ORDER BY 1 LOOP
		IF NOT EXISTS (SELECT FROM jsonb_to_recordset(v_cols) AS x(name text) WHERE x.name = k) THEN
			IF v_strat <> 'auto' OR v <> v_cur THEN
				RAISE EXCEPTION 'field "%" does not exist in version % of %', k, v, rel
					USING ERRCODE = 'undefined_column',
						  DETAIL = format('The row has the fields %s.', (SELECT string_agg(format('"%s"', x), ', ' ORDER BY x) FROM jsonb_object_keys("row") x)),
						  HINT = CASE WHEN v = v_cur THEN 'With synthmig.default_migration_strategy = auto a new field becomes a nullable column.'
									  ELSE 'Auto-migration applies to writes in the current version''s shape only.' END;
			END IF;
			EXECUTE format('ALTER TABLE %s ADD COLUMN %I %s', rel, k, synthmig_internal.evolve_json_type("row" -> k));
		END IF;
	END LOOP;
	IF v_strat = 'auto' AND v = v_cur THEN
		FOR c IN SELECT * FROM jsonb_to_recordset(synthmig_internal.evolve_snapshot(rel)) AS x(name text, typid oid, typmod int) LOOP
			v_wide := synthmig_internal.evolve_widen(c.typid, c.typmod, "row" -> c.name);
			IF v_wide IS NOT NULL THEN
				EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE %s', rel, c.name, v_wide);
			END IF;
		END LOOP;
		v_cur := synthmig_internal.evolve_current(rel);
		v := v_cur;
	END IF;

	-- the path from v to the current version, from the fields present
	v_rowtype := CASE WHEN v = v_cur THEN rel::text
					  ELSE format('%I.%I', synthmig_internal.evolve_schema(rel, v),
								  (SELECT (parse_ident(tv.table_name))[cardinality(parse_ident(tv.table_name))]
									 FROM @extschema@.table_versions tv WHERE tv.rel = write.rel AND tv.version = v)) END;
	SELECT jsonb_object_agg(k2, format('r.%I', k2)) INTO v_exprs FROM jsonb_object_keys("row") k2;
	v_exprs := synthmig_internal.evolve_path(rel, v, v_cur, coalesce(v_exprs, '{}'));
	SELECT string_agg(format('%I', x.name), ', ' ORDER BY x.attnum), string_agg(v_exprs ->> x.name, ', ' ORDER BY x.attnum)
	  INTO v_names, v_vals
	  FROM jsonb_to_recordset(synthmig_internal.evolve_snapshot(rel)) AS x(attnum int, name text, writable boolean)
	 WHERE x.writable AND v_exprs ? x.name;
	v_sql := CASE WHEN v_names IS NULL THEN format('INSERT INTO %s AS t DEFAULT VALUES RETURNING pg_catalog.to_jsonb(t)', rel)
				  ELSE format('INSERT INTO %s AS t (%s) SELECT %s FROM pg_catalog.jsonb_populate_record(CAST(NULL AS %s), $1) r RETURNING pg_catalog.to_jsonb(t)',
							  rel, v_names, v_vals, v_rowtype) END;
	LOOP
		v_attempt := v_attempt + 1;
		BEGIN
			EXECUTE v_sql INTO v_out USING "row";
			RETURN v_out;
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_msg = MESSAGE_TEXT;
			IF v_attempt < v_max AND v_state IN ('40001', '40P01', '55P03') THEN
				CONTINUE;
			END IF;
			PERFORM synthmig_internal.evolve_failed(rel, v, 'INSERT', "row", v_state, v_msg, v_attempt);
			RETURN NULL;
		END;
	END LOOP;
END;
$$;

COMMENT ON FUNCTION @extschema@.write(regclass, jsonb, integer) IS
'insert a row given as JSONB in the shape of any version (old, current or, under default_migration_strategy = auto, newer) of a tracked table';
