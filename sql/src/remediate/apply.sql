-- Quarantine one source row while the load runs (called from its WHERE
-- clause, only for rows that fail a check): the whole row, its key, the
-- check and the reason.  Returns false so that the row is not loaded.  A
-- column whose policy is abort stops the run here.
CREATE FUNCTION synthmig_internal.quarantine(rid bigint, source regclass, target text, row_ctid tid, row_key jsonb, why text[])
RETURNS boolean
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF why[4] = 'abort' THEN
		RAISE EXCEPTION 'remediation aborted: %', why[3]
			USING ERRCODE = 'data_exception',
				  DETAIL = format('source %s, target column %s, check %s; nothing was changed', source, why[2], why[1]),
				  HINT = 'Fix the value, or choose another on_error policy for the column (quarantine, null, default, synthesize).';
	END IF;
	-- a static statement (its plan is kept); the whole row is filled in
	-- after the load, in one statement for all quarantined rows
	INSERT INTO @extschema@.rejects (remediation_id, source_table, target_table, source_key, source_ctid,
									  row_data, step, column_name, reason)
	VALUES (rid, source::text, target, row_key, row_ctid, '{}', why[1], why[2], why[3]);
	RETURN false;
END;
$$;


-- Raise work_mem to 64MB for the rest of the transaction when it is lower,
-- so that hashes of keys and of rejected rows stay in memory; returns the
-- setting to put back (NULL when nothing was changed).
CREATE FUNCTION synthmig_internal.raise_work_mem()
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	old text := current_setting('work_mem');
BEGIN
	IF pg_size_bytes(old) >= 64 * 1024 * 1024 THEN
		RETURN NULL;
	END IF;
	PERFORM set_config('work_mem', '64MB', true);
	RETURN old;
END;
$$;


-- Quarantine the rows a reject SELECT (_reject_select) finds, with the
-- whole source row, unless this run has quarantined them already; returns
-- how many.
CREATE FUNCTION synthmig_internal.quarantine_rows(rid bigint, source regclass, target text, rej text)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n bigint;
BEGIN
	EXECUTE format('INSERT INTO @extschema@.rejects (remediation_id, source_table, target_table, source_key, source_ctid, '
				   'row_data, step, column_name, reason) '
				   'SELECT $1, $2, $3, r._key, r._ctid, j.row_data, r._why[1], r._why[2], r._why[3] '
				   'FROM (%s) r CROSS JOIN LATERAL (SELECT to_jsonb(x) AS row_data FROM %s x WHERE x.ctid = r._ctid) j '
				   'WHERE r._why IS NOT NULL AND NOT EXISTS (SELECT FROM @extschema@.rejects q '
				   'WHERE q.remediation_id = $1 AND q.source_table = $2 AND q.source_ctid = r._ctid)', rej, source)
	  USING rid, source::text, target;
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END;
$$;


-------------------------------------------------------------------------------
-- Applying a plan
-------------------------------------------------------------------------------

-- Widen target columns whose policy is "widen" to what the data needs
-- (longer varchar, larger numeric precision or scale, bigint), then drop
-- the checks that widening made moot.  Returns the plan as changed.
CREATE FUNCTION synthmig_internal.widen(INOUT plan jsonb, INOUT steps jsonb)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	source regclass := (plan ->> 'source_oid')::oid::regclass;
	target regclass := (plan ->> 'target_oid')::oid::regclass;
	cols jsonb := '[]';
	col jsonb;
	newtype text;
	len bigint;
	ip bigint;
	sc bigint;
BEGIN
	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') LOOP
		IF col ->> 'policy' = 'widen' AND EXISTS (SELECT FROM jsonb_array_elements(col -> 'checks') c
												  WHERE c ->> 'kind' IN ('truncation', 'rounding', 'overflow')) THEN
			newtype := NULL;
			IF col ->> 'family' = 'text' THEN
				EXECUTE format('SELECT max(char_length((%s)::text)) FROM %s s WHERE NOT coalesce(%s, false)',
							   col ->> 'conv', source,
							   coalesce((SELECT string_agg('(' || (c ->> 'pred') || ')', ' OR ') FROM jsonb_array_elements(col -> 'checks') c
										  WHERE c ->> 'kind' NOT IN ('truncation')), 'false'))
				  INTO len;
				IF len > (SELECT (c ->> 'length')::bigint FROM jsonb_array_elements(col -> 'checks') c WHERE c ->> 'kind' = 'truncation') THEN
					newtype := CASE WHEN len > 10485760 THEN 'text' ELSE format('varchar(%s)', len) END;
				END IF;
			ELSIF col ->> 'family' = 'numeric' THEN
				EXECUTE format('SELECT max(scale(v)), max(length(trunc(abs(v))::text)) FROM (SELECT (%s)::numeric AS v FROM %s s) x '
							   'WHERE v IS NOT NULL AND v <> ''NaN''', col ->> 'conv', source) INTO sc, ip;
				sc := greatest(sc, ((substring(col ->> 'target_type' FROM ',\s*(\d+)\)'))::bigint));
				ip := greatest(ip, (substring(col ->> 'target_type' FROM '\((\d+)')::bigint) - (substring(col ->> 'target_type' FROM ',\s*(\d+)\)'))::bigint);
				IF ip + sc > 1000 THEN
					newtype := 'numeric';
				ELSE
					newtype := format('numeric(%s,%s)', ip + sc, sc);
				END IF;
			ELSIF col ->> 'family' = 'integer' THEN
				newtype := 'bigint';
			END IF;
			IF newtype IS NOT NULL AND newtype <> col ->> 'target_type' THEN
				EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE %s', target, col ->> 'target', newtype);
				steps := steps || jsonb_build_object('action', 'widen', 'target_column', col ->> 'target',
					'from', col ->> 'target_type', 'to', newtype,
					'sql', format('ALTER TABLE %s ALTER COLUMN %I TYPE %s', target, col ->> 'target', newtype));
				col := col || jsonb_build_object('target_type', newtype,
					'checks', coalesce((SELECT jsonb_agg(c) FROM jsonb_array_elements(col -> 'checks') c
										 WHERE c ->> 'kind' NOT IN ('truncation', 'rounding', 'overflow')), '[]'));
			END IF;
		END IF;
		cols := cols || col;
	END LOOP;
	plan := jsonb_set(plan, '{columns}', cols);
END;
$$;


-- Apply the plan of one table pair: quarantine the rows that do not
-- convert, insert the others, and account for every row.  Runs inside the
-- caller's transaction: an error anywhere undoes everything.
CREATE FUNCTION synthmig_internal.apply_table(plan jsonb, rid bigint, options jsonb)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	source regclass := (plan ->> 'source_oid')::oid::regclass;
	target regclass := (plan ->> 'target_oid')::oid::regclass;
	steps jsonb := '[]';
	pools jsonb := '{}';
	finals jsonb;
	col jsonb;
	rej text;
	arr text;
	target_empty boolean;
	n_read bigint;
	n_written bigint;
	n_rej bigint;
	n bigint;
	ins text;
	overriding text := '';
	changed jsonb := '{}';
	q text;
	r record;
	first_error text;
	vp jsonb;
	vfinals jsonb;
	cols text;
	vals text;
	excl text;
	seq text;
	k jsonb;
	state text;
	dups_done boolean := false;
	checks_done boolean := false;
	old_work_mem text;
	rowwise boolean := false;
	t0 timestamptz := clock_timestamp();
BEGIN
	-- hashes of parent keys and of rejected rows must fit in memory
	old_work_mem := synthmig_internal.raise_work_mem();
	-- no writes to the source while it is read (SHARE needs UPDATE, DELETE
	-- or TRUNCATE on it in PostgreSQL 15; a role that may only read it takes
	-- ACCESS SHARE, and a concurrent write then fails the final count check)
	IF has_table_privilege(source, 'UPDATE') OR has_table_privilege(source, 'DELETE')
	   OR has_table_privilege(source, 'TRUNCATE') THEN
		EXECUTE format('LOCK TABLE %s IN SHARE MODE', source);
	ELSE
		EXECUTE format('LOCK TABLE %s IN ACCESS SHARE MODE', source);
	END IF;
	EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', target);
	SELECT w.plan, w.steps INTO plan, steps FROM synthmig_internal.widen(plan, steps) w;

	-- synthesize: draw from up to 1,000 values of the column that did convert
	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') c
				WHERE c ->> 'policy' = 'synthesize' AND jsonb_array_length(c -> 'checks') > 0 LOOP
		EXECUTE format('SELECT array_agg(v)::text, count(*) FROM (SELECT (%s)::%s AS v FROM %s s '
					   'WHERE NOT (%s) AND (%s) IS NOT NULL LIMIT 1000) x',
					   col ->> 'conv', col ->> 'target_type', synthmig_internal.sample_from(source, 10000),
					   synthmig_internal.fails(col), col ->> 'conv')
		  INTO arr, n;
		IF n > 0 THEN
			pools := pools || jsonb_build_object(col ->> 'target',
				format('(%L::%s[])[1 + abs(hashtext(s.ctid::text)) %% %s]', arr, col ->> 'target_type', n));
		END IF;
	END LOOP;
	finals := synthmig_internal.finals(plan, pools);
	EXECUTE format('SELECT NOT EXISTS (SELECT FROM %s)', target) INTO target_empty;
	IF coalesce((options ->> 'require_empty_target')::boolean, false) AND NOT target_empty THEN
		RAISE EXCEPTION 'target table % is not empty', target
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  DETAIL = 'options.require_empty_target is true.',
				  HINT = 'Empty the target, or set require_empty_target to false to add rows to it.';
	END IF;
	-- counts of values a policy replaced (null, default, synthesize)
	SELECT string_agg(format('%L, count(*) FILTER (WHERE %s)', c ->> 'target', synthmig_internal.fails(c)), ', ') INTO q
	  FROM jsonb_array_elements(plan -> 'columns') c
	 WHERE c ->> 'policy' IN ('null', 'default', 'synthesize') AND jsonb_array_length(c -> 'checks') > 0;
	IF q IS NOT NULL THEN
		EXECUTE format('SELECT jsonb_build_object(%s) FROM %s s', q, source) INTO changed;
		changed := coalesce((SELECT jsonb_object_agg(key, value) FROM jsonb_each(changed) WHERE value::text <> '0'), '{}');
	END IF;

	-- one pass: each conversion computed once (_vplan), rows that fail a
	-- check quarantined from the WHERE clause, the others inserted
	vp := synthmig_internal.vplan(plan);
	vfinals := synthmig_internal.finals(vp, pools);
	IF EXISTS (SELECT FROM jsonb_array_elements(plan -> 'columns') c WHERE c ->> 'identity' = 'a') THEN
		overriding := ' OVERRIDING SYSTEM VALUE';
	END IF;
	cols := (SELECT string_agg(quote_ident(c ->> 'target'), ', ' ORDER BY o) FROM jsonb_array_elements(plan -> 'columns') WITH ORDINALITY x(c, o));
	vals := (SELECT string_agg(vfinals ->> (c ->> 'target'), ', ' ORDER BY o) FROM jsonb_array_elements(plan -> 'columns') WITH ORDINALITY x(c, o));
	-- NOT EXISTS, not NOT IN: an anti-join stays fast when many rows were
	-- quarantined (a NOT IN over more rows than work_mem holds is not hashed)
	excl := format(' WHERE NOT EXISTS (SELECT FROM @extschema@.rejects q WHERE q.remediation_id = %s AND q.source_table = %L '
				   'AND q.source_ctid = s.ctid)', rid, source::text);
	-- a statement undone by a duplicate key or a CHECK constraint of the
	-- target is run again after the rows concerned are quarantined, set
	-- by set; any other error loads row by row
	FOR attempt IN 1 .. 3 LOOP
		-- the rows not quarantined yet, each conversion computed once, with
		-- the reason a row fails (_why); the load and the retry passes read it
		rej := synthmig_internal.reject_select(vp, vfinals,
				  format('(SELECT s.*, s.ctid, %s FROM %s s%s OFFSET 0)', coalesce(nullif(vp ->> 'v_list', ''), 'NULL AS _sm_v0'),
						 source, CASE WHEN dups_done OR checks_done THEN excl ELSE '' END),
				  target_empty, false, false, finals);
		ins := format('INSERT INTO %s (%s)%s SELECT %s FROM (%s) s '
					  'WHERE s._why IS NULL OR synthmig_internal.quarantine($1, $2, $3, s._ctid, %s, s._why)',
					  target, cols, overriding, vals, rej, plan ->> 'source_key');
		BEGIN
			EXECUTE ins USING rid, source, target::text;
			GET DIAGNOSTICS n_written = ROW_COUNT;
			EXIT;
		EXCEPTION
			WHEN unique_violation OR check_violation THEN
				GET STACKED DIAGNOSTICS first_error = MESSAGE_TEXT, state = RETURNED_SQLSTATE;
				IF (state = '23505' AND dups_done) OR (state = '23514' AND checks_done) THEN
					rowwise := true;
					EXIT;
				END IF;
				IF state = '23505' THEN
					-- a repeated key: per key constraint, every row after the
					-- first (in ctid order) among the rows that pass their checks
					dups_done := true;
					FOR k IN SELECT * FROM jsonb_array_elements(plan -> 'keys') LOOP
						CONTINUE WHEN EXISTS (SELECT FROM jsonb_array_elements_text(k -> 'columns') x WHERE NOT vfinals ? x);
						-- the key as plain columns (_k1, _k2, ...): hashed, not sorted
						EXECUTE format('WITH d AS MATERIALIZED (SELECT s._ctid AS c, %s FROM (%s) s '
									   'WHERE s._why IS NULL AND %s), '
									   'g AS (SELECT %s FROM d GROUP BY %s HAVING count(*) > 1) '
									   'INSERT INTO @extschema@.rejects (remediation_id, source_table, target_table, source_key, source_ctid, '
									   'row_data, step, column_name, reason) '
									   'SELECT $1, $2, $3, %s, s.ctid, to_jsonb(s), ''duplicate_key'', $4, $5 '
									   'FROM (SELECT c FROM (SELECT d.c, row_number() OVER (PARTITION BY %s ORDER BY d.c) AS rn '
									   'FROM d JOIN g USING (%s)) y WHERE rn > 1) z '
									   'JOIN %s s ON s.ctid = z.c '
									   -- a row duplicating another on two keys is quarantined once
									   'WHERE NOT EXISTS (SELECT FROM @extschema@.rejects q WHERE q.remediation_id = $1 '
									   'AND q.source_table = $2 AND q.source_ctid = s.ctid)',
									   (SELECT string_agg(format('%s AS _k%s', vfinals ->> x, o), ', ' ORDER BY o)
										  FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
									   rej,
									   (SELECT string_agg(format('(%s) IS NOT NULL', vfinals ->> x), ' AND ') FROM jsonb_array_elements_text(k -> 'columns') x),
									   (SELECT string_agg('_k' || o, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
									   (SELECT string_agg('_k' || o, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
									   plan ->> 'source_key',
									   (SELECT string_agg('d._k' || o, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
									   (SELECT string_agg('_k' || o, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
									   source)
						  USING rid, source::text, target::text,
								(SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(k -> 'columns') x),
								format('duplicate of an earlier source row on %s %s', k ->> 'name', k ->> 'columns');
					END LOOP;
					steps := steps || jsonb_build_object('action', 'quarantine duplicate keys, then load again');
				ELSE
					-- a CHECK constraint of the target: evaluate every one on
					-- the converted values, named like the target's columns
					checks_done := true;
					SELECT string_agg(format(' WHEN NOT coalesce((%s), true) THEN %L', pg_get_expr(c.conbin, c.conrelid),
											 format('violates check constraint %s of %s', quote_ident(c.conname), target)), '' ORDER BY c.conname)
					  INTO q FROM pg_constraint c WHERE c.conrelid = target AND c.contype = 'c';
					BEGIN
						EXECUTE format('INSERT INTO @extschema@.rejects (remediation_id, source_table, target_table, source_key, source_ctid, '
									   'row_data, step, column_name, reason) '
									   'SELECT $1, $2, $3, %s, s.ctid, to_jsonb(s), ''check_violation'', NULL, t._sm_why '
									   'FROM (SELECT _sm_c, CASE%s END AS _sm_why FROM (SELECT s._ctid AS _sm_c, %s FROM (%s) s '
									   'WHERE s._why IS NULL) v) t JOIN %s s ON s.ctid = t._sm_c WHERE t._sm_why IS NOT NULL',
									   plan ->> 'source_key', q,
									   (SELECT string_agg(format('%s AS %I', vfinals ->> (c ->> 'target'), c ->> 'target'), ', ')
										  FROM jsonb_array_elements(plan -> 'columns') c),
									   rej, source)
						  USING rid, source::text, target::text;
					EXCEPTION WHEN OTHERS THEN
						rowwise := true;	-- a check on a column not loaded, say
						EXIT;
					END;
					steps := steps || jsonb_build_object('action', 'quarantine CHECK violations, then load again',
														 'reason', first_error);
				END IF;
			WHEN insufficient_privilege OR undefined_table OR undefined_column OR undefined_function THEN
				RAISE;				-- not about any row
			WHEN OTHERS THEN
				-- a trigger or a rule that raises: find the rows, one by one
				GET STACKED DIAGNOSTICS first_error = MESSAGE_TEXT;
				IF first_error LIKE 'remediation aborted:%' THEN
					RAISE;
				END IF;
				rowwise := true;
				EXIT;
		END;
	END LOOP;
	IF rowwise OR n_written IS NULL THEN
		-- a value the checks did not foresee (a target CHECK constraint, a
		-- rule that raises): load row by row, quarantining what fails
		n_written := 0;
		PERFORM synthmig_internal.quarantine_rows(rid, source, target::text,
											 synthmig_internal.reject_select(plan, finals, source::text, target_empty));
		ins := format('INSERT INTO %s (%s)%s SELECT %s FROM %s s WHERE s.ctid = $1', target, cols, overriding,
					  (SELECT string_agg(finals ->> (c ->> 'target'), ', ' ORDER BY o) FROM jsonb_array_elements(plan -> 'columns') WITH ORDINALITY x(c, o)),
					  source);
		FOR r IN EXECUTE format('SELECT s.ctid AS c, %s AS k FROM %s s%s', plan ->> 'source_key', source, excl) LOOP
			BEGIN
				EXECUTE ins USING r.c;
				n_written := n_written + 1;
			EXCEPTION
				WHEN insufficient_privilege OR undefined_table OR undefined_column OR undefined_function THEN
					RAISE;
				WHEN OTHERS THEN
				EXECUTE format('INSERT INTO @extschema@.rejects (remediation_id, source_table, target_table, source_key, source_ctid, '
							   'row_data, step, column_name, reason) SELECT $1, $2, $3, $4, $5, to_jsonb(x), $6, NULL, $7 '
							   'FROM %s x WHERE x.ctid = $5', source)
				  USING rid, source::text, target::text, r.k, r.c, 'load', SQLERRM;
			END;
		END LOOP;
		steps := steps || jsonb_build_object('action', 'load row by row', 'reason', first_error);
	END IF;
	-- duplicates are decided on the whole key group: when a row is
	-- quarantined (for a value, an orphan...) and another row with the same
	-- converted key was written, that copy may well be the stale one; the
	-- group goes to quarantine together
	FOR k IN SELECT * FROM jsonb_array_elements(plan -> 'keys') LOOP
		CONTINUE WHEN EXISTS (SELECT FROM jsonb_array_elements_text(k -> 'columns') x WHERE NOT finals ? x);
		CONTINUE WHEN NOT EXISTS (SELECT FROM @extschema@.rejects q WHERE q.remediation_id = rid AND q.source_table = source::text
									 AND q.step <> 'duplicate_key');
		-- the key as plain columns (_k1, _k2, ...): joined by hashing, never
		-- compared as records row by row
		q := (SELECT string_agg(format('%s AS _k%s', finals ->> x, o), ', ' ORDER BY o)
				FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o));
		BEGIN
			EXECUTE format('WITH bad AS MATERIALIZED (SELECT DISTINCT %1$s FROM %2$s s JOIN @extschema@.rejects q '
						   'ON q.remediation_id = $1 AND q.source_table = $2 AND q.source_ctid = s.ctid '
						   'WHERE q.step <> ''duplicate_key'' AND %3$s), '
						   'grp AS MATERIALIZED (SELECT x.c, %7$s FROM (SELECT s.ctid AS c, %1$s FROM %2$s s WHERE %3$s '
						   'AND NOT EXISTS (SELECT FROM @extschema@.rejects q WHERE q.remediation_id = $1 AND q.source_table = $2 '
						   'AND q.source_ctid = s.ctid)) x JOIN bad USING (%8$s)), '
						   'del AS (DELETE FROM %4$s t USING grp WHERE %5$s RETURNING 1) '
						   'INSERT INTO @extschema@.rejects (remediation_id, source_table, target_table, source_key, source_ctid, '
						   'row_data, step, column_name, reason) '
						   'SELECT $1, $2, $3, %6$s, s.ctid, to_jsonb(s), ''duplicate_key'', $4, $5 FROM grp JOIN %2$s s ON s.ctid = grp.c',
						   q, source,
						   (SELECT string_agg(format('(%s) IS NOT NULL', finals ->> x), ' AND ') FROM jsonb_array_elements_text(k -> 'columns') x),
						   target,
						   (SELECT string_agg(format('t.%I = grp._k%s', x, o), ' AND ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
						   plan ->> 'source_key',
						   (SELECT string_agg(format('x._k%s', o), ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
						   (SELECT string_agg(format('_k%s', o), ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)))
			  USING rid, source::text, target::text,
					(SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(k -> 'columns') x),
					format('another source row with the same %s %s was quarantined: the key group is quarantined together', k ->> 'name', k ->> 'columns');
			GET DIAGNOSTICS n = ROW_COUNT;
		EXCEPTION
			WHEN insufficient_privilege OR query_canceled THEN
				RAISE;
			WHEN OTHERS THEN
				n := 0;			-- a row of the target refers to it: left as loaded
				steps := steps || jsonb_build_object('action', 'key groups left as loaded', 'reason', SQLERRM);
		END;
		IF n > 0 THEN
			n_written := n_written - n;
			steps := steps || jsonb_build_object('action', 'quarantine the rest of key groups with a quarantined row',
												 'key', k -> 'columns', 'rows', n);
		END IF;
	END LOOP;
	-- rows quarantined only because their parent row was: a cascade larger
	-- than max_reject_share of the table (and at least 10 rows) is a
	-- planning failure upstream, not bad data here; the run is refused
	FOR k IN SELECT * FROM jsonb_array_elements(plan -> 'foreign_keys') f WHERE f ? 'ref_keys' LOOP
		CONTINUE WHEN EXISTS (SELECT FROM jsonb_array_elements_text(k -> 'columns') x WHERE NOT finals ? x);
		CONTINUE WHEN NOT EXISTS (SELECT FROM @extschema@.rejects q WHERE q.remediation_id = rid AND q.source_table = source::text
									 AND q.step = 'fk_orphan');
		EXECUTE format('SELECT count(*) FROM %s s JOIN @extschema@.rejects q ON q.remediation_id = $1 AND q.source_table = $2 '
					   'AND q.source_ctid = s.ctid AND q.step = ''fk_orphan'' '
					   'WHERE (%s) IN (SELECT %s FROM %s s JOIN @extschema@.rejects pq ON pq.remediation_id = $1 '
					   'AND pq.source_table = $3 AND pq.source_ctid = s.ctid)',
					   source, (SELECT string_agg(finals ->> x, ', ' ORDER BY o) FROM jsonb_array_elements_text(k -> 'columns') WITH ORDINALITY u(x, o)),
					   k ->> 'ref_keys', (k ->> 'ref_source')::oid::regclass, (k ->> 'ref_source')::oid::regclass)
		  INTO n
		 USING rid, source::text, (k ->> 'ref_source')::oid::regclass::text;
		EXECUTE format('SELECT count(*) FROM %s', source) INTO n_read;
		IF n >= 10 AND n > coalesce((options ->> 'max_reject_share')::numeric, 0.05) * n_read THEN
			RAISE EXCEPTION 'cannot remediate %: % of its % rows would be quarantined only because their parent row in % was', target, n, n_read, k ->> 'ref_table'
				USING ERRCODE = 'object_not_in_prerequisite_state',
					  DETAIL = format('foreign key %s; more than max_reject_share %s of the table. Nothing was changed.',
									  k ->> 'name', coalesce((options ->> 'max_reject_share')::numeric, 0.05)),
					  HINT = format('Look at the rows of %s quarantined in a plan (diagnose), fix their conversion, or allow it: {"max_reject_share": %s}.',
									(k ->> 'ref_source')::oid::regclass, round(n::numeric / greatest(n_read, 1) + 0.005, 2));
		END IF;
	END LOOP;
	EXECUTE format('UPDATE @extschema@.rejects r SET row_data = to_jsonb(s) FROM %s s '
				   'WHERE r.remediation_id = $1 AND r.source_table = $2 AND r.row_data = ''{}''::jsonb AND s.ctid = r.source_ctid',
				   source)
	  USING rid, source::text;
	SELECT count(*) INTO n_rej FROM @extschema@.rejects WHERE remediation_id = rid AND source_table = source::text;

	-- sequences behind identity and serial columns that got explicit values
	-- move past the largest one, so that the next insert does not collide
	FOR col IN SELECT * FROM jsonb_array_elements(plan -> 'columns') c
				WHERE c ->> 'identity' <> '' OR c ->> 'default' LIKE 'nextval(%' LOOP
		seq := pg_get_serial_sequence(target::text, col ->> 'target');
		CONTINUE WHEN seq IS NULL;
		EXECUTE format('SELECT max(%I)::bigint FROM %s', col ->> 'target', target) INTO n;
		-- ALTER SEQUENCE ... RESTART is undone with the transaction; setval is not
		IF n IS NOT NULL AND n >= (SELECT CASE WHEN s.last_value IS NULL THEN s.start_value ELSE s.last_value + s.increment_by END
									 FROM pg_sequences s WHERE format('%I.%I', s.schemaname, s.sequencename)::regclass = seq::regclass) THEN
			EXECUTE format('ALTER SEQUENCE %s RESTART WITH %s', seq::regclass, n + 1);
			steps := steps || jsonb_build_object('action', 'advance sequence', 'sequence', seq, 'value', n);
		END IF;
	END LOOP;

	EXECUTE format('SELECT count(*) FROM %s', source) INTO n_read;
	IF old_work_mem IS NOT NULL THEN
		PERFORM set_config('work_mem', old_work_mem, true);
	END IF;
	IF n_read <> n_written + n_rej THEN
		RAISE EXCEPTION 'remediation of % lost rows: % read, % written, % quarantined', source, n_read, n_written, n_rej
			USING ERRCODE = 'internal_error', DETAIL = 'Nothing was changed.';
	END IF;
	RETURN jsonb_build_object(
		'source', source::text, 'target', target::text,
		'rows_read', n_read, 'rows_written', n_written, 'rows_quarantined', n_rej,
		'balanced', n_read = n_written + n_rej,
		'quarantined_by', (SELECT coalesce(jsonb_object_agg(x.kk, x.cnt), '{}') FROM (
							 SELECT rj.step || coalesce(':' || rj.column_name, '') AS kk, count(*) AS cnt
							   FROM @extschema@.rejects rj WHERE rj.remediation_id = rid AND rj.source_table = source::text
							  GROUP BY 1) x),
		'values_replaced', changed,
		'source_columns', coalesce(plan -> 'source_columns', '{}'),
		'defaults_accepted', coalesce(plan -> 'defaults_accepted', '[]'),
		'synthesized', (SELECT coalesce(jsonb_agg(pk), '[]') FROM jsonb_object_keys(pools) pk),
		'steps', steps,
		'duration_ms', round(extract(epoch FROM clock_timestamp() - t0) * 1000));
END;
$$;


-- Target tables ordered parents first by their foreign keys among
-- themselves (self-references are loaded in one statement).  A cycle
-- between different tables cannot be loaded in one pass: an error.
CREATE FUNCTION synthmig_internal.fk_order(tables oid[])
RETURNS oid[]
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	done oid[] := '{}';
	ready oid[];
BEGIN
	LOOP
		ready := ARRAY(SELECT t FROM unnest(tables) t
						WHERE NOT t = ANY (done)
						  AND NOT EXISTS (SELECT FROM pg_constraint c
										   WHERE c.contype = 'f' AND c.conrelid = t AND c.confrelid <> t
											 AND c.confrelid = ANY (tables) AND NOT c.confrelid = ANY (done))
						ORDER BY t::regclass::text);
		EXIT WHEN cardinality(ready) = 0;
		done := done || ready;
	END LOOP;
	IF cardinality(done) < cardinality(tables) THEN
		RAISE EXCEPTION 'circular foreign keys between target tables'
			USING ERRCODE = 'invalid_table_definition',
				  DETAIL = format('tables in the cycle: %s',
								  (SELECT string_agg(t::regclass::text, ', ') FROM unnest(tables) t WHERE NOT t = ANY (done))),
				  HINT = 'Remediate these tables one pair at a time, or drop one of the foreign keys and add it back afterwards.';
	END IF;
	RETURN done;
END;
$$;


-- Record a run, apply the plans in order, and return the report.
CREATE FUNCTION synthmig_internal.apply_plans(source text, target text, plans jsonb, options jsonb, issues jsonb,
											 schema_mode boolean DEFAULT false)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid bigint;
	p jsonb;
	tables jsonb := '[]';
	rep jsonb;
	t0 timestamptz := clock_timestamp();
BEGIN
	PERFORM synthmig_internal.check_fatal(plans, issues, schema_mode, target);
	INSERT INTO @extschema@.remediations (source, target, options, plan)
	VALUES (source, target, options, plans) RETURNING id INTO rid;
	FOR p IN SELECT * FROM jsonb_array_elements(plans) LOOP
		tables := tables || synthmig_internal.apply_table(p, rid, options);
	END LOOP;
	rep := jsonb_build_object(
		'remediation_id', rid, 'mode', 'applied', 'source', source, 'target', target,
		'rows_read', (SELECT coalesce(sum((x ->> 'rows_read')::bigint), 0) FROM jsonb_array_elements(tables) x),
		'rows_written', (SELECT coalesce(sum((x ->> 'rows_written')::bigint), 0) FROM jsonb_array_elements(tables) x),
		'rows_quarantined', (SELECT coalesce(sum((x ->> 'rows_quarantined')::bigint), 0) FROM jsonb_array_elements(tables) x),
		'tables', tables,
		'unmapped_source', (SELECT coalesce(jsonb_agg(jsonb_build_object('table', x ->> 'source', 'column', u ->> 'column')), '[]')
							  FROM jsonb_array_elements(plans) x, jsonb_array_elements(x -> 'unmapped_source') u),
		'issues', coalesce(issues, '[]'),
		'duration_ms', round(extract(epoch FROM clock_timestamp() - t0) * 1000));
	UPDATE @extschema@.remediations SET report = rep, status = 'done', finished_at = clock_timestamp() WHERE id = rid;
	RETURN rep;
END;
$$;
