-------------------------------------------------------------------------------
-- Schema evolution: migration paths and compatibility views
--
-- What lives here: choosing the migration function of a step (registered,
-- found on synthmig.migration_function_path, or a built-in cast), composing
-- the steps between two versions into one SQL expression per column, and
-- building (and dropping) the updatable view of a live version with its
-- INSTEAD OF trigger.  Nothing here runs text stored by another role: the
-- expressions are built from the catalog (format_type of stored type OIDs,
-- %I for names, regprocedure for functions) each time views are built, by the
-- role that builds them, which must be a member of the table's owner.
-------------------------------------------------------------------------------

-- Whether functions registered or owned by role "author" may be called on
-- behalf of tables owned by "table_owner": the owner has the author's
-- privileges (the author is the owner or a role granted to it) or the author
-- is a superuser.  A table owner can already attach any trigger to the table,
-- so this never lets a role run code it could not have run before.
CREATE FUNCTION synthmig_internal.evolve_trusted(table_owner oid, author oid)
RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT pg_has_role(table_owner, author, 'USAGE')
		OR coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.oid = author), false);
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_trusted(oid, oid) IS
'internal: whether functions of role author may run for tables of role table_owner (author granted to the owner, or a superuser)';


-- A call of function f on an argument expression, cast to f's argument type;
-- the name is schema-qualified from the catalog.
CREATE FUNCTION synthmig_internal.evolve_call(f oid, args text[])
RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT format('%I.%I(%s)', n.nspname, p.proname,
				  (SELECT string_agg(format('CAST(%s AS %s)', a.e, format_type(p.proargtypes[a.i - 1], NULL)), ', '
									 ORDER BY a.i)
					 FROM unnest(args) WITH ORDINALITY a(e, i)))
	  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
	 WHERE p.oid = f;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_call(oid, text[]) IS
'internal: SQL text calling a function (schema-qualified from the catalog) on argument expressions cast to its parameter types';


-- Convert an expression of one type into another: a registered type-pair
-- function, else a function on synthmig.migration_function_path (one
-- argument of the source type, returning the target type; the first schema
-- of the path wins, then the name), else a cast (through text when the
-- catalog has no cast).  Only functions the table owner trusts are used.
CREATE FUNCTION synthmig_internal.evolve_convert(table_owner oid, expr text,
												 from_typid oid, from_typmod int,
												 to_typid oid, to_typmod int)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_func	oid;
	v_to	text := format_type(to_typid, to_typmod);
	v_path	text[];
BEGIN
	SELECT m.func INTO v_func FROM @extschema@.migration_functions m
	 WHERE m.rel IS NULL AND m.from_type = from_typid AND m.to_type = to_typid
	   AND synthmig_internal.evolve_trusted(table_owner, m.owner)
	 ORDER BY m.id DESC LIMIT 1;
	IF v_func IS NULL THEN
		v_path := string_to_array(regexp_replace(
			coalesce(current_setting('synthmig.migration_function_path', true), ''), '\s', '', 'g'), ',');
		SELECT p.oid INTO v_func
		  FROM unnest(v_path) WITH ORDINALITY s(nsp, ord)
		  JOIN pg_namespace n ON n.nspname = s.nsp
		  JOIN pg_proc p ON p.pronamespace = n.oid
		 WHERE s.nsp <> '' AND p.pronargs = 1 AND p.proargtypes[0] = from_typid AND p.prorettype = to_typid
		   AND p.prokind = 'f' AND NOT p.proretset
		   AND synthmig_internal.evolve_trusted(table_owner, p.proowner)
		 ORDER BY s.ord, p.proname, p.oid LIMIT 1;
	END IF;
	IF v_func IS NOT NULL THEN
		RETURN format('CAST(%s AS %s)', synthmig_internal.evolve_call(v_func, ARRAY[expr]), v_to);
	END IF;
	IF from_typid = to_typid OR EXISTS (SELECT FROM pg_cast c WHERE c.castsource = from_typid AND c.casttarget = to_typid)
	   OR from_typid IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype)
	   OR to_typid IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype) THEN
		RETURN format('CAST(%s AS %s)', expr, v_to);
	END IF;
	RETURN format('CAST(CAST(%s AS text) AS %s)', expr, v_to);
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_convert(oid, text, oid, int, oid, int) IS
'internal: SQL text converting an expression between two types (registered function, migration_function_path, or a cast)';


-- One step of a migration path: given an expression for each column of
-- version from_v (a JSON object name -> SQL text; a missing name has no
-- value), the expressions of the columns of version to_v, one version away.
-- A column function registered for that column of to_v wins; else the
-- column with the same attribute number, converted when its type changed;
-- else the column has no value (an added column: its default; a dropped
-- one: NULL when read).
CREATE FUNCTION synthmig_internal.evolve_step(rel oid, from_v int, to_v int, exprs jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_src	jsonb;
	v_dst	jsonb;
	v_owner	oid;
	v_dir	text := CASE WHEN to_v > from_v THEN 'forward' ELSE 'backward' END;
	v_out	jsonb := '{}';
	c		record;
	s		record;
	m		record;
	v_args	text[];
BEGIN
	SELECT v.columns, v.owner INTO v_src, v_owner FROM @extschema@.table_versions v
	 WHERE v.rel = evolve_step.rel AND v.version = from_v;
	SELECT v.columns INTO v_dst FROM @extschema@.table_versions v
	 WHERE v.rel = evolve_step.rel AND v.version = to_v;
	FOR c IN SELECT * FROM jsonb_to_recordset(v_dst) AS x(attnum int, name text, typid oid, typmod int) LOOP
		SELECT f.func, f.arguments INTO m FROM @extschema@.migration_functions f
		 WHERE f.rel = evolve_step.rel AND f.version = greatest(from_v, to_v) AND f.direction = v_dir
		   AND f.column_name = c.name AND synthmig_internal.evolve_trusted(v_owner, f.owner)
		 ORDER BY f.id DESC LIMIT 1;
		IF FOUND THEN
			SELECT array_agg(exprs ->> a ORDER BY i) INTO v_args FROM unnest(m.arguments) WITH ORDINALITY u(a, i);
			IF array_position(v_args, NULL) IS NULL THEN
				v_out := v_out || jsonb_build_object(c.name, format('CAST(%s AS %s)',
					synthmig_internal.evolve_call(m.func, v_args), format_type(c.typid, c.typmod)));
			END IF;
			CONTINUE;
		END IF;
		SELECT * INTO s FROM jsonb_to_recordset(v_src) AS x(attnum int, name text, typid oid, typmod int)
		 WHERE x.attnum = c.attnum;
		IF NOT FOUND OR NOT exprs ? s.name THEN
			CONTINUE;
		END IF;
		IF s.typid = c.typid AND s.typmod = c.typmod THEN
			v_out := v_out || jsonb_build_object(c.name, exprs ->> s.name);
		ELSE
			v_out := v_out || jsonb_build_object(c.name, synthmig_internal.evolve_convert(
				v_owner, exprs ->> s.name, s.typid, s.typmod, c.typid, c.typmod));
		END IF;
	END LOOP;
	RETURN v_out;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_step(oid, int, int, jsonb) IS
'internal: the expressions of the columns of a version from those of the next or previous version (one migration step)';


-- The whole path from one version to another, step by step.
CREATE FUNCTION synthmig_internal.evolve_path(rel oid, from_v int, to_v int, exprs jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v		int := from_v;
	v_step	int := CASE WHEN to_v >= from_v THEN 1 ELSE -1 END;
BEGIN
	WHILE v <> to_v LOOP
		exprs := synthmig_internal.evolve_step(rel, v, v + v_step, exprs);
		v := v + v_step;
	END LOOP;
	RETURN exprs;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_path(oid, int, int, jsonb) IS
'internal: compose the migration steps between two versions (either direction) into one expression per column';


-- The current version of a tracked table.
CREATE FUNCTION synthmig_internal.evolve_current(rel oid)
RETURNS integer
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT max(v.version) FROM @extschema@.table_versions v WHERE v.rel = evolve_current.rel;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_current(oid) IS
'internal: the latest version of a tracked table';


-- Columns a writer of version v cannot fill: required by the current table
-- (NOT NULL, no default, writable) and without a value on the path from v.
CREATE FUNCTION synthmig_internal.evolve_conflicts(rel oid, v int)
RETURNS text[]
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_cur	int := synthmig_internal.evolve_current(rel);
	v_in	jsonb;
	v_out	jsonb;
BEGIN
	SELECT jsonb_object_agg(x.name, format('NEW.%I', x.name)) INTO v_in
	  FROM @extschema@.table_versions tv, jsonb_to_recordset(tv.columns) AS x(name text)
	 WHERE tv.rel = evolve_conflicts.rel AND tv.version = v;
	v_out := synthmig_internal.evolve_path(rel, v, v_cur, coalesce(v_in, '{}'));
	RETURN (SELECT array_agg(x.name ORDER BY x.attnum)
			  FROM @extschema@.table_versions tv,
				   jsonb_to_recordset(tv.columns) AS x(attnum int, name text, not_null boolean, has_default boolean, writable boolean)
			 WHERE tv.rel = evolve_conflicts.rel AND tv.version = v_cur
			   AND x.not_null AND NOT x.has_default AND x.writable AND NOT v_out ? x.name);
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_conflicts(oid, int) IS
'internal: the required columns of the current table that writers of an old version cannot fill';


-- Schema of the compatibility view of version v.
CREATE FUNCTION synthmig_internal.evolve_schema(rel oid, v int)
RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT t.compat_prefix || '_v' || v FROM @extschema@.tracked_tables t WHERE t.rel = evolve_schema.rel;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_schema(oid, int) IS
'internal: the schema holding the compatibility view of a version (compat_prefix_vN)';


-- Drop the compatibility view of version v and its trigger function, if any.
CREATE FUNCTION synthmig_internal.evolve_drop_view(rel oid, v int)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_nsp	text := synthmig_internal.evolve_schema(rel, v);
	v_view	text;
BEGIN
	SELECT (parse_ident(tv.table_name))[cardinality(parse_ident(tv.table_name))] INTO v_view
	  FROM @extschema@.table_versions tv WHERE tv.rel = evolve_drop_view.rel AND tv.version = v;
	IF v_nsp IS NULL OR v_view IS NULL THEN
		RETURN;
	END IF;
	-- only a view this module made: its trigger calls our function
	IF EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = v_nsp AND c.relname = v_view AND c.relkind = 'v') THEN
		EXECUTE format('DROP VIEW %I.%I', v_nsp, v_view);
	END IF;
	IF EXISTS (SELECT FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
				WHERE n.nspname = v_nsp AND p.proname = 'synthmig_write_' || rel AND p.pronargs = 0) THEN
		EXECUTE format('DROP FUNCTION %I.%I()', v_nsp, 'synthmig_write_' || rel);
	END IF;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_drop_view(oid, int) IS
'internal: drop the compatibility view of a version and its trigger function';


-- Build the compatibility view of version v: an updatable view
-- (security_invoker) with v's columns, read through the backward path from
-- the current table, and an INSTEAD OF trigger that writes through the
-- forward path (write_mode 'trigger': per row, in a subtransaction, retried
-- and logged) or DO INSTEAD rules (write_mode 'rule': the statement is
-- rewritten into one statement on the table).  UPDATE and DELETE find the
-- row by the current primary key.
CREATE FUNCTION synthmig_internal.evolve_build_view(rel oid, v int)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_cur	int := synthmig_internal.evolve_current(rel);
	v_nsp	text := synthmig_internal.evolve_schema(rel, v);
	v_cols	jsonb;
	v_view	text;
	v_read	jsonb;
	v_new	jsonb;
	v_old	jsonb;
	v_sel	text;
	v_ins_cols text;
	v_ins_vals text;
	v_set	text;
	v_key	text;
	v_fn	text := 'synthmig_write_' || rel;
	v_body	text;
	v_mut	text;
	v_owner	text;
	d		record;
BEGIN
	IF v >= v_cur THEN
		RETURN;
	END IF;
	SELECT tv.columns, (parse_ident(tv.table_name))[cardinality(parse_ident(tv.table_name))]
	  INTO v_cols, v_view
	  FROM @extschema@.table_versions tv WHERE tv.rel = evolve_build_view.rel AND tv.version = v;
	SELECT c.relowner::regrole::text INTO v_owner FROM pg_class c WHERE c.oid = rel;
	IF NOT EXISTS (SELECT FROM pg_namespace n WHERE n.nspname = v_nsp) THEN
		IF NOT has_database_privilege(current_database(), 'CREATE') THEN
			RAISE EXCEPTION 'permission denied to create compatibility schema %', v_nsp
				USING ERRCODE = 'insufficient_privilege',
					  DETAIL = format('Version %s of %s needs a view in schema %s.', v, rel::regclass, v_nsp),
					  HINT = format('Create the schema first (CREATE SCHEMA %I AUTHORIZATION %s), or grant CREATE on the database to the table''s owner.',
									v_nsp, v_owner);
		END IF;
		EXECUTE format('CREATE SCHEMA %I AUTHORIZATION %s', v_nsp, v_owner);
	END IF;

	-- reads: current columns -> version v
	SELECT jsonb_object_agg(x.name, format('t.%I', x.name)) INTO v_read
	  FROM jsonb_to_recordset(synthmig_internal.evolve_snapshot(rel)) AS x(name text);
	v_read := synthmig_internal.evolve_path(rel, v_cur, v, v_read);
	SELECT string_agg(format('%s AS %I', coalesce(v_read ->> x.name, format('CAST(NULL AS %s)', format_type(x.typid, x.typmod))), x.name),
					  ', ' ORDER BY x.attnum)
	  INTO v_sel
	  FROM jsonb_to_recordset(v_cols) AS x(attnum int, name text, typid oid, typmod int);
	EXECUTE format('CREATE VIEW %I.%I WITH (security_invoker = true) AS SELECT %s FROM %s t',
				   v_nsp, v_view, v_sel, rel::regclass);
	-- an omitted column gets the table's default, where the column is the same
	FOR d IN SELECT x.name, CASE WHEN a.attidentity <> ''
							THEN format('nextval(%L::regclass)', pg_get_serial_sequence(rel::regclass::text, a.attname))
							ELSE pg_get_expr(ad.adbin, ad.adrelid) END AS expr
			   FROM jsonb_to_recordset(v_cols) AS x(attnum int, name text, typid oid)
			   JOIN pg_attribute a ON a.attrelid = rel AND a.attnum = x.attnum AND a.atttypid = x.typid
			   LEFT JOIN pg_attrdef ad ON ad.adrelid = rel AND ad.adnum = a.attnum
			  WHERE (ad.adbin IS NOT NULL AND a.attgenerated = '') OR a.attidentity = 'd' LOOP
		EXECUTE format('ALTER VIEW %I.%I ALTER COLUMN %I SET DEFAULT %s', v_nsp, v_view, d.name, d.expr);
	END LOOP;
	EXECUTE format('COMMENT ON VIEW %I.%I IS %L', v_nsp, v_view,
				   format('synthmig: version %s of %s (reads and writes go to the current table)', v, rel::regclass));

	-- writes: version v -> current columns
	SELECT jsonb_object_agg(x.name, format('NEW.%I', x.name)), jsonb_object_agg(x.name, format('OLD.%I', x.name))
	  INTO v_new, v_old
	  FROM jsonb_to_recordset(v_cols) AS x(name text);
	v_new := synthmig_internal.evolve_path(rel, v, v_cur, v_new);
	v_old := synthmig_internal.evolve_path(rel, v, v_cur, v_old);
	SELECT string_agg(format('%I', x.name), ', ' ORDER BY x.attnum),
		   string_agg(v_new ->> x.name, ', ' ORDER BY x.attnum),
		   string_agg(format('%I = %s', x.name, v_new ->> x.name), ', ' ORDER BY x.attnum)
	  INTO v_ins_cols, v_ins_vals, v_set
	  FROM jsonb_to_recordset(synthmig_internal.evolve_snapshot(rel)) AS x(attnum int, name text, writable boolean)
	 WHERE x.writable AND v_new ? x.name;
	-- the primary key, every column of it reachable from OLD
	SELECT string_agg(format('t.%I = %s', a.attname, v_old ->> a.attname::text), ' AND ')
		   FILTER (WHERE v_old ? a.attname::text),
		   count(*) FILTER (WHERE NOT v_old ? a.attname::text)
	  INTO v_key, v_mut
	  FROM pg_constraint k, unnest(k.conkey) ka(att)
	  JOIN pg_attribute a ON a.attrelid = rel AND a.attnum = ka.att
	 WHERE k.conrelid = rel AND k.contype = 'p';
	IF v_mut IS NULL OR v_mut::int > 0 OR v_key IS NULL THEN
		v_key := NULL;
	END IF;

	IF (SELECT t.write_mode FROM @extschema@.tracked_tables t WHERE t.rel = evolve_build_view.rel) = 'rule' THEN
		-- set-based: the client's statement is rewritten into one statement on the table
		EXECUTE format('CREATE RULE synthmig_insert AS ON INSERT TO %I.%I DO INSTEAD %s', v_nsp, v_view,
					   CASE WHEN v_ins_cols IS NULL THEN format('INSERT INTO %s DEFAULT VALUES', rel::regclass)
							ELSE format('INSERT INTO %s (%s) VALUES (%s)', rel::regclass, v_ins_cols, v_ins_vals) END);
		IF v_key IS NOT NULL AND v_set IS NOT NULL THEN
			EXECUTE format('CREATE RULE synthmig_update AS ON UPDATE TO %I.%I DO INSTEAD UPDATE %s AS t SET %s WHERE %s',
						   v_nsp, v_view, rel::regclass, v_set, v_key);
		END IF;
		IF v_key IS NOT NULL THEN
			EXECUTE format('CREATE RULE synthmig_delete AS ON DELETE TO %I.%I DO INSTEAD DELETE FROM %s AS t WHERE %s',
						   v_nsp, v_view, rel::regclass, v_key);
		END IF;
		EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I.%I TO PUBLIC', v_nsp, v_view);
		IF current_user::regrole::text <> v_owner THEN
			EXECUTE format('ALTER VIEW %I.%I OWNER TO %s', v_nsp, v_view, v_owner);
		END IF;
		RETURN;
	END IF;

	v_body := format($f$
DECLARE
	v_attempt integer := 0;
	v_max integer := greatest(1, coalesce(pg_catalog.current_setting('synthmig.max_migration_attempts', true), '3')::integer);
	v_count bigint;
BEGIN
	LOOP
		v_attempt := v_attempt + 1;
		BEGIN
			IF TG_OP = 'INSERT' THEN
				%s
			ELSIF TG_OP = 'UPDATE' THEN
				%s
			ELSE
				%s
			END IF;
			EXIT;
		EXCEPTION WHEN OTHERS THEN
			IF v_attempt < v_max AND SQLSTATE IN ('40001', '40P01', '55P03') THEN
				CONTINUE;
			END IF;
			PERFORM synthmig_internal.evolve_failed(%s, %s, TG_OP,
				CASE WHEN TG_OP = 'DELETE' THEN pg_catalog.to_jsonb(OLD) ELSE pg_catalog.to_jsonb(NEW) END,
				SQLSTATE, SQLERRM, v_attempt);
			RETURN NULL;
		END;
	END LOOP;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NEW;
END;
$f$,
		CASE WHEN v_ins_cols IS NULL THEN format('INSERT INTO %s DEFAULT VALUES;', rel::regclass)
			 ELSE format('INSERT INTO %s AS t (%s) VALUES (%s);', rel::regclass, v_ins_cols, v_ins_vals) END,
		CASE WHEN v_key IS NULL OR v_set IS NULL THEN
				format('RAISE EXCEPTION %L USING ERRCODE = %L, HINT = %L;',
					   format('cannot update version %s of %s: the current primary key is not reachable from it', v, rel::regclass),
					   'feature_not_supported', 'Give the table a primary key whose columns exist in every live version.')
			 ELSE format('UPDATE %s AS t SET %s WHERE %s; GET DIAGNOSTICS v_count = ROW_COUNT; IF v_count = 0 THEN RETURN NULL; END IF;',
						 rel::regclass, v_set, v_key) END,
		CASE WHEN v_key IS NULL THEN
				format('RAISE EXCEPTION %L USING ERRCODE = %L, HINT = %L;',
					   format('cannot delete through version %s of %s: the current primary key is not reachable from it', v, rel::regclass),
					   'feature_not_supported', 'Give the table a primary key whose columns exist in every live version.')
			 ELSE format('DELETE FROM %s AS t WHERE %s; GET DIAGNOSTICS v_count = ROW_COUNT; IF v_count = 0 THEN RETURN NULL; END IF;',
						 rel::regclass, v_key) END,
		rel, v);
	EXECUTE format('CREATE FUNCTION %I.%I() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS %L',
				   v_nsp, v_fn, v_body);
	EXECUTE format('COMMENT ON FUNCTION %I.%I() IS %L', v_nsp, v_fn,
				   format('synthmig: writes through version %s of %s to the current table', v, rel::regclass));
	EXECUTE format('REVOKE EXECUTE ON FUNCTION %I.%I() FROM PUBLIC', v_nsp, v_fn);
	EXECUTE format('CREATE TRIGGER synthmig_write INSTEAD OF INSERT OR UPDATE OR DELETE ON %I.%I FOR EACH ROW EXECUTE FUNCTION %I.%I()',
				   v_nsp, v_view, v_nsp, v_fn);
	-- the view has the table's privileges
	EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I.%I TO PUBLIC', v_nsp, v_view);
	-- built by a member of the owner: the owner owns them, as it owns the table
	IF current_user::regrole::text <> v_owner THEN
		EXECUTE format('ALTER VIEW %I.%I OWNER TO %s', v_nsp, v_view, v_owner);
		EXECUTE format('ALTER FUNCTION %I.%I() OWNER TO %s', v_nsp, v_fn, v_owner);
	END IF;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_build_view(oid, int) IS
'internal: create the updatable compatibility view of an old version and its INSTEAD OF trigger';


-- Rebuild the views of every live old version of a table (after a new
-- version, a registration or a retirement).
CREATE FUNCTION synthmig_internal.evolve_rebuild(rel oid)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v	int;
BEGIN
	FOR v IN SELECT tv.version FROM @extschema@.table_versions tv WHERE tv.rel = evolve_rebuild.rel ORDER BY tv.version LOOP
		PERFORM synthmig_internal.evolve_drop_view(rel, v);
	END LOOP;
	FOR v IN SELECT tv.version FROM @extschema@.table_versions tv
			  WHERE tv.rel = evolve_rebuild.rel AND tv.live ORDER BY tv.version LOOP
		PERFORM synthmig_internal.evolve_build_view(rel, v);
	END LOOP;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_rebuild(oid) IS
'internal: drop and rebuild the compatibility views of every live old version of a table';
