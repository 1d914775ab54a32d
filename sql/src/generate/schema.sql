-------------------------------------------------------------------------------
-- Multi-table models and generation through relationships
--
-- Training: a parent table learns, for each relationship where it is the
-- referenced side, the number of its children (zero included) as an extra
-- column "x-children-K" of its own model (K: the relationship's position in
-- the definition), so that the count enters the parent's copula and depends
-- on the parent's columns.  The model's parameters get a "multitable" key:
-- seed row counts, key columns and one descriptor per relationship
-- (hierarchy depth distribution, junction partners).
--
-- Generation (generate_schema): tables in dependency order; a child's rows
-- find their parents through "slots" (a parent with c children has c
-- slots) and the pure functions of src/core/generate/relation.c, so that
-- every foreign key is valid and row i of a table stays a function of
-- (model, seed, i).
-------------------------------------------------------------------------------

-- The foreign-key relationships of a definition (one-to-many, one-to-one,
-- hierarchies; not the many-to-many summaries, which name a junction whose
-- own two foreign keys are listed too), with their position K and their
-- column lists as arrays.
CREATE FUNCTION synthmig_internal.fk_relationships(def jsonb)
RETURNS TABLE (k integer, rel jsonb, parent text, child text,
			   parent_columns text[], child_columns text[])
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT (x.o - 1)::integer, x.r, x.r ->> 'source_table', x.r ->> 'target_table',
		   ARRAY(SELECT jsonb_array_elements_text(CASE WHEN x.r ? 'source_columns' THEN x.r -> 'source_columns'
													   ELSE jsonb_build_array(x.r -> 'source_column') END)),
		   ARRAY(SELECT jsonb_array_elements_text(CASE WHEN x.r ? 'target_columns' THEN x.r -> 'target_columns'
													   ELSE jsonb_build_array(x.r -> 'target_column') END))
	  FROM jsonb_array_elements(coalesce(def -> 'relationships', '[]')) WITH ORDINALITY x(r, o)
	 WHERE coalesce(x.r ->> 'relationship_type', 'one-to-many') <> 'many-to-many'
	 ORDER BY x.o
$$;

COMMENT ON FUNCTION synthmig_internal.fk_relationships(jsonb) IS
'internal: the foreign-key relationships of a definition with their position and column arrays';


-- The seed table of a table of a definition: sources ->> name, else its source.
CREATE FUNCTION synthmig_internal.table_seed(def jsonb, table_name text, sources jsonb)
RETURNS regclass
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE WHEN sources ? table_name THEN (sources ->> table_name)::regclass
				ELSE (SELECT (t ->> 'source')::regclass
						FROM jsonb_array_elements(def -> 'tables') t
					   WHERE t ->> 'name' = table_name LIMIT 1) END
$$;

COMMENT ON FUNCTION synthmig_internal.table_seed(jsonb, text, jsonb) IS
'internal: the seed table of one table of a definition (sources first, else its source)';


-- The column sets of a table that the definition says are unique (primary
-- key and unique constraints, single or composite).
CREATE FUNCTION synthmig_internal.unique_sets(tab jsonb)
RETURNS SETOF text[]
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT ARRAY(SELECT jsonb_array_elements_text(tab -> 'primary_key'))
	 WHERE jsonb_typeof(tab -> 'primary_key') = 'array'
	UNION ALL
	SELECT ARRAY(SELECT jsonb_array_elements_text(u)) FROM jsonb_array_elements(coalesce(tab -> 'unique', '[]')) u
	UNION ALL
	SELECT ARRAY[c ->> 'name'] FROM jsonb_array_elements(tab -> 'columns') c
	 WHERE (c ->> 'primary_key')::boolean OR (c ->> 'unique')::boolean
$$;

COMMENT ON FUNCTION synthmig_internal.unique_sets(jsonb) IS
'internal: the unique column sets (primary key, unique constraints) of a table of a definition';


-- The table definition and seed that train fits for one table: with one
-- "x-children-K" column per relationship whose parent it is, counted from
-- the child's seed through a temporary view (train drops it), or bounded by
-- the relationship's cardinality when there is no seed.
CREATE FUNCTION synthmig_internal.relation_fit_input(def jsonb, tab jsonb, seed_table regclass,
													 sources jsonb, sample_rows integer)
RETURNS TABLE (table_def jsonb, fit_seed regclass)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r			record;
	v_child		regclass;
	v_cols		jsonb := '[]';
	v_sel		text := '';
	v_joins		text := '';
	v_n			integer := 0;
	v_card		jsonb;
	v_rows		float8;
	v_from		text;
BEGIN
	FOR r IN SELECT * FROM synthmig_internal.fk_relationships(def) f
			  WHERE f.parent = tab ->> 'name' ORDER BY f.k LOOP
		v_child := synthmig_internal.table_seed(def, r.child, sources);
		IF seed_table IS NOT NULL AND v_child IS NOT NULL THEN
			IF NOT has_table_privilege(v_child, 'SELECT') THEN
				RAISE EXCEPTION 'permission denied for table %', v_child
					USING ERRCODE = 'insufficient_privilege',
						  HINT = 'Training counts the children of each parent: it needs SELECT on the child''s seed table.';
			END IF;
			v_n := v_n + 1;
			-- children per parent key, NULL keys left out; a parent with no
			-- child counts 0
			v_joins := v_joins || format(' LEFT JOIN (SELECT %s, count(*) AS n FROM %s c WHERE %s GROUP BY %s) c%s ON %s',
				(SELECT string_agg(format('c.%I AS k%s', x.col, x.o), ', ') FROM unnest(r.child_columns) WITH ORDINALITY x(col, o)),
				v_child,
				(SELECT string_agg(format('c.%I IS NOT NULL', x.col), ' AND ') FROM unnest(r.child_columns) x(col)),
				(SELECT string_agg(format('c.%I', x.col), ', ') FROM unnest(r.child_columns) x(col)),
				v_n,
				(SELECT string_agg(format('c%s.k%s = p.%I', v_n, x.o, x.col), ' AND ')
				   FROM unnest(r.parent_columns) WITH ORDINALITY x(col, o)));
			v_sel := v_sel || format(', coalesce(c%s.n, 0) AS %I', v_n, 'x-children-' || r.k);
			v_cols := v_cols || jsonb_build_array(jsonb_build_object(
				'name', 'x-children-' || r.k, 'type', 'bigint', 'min', 0, 'required', true));
		ELSIF seed_table IS NULL THEN
			-- no seed rows: the declared cardinality, if any, bounds the count
			v_card := coalesce(r.rel -> 'cardinality', '{}');
			v_cols := v_cols || jsonb_build_array(jsonb_build_object(
				'name', 'x-children-' || r.k, 'type', 'bigint', 'required', true,
				'min', coalesce((v_card ->> 'min')::bigint, 0),
				'max', coalesce((v_card ->> 'max')::bigint,
								ceil(2 * coalesce((v_card ->> 'mean')::float8, 2))::bigint,
								4)));
		END IF;
	END LOOP;
	IF v_n = 0 THEN
		RETURN QUERY SELECT jsonb_set(tab, '{columns}', (tab -> 'columns') || v_cols), seed_table;
		RETURN;
	END IF;
	-- a large parent is sampled inside the view (train reads a view without TABLESAMPLE)
	SELECT c.reltuples INTO v_rows FROM pg_class c WHERE c.oid = seed_table;
	v_from := format('%s p', seed_table);
	IF v_rows > sample_rows THEN
		v_from := v_from || format(' TABLESAMPLE BERNOULLI (%s) REPEATABLE (0)',
								   least(100.0, 110.0 * sample_rows / v_rows));
	END IF;
	IF to_regclass('pg_temp.synthmig_fit_seed') IS NOT NULL THEN
		DROP VIEW pg_temp.synthmig_fit_seed;
	END IF;
	EXECUTE format('CREATE TEMPORARY VIEW synthmig_fit_seed AS SELECT p.*%s FROM %s%s', v_sel, v_from, v_joins);
	RETURN QUERY SELECT jsonb_set(tab, '{columns}', (tab -> 'columns') || v_cols),
						'pg_temp.synthmig_fit_seed'::regclass;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.relation_fit_input(jsonb, jsonb, regclass, jsonb, integer) IS
'internal: the table definition and seed train fits for one table, with one child-count column per relationship it is the parent of';


-- The "multitable" part of a model's parameters: seed row counts and key
-- columns per table, one descriptor per foreign-key relationship.
CREATE FUNCTION synthmig_internal.relation_parameters(def jsonb, sources jsonb)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t			jsonb;
	r			record;
	v_seed		regclass;
	v_rows		jsonb := '{}';
	v_keys		jsonb := '{}';
	v_comp		jsonb := '{}';
	v_rels		jsonb := '[]';
	v_n			float8;
	v_desc		jsonb;
	v_tab		jsonb;
	v_depth		jsonb;
	v_partner	integer;
	v_pseed		regclass;
	v_cnum		text[];
	v_pnum		text[];
	v_corrs		jsonb;
	v_coupling	jsonb;
BEGIN
	FOR t IN SELECT x FROM jsonb_array_elements(def -> 'tables') x LOOP
		v_seed := synthmig_internal.table_seed(def, t ->> 'name', sources);
		IF v_seed IS NOT NULL THEN
			-- exact for small tables, the planner's estimate for large ones
			-- (train reads only a sample of them)
			SELECT c.reltuples INTO v_n FROM pg_class c WHERE c.oid = v_seed;
			IF v_n IS NULL OR v_n <= 100000 THEN
				EXECUTE format('SELECT count(*) FROM %s', v_seed) INTO v_n;
			END IF;
		ELSE
			v_n := (t ->> 'rows')::float8;
		END IF;
		v_rows := v_rows || jsonb_build_object(t ->> 'name', v_n::bigint);
		v_keys := v_keys || jsonb_build_object(t ->> 'name',
			(SELECT to_jsonb(s) FROM synthmig_internal.unique_sets(t) s LIMIT 1));
		v_comp := v_comp || jsonb_build_object(t ->> 'name',
			(SELECT jsonb_agg(to_jsonb(s)) FROM synthmig_internal.unique_sets(t) s WHERE cardinality(s) > 1));
	END LOOP;

	FOR r IN SELECT * FROM synthmig_internal.fk_relationships(def) ORDER BY k LOOP
		SELECT x INTO v_tab FROM jsonb_array_elements(def -> 'tables') x WHERE x ->> 'name' = r.child LIMIT 1;
		v_seed := synthmig_internal.table_seed(def, r.child, sources);
		v_pseed := synthmig_internal.table_seed(def, r.parent, sources);
		-- the other foreign key of a junction: the two together are unique
		SELECT o.k INTO v_partner
		  FROM synthmig_internal.fk_relationships(def) o
		 WHERE o.child = r.child AND o.k <> r.k
		   AND EXISTS (SELECT 1 FROM synthmig_internal.unique_sets(v_tab) s
						WHERE s @> (r.child_columns || o.child_columns)
						  AND s <@ (r.child_columns || o.child_columns))
		 ORDER BY o.k LIMIT 1;
		v_desc := jsonb_build_object(
			'index', r.k, 'name', r.rel ->> 'name', 'parent', r.parent, 'child', r.child,
			'parent_columns', to_jsonb(r.parent_columns), 'child_columns', to_jsonb(r.child_columns),
			'kind', CASE WHEN (r.rel ->> 'hierarchy')::boolean THEN 'hierarchy'
						 WHEN r.rel ->> 'relationship_type' = 'one-to-one'
						   OR EXISTS (SELECT 1 FROM synthmig_internal.unique_sets(v_tab) s
									   WHERE s @> r.child_columns AND s <@ r.child_columns) THEN 'one-to-one'
						 ELSE 'one-to-many' END,
			-- every child column required (or in the primary key)
			'required', NOT EXISTS (
				SELECT 1 FROM unnest(r.child_columns) x(col)
				 WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_tab -> 'columns') c
									WHERE c ->> 'name' = x.col
									  AND (coalesce((c ->> 'required')::boolean, false)
										   OR coalesce((c ->> 'primary_key')::boolean, false)))
				   AND NOT coalesce((v_tab -> 'primary_key') ? x.col, false)),
			-- the child columns are part of a unique set (a composite key)
			'in_key', EXISTS (SELECT 1 FROM synthmig_internal.unique_sets(v_tab) s WHERE s @> r.child_columns),
			'count_column', CASE WHEN (v_pseed IS NOT NULL AND v_seed IS NOT NULL) OR v_pseed IS NULL
								 THEN 'x-children-' || r.k END,
			'junction_partner', v_partner,
			-- the parent had no seed: its counts follow the declared cardinality
			'declared', CASE WHEN v_pseed IS NULL THEN true END);
		-- a hierarchy: the share of rows at each depth (roots: NULL parent or itself)
		IF (r.rel ->> 'hierarchy')::boolean AND v_seed IS NOT NULL THEN
			EXECUTE format(
				'WITH RECURSIVE h(%1$s, d) AS ('
				'  SELECT %2$s, 0 FROM %3$s t WHERE %4$s'
				'  UNION ALL'
				'  SELECT %5$s, h.d + 1 FROM %3$s c JOIN h ON %6$s WHERE h.d < 10000 AND NOT (%7$s))'
				' SELECT jsonb_agg(f ORDER BY d)'
				'   FROM (SELECT d, round((count(*) / sum(count(*)) OVER ())::numeric, 6) AS f FROM h GROUP BY d) x',
				(SELECT string_agg(format('%I', x.col), ', ') FROM unnest(r.parent_columns) x(col)),
				(SELECT string_agg(format('t.%I', x.col), ', ') FROM unnest(r.parent_columns) x(col)),
				v_seed,
				(SELECT string_agg(format('t.%I IS NULL', x.col), ' OR ') FROM unnest(r.child_columns) x(col))
				|| ' OR (' || (SELECT string_agg(format('t.%I = t.%I', c.col, c.pcol), ' AND ')
								 FROM unnest(r.child_columns, r.parent_columns) AS c(col, pcol)) || ')',
				(SELECT string_agg(format('c.%I', x.col), ', ') FROM unnest(r.parent_columns) x(col)),
				(SELECT string_agg(format('c.%I = h.%I', c.col, c.pcol), ' AND ')
				   FROM unnest(r.child_columns, r.parent_columns) AS c(col, pcol)),
				(SELECT string_agg(format('c.%I = c.%I', c.col, c.pcol), ' AND ')
				   FROM unnest(r.child_columns, r.parent_columns) AS c(col, pcol)))
			INTO v_depth;
			v_desc := v_desc || jsonb_build_object('depth', v_depth);
		END IF;
		-- the strongest linear dependence between a child's number and its
		-- parent's (neither a key), kept when |r| >= 0.2: generation
		-- matches children to their parents' slots by it
		IF NOT coalesce((r.rel ->> 'hierarchy')::boolean, false) AND v_seed IS NOT NULL AND v_pseed IS NOT NULL THEN
			SELECT array_agg(c ->> 'name') INTO v_cnum FROM jsonb_array_elements(v_tab -> 'columns') c
			 WHERE (c ->> 'type' IN ('smallint', 'integer', 'bigint', 'real', 'double precision')
					OR c ->> 'type' LIKE 'numeric%')
			   AND NOT EXISTS (SELECT 1 FROM synthmig_internal.fk_relationships(def) o
								WHERE o.child = r.child AND (c ->> 'name') = ANY (o.child_columns))
			   AND NOT EXISTS (SELECT 1 FROM synthmig_internal.unique_sets(v_tab) u WHERE (c ->> 'name') = ANY (u));
			SELECT array_agg(c ->> 'name') INTO v_pnum
			  FROM jsonb_array_elements(def -> 'tables') pt(v), jsonb_array_elements(pt.v -> 'columns') c
			 WHERE pt.v ->> 'name' = r.parent
			   AND (c ->> 'type' IN ('smallint', 'integer', 'bigint', 'real', 'double precision')
					OR c ->> 'type' LIKE 'numeric%')
			   AND NOT (c ->> 'name') = ANY (r.parent_columns)
			   AND NOT EXISTS (SELECT 1 FROM synthmig_internal.fk_relationships(def) o
								WHERE o.child = r.parent AND (c ->> 'name') = ANY (o.child_columns))
			   AND NOT EXISTS (SELECT 1 FROM synthmig_internal.unique_sets(pt.v) u WHERE (c ->> 'name') = ANY (u));
			IF v_cnum IS NOT NULL AND v_pnum IS NOT NULL AND cardinality(v_cnum) * cardinality(v_pnum) <= 400 THEN
				EXECUTE format('SELECT jsonb_build_array(%s) FROM (SELECT * FROM %s LIMIT 50000) c JOIN %s p ON %s',
					(SELECT string_agg(format('jsonb_build_array(%L, %L, corr(c.%I::float8, p.%I::float8))', x, y, x, y), ', ')
					   FROM unnest(v_cnum) x, unnest(v_pnum) y),
					v_seed, v_pseed,
					(SELECT string_agg(format('c.%I = p.%I', x.c, x.p), ' AND ')
					   FROM unnest(r.child_columns, r.parent_columns) x(c, p)))
				   INTO v_corrs;
				SELECT jsonb_build_object('child_column', e ->> 0, 'parent_column', e ->> 1,
										  'rho', round((e ->> 2)::numeric, 3))
				  INTO v_coupling
				  FROM jsonb_array_elements(v_corrs) e
				 WHERE jsonb_typeof(e -> 2) = 'number' AND abs((e ->> 2)::float8) >= 0.2
				 ORDER BY abs((e ->> 2)::float8) DESC LIMIT 1;
				v_desc := v_desc || jsonb_build_object('coupling', v_coupling);
			END IF;
		END IF;
		v_rels := v_rels || jsonb_build_array(jsonb_strip_nulls(v_desc));
	END LOOP;
	RETURN jsonb_build_object('multitable', jsonb_build_object(
		'rows', v_rows, 'keys', v_keys, 'composite', jsonb_strip_nulls(v_comp), 'relationships', v_rels));
END;
$$;

COMMENT ON FUNCTION synthmig_internal.relation_parameters(jsonb, jsonb) IS
'internal: the multi-table part of a model: seed row counts, keys, and per relationship its kind, count column, junction partner and hierarchy depths';


-- Pure functions of the core (src/core/generate/relation.c).
CREATE FUNCTION synthmig_internal.rel_slot(j bigint, nslots bigint, seed bigint)
RETURNS bigint
AS 'MODULE_PATHNAME', 'synthmig_rel_slot'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION synthmig_internal.rel_slot(bigint, bigint, bigint) IS
'internal: the parent slot of child j among nslots (a seeded permutation of j mod nslots)';

CREATE FUNCTION synthmig_internal.rel_pick(grp bigint, k bigint, n bigint, seed bigint)
RETURNS bigint
AS 'MODULE_PATHNAME', 'synthmig_rel_pick'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION synthmig_internal.rel_pick(bigint, bigint, bigint, bigint) IS
'internal: the k-th of a seeded permutation of [0, n) proper to a group (distinct parents within a junction group)';

CREATE FUNCTION synthmig_internal.rel_level_counts(frac float8[], n bigint)
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'synthmig_rel_level_counts'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION synthmig_internal.rel_level_counts(float8[], bigint) IS
'internal: n rows split into hierarchy levels in the given proportions (exact sum, at least one root)';


-- Learn a whole schema: definition_from_catalog + create_definition (under
-- the schema's name) + train.
CREATE FUNCTION @extschema@.learn_schema(ns regnamespace)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_id bigint;
BEGIN
	IF ns IS NULL THEN
		RAISE EXCEPTION 'ns must not be null' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	v_id := @extschema@.create_definition(ns::text, @extschema@.definition_from_catalog(ns));
	PERFORM @extschema@.train(v_id);
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.learn_schema(regnamespace) IS
'import every table of a schema with its relationships, define it under the schema''s name and train it; returns the definition id';


-- The same for a list of tables, defined under the given name.
CREATE FUNCTION @extschema@.learn_schema(tables regclass[], name text)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_id bigint;
BEGIN
	IF tables IS NULL OR name IS NULL THEN
		RAISE EXCEPTION 'tables and name must not be null' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	v_id := @extschema@.create_definition(name, @extschema@.definition_from_catalog(tables));
	PERFORM @extschema@.train(v_id);
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.learn_schema(regclass[], text) IS
'import tables with the relationships between them, define them under a name and train them; returns the definition id';


-- Generate every table of a trained definition into the tables of the same
-- names in target_schema (created LIKE their seed table when missing), in
-- dependency order, with every foreign key valid.  Roots get scale x their
-- seed row count (or row_counts ->> name); a child reached by a required
-- foreign key gets the children its generated parents asked for.  One
-- statement: a failure writes nothing.
CREATE FUNCTION @extschema@.generate_schema(definition_id bigint, target_schema regnamespace,
											scale float8 DEFAULT 1, seed bigint DEFAULT NULL,
											row_counts jsonb DEFAULT NULL)
RETURNS TABLE (table_name text, rows_written bigint)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
	v_params	jsonb;
	v_mt		jsonb;
	v_rels		jsonb;
	v_tables	text[];
	v_order		text[] := '{}';
	v_pick		text[];
	v_deferred	integer[] := '{}';
	v_seed		bigint := seed;
	v_nsp		text;
	v_t			text;
	v_k			integer;
	v_i			integer;
	r			jsonb;
	v_drive		jsonb;
	v_target	regclass;
	v_targets	jsonb := '{}';
	v_sizes		jsonb := '{}';
	v_slots		jsonb := '{}';	-- relationship index -> number of slots
	v_n			bigint;
	v_sel		text;
	v_cols		text;
	v_exprs		text;
	v_joins		text;
	v_gcols		text;
	v_mcols		text[];
	v_tots		bigint[];
	v_rowsrc	text;
	v_couple	jsonb;
	v_lvl		text;
	v_alias		text;
	v_rn		text;
	v_rnw		text;
	v_expr		text;
	v_ty		text;
	v_rows		bigint;
	v_cum		bigint[];
	v_frac		float8[];
	v_src		text;
	a			record;
	v_need		text[];
	v_counts	integer[];
	v_hier		jsonb;
	v_partner	jsonb;
	v_np		bigint;
	v_key		text[];
	v_upd		text;
	v_result	jsonb := '[]';
BEGIN
	IF definition_id IS NULL OR target_schema IS NULL OR scale IS NULL THEN
		RAISE EXCEPTION 'definition_id, target_schema and scale must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF NOT (scale > 0 AND scale <= 1000000) THEN
		RAISE EXCEPTION 'scale factor must be greater than 0 and at most 1000000'
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('The scale given is %s.', scale),
				  HINT = 'Give per-table counts with row_counts for anything else.';
	END IF;
	IF row_counts IS NOT NULL AND jsonb_typeof(row_counts) <> 'object' THEN
		RAISE EXCEPTION 'row_counts must be a JSON object mapping table names to row counts'
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'For example ''{"customer": 1000}''.';
	END IF;
	SELECT m.parameters INTO v_params FROM @extschema@.models m
	 WHERE m.definition_id = generate_schema.definition_id ORDER BY m.id DESC LIMIT 1;
	IF v_params IS NULL THEN
		IF NOT EXISTS (SELECT 1 FROM @extschema@.definitions d WHERE d.id = generate_schema.definition_id) THEN
			RAISE EXCEPTION 'definition with id % does not exist', definition_id
				USING ERRCODE = 'undefined_object',
					  HINT = 'It may belong to another role; list yours with SELECT * FROM synthmig.definition_list.';
		END IF;
		RAISE EXCEPTION 'definition % has no trained model', definition_id
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  HINT = format('Train it first: SELECT synthmig.train(%s);', definition_id);
	END IF;
	v_mt := v_params -> 'multitable';
	IF v_mt IS NULL THEN
		RAISE EXCEPTION 'the latest model of definition % has no multi-table part', definition_id
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  HINT = format('Train it again: SELECT synthmig.train(%s);', definition_id);
	END IF;
	v_rels := coalesce(v_mt -> 'relationships', '[]');
	v_tables := ARRAY(SELECT t ->> 'name' FROM jsonb_array_elements(v_params -> 'tables') t);
	IF row_counts IS NOT NULL THEN
		SELECT k INTO v_t FROM jsonb_each(row_counts) e(k, v)
		 WHERE NOT k = ANY (v_tables) OR jsonb_typeof(v) <> 'number'
			OR NOT (v::text::numeric BETWEEN 0 AND 1000000000000) OR v::text::numeric <> trunc(v::text::numeric)
		 LIMIT 1;
		IF v_t IS NOT NULL THEN
			RAISE EXCEPTION 'row_counts ->> % is not a row count of a table of the definition', quote_literal(v_t)
				USING ERRCODE = 'invalid_parameter_value',
					  DETAIL = format('The tables are: %s; a count is an integer from 0 to 10^12.', array_to_string(v_tables, ', '));
		END IF;
	END IF;
	IF v_seed IS NULL THEN
		v_seed := (random() * 9007199254740991)::bigint;
	END IF;
	SELECT n.nspname INTO v_nsp FROM pg_namespace n WHERE n.oid = target_schema;
	IF v_nsp IS NULL THEN
		RAISE EXCEPTION 'schema with OID % does not exist', target_schema::oid
			USING ERRCODE = 'invalid_schema_name';
	END IF;

	-- dependency order: a table after the parents of its foreign keys; a
	-- cycle is broken at a nullable foreign key, filled in at the end
	LOOP
		EXIT WHEN cardinality(v_order) = cardinality(v_tables);
		v_pick := ARRAY(
			SELECT u.t FROM unnest(v_tables) WITH ORDINALITY u(t, o)
			 WHERE NOT u.t = ANY (v_order)
			   AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_rels) x
								WHERE x ->> 'child' = u.t AND x ->> 'parent' <> u.t
								  AND NOT (x ->> 'index')::integer = ANY (v_deferred)
								  AND NOT (x ->> 'parent') = ANY (v_order))
			 ORDER BY u.o);
		IF cardinality(v_pick) > 0 THEN
			v_order := v_order || v_pick;
			CONTINUE;
		END IF;
		SELECT (x ->> 'index')::integer INTO v_k FROM jsonb_array_elements(v_rels) x
		 WHERE x ->> 'child' <> x ->> 'parent' AND NOT (x ->> 'required')::boolean
		   AND NOT (x ->> 'index')::integer = ANY (v_deferred)
		   AND NOT (x ->> 'child') = ANY (v_order) AND NOT (x ->> 'parent') = ANY (v_order)
		   AND v_mt -> 'keys' -> (x ->> 'child') IS NOT NULL
		   AND jsonb_typeof(v_mt -> 'keys' -> (x ->> 'child')) = 'array'
		 ORDER BY (x ->> 'index')::integer LIMIT 1;
		IF v_k IS NULL THEN
			RAISE EXCEPTION 'the foreign keys between tables % form a cycle that no nullable foreign key breaks',
				array_to_string(ARRAY(SELECT t FROM unnest(v_tables) t WHERE NOT t = ANY (v_order)), ', ')
				USING ERRCODE = 'invalid_table_definition',
					  HINT = 'Make one foreign key of the cycle nullable (the child table needs a primary key) or generate the tables one by one.';
		END IF;
		v_deferred := v_deferred || v_k;
	END LOOP;

	-- the target tables, created like their seed table when missing
	FOREACH v_t IN ARRAY v_order LOOP
		v_target := to_regclass(format('%I.%I', v_nsp, v_t));
		IF v_target IS NULL THEN
			SELECT t ->> 'source' INTO v_src FROM jsonb_array_elements(v_params -> 'tables') t
			 WHERE t ->> 'name' = v_t LIMIT 1;
			IF v_src IS NULL THEN
				RAISE EXCEPTION 'table %.% does not exist', quote_ident(v_nsp), quote_ident(v_t)
					USING ERRCODE = 'undefined_table',
						  HINT = 'Create it: the model of this table was not trained from a table to copy.';
			END IF;
			EXECUTE format('CREATE TABLE %I.%I (LIKE %s INCLUDING ALL)', v_nsp, v_t, v_src::regclass);
			v_target := to_regclass(format('%I.%I', v_nsp, v_t));
		END IF;
		PERFORM synthmig_internal.check_table(v_target, 'target');
		IF NOT has_table_privilege(v_target, 'INSERT') THEN
			RAISE EXCEPTION 'permission denied for table %', v_target
				USING ERRCODE = 'insufficient_privilege',
					  HINT = 'generate_schema needs INSERT on every target table.';
		END IF;
		v_targets := v_targets || jsonb_build_object(v_t, v_target::text);
	END LOOP;

	v_i := 0;
	FOREACH v_t IN ARRAY v_order LOOP
		v_i := v_i + 1;
		v_target := (v_targets ->> v_t)::regclass;
		-- the relationship that sizes this table: a required foreign key to
		-- another table whose parents learned their child counts
		SELECT x INTO v_drive FROM jsonb_array_elements(v_rels) x
		 WHERE x ->> 'child' = v_t AND x ->> 'parent' <> v_t AND (x ->> 'required')::boolean
		   AND x ? 'count_column' AND NOT (x ->> 'index')::integer = ANY (v_deferred)
		   -- the sum of a few parents' counts is too noisy to size a table
		   AND (coalesce((v_mt -> 'rows' ->> (x ->> 'parent'))::float8, 0) >= 50
				OR (x ->> 'declared')::boolean)
		 ORDER BY (x ->> 'in_key')::boolean DESC,
				  coalesce((v_mt -> 'rows' ->> (x ->> 'parent'))::float8, 0) DESC,
				  (x ->> 'index')::integer LIMIT 1;
		v_partner := NULL;
		IF v_drive IS NOT NULL AND v_drive ? 'junction_partner' THEN
			SELECT x INTO v_partner FROM jsonb_array_elements(v_rels) x
			 WHERE (x ->> 'index')::integer = (v_drive ->> 'junction_partner')::integer
			   AND NOT (x ->> 'index')::integer = ANY (v_deferred);
		END IF;
		IF row_counts ? v_t THEN
			v_n := (row_counts ->> v_t)::bigint;
			v_drive := NULL;
		ELSIF v_drive IS NOT NULL THEN
			-- as many rows as the parents asked for (a junction group
			-- cannot hold more distinct partners than exist)
			EXECUTE format('SELECT coalesce(sum(%s), 0)::bigint FROM pg_temp.%I',
						   CASE WHEN v_partner IS NULL THEN format('%I', 'c' || (v_drive ->> 'index'))
								ELSE format('least(%I, %s)', 'c' || (v_drive ->> 'index'),
											(v_sizes ->> (v_partner ->> 'parent'))::bigint) END,
						   'sm_mt_keys_' || array_position(v_order, v_drive ->> 'parent'))
			   INTO v_n;
		ELSE
			-- no seed and no declared rows: 100 per unit of scale
			v_n := round(scale * coalesce((v_mt -> 'rows' ->> v_t)::float8, 100))::bigint;
		END IF;
		IF v_n > 1000000000000 THEN
			RAISE EXCEPTION 'table % would get % rows, more than 10^12', v_t, v_n
				USING ERRCODE = 'program_limit_exceeded', HINT = 'Use a smaller scale factor.';
		END IF;
		v_sizes := v_sizes || jsonb_build_object(v_t, v_n);

		-- this table's keys, child counts (and hierarchy levels) row by row:
		-- row i of the JSON form is row i of the typed form
		v_need := ARRAY(
			SELECT DISTINCT c FROM (
				SELECT jsonb_array_elements_text(x -> 'parent_columns') c FROM jsonb_array_elements(v_rels) x
				 WHERE x ->> 'parent' = v_t
				UNION ALL
				SELECT x -> 'coupling' ->> 'parent_column' FROM jsonb_array_elements(v_rels) x
				 WHERE x ->> 'parent' = v_t AND x ? 'coupling'
				UNION ALL
				SELECT jsonb_array_elements_text(v_mt -> 'keys' -> v_t) WHERE jsonb_typeof(v_mt -> 'keys' -> v_t) = 'array'
				   AND EXISTS (SELECT 1 FROM jsonb_array_elements(v_rels) x
								WHERE x ->> 'child' = v_t AND (x ->> 'index')::integer = ANY (v_deferred))
				UNION ALL
				SELECT jsonb_array_elements_text(x -> 'child_columns') FROM jsonb_array_elements(v_rels) x
				 WHERE x ->> 'child' = v_t AND (x ->> 'index')::integer = ANY (v_deferred)) s
			ORDER BY c);
		v_counts := ARRAY(SELECT (x ->> 'index')::integer FROM jsonb_array_elements(v_rels) x
						   WHERE x ->> 'parent' = v_t AND x ? 'count_column' ORDER BY 1);
		v_sel := (SELECT coalesce(string_agg(format(', (r ->> %L) AS %I', c, 'k:' || c), ''), '') FROM unnest(v_need) c)
			  || (SELECT coalesce(string_agg(format(', (r ->> %L)::bigint AS %I', 'x-children-' || k, 'c' || k), ''), '')
					FROM unnest(v_counts) k);
		SELECT x INTO v_hier FROM jsonb_array_elements(v_rels) x
		 WHERE x ->> 'child' = v_t AND x ->> 'parent' = v_t ORDER BY (x ->> 'index')::integer LIMIT 1;
		v_cum := NULL;
		IF v_hier IS NOT NULL THEN
			v_frac := coalesce(ARRAY(SELECT jsonb_array_elements_text(v_hier -> 'depth')::float8),
							   '{}')::float8[];
			IF cardinality(v_frac) = 0 THEN
				v_frac := '{0.05, 0.25, 0.7}';
			END IF;
			SELECT array_agg(s ORDER BY o) INTO v_cum
			  FROM (SELECT sum(c) OVER (ORDER BY o) AS s, o
					  FROM unnest(synthmig_internal.rel_level_counts(v_frac, v_n)) WITH ORDINALITY u(c, o)) z;
		END IF;
		EXECUTE format('DROP TABLE IF EXISTS pg_temp.%I', 'sm_mt_keys_' || v_i);
		IF v_n > 0 AND (cardinality(v_need) > 0 OR v_hier IS NOT NULL) THEN
			EXECUTE format('CREATE TEMPORARY TABLE %I ON COMMIT DROP AS '
						   'SELECT s2.*%s FROM (SELECT (row_number() OVER () - 1) AS i%s '
						   'FROM (SELECT @extschema@.generate($1, $2, $3, $4) AS r) s) s2',
						   'sm_mt_keys_' || v_i,
						   CASE WHEN v_cum IS NULL THEN ''
								ELSE format(', (SELECT count(*) FROM unnest(%L::bigint[]) e WHERE e <= s2.i)::integer AS lvl', v_cum) END,
						   v_sel)
			USING definition_id, v_n, hashtextextended(v_t, v_seed), v_t;
		ELSE
			EXECUTE format('CREATE TEMPORARY TABLE %I ON COMMIT DROP AS '
						   'SELECT s2.*%s FROM (SELECT 0::bigint AS i%s FROM (SELECT NULL::jsonb AS r) s) s2 WHERE false',
						   'sm_mt_keys_' || v_i, CASE WHEN v_cum IS NULL THEN '' ELSE ', 0 AS lvl' END, v_sel);
		END IF;
		EXECUTE format('ANALYZE pg_temp.%I', 'sm_mt_keys_' || v_i);

		-- the slots of each parent of this table: a parent that asked for
		-- c children has c slots (1 when no parent asked for any)
		FOR r IN SELECT x FROM jsonb_array_elements(v_rels) x
				  WHERE x ->> 'child' = v_t AND NOT (x ->> 'index')::integer = ANY (v_deferred)
				  ORDER BY (x ->> 'index')::integer LOOP
			v_k := (r ->> 'index')::integer;
			v_np := (v_sizes ->> (r ->> 'parent'))::bigint;
			EXECUTE format('DROP TABLE IF EXISTS pg_temp.%I', 'sm_mt_slots_' || v_k);
			EXECUTE format('CREATE TEMPORARY TABLE %I ON COMMIT DROP AS '
						   'SELECT p.i AS pi, (g.g - 1) AS local, %s, '
						   '(row_number() OVER (%s ORDER BY p.i, g.g) - 1) AS slot%s%s '
						   'FROM (SELECT q.*, %s AS w FROM pg_temp.%I q) p, generate_series(1, p.w) g(g)',
						   'sm_mt_slots_' || v_k,
						   CASE WHEN r ->> 'parent' = v_t THEN 'p.lvl' ELSE '0 AS lvl' END,
						   CASE WHEN r ->> 'parent' = v_t THEN 'PARTITION BY p.lvl' ELSE '' END,
						   -- the sizing relationship's slots in the order of the
						   -- parent's number that its children depend on
						   CASE WHEN v_drive IS NOT NULL AND v_drive = r AND v_partner IS NULL AND r ? 'coupling'
								THEN format(', (row_number() OVER (ORDER BY (p.%I)::float8 NULLS FIRST, p.i, g.g) - 1) AS ord',
											'k:' || (r -> 'coupling' ->> 'parent_column'))
								ELSE '' END,
						   (SELECT string_agg(format(', p.%I', 'k:' || c), '')
							  FROM jsonb_array_elements_text(r -> 'parent_columns') c),
						   CASE WHEN NOT r ? 'count_column' THEN '1'
								WHEN v_drive IS NOT NULL AND v_drive = r AND v_partner IS NOT NULL
									THEN format('least(q.%I, %s)', 'c' || v_k, (v_sizes ->> (v_partner ->> 'parent'))::bigint)
								WHEN r ->> 'parent' = v_t
									THEN format('CASE WHEN sum(q.%1$I) OVER (PARTITION BY q.lvl) > 0 THEN q.%1$I ELSE 1 END', 'c' || v_k)
								WHEN v_drive IS NOT NULL AND v_drive = r THEN format('q.%I', 'c' || v_k)
								ELSE format('CASE WHEN sum(q.%1$I) OVER () > 0 THEN q.%1$I ELSE 1 END', 'c' || v_k) END,
						   'sm_mt_keys_' || array_position(v_order, r ->> 'parent'));
			-- no index: the planner, trusting the generator's estimate of
			-- 1000 rows, would probe it once per child instead of hashing it
			EXECUTE format('ANALYZE pg_temp.%I', 'sm_mt_slots_' || v_k);
			-- slots per level for a hierarchy, in all otherwise
			EXECUTE format('DROP TABLE IF EXISTS pg_temp.%I', 'sm_mt_tot_' || v_k);
			EXECUTE format('CREATE TEMPORARY TABLE %I ON COMMIT DROP AS SELECT lvl, count(*) AS total FROM pg_temp.%I GROUP BY lvl',
						   'sm_mt_tot_' || v_k, 'sm_mt_slots_' || v_k);
			EXECUTE format('SELECT coalesce(sum(total), 0) FROM pg_temp.%I', 'sm_mt_tot_' || v_k) INTO v_np;
			v_slots := v_slots || jsonb_build_object(v_k::text, v_np);
			IF v_np = 0 AND v_n > 0 AND r ->> 'parent' <> v_t THEN
				IF (r ->> 'required')::boolean THEN
					RAISE EXCEPTION 'table % needs parents in table %, which gets no rows', v_t, r ->> 'parent'
						USING ERRCODE = 'invalid_parameter_value',
							  HINT = 'Give the parent table rows (row_counts) or fewer children.';
				END IF;
			END IF;
		END LOOP;

		-- the rows: the model's typed rows with their foreign keys replaced
		v_mcols := ARRAY(SELECT c ->> 'name'
						   FROM jsonb_array_elements(v_params -> 'tables') t,
								jsonb_array_elements(t -> 'model' -> 'columns') c
						  WHERE t ->> 'name' = v_t);
		v_cols := NULL; v_exprs := NULL; v_alias := NULL;
		v_joins := ''; v_gcols := '';
		-- children matched to the slots by the learned dependence: a
		-- latent mixing the child's rank and noise in proportion to r
		v_couple := CASE WHEN v_drive IS NOT NULL AND v_partner IS NULL
							  AND (v_drive -> 'coupling' ->> 'child_column') = ANY (v_mcols)
						 THEN v_drive -> 'coupling' END;
		IF v_drive IS NOT NULL THEN
			v_joins := v_joins || format(' LEFT JOIN pg_temp.%I d ON d.lvl = 0 AND %s',
										 'sm_mt_slots_' || (v_drive ->> 'index'),
										 CASE WHEN v_couple IS NULL THEN 'd.slot = g.j' ELSE 'd.ord = g."rk:"' END);
			IF v_partner IS NOT NULL THEN
				-- distinct slots within a group; two slots of one parent
				-- would repeat a pair, which the dedup below drops
				v_joins := v_joins || format(' LEFT JOIN pg_temp.%I q ON q.lvl = 0 AND q.slot = synthmig_internal.rel_pick(d.pi, d.local, %s, %s)',
					'sm_mt_slots_' || (v_partner ->> 'index'),
					(v_slots ->> (v_partner ->> 'index'))::bigint,
					hashtextextended('relationship ' || (v_partner ->> 'index'), v_seed));
			END IF;
		END IF;
		FOR r IN SELECT x FROM jsonb_array_elements(v_rels) x
				  WHERE x ->> 'child' = v_t AND NOT (x ->> 'index')::integer = ANY (v_deferred)
					AND x IS DISTINCT FROM v_drive AND x IS DISTINCT FROM v_partner
				  ORDER BY (x ->> 'index')::integer LOOP
			v_k := (r ->> 'index')::integer;
			IF (v_slots ->> v_k::text)::bigint = 0 THEN
				CONTINUE;
			END IF;
			IF r ->> 'parent' = v_t THEN
				-- a row of level L takes a slot of level L - 1 (computed
				-- with the row, so that the join is on plain columns)
				EXECUTE format('SELECT array_agg(coalesce(t.total, 0) ORDER BY l) '
							   'FROM generate_series(0, %s) l LEFT JOIN pg_temp.%I t ON t.lvl = l',
							   cardinality(v_cum) - 1, 'sm_mt_tot_' || v_k) INTO v_tots;
				v_lvl := format('(SELECT count(*) FROM unnest(%L::bigint[]) e WHERE e <= s.j)::integer', v_cum);
				v_gcols := v_gcols || format(', %1$s AS %2$I, CASE WHEN %1$s > 0 AND (%3$L::bigint[])[%1$s] > 0 '
											 'THEN synthmig_internal.rel_slot(s.j, (%3$L::bigint[])[%1$s], %4$s) END AS %5$I',
											 v_lvl, 'l' || v_k, v_tots, hashtextextended('relationship ' || v_k, v_seed),
											 'h' || v_k);
				v_joins := v_joins || format(' LEFT JOIN pg_temp.%1$I a%2$s ON a%2$s.lvl = g.%3$I - 1 AND a%2$s.slot = g.%4$I',
					'sm_mt_slots_' || v_k, v_k, 'l' || v_k, 'h' || v_k);
			ELSE
				v_gcols := v_gcols || format(', synthmig_internal.rel_slot(s.j, %s, %s) AS %I',
											 (v_slots ->> v_k::text)::bigint,
											 hashtextextended('relationship ' || v_k, v_seed), 's' || v_k);
				v_joins := v_joins || format(' LEFT JOIN pg_temp.%1$I a%2$s ON a%2$s.lvl = 0 AND a%2$s.slot = g.%3$I',
					'sm_mt_slots_' || v_k, v_k, 's' || v_k);
			END IF;
		END LOOP;

		FOR a IN SELECT att.attname::text AS attname, format_type(att.atttypid, att.atttypmod) AS ty
				   FROM pg_attribute att
				  WHERE att.attrelid = v_target AND att.attnum > 0 AND NOT att.attisdropped AND att.attgenerated = ''
					AND att.attname = ANY (v_mcols)
				  ORDER BY att.attnum LOOP
			v_expr := format('(g.r).%I', a.attname);
			-- the first relationship that sets this column decides
			FOR r IN SELECT x FROM jsonb_array_elements(v_rels) x
					  WHERE x ->> 'child' = v_t AND (x -> 'child_columns') ? a.attname
					  ORDER BY x IS NOT DISTINCT FROM v_drive DESC, x IS NOT DISTINCT FROM v_partner DESC,
							   (x ->> 'index')::integer LOOP
				v_k := (r ->> 'index')::integer;
				v_src := format('%I', 'k:' || (r -> 'parent_columns' ->> (
							SELECT (o - 1)::integer FROM jsonb_array_elements_text(r -> 'child_columns') WITH ORDINALITY e(c, o)
							 WHERE e.c = a.attname LIMIT 1)));
				IF (r ->> 'index')::integer = ANY (v_deferred) THEN
					v_expr := format('NULL::%s', a.ty);
				ELSIF r = v_drive THEN
					v_expr := format('(d.%s)::%s', v_src, a.ty);
				ELSIF r = v_partner THEN
					v_expr := format('(q.%s)::%s', v_src, a.ty);
				ELSIF (v_slots ->> v_k::text)::bigint = 0 THEN
					v_expr := format('NULL::%s', a.ty);
				ELSIF r ->> 'parent' = v_t THEN
					-- roots have no parent (or are their own when the key is required)
					v_expr := CASE WHEN (r ->> 'required')::boolean
								   THEN format('coalesce((a%s.%s)::%s, (g.r).%I)', v_k, v_src, a.ty,
											   r -> 'parent_columns' ->> ((SELECT (o - 1)::integer FROM jsonb_array_elements_text(r -> 'child_columns') WITH ORDINALITY e(c, o) WHERE e.c = a.attname LIMIT 1)))
								   ELSE format('(a%s.%s)::%s', v_k, v_src, a.ty) END;
				ELSIF (r ->> 'required')::boolean THEN
					v_expr := format('(a%s.%s)::%s', v_k, v_src, a.ty);
				ELSE
					-- a nullable key keeps the model's share of NULLs
					v_expr := format('CASE WHEN (g.r).%I IS NULL THEN NULL ELSE (a%s.%s)::%s END',
									 r -> 'child_columns' ->> 0, v_k, v_src, a.ty);
				END IF;
				EXIT;
			END LOOP;
			v_cols := coalesce(v_cols || ', ', '') || quote_ident(a.attname);
			v_exprs := coalesce(v_exprs || ', ', '') || v_expr || format(' AS %I', 'v:' || a.attname);
			v_alias := coalesce(v_alias || ', ', '') || format('z.%I', 'v:' || a.attname);
		END LOOP;
		IF v_cols IS NULL THEN
			RAISE EXCEPTION 'table % has no column that the model of definition % generates', v_target, definition_id
				USING ERRCODE = 'datatype_mismatch',
					  HINT = 'The target''s columns must be named like the columns of the definition.';
		END IF;
		v_rows := 0;
		IF v_n > 0 THEN
			-- a composite key the model does not make unique by itself
			-- (a junction's pair, a key of several columns): the first row of
			-- a repeated key is kept
			SELECT string_agg(format(', row_number() OVER (PARTITION BY %s ORDER BY z."j:") AS %I',
									 (SELECT string_agg(format('z.%I', 'v:' || c), ', ')
										FROM jsonb_array_elements_text(u.ks) c), 'rn:' || u.o), ''),
				   string_agg(format('z2.%I = 1', 'rn:' || u.o), ' AND ')
			  INTO v_rn, v_rnw
			  FROM jsonb_array_elements(coalesce(v_mt -> 'composite' -> v_t, '[]')) WITH ORDINALITY u(ks, o)
			 WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(u.ks) c WHERE NOT c = ANY (v_mcols));
			-- the model's rows, or only their numbers when every column
			-- comes from the parents (a junction)
			IF position('(g.r).' IN v_exprs) > 0 OR v_couple IS NOT NULL THEN
				v_rowsrc := format('(SELECT s0.r, (row_number() OVER () - 1) AS j '
								   'FROM (SELECT @extschema@.generate(NULL::%s, %s, %s, %s) AS r) s0)',
								   v_target, v_n, hashtextextended(v_t, v_seed), definition_id);
			ELSE
				v_rowsrc := format('(SELECT NULL::%s AS r, j FROM generate_series(0, %s) j)', v_target, v_n - 1);
			END IF;
			IF v_couple IS NOT NULL THEN
				v_rowsrc := format('(SELECT g1.*, (row_number() OVER (ORDER BY g1."lat:", g1.j) - 1) AS "rk:" FROM '
								   '(SELECT g0.*, %s * percent_rank() OVER (ORDER BY (g0.r).%I NULLS FIRST, g0.j) '
								   '+ %s * (((hashint8extended(g0.j, %s) >> 11) & 9007199254740991)::float8 / 9007199254740992.0) AS "lat:" '
								   'FROM %s g0) g1)',
								   (v_couple ->> 'rho')::float8, v_couple ->> 'child_column',
								   sqrt(1 - least(1, ((v_couple ->> 'rho')::float8) ^ 2)),
								   hashtextextended('coupling ' || (v_drive ->> 'index'), v_seed), v_rowsrc);
				v_gcols := v_gcols || ', s."rk:"';
			END IF;
			IF v_rn IS NULL THEN
				EXECUTE format('INSERT INTO %s (%s) SELECT %s FROM (SELECT %s FROM (SELECT s.r, s.j%s FROM %s s) g%s) z',
							   v_target, v_cols, v_alias, v_exprs, v_gcols, v_rowsrc, v_joins);
			ELSE
				EXECUTE format('INSERT INTO %s (%s) SELECT %s FROM (SELECT z.*%s FROM (SELECT %s, g.j AS "j:" FROM '
							   '(SELECT s.r, s.j%s FROM %s s) g%s) z) z2 WHERE %s',
							   v_target, v_cols, replace(v_alias, 'z.', 'z2.'), v_rn, v_exprs,
							   v_gcols, v_rowsrc, v_joins, v_rnw);
			END IF;
			GET DIAGNOSTICS v_rows = ROW_COUNT;
			IF position('(g.r).' IN v_exprs) > 0 THEN
				UPDATE @extschema@.runs x SET target = v_target::text, status = 'done'
				 WHERE x.id = (SELECT max(y.id) FROM @extschema@.runs y WHERE y.pid = pg_backend_pid());
			END IF;
		END IF;
		v_result := v_result || jsonb_build_array(jsonb_build_array(v_t, v_rows));
	END LOOP;

	-- foreign keys of the cycles, filled in now that their parents exist
	FOREACH v_k IN ARRAY v_deferred LOOP
		SELECT x INTO r FROM jsonb_array_elements(v_rels) x WHERE (x ->> 'index')::integer = v_k;
		v_t := r ->> 'child';
		v_key := ARRAY(SELECT jsonb_array_elements_text(v_mt -> 'keys' -> v_t));
		EXECUTE format('DROP TABLE IF EXISTS pg_temp.%I', 'sm_mt_slots_' || v_k);
		EXECUTE format('CREATE TEMPORARY TABLE %I ON COMMIT DROP AS '
					   'SELECT (row_number() OVER (ORDER BY p.i, g.g) - 1) AS slot%s '
					   'FROM (SELECT q.*, %s AS w FROM pg_temp.%I q) p, generate_series(1, p.w) g(g)',
					   'sm_mt_slots_' || v_k,
					   (SELECT string_agg(format(', p.%I', 'k:' || c), '') FROM jsonb_array_elements_text(r -> 'parent_columns') c),
					   CASE WHEN r ? 'count_column'
							THEN format('CASE WHEN sum(q.%1$I) OVER () > 0 THEN q.%1$I ELSE 1 END', 'c' || v_k) ELSE '1' END,
					   'sm_mt_keys_' || array_position(v_order, r ->> 'parent'));
		EXECUTE format('SELECT count(*) FROM pg_temp.%I', 'sm_mt_slots_' || v_k) INTO v_np;
		CONTINUE WHEN v_np = 0;
		SELECT string_agg(format('%I = (a.%I)::%s', c.col, 'k:' || c.pcol, format_type(att.atttypid, att.atttypmod)), ', ')
		  INTO v_upd
		  FROM unnest(ARRAY(SELECT jsonb_array_elements_text(r -> 'child_columns')),
					  ARRAY(SELECT jsonb_array_elements_text(r -> 'parent_columns'))) c(col, pcol)
		  JOIN pg_attribute att ON att.attrelid = (v_targets ->> v_t)::regclass AND att.attname = c.col;
		EXECUTE format('UPDATE %s t SET %s FROM (SELECT k.*%s FROM pg_temp.%I k JOIN pg_temp.%I s '
					   'ON s.slot = synthmig_internal.rel_slot(k.i, %s, %s) WHERE k.%I IS NOT NULL) a WHERE %s',
					   (v_targets ->> v_t)::regclass, v_upd,
					   (SELECT string_agg(format(', s.%I', 'k:' || c), '') FROM jsonb_array_elements_text(r -> 'parent_columns') c),
					   'sm_mt_keys_' || array_position(v_order, v_t), 'sm_mt_slots_' || v_k,
					   v_np, hashtextextended('relationship ' || v_k, v_seed),
					   'k:' || (r -> 'child_columns' ->> 0),
					   (SELECT string_agg(format('t.%I = (a.%I)::%s', c, 'k:' || c, format_type(att.atttypid, att.atttypmod)), ' AND ')
						  FROM unnest(v_key) c
						  JOIN pg_attribute att ON att.attrelid = (v_targets ->> v_t)::regclass AND att.attname = c));
	END LOOP;

	FOR v_i IN 1 .. cardinality(v_order) LOOP
		EXECUTE format('DROP TABLE IF EXISTS pg_temp.%I', 'sm_mt_keys_' || v_i);
	END LOOP;
	FOR r IN SELECT x FROM jsonb_array_elements(v_rels) x LOOP
		EXECUTE format('DROP TABLE IF EXISTS pg_temp.%I, pg_temp.%I',
					   'sm_mt_slots_' || (r ->> 'index'), 'sm_mt_tot_' || (r ->> 'index'));
	END LOOP;
	RETURN QUERY SELECT e ->> 0, (e ->> 1)::bigint FROM jsonb_array_elements(v_result) e;
END;
$$;

COMMENT ON FUNCTION @extschema@.generate_schema(bigint, regnamespace, float8, bigint, jsonb) IS
'generate every table of a trained definition into a schema, parents first, every foreign key valid; returns the rows written per table';


-- The same, for one of the current role's definitions by name.
CREATE FUNCTION @extschema@.generate_schema(definition text, target_schema regnamespace,
											scale float8 DEFAULT 1, seed bigint DEFAULT NULL,
											row_counts jsonb DEFAULT NULL)
RETURNS TABLE (table_name text, rows_written bigint)
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT * FROM @extschema@.generate_schema(@extschema@.definition_id(definition), target_schema, scale, seed, row_counts) $$;

COMMENT ON FUNCTION @extschema@.generate_schema(text, regnamespace, float8, bigint, jsonb) IS
'generate_schema(definition_id(name), ...): one of the current role''s definitions, by name';


-- Multi-table quality of a synthetic schema against the real one, for the
-- relationships of a definition: each table's quality() score, and per
-- relationship SDMetrics' ReferentialIntegrity, CardinalityShapeSimilarity
-- (KS complement of the children-per-parent counts, zeros included),
-- CardinalityBoundaryAdherence, and the parent-child trends (TV complement
-- of the children's distribution over each categorical parent column:
-- "customers from Germany have more invoices").  One row per score; the
-- rows of kind 'schema' summarise.
CREATE FUNCTION @extschema@.quality_schema(definition_id bigint, real_schema regnamespace,
										   synthetic_schema regnamespace)
RETURNS TABLE (kind text, name text, metric text, score float8)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_def		jsonb;
	v_real		text;
	v_syn		text;
	r			record;
	t			jsonb;
	v_rp		regclass;
	v_rc		regclass;
	v_sp		regclass;
	v_sc		regclass;
	v_on		text;
	v_nn		text;
	v_pk		text;
	v_counts	text;
	v_score		float8;
	v_col		record;
	v_ndist		bigint;
	v_nrows		bigint;
	v_pair		record;
	v_r1		float8;
	v_r2		float8;
	v_out		jsonb := '[]';
BEGIN
	IF definition_id IS NULL OR real_schema IS NULL OR synthetic_schema IS NULL THEN
		RAISE EXCEPTION 'definition_id, real_schema and synthetic_schema must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	v_def := @extschema@.get_definition(definition_id);
	SELECT n.nspname INTO v_real FROM pg_namespace n WHERE n.oid = real_schema;
	SELECT n.nspname INTO v_syn FROM pg_namespace n WHERE n.oid = synthetic_schema;
	IF v_real IS NULL OR v_syn IS NULL THEN
		RAISE EXCEPTION 'schema with OID % does not exist', CASE WHEN v_real IS NULL THEN real_schema ELSE synthetic_schema END::oid
			USING ERRCODE = 'invalid_schema_name';
	END IF;

	-- single-table quality of every table present on both sides
	FOR t IN SELECT x FROM jsonb_array_elements(v_def -> 'tables') x LOOP
		v_rp := to_regclass(format('%I.%I', v_real, t ->> 'name'));
		v_sp := to_regclass(format('%I.%I', v_syn, t ->> 'name'));
		CONTINUE WHEN v_rp IS NULL OR v_sp IS NULL;
		BEGIN
			v_score := (@extschema@.quality(v_rp, v_sp) ->> 'score')::float8;
		EXCEPTION WHEN data_exception OR object_not_in_prerequisite_state OR invalid_parameter_value THEN
			v_score := NULL;	-- an empty side, or nothing to compare
		END;
		v_out := v_out || jsonb_build_array(jsonb_build_array('table', t ->> 'name', 'quality', v_score));
	END LOOP;

	FOR r IN SELECT * FROM synthmig_internal.fk_relationships(v_def) f ORDER BY f.k LOOP
		v_rp := to_regclass(format('%I.%I', v_real, r.parent));
		v_rc := to_regclass(format('%I.%I', v_real, r.child));
		v_sp := to_regclass(format('%I.%I', v_syn, r.parent));
		v_sc := to_regclass(format('%I.%I', v_syn, r.child));
		CONTINUE WHEN v_rp IS NULL OR v_rc IS NULL OR v_sp IS NULL OR v_sc IS NULL;
		v_on := (SELECT string_agg(format('c.%I = p.%I', x.c, x.p), ' AND ')
				   FROM unnest(r.child_columns, r.parent_columns) x(c, p));
		v_nn := (SELECT string_agg(format('c.%I IS NOT NULL', x.c), ' AND ') FROM unnest(r.child_columns) x(c));
		v_pk := (SELECT string_agg(format('p.%I', x.p), ', ') FROM unnest(r.parent_columns) x(p));
		-- ReferentialIntegrity: share of non-NULL foreign keys that find their parent
		EXECUTE format('SELECT coalesce(count(*) FILTER (WHERE p.%I IS NOT NULL)::float8 / nullif(count(*), 0), 1) '
					   'FROM %s c LEFT JOIN %s p ON %s WHERE %s',
					   r.parent_columns[1], v_sc, v_sp, v_on, v_nn) INTO v_score;
		v_out := v_out || jsonb_build_array(jsonb_build_array('relationship', r.rel ->> 'name', 'referential_integrity', v_score));
		-- children per parent, zeros included
		v_counts := 'SELECT count(c.%I) AS n FROM %s p LEFT JOIN %s c ON %s GROUP BY %s';
		EXECUTE format('WITH r AS (SELECT n, count(*) AS k FROM (%s) x GROUP BY n), '
					   ' s AS (SELECT n, count(*) AS k FROM (%s) x GROUP BY n), '
					   ' v AS (SELECT coalesce(r.n, s.n) AS n, coalesce(r.k, 0) AS rk, coalesce(s.k, 0) AS sk '
					   '         FROM r FULL JOIN s ON r.n = s.n), '
					   ' f AS (SELECT sum(rk) OVER (ORDER BY n) / nullif(sum(rk) OVER (), 0) AS fr, '
					   '              sum(sk) OVER (ORDER BY n) / nullif(sum(sk) OVER (), 0) AS fs FROM v) '
					   'SELECT 1 - max(abs(fr - fs)) FROM f',
					   format(v_counts, r.child_columns[1], v_rp, v_rc, v_on, v_pk),
					   format(v_counts, r.child_columns[1], v_sp, v_sc, v_on, v_pk)) INTO v_score;
		v_out := v_out || jsonb_build_array(jsonb_build_array('relationship', r.rel ->> 'name', 'cardinality_shape_similarity', v_score));
		-- CardinalityBoundaryAdherence: synthetic counts within the real range
		EXECUTE format('WITH r AS (SELECT min(n) AS lo, max(n) AS hi FROM (%s) x) '
					   'SELECT avg(CASE WHEN x.n BETWEEN r.lo AND r.hi THEN 1.0 ELSE 0.0 END)::float8 FROM (%s) x, r',
					   format(v_counts, r.child_columns[1], v_rp, v_rc, v_on, v_pk),
					   format(v_counts, r.child_columns[1], v_sp, v_sc, v_on, v_pk)) INTO v_score;
		v_out := v_out || jsonb_build_array(jsonb_build_array('relationship', r.rel ->> 'name', 'cardinality_boundary_adherence', v_score));
		CONTINUE WHEN r.parent = r.child;
		-- intertable trends of numbers: SDMetrics CorrelationSimilarity
		-- (1 - |r_real - r_synthetic| / 2, Pearson) of each pair of a
		-- child's and its parent's numeric columns that are not keys
		FOR v_pair IN
			SELECT a.attname::text AS ccol, b.attname::text AS pcol
			  FROM pg_attribute a JOIN pg_type ta ON ta.oid = a.atttypid,
				   pg_attribute b JOIN pg_type tb ON tb.oid = b.atttypid
			 WHERE a.attrelid = v_rc AND a.attnum > 0 AND NOT a.attisdropped AND ta.typcategory = 'N'
			   AND b.attrelid = v_rp AND b.attnum > 0 AND NOT b.attisdropped AND tb.typcategory = 'N'
			   AND NOT a.attname = ANY (r.child_columns) AND NOT b.attname = ANY (r.parent_columns)
			   AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = v_rc AND k.contype IN ('p', 'u', 'f')
								  AND a.attnum = ANY (k.conkey))
			   AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = v_rp AND k.contype IN ('p', 'u', 'f')
								  AND b.attnum = ANY (k.conkey))
			   AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = v_sc AND x.attname = a.attname AND NOT x.attisdropped)
			   AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = v_sp AND x.attname = b.attname AND NOT x.attisdropped)
			 ORDER BY a.attnum, b.attnum
		LOOP
			EXECUTE format('SELECT (SELECT corr(c.%1$I::float8, p.%2$I::float8) FROM %3$s c JOIN %4$s p ON %7$s), '
						   '       (SELECT corr(c.%1$I::float8, p.%2$I::float8) FROM %5$s c JOIN %6$s p ON %7$s)',
						   v_pair.ccol, v_pair.pcol, v_rc, v_rp, v_sc, v_sp, v_on)
			   INTO v_r1, v_r2;
			CONTINUE WHEN v_r1 IS NULL;
			v_out := v_out || jsonb_build_array(jsonb_build_array('intertable_trend', r.rel ->> 'name',
				format('%s.%s ~ %s.%s', r.child, v_pair.ccol, r.parent, v_pair.pcol),
				1 - abs(v_r1 - coalesce(v_r2, 0)) / 2));
		END LOOP;
		-- parent-child trends: children over each categorical parent column
		FOR v_col IN SELECT a.attname::text AS attname
					   FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid
					  WHERE a.attrelid = v_rp AND a.attnum > 0 AND NOT a.attisdropped
						AND ty.typcategory IN ('S', 'B', 'E') AND NOT a.attname = ANY (r.parent_columns)
						AND EXISTS (SELECT 1 FROM pg_attribute b WHERE b.attrelid = v_sp AND b.attname = a.attname
									   AND NOT b.attisdropped)
					  ORDER BY a.attnum LOOP
			-- a category column: 2 to 50 values, each shared by two parents on average
			EXECUTE format('SELECT count(DISTINCT p.%I), count(*) FROM %s p', v_col.attname, v_rp) INTO v_ndist, v_nrows;
			CONTINUE WHEN v_ndist < 2 OR v_ndist > 50 OR v_ndist * 2 > v_nrows;
			EXECUTE format('WITH r AS (SELECT coalesce(p.%1$I::text, %6$L) AS v, count(*)::float8 / sum(count(*)) OVER () AS f '
						   '           FROM %2$s c JOIN %3$s p ON %7$s GROUP BY 1), '
						   ' s AS (SELECT coalesce(p.%1$I::text, %6$L) AS v, count(*)::float8 / sum(count(*)) OVER () AS f '
						   '           FROM %4$s c JOIN %5$s p ON %7$s GROUP BY 1) '
						   'SELECT greatest(0, 1 - 0.5 * sum(abs(coalesce(r.f, 0) - coalesce(s.f, 0)))) FROM r FULL JOIN s ON r.v = s.v',
						   v_col.attname, v_rc, v_rp, v_sc, v_sp, E'\\N', v_on) INTO v_score;
			CONTINUE WHEN v_score IS NULL;
			v_out := v_out || jsonb_build_array(jsonb_build_array('parent_child_trend', r.rel ->> 'name',
																  v_col.attname, v_score));
		END LOOP;
	END LOOP;

	-- the summary: the worst integrity, the means of the others, and
	-- overall: the mean of table quality, cardinality and the trends
	RETURN QUERY
	WITH x AS (SELECT e ->> 0 AS kind, e ->> 1 AS name, e ->> 2 AS metric, (e ->> 3)::float8 AS score
				 FROM jsonb_array_elements(v_out) e),
		 s AS (SELECT min(x.score) FILTER (WHERE x.metric = 'referential_integrity') AS ri,
					  avg(x.score) FILTER (WHERE x.metric = 'cardinality_shape_similarity') AS card,
					  avg(x.score) FILTER (WHERE x.metric = 'cardinality_boundary_adherence') AS cba,
					  avg(x.score) FILTER (WHERE x.kind = 'table') AS tq,
					  avg(x.score) FILTER (WHERE x.kind = 'parent_child_trend') AS trends,
					  avg(x.score) FILTER (WHERE x.kind = 'intertable_trend') AS itrends
				 FROM x)
	SELECT x.kind, x.name, x.metric, x.score FROM x
	UNION ALL
	SELECT 'schema', NULL, v.metric, v.score
	  FROM s, LATERAL (VALUES (1, 'referential_integrity', s.ri), (2, 'cardinality', s.card),
							  (3, 'cardinality_boundary_adherence', s.cba), (4, 'table_quality', s.tq),
							  (5, 'parent_child_trends', s.trends), (6, 'intertable_trends', s.itrends),
							  (7, 'overall', (SELECT avg(w) FROM unnest(ARRAY[s.tq, s.card, s.trends, s.itrends]) w))) v(o, metric, score);
END;
$$;

COMMENT ON FUNCTION @extschema@.quality_schema(bigint, regnamespace, regnamespace) IS
'multi-table quality of a synthetic schema against the real one: per-table quality, referential integrity, cardinality shape and boundaries, parent-child trends, and a summary';
