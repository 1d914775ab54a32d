-------------------------------------------------------------------------------
-- Expressions of a plan: the value of every target column, and the reason a
-- source row is quarantined
-------------------------------------------------------------------------------

-- OR of a column's conversion checks, or NULL when it has none.
CREATE FUNCTION synthmig_internal.fails(col jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT string_agg('(' || (c ->> 'pred') || ')', ' OR ') FROM jsonb_array_elements(col -> 'checks') c
$$;


-- The value written into a target column, after its policy for values
-- that do not convert: NULL, the column default, or a value drawn from the
-- column's other converted values (synthesize, flagged in the report).
CREATE FUNCTION synthmig_internal.value_expr(col jsonb, pool text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	fails text := synthmig_internal.fails(col);
	conv text := col ->> 'conv';
BEGIN
	IF fails IS NOT NULL THEN
		CASE col ->> 'policy'
			WHEN 'null' THEN conv := format('CASE WHEN %s THEN NULL ELSE %s END', fails, conv);
			WHEN 'default' THEN conv := format('CASE WHEN %s THEN %s ELSE %s END', fails, coalesce(col ->> 'default', 'NULL'), conv);
			WHEN 'synthesize' THEN conv := format('CASE WHEN %s THEN %s ELSE %s END', fails, coalesce(pool, 'NULL'), conv);
			ELSE NULL;
		END CASE;
	END IF;
	RETURN format('(%s)::%s', conv, col ->> 'target_type');
END;
$$;


-- The foreign keys of a plan's target as predicates over the source row:
-- true when the referenced row does not exist (in the target; for a
-- self-reference also among the source rows; when measuring before a run
-- also among the rows of the parent's source).
CREATE FUNCTION synthmig_internal.fk_checks(plan jsonb, finals jsonb, measure boolean, ref_finals jsonb DEFAULT NULL)
RETURNS TABLE (name text, cols text, pred text, reason text, key_text text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	fk jsonb;
	kexpr text;
	refsel text;
BEGIN
	FOR fk IN SELECT * FROM jsonb_array_elements(plan -> 'foreign_keys') LOOP
		CONTINUE WHEN EXISTS (SELECT FROM jsonb_array_elements_text(fk -> 'columns') x WHERE NOT finals ? x);
		kexpr := (SELECT string_agg(finals ->> x, ', ' ORDER BY o) FROM jsonb_array_elements_text(fk -> 'columns') WITH ORDINALITY u(x, o));
		refsel := format('SELECT %s FROM %s WHERE %s', (SELECT string_agg(quote_ident(x), ', ' ORDER BY o)
								  FROM jsonb_array_elements_text(fk -> 'ref_columns') WITH ORDINALITY u(x, o)),
						 (fk ->> 'ref_oid')::oid::regclass,
						 (SELECT string_agg(quote_ident(x) || ' IS NOT NULL', ' AND ')
							FROM jsonb_array_elements_text(fk -> 'ref_columns') x));
		IF (fk ->> 'self')::boolean THEN
			refsel := refsel || format(' UNION ALL SELECT %s FROM %s s',
				(SELECT string_agg(coalesce(ref_finals, finals) ->> x, ', ' ORDER BY o)
				   FROM jsonb_array_elements_text(fk -> 'ref_columns') WITH ORDINALITY u(x, o)),
				(plan ->> 'source_oid')::oid::regclass);
		ELSIF measure AND fk ? 'ref_select' THEN
			-- analysis before anything is loaded: the parent's rows are still in its source
			refsel := refsel || ' UNION ALL ' || (fk ->> 'ref_select');
		END IF;
		name := fk ->> 'name';
		cols := (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(fk -> 'columns') x);
		pred := format('(%s) AND (%s) NOT IN (%s)',
			(SELECT string_agg(format('(%s) IS NOT NULL', finals ->> x), ' AND ') FROM jsonb_array_elements_text(fk -> 'columns') x),
			kexpr, refsel);
		-- a large parent: probe its unique index row by row rather than
		-- build a hash of it (NOT IN is only hashed when it fits in memory)
		IF NOT (fk ->> 'self')::boolean AND NOT (measure AND fk ? 'ref_select')
		   AND (SELECT greatest(c.reltuples, 0) FROM pg_class c WHERE c.oid = (fk ->> 'ref_oid')::oid) > 1000000 THEN
			pred := format('(%s) AND NOT EXISTS (SELECT FROM %s p WHERE %s)',
				(SELECT string_agg(format('(%s) IS NOT NULL', finals ->> x), ' AND ') FROM jsonb_array_elements_text(fk -> 'columns') x),
				(fk ->> 'ref_oid')::oid::regclass,
				(SELECT string_agg(format('p.%I = %s', r, finals ->> c), ' AND ')
				   FROM jsonb_array_elements_text(fk -> 'columns') WITH ORDINALITY u(c, o)
				   JOIN jsonb_array_elements_text(fk -> 'ref_columns') WITH ORDINALITY v(r, p) ON p = o));
		END IF;
		key_text := format('(%s)::text', CASE WHEN jsonb_array_length(fk -> 'columns') = 1 THEN kexpr ELSE 'ROW(' || kexpr || ')' END);
		reason := format('%L || (%s)::text || %L',
			format('no row of %s has %s = ', fk ->> 'ref_table', (fk -> 'ref_columns')::text),
			CASE WHEN jsonb_array_length(fk -> 'columns') = 1 THEN kexpr ELSE 'ROW(' || kexpr || ')' END,
			format(' (foreign key %s)', fk ->> 'name'));
		RETURN NEXT;
	END LOOP;
END;
$$;


-- The SELECT that finds the rows of a plan's source to quarantine, with
-- their ctid, key and reason (kind, source column, text, policy), over
-- the relation "rel" (the table, or a sample of it).  finals maps target
-- columns to their value expressions.
CREATE FUNCTION synthmig_internal.reject_select(plan jsonb, finals jsonb, rel text, target_empty boolean,
											 measure boolean DEFAULT false, with_keys boolean DEFAULT true,
											 ref_finals jsonb DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	whens text := '';
	col jsonb;
	c jsonb;
	k jsonb;
	kexpr text;
	kcols text;
	i integer := 0;
	outer_cols text := '';
	dup_case text := '';
	inner_sel text;
	fk record;
BEGIN
	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') LOOP
		IF col ->> 'policy' IN ('quarantine', 'abort', 'widen') THEN
			FOR c IN SELECT * FROM jsonb_array_elements(col -> 'checks') LOOP
				whens := whens || format(' WHEN %s THEN ARRAY[%L, %L, %s, %L]', c ->> 'pred', c ->> 'kind',
										 col ->> 'target', c ->> 'reason', col ->> 'policy');
			END LOOP;
		END IF;
	END LOOP;
	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') LOOP
		IF (col ->> 'not_null')::boolean THEN
			whens := whens || format(' WHEN (%s) IS NULL THEN ARRAY[%L, %L, %L, %L]',
									 CASE WHEN finals ->> (col ->> 'target') = format('(%s)::%s', col ->> 'conv', col ->> 'target_type')
										  THEN col ->> 'conv' ELSE finals ->> (col ->> 'target') END,
									 'not_null', col ->> 'target',
									 format('column %s is NOT NULL in the target and gets no value', quote_ident(col ->> 'target')),
									 'quarantine');
		END IF;
	END LOOP;
	FOR fk IN SELECT * FROM synthmig_internal.fk_checks(plan, finals, measure, ref_finals) LOOP
		whens := whens || format(' WHEN %s THEN ARRAY[%L, %L, %s, %L]', fk.pred, 'fk_orphan', fk.cols, fk.reason, 'quarantine');
	END LOOP;
	-- keys: a row whose key converts to that of an existing target row
	FOR k IN SELECT * FROM jsonb_array_elements(plan -> 'keys') LOOP
		CONTINUE WHEN EXISTS (SELECT FROM jsonb_array_elements_text(k -> 'columns') x WHERE NOT finals ? x);
		i := i + 1;
		kexpr := (SELECT string_agg(finals ->> x, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o));
		kcols := (SELECT string_agg(quote_ident(x), ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o));
		IF NOT target_empty THEN
			whens := whens || format(' WHEN (%s) IN (SELECT %s FROM %s) THEN ARRAY[%L, %L, %L, %L]', kexpr, kcols,
									 (plan ->> 'target_oid')::oid::regclass, 'duplicate_key', (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(k -> 'columns') x),
									 format('the target already has a row with this %s', k ->> 'name'), 'quarantine');
		END IF;
		outer_cols := outer_cols || format(', CASE WHEN s._why IS NULL AND (%s) IS NOT NULL THEN ROW(%s) END AS _k%s',
										   (SELECT string_agg(format('(%s) IS NOT NULL', finals ->> x), ' AND ')
											  FROM jsonb_array_elements_text(k -> 'columns') x), kexpr, i);
		dup_case := dup_case || format(' WHEN _k%s IS NOT NULL AND row_number() OVER (PARTITION BY _why IS NULL, _k%s ORDER BY _ctid) > 1 '
									   'THEN ARRAY[%L, %L, %L, %L]', i, i, 'duplicate_key',
									   (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(k -> 'columns') x),
									   format('duplicate of an earlier source row on %s %s', k ->> 'name', k ->> 'columns'), 'quarantine');
	END LOOP;
	-- OFFSET 0 keeps the subquery from being flattened into its reader,
	-- which would evaluate the conversions once per reference to _why
	inner_sel := format('SELECT s.*, s.ctid AS _ctid, %s AS _key, %s AS _why FROM %s s OFFSET 0',
						CASE WHEN with_keys THEN plan ->> 'source_key' ELSE 'NULL::jsonb' END,
						CASE WHEN whens = '' THEN 'NULL::text[]' ELSE 'CASE' || whens || ' END' END, rel);
	IF NOT with_keys THEN
		RETURN inner_sel;			-- the row itself, its key and reason
	END IF;
	IF dup_case = '' THEN
		RETURN format('SELECT _ctid, _key, _why FROM (%s) c', inner_sel);
	END IF;
	-- keys are compared on rows that pass every other check
	RETURN format('SELECT _ctid, _key, CASE WHEN _why IS NOT NULL THEN _why%s END AS _why '
				  'FROM (SELECT s._ctid, s._key, s._why%s FROM (%s) s) c',
				  dup_case, outer_cols, inner_sel);
END;
$$;


-- The plan with each column's conversion computed once, in a subquery
-- under the name _sm_vN, and its checks and value rewritten to use it;
-- v_list holds the "conversion AS _sm_vN" items of that subquery.
CREATE FUNCTION synthmig_internal.vplan(plan jsonb)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	cols jsonb := '[]';
	items text[] := '{}';
	col jsonb;
	i integer;
	v text;
	conv text;
BEGIN
	FOR col, i IN SELECT c, o FROM jsonb_array_elements(plan -> 'columns') WITH ORDINALITY x(c, o) LOOP
		conv := col ->> 'conv';
		v := 's._sm_v' || i;
		items := items || format('%s AS _sm_v%s', conv, i);
		col := col || jsonb_build_object('conv', v, 'checks',
			coalesce((SELECT jsonb_agg(c || jsonb_build_object('pred', replace(c ->> 'pred', conv, v)))
						FROM jsonb_array_elements(col -> 'checks') c), '[]'));
		cols := cols || col;
	END LOOP;
	RETURN jsonb_set(plan, '{columns}', cols) || jsonb_build_object('v_list', array_to_string(items, ', '));
END;
$$;
