-- Properties of schema evolution on real data (Chinook's track table):
-- versions follow the DDL, every live version reads every row, renamed
-- columns read the same values, a row written through any version reads
-- back the same, lenses round-trip, and DROP EXTENSION leaves nothing.
BEGIN;
SET client_min_messages = warning;
SELECT plan(11);

CREATE SCHEMA evo;
CREATE TABLE evo.track AS SELECT * FROM chinook.track;
ALTER TABLE evo.track ADD PRIMARY KEY (track_id);
SELECT is(synthmig.track('evo.track'), 1, 'tracking starts at version 1');
ALTER TABLE evo.track RENAME COLUMN name TO title;
ALTER TABLE evo.track ALTER COLUMN milliseconds TYPE bigint;
ALTER TABLE evo.track DROP COLUMN bytes;
ALTER TABLE evo.track ADD COLUMN rating smallint DEFAULT 0;
ALTER TABLE evo.track ALTER COLUMN unit_price TYPE numeric(12,4), ADD COLUMN plays integer;
ALTER TABLE evo.track RENAME COLUMN composer TO author;
CREATE INDEX ON evo.track (genre_id);   -- no column change, no version

SELECT is((SELECT array_agg(version ORDER BY version) FROM synthmig.table_versions WHERE rel = 'evo.track'::regclass),
		  ARRAY[1, 2, 3, 4, 5, 6, 7], 'one version per column-changing ALTER TABLE');

-- every live old version reads every row
CREATE FUNCTION pg_temp.view_counts() RETURNS SETOF bigint LANGUAGE plpgsql AS $$
DECLARE v int; n bigint;
BEGIN
	FOR v IN 1..6 LOOP
		EXECUTE format('SELECT count(*) FROM %I.track', 'evo_v' || v) INTO n;
		RETURN NEXT n;
	END LOOP;
END $$;
SELECT is((SELECT array_agg(n) FROM pg_temp.view_counts() n), array_fill((SELECT count(*) FROM evo.track), ARRAY[6]),
		  'every old version reads every row');

SELECT is((SELECT count(*)::int FROM evo_v1.track o JOIN evo.track t USING (track_id)
			WHERE o.name IS DISTINCT FROM t.title OR o.composer IS DISTINCT FROM t.author
			   OR o.milliseconds IS DISTINCT FROM t.milliseconds::int OR o.unit_price IS DISTINCT FROM t.unit_price::numeric(10,2)),
		  0, 'version 1 reads the renamed and retyped columns with their values');
SELECT is((SELECT count(*)::int FROM evo_v1.track WHERE bytes IS NOT NULL), 0, 'a dropped column reads as NULL');

-- a row written through any version reads back the same through it, for
-- every column the current table still has
CREATE FUNCTION pg_temp.write_read_mismatches() RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE v int; id int; written jsonb; got jsonb; k text;
BEGIN
	FOR v IN 1..6 LOOP
		id := 100000 + v;
		EXECUTE format('SELECT to_jsonb(x) || jsonb_build_object(''track_id'', %s) FROM %I.track x WHERE track_id = 1', id, 'evo_v' || v)
		   INTO written;
		EXECUTE format('INSERT INTO %I.track SELECT (jsonb_populate_record(NULL::%I.track, $1)).*', 'evo_v' || v, 'evo_v' || v)
		  USING written;
		EXECUTE format('SELECT to_jsonb(x) FROM %I.track x WHERE track_id = %s', 'evo_v' || v, id) INTO got;
		FOR k IN SELECT x.name FROM synthmig.table_versions tv, jsonb_to_recordset(tv.columns) x(attnum int, name text)
				  WHERE tv.rel = 'evo.track'::regclass AND tv.version = v
					AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = 'evo.track'::regclass
								   AND a.attnum = x.attnum AND NOT a.attisdropped) LOOP
			IF written -> k IS DISTINCT FROM got -> k THEN
				RETURN NEXT format('v%s.%s: wrote %s, read %s', v, k, written -> k, got -> k);
			END IF;
		END LOOP;
	END LOOP;
END $$;
SELECT is((SELECT array_agg(m) FROM pg_temp.write_read_mismatches() m), NULL,
		  'a row written through any version reads back the same through it');
SELECT is((SELECT count(*)::int FROM evo.track WHERE track_id BETWEEN 100001 AND 100004 AND rating = 0), 4,
		  'columns added after the version written get their default');

-- lenses: the reverse undoes the forward on every row as a document
SELECT is((SELECT count(*)::int FROM evo_v1.track t,
				  LATERAL (SELECT to_jsonb(t) AS doc) d,
				  LATERAL (SELECT '[{"op": "rename", "from": "name", "to": "title"},
								   {"op": "convert", "name": "media_type_id", "mapping": [[1, "MPEG"], [2, "AAC"], [3, "MPEG-4"]]},
								   {"op": "wrap", "name": "composer"},
								   {"op": "in", "name": "nothing", "lens": [{"op": "remove", "name": "x"}]},
								   {"op": "add", "name": "rating", "default": 0}]'::jsonb AS lens) l
			WHERE synthmig.lens_apply(synthmig.lens_apply(d.doc, l.lens), l.lens, true) <> d.doc),
		  0, 'lens round trip: reverse(forward(doc)) = doc on every row');
SELECT is((SELECT count(*)::int FROM chinook.track t,
				  LATERAL (SELECT to_jsonb(t) AS doc) d
			WHERE synthmig.lens_apply(synthmig.lens_apply(d.doc, '[{"op": "rename", "from": "name", "to": "title"}]'),
									  '[{"op": "wrap", "name": "composer"}]')
				  <> synthmig.lens_apply(d.doc, '[{"op": "rename", "from": "name", "to": "title"}, {"op": "wrap", "name": "composer"}]')),
		  0, 'lenses compose by concatenation');

-- DROP EXTENSION leaves no compatibility view, trigger function or document trigger behind
CREATE TABLE evo.notes (id int PRIMARY KEY, body jsonb);
SELECT synthmig.track_documents('evo.notes', 'body');
DROP EXTENSION synthmig CASCADE;
SELECT is((SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname LIKE 'evo\_v%' AND c.relkind = 'v'), 0, 'DROP EXTENSION: no compatibility view is left');
SELECT is((SELECT count(*)::int FROM pg_proc WHERE proname LIKE 'synthmig\_write\_%' OR proname LIKE 'synthmig\_doc\_%')
		  + (SELECT count(*)::int FROM pg_trigger WHERE tgname LIKE 'synthmig%'), 0,
		  'DROP EXTENSION: no trigger or trigger function is left');

SELECT * FROM finish();
ROLLBACK;
