-- Properties of multi-table generation over several seeds and scales:
-- referential integrity, unique junction pairs, child counts close to the
-- source, determinism, exact per-table counts.
BEGIN;
SELECT plan(19);
SET LOCAL client_min_messages = warning;

SELECT synthmig.learn_schema('chinook'::regnamespace) AS did \gset
CREATE SCHEMA tap_a; CREATE SCHEMA tap_b; CREATE SCHEMA tap_c; CREATE SCHEMA tap_d;
SELECT is((SELECT count(*)::int FROM synthmig.generate_schema(:did, 'tap_a', 1, 101)), 11, 'the 11 tables are written (seed 101)');
SELECT is((SELECT count(*)::int FROM synthmig.generate_schema(:did, 'tap_b', 2, 202)), 11, 'the 11 tables are written (scale 2)');
SELECT is((SELECT count(*)::int FROM synthmig.generate_schema(:did, 'tap_c', 1, 101)), 11, 'the 11 tables are written again (seed 101)');
SELECT lives_ok(format('SELECT synthmig.generate_schema(%s, %L, 0.5, 303, %L)', :did, 'tap_d', '{"invoice": 1000}'),
				'scale 0.5 with one table''s count given');

-- 0 orphans for every relationship of every run
SELECT is((SELECT count(*)::int FROM unnest(ARRAY['tap_a', 'tap_b', 'tap_d']) s,
				  synthmig.quality_schema(:did, 'chinook', s::regnamespace) q
			WHERE q.metric = 'referential_integrity' AND q.score <> 1), 0,
		  'every foreign key of every run finds its parent');
SELECT is((SELECT count(*)::int FROM tap_b.invoice_line l
			WHERE NOT EXISTS (SELECT 1 FROM tap_b.invoice i WHERE i.invoice_id = l.invoice_id)), 0,
		  'no invoice line without its invoice (scale 2)');
SELECT is((SELECT count(*)::int FROM tap_b.customer c
			WHERE c.support_rep_id IS NOT NULL
			  AND NOT EXISTS (SELECT 1 FROM tap_b.employee e WHERE e.employee_id = c.support_rep_id)), 0,
		  'a nullable foreign key is NULL or valid');
-- no repeated junction pair, unique keys
SELECT is((SELECT count(*) - count(DISTINCT (playlist_id, track_id)) FROM tap_a.playlist_track)::int, 0,
		  'the junction has no repeated pair (seed 101)');
SELECT is((SELECT count(*) - count(DISTINCT (playlist_id, track_id)) FROM tap_b.playlist_track)::int, 0,
		  'the junction has no repeated pair (scale 2)');
SELECT is((SELECT count(*) - count(DISTINCT invoice_id) FROM tap_b.invoice)::int, 0,
		  'generated primary keys are unique');
-- hierarchy: no cycle, every employee reaches a root
SELECT is((WITH RECURSIVE h AS (SELECT employee_id, 0 AS d FROM tap_b.employee WHERE reports_to IS NULL
								UNION ALL SELECT e.employee_id, h.d + 1 FROM tap_b.employee e
										   JOIN h ON e.reports_to = h.employee_id WHERE h.d < 100)
		   SELECT count(*)::int FROM h), (SELECT count(*)::int FROM tap_b.employee),
		  'every employee reaches a root of the hierarchy exactly once');
-- child counts close to the source where parents are many
SELECT ok((SELECT min(q.score) FROM synthmig.quality_schema(:did, 'chinook', 'tap_b') q
			WHERE q.metric = 'cardinality_shape_similarity'
			  AND q.name IN ('invoice_customer_id_fkey', 'invoice_line_invoice_id_fkey',
							 'album_artist_id_fkey', 'invoice_line_track_id_fkey')) >= 0.8,
		  'children-per-parent distributions close to the source (KS complement >= 0.8)');
SELECT ok((SELECT q.score FROM synthmig.quality_schema(:did, 'chinook', 'tap_a') q
			WHERE q.kind = 'schema' AND q.metric = 'cardinality_boundary_adherence') >= 0.95,
		  'child counts within the source''s bounds');
SELECT ok((SELECT q.score FROM synthmig.quality_schema(:did, 'chinook', 'tap_b') q
			WHERE q.metric = 'invoice_line.unit_price ~ track.unit_price') >= 0.9,
		  'a line''s price follows its track''s (intertable correlation kept, scale 2)');
-- determinism and scale
SELECT ok((SELECT string_agg(t::text, ';' ORDER BY invoice_id) FROM tap_a.invoice t)
		= (SELECT string_agg(t::text, ';' ORDER BY invoice_id) FROM tap_c.invoice t),
		  'the same seed gives the same invoices');
SELECT ok((SELECT string_agg(t::text, ';' ORDER BY playlist_id, track_id) FROM tap_a.playlist_track t)
		= (SELECT string_agg(t::text, ';' ORDER BY playlist_id, track_id) FROM tap_c.playlist_track t),
		  'the same seed gives the same junction rows');
SELECT is((SELECT count(*)::int FROM tap_b.customer), 118, 'scale 2 doubles a root table');
SELECT is((SELECT count(*)::int FROM tap_d.invoice), 1000, 'row_counts sets a table''s count exactly');
SELECT is((SELECT count(*)::int FROM tap_d.invoice_line l
			WHERE NOT EXISTS (SELECT 1 FROM tap_d.invoice i WHERE i.invoice_id = l.invoice_id)), 0,
		  'the children of a table of a given count find their parents');

SELECT * FROM finish();
ROLLBACK;
