-------------------------------------------------------------------------------
-- Schema evolution: the event triggers (docs/evolution.md)
--
-- ddl_command_start (ALTER TABLE, DROP TABLE, DROP EXTENSION): the
-- compatibility views of the tables the current role may alter are dropped,
-- since a view would block DROP COLUMN and ALTER COLUMN TYPE.
-- ddl_command_end (ALTER TABLE): every tracked table the role may alter is
-- compared with its last version; a change is recorded as a new version,
-- checked for conflicts, and the views of the live versions are built again.
-- sql_drop: a dropped tracked table leaves no trigger function and no
-- version history behind.
-- The functions run with the rights of the role running the DDL (event
-- trigger functions are not SECURITY DEFINER) and only touch tables that
-- role may alter; they are not executable by PUBLIC.
-------------------------------------------------------------------------------

-- The tracked tables the current role may alter (a member of the owner).
CREATE FUNCTION synthmig_internal.evolve_mine()
RETURNS SETOF oid
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT t.rel FROM @extschema@.tracked_tables t JOIN pg_class c ON c.oid = t.rel
	 WHERE pg_has_role(current_user, c.relowner, 'MEMBER')
	 ORDER BY t.rel;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_mine() IS
'internal: the tracked tables the current role may alter';


CREATE FUNCTION synthmig_internal.evolve_ddl_start()
RETURNS event_trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r	oid;
	v	int;
BEGIN
	-- DROP EXTENSION of another extension leaves the views alone
	IF tg_tag = 'DROP EXTENSION' AND current_query() !~* 'synthmig' THEN
		RETURN;
	END IF;
	FOR r IN SELECT synthmig_internal.evolve_mine() LOOP
		FOR v IN SELECT tv.version FROM @extschema@.table_versions tv WHERE tv.rel = r AND tv.live LOOP
			PERFORM synthmig_internal.evolve_drop_view(r, v);
		END LOOP;
	END LOOP;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_ddl_start() IS
'internal (event trigger): drop the compatibility views of the tables the role may alter before ALTER/DROP TABLE';


CREATE FUNCTION synthmig_internal.evolve_ddl_end()
RETURNS event_trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r		oid;
	v_new	int;
	lv		int;
	v_bad	text[];
	v_strat	text := coalesce(current_setting('synthmig.default_migration_strategy', true), 'reject');
BEGIN
	FOR r IN SELECT synthmig_internal.evolve_mine() LOOP
		UPDATE @extschema@.tracked_tables t SET owner = c.relowner::regrole
		  FROM pg_class c WHERE c.oid = r AND t.rel = r AND t.owner <> c.relowner::regrole;
		v_new := synthmig_internal.evolve_record(r, tg_tag);
		IF v_new IS NOT NULL THEN
			-- conflict analysis: a live version whose writers cannot fill a required column
			FOR lv IN SELECT tv.version FROM @extschema@.table_versions tv
					   WHERE tv.rel = r AND tv.live AND tv.version < v_new ORDER BY tv.version LOOP
				v_bad := synthmig_internal.evolve_conflicts(r, lv);
				IF v_bad IS NOT NULL THEN
					IF v_strat = 'reject' THEN
						RAISE EXCEPTION 'writers of version % of % cannot fill required column(s) %', lv, r::regclass,
								array_to_string(v_bad, ', ')
							USING ERRCODE = 'object_not_in_prerequisite_state',
								  DETAIL = format('Version %s would have no migration path for inserts (synthmig.default_migration_strategy = reject).', v_new),
								  HINT = 'Give the column a default, register a migration function for it, or retire the old version with synthmig.set_version_live(table, version, false).';
					END IF;
					RAISE WARNING 'writers of version % of % cannot fill required column(s) %', lv, r::regclass,
						array_to_string(v_bad, ', ')
						USING DETAIL = 'Their inserts will fail until a default or a migration function exists.';
				END IF;
			END LOOP;
		END IF;
		FOR lv IN SELECT tv.version FROM @extschema@.table_versions tv WHERE tv.rel = r AND tv.live ORDER BY tv.version LOOP
			PERFORM synthmig_internal.evolve_drop_view(r, lv);
			PERFORM synthmig_internal.evolve_build_view(r, lv);
		END LOOP;
	END LOOP;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_ddl_end() IS
'internal (event trigger): record a new version of every changed tracked table, report conflicts, rebuild the views';


CREATE FUNCTION synthmig_internal.evolve_sql_drop()
RETURNS event_trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	d	record;
	v	int;
BEGIN
	FOR d IN SELECT o.objid FROM pg_event_trigger_dropped_objects() o
			  WHERE o.classid = 'pg_class'::regclass AND o.objsubid = 0 AND o.object_type = 'table'
				AND EXISTS (SELECT FROM @extschema@.tracked_tables t WHERE t.rel = o.objid) LOOP
		FOR v IN SELECT tv.version FROM @extschema@.table_versions tv WHERE tv.rel = d.objid LOOP
			PERFORM synthmig_internal.evolve_drop_view(d.objid, v);
		END LOOP;
		DELETE FROM @extschema@.tracked_tables t WHERE t.rel = d.objid;
	END LOOP;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_sql_drop() IS
'internal (event trigger): forget a dropped tracked table (trigger functions, versions, registrations)';

REVOKE EXECUTE ON FUNCTION synthmig_internal.evolve_ddl_start() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION synthmig_internal.evolve_ddl_end() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION synthmig_internal.evolve_sql_drop() FROM PUBLIC;

CREATE EVENT TRIGGER synthmig_evolve_start ON ddl_command_start
	WHEN TAG IN ('ALTER TABLE', 'DROP TABLE', 'DROP EXTENSION')
	EXECUTE FUNCTION synthmig_internal.evolve_ddl_start();
CREATE EVENT TRIGGER synthmig_evolve_end ON ddl_command_end
	WHEN TAG IN ('ALTER TABLE')
	EXECUTE FUNCTION synthmig_internal.evolve_ddl_end();
CREATE EVENT TRIGGER synthmig_evolve_drop ON sql_drop
	WHEN TAG IN ('DROP TABLE', 'DROP SCHEMA', 'DROP OWNED')
	EXECUTE FUNCTION synthmig_internal.evolve_sql_drop();
