-------------------------------------------------------------------------------
-- Planning: match columns, choose rules, build the expressions and checks
-------------------------------------------------------------------------------

-- The columns of a table as remediation sees them.
CREATE TYPE synthmig_internal.relcolumn AS (
	attnum smallint, name text, norm text, typ regtype, type_text text, family text,
	typmod integer, not_null boolean, default_expr text, generated boolean, identity text);


-- One relcolumn per live column of a table, in attribute order: names,
-- normalised names, types and families, defaults, identity and generation.
CREATE FUNCTION synthmig_internal.relcolumns(rel regclass)
RETURNS SETOF synthmig_internal.relcolumn
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT a.attnum, a.attname::text, @extschema@.normalize_name(a.attname::text), a.atttypid::regtype,
		   format_type(a.atttypid, a.atttypmod), @extschema@.type_family(a.atttypid), a.atttypmod,
		   a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attgenerated <> '', a.attidentity::text
	  FROM pg_attribute a
	  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
	 WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped
	 ORDER BY a.attnum
$$;


-- The relation to read when measuring: the table itself, or a repeatable
-- sample of about n rows when it is larger (n <= 0: all rows).
CREATE FUNCTION synthmig_internal.sample_from(rel regclass, n bigint)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	est double precision;
BEGIN
	SELECT c.reltuples INTO est FROM pg_class c WHERE c.oid = rel;
	IF n IS NULL OR n <= 0 THEN
		RETURN rel::text;
	END IF;
	IF est < 0 THEN					-- never analysed: count
		EXECUTE format('SELECT count(*) FROM %s', rel) INTO est;
	END IF;
	IF est <= n THEN
		RETURN rel::text;
	END IF;
	-- SYSTEM sampling reads only the sampled pages: a small sample of a
	-- large table costs a few pages, not a scan
	RETURN format('(SELECT *, ctid FROM %s TABLESAMPLE SYSTEM (%s) REPEATABLE (0) LIMIT %s)',
				  rel, least(100, 110.0 * n / est), n);
END;
$$;


-- Day/month order of a text column from its detection profile.
CREATE FUNCTION synthmig_internal.field_order(profile jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE
		WHEN EXISTS (SELECT FROM (SELECT profile ->> 'format' AS f UNION ALL
								  SELECT jsonb_array_elements_text(coalesce(profile -> 'formats', '[]'))) x
					  WHERE f ~ '^MM?[/.-]DD?') THEN 'MDY'
		WHEN EXISTS (SELECT FROM (SELECT profile ->> 'format' AS f UNION ALL
								  SELECT jsonb_array_elements_text(coalesce(profile -> 'formats', '[]'))) x
					  WHERE f ~ '^DD?[/.-]MM?[/.-]') THEN 'DMY'
		ELSE 'auto' END
$$;


-- Words that commonly end a compound first name ("Mary Ann", "Jean Pierre",
-- "José Luis", "Anna Maria") and are rarely surnames: in a name of three or
-- more words they stay with the first name.  Words that are also common
-- surnames (Thomas, James, Lee, Rose...) are left out on purpose.
CREATE FUNCTION synthmig_internal.compound_first_names()
RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT ARRAY['Ann', 'Anne', 'Anna', 'Ana', 'Maria', 'María', 'Marie', 'Mary', 'Jane', 'Jean', 'Jeanne',
				 'Pierre', 'Luis', 'Luís', 'Carlos', 'Miguel', 'Antonio', 'António', 'José', 'Jose', 'Juan',
				 'Manuel', 'Carmen', 'Elizabeth', 'Louise', 'Luise', 'Claude', 'Michel', 'Michelle', 'François',
				 'Francois', 'Françoise', 'Philippe', 'Christophe', 'Eduardo', 'Fernando', 'Javier', 'Ángel',
				 'Isabel', 'Isabelle', 'Teresa', 'Thérèse', 'Lynn', 'Sue', 'Beth', 'Jo', 'Kay', 'Mae', 'Helena',
				 'Sofia', 'Sophie', 'Eugenia', 'Alberto', 'Andrés', 'Pablo', 'Ignacio', 'Felipe', 'Ramón',
				 'Rafael', 'Francisco', 'Joaquín', 'Fernanda', 'Clara', 'Elena', 'Lucía', 'Lucia', 'Luisa',
				 'Pia', 'Ray', 'Marc', 'Marco', 'Luca', 'Paolo', 'Giovanni', 'Giuseppe', 'Dominique',
				 'Hélène', 'Noëlle', 'Cécile', 'Josée', 'Joseph', 'Josef', 'Karl', 'Heinz', 'Dieter', 'Peter',
				 'Christian', 'Christine', 'Joël', 'Yves', 'Alain', 'Gabriel', 'Gabrielle', 'Victoria',
				 'Carolina', 'Cristina', 'Beatriz', 'Inés', 'Paula', 'Patricia', 'Eva', 'Lou', 'Belle',
				 'Jorge', 'Vicente', 'Emilio', 'Enrique', 'Ricardo', 'Roberto', 'Alejandro', 'Mateo']
$$;



-- Day/month order of numeric dates in a text column, told by the values:
-- a first field above 12 means day first, a second field above 12 month
-- first (ten to one at least); when the values do not tell, the detection
-- profile decides, then the parser's default (month first when ambiguous).
CREATE FUNCTION synthmig_internal.day_month_order(src_expr text, sample text, profile jsonb)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	dmy bigint;
	mdy bigint;
BEGIN
	EXECUTE format('SELECT count(*) FILTER (WHERE v ~ ''^\s*(1[3-9]|2[0-9]|3[01])[/.-](0?[1-9]|1[0-2])[/.-][0-9]''), '
				   'count(*) FILTER (WHERE v ~ ''^\s*(0?[1-9]|1[0-2])[/.-](1[3-9]|2[0-9]|3[01])[/.-][0-9]'') '
				   'FROM (SELECT (%s)::text AS v FROM %s s) x', src_expr, sample) INTO dmy, mdy;
	-- a stray bad value ("31/02/2013" among US dates) must not decide
	IF dmy > 0 AND dmy >= 10 * mdy THEN RETURN 'DMY'; END IF;
	IF mdy > 0 AND mdy >= 10 * dmy THEN RETURN 'MDY'; END IF;
	RETURN synthmig_internal.field_order(profile);
END;
$$;


-- Decimal mark of the numbers in a text column, told by the values: a comma
-- followed by one or two digits at the end (12,50) or after a dot group
-- (1.234,5) means comma; a dot followed by one, two or four and more digits,
-- or after a comma group (1,234.5), means dot.  "40.888" alone says
-- nothing: the detection profile decides, then the dot.  Never 'auto', so
-- that a column is read one way, not value by value.
CREATE FUNCTION synthmig_internal.decimal_mark(src_expr text, sample text, profile jsonb)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	comma bigint;
	dot bigint;
BEGIN
	EXECUTE format('SELECT count(*) FILTER (WHERE v ~ ''[0-9],[0-9]{1,2}([^0-9]*)$'' OR v ~ ''[0-9]\.[0-9]{3},[0-9]''), '
				   'count(*) FILTER (WHERE v ~ ''[0-9]\.([0-9]{1,2}|[0-9]{4,})([^0-9]*)$'' OR v ~ ''[0-9],[0-9]{3}\.[0-9]'') '
				   'FROM (SELECT (%s)::text AS v FROM %s s) x', src_expr, sample) INTO comma, dot;
	IF comma > dot THEN RETURN ','; END IF;
	IF dot > comma THEN RETURN '.'; END IF;
	RETURN coalesce(profile -> 'format' ->> 'decimal', '.');
END;
$$;


-- The first names of a name column, for split_name: words that start
-- two-word names of the column more often than they end them, and the
-- common second parts of compound first names unless the column uses them as
-- last names.  sample is a FROM item with alias s (sample_from), expr the
-- column's expression over it; both are built by the planner.  A split
-- step's SQL calls this once per statement instead of carrying the list.
CREATE FUNCTION synthmig_internal.first_names(sample text, expr text)
RETURNS text[]
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	words text[];
BEGIN
	EXECUTE format('WITH x AS (SELECT v FROM (SELECT regexp_replace(btrim((%s)::text), ''\s+'', '' '', ''g'') AS v '
				   'FROM %s s) a WHERE v ~ ''^[^ ,]+ [^ ,]+$''), '
				   'st AS (SELECT w, sum(f) AS f, sum(l) AS l FROM (SELECT split_part(v, '' '', 1) AS w, 1 AS f, 0 AS l FROM x '
				   'UNION ALL SELECT split_part(v, '' '', 2), 0, 1 FROM x) y GROUP BY w) '
				   'SELECT coalesce(array_agg(w ORDER BY w), ''{}'') FROM ('
				   '(SELECT w FROM st WHERE f > l ORDER BY f DESC, w LIMIT 5000) '
				   'UNION SELECT d FROM unnest(synthmig_internal.compound_first_names()) d '
				   'WHERE NOT EXISTS (SELECT FROM st WHERE st.w = d AND st.l > st.f)) z',
				   expr, sample) INTO words;
	RETURN words;
END;
$$;
