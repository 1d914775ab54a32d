-------------------------------------------------------------------------------
-- Schema evolution: the schema repository (docs/evolution.md)
--
-- What lives here: the tables of tracked tables, their version history, the
-- registry of migration functions and the failure log (all under row-level
-- security by owner), the column snapshot and the difference between two
-- snapshots.  The compatibility views are in compat.sql, the event triggers
-- in events.sql, the API (track, register_migration, write...) in api.sql.
-------------------------------------------------------------------------------

CREATE TABLE @extschema@.tracked_tables (
	rel			oid PRIMARY KEY,
	compat_prefix text NOT NULL
		CONSTRAINT tracked_tables_prefix_check CHECK (compat_prefix <> '' AND length(compat_prefix) <= 50),
	owner		regrole NOT NULL,
	write_mode	text NOT NULL DEFAULT 'trigger' CHECK (write_mode IN ('trigger', 'rule')),
	tracked_by	regrole NOT NULL DEFAULT current_user::regrole,
	tracked_at	timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE @extschema@.tracked_tables IS
'tables under version control (synthmig.track); the compatibility views of version N are in schema compat_prefix_vN';


CREATE TABLE @extschema@.table_versions (
	rel			oid NOT NULL REFERENCES @extschema@.tracked_tables ON DELETE CASCADE,
	version		integer NOT NULL CHECK (version > 0),
	table_name	text NOT NULL,
	columns		jsonb NOT NULL,
	definition	jsonb NOT NULL,
	changes		jsonb NOT NULL DEFAULT '[]',
	live		boolean NOT NULL DEFAULT true,
	command		text,
	owner		regrole NOT NULL,
	recorded_by	regrole NOT NULL DEFAULT current_user::regrole,
	recorded_at	timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (rel, version)
);

COMMENT ON TABLE @extschema@.table_versions IS
'the version history of every tracked table: its columns (by attribute number), its synthmig definition and the changes from the previous version';


CREATE TABLE @extschema@.migration_functions (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	rel			oid REFERENCES @extschema@.tracked_tables ON DELETE CASCADE,
	version		integer CHECK (version > 1),
	direction	text NOT NULL DEFAULT 'forward' CHECK (direction IN ('forward', 'backward')),
	column_name	text,
	arguments	text[],
	from_type	regtype,
	to_type		regtype,
	func		regprocedure NOT NULL,
	owner		regrole NOT NULL DEFAULT current_user::regrole,
	registered_at timestamptz NOT NULL DEFAULT now(),
	CONSTRAINT migration_functions_kind_check CHECK (
		(rel IS NOT NULL AND version IS NOT NULL AND column_name IS NOT NULL AND arguments IS NOT NULL
		 AND from_type IS NULL AND to_type IS NULL) OR
		(rel IS NULL AND version IS NULL AND column_name IS NULL AND arguments IS NULL
		 AND from_type IS NOT NULL AND to_type IS NOT NULL))
);

COMMENT ON TABLE @extschema@.migration_functions IS
'registered migration functions: a column of a version computed from columns of the next or previous version, or a conversion between two types';


CREATE TABLE @extschema@.migration_log (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	rel			oid NOT NULL,
	table_name	text NOT NULL,
	from_version integer,
	to_version	integer,
	operation	text NOT NULL,
	mutation	jsonb,
	sqlstate	text NOT NULL,
	error		text NOT NULL,
	detail		text,
	attempts	integer NOT NULL,
	owner		regrole NOT NULL,
	logged_by	regrole NOT NULL DEFAULT current_user::regrole,
	logged_at	timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE @extschema@.migration_log IS
'mutations whose migration failed: version, operation, the mutation as JSONB and the error';


-- Row-level security: a role sees the rows of tables owned by roles whose
-- privileges it has (and, below, of tables it may read or write); it records
-- versions and registrations only for tables it may alter (membership in the
-- owner), and log rows only as itself.
ALTER TABLE @extschema@.tracked_tables ENABLE ROW LEVEL SECURITY;
ALTER TABLE @extschema@.table_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE @extschema@.migration_functions ENABLE ROW LEVEL SECURITY;
ALTER TABLE @extschema@.migration_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY tracked_tables_owner ON @extschema@.tracked_tables
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'MEMBER')
				AND owner = (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = rel)::regrole);
CREATE POLICY table_versions_owner ON @extschema@.table_versions
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'MEMBER')
				AND owner = (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = rel)::regrole);
CREATE POLICY migration_functions_owner ON @extschema@.migration_functions
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'MEMBER'));
CREATE POLICY migration_log_reader ON @extschema@.migration_log FOR SELECT
	USING (pg_has_role(current_user, owner, 'USAGE') OR pg_has_role(current_user, logged_by, 'USAGE'));
CREATE POLICY migration_log_writer ON @extschema@.migration_log FOR INSERT
	WITH CHECK (logged_by = current_user::regrole);
CREATE POLICY migration_log_delete ON @extschema@.migration_log FOR DELETE
	USING (pg_has_role(current_user, owner, 'MEMBER'));

-- whoever may read or write a tracked table may read its history and the
-- registrations that migrate it (synthmig.write builds the same path as the
-- views); type conversions are readable by all (ignored unless trusted)
CREATE POLICY tracked_tables_user ON @extschema@.tracked_tables FOR SELECT
	USING (has_table_privilege(rel, 'SELECT, INSERT, UPDATE, DELETE'));
CREATE POLICY table_versions_user ON @extschema@.table_versions FOR SELECT
	USING (has_table_privilege(rel, 'SELECT, INSERT, UPDATE, DELETE'));
CREATE POLICY migration_functions_user ON @extschema@.migration_functions FOR SELECT
	USING (rel IS NULL OR has_table_privilege(rel, 'SELECT, INSERT, UPDATE, DELETE'));

GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.tracked_tables TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.table_versions TO PUBLIC;
GRANT SELECT, INSERT, DELETE ON @extschema@.migration_functions TO PUBLIC;
GRANT SELECT, INSERT, DELETE ON @extschema@.migration_log TO PUBLIC;


-- The columns of a table now, by attribute number: name, type (OID, typmod
-- and format_type spelling), NOT NULL, whether it has a default and whether
-- a plain INSERT may write it (not generated, not GENERATED ALWAYS).
CREATE FUNCTION synthmig_internal.evolve_snapshot(rel oid)
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT coalesce(jsonb_agg(jsonb_build_object(
			'attnum', a.attnum, 'name', a.attname::text,
			'typid', a.atttypid::bigint, 'typmod', a.atttypmod,
			'type', format_type(a.atttypid, a.atttypmod),
			'not_null', a.attnotnull,
			'has_default', a.atthasdef OR a.attidentity <> '',
			'writable', a.attgenerated = '' AND a.attidentity <> 'a')
			ORDER BY a.attnum), '[]'::jsonb)
	  FROM pg_attribute a
	 WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_snapshot(oid) IS
'internal: the columns of a table by attribute number, as stored in synthmig.table_versions';


-- The changes from one snapshot to the next.  Attribute numbers are never
-- reused, so the same attnum under another name is a rename, the same attnum
-- with another type a type change (ALTER COLUMN TYPE keeps the attnum), and
-- a column whose attnum disappears was dropped, even if a column of the same
-- name was added (a new attnum) in the same version.  A change of NOT NULL
-- or of having a default is recorded too ('constraint'): it decides what old
-- writers can insert.
CREATE FUNCTION synthmig_internal.evolve_diff(old_cols jsonb, new_cols jsonb)
RETURNS jsonb
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	WITH o AS (
		SELECT * FROM jsonb_to_recordset(old_cols) AS x(attnum int, name text, type text, not_null boolean, has_default boolean)
	), n AS (
		SELECT * FROM jsonb_to_recordset(new_cols) AS x(attnum int, name text, type text, not_null boolean, has_default boolean)
	), ch AS (
		SELECT o.attnum, 1 AS k, jsonb_build_object('op', 'drop', 'attnum', o.attnum, 'name', o.name) AS c
		  FROM o WHERE NOT EXISTS (SELECT FROM n WHERE n.attnum = o.attnum)
		UNION ALL
		SELECT o.attnum, 2, jsonb_build_object('op', 'rename', 'attnum', o.attnum, 'from', o.name, 'to', n.name)
		  FROM o JOIN n USING (attnum) WHERE o.name <> n.name
		UNION ALL
		SELECT o.attnum, 3, jsonb_build_object('op', 'type', 'attnum', o.attnum, 'name', n.name,
											   'from_type', o.type, 'to_type', n.type)
		  FROM o JOIN n USING (attnum) WHERE o.type <> n.type
		UNION ALL
		SELECT o.attnum, 4, jsonb_build_object('op', 'constraint', 'attnum', o.attnum, 'name', n.name,
											   'not_null', n.not_null, 'has_default', n.has_default)
		  FROM o JOIN n USING (attnum)
		 WHERE o.not_null IS DISTINCT FROM n.not_null OR o.has_default IS DISTINCT FROM n.has_default
		UNION ALL
		SELECT n.attnum, 5, jsonb_build_object('op', 'add', 'attnum', n.attnum, 'name', n.name, 'type', n.type,
											   'not_null', n.not_null, 'has_default', n.has_default)
		  FROM n WHERE NOT EXISTS (SELECT FROM o WHERE o.attnum = n.attnum)
	)
	SELECT coalesce(jsonb_agg(c ORDER BY attnum, k), '[]'::jsonb) FROM ch;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_diff(jsonb, jsonb) IS
'internal: the changes (drop, rename, type, constraint, add) between two column snapshots, told apart by attribute number';


-- A table must be tracked and the caller must be able to alter it (a member
-- of its owner); returns the tracked row.
CREATE FUNCTION synthmig_internal.evolve_check_owner(rel regclass, argument text)
RETURNS @extschema@.tracked_tables
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t @extschema@.tracked_tables;
BEGIN
	PERFORM synthmig_internal.check_table(rel, argument);
	IF NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = rel), 'MEMBER') THEN
		RAISE EXCEPTION 'must be owner of table %', rel
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('Only a member of the role that owns %s can change its version history.', rel);
	END IF;
	SELECT * INTO t FROM @extschema@.tracked_tables x WHERE x.rel = evolve_check_owner.rel;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'table % is not tracked', rel
			USING ERRCODE = 'undefined_object',
				  HINT = format('Put it under version control first: SELECT synthmig.track(%L);', rel::text);
	END IF;
	RETURN t;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_check_owner(regclass, text) IS
'internal: the tracked_tables row of a table the caller owns (42501 otherwise, 42704 when it is not tracked)';


-- Record the table's current shape as a new version when it differs from
-- the last one; returns the new version number, or NULL when nothing changed.
CREATE FUNCTION synthmig_internal.evolve_record(rel oid, command text)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	last		@extschema@.table_versions;
	v_cols		jsonb := synthmig_internal.evolve_snapshot(rel);
	v_name		text := rel::regclass::text;
	v_changes	jsonb;
BEGIN
	SELECT * INTO last FROM @extschema@.table_versions v
	 WHERE v.rel = evolve_record.rel ORDER BY v.version DESC LIMIT 1;
	v_changes := synthmig_internal.evolve_diff(last.columns, v_cols);
	IF v_name <> last.table_name THEN
		v_changes := jsonb_build_array(jsonb_build_object('op', 'rename_table', 'from', last.table_name,
														   'to', v_name)) || v_changes;
	END IF;
	IF v_changes = '[]'::jsonb THEN
		RETURN NULL;
	END IF;
	INSERT INTO @extschema@.table_versions (rel, version, table_name, columns, definition, changes, command, owner)
	SELECT evolve_record.rel, last.version + 1, v_name, v_cols,
		   @extschema@.definition_from_catalog(ARRAY[evolve_record.rel::regclass]),
		   v_changes, evolve_record.command, c.relowner::regrole
	  FROM pg_class c WHERE c.oid = evolve_record.rel;
	RETURN last.version + 1;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_record(oid, text) IS
'internal: store the current shape of a tracked table as a new version if it changed; the new version number or NULL';
