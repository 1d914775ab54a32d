-- Realism of generated text (issue 14), measured on real sample data.
-- Run from the repository root in a cluster with synthmig installed:
--   psql -X -v ON_ERROR_STOP=1 -d postgres -f test/bench/text_quality.sql
-- Optional: -v extra=FILE loads more tables (e.g. the classicmodels
-- customers as schema cm, see tools/text-measure.sh), measured when present.
--
-- Per generated text column (learn + generate_into of N rows, seed 42):
--   fmt%    generated values whose token shape (letter runs -> w, digits
--           -> 9, punctuation and spaces kept) is a shape of the source
--           column
--   const%  e-mails: generated domains that are domains of the source
--   word%   generated letter tokens that are tokens of the source column
--   vocab%  generated letter tokens that are tokens of the source column or
--           of the built-in vocabulary (synthmig_internal.text_vocabulary,
--           when it exists)
--   leak%   generated values equal to a source value seen fewer than
--           synthmig.rare_min_count times
--   ks      Kolmogorov-Smirnov distance between the length distributions
--   atmax%  generated values at the column's length limit (source: src%)
--   dup%    duplicates among the generated values of unique source columns
-- Pairs: share of generated (city, country) pairs that exist in the source.
-- Speed: microseconds per value of one text column vs one integer column.
\set QUIET on
\pset pager off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS synthmig;
\i test/data/chinook.sql
\if :{?extra}
\i :extra
\endif
SET search_path = public;
DROP SCHEMA IF EXISTS tq CASCADE;
CREATE SCHEMA tq;

-- token shape of a value
CREATE FUNCTION tq.shape(s text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT regexp_replace(regexp_replace(s, '[[:alpha:]]+', 'w', 'g'), '[0-9]', '9', 'g') $$;

CREATE TABLE tq.result (tab text, col text, n int, fmt numeric, const numeric, word numeric,
	vocab numeric, leak numeric, ks numeric, atmax numeric, src_atmax numeric, dup numeric,
	sample text);

-- metrics of one column of src against gen
CREATE FUNCTION tq.measure(src regclass, gen regclass, col text) RETURNS void
LANGUAGE plpgsql AS $f$
DECLARE
	k int := current_setting('synthmig.rare_min_count')::int;
	maxlen int;
	uniq boolean;
	has_vocab boolean := to_regclass('synthmig_internal.text_vocabulary') IS NOT NULL
		OR to_regprocedure('synthmig.text_vocabulary(text)') IS NOT NULL;
BEGIN
	SELECT CASE WHEN a.atttypmod > 4 THEN a.atttypmod - 4 END INTO maxlen
	  FROM pg_attribute a WHERE a.attrelid = src AND a.attname = col;
	EXECUTE format('SELECT count(DISTINCT %1$I) = count(%1$I) FROM %2$s', col, src) INTO uniq;
	EXECUTE format($q$
	CREATE TEMP TABLE s AS SELECT %1$I::text AS v FROM %2$s;
	CREATE TEMP TABLE g AS SELECT %1$I::text AS v FROM %3$s;
	$q$, col, src, gen);
	CREATE TEMP TABLE sw AS SELECT DISTINCT lower(w[1]) AS w FROM s, regexp_matches(v, '[[:alpha:]]+', 'g') w;
	CREATE TEMP TABLE gw AS SELECT lower(w[1]) AS w FROM g, regexp_matches(v, '[[:alpha:]]+', 'g') w;
	CREATE TEMP TABLE vw (w text);
	IF to_regprocedure('synthmig.text_vocabulary(text)') IS NOT NULL THEN
		EXECUTE 'INSERT INTO vw SELECT DISTINCT lower(w[1]) FROM synthmig.text_vocabulary() t, regexp_matches(t.word, ''[[:alpha:]]+'', ''g'') w';
	END IF;
	INSERT INTO tq.result
	SELECT src::text, col, (SELECT count(*) FROM g WHERE v IS NOT NULL),
		round(100.0 * avg((tq.shape(v) IN (SELECT tq.shape(v) FROM s WHERE v IS NOT NULL))::int), 1),
		CASE WHEN (SELECT avg((v LIKE '%@%')::int) FROM s) > 0.5 THEN
			round(100.0 * avg((split_part(v, '@', 2) IN (SELECT split_part(v, '@', 2) FROM s))::int), 1) END,
		(SELECT round(100.0 * avg((w IN (SELECT w FROM sw))::int), 1) FROM gw),
		(SELECT round(100.0 * avg((w IN (SELECT w FROM sw UNION ALL SELECT w FROM vw))::int), 1) FROM gw),
		round(100.0 * avg((v IN (SELECT v FROM s WHERE v IS NOT NULL GROUP BY v HAVING count(*) < k))::int), 1),
		NULL,
		CASE WHEN maxlen IS NOT NULL THEN round(100.0 * avg((length(v) = maxlen)::int), 1) END,
		CASE WHEN maxlen IS NOT NULL THEN (SELECT round(100.0 * avg((length(v) = maxlen)::int), 1) FROM s WHERE v IS NOT NULL) END,
		CASE WHEN uniq THEN round(100.0 * (count(*) - count(DISTINCT v)) / greatest(count(*), 1), 1) END,
		(SELECT string_agg(v, ' | ') FROM (SELECT v FROM g WHERE v IS NOT NULL LIMIT 3) x)
	  FROM g WHERE v IS NOT NULL;
	-- KS distance of the lengths
	UPDATE tq.result r SET ks = (
		WITH ls AS (SELECT length(v) l FROM s WHERE v IS NOT NULL),
			 lg AS (SELECT length(v) l FROM g WHERE v IS NOT NULL),
			 pts AS (SELECT l FROM ls UNION SELECT l FROM lg)
		SELECT round(max(abs((SELECT count(*) FROM ls WHERE ls.l <= p.l)::numeric / greatest((SELECT count(*) FROM ls), 1)
						   - (SELECT count(*) FROM lg WHERE lg.l <= p.l)::numeric / greatest((SELECT count(*) FROM lg), 1))), 3)
		  FROM pts p)
	 WHERE r.tab = src::text AND r.col = measure.col;
	DROP TABLE s, g, sw, gw, vw;
END
$f$;

-- learn a table, generate n rows into tq.<name>_gen, measure its text columns
CREATE FUNCTION tq.run(src regclass, n int) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
	gen text := 'tq.' || replace(src::text, '.', '_') || '_gen';
	c text;
BEGIN
	PERFORM synthmig.learn(src);
	EXECUTE format('CREATE TABLE %s (LIKE %s)', gen, src);
	PERFORM synthmig.generate_into(src::text, n, gen::regclass, 42);
	FOR c IN SELECT a.attname FROM pg_attribute a
			  WHERE a.attrelid = src AND a.attnum > 0 AND NOT a.attisdropped
				AND a.atttypid IN ('text'::regtype, 'varchar'::regtype) ORDER BY a.attnum LOOP
		PERFORM tq.measure(src, gen::regclass, c);
	END LOOP;
END
$f$;

SELECT tq.run('chinook.customer', 2000);
SELECT tq.run('chinook.employee', 2000);
SELECT tq.run('chinook.track', 5000);
SELECT tq.run('chinook.album', 2000);
SELECT tq.run('chinook.artist', 2000);
SELECT tq.run(t, 2000) FROM (VALUES ('cm.customers'), ('cm.employees')) v(t) WHERE to_regclass(t) IS NOT NULL;

\set QUIET off
\echo '--- per column'
SELECT tab, col, n, fmt AS "fmt%", const AS "const%", word AS "word%", vocab AS "vocab%",
	   leak AS "leak%", ks, atmax AS "atmax%", src_atmax AS "src%", dup AS "dup%", left(sample, 70) AS sample
  FROM tq.result ORDER BY tab, col;
\echo '--- averages over the columns'
SELECT round(avg(fmt), 1) AS "fmt%", round(avg(const), 1) AS "const%", round(avg(word), 1) AS "word%",
	   round(avg(vocab), 1) AS "vocab%", round(avg(leak), 2) AS "leak%", round(avg(ks), 3) AS ks,
	   round(avg(atmax), 1) AS "atmax%", round(avg(dup), 1) AS "dup%"
  FROM tq.result;
\echo '--- (city, country) pairs of the generated rows found in the source'
SELECT 'chinook.customer' AS tab, round(100.0 * avg(((g.city, g.country) IN (SELECT city, country FROM chinook.customer))::int), 1) AS "pair%"
  FROM tq.chinook_customer_gen g WHERE g.city IS NOT NULL AND g.country IS NOT NULL
UNION ALL
SELECT 'chinook.employee', round(100.0 * avg(((g.city, g.country) IN (SELECT city, country FROM chinook.employee))::int), 1)
  FROM tq.chinook_employee_gen g WHERE g.city IS NOT NULL AND g.country IS NOT NULL;
\if :{?extra}
SELECT 'cm.customers' AS tab, round(100.0 * avg(((g.city, g.country) IN (SELECT city, country FROM cm.customers))::int), 1) AS "pair%"
  FROM tq.cm_customers_gen g;
\endif

\echo '--- speed: microseconds per value, 200,000 values, median of 3'
\set QUIET on
CREATE TABLE tq.seed_text AS SELECT name AS v FROM chinook.track;
CREATE TABLE tq.seed_notes AS SELECT coalesce(composer, name) || ' ' || a.title AS v FROM chinook.track t JOIN chinook.album a USING (album_id);
CREATE TABLE tq.seed_email AS SELECT lower(first_name) || '.' || lower(last_name) || i || '@' || split_part(email, '@', 2) AS v
  FROM chinook.customer, generate_series(1, 30) i;
CREATE TABLE tq.seed_int AS SELECT track_id AS v FROM chinook.track;
CREATE TABLE tq.timings (what text, ms float8);
DO $$
DECLARE
	t text;
	t0 timestamptz;
BEGIN
	FOREACH t IN ARRAY ARRAY['seed_text', 'seed_notes', 'seed_email', 'seed_int'] LOOP
		PERFORM synthmig.learn(('tq.' || t)::regclass);
		EXECUTE format('CREATE TABLE tq.%I (LIKE tq.%I)', t || '_out', t);
		FOR k IN 1..3 LOOP
			EXECUTE format('TRUNCATE tq.%I', t || '_out');
			t0 := clock_timestamp();
			PERFORM synthmig.generate_into('tq.' || t, 200000, ('tq.' || t || '_out')::regclass, k);
			INSERT INTO tq.timings VALUES (t, extract(epoch FROM clock_timestamp() - t0) * 1000);
		END LOOP;
	END LOOP;
END $$;
\set QUIET off
SELECT what, round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) * 1000 / 200000)::numeric, 2) AS us_per_value
  FROM tq.timings GROUP BY what ORDER BY what;
