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
	d	record;
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
	-- the extension goes: so do the document triggers that call it
	IF tg_tag = 'DROP EXTENSION' THEN
		FOR d IN SELECT dv.rel, dv.column_name FROM @extschema@.document_versions dv JOIN pg_class c ON c.oid = dv.rel
				  WHERE dv.version = 1 AND pg_has_role(current_user, c.relowner, 'MEMBER') LOOP
			PERFORM @extschema@.untrack_documents(d.rel, d.column_name);
		END LOOP;
	END IF;
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
	k		record;
	v_strat	text := coalesce(current_setting('synthmig.default_migration_strategy', true), 'reject');
BEGIN
	FOR r IN SELECT synthmig_internal.evolve_mine() LOOP
		UPDATE @extschema@.tracked_tables t SET owner = c.relowner::regrole
		  FROM pg_class c WHERE c.oid = r AND t.rel = r AND t.owner <> c.relowner::regrole;
		v_new := synthmig_internal.evolve_record(r, tg_tag);
		IF v_new IS NOT NULL THEN
			-- conflict analysis: live versions whose writers cannot fill a required column
			FOR k IN SELECT x.bad, array_agg(x.version ORDER BY x.version) AS versions
					   FROM (SELECT tv.version, synthmig_internal.evolve_conflicts(r, tv.version) AS bad
							   FROM @extschema@.table_versions tv
							  WHERE tv.rel = r AND tv.live AND tv.version < v_new) x
					  WHERE x.bad IS NOT NULL
					  GROUP BY x.bad ORDER BY min(x.version) LOOP
				IF v_strat = 'reject' THEN
					RAISE EXCEPTION 'writers of version % of % cannot fill required column(s) %',
							array_to_string(k.versions, ', '), r::regclass, array_to_string(k.bad, ', ')
						USING ERRCODE = 'object_not_in_prerequisite_state',
							  DETAIL = format('Version %s would have no migration path for their inserts (synthmig.default_migration_strategy = reject).', v_new),
							  HINT = 'Give the column a default, register a migration function for it, or retire the old versions with synthmig.set_version_live(table, version, false).';
				END IF;
				RAISE WARNING 'writers of version % of % cannot fill required column(s) %',
					array_to_string(k.versions, ', '), r::regclass, array_to_string(k.bad, ', ')
					USING DETAIL = 'Their inserts will fail until a default or a migration function exists.';
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
	f	oid;
BEGIN
	FOR d IN SELECT o.objid FROM pg_event_trigger_dropped_objects() o
			  WHERE o.classid = 'pg_class'::regclass AND o.objsubid = 0 AND o.object_type = 'table' LOOP
		FOR v IN SELECT tv.version FROM @extschema@.table_versions tv WHERE tv.rel = d.objid LOOP
			PERFORM synthmig_internal.evolve_drop_view(d.objid, v);
		END LOOP;
		DELETE FROM @extschema@.tracked_tables t WHERE t.rel = d.objid;
		-- the upgrade functions of its jsonb columns (the triggers went with the table)
		IF EXISTS (SELECT FROM @extschema@.document_versions dv WHERE dv.rel = d.objid) THEN
			FOR f IN SELECT p.oid FROM pg_proc p
					  WHERE p.proname LIKE 'synthmig\_doc\_' || d.objid || '\_%' AND p.pronargs = 0
						AND p.prorettype = 'trigger'::regtype LOOP
				EXECUTE format('DROP FUNCTION %s', f::regprocedure);
			END LOOP;
			DELETE FROM @extschema@.document_versions dv WHERE dv.rel = d.objid;
		END IF;
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
