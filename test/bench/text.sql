-- Benchmark of text generation (issue 14), medians of 3 runs:
--  1. generate_into of 1,000,000 rows into a 10-column table with e-mail,
--     phone, name, address, city/country and code columns, against
--     INSERT ... SELECT building such strings with random();
--  2. microseconds per value of one text column (e-mails, names, free
--     text) against one integer column, 500,000 values each.
\set QUIET on
\pset pager off
CREATE EXTENSION IF NOT EXISTS synthmig;
\i test/data/chinook.sql
SET search_path = public;
DROP TABLE IF EXISTS tb_seed, tb_sql, tb_gen, tb_timings;
CREATE TEMP TABLE tb_first AS SELECT array_agg(DISTINCT first_name) a FROM (SELECT first_name FROM chinook.customer UNION SELECT first_name FROM chinook.employee) x;
CREATE TEMP TABLE tb_last AS SELECT array_agg(DISTINCT last_name) a FROM (SELECT last_name FROM chinook.customer UNION SELECT last_name FROM chinook.employee) x;
CREATE TEMP TABLE tb_place AS SELECT array_agg(city) c, array_agg(country) k FROM (SELECT DISTINCT city, country FROM chinook.customer) x;
CREATE TABLE tb_seed (
	id bigint PRIMARY KEY, first_name text, last_name text, email text, phone text,
	address text, city text, country text, sku text, qty integer);
INSERT INTO tb_seed
SELECT i, f, l, lower(f) || '.' || lower(l) || (i % 97) || '@' || (ARRAY['gmail.com', 'yahoo.com', 'outlook.com'])[1 + i % 3],
	   '+1 (' || (200 + i % 700) || ') ' || (100 + i % 900) || '-' || lpad((i * 37 % 10000)::text, 4, '0'),
	   (1 + i % 9999) || ' ' || (ARRAY['Oak', 'Maple', 'Pine', 'Cedar', 'Elm'])[1 + i % 5] || ' ' || (ARRAY['St', 'Ave', 'Rd'])[1 + i % 3],
	   p.c[1 + i % array_length(p.c, 1)], p.k[1 + i % array_length(p.k, 1)],
	   'SKU-' || lpad(i::text, 7, '0'), (i * 7) % 100
  FROM generate_series(1, 200000) i, tb_place p,
	   LATERAL (SELECT (SELECT a FROM tb_first)[1 + i % 60] AS f, (SELECT a FROM tb_last)[1 + (i / 60) % 60] AS l) n;
ANALYZE tb_seed;
CREATE TABLE tb_sql (LIKE tb_seed);
CREATE TABLE tb_gen (LIKE tb_seed);
CREATE TABLE tb_timings (what text, ms float8);
SELECT synthmig.learn('public.tb_seed') > 0 AS learned;

DO $$
DECLARE
	t0 timestamptz;
BEGIN
	FOR k IN 1..3 LOOP
		TRUNCATE tb_sql;
		t0 := clock_timestamp();
		INSERT INTO tb_sql
		SELECT i, f, l, lower(f) || '.' || lower(l) || (random() * 97)::int || '@' || (ARRAY['gmail.com', 'yahoo.com', 'outlook.com'])[1 + (random() * 2)::int],
			   '+1 (' || (200 + (random() * 699)::int) || ') ' || (100 + (random() * 899)::int) || '-' || lpad((random() * 9999)::int::text, 4, '0'),
			   (1 + (random() * 9998)::int) || ' ' || (ARRAY['Oak', 'Maple', 'Pine', 'Cedar', 'Elm'])[1 + (random() * 4)::int] || ' ' || (ARRAY['St', 'Ave', 'Rd'])[1 + (random() * 2)::int],
			   (ARRAY['Paris', 'Berlin', 'Oslo', 'Madrid'])[1 + (random() * 3)::int], (ARRAY['France', 'Germany', 'Norway', 'Spain'])[1 + (random() * 3)::int],
			   'SKU-' || lpad(i::text, 7, '0'), (random() * 100)::int
		  FROM generate_series(1, 1000000) i,
			   LATERAL (SELECT (ARRAY['Ann', 'Bob', 'Chloe', 'Dan', 'Eve', 'Frank'])[1 + (random() * 5)::int] AS f,
							   (ARRAY['Smith', 'Jones', 'Martin', 'Brown', 'Lee'])[1 + (random() * 4)::int] AS l) n;
		INSERT INTO tb_timings VALUES ('plain SQL insert 1M', extract(epoch FROM clock_timestamp() - t0) * 1000);
		TRUNCATE tb_gen;
		t0 := clock_timestamp();
		PERFORM synthmig.generate_into('public.tb_seed', 1000000, 'tb_gen', k);
		INSERT INTO tb_timings VALUES ('generate_into 1M', extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
END;
$$;

-- one column at a time: text columns against an integer column
CREATE TABLE tb_c_email AS SELECT email AS v FROM tb_seed;
CREATE TABLE tb_c_name AS SELECT first_name || ' ' || last_name AS v FROM tb_seed;
CREATE TABLE tb_c_notes AS SELECT coalesce(composer, name) || ' ' || a.title AS v FROM chinook.track t JOIN chinook.album a USING (album_id);
CREATE TABLE tb_c_int AS SELECT qty AS v FROM tb_seed;
DO $$
DECLARE
	t text;
	t0 timestamptz;
BEGIN
	FOREACH t IN ARRAY ARRAY['tb_c_email', 'tb_c_name', 'tb_c_notes', 'tb_c_int'] LOOP
		PERFORM synthmig.learn(('public.' || t)::regclass);
		EXECUTE format('CREATE TABLE %I (LIKE %I)', t || '_out', t);
		FOR k IN 1..3 LOOP
			EXECUTE format('TRUNCATE %I', t || '_out');
			t0 := clock_timestamp();
			PERFORM synthmig.generate_into('public.' || t, 500000, (t || '_out')::regclass, k);
			INSERT INTO tb_timings VALUES (t, extract(epoch FROM clock_timestamp() - t0) * 1000);
		END LOOP;
	END LOOP;
END $$;
\set QUIET off
SELECT what, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric) AS median_ms,
	   CASE WHEN what LIKE 'tb_c_%' THEN round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) * 1000 / 500000)::numeric, 2) END AS us_per_value,
	   count(*) AS runs
  FROM tb_timings GROUP BY what ORDER BY what;
WITH med AS (
	SELECT what, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms FROM tb_timings GROUP BY what)
SELECT round(((SELECT ms FROM med WHERE what = 'plain SQL insert 1M')
			 / (SELECT ms FROM med WHERE what = 'generate_into 1M'))::numeric, 2)
		 AS "plain SQL / generate_into (>= 1: synthmig faster)",
	   round(((SELECT ms FROM med WHERE what = 'tb_c_email')
			 / (SELECT ms FROM med WHERE what = 'tb_c_int'))::numeric, 2)
		 AS "e-mail column / integer column (target <= 2)";
-- what the generated rows look like
SELECT round(100.0 * avg((email ~ '^[a-z]+\.[a-z]+[0-9]*@(gmail|yahoo|outlook)\.com$')::int), 1) AS "email format %",
	   round(100.0 * avg((phone ~ '^\+1 \([0-9]{3}\) [0-9]{3}-[0-9]{4}$')::int), 1) AS "phone format %",
	   round(100.0 * avg((sku ~ '^SKU-[0-9]{7}$')::int), 1) AS "sku format %",
	   round(100.0 * avg(((city, country) IN (SELECT city, country FROM tb_seed))::int), 1) AS "(city, country) in source %",
	   count(DISTINCT sku) = count(sku) AS "sku unique"
  FROM tb_gen;
