-- quality() and privacy(): SDMetrics-style scores of a synthetic table
-- against the real one.  Scores are rounded to 4 decimals.

-- Helpers: the parts of a report as rows.
CREATE FUNCTION q_shapes(q jsonb) RETURNS TABLE (col text, sdtype text, metric text, score numeric)
LANGUAGE sql AS $$
	SELECT c ->> 'column', c ->> 'sdtype', c ->> 'metric', round((c ->> 'score')::numeric, 4)
	  FROM jsonb_array_elements(q -> 'column_shapes' -> 'columns') c
$$;
CREATE FUNCTION q_pairs(q jsonb) RETURNS TABLE (cols text, metric text, score numeric, r_real numeric, r_synth numeric)
LANGUAGE sql AS $$
	SELECT (p -> 'columns' ->> 0) || ' x ' || (p -> 'columns' ->> 1), p ->> 'metric',
		   round((p ->> 'score')::numeric, 4),
		   round((p ->> 'real')::numeric, 4), round((p ->> 'synthetic')::numeric, 4)
	  FROM jsonb_array_elements(q -> 'column_pair_trends' -> 'pairs') p
$$;
CREATE FUNCTION q_summary(q jsonb) RETURNS TABLE (score numeric, column_shapes numeric, column_pair_trends numeric, rows jsonb)
LANGUAGE sql AS $$
	SELECT round((q ->> 'score')::numeric, 4),
		   round((q -> 'column_shapes' ->> 'score')::numeric, 4),
		   round((q -> 'column_pair_trends' ->> 'score')::numeric, 4),
		   q -> 'rows'
$$;

--
-- A table against itself scores 1.  Keys are not compared: invoice_id is
-- the primary key and customer_id a foreign key (SDMetrics' "id" columns).
--
SELECT * FROM q_summary(synthmig.quality('chinook.invoice', 'chinook.invoice'));
SELECT * FROM q_shapes(synthmig.quality('chinook.invoice', 'chinook.invoice'));
SELECT s ->> 'column' AS col, s ->> 'reason' AS reason
  FROM jsonb_array_elements(synthmig.quality('chinook.invoice', 'chinook.invoice') -> 'skipped') s;
-- 7 compared columns: 21 pairs; invoice_date x total is the only numerical pair
SELECT metric, count(*), min(score), max(score)
  FROM q_pairs(synthmig.quality('chinook.invoice', 'chinook.invoice')) GROUP BY metric ORDER BY metric;
SELECT * FROM q_pairs(synthmig.quality('chinook.invoice', 'chinook.invoice'))
 WHERE metric = 'CorrelationSimilarity';

-- High-cardinality text (names, e-mails, phones) is not compared either.
SELECT s ->> 'column' AS col, s ->> 'reason' AS reason
  FROM jsonb_array_elements(synthmig.quality('chinook.customer', 'chinook.customer') -> 'skipped') s;
SELECT col, sdtype, metric, score FROM q_shapes(synthmig.quality('chinook.customer', 'chinook.customer'));

--
-- A perturbed copy.  104 of 412 totals (invoice_id <= 104) are moved above
-- the largest real total.  The synthetic CDF then lags the real one by at
-- most 104/412 (reached at the largest real total), so KS D = 104/412 =
-- 0.25243 and KSComplement = 1 - 104/412 = 0.7476; every other column is
-- unchanged and keeps 1.
--
CREATE TABLE q_invoice AS SELECT * FROM chinook.invoice;
UPDATE q_invoice SET total = total + 100 WHERE invoice_id <= 104;
SELECT round(1 - 104 / 412.0, 4) AS expected_ks;
SELECT * FROM q_shapes(synthmig.quality('chinook.invoice', 'q_invoice')) WHERE score < 1;
-- shapes: (6 * 1 + 0.7476) / 7; the copy has no keys, but the real table's
-- keys are enough to skip invoice_id and customer_id
SELECT round((6 + (1 - 104 / 412.0)) / 7, 4) AS expected_shapes;
SELECT * FROM q_summary(synthmig.quality('chinook.invoice', 'q_invoice'));
-- an independent KS statistic in SQL: max |F_real - F_synth| over all values
WITH r AS (SELECT total::float8 v FROM chinook.invoice), s AS (SELECT total::float8 v FROM q_invoice),
	 pts AS (SELECT v FROM r UNION SELECT v FROM s)
SELECT round(1 - max(abs((SELECT count(*) FROM r WHERE r.v <= p.v) / 412.0
						 - (SELECT count(*) FROM s WHERE s.v <= p.v) / 412.0))::numeric, 4) AS ks_in_sql
  FROM pts p;

-- Shuffling a column keeps its shape (KS = 1) but breaks its pair trends.
CREATE TABLE q_shuffled AS
SELECT i.invoice_id, i.customer_id, i.invoice_date, i.billing_address, i.billing_city, i.billing_state,
	   i.billing_country, i.billing_postal_code, t.total
  FROM (SELECT *, row_number() OVER (ORDER BY invoice_id) rn FROM chinook.invoice) i
  JOIN (SELECT total, row_number() OVER (ORDER BY md5(invoice_id::text)) rn FROM chinook.invoice) t USING (rn);
SELECT * FROM q_shapes(synthmig.quality('chinook.invoice', 'q_shuffled')) WHERE col = 'total';
SELECT (q -> 'column_pair_trends' ->> 'score')::numeric < 1 AS pair_trends_drop,
	   (q ->> 'score')::numeric < 1 AS score_drops
  FROM synthmig.quality('chinook.invoice', 'q_shuffled') q;

--
-- Two tiny tables, worked by hand.
--   real:      a  b   c        synthetic:  a  b   c
--              1  10  x                    1  10  x
--              2  20  x                    3  30  y
--              3  30  y                    4  20  y
--              4  40  z                    6  40  NULL
--
-- Column Shapes
--   a: KS over {1,2,3,4} vs {1,3,4,6}: F_real - F_synth = 1/4 at 2, 3 and 4:
--      D = 1/4, KSComplement 0.75
--   b: the same four values: 1
--   c: NULL dropped; real x 1/2, y 1/4, z 1/4; synthetic x 1/3, y 2/3:
--      TV = (1/6 + 5/12 + 1/4) / 2 = 5/12, TVComplement 7/12 = 0.5833
--   mean (0.75 + 1 + 7/12) / 3 = 0.7778
-- Column Pair Trends
--   a x b: Pearson real 1; synthetic: deviations a -2.5 -0.5 0.5 2.5,
--      b -15 5 -5 15: r = 70 / sqrt(13 * 500) = 0.8682;
--      CorrelationSimilarity 1 - (1 - 0.8682) / 2 = 0.9341
--   a x c: a in 10 bins over the real [1, 4] (width 0.3): real 1,2,3,4 ->
--      bins 0,3,6,9; synthetic 1,3,4,6 -> 0,6,9,9 (6 clamps to the last).
--      Real cells (0,x) (3,x) (6,y) (9,z); synthetic (0,x) (6,y) (9,y)
--      (9,NULL), 1/4 each: |p - q| sums to 4 * 1/4 = 1: score 1 - 1/2 = 0.5
--   b x c: bins over [10, 40]: real 0,3,6,9; synthetic 10,30,20,40 ->
--      0,6,3,9: cells (0,x) (6,y) (3,y) (9,NULL): again 0.5
--   mean (0.9341 + 0.5 + 0.5) / 3 = 0.6447
-- Score (0.7778 + 0.6447) / 2 = 0.7112
--
CREATE TABLE q_real (a int, b numeric, c text, only_real int, t int);
INSERT INTO q_real VALUES (1, 10, 'x', 0, 1), (2, 20, 'x', 0, 2), (3, 30, 'y', 0, 3), (4, 40, 'z', 0, 4);
CREATE TABLE q_synth (a bigint, b float8, c varchar, only_synth int, t text);
INSERT INTO q_synth VALUES (1, 10, 'x', 0, '1'), (3, 30, 'y', 0, '3'), (4, 20, 'y', 0, '4'), (6, 40, NULL, 0, '6');
SELECT round(r, 4) AS r_synth, round(1 - (1 - r) / 2, 4) AS corr_sim,
	   round((0.75 + 1 + 7 / 12.0) / 3, 4) AS shapes,
	   round((1 - (1 - r) / 2 + 0.5 + 0.5) / 3, 4) AS pairs,
	   round(((0.75 + 1 + 7 / 12.0) / 3 + (1 - (1 - r) / 2 + 0.5 + 0.5) / 3) / 2, 4) AS score
  FROM (SELECT 70 / sqrt(6500::numeric) AS r) x;
SELECT * FROM q_summary(synthmig.quality('q_real', 'q_synth'));
SELECT * FROM q_shapes(synthmig.quality('q_real', 'q_synth'));
SELECT * FROM q_pairs(synthmig.quality('q_real', 'q_synth'));
SELECT s ->> 'column' AS col, s ->> 'reason' AS reason
  FROM jsonb_array_elements(synthmig.quality('q_real', 'q_synth') -> 'skipped') s;

-- A metric that cannot be computed is null with an error and left out of
-- the means: the correlation of a constant column, a column without values.
CREATE TABLE q_const (a int, k int, e text);
INSERT INTO q_const VALUES (1, 5, NULL), (2, 5, NULL), (3, 5, NULL);
SELECT * FROM q_summary(synthmig.quality('q_const', 'q_const'));
SELECT c ->> 'column' AS col, c -> 'score' AS score, c ->> 'error' AS error
  FROM jsonb_array_elements(synthmig.quality('q_const', 'q_const') -> 'column_shapes' -> 'columns') c;
SELECT p -> 'columns' AS cols, p ->> 'metric' AS metric, p -> 'score' AS score, p ->> 'error' AS error
  FROM jsonb_array_elements(synthmig.quality('q_const', 'q_const') -> 'column_pair_trends' -> 'pairs') p;

--
-- Privacy of the tiny tables, by hand (ranges from the real data: a 3, b 30).
--   NewRowSynthesis: (1,10,x) and (3,30,y) are real rows; (4,20,y) and
--     (6,40,NULL) are new: 2 of 4 new, 0.5; 2 matches, both exact.
--   DCR (mean over a, b, c of |diff|/range capped at 1, or 0/1):
--     (1,10,x) 0; (3,30,y) 0;
--     (4,20,y): to (3,30,y) (1/3 + 1/3 + 0) / 3 = 2/9 = 0.2222
--     (6,40,NULL): to (4,40,z) (2/3 + 0 + 1) / 3 = 5/9 = 0.5556
--     median of 0, 0, 2/9, 5/9 = 1/9 = 0.1111
--   The random baseline is seeded: its median is the same on every run.
--
SELECT round((p ->> 'new_row_synthesis')::numeric, 4) AS new_row_synthesis,
	   p -> 'matched_rows' AS matched, p -> 'exact_matches' AS exact,
	   round((p ->> 'dcr_median')::numeric, 4) AS dcr_median,
	   round((p ->> 'dcr_random_median')::numeric, 4) AS dcr_random_median,
	   round((p ->> 'dcr_baseline_protection')::numeric, 4) AS protection,
	   round(least((p ->> 'dcr_median')::numeric / (p ->> 'dcr_random_median')::numeric, 1), 4) AS expected_protection,
	   p -> 'columns' AS columns, p -> 'rows' AS rows
  FROM synthmig.privacy('q_real', 'q_synth') p;

-- A table against itself: no new row, every DCR 0, no protection.
SELECT p -> 'new_row_synthesis' AS new_row_synthesis, p -> 'matched_rows' AS matched,
	   p -> 'exact_matches' AS exact, p -> 'dcr_median' AS dcr_median,
	   p -> 'dcr_baseline_protection' AS protection,
	   (p ->> 'dcr_random_median')::numeric > 0 AS random_is_farther, p -> 'rows' AS rows
  FROM synthmig.privacy('chinook.invoice', 'chinook.invoice') p;
-- NewRowSynthesis tolerates 1% on numbers: totals moved by less than 1% still match
CREATE TABLE q_invoice_near AS SELECT * FROM chinook.invoice;
UPDATE q_invoice_near SET total = total * 1.005 WHERE invoice_id % 2 = 0;
SELECT p -> 'new_row_synthesis' AS new_row_synthesis, p -> 'matched_rows' AS matched,
	   p -> 'exact_matches' AS exact
  FROM synthmig.privacy('chinook.invoice', 'q_invoice_near') p;
-- the perturbed copy: 104 rows with totals far outside the real range are new
SELECT round((p ->> 'new_row_synthesis')::numeric, 4) AS new_row_synthesis, p -> 'matched_rows' AS matched,
	   round(104 / 412.0, 4) AS expected
  FROM synthmig.privacy('chinook.invoice', 'q_invoice') p;

--
-- Large tables are sampled: about 100,000 rows each (a repeatable Bernoulli
-- sample), so the same table still scores 1.  privacy() reads about 2,000
-- synthetic rows and searches 10,000 real rows for the DCR; a synthetic row
-- identical to any real row read has DCR 0.
--
CREATE TABLE q_big AS
SELECT i AS id, (i % 97)::float8 AS x, (i * 7919 % 1000)::int AS y, (ARRAY['a', 'b', 'c'])[1 + i % 3] AS z
  FROM generate_series(1, 120000) i;
SELECT * FROM q_summary(synthmig.quality('q_big', 'q_big'));
SELECT p -> 'new_row_synthesis' AS new_row_synthesis, p -> 'dcr_median' AS dcr_median, p -> 'rows' AS rows
  FROM synthmig.privacy('q_big', 'q_big') p;
-- statistics that say "10 rows" for a big table do not make it read everything
CREATE TABLE q_stale (x float8);
INSERT INTO q_stale SELECT i FROM generate_series(1, 10) i;
ANALYZE q_stale;
INSERT INTO q_stale SELECT i FROM generate_series(11, 110000) i;
SELECT q -> 'rows' -> 'sampled' AS sampled, (q -> 'rows' ->> 'real')::bigint > 100000 AS counted,
	   (q ->> 'score')::numeric AS score
  FROM synthmig.quality('q_stale', 'q_stale') q;
-- nor statistics that say "110,000 rows" for a table now much smaller
ANALYZE q_stale;
DELETE FROM q_stale WHERE x > 1000;
SELECT q -> 'rows' AS rows, (q ->> 'score')::numeric AS score
  FROM synthmig.quality('q_stale', 'q_stale') q;
-- a view is read too (its first 100,000 rows when larger)
CREATE VIEW q_invoice_view AS SELECT invoice_date, billing_country, total FROM chinook.invoice;
SELECT * FROM q_summary(synthmig.quality('q_invoice_view', 'chinook.invoice'));

--
-- Bad input.
--
SELECT synthmig.quality(NULL, 'chinook.invoice') IS NULL AS null_in_null_out,
	   synthmig.privacy('chinook.invoice', NULL) IS NULL AS privacy_too;
CREATE TABLE q_empty (LIKE chinook.invoice);
SELECT sm_try($$SELECT synthmig.quality('chinook.invoice', 'q_empty')$$);
SELECT sm_try($$SELECT synthmig.privacy('q_empty', 'chinook.invoice')$$);
CREATE TABLE q_other (something_else int);
INSERT INTO q_other VALUES (1);
SELECT sm_try($$SELECT synthmig.quality('chinook.invoice', 'q_other')$$);
SELECT sm_try($$SELECT synthmig.privacy('chinook.playlist_track', 'chinook.playlist_track')$$);
SELECT sm_try($$SELECT synthmig.quality('chinook.artist', 'chinook.artist')$$);
SELECT sm_try($$SELECT synthmig.quality('chinook.invoice_pkey', 'chinook.invoice')$$);
SELECT sm_try($$SELECT synthmig.quality('chinook.invoice', 'no_such_table')$$);
-- the caller's rights: SELECT on both tables is needed
CREATE ROLE regress_sm_quality;
GRANT USAGE ON SCHEMA chinook TO regress_sm_quality;
GRANT SELECT ON q_invoice TO regress_sm_quality;
SET ROLE regress_sm_quality;
SELECT sm_try($$SELECT synthmig.quality('chinook.invoice', 'q_invoice')$$);
SELECT sm_try($$SELECT synthmig.privacy('q_invoice', 'chinook.invoice')$$);
SELECT (synthmig.quality('q_invoice', 'q_invoice') ->> 'score')::numeric AS score_with_select;
RESET ROLE;
DROP OWNED BY regress_sm_quality;
DROP ROLE regress_sm_quality;

DROP VIEW q_invoice_view;
DROP TABLE q_invoice, q_shuffled, q_real, q_synth, q_const, q_invoice_near, q_big, q_stale, q_empty, q_other;
DROP FUNCTION q_shapes(jsonb), q_pairs(jsonb), q_summary(jsonb);
