/*
 * synthmig 0.1.0: schema definitions, catalog import, detection, validation.
 *
 * Every function runs with the caller's rights (SECURITY INVOKER).  The
 * catalog tables are protected by row-level security: a role sees and
 * changes its own rows and those of roles it is a member of; superusers and
 * roles with BYPASSRLS see everything.
 */
\echo Use "CREATE EXTENSION synthmig" to load this file. \quit

GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;

-------------------------------------------------------------------------------
-- Core C entry points
-------------------------------------------------------------------------------

-- Validate a definition and return its canonical form (raises 22023 with the
-- JSON path of the first problem).
CREATE FUNCTION @extschema@.canonical_definition(definition jsonb)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'synthmig_canonical_definition'
LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.canonical_definition(jsonb) IS
'validate a schema definition and return its canonical form';

-- True when value can be read as the given type (with typmod), for example
-- can_cast('12/31/1999', 'date') or can_cast('123.456', 'numeric(5,2)').
CREATE FUNCTION @extschema@.can_cast(value text, type_name text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'synthmig_can_cast'
LANGUAGE C STABLE PARALLEL UNSAFE;

COMMENT ON FUNCTION @extschema@.can_cast(text, text) IS
'true when the text can be read as the named type';

-- Profile every column of a table from its data (a Bernoulli sample of
-- synthmig.detect_sample_rows rows when the table is larger).
CREATE FUNCTION @extschema@.profile_columns(source regclass)
RETURNS TABLE (column_name text, source_type text, profile jsonb,
			   sampled_rows bigint, estimated_rows bigint)
AS 'MODULE_PATHNAME', 'synthmig_profile_table'
LANGUAGE C STRICT VOLATILE;

COMMENT ON FUNCTION @extschema@.profile_columns(regclass) IS
'per-column profile of a table: inferred type, null rate, range, formats, patterns, distinct values';

-- Profile the keys of a JSON array of objects (the upload path).
CREATE FUNCTION @extschema@.profile_columns(data jsonb)
RETURNS TABLE (column_name text, source_type text, profile jsonb,
			   sampled_rows bigint, estimated_rows bigint)
AS 'MODULE_PATHNAME', 'synthmig_profile_json'
LANGUAGE C STRICT IMMUTABLE;

COMMENT ON FUNCTION @extschema@.profile_columns(jsonb) IS
'per-key profile of a JSON array of objects';

-------------------------------------------------------------------------------
-- Schema definitions
-------------------------------------------------------------------------------

CREATE TABLE @extschema@.schemas (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name		text NOT NULL
		CONSTRAINT schemas_name_check CHECK (name <> '' AND length(name) <= 200),
	version		integer NOT NULL CHECK (version > 0),
	definition	jsonb NOT NULL,
	owner		regrole NOT NULL DEFAULT current_user::regrole,
	created_at	timestamptz NOT NULL DEFAULT now(),
	CONSTRAINT schemas_owner_name_version_key UNIQUE (owner, name, version)
);

COMMENT ON TABLE @extschema@.schemas IS
'versioned schema definitions (JSONB); each role sees its own';

ALTER TABLE @extschema@.schemas ENABLE ROW LEVEL SECURITY;

-- A role sees and changes the rows of roles whose privileges it has (itself,
-- and roles granted to it); it can only create rows that it may see.
CREATE POLICY schemas_owner ON @extschema@.schemas
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE'));

GRANT SELECT, INSERT, DELETE ON @extschema@.schemas TO PUBLIC;
GRANT UPDATE (definition) ON @extschema@.schemas TO PUBLIC;

-- Every stored definition, however it arrives, is validated and canonical.
CREATE FUNCTION @extschema@.schemas_canonicalize()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
BEGIN
	NEW.definition := @extschema@.canonical_definition(NEW.definition);
	RETURN NEW;
END;
$$;

CREATE TRIGGER schemas_canonicalize
	BEFORE INSERT OR UPDATE OF definition ON @extschema@.schemas
	FOR EACH ROW EXECUTE FUNCTION @extschema@.schemas_canonicalize();

-- Store a definition; a new version each time the same name is defined again.
CREATE FUNCTION @extschema@.define_schema(name text, definition jsonb)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	v_id		bigint;
	v_version	integer;
BEGIN
	IF name IS NULL OR name = '' THEN
		RAISE EXCEPTION 'schema name must not be null or empty'
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Pass a name such as ''shop'' as the first argument.';
	END IF;
	IF definition IS NULL THEN
		RAISE EXCEPTION 'definition of schema "%" must not be null', name
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Pass a JSON object with a "tables" array.';
	END IF;
	-- serialise concurrent definitions of the same name by the same role
	PERFORM pg_advisory_xact_lock(hashtextextended('synthmig.schemas:' || current_user || ':' || name, 0));
	SELECT coalesce(max(s.version), 0) + 1 INTO v_version
	  FROM @extschema@.schemas s
	 WHERE s.owner = current_user::regrole AND s.name = define_schema.name;
	INSERT INTO @extschema@.schemas (name, version, definition)
	VALUES (define_schema.name, v_version, definition)
	RETURNING id INTO v_id;
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.define_schema(text, jsonb) IS
'validate and store a schema definition; returns its id (a new version when the name exists)';

-- The id of a definition by name (latest version unless one is given).
CREATE FUNCTION @extschema@.schema_id(name text, version integer DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $$
DECLARE
	v_id bigint;
BEGIN
	SELECT s.id INTO v_id
	  FROM @extschema@.schemas s
	 WHERE s.name = schema_id.name
	   AND (schema_id.version IS NULL OR s.version = schema_id.version)
	 ORDER BY (s.owner = current_user::regrole) DESC, s.version DESC
	 LIMIT 1;
	IF v_id IS NULL THEN
		RAISE EXCEPTION 'schema definition "%"% does not exist', name,
			CASE WHEN version IS NULL THEN '' ELSE ' version ' || version END
			USING ERRCODE = 'undefined_object',
				  HINT = 'List the definitions you can see with SELECT * FROM synthmig.schema_list.';
	END IF;
	RETURN v_id;
END;
$$;

-- The definition stored under a name (latest version unless one is given).
CREATE FUNCTION @extschema@.get_schema(name text, version integer DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $$
BEGIN
	-- schema_id raises a clear error when nothing matches
	RETURN @extschema@.get_schema(@extschema@.schema_id(name, version));
END;
$$;

-- The definition stored under an id.
CREATE FUNCTION @extschema@.get_schema(schema_id bigint)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $$
DECLARE
	v jsonb;
BEGIN
	SELECT s.definition INTO v FROM @extschema@.schemas s WHERE s.id = schema_id;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'schema definition with id % does not exist', schema_id
			USING ERRCODE = 'undefined_object',
				  HINT = 'It may belong to another role; list yours with SELECT * FROM synthmig.schema_list.';
	END IF;
	RETURN v;
END;
$$;

-- Drop a definition: one version, or every version of the name.
CREATE FUNCTION @extschema@.drop_schema(name text, version integer DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
	n integer;
BEGIN
	DELETE FROM @extschema@.schemas s
	 WHERE s.name = drop_schema.name
	   AND s.owner = current_user::regrole
	   AND (drop_schema.version IS NULL OR s.version = drop_schema.version);
	GET DIAGNOSTICS n = ROW_COUNT;
	IF n = 0 THEN
		RAISE EXCEPTION 'schema definition "%"% does not exist', name,
			CASE WHEN version IS NULL THEN '' ELSE ' version ' || version END
			USING ERRCODE = 'undefined_object',
				  HINT = 'Only definitions owned by the current role can be dropped.';
	END IF;
	RETURN n;
END;
$$;

-- One row per definition name: its latest version and a summary.
CREATE VIEW @extschema@.schema_list
WITH (security_invoker = true) AS
SELECT DISTINCT ON (s.owner, s.name)
	   s.name,
	   s.version AS latest_version,
	   s.id,
	   s.owner,
	   count(*) OVER (PARTITION BY s.owner, s.name) AS versions,
	   jsonb_array_length(s.definition -> 'tables') AS tables,
	   (SELECT count(*) FROM jsonb_array_elements(s.definition -> 'tables') t,
			   jsonb_array_elements(t -> 'columns')) AS columns,
	   coalesce(jsonb_array_length(s.definition -> 'relationships'), 0) AS relationships,
	   s.created_at
  FROM @extschema@.schemas s
 ORDER BY s.owner, s.name, s.version DESC;

GRANT SELECT ON @extschema@.schema_list TO PUBLIC;

-------------------------------------------------------------------------------
-- Import from the catalog
-------------------------------------------------------------------------------

-- Describe one column as a definition column object.
CREATE FUNCTION @extschema@._catalog_column(rel oid, att smallint)
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $$
	WITH a AS (
		SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull, a.attidentity,
			   a.attgenerated, t.typtype, t.typcategory, t.typelem,
			   et.typtype AS elemtyptype,
			   pg_get_expr(d.adbin, d.adrelid) AS default_expr
		  FROM pg_attribute a
		  JOIN pg_type t ON t.oid = a.atttypid
		  LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
		  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
		 WHERE a.attrelid = rel AND a.attnum = att
	), dom AS (
		-- a domain: its base type, NOT NULL and CHECK constraints
		SELECT t.oid, t.typbasetype, t.typtypmod, t.typnotnull,
			   (SELECT jsonb_agg(pg_get_expr(c.conbin, 0) ORDER BY c.conname)
				  FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c') AS checks
		  FROM a JOIN pg_type t ON t.oid = a.atttypid AND t.typtype = 'd'
	), col_checks AS (
		-- CHECK constraints of the table that involve this column only
		SELECT jsonb_agg(pg_get_expr(c.conbin, c.conrelid) ORDER BY c.conname) AS checks
		  FROM pg_constraint c
		 WHERE c.conrelid = rel AND c.contype = 'c' AND c.conkey = ARRAY[att]
	), keys AS (
		SELECT bool_or(c.contype = 'p' AND c.conkey = ARRAY[att]) AS pk,
			   bool_or(c.contype = 'u' AND c.conkey = ARRAY[att]) OR
			   EXISTS (SELECT 1 FROM pg_index i
						WHERE i.indrelid = rel AND i.indisunique AND NOT i.indisprimary
						  AND i.indnkeyatts = 1 AND i.indkey[0] = att
						  AND i.indpred IS NULL AND i.indexprs IS NULL) AS uniq
		  FROM pg_constraint c
		 WHERE c.conrelid = rel AND c.contype IN ('p', 'u')
	)
	SELECT jsonb_strip_nulls(jsonb_build_object(
		'name', a.attname::text,
		'type', CASE
			WHEN a.typtype = 'e' THEN 'enum'
			WHEN a.typcategory = 'A' AND a.elemtyptype = 'e' THEN 'enum[]'
			WHEN a.typtype = 'd' THEN format_type(dom.typbasetype, dom.typtypmod)
			ELSE format_type(a.atttypid, a.atttypmod) END,
		'enum_type', CASE
			WHEN a.typtype = 'e' THEN format_type(a.atttypid, NULL)
			WHEN a.typcategory = 'A' AND a.elemtyptype = 'e' THEN format_type(a.typelem, NULL) END,
		'values', CASE
			WHEN a.typtype = 'e' OR (a.typcategory = 'A' AND a.elemtyptype = 'e') THEN
				(SELECT jsonb_agg(e.enumlabel::text ORDER BY e.enumsortorder)
				   FROM pg_enum e
				  WHERE e.enumtypid = CASE WHEN a.typtype = 'e' THEN a.atttypid ELSE a.typelem END) END,
		'domain', CASE WHEN a.typtype = 'd' THEN format_type(a.atttypid, NULL) END,
		'primary_key', CASE WHEN keys.pk THEN true END,
		'unique', CASE WHEN keys.uniq AND NOT coalesce(keys.pk, false) THEN true END,
		'required', CASE WHEN (a.attnotnull OR coalesce(dom.typnotnull, false))
						  AND NOT coalesce(keys.pk, false) THEN true END,
		'default', CASE WHEN a.attgenerated = '' THEN a.default_expr END,
		'sequence', CASE WHEN a.attidentity <> '' OR a.default_expr LIKE 'nextval(%' THEN true END,
		'checks', CASE
			WHEN dom.checks IS NOT NULL AND col_checks.checks IS NOT NULL THEN dom.checks || col_checks.checks
			ELSE coalesce(dom.checks, col_checks.checks) END,
		'x-generated', CASE WHEN a.attgenerated <> '' THEN a.default_expr END
	))
	  FROM a LEFT JOIN dom ON true LEFT JOIN col_checks ON true LEFT JOIN keys ON true;
$$;

-- Describe a set of tables (columns, keys, checks, foreign keys) as a definition.
CREATE FUNCTION @extschema@.schema_from_catalog(tables regclass[])
RETURNS jsonb
LANGUAGE plpgsql STABLE STRICT
SET search_path = pg_catalog
AS $$
DECLARE
	r			record;
	v_tables	jsonb := '[]';
	v_rels		jsonb := '[]';
	v_external	jsonb := '[]';
	v_ids		oid[];
BEGIN
	IF tables IS NULL OR cardinality(tables) = 0 THEN
		RAISE EXCEPTION 'no tables given'
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Pass an array such as ARRAY[''public.orders''::regclass] or a schema name::regnamespace.';
	END IF;
	SELECT array_agg(DISTINCT t) INTO v_ids FROM unnest(tables) t WHERE t IS NOT NULL;
	IF v_ids IS NULL THEN
		RAISE EXCEPTION 'no tables given'
			USING ERRCODE = 'invalid_parameter_value', DETAIL = 'Every element of the array is NULL.';
	END IF;

	-- refuse tables the caller may not read: the definition describes them
	FOR r IN SELECT c.oid, c.relkind FROM pg_class c WHERE c.oid = ANY (v_ids) ORDER BY c.oid LOOP
		IF r.relkind NOT IN ('r', 'p', 'v', 'm', 'f') THEN
			RAISE EXCEPTION '"%" is not a table', r.oid::regclass
				USING ERRCODE = 'wrong_object_type';
		END IF;
		IF NOT has_table_privilege(r.oid, 'SELECT') THEN
			RAISE EXCEPTION 'permission denied for table %', r.oid::regclass
				USING ERRCODE = 'insufficient_privilege',
					  HINT = 'schema_from_catalog needs SELECT on every table it describes.';
		END IF;
	END LOOP;

	FOR r IN
		SELECT c.oid, c.relname::text AS relname, n.nspname::text AS nspname, c.reltuples
		  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		 WHERE c.oid = ANY (v_ids)
		 ORDER BY n.nspname, c.relname
	LOOP
		v_tables := v_tables || jsonb_build_array(jsonb_strip_nulls(jsonb_build_object(
			'name', r.relname,
			'schema', r.nspname,
			'source', format('%I.%I', r.nspname, r.relname),
			'rows', CASE WHEN r.reltuples >= 0 THEN r.reltuples::bigint END,
			'columns', (SELECT jsonb_agg(@extschema@._catalog_column(r.oid, a.attnum) ORDER BY a.attnum)
						  FROM pg_attribute a
						 WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped),
			'primary_key', (SELECT jsonb_agg(a.attname::text ORDER BY k.ord)
							  FROM pg_constraint c,
								   unnest(c.conkey) WITH ORDINALITY k(att, ord)
							  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = k.att
							 WHERE c.conrelid = r.oid AND c.contype = 'p'
							   AND cardinality(c.conkey) > 1),
			'unique', (SELECT jsonb_agg(cols ORDER BY c.conname)
						 FROM pg_constraint c,
							  LATERAL (SELECT jsonb_agg(a.attname::text ORDER BY k.ord) AS cols
										 FROM unnest(c.conkey) WITH ORDINALITY k(att, ord)
										 JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = k.att) x
						WHERE c.conrelid = r.oid AND c.contype = 'u' AND cardinality(c.conkey) > 1),
			'checks', (SELECT jsonb_agg(jsonb_build_object('name', c.conname::text,
														   'expression', pg_get_expr(c.conbin, c.conrelid))
										ORDER BY c.conname)
						 FROM pg_constraint c
						WHERE c.conrelid = r.oid AND c.contype = 'c' AND cardinality(c.conkey) <> 1)
		)));
	END LOOP;

	-- foreign keys: one-to-one when the referencing columns are themselves unique
	FOR r IN
		SELECT c.conname::text AS conname, c.conrelid, c.confrelid, c.conkey, c.confkey,
			   c.confdeltype,
			   (SELECT array_agg(a.attname::text ORDER BY k.ord)
				  FROM unnest(c.confkey) WITH ORDINALITY k(att, ord)
				  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.att) AS src_cols,
			   (SELECT array_agg(a.attname::text ORDER BY k.ord)
				  FROM unnest(c.conkey) WITH ORDINALITY k(att, ord)
				  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.att) AS tgt_cols,
			   EXISTS (SELECT 1 FROM pg_index i
						WHERE i.indrelid = c.conrelid AND i.indisunique AND i.indpred IS NULL
						  AND i.indexprs IS NULL
						  AND (SELECT array_agg(x ORDER BY x) FROM unnest(i.indkey::smallint[]) x)
							= (SELECT array_agg(x ORDER BY x) FROM unnest(c.conkey) x)) AS one_to_one
		  FROM pg_constraint c
		 WHERE c.contype = 'f' AND c.conrelid = ANY (v_ids)
		 ORDER BY c.conrelid::regclass::text, c.conname
	LOOP
		IF NOT r.confrelid = ANY (v_ids) THEN
			v_external := v_external || jsonb_build_array(jsonb_build_object(
				'name', r.conname, 'table', r.conrelid::regclass::text,
				'columns', to_jsonb(r.tgt_cols), 'references', r.confrelid::regclass::text,
				'referenced_columns', to_jsonb(r.src_cols)));
			CONTINUE;
		END IF;
		v_rels := v_rels || jsonb_build_array(jsonb_strip_nulls(jsonb_build_object(
			'name', r.conname,
			'source_table', (SELECT relname::text FROM pg_class WHERE oid = r.confrelid),
			'source_schema', (SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = r.confrelid),
			'source_columns', to_jsonb(r.src_cols),
			'target_table', (SELECT relname::text FROM pg_class WHERE oid = r.conrelid),
			'target_schema', (SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = r.conrelid),
			'target_columns', to_jsonb(r.tgt_cols),
			'relationship_type', CASE WHEN r.one_to_one THEN 'one-to-one' ELSE 'one-to-many' END,
			'hierarchy', CASE WHEN r.conrelid = r.confrelid THEN true END,
			'on_delete', CASE r.confdeltype WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null'
							WHEN 'd' THEN 'set default' WHEN 'r' THEN 'restrict' END
		)));
	END LOOP;

	-- many-to-many: a pure junction table is covered by exactly two foreign
	-- keys to other tables, and nothing else
	FOR r IN
		SELECT j.oid AS junction, f1.confrelid AS left_rel, f2.confrelid AS right_rel,
			   f1.conkey AS lkey, f1.confkey AS lfkey, f2.conkey AS rkey, f2.confkey AS rfkey
		  FROM pg_class j
		  JOIN pg_constraint f1 ON f1.conrelid = j.oid AND f1.contype = 'f'
		  JOIN pg_constraint f2 ON f2.conrelid = j.oid AND f2.contype = 'f' AND f2.oid > f1.oid
		 WHERE j.oid = ANY (v_ids)
		   AND f1.confrelid = ANY (v_ids) AND f2.confrelid = ANY (v_ids)
		   AND f1.confrelid <> j.oid AND f2.confrelid <> j.oid
		   AND (SELECT count(*) FROM pg_constraint f WHERE f.conrelid = j.oid AND f.contype = 'f') = 2
		   AND NOT EXISTS (SELECT 1 FROM pg_attribute a
							WHERE a.attrelid = j.oid AND a.attnum > 0 AND NOT a.attisdropped
							  AND NOT a.attnum = ANY (f1.conkey || f2.conkey))
		 ORDER BY j.oid
	LOOP
		v_rels := v_rels || jsonb_build_array(jsonb_build_object(
			'source_table', (SELECT relname::text FROM pg_class WHERE oid = r.left_rel),
			'source_schema', (SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = r.left_rel),
			'source_columns', (SELECT jsonb_agg(a.attname::text ORDER BY k.ord) FROM unnest(r.lfkey) WITH ORDINALITY k(att, ord)
								 JOIN pg_attribute a ON a.attrelid = r.left_rel AND a.attnum = k.att),
			'target_table', (SELECT relname::text FROM pg_class WHERE oid = r.right_rel),
			'target_schema', (SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = r.right_rel),
			'target_columns', (SELECT jsonb_agg(a.attname::text ORDER BY k.ord) FROM unnest(r.rfkey) WITH ORDINALITY k(att, ord)
								 JOIN pg_attribute a ON a.attrelid = r.right_rel AND a.attnum = k.att),
			'relationship_type', 'many-to-many',
			'through', (SELECT relname::text FROM pg_class WHERE oid = r.junction),
			'through_schema', (SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = r.junction),
			'through_source_columns', (SELECT jsonb_agg(a.attname::text ORDER BY k.ord) FROM unnest(r.lkey) WITH ORDINALITY k(att, ord)
										 JOIN pg_attribute a ON a.attrelid = r.junction AND a.attnum = k.att),
			'through_target_columns', (SELECT jsonb_agg(a.attname::text ORDER BY k.ord) FROM unnest(r.rkey) WITH ORDINALITY k(att, ord)
										 JOIN pg_attribute a ON a.attrelid = r.junction AND a.attnum = k.att)
		));
	END LOOP;

	RETURN @extschema@.canonical_definition(jsonb_strip_nulls(jsonb_build_object(
		'tables', v_tables,
		'relationships', CASE WHEN jsonb_array_length(v_rels) > 0 THEN v_rels END,
		'x-external-references', CASE WHEN jsonb_array_length(v_external) > 0 THEN v_external END)));
END;
$$;

COMMENT ON FUNCTION @extschema@.schema_from_catalog(regclass[]) IS
'describe tables (types, keys, checks, foreign keys) as a schema definition';

-- Every table of a schema (namespace).
CREATE FUNCTION @extschema@.schema_from_catalog(ns regnamespace)
RETURNS jsonb
LANGUAGE plpgsql STABLE STRICT
SET search_path = pg_catalog
AS $$
DECLARE
	v_tables regclass[];
BEGIN
	IF NOT has_schema_privilege(ns, 'USAGE') THEN
		RAISE EXCEPTION 'permission denied for schema %', ns
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	SELECT array_agg(c.oid::regclass ORDER BY c.relname) INTO v_tables
	  FROM pg_class c
	 WHERE c.relnamespace = ns AND c.relkind IN ('r', 'p') AND NOT c.relispartition;
	IF v_tables IS NULL THEN
		RAISE EXCEPTION 'schema % has no tables', ns
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'schema_from_catalog(regnamespace) describes the ordinary and partitioned tables of a schema.';
	END IF;
	RETURN @extschema@.schema_from_catalog(v_tables);
END;
$$;

COMMENT ON FUNCTION @extschema@.schema_from_catalog(regnamespace) IS
'describe every table of a schema as a schema definition';

-------------------------------------------------------------------------------
-- Validation of data against a definition
-------------------------------------------------------------------------------

-- Rows and columns of a table that break the constraints of a definition:
-- types, NOT NULL, min/max, lengths, patterns, allowed values, uniqueness,
-- primary keys and CHECK expressions.  One row per violation; row_key is the
-- primary key of the offending row (its ctid when the table has none).
CREATE FUNCTION @extschema@.validate(schema_id bigint, source regclass, table_name text DEFAULT NULL)
RETURNS TABLE (row_key jsonb, column_name text, value text, reason text)
LANGUAGE plpgsql
SET search_path = pg_catalog
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
	IF schema_id IS NULL OR source IS NULL THEN
		RAISE EXCEPTION 'schema_id and source must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	v_def := @extschema@.get_schema(schema_id);
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
			(SELECT s.name || ' v' || s.version FROM @extschema@.schemas s WHERE s.id = schema_id),
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

	-- table CHECK expressions (SQL text of the definition, run with the caller's rights)
	FOR v_check IN SELECT c FROM jsonb_array_elements(coalesce(v_tab -> 'checks', '[]')) c LOOP
		BEGIN
			v_sql := format('SELECT %s, NULL::text, NULL::text, %L FROM %s t WHERE NOT coalesce((%s), true)',
							v_key, 'violates check ' || coalesce(v_check ->> 'name', v_check ->> 'expression'),
							source, v_check ->> 'expression');
			RETURN QUERY EXECUTE v_sql;
		EXCEPTION WHEN syntax_error OR undefined_column OR undefined_function OR datatype_mismatch THEN
			RAISE WARNING USING ERRCODE = '01000', MESSAGE = format('check %s of the definition cannot be evaluated on %s: %s',
				coalesce(v_check ->> 'name', v_check ->> 'expression'), source, SQLERRM);
		END;
	END LOOP;
END;
$$;

COMMENT ON FUNCTION @extschema@.validate(bigint, regclass, text) IS
'rows and columns of a table that break the constraints of a schema definition, with the reason';

-------------------------------------------------------------------------------
-- Detection: a definition proposed from the data
-------------------------------------------------------------------------------

-- Merge a column's data profile into its definition column.  Text-typed
-- columns take the type their values show (with the layout in "format");
-- declared non-text types are kept.  The full profile stays under x-profile.
CREATE FUNCTION @extschema@._detect_column(col jsonb, source_type text, p jsonb)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog
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
			col := col || jsonb_build_object('min', (p ->> 'min')::numeric, 'max', (p ->> 'max')::numeric);
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
	   AND NOT col ? 'model' AND v_type NOT IN ('boolean') THEN
		col := col || jsonb_build_object('model', jsonb_build_object('kind', 'categorical',
			'values', (SELECT jsonb_object_agg(e ->> 'value', round((e ->> 'count')::numeric / greatest((p ->> 'rows')::numeric, 1), 6))
						 FROM jsonb_array_elements(p -> 'values') e)));
	END IF;
	IF p ? 'semantic' THEN
		col := col || jsonb_build_object('semantic', p -> 'semantic');
	END IF;
	IF v_family = 'text' AND p ? 'pattern' AND NOT col ? 'model' THEN
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
CREATE FUNCTION @extschema@.detect_schema(source regclass)
RETURNS jsonb
LANGUAGE plpgsql STRICT
SET search_path = pg_catalog
AS $$
DECLARE
	v_def		jsonb;
	v_tab		jsonb;
	v_cols		jsonb;
	v_sampled	bigint;
	v_estimated	bigint;
BEGIN
	v_def := @extschema@.schema_from_catalog(ARRAY[source]);
	v_tab := v_def -> 'tables' -> 0;
	SELECT jsonb_agg(@extschema@._detect_column(c.col, p.source_type, p.profile) ORDER BY c.ord),
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

COMMENT ON FUNCTION @extschema@.detect_schema(regclass) IS
'propose a schema definition for a table from its catalog entry and its data';

-- Propose a definition for a JSON array of objects.
CREATE FUNCTION @extschema@.detect_schema(data jsonb, table_name text DEFAULT 'data')
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog
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
	SELECT jsonb_agg(@extschema@._detect_column(
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

COMMENT ON FUNCTION @extschema@.detect_schema(jsonb, text) IS
'propose a schema definition for a JSON array of objects (one object per row)';

-- Text forms, so that detect_schema('public.t') and profile_columns('public.t')
-- resolve to the table versions rather than being ambiguous with jsonb.  No
-- SET search_path here: the name is resolved with the caller's search_path.
CREATE FUNCTION @extschema@.detect_schema(source text)
RETURNS jsonb
LANGUAGE sql STRICT
AS $$ SELECT @extschema@.detect_schema(source::regclass) $$;

COMMENT ON FUNCTION @extschema@.detect_schema(text) IS
'detect_schema(regclass) for a table name given as text';

CREATE FUNCTION @extschema@.profile_columns(source text)
RETURNS TABLE (column_name text, source_type text, profile jsonb,
			   sampled_rows bigint, estimated_rows bigint)
LANGUAGE sql STRICT
AS $$ SELECT * FROM @extschema@.profile_columns(source::regclass) $$;

COMMENT ON FUNCTION @extschema@.profile_columns(text) IS
'profile_columns(regclass) for a table name given as text';
