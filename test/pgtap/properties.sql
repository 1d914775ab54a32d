-- Properties of definitions: canonical forms are fixed points, imports are valid.
BEGIN;
SELECT plan(7);

SELECT is((SELECT count(*)::int FROM pg_class
			WHERE relnamespace = 'chinook'::regnamespace AND relkind = 'r'), 11, 'chinook is loaded');

-- every table imported alone is a valid definition, and canonical is a fixed point
SELECT is((SELECT count(*)::int FROM pg_class c
			WHERE c.relnamespace = 'chinook'::regnamespace AND c.relkind = 'r'
			  AND synthmig.canonical_definition(synthmig.definition_from_catalog(ARRAY[c.oid::regclass]))
				  = synthmig.definition_from_catalog(ARRAY[c.oid::regclass])), 11,
		  'each Chinook table imports to a canonical definition');

SELECT is(synthmig.canonical_definition(synthmig.canonical_definition(d)), synthmig.canonical_definition(d),
		  'canonical_definition is idempotent on an alias-rich definition')
  FROM (SELECT '{"tables": [{"name": "p", "columns": [{"name": "id", "data_type": "int", "is_primary_key": true},
		{"name": "n", "type": "string", "constraints": {"required": true, "max_length": 5}},
		{"name": "s", "type": "number", "constraints": {"min": 0}}]}]}'::jsonb AS d) x;

SELECT is(jsonb_array_length(synthmig.definition_from_catalog('chinook'::regnamespace) -> 'tables'), 11,
		  'the namespace import has 11 tables');
SELECT is((SELECT count(*)::int FROM jsonb_array_elements(synthmig.definition_from_catalog('chinook'::regnamespace) -> 'relationships') r
			WHERE coalesce(r ->> 'relationship_type', 'one-to-many') <> 'many-to-many'),
		  (SELECT count(*)::int FROM pg_constraint WHERE contype = 'f' AND connamespace = 'chinook'::regnamespace),
		  'one relationship per foreign key');

-- versions increase by one per definition of the same name
SELECT synthmig.create_definition('prop', '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}]}]}')
  FROM generate_series(1, 5);
SELECT is(array_agg(version ORDER BY version), ARRAY[1, 2, 3, 4, 5], 'five definitions give versions 1..5')
  FROM synthmig.definitions WHERE name = 'prop';
SELECT is(synthmig.drop_definition('prop'), 5, 'drop_schema drops every version');

SELECT * FROM finish();
ROLLBACK;
