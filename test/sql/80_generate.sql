-- Training and generation: exact counts, determinism, slices, constraints,
-- output paths, runs, and bad input.
SELECT synthmig.learn('chinook.invoice') AS sid \gset
SELECT count(*) AS models, jsonb_array_length((array_agg(parameters))[1] -> 'tables') AS tables
  FROM synthmig.models WHERE definition_id = :sid;

-- exactly n rows, every time
SELECT count(*) AS rows FROM synthmig.generate(:sid, 1000, 42);
-- same seed, same rows; the first 10 rows of a run of 1000 are a run of 10
SELECT (SELECT array_agg(r ORDER BY o) FROM synthmig.generate(:sid, 50, 7) WITH ORDINALITY g(r, o))
     = (SELECT array_agg(r ORDER BY o) FROM synthmig.generate(:sid, 50, 7) WITH ORDINALITY g(r, o)) AS same_seed_same_rows;
SELECT (SELECT array_agg(r ORDER BY o) FROM (SELECT r, o FROM synthmig.generate(:sid, 1000, 7) WITH ORDINALITY g(r, o) ORDER BY o LIMIT 10) x)
     = (SELECT array_agg(r ORDER BY o) FROM synthmig.generate(:sid, 10, 7) WITH ORDINALITY g(r, o)) AS slice_property;
SELECT (SELECT array_agg(r) FROM synthmig.generate(:sid, 20, 1) r)
    <> (SELECT array_agg(r) FROM synthmig.generate(:sid, 20, 2) r) AS other_seed_other_rows;

-- constraints hold for every row: the primary key is unique, NOT NULL
-- columns are filled, numeric(10,2) keeps two decimals
CREATE TEMP TABLE g AS
SELECT * FROM synthmig.generate(NULL::chinook.invoice, 5000, 3);
SELECT count(*) AS rows, count(DISTINCT invoice_id) AS distinct_keys,
	   count(*) FILTER (WHERE customer_id IS NULL OR invoice_date IS NULL OR total IS NULL) AS null_required,
	   count(*) FILTER (WHERE total <> round(total, 2)) AS bad_scale
  FROM g;
-- the values stay within what the model learned
SELECT min(total) >= 0.99 AND max(total) <= 25.86 AS total_in_range,
	   min(invoice_date) >= '2021-01-01' AND max(invoice_date) <= '2025-12-22' AS dates_in_range
  FROM g;

-- generate_into writes typed rows into a table and returns the count
CREATE TABLE public.invoice_copy (LIKE chinook.invoice INCLUDING ALL);
SELECT synthmig.generate_into(:sid, 2000, 'public.invoice_copy', 11) AS written;
SELECT count(*) AS rows, count(DISTINCT invoice_id) AS keys FROM public.invoice_copy;
-- the bulk path (binary COPY) writes exactly the rows of the typed form
SELECT (SELECT string_agg(t::text, ';' ORDER BY invoice_id) FROM public.invoice_copy t)
	 = (SELECT string_agg(g::text, ';' ORDER BY invoice_id) FROM synthmig.generate(NULL::chinook.invoice, 2000, 11) g)
	   AS bulk_equals_typed;
-- a table with row-level security takes the INSERT path, with the same rows
CREATE TABLE public.invoice_rls (LIKE chinook.invoice INCLUDING ALL);
ALTER TABLE public.invoice_rls ENABLE ROW LEVEL SECURITY;
SELECT synthmig.generate_into(:sid, 2000, 'public.invoice_rls', 11) AS written_rls;
SELECT (SELECT string_agg(t::text, ';' ORDER BY invoice_id) FROM public.invoice_rls t)
	 = (SELECT string_agg(t::text, ';' ORDER BY invoice_id) FROM public.invoice_copy t) AS rls_path_same_rows;
-- CHECK constraints of the target are respected: breaking rows are replaced
-- by the next rows of the run; if too few pass, nothing is written
CREATE TABLE public.invoice_small (LIKE chinook.invoice INCLUDING ALL, CHECK (total < 10));
SELECT synthmig.generate_into(:sid, 500, 'public.invoice_small', 3) AS written_checked;
SELECT count(*) AS rows, max(total) < 10 AS check_holds FROM public.invoice_small;
CREATE TABLE public.invoice_none (LIKE chinook.invoice INCLUDING ALL, CHECK (total < 0));
SELECT sm_try(format('SELECT synthmig.generate_into(%s, 50, %L, 3)', :sid, 'public.invoice_none'));
SELECT count(*) AS rows_after_failure FROM public.invoice_none;
-- the run is recorded with its seed, size and speed
SELECT table_name, target, seed, n, rows_generated, status, rows_per_second > 0 AS timed
  FROM synthmig.runs WHERE target = 'public.invoice_rls';

-- scores of a run, kept in synthmig.runs
SELECT (s -> 'quality' ->> 'score')::float8 > 0.7 AS quality_scored,
	   (s -> 'privacy' ->> 'new_row_synthesis')::float8 >= 0 AS privacy_scored
  FROM synthmig.score_run((SELECT id FROM synthmig.runs WHERE target = 'public.invoice_copy')) s;
SELECT quality IS NOT NULL AND privacy IS NOT NULL AS stored FROM synthmig.runs WHERE target = 'public.invoice_copy';
SELECT sm_try('SELECT synthmig.score_run(-1)');
-- COPY without JSON in between
COPY (SELECT invoice_id, total FROM synthmig.generate(NULL::chinook.invoice, 3, 5)) TO STDOUT WITH (FORMAT csv);

-- a definition without seed data generates from its constraints
SELECT synthmig.create_definition('constrained', $json$
{"tables": [{"name": "people", "columns": [
   {"name": "id", "type": "bigint", "primary_key": true},
   {"name": "age", "type": "integer", "min": 18, "max": 99, "required": true},
   {"name": "code", "type": "text", "unique": true, "pattern": "[A-Z]{3}-\\d{4}"},
   {"name": "tier", "type": "text", "values": ["gold", "silver", "bronze"]},
   {"name": "joined", "type": "date", "min": "2020-01-01", "max": "2020-12-31"}
]}]}
$json$) AS cid \gset
SELECT synthmig.train(:cid) > 0 AS trained;
SELECT count(*) AS rows,
	   count(DISTINCT r ->> 'id') AS ids,
	   count(DISTINCT r ->> 'code') AS codes,
	   bool_and((r ->> 'age')::int BETWEEN 18 AND 99) AS ages_ok,
	   bool_and(r ->> 'code' ~ '^[A-Z]{3}-\d{4}$') AS codes_match,
	   bool_and(r ->> 'tier' IS NULL OR r ->> 'tier' IN ('gold', 'silver', 'bronze')) AS tiers_ok,
	   bool_and(r ->> 'joined' IS NULL OR (r ->> 'joined')::date BETWEEN '2020-01-01' AND '2020-12-31') AS dates_ok
  FROM synthmig.generate(:cid, 3000, 9) r;

-- a unique domain too small for n fails up front
SELECT synthmig.create_definition('tiny', '{"tables": [{"name": "t", "columns": [{"name": "c", "type": "text", "unique": true, "pattern": "[ab]{2}"}]}]}') AS tid \gset
SELECT synthmig.train(:tid) > 0 AS trained;
SELECT count(*) FROM synthmig.generate(:tid, 4, 1);
SELECT sm_try(format('SELECT count(*) FROM synthmig.generate(%s, 5, 1)', :tid));

-- bad input
SELECT sm_try(format('SELECT count(*) FROM synthmig.generate(%s, 0)', :sid));
SELECT sm_try(format('SELECT count(*) FROM synthmig.generate(%s, -5)', :sid));
SELECT sm_try(format('SELECT count(*) FROM synthmig.generate(%s, 1000000000001)', :sid));
SELECT sm_try(format('SELECT count(*) FROM synthmig.generate(%s, NULL)', :sid));
SELECT sm_try('SELECT count(*) FROM synthmig.generate(NULL::bigint, 5)');
SELECT synthmig.create_definition('untrained', '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}]}]}') AS uid \gset
SELECT sm_try(format('SELECT count(*) FROM synthmig.generate(%s, 5)', :uid));
SELECT sm_try(format('SELECT count(*) FROM synthmig.generate(%s, 5, 1, %L)', :sid, 'nosuch'));
SELECT sm_try('SELECT count(*) FROM synthmig.generate(NULL::chinook.artist, 5)');
SELECT sm_try('SELECT count(*) FROM synthmig.generate(1::int, 5::bigint, 1::bigint, 1::bigint)');
CREATE TABLE public.unrelated (x int, y text);
SELECT sm_try(format('SELECT synthmig.generate_into(%s, 10, %L)', :sid, 'public.unrelated'));
SELECT sm_try(format('SELECT synthmig.train(%s, %L)', :sid, '{"nosuch": "chinook.album"}'));
SELECT sm_try(format('SELECT synthmig.train(%s, %L)', :sid, '[1]'));
-- nothing was written by the failures
SELECT count(*) AS unrelated_rows FROM public.unrelated;
