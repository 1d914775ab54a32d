-------------------------------------------------------------------------------
-- In place: a table and the JSONB definition of what it should become
-------------------------------------------------------------------------------

-- The table definition to remediate a table into: {"columns": [...]} or a
-- definition {"tables": [...]} (the table named like the source, or
-- the only one).  Column keys: name, type (or data_type), required (or
-- not_null, or is_nullable false), primary_key (is_primary_key), unique
-- (is_unique).  Every type must exist: an unknown one is an error, never
-- a guess.
CREATE FUNCTION synthmig_internal.target_columns(source regclass, target jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	tdef jsonb;
	c jsonb;
	cols jsonb := '[]';
	i integer := 0;
	typ text;
BEGIN
	IF jsonb_typeof(target) <> 'object' THEN
		RAISE EXCEPTION 'invalid target definition: expected a JSON object'
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('got a JSON %s', jsonb_typeof(target));
	END IF;
	IF target ? 'columns' THEN
		tdef := target;
	ELSIF jsonb_typeof(target -> 'tables') = 'array' THEN
		SELECT t INTO tdef FROM jsonb_array_elements(target -> 'tables') t
		 WHERE t ->> 'name' = (SELECT relname FROM pg_class WHERE oid = source)
			OR @extschema@.normalize_name(t ->> 'name') = @extschema@.normalize_name((SELECT relname FROM pg_class WHERE oid = source))
		 LIMIT 1;
		IF tdef IS NULL AND jsonb_array_length(target -> 'tables') = 1 THEN
			tdef := target -> 'tables' -> 0;
		END IF;
		IF tdef IS NULL THEN
			RAISE EXCEPTION 'invalid target definition: no table named like %', source
				USING ERRCODE = 'invalid_parameter_value', DETAIL = 'path: tables',
					  HINT = 'Give {"columns": [...]} or a definition with a table of that name.';
		END IF;
	ELSE
		RAISE EXCEPTION 'invalid target definition: no "columns" and no "tables"'
			USING ERRCODE = 'invalid_parameter_value', HINT = 'Give {"columns": [{"name": ..., "type": ...}, ...]}.';
	END IF;
	IF jsonb_typeof(tdef -> 'columns') <> 'array' OR jsonb_array_length(tdef -> 'columns') = 0 THEN
		RAISE EXCEPTION 'invalid target definition: "columns" must be a non-empty array'
			USING ERRCODE = 'invalid_parameter_value', DETAIL = 'path: columns';
	END IF;
	FOR c IN SELECT * FROM jsonb_array_elements(tdef -> 'columns') LOOP
		IF jsonb_typeof(c) <> 'object' OR coalesce(c ->> 'name', '') = '' THEN
			RAISE EXCEPTION 'invalid target definition: a column needs a name'
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('path: columns[%s]', i);
		END IF;
		typ := coalesce(c ->> 'type', c ->> 'data_type');
		IF typ IS NULL THEN
			RAISE EXCEPTION 'invalid target definition: column "%" has no type', c ->> 'name'
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('path: columns[%s].type', i);
		END IF;
		typ := CASE lower(typ) WHEN 'string' THEN 'text' WHEN 'number' THEN 'double precision' WHEN 'json' THEN 'jsonb' ELSE typ END;
		BEGIN
			typ := synthmig_internal.format_type_text(typ);
		EXCEPTION WHEN OTHERS THEN
			RAISE EXCEPTION 'invalid target definition: unknown type "%" for column "%"', typ, c ->> 'name'
				USING ERRCODE = 'undefined_object', DETAIL = format('path: columns[%s].type', i),
					  HINT = 'Use a type that exists in this database (format_type spelling, e.g. numeric(10,2)).';
		END;
		cols := cols || jsonb_build_object('name', c ->> 'name', 'type', typ,
			'required', coalesce((c ->> 'required')::boolean, (c ->> 'not_null')::boolean, NOT (c ->> 'is_nullable')::boolean,
								 (c ->> 'primary_key')::boolean, (c ->> 'is_primary_key')::boolean, false),
			'primary_key', coalesce((c ->> 'primary_key')::boolean, (c ->> 'is_primary_key')::boolean, false),
			'unique', coalesce((c ->> 'unique')::boolean, (c ->> 'is_unique')::boolean, false));
		i := i + 1;
	END LOOP;
	RETURN cols;
END;
$$;


-- Remediate a table in place into a JSONB target definition: rows that do
-- not convert go to synthmig.rejects and leave the table; new columns
-- (splits, merges, nests, flattens) are added and filled; converted
-- columns change type with ALTER TABLE ... ALTER COLUMN ... TYPE ... USING;
-- renamed columns are renamed; columns consumed by a split or merge and
-- absent from the definition are dropped; columns nothing reads are kept
-- and reported.  All in the caller's transaction.
CREATE FUNCTION @extschema@.remediate(source regclass, target jsonb, apply boolean DEFAULT false,
									  options jsonb DEFAULT '{}')
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	cols jsonb;
	shadow text := format('pg_temp.%I', '_synthmig_target_' || source::oid);
	shadow_rel regclass;
	plan jsonb;
	col jsonb;
	ddl text;
	alters text[] := '{}';
	sets text[] := '{}';
	renames text[] := '{}';
	drops text[] := '{}';
	steps jsonb := '[]';
	rid bigint;
	n_read bigint;
	n_rej bigint;
	n_left bigint;
	rep jsonb;
	rej text;
	finals jsonb;
	t0 timestamptz := clock_timestamp();
BEGIN
	PERFORM synthmig_internal.check_table(source, 'source');
	options := synthmig_internal.check_options(options);
	IF NOT has_table_privilege(source, 'SELECT') THEN
		RAISE EXCEPTION 'permission denied to read %', source
			USING ERRCODE = 'insufficient_privilege', DETAIL = format('role %s lacks SELECT on the table', current_user);
	END IF;
	IF (SELECT relkind <> 'r' FROM pg_class WHERE oid = source)
	   OR EXISTS (SELECT FROM pg_inherits WHERE inhparent = source OR inhrelid = source) THEN
		RAISE EXCEPTION 'cannot remediate % in place: only a plain table without partitions or inheritance can be', source
			USING ERRCODE = 'feature_not_supported',
				  DETAIL = 'Rows are told apart by ctid, which is unique only within one table, and the table is altered.',
				  HINT = 'Remediate each partition, or into a new table with remediate(source, target).';
	END IF;
	IF apply AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = source), 'USAGE') THEN
		RAISE EXCEPTION 'permission denied to remediate %', source
			USING ERRCODE = 'insufficient_privilege', DETAIL = format('role %s does not own the table', current_user),
				  HINT = 'Run the remediation as the owner of the table.';
	END IF;
	cols := synthmig_internal.target_columns(source, target);
	-- the target as an empty temporary table, so that planning is the same
	-- as for a pair of tables
	IF to_regclass(shadow) IS NOT NULL THEN
		EXECUTE format('DROP TABLE %s', shadow);
	END IF;
	SELECT format('CREATE TEMP TABLE %s (%s', shadow, string_agg(format('%I %s%s', c ->> 'name', c ->> 'type',
				  CASE WHEN (c ->> 'required')::boolean THEN ' NOT NULL' ELSE '' END), ', ')
				  || coalesce((SELECT ', PRIMARY KEY (' || string_agg(quote_ident(p ->> 'name'), ', ') || ')'
								 FROM jsonb_array_elements(cols) p WHERE (p ->> 'primary_key')::boolean), '')
				  || coalesce((SELECT string_agg(format(', UNIQUE (%I)', u ->> 'name'), '')
								 FROM jsonb_array_elements(cols) u WHERE (u ->> 'unique')::boolean
								   AND NOT (u ->> 'primary_key')::boolean), '')
				  || ')')
	  INTO ddl FROM jsonb_array_elements(cols) c;
	EXECUTE ddl;
	shadow_rel := shadow::regclass;
	plan := synthmig_internal.plan_table(source, shadow_rel, options, true)
			|| jsonb_build_object('match', jsonb_build_object('method', 'given', 'confidence', 1));
	IF NOT apply THEN
		rep := jsonb_build_object('mode', 'plan', 'source', source::text, 'target', 'definition',
			'tables', jsonb_build_array(synthmig_internal.present(synthmig_internal.measure(plan, options))
										|| jsonb_build_object('target', 'definition')));
		EXECUTE format('DROP TABLE %s', shadow);
		RETURN rep;
	END IF;
	PERFORM synthmig_internal.check_fatal(plan);
	EXECUTE format('LOCK TABLE %s IN ACCESS EXCLUSIVE MODE', source);
	INSERT INTO @extschema@.remediations (source, target, options, plan)
	VALUES (source::text, target::text, options, plan) RETURNING id INTO rid;

	-- quarantine, then take the quarantined rows out of the table
	finals := synthmig_internal.finals(plan);
	rej := synthmig_internal.reject_select(plan, finals, source::text, true);
	EXECUTE format('SELECT count(*) FROM %s', source) INTO n_read;
	n_rej := synthmig_internal.quarantine_rows(rid, source, NULL, rej);
	IF EXISTS (SELECT FROM @extschema@.rejects WHERE remediation_id = rid AND step IN (
				SELECT c ->> 'kind' FROM jsonb_array_elements(plan -> 'columns') x, jsonb_array_elements(x -> 'checks') c
				 WHERE x ->> 'policy' = 'abort')) THEN
		RAISE EXCEPTION 'remediation aborted: %', (SELECT reason FROM @extschema@.rejects WHERE remediation_id = rid ORDER BY id LIMIT 1)
			USING ERRCODE = 'data_exception', DETAIL = format('table %s; nothing was changed', source),
				  HINT = 'Choose another on_error policy for the column (quarantine, null, default, synthesize).';
	END IF;
	IF n_rej > 0 THEN
		EXECUTE format('DELETE FROM %s WHERE ctid IN (SELECT source_ctid FROM @extschema@.rejects WHERE remediation_id = %s)',
					   source, rid);
		steps := steps || jsonb_build_object('action', 'quarantine', 'rows', n_rej);
	END IF;

	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') LOOP
		IF col ->> 'kind' IN ('cast', 'rename') THEN
			IF col ->> 'target_type' <> col ->> 'source_type' THEN
				alters := alters || format('ALTER COLUMN %I TYPE %s USING %s', col -> 'sources' ->> 0,
										   col ->> 'target_type', finals ->> (col ->> 'target'));
			END IF;
			IF col ->> 'target' <> col -> 'sources' ->> 0 THEN
				renames := renames || format('ALTER TABLE %s RENAME COLUMN %I TO %I', source, col -> 'sources' ->> 0, col ->> 'target');
			END IF;
		ELSE
			-- a new column computed from others, before those change
			EXECUTE format('ALTER TABLE %s ADD COLUMN %I %s', source, col ->> 'target', col ->> 'target_type');
			sets := sets || format('%I = %s', col ->> 'target', finals ->> (col ->> 'target'));
			drops := drops || ARRAY(SELECT x FROM jsonb_array_elements_text(col -> 'sources') x
									 WHERE NOT x IN (SELECT jsonb_array_elements(cols) ->> 'name'));
			steps := steps || jsonb_build_object('action', 'add column', 'column', col ->> 'target', 'from', col -> 'sources',
												 'rule', coalesce(col ->> 'structure_rule', col ->> 'rule'));
		END IF;
	END LOOP;
	IF cardinality(sets) > 0 THEN
		EXECUTE format('UPDATE %s SET %s', source, array_to_string(sets, ', '));
		steps := steps || jsonb_build_object('action', 'fill new columns', 'sql', format('UPDATE %s SET %s', source, array_to_string(sets, ', ')));
	END IF;
	IF cardinality(alters) > 0 THEN
		EXECUTE format('ALTER TABLE %s %s', source, array_to_string(alters, ', '));
		steps := steps || jsonb_build_object('action', 'convert', 'sql', format('ALTER TABLE %s %s', source, array_to_string(alters, ', ')));
	END IF;
	drops := ARRAY(SELECT DISTINCT d FROM unnest(drops) d);
	IF cardinality(drops) > 0 THEN
		EXECUTE format('ALTER TABLE %s %s', source, (SELECT string_agg(format('DROP COLUMN %I', d), ', ') FROM unnest(drops) d));
		steps := steps || jsonb_build_object('action', 'drop consumed columns', 'columns', to_jsonb(drops));
	END IF;
	FOR ddl IN SELECT unnest(renames) LOOP
		EXECUTE ddl;
		steps := steps || jsonb_build_object('action', 'rename', 'sql', ddl);
	END LOOP;
	FOR col IN SELECT * FROM jsonb_array_elements(cols) c WHERE (c ->> 'required')::boolean LOOP
		EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET NOT NULL', source, col ->> 'name');
	END LOOP;
	-- the definition's keys (duplicates were quarantined above)
	IF EXISTS (SELECT FROM jsonb_array_elements(cols) c WHERE (c ->> 'primary_key')::boolean)
	   AND NOT EXISTS (SELECT FROM pg_constraint WHERE conrelid = source AND contype = 'p') THEN
		ddl := format('ALTER TABLE %s ADD PRIMARY KEY (%s)', source,
					  (SELECT string_agg(quote_ident(c ->> 'name'), ', ') FROM jsonb_array_elements(cols) c
						WHERE (c ->> 'primary_key')::boolean));
		EXECUTE ddl;
		steps := steps || jsonb_build_object('action', 'add key', 'sql', ddl);
	END IF;
	FOR col IN SELECT * FROM jsonb_array_elements(cols) c
				WHERE (c ->> 'unique')::boolean AND NOT (c ->> 'primary_key')::boolean LOOP
		ddl := format('ALTER TABLE %s ADD UNIQUE (%I)', source, col ->> 'name');
		EXECUTE ddl;
		steps := steps || jsonb_build_object('action', 'add key', 'sql', ddl);
	END LOOP;
	EXECUTE format('SELECT count(*) FROM %s', source) INTO n_left;
	IF n_read <> n_left + n_rej THEN
		RAISE EXCEPTION 'in-place remediation of % lost rows: % read, % kept, % quarantined', source, n_read, n_left, n_rej
			USING ERRCODE = 'internal_error', DETAIL = 'Nothing was changed.';
	END IF;
	EXECUTE format('DROP TABLE %s', shadow);
	rep := jsonb_build_object('remediation_id', rid, 'mode', 'applied in place', 'source', source::text,
		'rows_read', n_read, 'rows_written', n_left, 'rows_quarantined', n_rej, 'balanced', n_read = n_left + n_rej,
		'tables', jsonb_build_array(jsonb_build_object('source', source::text, 'rows_read', n_read, 'rows_written', n_left,
			'rows_quarantined', n_rej, 'balanced', n_read = n_left + n_rej, 'steps', steps)),
		'unmapped_source', plan -> 'unmapped_source',
		'duration_ms', round(extract(epoch FROM clock_timestamp() - t0) * 1000));
	UPDATE @extschema@.remediations SET report = rep, status = 'done', finished_at = clock_timestamp() WHERE id = rid;
	RETURN rep;
END;
$$;

COMMENT ON FUNCTION @extschema@.remediate(regclass, jsonb, boolean, jsonb) IS
'plan, or apply in place (ALTER TABLE ... USING), the conversion of a table into a JSONB target definition';
