-- Families close enough to match columns by their values: integer,
-- numeric, float and money are numbers; date and timestamps are times.
CREATE FUNCTION synthmig_internal.family_group(family text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE WHEN family IN ('integer', 'numeric', 'float', 'money') THEN 'number'
				WHEN family IN ('date', 'timestamp', 'timestamptz') THEN 'time'
				ELSE coalesce(family, '?') END
$$;


-- Match the columns of a source table to those of a target table.  Returns
-- an object keyed by target column: {sources, kind, confidence, method,
-- params}.  Passes, each only on what is still unmatched: the options'
-- explicit mapping; names (exact, normalised, table prefix, same words,
-- shared words); name splits and merges; flat columns nested into JSON and
-- JSON keys flattened; the format of the values (e-mail, phone, postal
-- code, URL, IP, UUID) against the target's name; finally types (the
-- detected type of text columns).
CREATE FUNCTION synthmig_internal.match_columns(source regclass, target regclass, col_opts jsonb, prof jsonb, sample text,
												dropped text[] DEFAULT '{}', defaulted text[] DEFAULT '{}')
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	src_name text := @extschema@.normalize_name((SELECT relname FROM pg_class WHERE oid = source)::text);
	tgt_name text := @extschema@.normalize_name((SELECT relname FROM pg_class WHERE oid = target)::text);
	maps jsonb := '{}';
	used text[] := coalesce(dropped, '{}');
	r record;
	t record;
	s record;
	v jsonb;
	srcs jsonb;
	pairs text[];
	keys text[];
	k text;
	n integer;
	split_src text;
	scols synthmig_internal.relcolumn[];
	tcols synthmig_internal.relcolumn[];
BEGIN
	scols := ARRAY(
		SELECT ROW(c.attnum, c.name, c.norm, c.typ, c.type_text,
				   CASE WHEN c.family = 'text' AND coalesce((prof -> c.name ->> 'null_rate')::float8, 0) < 1
						THEN coalesce(nullif(@extschema@.type_family(to_regtype(prof -> c.name ->> 'type')), 'text'),
									  -- a few bad values: the type most values have
									  CASE WHEN (prof -> c.name ->> 'alt_share')::float8 >= 0.8
										   THEN @extschema@.type_family(to_regtype(prof -> c.name ->> 'alt_type')) END,
									  c.family)
						ELSE c.family END,
				   c.typmod, c.not_null, c.default_expr, c.generated, c.identity)::synthmig_internal.relcolumn
		  FROM synthmig_internal.relcolumns(source) c);
	tcols := ARRAY(SELECT c FROM synthmig_internal.relcolumns(target) c WHERE NOT c.generated);

	-- 1. explicit mapping in options: {"target_col": "source_col" | null | {"source": ..., "rule": ...}}
	FOR k, v IN SELECT * FROM jsonb_each(coalesce(col_opts, '{}')) LOOP
		IF NOT EXISTS (SELECT FROM unnest(tcols) WHERE name = k) THEN
			RAISE EXCEPTION 'invalid remediation option: target column "%" does not exist in %', k, target
				USING ERRCODE = 'undefined_column', HINT = 'Keys of options.columns are target column names.';
		END IF;
		srcs := CASE jsonb_typeof(v) WHEN 'string' THEN jsonb_build_array(v)
							 WHEN 'object' THEN CASE jsonb_typeof(v -> 'source') WHEN 'string' THEN jsonb_build_array(v -> 'source')
												WHEN 'array' THEN v -> 'source' END
							 END;
		IF jsonb_typeof(v) = 'object' AND NOT v ? 'source' THEN
			CONTINUE;				-- only a rule or a policy for a column matched below
		END IF;
		FOR r IN SELECT jsonb_array_elements_text(coalesce(srcs, '[]')) AS sn LOOP
			IF NOT EXISTS (SELECT FROM unnest(scols) WHERE name = r.sn) THEN
				RAISE EXCEPTION 'invalid remediation option: source column "%" does not exist in %', r.sn, source
					USING ERRCODE = 'undefined_column', DETAIL = format('options.columns.%s', k);
			END IF;
			used := used || r.sn;
		END LOOP;
		maps := maps || jsonb_build_object(k, jsonb_build_object(
			'sources', coalesce(srcs, '[]'),
			'kind', CASE WHEN jsonb_array_length(coalesce(srcs, '[]')) > 1 THEN 'merge' ELSE 'cast' END,
			'confidence', 1, 'method', 'options'));
	END LOOP;

	-- target columns left to their default in options.defaults
	maps := maps || coalesce((SELECT jsonb_object_agg(d, jsonb_build_object('sources', '[]'::jsonb, 'kind', 'cast', 'confidence', 1,
																		  'method', 'options.defaults'))
								FROM unnest(defaulted) d WHERE NOT maps ? d), '{}');

	-- 2. names
	FOR r IN
		SELECT a.name AS sn, b.name AS tn, synthmig_internal.name_score(a.name, b.name, a.norm, b.norm, src_name, tgt_name) AS sc
		  FROM unnest(scols) a, unnest(tcols) b
		 ORDER BY 3 DESC, b.attnum, a.attnum
	LOOP
		EXIT WHEN r.sc < 0.6;
		CONTINUE WHEN maps ? r.tn OR r.sn = ANY (used);
		maps := maps || jsonb_build_object(r.tn, jsonb_build_object(
			'sources', jsonb_build_array(r.sn), 'kind', 'cast', 'confidence', r.sc,
			'method', CASE WHEN r.sc = 1 THEN 'same name' WHEN r.sc >= 0.95 THEN 'normalised name'
						   WHEN r.sc >= 0.85 THEN 'name without table prefix' WHEN r.sc >= 0.8 THEN 'same words'
						   ELSE 'shared words' END));
		used := used || r.sn;
	END LOOP;

	-- 3. one name column split into first and last name
	FOR t IN SELECT * FROM unnest(tcols) WHERE family = 'text' AND NOT maps ? name
			   AND norm ~ '(^|_)(first|last)(_|$)' AND norm ~ 'name' ORDER BY attnum LOOP
		IF split_src IS NULL THEN
			SELECT c.name INTO split_src FROM unnest(scols) c
			 WHERE c.family = 'text' AND NOT c.name = ANY (used)
			   AND c.norm ~ '(^|_)name$' AND c.norm !~ '(^|_)(first|last|middle)(_|$)'
			 ORDER BY (c.norm = 'full_name') DESC, (c.norm = 'name') DESC, c.attnum LIMIT 1;
		END IF;
		EXIT WHEN split_src IS NULL;
		maps := maps || jsonb_build_object(t.name, jsonb_build_object(
			'sources', jsonb_build_array(split_src), 'kind', 'split', 'confidence', 0.8, 'method', 'name split',
			'params', jsonb_build_object('part', CASE WHEN t.norm ~ 'first' THEN 'first' ELSE 'last' END)));
	END LOOP;
	IF split_src IS NOT NULL THEN
		used := used || split_src;
	END IF;

	-- 4. first and last name merged into one name column
	FOR t IN SELECT * FROM unnest(tcols) WHERE family = 'text' AND NOT maps ? name
			   AND norm ~ '(^|_)name$' AND norm !~ '(^|_)(first|last|middle)(_|$)' ORDER BY attnum LOOP
		pairs := ARRAY(SELECT c.name FROM unnest(scols) c
						WHERE NOT c.name = ANY (used) AND c.norm ~ 'name' AND c.norm ~ '(^|_)(first|middle|last)(_|$)'
						ORDER BY CASE WHEN c.norm ~ 'first' THEN 1 WHEN c.norm ~ 'middle' THEN 2 ELSE 3 END, c.attnum);
		IF cardinality(pairs) >= 2 THEN
			maps := maps || jsonb_build_object(t.name, jsonb_build_object(
				'sources', to_jsonb(pairs), 'kind', 'merge', 'confidence', 0.8, 'method', 'name merge'));
			used := used || pairs;
		END IF;
	END LOOP;

	-- 5. flat columns nested into a JSON column named like their prefix
	FOR t IN SELECT * FROM unnest(tcols) WHERE family = 'json' AND NOT maps ? name ORDER BY attnum LOOP
		pairs := ARRAY(SELECT c.name FROM unnest(scols) c
						WHERE NOT c.name = ANY (used) AND starts_with(c.norm, t.norm || '_') ORDER BY c.attnum);
		IF cardinality(pairs) >= 1 THEN
			maps := maps || jsonb_build_object(t.name, jsonb_build_object(
				'sources', to_jsonb(pairs), 'kind', 'nest', 'confidence', 0.75, 'method', 'name prefix',
				'params', jsonb_build_object('keys', (SELECT jsonb_agg(substr(c.norm, length(t.norm) + 2) ORDER BY c.attnum)
														FROM unnest(scols) c WHERE c.name = ANY (pairs)))));
			used := used || pairs;
		END IF;
	END LOOP;

	-- 6. keys of a JSON column flattened into columns
	FOR s IN SELECT * FROM unnest(scols) WHERE family = 'json' OR typ IN ('json'::regtype, 'jsonb'::regtype) ORDER BY attnum LOOP
		EXECUTE format('SELECT array_agg(DISTINCT k) FROM (SELECT jsonb_object_keys(j) AS k FROM '
					   '(SELECT @extschema@.try_cast((s.%I)::text, NULL::jsonb) AS j FROM %s s LIMIT 1000) a WHERE jsonb_typeof(j) = ''object'') b',
					   s.name, sample) INTO keys;
		CONTINUE WHEN keys IS NULL;
		FOR t IN SELECT * FROM unnest(tcols) WHERE NOT maps ? name ORDER BY attnum LOOP
			SELECT kk INTO k FROM unnest(keys) kk
			 WHERE @extschema@.normalize_name(kk) IN (t.norm, CASE WHEN starts_with(t.norm, s.norm || '_')
															   THEN substr(t.norm, length(s.norm) + 2) END)
			 ORDER BY (kk = t.name) DESC LIMIT 1;
			IF k IS NOT NULL THEN
				maps := maps || jsonb_build_object(t.name, jsonb_build_object(
					'sources', jsonb_build_array(s.name), 'kind', 'flatten', 'confidence', 0.75, 'method', 'JSON key',
					'params', jsonb_build_object('key', k)));
				used := used || s.name;
			END IF;
		END LOOP;
	END LOOP;

	-- 7. formats: a source column whose values look like e-mail addresses,
	-- phone numbers, postal codes, URLs, IP addresses or UUIDs, for a target
	-- column named for that kind of value
	FOR t IN SELECT * FROM unnest(tcols) WHERE NOT maps ? name ORDER BY attnum LOOP
		SELECT c.name, prof -> c.name ->> 'semantic' AS sem INTO r
		  FROM unnest(scols) c
		 WHERE NOT c.name = ANY (used)
		   AND t.norm ~ CASE prof -> c.name ->> 'semantic'
							WHEN 'email' THEN '(^|_)(email|mail)(_|$)'
							WHEN 'phone' THEN '(^|_)(phone|mobile|cell|fax)(_|$)'
							WHEN 'postal_code' THEN '(^|_)postal(_|$)'
							WHEN 'url' THEN '(^|_)(url|website|web|link|homepage)(_|$)'
							WHEN 'ip' THEN '(^|_)(ip|ip_address|host)(_|$)'
							WHEN 'uuid' THEN '(^|_)(uuid|guid)(_|$)'
							ELSE '^$' END
		 ORDER BY c.attnum LIMIT 1;
		CONTINUE WHEN r.name IS NULL;
		maps := maps || jsonb_build_object(t.name, jsonb_build_object(
			'sources', jsonb_build_array(r.name), 'kind', 'cast', 'confidence', 0.7,
			'method', format('values look like %s', r.sem)));
		used := used || r.name;
	END LOOP;

	-- 8. types: a target column and a source column left alone with the same
	-- (detected) family, or close ones (integer and numeric; date and
	-- timestamps), sharing a word, or the only such pair; twice, as a
	-- match in the first round can leave a single pair for the second
	FOR t IN SELECT x.* FROM generate_series(1, 2) g, LATERAL (SELECT * FROM unnest(tcols) ORDER BY attnum) x LOOP
		CONTINUE WHEN maps ? t.name;
		SELECT count(*) INTO n FROM unnest(scols) c WHERE NOT c.name = ANY (used)
		   AND synthmig_internal.family_group(c.family) = synthmig_internal.family_group(t.family);
		SELECT c.name, synthmig_internal.name_score(c.name, t.name, c.norm, t.norm, src_name, tgt_name) AS sc INTO r
		  FROM unnest(scols) c
		 WHERE NOT c.name = ANY (used) AND synthmig_internal.family_group(c.family) = synthmig_internal.family_group(t.family)
		 ORDER BY 2 DESC, (c.family = t.family) DESC, c.attnum LIMIT 1;
		CONTINUE WHEN r.name IS NULL;
		IF r.sc > 0 OR (n = 1 AND (SELECT count(*) FROM unnest(tcols) x WHERE NOT maps ? x.name
									  AND synthmig_internal.family_group(x.family) = synthmig_internal.family_group(t.family)) = 1) THEN
			maps := maps || jsonb_build_object(t.name, jsonb_build_object(
				'sources', jsonb_build_array(r.name), 'kind', 'cast',
				'confidence', CASE WHEN r.sc > 0 THEN 0.6 ELSE 0.5 END,
				'method', CASE WHEN r.sc > 0 THEN 'type and shared words' ELSE 'only column of this type left' END));
			used := used || r.name;
		END IF;
	END LOOP;
	RETURN maps;
END;
$$;


-------------------------------------------------------------------------------
-- Schemas: tables matched by name and columns, ordered by foreign keys
-------------------------------------------------------------------------------

-- Pairs of tables of two schemas: options.tables first ({"target": "source"}),
-- then names (exact, normalised), then shared normalised column names.
CREATE FUNCTION synthmig_internal.match_tables(src_ns regnamespace, tgt_ns regnamespace, options jsonb)
RETURNS TABLE (source regclass, target regclass, confidence double precision, method text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r record;
	used_s oid[] := '{}';
	used_t oid[] := '{}';
	k text;
	v text;
	so oid;
	tobj oid;
BEGIN
	-- whole tables dropped (options.drop) or left empty (options.defaults)
	-- are matched with nothing
	used_s := ARRAY(SELECT c.oid FROM pg_class c, jsonb_array_elements_text(coalesce(options -> 'drop', '[]')) d
					 WHERE c.relnamespace = src_ns AND c.relname = d);
	used_t := ARRAY(SELECT c.oid FROM pg_class c, jsonb_array_elements_text(coalesce(options -> 'defaults', '[]')) d
					 WHERE c.relnamespace = tgt_ns AND c.relname = d);
	FOR k, v IN SELECT * FROM jsonb_each_text(coalesce(options -> 'tables', '{}')) LOOP
		SELECT c.oid INTO tobj FROM pg_class c WHERE c.relnamespace = tgt_ns AND c.relname = k AND c.relkind IN ('r', 'p');
		SELECT c.oid INTO so FROM pg_class c WHERE c.relnamespace = src_ns AND c.relname = v AND c.relkind IN ('r', 'm');
		IF tobj IS NULL OR so IS NULL THEN
			RAISE EXCEPTION 'invalid remediation option: tables.% = %', k, v
				USING ERRCODE = 'undefined_table',
					  DETAIL = format('%s', CASE WHEN tobj IS NULL THEN format('no table %I in schema %s', k, tgt_ns)
												 ELSE format('no table %I in schema %s', v, src_ns) END);
		END IF;
		source := so; target := tobj; confidence := 1; method := 'options';
		used_s := used_s || so; used_t := used_t || tobj;
		RETURN NEXT;
	END LOOP;
	-- names: identical, or the same once normalised
	FOR r IN
		SELECT s.oid AS so, t.oid AS tobj, CASE WHEN s.relname = t.relname THEN 1.0 ELSE 0.95 END AS sc
		  FROM pg_class s, pg_class t
		 WHERE s.relnamespace = src_ns AND s.relkind IN ('r', 'm') AND NOT s.relispartition AND NOT s.oid = ANY (used_s)
		   AND t.relnamespace = tgt_ns AND t.relkind IN ('r', 'p') AND NOT t.relispartition AND NOT t.oid = ANY (used_t)
		   AND (s.relname = t.relname
				OR replace(@extschema@.normalize_name(s.relname), '_', '') = replace(@extschema@.normalize_name(t.relname), '_', ''))
		 ORDER BY 3 DESC, t.relname, s.relname
	LOOP
		CONTINUE WHEN r.so = ANY (used_s) OR r.tobj = ANY (used_t);
		source := r.so; target := r.tobj; confidence := r.sc;
		method := CASE WHEN r.sc = 1 THEN 'same name' ELSE 'normalised name' END;
		used_s := used_s || r.so; used_t := used_t || r.tobj;
		RETURN NEXT;
	END LOOP;
	-- the rest by their columns: the share of columns (of the wider table)
	-- that find a column of the other table by name (name_score >= 0.7,
	-- abbreviations expanded), plus 0.3 when one table name contains the
	-- other; tables renamed beyond recognition are found this way
	FOR r IN
		WITH s AS (SELECT c.oid, @extschema@.normalize_name(c.relname) AS norm FROM pg_class c
					WHERE c.relnamespace = src_ns AND c.relkind IN ('r', 'm') AND NOT c.relispartition AND NOT c.oid = ANY (used_s)),
			 t AS (SELECT c.oid, @extschema@.normalize_name(c.relname) AS norm FROM pg_class c
					WHERE c.relnamespace = tgt_ns AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND NOT c.oid = ANY (used_t)),
			 sc AS MATERIALIZED (SELECT s.oid, s.norm AS tn, a.attname::text AS name, @extschema@.normalize_name(a.attname) AS norm
								   FROM s JOIN pg_attribute a ON a.attrelid = s.oid AND a.attnum > 0 AND NOT a.attisdropped),
			 tc AS MATERIALIZED (SELECT t.oid, t.norm AS tn, a.attname::text AS name, @extschema@.normalize_name(a.attname) AS norm
								   FROM t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped),
			 n AS (SELECT oid, count(*) AS ncols FROM sc GROUP BY oid UNION ALL SELECT oid, count(*) FROM tc GROUP BY oid),
			 hits AS (SELECT sc.oid AS so, tc.oid AS tobj, tc.name
						FROM sc JOIN tc ON (SELECT count(*) FROM sc) * (SELECT count(*) FROM tc) <= 4000000
									   AND synthmig_internal.name_score(sc.name, tc.name, sc.norm, tc.norm, sc.tn, tc.tn) >= 0.7
					   GROUP BY 1, 2, 3)
		SELECT s.oid AS so, t.oid AS tobj,
			   0.6 * (SELECT count(*) FROM hits h WHERE h.so = s.oid AND h.tobj = t.oid)::float8
				   / greatest(1, (SELECT max(ncols) FROM n WHERE n.oid IN (s.oid, t.oid)))
			   + CASE WHEN replace(s.norm, '_', '') LIKE '%' || replace(t.norm, '_', '') || '%'
					   OR replace(t.norm, '_', '') LIKE '%' || replace(s.norm, '_', '') || '%' THEN 0.3 ELSE 0 END AS sc
		  FROM s, t
		 ORDER BY 3 DESC, t.oid, s.oid
	LOOP
		EXIT WHEN r.sc < 0.3;
		CONTINUE WHEN r.so = ANY (used_s) OR r.tobj = ANY (used_t);
		source := r.so; target := r.tobj; confidence := round(r.sc::numeric, 3);
		method := 'shared columns';
		used_s := used_s || r.so; used_t := used_t || r.tobj;
		RETURN NEXT;
	END LOOP;
	-- one source table and one target table left: each other's
	IF (SELECT count(*) FROM pg_class c WHERE c.relnamespace = src_ns AND c.relkind IN ('r', 'm') AND NOT c.relispartition
											AND NOT c.oid = ANY (used_s)) = 1
	   AND (SELECT count(*) FROM pg_class c WHERE c.relnamespace = tgt_ns AND c.relkind IN ('r', 'p') AND NOT c.relispartition
											AND NOT c.oid = ANY (used_t)) = 1 THEN
		SELECT c.oid INTO so FROM pg_class c WHERE c.relnamespace = src_ns AND c.relkind IN ('r', 'm') AND NOT c.relispartition
											   AND NOT c.oid = ANY (used_s);
		SELECT c.oid INTO tobj FROM pg_class c WHERE c.relnamespace = tgt_ns AND c.relkind IN ('r', 'p') AND NOT c.relispartition
												 AND NOT c.oid = ANY (used_t);
		source := so; target := tobj; confidence := 0.5; method := 'only tables left';
		RETURN NEXT;
	END IF;
END;
$$;
