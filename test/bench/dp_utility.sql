-- Utility of differentially private training (docs/privacy.md): the
-- quality score (synthmig.quality, 0..1) of a private model at epsilon 0.1,
-- 1 and 10 on two Chinook tables and UCI Adult, next to the ordinary
-- (non-private) model of the same definition; medians of 5 trainings per
-- setting (3 for Adult; each with
-- fresh noise; the ledger is reset between them by the superuser running
-- the benchmark).
\set QUIET on
\pset pager off
CREATE EXTENSION IF NOT EXISTS synthmig;
SELECT to_regclass('chinook.track') IS NULL AS need_chinook \gset
\if :need_chinook
\i test/data/chinook.sql
\endif
SET client_min_messages = warning;
SET synthmig.dp_budget_per_table = 1000;
SET synthmig.dp_delta_budget_per_table = 1;
SELECT synthmig.drop_definition(name) FROM synthmig.definitions WHERE name IN ('bench_dp_track', 'bench_dp_invoice');

-- public bounds: what anyone knows of the schema (ids up to the referenced
-- table's size, durations up to 100 minutes, sizes up to 1.1 GB, prices)
SELECT synthmig.create_definition('bench_dp_track', '{"tables": [{"name": "track", "source": "chinook.track", "columns": [
 {"name": "track_id", "type": "integer", "primary_key": true},
 {"name": "name", "type": "character varying(200)", "required": true},
 {"name": "album_id", "type": "integer", "min": 1, "max": 347},
 {"name": "media_type_id", "type": "integer", "required": true, "min": 1, "max": 5},
 {"name": "genre_id", "type": "integer", "min": 1, "max": 25},
 {"name": "composer", "type": "character varying(220)"},
 {"name": "milliseconds", "type": "integer", "required": true, "min": 0, "max": 6000000},
 {"name": "bytes", "type": "integer", "min": 0, "max": 1100000000},
 {"name": "unit_price", "type": "numeric(10,2)", "required": true, "min": 0.99, "max": 1.99}]}]}') IS NOT NULL AS defined;
SELECT synthmig.create_definition('bench_dp_invoice', '{"tables": [{"name": "invoice", "source": "chinook.invoice", "columns": [
 {"name": "invoice_id", "type": "integer", "primary_key": true},
 {"name": "customer_id", "type": "integer", "required": true, "min": 1, "max": 59},
 {"name": "invoice_date", "type": "timestamp", "required": true, "min": "2021-01-01", "max": "2026-01-01"},
 {"name": "billing_address", "type": "varchar(70)"},
 {"name": "billing_city", "type": "varchar(40)"},
 {"name": "billing_state", "type": "varchar(40)"},
 {"name": "billing_country", "type": "varchar(40)"},
 {"name": "billing_postal_code", "type": "varchar(10)"},
 {"name": "total", "type": "numeric(10,2)", "required": true, "min": 0, "max": 30}]}]}') IS NOT NULL AS defined;

-- UCI Adult (test/data/adult.csv, 48,842 rows): bounds from adult.names
SELECT to_regclass('public.adult') IS NULL AS need_adult \gset
\if :need_adult
CREATE TABLE public.adult (
	age integer, workclass text, fnlwgt integer, education text, "education-num" integer,
	"marital-status" text, occupation text, relationship text, race text, sex text,
	"capital-gain" integer, "capital-loss" integer, "hours-per-week" integer,
	"native-country" text, label text);
\copy public.adult FROM 'test/data/adult.csv' CSV HEADER
ANALYZE public.adult;
\endif
SELECT synthmig.drop_definition(name) FROM synthmig.definitions WHERE name = 'bench_dp_adult';
SELECT synthmig.create_definition('bench_dp_adult', '{"tables": [{"name": "adult", "source": "public.adult", "columns": [
 {"name": "age", "type": "integer", "min": 17, "max": 90},
 {"name": "workclass", "type": "text"},
 {"name": "fnlwgt", "type": "integer", "min": 0, "max": 1500000},
 {"name": "education", "type": "text"},
 {"name": "education-num", "type": "integer", "min": 1, "max": 16},
 {"name": "marital-status", "type": "text"},
 {"name": "occupation", "type": "text"},
 {"name": "relationship", "type": "text"},
 {"name": "race", "type": "text"},
 {"name": "sex", "type": "text"},
 {"name": "capital-gain", "type": "integer", "min": 0, "max": 99999},
 {"name": "capital-loss", "type": "integer", "min": 0, "max": 4356},
 {"name": "hours-per-week", "type": "integer", "min": 1, "max": 99},
 {"name": "native-country", "type": "text"},
 {"name": "label", "type": "text"}]}]}') IS NOT NULL AS defined;

CREATE TEMP TABLE dp_scores (tbl text, epsilon float8, run int, score float8, shapes float8, trends float8);
CREATE FUNCTION pg_temp.measure(def text, src regclass, eps float8, runs int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	q jsonb;
	n bigint;
BEGIN
	EXECUTE format('SELECT count(*) FROM %s', src) INTO n;
	FOR r IN 1 .. runs LOOP
		PERFORM synthmig.reset_privacy_budget(src, 'benchmark');
		IF eps IS NULL THEN
			PERFORM synthmig.train(def);
		ELSE
			PERFORM synthmig.train(def, NULL, jsonb_build_object('differential_privacy', true,
								   'epsilon', eps, 'delta', 1e-6));
		END IF;
		EXECUTE format('DROP TABLE IF EXISTS pg_temp.dp_syn; CREATE TEMP TABLE dp_syn (LIKE %s)', src);
		PERFORM synthmig.generate_into(def, n, 'pg_temp.dp_syn', r);
		q := synthmig.quality(src, 'pg_temp.dp_syn');
		INSERT INTO dp_scores VALUES (src::text, eps, r, (q ->> 'score')::float8,
			(q #>> '{column_shapes,score}')::float8, (q #>> '{column_pair_trends,score}')::float8);
	END LOOP;
END;
$$;
SELECT pg_temp.measure(d, t::regclass, e, r)
  FROM (VALUES ('bench_dp_track', 'chinook.track', 5), ('bench_dp_invoice', 'chinook.invoice', 5),
			   ('bench_dp_adult', 'public.adult', 3)) v(d, t, r),
	   (VALUES (0.1::float8), (1), (10), (NULL)) e(e);

\echo 'quality of private models (median of 5 trainings, 3 for adult) and of the ordinary model (epsilon: none)'
SELECT tbl AS "table", coalesce(epsilon::text, 'none') AS epsilon,
	   round(percentile_cont(0.5) WITHIN GROUP (ORDER BY score)::numeric, 3) AS quality,
	   round(percentile_cont(0.5) WITHIN GROUP (ORDER BY shapes)::numeric, 3) AS column_shapes,
	   round(percentile_cont(0.5) WITHIN GROUP (ORDER BY trends)::numeric, 3) AS pair_trends,
	   round(min(score)::numeric, 3) AS min, round(max(score)::numeric, 3) AS max
  FROM dp_scores GROUP BY tbl, epsilon ORDER BY tbl, epsilon NULLS LAST;
\echo 'check: quality grows with epsilon (median at 10 >= median at 0.1)'
SELECT tbl AS "table",
	   percentile_cont(0.5) WITHIN GROUP (ORDER BY score) FILTER (WHERE epsilon = 10)
	   >= percentile_cont(0.5) WITHIN GROUP (ORDER BY score) FILTER (WHERE epsilon = 0.1) AS monotone
  FROM dp_scores GROUP BY tbl ORDER BY 1;
\echo 'check: Adult at epsilon 1 reaches the target quality of 0.80'
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY score) >= 0.80 AS adult_eps1_target_met
  FROM dp_scores WHERE tbl = 'adult' AND epsilon = 1;
SELECT synthmig.drop_definition(name) IS NOT NULL FROM synthmig.definitions WHERE name IN ('bench_dp_track', 'bench_dp_invoice', 'bench_dp_adult');
