-- Properties of quality() and privacy(): ranges, identities, privileges.
BEGIN;
SELECT plan(27);

-- tables with something to compare (artist, album, playlist and playlist_track
-- only have keys and names)
CREATE TEMP TABLE q_tables (t regclass);
INSERT INTO q_tables VALUES ('chinook.invoice'), ('chinook.invoice_line'), ('chinook.track'),
	('chinook.customer'), ('chinook.employee'), ('chinook.genre'), ('chinook.media_type');

-- perturbed copies: every numerical value scaled, every other row
CREATE TEMP TABLE q_track AS SELECT * FROM chinook.track;
UPDATE q_track SET milliseconds = milliseconds * 3, bytes = bytes / 2, unit_price = unit_price + 1
 WHERE track_id % 2 = 0;
CREATE TEMP TABLE q_invoice AS SELECT * FROM chinook.invoice;
UPDATE q_invoice SET total = -total, billing_country = 'Atlantis', invoice_date = invoice_date + interval '30 years'
 WHERE invoice_id % 3 = 0;

SELECT is((SELECT count(*)::int FROM q_tables WHERE (synthmig.quality(t, t) ->> 'score')::float8 = 1), 7,
		  'quality(t, t) is 1 for every comparable Chinook table');
SELECT is((SELECT count(*)::int FROM q_tables q, jsonb_array_elements(synthmig.quality(q.t, q.t) -> 'column_shapes' -> 'columns') c
			WHERE (c ->> 'score')::float8 <> 1), 0,
		  'every column shape of a table against itself is 1');
SELECT is((SELECT count(*)::int FROM q_tables q, jsonb_array_elements(synthmig.quality(q.t, q.t) -> 'column_pair_trends' -> 'pairs') p
			WHERE p ->> 'score' IS NOT NULL AND (p ->> 'score')::float8 <> 1), 0,
		  'every defined pair trend of a table against itself is 1');
SELECT is((SELECT count(*)::int FROM q_tables WHERE (synthmig.privacy(t, t) ->> 'new_row_synthesis')::float8 = 0), 7,
		  'new_row_synthesis(t, t) is 0: every row matches a real row');
SELECT is((SELECT count(*)::int FROM q_tables WHERE (synthmig.privacy(t, t) ->> 'dcr_median')::float8 = 0), 7,
		  'the median DCR of a table against itself is 0');
SELECT is((SELECT count(*)::int FROM q_tables p
			WHERE (synthmig.privacy(p.t, p.t) ->> 'exact_matches')::bigint = (synthmig.privacy(p.t, p.t) -> 'rows' -> 'sampled' ->> 'synthetic')::bigint), 7,
		  'every row of a table is an exact match of itself');

-- scores stay in [0, 1] for different data
SELECT ok(s BETWEEN 0 AND 1 AND s < 1, 'quality of a perturbed track copy is in [0, 1) (' || s || ')')
  FROM (SELECT (synthmig.quality('chinook.track', 'q_track') ->> 'score')::float8 s) x;
SELECT ok(s BETWEEN 0 AND 1 AND s < 1, 'quality of a perturbed invoice copy is in [0, 1) (' || s || ')')
  FROM (SELECT (synthmig.quality('chinook.invoice', 'q_invoice') ->> 'score')::float8 s) x;
SELECT is((SELECT count(*)::int FROM (VALUES ('chinook.track'::regclass, 'q_track'::regclass), ('chinook.invoice', 'q_invoice')) v(r, s),
				jsonb_array_elements(synthmig.quality(v.r, v.s) -> 'column_shapes' -> 'columns') c
			WHERE NOT (c ->> 'score')::float8 BETWEEN 0 AND 1), 0, 'every column shape is in [0, 1]');
SELECT is((SELECT count(*)::int FROM (VALUES ('chinook.track'::regclass, 'q_track'::regclass), ('chinook.invoice', 'q_invoice')) v(r, s),
				jsonb_array_elements(synthmig.quality(v.r, v.s) -> 'column_pair_trends' -> 'pairs') p
			WHERE NOT (p ->> 'score')::float8 BETWEEN 0 AND 1), 0, 'every pair trend is in [0, 1]');
SELECT ok((q ->> 'score')::float8 = ((q -> 'column_shapes' ->> 'score')::float8 + (q -> 'column_pair_trends' ->> 'score')::float8) / 2,
		  'the score is the mean of the two properties')
  FROM synthmig.quality('chinook.track', 'q_track') q;
SELECT ok(abs((q -> 'column_shapes' ->> 'score')::float8
			  - (SELECT avg((c ->> 'score')::float8) FROM jsonb_array_elements(q -> 'column_shapes' -> 'columns') c)) < 1e-12,
		  'column_shapes.score is the mean of the column scores')
  FROM synthmig.quality('chinook.track', 'q_track') q;
SELECT ok(abs((q -> 'column_pair_trends' ->> 'score')::float8
			  - (SELECT avg((p ->> 'score')::float8) FROM jsonb_array_elements(q -> 'column_pair_trends' -> 'pairs') p)) < 1e-12,
		  'column_pair_trends.score is the mean of the pair scores')
  FROM synthmig.quality('chinook.track', 'q_track') q;
SELECT ok(p > 0 AND p < 1, 'new_row_synthesis of a perturbed copy is in (0, 1) (' || p || ')')
  FROM (SELECT (synthmig.privacy('chinook.invoice', 'q_invoice') ->> 'new_row_synthesis')::float8 p) x;
SELECT ok((p ->> 'dcr_baseline_protection')::float8 BETWEEN 0 AND 1
		  AND (p ->> 'dcr_median')::float8 BETWEEN 0 AND 1 AND (p ->> 'dcr_random_median')::float8 BETWEEN 0 AND 1,
		  'DCR medians and dcr_baseline_protection are in [0, 1]')
  FROM synthmig.privacy('chinook.track', 'q_track') p;
SELECT ok(abs((p ->> 'dcr_baseline_protection')::float8
			  - least((p ->> 'dcr_median')::float8 / (p ->> 'dcr_random_median')::float8, 1)) < 1e-12,
		  'dcr_baseline_protection = min(dcr_median / dcr_random_median, 1)')
  FROM synthmig.privacy('chinook.track', 'q_track') p;
SELECT is(synthmig.quality('chinook.track', 'q_track'), synthmig.quality('chinook.track', 'q_track'),
		  'quality is deterministic');
SELECT is(synthmig.privacy('chinook.track', 'q_track'), synthmig.privacy('chinook.track', 'q_track'),
		  'privacy is deterministic (seeded baseline)');
SELECT is((SELECT (c ->> 'score')::float8 FROM jsonb_array_elements(synthmig.quality('chinook.track', 'q_track') -> 'column_shapes' -> 'columns') c
			WHERE c ->> 'column' = 'milliseconds'),
		  (SELECT (c ->> 'score')::float8 FROM jsonb_array_elements(synthmig.quality('q_track', 'chinook.track') -> 'column_shapes' -> 'columns') c
			WHERE c ->> 'column' = 'milliseconds'),
		  'KSComplement is symmetric');

-- NULL in, NULL out
SELECT is(synthmig.quality(NULL, 'chinook.track'), NULL, 'quality(NULL, t) is NULL');
SELECT is(synthmig.privacy('chinook.track', NULL), NULL, 'privacy(t, NULL) is NULL');

-- the caller's rights
CREATE ROLE sm_q_reader;
GRANT USAGE ON SCHEMA chinook TO sm_q_reader;
GRANT SELECT ON chinook.invoice TO sm_q_reader;
SET ROLE sm_q_reader;
SELECT throws_ok($$SELECT synthmig.quality('chinook.invoice', 'chinook.track')$$, '42501', NULL,
				 'quality refuses a synthetic table the caller cannot read');
SELECT throws_ok($$SELECT synthmig.quality('chinook.track', 'chinook.invoice')$$, '42501', NULL,
				 'quality refuses a real table the caller cannot read');
SELECT throws_ok($$SELECT synthmig.privacy('chinook.track', 'chinook.invoice')$$, '42501', NULL,
				 'privacy refuses a table the caller cannot read');
SELECT is((synthmig.quality('chinook.invoice', 'chinook.invoice') ->> 'score')::float8, 1::float8,
		  'a role with SELECT on the tables gets the scores');
RESET ROLE;

-- row-level security applies: the function reads what the caller may see
CREATE TEMP TABLE q_rls AS SELECT * FROM chinook.invoice;
ALTER TABLE q_rls ENABLE ROW LEVEL SECURITY;
CREATE POLICY q_rls_some ON q_rls USING (billing_country = 'USA');
GRANT SELECT ON q_rls TO sm_q_reader;
SET ROLE sm_q_reader;
SELECT is((synthmig.quality('chinook.invoice', 'q_rls') -> 'rows' ->> 'synthetic')::int,
		  (SELECT count(*)::int FROM chinook.invoice WHERE billing_country = 'USA'),
		  'row-level security limits the rows read to those the caller may see');
RESET ROLE;

SELECT is((SELECT count(*)::int FROM pg_proc WHERE pronamespace = 'synthmig'::regnamespace
			AND proname IN ('quality', 'privacy') AND NOT prosecdef AND proisstrict AND proparallel = 'u'), 2,
		  'quality and privacy are STRICT, PARALLEL UNSAFE and run with the caller''s rights');

SELECT * FROM finish();
ROLLBACK;
