-- Storing, versioning, reading, listing and dropping schema definitions.
SELECT synthmig.create_definition('shop', $json$
{
  "name": "shop", "domain": "retail", "description": "a small shop",
  "tables": [
    {"name": "customers", "rows": 1000,
     "columns": [
       {"name": "id", "type": "bigint", "primary_key": true},
       {"name": "email", "type": "text", "unique": true,
        "pattern": "[a-z]{4,10}@example\\.(com|org)"},
       {"name": "age", "type": "integer", "min": 18, "max": 99, "required": true},
       {"name": "city", "type": "text",
        "model": {"kind": "categorical", "values": {"Paris": 0.5, "Lyon": 0.5}}},
       {"name": "ssn", "type": "text", "privacy": "high"}
     ]},
    {"name": "orders",
     "columns": [{"name": "id", "type": "bigint", "primary_key": true},
                 {"name": "customer_id", "type": "bigint", "required": true}]}
  ],
  "relationships": [
    {"source_table": "customers", "source_column": "id",
     "target_table": "orders", "target_column": "customer_id",
     "relationship_type": "one-to-many"}
  ],
  "privacy": {"differential_privacy": false, "epsilon": 1.0},
  "target_volume": {"records_per_day": 10000}
}
$json$) > 0 AS stored;

SELECT name, version, owner, jsonb_array_length(definition -> 'tables') AS tables
  FROM synthmig.definitions ORDER BY id;

-- the stored form is canonical: aliases resolved, types normalised
SELECT jsonb_pretty(synthmig.get_definition('shop'));

-- defining the same name again makes version 2; version 1 stays readable
SELECT synthmig.create_definition('shop', '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}]}]}') > 0 AS stored;
SELECT name, version FROM synthmig.definitions WHERE name = 'shop' ORDER BY version;
SELECT synthmig.get_definition('shop') -> 'tables' -> 0 ->> 'name' AS latest_first_table,
	   synthmig.get_definition('shop', 1) -> 'tables' -> 0 ->> 'name' AS v1_first_table;
SELECT synthmig.get_definition(synthmig.definition_id('shop', 1)) = synthmig.get_definition('shop', 1) AS by_id;

-- the aliases of the HTTP-era and UI-era formats
SELECT jsonb_pretty(synthmig.canonical_definition($json$
{"tables": [{"name": "people", "columns": [
   {"name": "id", "data_type": "integer", "is_primary_key": true},
   {"name": "nick", "data_type": "string", "is_nullable": false, "is_unique": true},
   {"name": "score", "type": "number", "constraints": {"min": 0, "max": 10}},
   {"name": "born", "type": "date", "constraints": {"required": true, "min": "1900-01-01"}},
   {"name": "code", "type": "string", "constraints": {"pattern": "[A-Z]{3}-\\d{4}", "unique": true}},
   {"name": "payload", "type": "json", "privacyLevel": "medium"},
   {"name": "flag", "type": "boolean", "nullable": true}
]}]}
$json$));

-- names with quotes, spaces and non-ASCII characters are kept exactly
SELECT synthmig.canonical_definition($json$
{"tables": [{"name": "Ünïcödé \"table\"; drop", "columns": [{"name": "col with space", "type": "text"},
  {"name": "naïve'quote", "type": "varchar(10)"}]}]}
$json$) -> 'tables' -> 0;

-- listing
SELECT name, latest_version, versions, tables, columns, relationships
  FROM synthmig.definition_list ORDER BY name;

-- direct INSERTs are validated too
SELECT sm_try($$INSERT INTO synthmig.definitions (name, version, definition) VALUES ('x', 1, '{"tables": []}')$$);
SELECT sm_try($$UPDATE synthmig.definitions SET definition = '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "nope"}]}]}'$$);

-- dropping one version, then all
SELECT synthmig.drop_definition('shop', 1);
SELECT name, version FROM synthmig.definitions WHERE name = 'shop' ORDER BY version;
SELECT synthmig.drop_definition('shop');
SELECT sm_try($$SELECT synthmig.drop_definition('shop')$$);
SELECT sm_try($$SELECT synthmig.get_definition('nothing')$$);
SELECT sm_try($$SELECT synthmig.get_definition(-1::bigint)$$);
SELECT sm_try($$SELECT synthmig.create_definition(NULL, '{}')$$);
SELECT sm_try($$SELECT synthmig.create_definition('', '{}')$$);
SELECT sm_try($$SELECT synthmig.create_definition('n', NULL)$$);
