-------------------------------------------------------------------------------
-- Import from the catalog
-------------------------------------------------------------------------------

-- Describe one column as a definition column object.
CREATE FUNCTION synthmig_internal.catalog_column(rel oid, att smallint)
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
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
	), chain AS (
		-- a domain, and the domains it is over (a domain over a domain...)
		WITH RECURSIVE c(oid, typbasetype, typtypmod, typnotnull, typtype, depth) AS (
			SELECT t.oid, t.typbasetype, t.typtypmod, t.typnotnull, t.typtype, 0
			  FROM a JOIN pg_type t ON t.oid = a.atttypid AND t.typtype = 'd'
			UNION ALL
			SELECT t.oid, t.typbasetype, t.typtypmod, t.typnotnull, t.typtype, c.depth + 1
			  FROM c JOIN pg_type t ON t.oid = c.typbasetype AND t.typtype = 'd'
		)
		SELECT * FROM c
	), dom AS (
		-- a domain: the base type under every domain, the outermost typmod
		-- given, NOT NULL and the CHECK constraints of every level
		SELECT (SELECT x.typbasetype FROM chain x ORDER BY x.depth DESC LIMIT 1) AS typbasetype,
			   (SELECT x.typtypmod FROM chain x WHERE x.typtypmod <> -1 ORDER BY x.depth LIMIT 1) AS typtypmod,
			   bool_or(chain.typnotnull) AS typnotnull,
			   (SELECT jsonb_agg(pg_get_expr(c.conbin, 0) ORDER BY x.depth DESC, c.conname)
				  FROM chain x JOIN pg_constraint c ON c.contypid = x.oid AND c.contype = 'c') AS checks
		  FROM chain
		HAVING count(*) > 0
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
			WHEN a.typtype = 'd' THEN format_type(dom.typbasetype, coalesce(dom.typtypmod, -1))
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
CREATE FUNCTION @extschema@.definition_from_catalog(tables regclass[])
RETURNS jsonb
LANGUAGE plpgsql STABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r			record;
	v_tables	jsonb := '[]';
	v_rels		jsonb := '[]';
	v_external	jsonb := '[]';
	v_ids		oid[];
	v_dropped	oid;
BEGIN
	IF tables IS NULL OR cardinality(tables) = 0 THEN
		RAISE EXCEPTION 'no tables given'
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Pass an array such as ARRAY[''public.orders''::regclass] or a schema name::regnamespace.';
	END IF;
	SELECT array_agg(DISTINCT t) INTO v_ids FROM unnest(tables) t WHERE t IS NOT NULL;
	-- an element that names no table (dropped, or a bare number)
	SELECT t INTO v_dropped FROM unnest(v_ids) t
	 WHERE NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = t) LIMIT 1;
	IF v_dropped IS NOT NULL THEN
		RAISE EXCEPTION 'relation with OID % does not exist', v_dropped::oid
			USING ERRCODE = 'undefined_table',
				  DETAIL = 'An element of the tables argument names a table that was dropped or never existed.';
	END IF;
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
			'columns', (SELECT jsonb_agg(synthmig_internal.catalog_column(r.oid, a.attnum) ORDER BY a.attnum)
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

COMMENT ON FUNCTION @extschema@.definition_from_catalog(regclass[]) IS
'describe tables (types, keys, checks, foreign keys) as a definition';


-- Every table of a schema (namespace).
CREATE FUNCTION @extschema@.definition_from_catalog(ns regnamespace)
RETURNS jsonb
LANGUAGE plpgsql STABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_tables regclass[];
BEGIN
	PERFORM synthmig_internal.check_schema(ns, 'ns');
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
				  HINT = 'definition_from_catalog(regnamespace) describes the ordinary and partitioned tables of a schema.';
	END IF;
	RETURN @extschema@.definition_from_catalog(v_tables);
END;
$$;

COMMENT ON FUNCTION @extschema@.definition_from_catalog(regnamespace) IS
'describe every table of a schema as a definition';
