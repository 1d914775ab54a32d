-- Privileges and row-level security of schema definitions.
BEGIN;
SELECT plan(22);

CREATE ROLE sm_alice;
CREATE ROLE sm_bob;
CREATE ROLE sm_carol;
GRANT sm_alice TO sm_carol;
GRANT USAGE ON SCHEMA chinook TO sm_alice, sm_bob, sm_carol;

-- nothing runs with elevated rights
SELECT is((SELECT count(*)::int FROM pg_proc
			WHERE pronamespace = 'synthmig'::regnamespace AND prosecdef), 0,
		  'no synthmig function is SECURITY DEFINER');
SELECT ok((SELECT relrowsecurity FROM pg_class WHERE oid = 'synthmig.definitions'::regclass),
		  'synthmig.definitions has row-level security');

SET ROLE sm_alice;
SELECT lives_ok($$SELECT synthmig.create_definition('a_shop', '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}]}]}')$$,
				'a role without special rights can define a schema');
SELECT is((SELECT owner::text FROM synthmig.definitions WHERE name = 'a_shop'), 'sm_alice', 'the definition belongs to its creator');
SELECT is((SELECT count(*)::int FROM synthmig.definition_list WHERE name = 'a_shop'), 1, 'the owner sees it in definition_list');

SET ROLE sm_bob;
SELECT is((SELECT count(*)::int FROM synthmig.definitions WHERE name = 'a_shop'), 0, 'another role does not see it');
SELECT is((SELECT count(*)::int FROM synthmig.definition_list WHERE name = 'a_shop'), 0, 'nor in definition_list');
SELECT throws_ok($$SELECT synthmig.get_definition('a_shop')$$, '42704', NULL, 'get_schema by name says it does not exist');
SELECT throws_ok($$SELECT synthmig.drop_definition('a_shop')$$, '42704', NULL, 'drop_schema cannot drop it');
DELETE FROM synthmig.definitions WHERE name = 'a_shop';
UPDATE synthmig.definitions SET definition = '{"tables": [{"name": "x", "columns": [{"name": "a", "type": "int"}]}]}' WHERE name = 'a_shop';
SELECT throws_ok($$INSERT INTO synthmig.definitions (name, version, definition, owner) VALUES ('forged', 1, '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}]}]}', 'sm_alice')$$,
				 '42501', NULL, 'a row cannot be forged in another role''s name');
SELECT throws_ok($$UPDATE synthmig.definitions SET owner = 'sm_bob'$$, '42501', NULL, 'the owner column cannot be updated');
SELECT lives_ok($$SELECT synthmig.create_definition('a_shop', '{"tables": [{"name": "b", "columns": [{"name": "a", "type": "int"}]}]}')$$,
				'the same name is free for another role');
SELECT is((SELECT version FROM synthmig.definitions WHERE name = 'a_shop'), 1, 'and starts at version 1 for it');

SET ROLE sm_alice;
SELECT is((SELECT definition -> 'tables' -> 0 ->> 'name' FROM synthmig.definitions WHERE name = 'a_shop'), 't',
		  'another role''s DELETE and UPDATE did not touch the definition');

SET ROLE sm_carol;
SELECT is((SELECT count(*)::int FROM synthmig.definitions WHERE name = 'a_shop' AND owner = 'sm_alice'::regrole), 1,
		  'a member of the owner role sees the definition');

RESET ROLE;
SELECT is((SELECT count(*)::int FROM synthmig.definitions WHERE name = 'a_shop'), 2, 'a superuser sees every definition');

-- tables the caller may not read
SET ROLE sm_alice;
SELECT throws_ok($$SELECT synthmig.definition_from_catalog(ARRAY['chinook.customer'::regclass])$$, '42501', NULL,
				 'schema_from_catalog refuses a table the caller cannot read');
SELECT throws_ok($$SELECT synthmig.definition_from_catalog('chinook'::regnamespace)$$, '42501', NULL,
				 'schema_from_catalog refuses a schema with unreadable tables');
SELECT throws_ok($$SELECT synthmig.detect_definition('chinook.customer'::regclass)$$, '42501', NULL,
				 'detect_schema refuses a table the caller cannot read');
SELECT throws_ok(format('SELECT * FROM synthmig.validate(%s, %L)',
						(SELECT id FROM synthmig.definitions WHERE name = 'a_shop' AND owner = 'sm_alice'::regrole),
						'chinook.customer'), '42501', NULL,
				 'validate refuses a table the caller cannot read');
RESET ROLE;
GRANT SELECT ON chinook.customer TO sm_alice;
SET ROLE sm_alice;
SELECT lives_ok($$SELECT synthmig.definition_from_catalog(ARRAY['chinook.customer'::regclass])$$,
				'with SELECT granted, the import works');
SELECT lives_ok($$SELECT synthmig.detect_definition('chinook.customer'::regclass)$$,
				'with SELECT granted, detection works');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
