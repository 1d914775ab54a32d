-- Rows as JSON objects.
CREATE FUNCTION @extschema@.generate(definition_id bigint, n bigint, seed bigint DEFAULT NULL,
									 table_name text DEFAULT NULL)
RETURNS SETOF jsonb
AS 'MODULE_PATHNAME', 'synthmig_generate_json'
SET search_path = pg_catalog, pg_temp
LANGUAGE C CALLED ON NULL INPUT VOLATILE;

COMMENT ON FUNCTION @extschema@.generate(bigint, bigint, bigint, text) IS
'generate n rows of a trained table as JSON objects (row i depends only on model, seed and i)';


-- generate(42, 1000) with integer literals: without this overload the call
-- would be ambiguous between the bigint form and the typed (anyelement) form.
-- The same C function (not an SQL wrapper, which would itself be
-- materialised when called in FROM, bypassing the bound on n there).
CREATE FUNCTION @extschema@.generate(definition_id integer, n bigint, seed bigint DEFAULT NULL,
									 table_name text DEFAULT NULL)
RETURNS SETOF jsonb
AS 'MODULE_PATHNAME', 'synthmig_generate_json'
SET search_path = pg_catalog, pg_temp
LANGUAGE C CALLED ON NULL INPUT VOLATILE;

COMMENT ON FUNCTION @extschema@.generate(integer, bigint, bigint, text) IS
'generate(bigint, ...) for a schema id written as an integer literal';


-- Rows of a table's own row type: generate(NULL::public.t, n).
CREATE FUNCTION @extschema@.generate(rowtype anyelement, n bigint, seed bigint DEFAULT NULL,
									 definition_id bigint DEFAULT NULL)
RETURNS SETOF anyelement
AS 'MODULE_PATHNAME', 'synthmig_generate_typed'
SET search_path = pg_catalog, pg_temp
LANGUAGE C CALLED ON NULL INPUT VOLATILE;

COMMENT ON FUNCTION @extschema@.generate(anyelement, bigint, bigint, bigint) IS
'generate n rows typed like the given row type (for INSERT ... SELECT and COPY)';


-- Write n generated rows into a table, streaming (constant memory).
CREATE FUNCTION @extschema@.generate_into(definition_id bigint, n bigint, target regclass,
										  seed bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_cols	text;
	v_sel	text;
	v_rows	bigint;
	v_seed	bigint := seed;
	v_checks text;
BEGIN
	IF definition_id IS NULL OR n IS NULL OR target IS NULL THEN
		RAISE EXCEPTION 'definition_id, n and target must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	PERFORM synthmig_internal.check_table(target, 'target');
	IF NOT has_table_privilege(target, 'INSERT') THEN
		RAISE EXCEPTION 'permission denied for table %', target
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'generate_into needs INSERT on the target table.';
	END IF;
	IF v_seed IS NULL THEN
		v_seed := (random() * 9007199254740991)::bigint;
	END IF;
	-- only the columns the model generates; the others take their defaults
	SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
		   string_agg(format('(s.r).%I', a.attname), ', ' ORDER BY a.attnum)
	  INTO v_cols, v_sel
	  FROM pg_attribute a
	 WHERE a.attrelid = target AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
	   AND a.attname = ANY (synthmig_internal.model_columns(definition_id, target));
	IF v_cols IS NULL THEN
		RAISE EXCEPTION 'table % has no column that the model of definition % generates', target, definition_id
			USING ERRCODE = 'datatype_mismatch',
				  HINT = 'The target''s columns must be named like the columns of the definition.';
	END IF;
	-- CHECK constraints of the target: generated rows that break one are
	-- skipped and replaced by the next rows of the same run (rows n, n+1,
	-- ...), up to twice n rows; the statement fails, writing nothing, if
	-- fewer than n rows pass.
	SELECT string_agg('(' || pg_get_expr(c.conbin, c.conrelid) || ')', ' AND ' ORDER BY c.conname)
	  INTO v_checks
	  FROM pg_constraint c
	 WHERE c.conrelid = target AND c.contype = 'c';
	IF v_checks IS NOT NULL THEN
		-- (the call is in a select list, where rows stream: in FROM they
		-- would all be materialised before the LIMIT)
		EXECUTE format('INSERT INTO %s (%s) SELECT %s FROM (SELECT (s.r).* FROM (SELECT @extschema@.generate(NULL::%s, $1, $2, $3) AS r) s) g WHERE %s LIMIT $4',
					   target, v_cols, replace(v_sel, '(s.r).', 'g.'), target, v_checks)
			USING least(n * 2, 1000000000000), v_seed, definition_id, n;
		GET DIAGNOSTICS v_rows = ROW_COUNT;
		IF v_rows < n THEN
			RAISE EXCEPTION 'only % of % generated rows satisfy the CHECK constraints of %', v_rows, n * 2, target
				USING ERRCODE = 'check_violation',
					  DETAIL = 'The constraints are: ' || v_checks,
					  HINT = 'Put the constraints into the definition (min, max, values, pattern) and train again.';
		END IF;
	ELSIF (SELECT c.relrowsecurity FROM pg_class c WHERE c.oid = target) THEN
		-- COPY FROM does not apply row-level security: use INSERT, where a
		-- set-returning function in the select list streams row by row
		EXECUTE format('INSERT INTO %s (%s) SELECT %s FROM (SELECT @extschema@.generate(NULL::%s, $1, $2, $3) AS r) s',
					   target, v_cols, v_sel, target)
			USING n, v_seed, definition_id;
		GET DIAGNOSTICS v_rows = ROW_COUNT;
	ELSE
		-- the bulk path: COPY FROM fed by the generator (multi-row inserts)
		v_rows := synthmig_internal.copy_generated(definition_id, n, target, v_seed);
	END IF;
	-- the CHECK path stops reading the run once n rows passed: the run is
	-- done all the same
	UPDATE @extschema@.runs r SET target = generate_into.target::text, status = 'done'
	 WHERE r.id = (SELECT max(x.id) FROM @extschema@.runs x WHERE x.pid = pg_backend_pid());
	RETURN v_rows;
END;
$$;

COMMENT ON FUNCTION @extschema@.generate_into(bigint, bigint, regclass, bigint) IS
'generate n rows straight into a table; returns the number of rows written';


-- The same, for one of the current role's definitions by name.
CREATE FUNCTION @extschema@.generate_into(definition text, n bigint, target regclass, seed bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.generate_into(@extschema@.definition_id(definition), n, target, seed) $$;

COMMENT ON FUNCTION @extschema@.generate_into(text, bigint, regclass, bigint) IS
'generate_into(definition_id(name), n, target, seed): rows of one of the current role''s definitions, by name';


-- Generate n rows into a table through COPY FROM (internal; generate_into).
CREATE FUNCTION synthmig_internal.copy_generated(definition_id bigint, n bigint, target regclass, seed bigint)
RETURNS bigint
AS 'MODULE_PATHNAME', 'synthmig_copy_generated'
SET search_path = pg_catalog, pg_temp
LANGUAGE C VOLATILE;

COMMENT ON FUNCTION synthmig_internal.copy_generated(bigint, bigint, regclass, bigint) IS
'internal: generate n rows into a table through COPY FROM; refuses tables whose row-level security applies to the caller';


-- The model's column names for a target table (internal).
-- VOLATILE, not STABLE: the planner evaluates a STABLE call with known
-- arguments while planning (to estimate selectivity), with a snapshot that
-- does not yet see what the same statement wrote before, such as the
-- definition of generate_into(learn('t'), ...).
CREATE FUNCTION synthmig_internal.model_columns(definition_id bigint, target regclass)
RETURNS text[]
AS 'MODULE_PATHNAME', 'synthmig_model_columns'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT VOLATILE;

COMMENT ON FUNCTION synthmig_internal.model_columns(bigint, regclass) IS
'internal: the columns the model used by generate_into for a target table generates';


-- Generation runs in progress in other sessions.
CREATE VIEW @extschema@.progress
WITH (security_invoker = true) AS
SELECT a.pid, a.usename, a.query_start,
	   substring(a.query FROM 'synthmig: (.*)$') AS progress
  FROM pg_stat_activity a
 WHERE a.query LIKE 'synthmig: %';

GRANT SELECT ON @extschema@.progress TO PUBLIC;


-- The built-in vocabulary of the word model (first names, cities, ...).
CREATE FUNCTION @extschema@.text_vocabulary(class text DEFAULT NULL)
RETURNS TABLE (class text, word text)
AS 'MODULE_PATHNAME', 'synthmig_text_vocabulary'
SET search_path = pg_catalog, pg_temp
LANGUAGE C CALLED ON NULL INPUT STABLE SECURITY INVOKER;

COMMENT ON FUNCTION @extschema@.text_vocabulary(text) IS
'the built-in vocabulary that replaces rare words in generated text (from Faker''s locale data as Debian ships it), all classes or one';
