-- Properties of training and generation: counts, determinism, constraints,
-- privacy of models, and privileges.
BEGIN;
SELECT plan(12);

SELECT synthmig.learn('chinook.track') AS sid \gset

SELECT is((SELECT count(*)::int FROM synthmig.generate(:sid, 777, 5)), 777, 'exactly n rows');
SELECT is((SELECT count(DISTINCT r ->> 'track_id')::int FROM synthmig.generate(:sid, 5000, 5) r), 5000,
		  'primary key values are unique by construction');
SELECT is((SELECT count(*)::int FROM synthmig.generate(:sid, 3000, 6) r
			WHERE r ->> 'name' IS NULL OR r ->> 'milliseconds' IS NULL OR r ->> 'unit_price' IS NULL), 0,
		  'NOT NULL columns are always filled');
SELECT ok((SELECT bool_and(x.a = y.a) FROM
			 (SELECT r AS a, row_number() OVER () AS i FROM synthmig.generate(:sid, 200, 8) r) x
			 JOIN (SELECT r AS a, row_number() OVER () AS i FROM synthmig.generate(:sid, 200, 8) r) y USING (i)),
		  'the same seed gives the same rows');
SELECT is((SELECT count(*)::int FROM (SELECT * FROM synthmig.generate(NULL::chinook.track, 100, 9)) t), 100,
		  'the typed form returns rows of the table type');

-- the model of the name column does not contain its rare values (another
-- column may hold the same string as a common word: "Marvin" is a track
-- name once and a first name of many composers)
SELECT is((SELECT count(*)::int FROM chinook.track t, synthmig.models m,
				  jsonb_array_elements(m.parameters -> 'tables' -> 0 -> 'model' -> 'columns') c
			WHERE m.definition_id = :sid AND c ->> 'name' = 'name'
			  AND (SELECT count(*) FROM chinook.track u WHERE u.name = t.name) = 1
			  AND position(to_jsonb(t.name)::text IN c::text) > 0), 0,
		  'no track name that occurs once in the seed is stored in the model');
SELECT is((SELECT count(*)::int FROM synthmig.generate(:sid, 5000, 10) r
			JOIN chinook.track t ON t.name = r ->> 'name'
			WHERE (SELECT count(*) FROM chinook.track u WHERE u.name = t.name) = 1), 0,
		  'no generated name reproduces a name that occurs once in the seed');

-- privileges: models and runs are private to their owner
CREATE ROLE sm_gen_dave;
CREATE ROLE sm_gen_erin;
GRANT USAGE ON SCHEMA chinook TO sm_gen_dave, sm_gen_erin;
GRANT SELECT ON chinook.genre TO sm_gen_dave;
SET ROLE sm_gen_dave;
SELECT synthmig.learn('chinook.genre') AS gid \gset
SELECT ok((SELECT count(*) FROM synthmig.generate(:gid, 10, 1)) = 10, 'a plain role trains and generates');
SET ROLE sm_gen_erin;
SELECT is((SELECT count(*)::int FROM synthmig.models), 0, 'another role sees no model');
SELECT is((SELECT count(*)::int FROM synthmig.runs), 0, 'another role sees no run');
SELECT throws_ok(format('SELECT count(*) FROM synthmig.generate(%s, 10, 1)', :gid), '42704', NULL,
				 'another role cannot generate from the definition');
SELECT throws_ok($$SELECT synthmig.learn('chinook.genre')$$, '42501', NULL,
				 'a role without SELECT on the seed table cannot learn it');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
