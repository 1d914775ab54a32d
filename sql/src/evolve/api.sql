-------------------------------------------------------------------------------
-- Schema evolution: the API (docs/evolution.md)
--
-- track/untrack, the versions as definitions, registering migration
-- functions, exposing and retiring versions, writes in any version's shape
-- (synthmig.write) and the failure log.  The event triggers that record new
-- versions are in events.sql.
-------------------------------------------------------------------------------

-- Log a failed migration and raise it again (synthmig.migration_failure =
-- 'error', the default: the log row is undone with the caller's transaction,
-- the error carries the mutation) or skip the mutation with a WARNING
-- ('skip': nothing is written and the log row stays).
CREATE FUNCTION synthmig_internal.evolve_failed(rel oid, v int, operation text, mutation jsonb,
												state text, message text, attempts int)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_name	text := rel::regclass::text;
	v_cur	int := synthmig_internal.evolve_current(rel);
	v_what	text := CASE operation WHEN 'INSERT' THEN 'an insert' WHEN 'UPDATE' THEN 'an update'
							WHEN 'DELETE' THEN 'a delete' ELSE 'a document' END
						|| CASE WHEN v IS NOT NULL THEN format(' through version %s', v) ELSE '' END
						|| ' of ' || v_name;
BEGIN
	INSERT INTO @extschema@.migration_log (rel, table_name, from_version, to_version, operation, mutation,
										   sqlstate, error, attempts, owner)
	SELECT rel, v_name, v, v_cur, operation, mutation, state, message, attempts, c.relowner::regrole
	  FROM pg_class c WHERE c.oid = evolve_failed.rel;
	IF coalesce(current_setting('synthmig.migration_failure', true), 'error') = 'skip' THEN
		RAISE WARNING 'migration of % failed, the mutation was skipped: %', v_what, message
			USING DETAIL = format('Mutation: %s', left(mutation::text, 2000)),
				  HINT = 'The failure is in synthmig.migration_log.';
		RETURN;
	END IF;
	RAISE EXCEPTION 'migration of % failed: %', v_what, message
		USING ERRCODE = state,
			  DETAIL = format('Mutation: %s; attempts: %s.', left(mutation::text, 2000), attempts),
			  HINT = 'Nothing was written.  With synthmig.migration_failure = skip the mutation is skipped and kept in synthmig.migration_log.';
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_failed(oid, int, text, jsonb, text, text, int) IS
'internal: record a failed migration in synthmig.migration_log, then raise it (or skip the mutation under synthmig.migration_failure = skip)';


-- Put a table under version control: version 1 is its current shape.
CREATE FUNCTION @extschema@.track(rel regclass, compat_prefix text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_owner	oid;
	v_kind	char;
	v_nsp	text;
	v_cur	int;
BEGIN
	PERFORM synthmig_internal.check_table(rel, 'rel');
	SELECT c.relowner, c.relkind, n.nspname INTO v_owner, v_kind, v_nsp
	  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = rel;
	IF v_kind NOT IN ('r', 'p') THEN
		RAISE EXCEPTION '"%" is not a table', rel
			USING ERRCODE = 'wrong_object_type', HINT = 'Only ordinary and partitioned tables can be tracked.';
	END IF;
	IF NOT pg_has_role(current_user, v_owner, 'MEMBER') THEN
		RAISE EXCEPTION 'must be owner of table %', rel
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('Only a member of the role that owns %s can put it under version control.', rel);
	END IF;
	IF compat_prefix IS NOT NULL AND (compat_prefix = '' OR length(compat_prefix) > 50) THEN
		RAISE EXCEPTION 'compat_prefix must be between 1 and 50 characters'
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('Got %L.', compat_prefix);
	END IF;
	v_cur := synthmig_internal.evolve_current(rel);
	IF v_cur IS NOT NULL THEN
		RAISE NOTICE 'table % is already tracked, at version %', rel, v_cur;
		RETURN v_cur;
	END IF;
	INSERT INTO @extschema@.tracked_tables (rel, compat_prefix, owner)
	VALUES (rel, coalesce(compat_prefix, left(v_nsp, 50)), v_owner::regrole);
	INSERT INTO @extschema@.table_versions (rel, version, table_name, columns, definition, command, owner)
	VALUES (rel, 1, rel::text, synthmig_internal.evolve_snapshot(rel),
			@extschema@.definition_from_catalog(ARRAY[rel]), 'synthmig.track', v_owner::regrole);
	RETURN 1;
END;
$$;

COMMENT ON FUNCTION @extschema@.track(regclass, text) IS
'put a table under version control (version 1 = its current shape); old versions get compatibility views in schema compat_prefix_vN';


-- Take a table out of version control: its views, trigger functions,
-- versions and registrations go.
CREATE FUNCTION @extschema@.untrack(rel regclass)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v	int;
BEGIN
	PERFORM synthmig_internal.evolve_check_owner(rel, 'rel');
	FOR v IN SELECT tv.version FROM @extschema@.table_versions tv WHERE tv.rel = untrack.rel LOOP
		PERFORM synthmig_internal.evolve_drop_view(rel, v);
	END LOOP;
	DELETE FROM @extschema@.tracked_tables t WHERE t.rel = untrack.rel;
END;
$$;

COMMENT ON FUNCTION @extschema@.untrack(regclass) IS
'take a table out of version control: drop its compatibility views and its version history';


-- A version of a tracked table as a synthmig definition (the format of
-- create_definition), as it was recorded.
CREATE FUNCTION @extschema@.version_definition(rel regclass, version integer DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_def	jsonb;
BEGIN
	PERFORM synthmig_internal.check_table(rel, 'rel');
	SELECT tv.definition INTO v_def FROM @extschema@.table_versions tv
	 WHERE tv.rel = version_definition.rel
	   AND tv.version = coalesce(version_definition.version, synthmig_internal.evolve_current(version_definition.rel));
	IF v_def IS NULL THEN
		RAISE EXCEPTION 'table % has no version %', rel, coalesce(version::text, '(current)')
			USING ERRCODE = 'undefined_object',
				  HINT = 'synthmig.table_versions lists the versions of the tracked tables you may see.';
	END IF;
	RETURN v_def;
END;
$$;

COMMENT ON FUNCTION @extschema@.version_definition(regclass, integer) IS
'a version of a tracked table as a synthmig definition (NULL version: the current one)';


-- Make an old version live (its compatibility view exists) or retire it.
CREATE FUNCTION @extschema@.set_version_live(rel regclass, version integer, live boolean)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM synthmig_internal.evolve_check_owner(rel, 'rel');
	UPDATE @extschema@.table_versions tv SET live = set_version_live.live
	 WHERE tv.rel = set_version_live.rel AND tv.version = set_version_live.version;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'table % has no version %', rel, version
			USING ERRCODE = 'undefined_object';
	END IF;
	PERFORM synthmig_internal.evolve_drop_view(rel, version);
	IF live THEN
		PERFORM synthmig_internal.evolve_build_view(rel, version);
	END IF;
END;
$$;

COMMENT ON FUNCTION @extschema@.set_version_live(regclass, integer, boolean) IS
'expose (true) or retire (false) the compatibility view of an old version of a tracked table';


-- How the views of a table write: 'trigger' (per row, retried, logged) or
-- 'rule' (set-based rewrite: as fast as a direct write, no retry or log).
CREATE FUNCTION @extschema@.set_write_mode(rel regclass, mode text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM synthmig_internal.evolve_check_owner(rel, 'rel');
	IF mode IS NULL OR mode NOT IN ('trigger', 'rule') THEN
		RAISE EXCEPTION 'mode must be ''trigger'' or ''rule'''
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('Got %L.', mode);
	END IF;
	UPDATE @extschema@.tracked_tables t SET write_mode = mode WHERE t.rel = set_write_mode.rel;
	PERFORM synthmig_internal.evolve_rebuild(rel);
END;
$$;

COMMENT ON FUNCTION @extschema@.set_write_mode(regclass, text) IS
'how the compatibility views of a tracked table write: trigger (per row, retried and logged) or rule (set-based rewrite)';


-- Register a column function: the column column_name of version "version"
-- (forward) or of version - 1 (backward) is computed by func from the
-- columns "arguments" of the other version.  Rebuilds the views.
CREATE FUNCTION @extschema@.register_migration(rel regclass, version integer, column_name text,
												func regprocedure, arguments text[] DEFAULT NULL,
												direction text DEFAULT 'forward')
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_id	bigint;
	v_to	int;
	v_from	int;
	v_att	int;
	v_args	text[] := arguments;
	v_bad	text;
BEGIN
	PERFORM synthmig_internal.evolve_check_owner(rel, 'rel');
	IF direction IS NULL OR direction NOT IN ('forward', 'backward') THEN
		RAISE EXCEPTION 'direction must be ''forward'' or ''backward'''
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('Got %L.', direction);
	END IF;
	IF func IS NULL OR column_name IS NULL OR version IS NULL THEN
		RAISE EXCEPTION 'version, column_name and func must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	v_to := CASE direction WHEN 'forward' THEN version ELSE version - 1 END;
	v_from := CASE direction WHEN 'forward' THEN version - 1 ELSE version END;
	IF version < 2 OR NOT EXISTS (SELECT FROM @extschema@.table_versions tv
								   WHERE tv.rel = register_migration.rel AND tv.version = register_migration.version) THEN
		RAISE EXCEPTION 'table % has no version % to migrate to', rel, version
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'A migration function belongs to the step from version - 1 to version (version >= 2).';
	END IF;
	SELECT x.attnum INTO v_att
	  FROM @extschema@.table_versions tv, jsonb_to_recordset(tv.columns) AS x(attnum int, name text)
	 WHERE tv.rel = register_migration.rel AND tv.version = v_to AND x.name = column_name;
	IF v_att IS NULL THEN
		RAISE EXCEPTION 'version % of % has no column "%"', v_to, rel, column_name
			USING ERRCODE = 'undefined_column';
	END IF;
	IF v_args IS NULL THEN
		-- the same column (by attribute number) in the other version
		SELECT ARRAY[x.name] INTO v_args
		  FROM @extschema@.table_versions tv, jsonb_to_recordset(tv.columns) AS x(attnum int, name text)
		 WHERE tv.rel = register_migration.rel AND tv.version = v_from AND x.attnum = v_att;
		IF v_args IS NULL THEN
			RAISE EXCEPTION 'column "%" has no counterpart in version % of %', column_name, v_from, rel
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'Name the columns of the other version the function reads in arguments.';
		END IF;
	END IF;
	SELECT a INTO v_bad FROM unnest(v_args) a
	 WHERE a IS NULL OR NOT EXISTS (
		SELECT FROM @extschema@.table_versions tv, jsonb_to_recordset(tv.columns) AS x(name text)
		 WHERE tv.rel = register_migration.rel AND tv.version = v_from AND x.name = a)
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'version % of % has no column "%"', v_from, rel, coalesce(v_bad, 'NULL')
			USING ERRCODE = 'undefined_column', DETAIL = 'The arguments name columns of the version the function reads.';
	END IF;
	IF (SELECT p.pronargs FROM pg_proc p WHERE p.oid = func) <> cardinality(v_args)
	   OR (SELECT p.proretset OR p.prokind <> 'f' FROM pg_proc p WHERE p.oid = func) THEN
		RAISE EXCEPTION 'function % must take % argument(s) and return one value', func, cardinality(v_args)
			USING ERRCODE = 'invalid_function_definition',
				  DETAIL = format('Arguments: %s.', array_to_string(v_args, ', '));
	END IF;
	INSERT INTO @extschema@.migration_functions (rel, version, direction, column_name, arguments, func)
	VALUES (rel, version, direction, column_name, v_args, func)
	RETURNING id INTO v_id;
	PERFORM synthmig_internal.evolve_rebuild(rel);
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.register_migration(regclass, integer, text, regprocedure, text[], text) IS
'register a function computing a column of one version from columns of the adjacent version (split, merge, type change); takes precedence over built-in steps';


-- Rebuild the views of the caller's tracked tables that have a type change
-- from from_type to to_type (after a type conversion is registered or removed).
CREATE FUNCTION synthmig_internal.evolve_rebuild_typed(from_type oid, to_type oid)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r	oid;
BEGIN
	FOR r IN SELECT m.rel FROM synthmig_internal.evolve_mine() m(rel)
			  WHERE EXISTS (SELECT FROM @extschema@.table_versions a
							  JOIN @extschema@.table_versions b ON b.rel = a.rel AND b.version = a.version + 1,
								   jsonb_to_recordset(a.columns) x(attnum int, typid oid),
								   jsonb_to_recordset(b.columns) y(attnum int, typid oid)
							 WHERE a.rel = m.rel AND x.attnum = y.attnum
							   AND x.typid = evolve_rebuild_typed.from_type AND y.typid = evolve_rebuild_typed.to_type) LOOP
		PERFORM synthmig_internal.evolve_rebuild(r);
	END LOOP;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_rebuild_typed(oid, oid) IS
'internal: rebuild the views of the caller''s tracked tables with a type change between two types';


-- Register a conversion between two types, used by every type change from
-- from_type to to_type in the tables of roles that have the registrant's
-- privileges.
CREATE FUNCTION @extschema@.register_migration(from_type regtype, to_type regtype, func regprocedure)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_id	bigint;
	p		record;
BEGIN
	IF from_type IS NULL OR to_type IS NULL OR func IS NULL THEN
		RAISE EXCEPTION 'from_type, to_type and func must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	SELECT x.pronargs, x.proargtypes, x.prorettype, x.proretset INTO p FROM pg_proc x WHERE x.oid = func;
	IF p.pronargs <> 1 OR p.proretset OR p.prorettype <> to_type OR p.proargtypes[0] <> from_type THEN
		RAISE EXCEPTION 'function % does not convert % to %', func, from_type, to_type
			USING ERRCODE = 'invalid_function_definition',
				  HINT = format('A type conversion takes one %s and returns one %s.', from_type, to_type);
	END IF;
	INSERT INTO @extschema@.migration_functions (from_type, to_type, func)
	VALUES (from_type, to_type, func)
	RETURNING id INTO v_id;
	PERFORM synthmig_internal.evolve_rebuild_typed(from_type, to_type);
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.register_migration(regtype, regtype, regprocedure) IS
'register a conversion function between two types for type changes; takes precedence over migration_function_path and casts';


-- Remove a registration (its views are rebuilt without it).
CREATE FUNCTION @extschema@.unregister_migration(id bigint)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_rel	oid;
	v_from	oid;
	v_to	oid;
BEGIN
	DELETE FROM @extschema@.migration_functions m WHERE m.id = unregister_migration.id
	RETURNING m.rel, m.from_type, m.to_type INTO v_rel, v_from, v_to;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'migration function % does not exist', id
			USING ERRCODE = 'undefined_object',
				  HINT = 'synthmig.migration_functions lists the registrations you may see.';
	END IF;
	IF v_rel IS NOT NULL THEN
		PERFORM synthmig_internal.evolve_rebuild(v_rel);
	ELSE
		PERFORM synthmig_internal.evolve_rebuild_typed(v_from, v_to);
	END IF;
END;
$$;

COMMENT ON FUNCTION @extschema@.unregister_migration(bigint) IS
'remove a registered migration function';
