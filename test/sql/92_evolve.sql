-- Schema evolution: tracking, versions recorded by the event trigger (rename
-- vs drop+add by attnum, type change), versions as definitions, writes
-- through the compatibility views of old versions, registered migration
-- functions, synthmig.write with the reject and auto strategies, failures
-- logged, untrack and drop.
CREATE SCHEMA shop;
CREATE TABLE shop.customer (
	id serial PRIMARY KEY,
	full_name text NOT NULL,
	email varchar(20),
	phone text,
	score integer DEFAULT 0
);
INSERT INTO shop.customer (full_name, email, phone, score) VALUES ('Ada Lovelace', 'ada@x.org', '555-1', 10);

-- version 1 is the current shape
SELECT synthmig.track('shop.customer');
SELECT synthmig.track('shop.customer');   -- already tracked: a notice
SELECT version, table_name, jsonb_path_query_array(columns, '$[*].name') AS columns, changes
  FROM synthmig.table_versions ORDER BY version;

-- a rename (same attnum), a type change (same attnum), a drop + add of the same name (new attnum)
ALTER TABLE shop.customer RENAME COLUMN email TO email_address;
ALTER TABLE shop.customer ALTER COLUMN score TYPE numeric(6,1);
ALTER TABLE shop.customer DROP COLUMN phone, ADD COLUMN phone text;
ALTER TABLE shop.customer ADD COLUMN country text DEFAULT 'FR';
SELECT version, command, changes FROM synthmig.table_versions ORDER BY version;
-- DDL that changes no column records nothing
ALTER TABLE shop.customer ALTER COLUMN country SET DEFAULT 'UK';
SELECT max(version) AS versions FROM synthmig.table_versions;

-- every old version has a view with its shape in schema shop_vN
SELECT n.nspname, c.relname, c.reloptions
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname LIKE 'shop\_v%' AND c.relkind = 'v' ORDER BY 1;
SELECT * FROM shop_v1.customer ORDER BY id;
SELECT * FROM shop_v3.customer ORDER BY id;

-- an old client writes in version 1's shape after the rename and the type change
INSERT INTO shop_v1.customer (full_name, email, phone, score) VALUES ('Grace Hopper', 'grace@x.org', '555-2', 7);
SET search_path = shop_v1, shop;
INSERT INTO customer (full_name, email, score) VALUES ('Alan Turing', 'alan@x.org', 9);
UPDATE customer SET email = 'ada@lovelace.org' WHERE full_name = 'Ada Lovelace';
DELETE FROM customer WHERE full_name = 'Alan Turing';
RESET search_path;
SELECT id, full_name, email_address, phone, score, country FROM shop.customer ORDER BY id;
SELECT id, full_name, email, phone, score FROM shop_v1.customer ORDER BY id;

-- the versions are definitions: generate and validate work against any of them
SELECT jsonb_path_query_array(synthmig.version_definition('shop.customer', 1), '$.tables[0].columns[*].name') AS v1_columns,
	   jsonb_path_query_array(synthmig.version_definition('shop.customer'), '$.tables[0].columns[*].name') AS current_columns;
SELECT count(*) AS v1_violations
  FROM synthmig.validate(synthmig.create_definition('customer_v1', synthmig.version_definition('shop.customer', 1)),
						 'shop_v1.customer'::regclass, 'customer');

-- a split registered at any time: version 6 replaces full_name by first_name + last_name
ALTER TABLE shop.customer ADD COLUMN first_name text, ADD COLUMN last_name text;
CREATE FUNCTION shop.first_of(n text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(n, ' ', 1) $$;
CREATE FUNCTION shop.last_of(n text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT nullif(substr(n, length(split_part(n, ' ', 1)) + 2), '') $$;
CREATE FUNCTION shop.join_names(f text, l text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT concat_ws(' ', f, l) $$;
UPDATE shop.customer SET first_name = shop.first_of(full_name), last_name = shop.last_of(full_name);
ALTER TABLE shop.customer DROP COLUMN full_name;
SELECT version, changes FROM synthmig.table_versions WHERE version >= 6 ORDER BY version;
SELECT synthmig.register_migration('shop.customer', 7, 'first_name', 'shop.first_of(text)', ARRAY['full_name']) > 0 AS registered,
	   synthmig.register_migration('shop.customer', 7, 'last_name', 'shop.last_of(text)', ARRAY['full_name']) > 0 AS registered,
	   synthmig.register_migration('shop.customer', 7, 'full_name', 'shop.join_names(text,text)', ARRAY['first_name', 'last_name'], 'backward') > 0 AS registered;
INSERT INTO shop_v1.customer (full_name, email, score) VALUES ('Katherine Johnson', 'kj@x.org', 8);
SELECT id, first_name, last_name, email_address, score FROM shop.customer ORDER BY id;
SELECT id, full_name, email FROM shop_v1.customer ORDER BY id;
SELECT id, full_name FROM shop_v6.customer ORDER BY id;

-- a failing migration: nothing written, the error names the version and the mutation
SELECT sm_try($$INSERT INTO shop_v1.customer (full_name, score) VALUES ('Too Big', 123456)$$);
SELECT count(*) AS rows FROM shop.customer;
-- with migration_failure = skip the mutation is skipped and stays in the log
SET synthmig.migration_failure = skip;
INSERT INTO shop_v1.customer (full_name, score) VALUES ('Too Big', 123456);
RESET synthmig.migration_failure;
SELECT table_name, from_version, to_version, operation, mutation ->> 'full_name' AS name, sqlstate, error, attempts
  FROM synthmig.migration_log ORDER BY id;

-- synthmig.write: a row in any version's shape, reject and auto strategies
SELECT synthmig.write('shop.customer', '{"full_name": "Mary Jackson", "email": "mj@x.org", "score": 5}', 1) ->> 'first_name' AS first_name;
SELECT sm_try($$SELECT synthmig.write('shop.customer', '{"first_name": "Dorothy", "nickname": "Dot"}')$$);
SELECT sm_try($$SELECT synthmig.write('shop.customer', '{"first_name": "Dorothy", "email_address": "dorothy.vaughan@example.org"}')$$);
SET synthmig.default_migration_strategy = auto;
SELECT synthmig.write('shop.customer', '{"first_name": "Dorothy", "nickname": "Dot", "email_address": "dorothy.vaughan@example.org", "score": 12345.25}') - 'id' AS stored;
RESET synthmig.default_migration_strategy;
SELECT version, changes FROM synthmig.table_versions WHERE version >= 8 ORDER BY version;
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'shop.customer'::regclass AND attname IN ('email_address', 'score', 'nickname') ORDER BY attnum;

-- conflict analysis: a required column old writers cannot fill is refused under reject
ALTER TABLE shop.customer ADD COLUMN tier text NOT NULL DEFAULT 'basic';
SELECT sm_try($$ALTER TABLE shop.customer ALTER COLUMN tier DROP DEFAULT$$);
SELECT max(version) AS versions FROM synthmig.table_versions;
-- under auto it is a WARNING, and old writers fail until a migration function exists
SET synthmig.default_migration_strategy = auto;
ALTER TABLE shop.customer ALTER COLUMN tier DROP DEFAULT;
RESET synthmig.default_migration_strategy;
SELECT version, changes FROM synthmig.table_versions WHERE version >= 11 ORDER BY version;
SELECT sm_try($$INSERT INTO shop_v1.customer (full_name) VALUES ('No Tier')$$);
CREATE FUNCTION shop.basic_tier(n text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'basic' $$;
SELECT synthmig.register_migration('shop.customer', 12, 'tier', 'shop.basic_tier(text)', ARRAY['first_name']) > 0 AS registered;
INSERT INTO shop_v1.customer (full_name) VALUES ('Has Tier');
SELECT first_name, last_name, tier FROM shop.customer WHERE first_name = 'Has';

-- a type conversion registered after the type change is used at once (score: integer -> numeric(6,1) in version 3)
CREATE FUNCTION shop.tenfold(integer) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT $1 * 10.0 $$;
SELECT synthmig.register_migration('integer'::regtype, 'numeric'::regtype, 'shop.tenfold(integer)') AS tenfold_id \gset
INSERT INTO shop_v1.customer (full_name, score) VALUES ('Ten Fold', 3);
SELECT first_name, score FROM shop.customer WHERE first_name = 'Ten';
SELECT synthmig.unregister_migration(:tenfold_id);
INSERT INTO shop_v1.customer (full_name, score) VALUES ('Once Fold', 3);
SELECT first_name, score FROM shop.customer WHERE first_name IN ('Ten', 'Once') ORDER BY 1;

-- a migration function that raises: nothing written, the error names the write; unregistering it restores the path
CREATE FUNCTION shop.boom(n text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no tier for %', n; END $$;
SELECT synthmig.register_migration('shop.customer', 12, 'tier', 'shop.boom(text)', ARRAY['first_name']) AS boom_id \gset
SELECT sm_try($$INSERT INTO shop_v1.customer (full_name) VALUES ('Boom Case')$$);
SELECT count(*) AS boom_rows FROM shop.customer WHERE first_name = 'Boom';
SELECT synthmig.unregister_migration(:boom_id);
INSERT INTO shop_v1.customer (full_name) VALUES ('Boom Case');
SELECT first_name, tier FROM shop.customer WHERE first_name = 'Boom';
SELECT sm_try($$SELECT synthmig.unregister_migration(-1)$$);

-- retiring a version drops its view; exposing it again builds it
SELECT synthmig.set_version_live('shop.customer', 2, false);
SELECT to_regclass('shop_v2.customer') IS NULL AS retired;
SELECT synthmig.set_version_live('shop.customer', 2, true);
SELECT to_regclass('shop_v2.customer') IS NOT NULL AS exposed;

-- write_mode rule: the statement is rewritten into one statement on the table
SELECT synthmig.set_write_mode('shop.customer', 'rule');
SELECT count(*) AS rules FROM pg_rules WHERE schemaname = 'shop_v1' AND tablename = 'customer';
INSERT INTO shop_v1.customer (full_name, email, score) SELECT 'Rule ' || i, 'r' || i || '@x.org', i FROM generate_series(1, 3) i;
UPDATE shop_v1.customer SET email = 'changed@x.org' WHERE full_name = 'Rule 2';
DELETE FROM shop_v1.customer WHERE full_name = 'Rule 3';
SELECT first_name, last_name, email_address, score, tier FROM shop.customer WHERE first_name = 'Rule' ORDER BY last_name;
SELECT sm_try($$SELECT synthmig.set_write_mode('shop.customer', 'fast')$$);
SELECT synthmig.set_write_mode('shop.customer', 'trigger');

-- bad input
SELECT sm_try($$SELECT synthmig.track(NULL)$$);
SELECT sm_try($$SELECT synthmig.track('shop_v1.customer')$$);
SELECT sm_try($$SELECT synthmig.untrack('pg_catalog.pg_class')$$);
SELECT sm_try($$SELECT synthmig.write('shop.customer', '[1]')$$);
SELECT sm_try($$SELECT synthmig.write('shop.customer', '{}', 99)$$);
SELECT sm_try($$SELECT synthmig.register_migration('shop.customer', 7, 'nope', 'shop.first_of(text)')$$);
SELECT sm_try($$SELECT synthmig.register_migration('shop.customer', 7, 'first_name', 'shop.join_names(text,text)', ARRAY['full_name'])$$);
SELECT sm_try($$SELECT synthmig.register_migration('text'::regtype, 'integer'::regtype, 'shop.first_of(text)')$$);

-- untrack: views and trigger functions go
SELECT synthmig.untrack('shop.customer');
SELECT count(*) AS views FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname LIKE 'shop\_v%';
SELECT count(*) AS functions FROM pg_proc p WHERE p.proname LIKE 'synthmig\_write\_%';
SELECT count(*) AS versions FROM synthmig.table_versions;

-- dropping a tracked table (no CASCADE needed) leaves nothing behind
CREATE TABLE shop.item (id int PRIMARY KEY, label text);
SELECT synthmig.track('shop.item');
ALTER TABLE shop.item RENAME COLUMN label TO title;
SELECT to_regclass('shop_v1.item') IS NOT NULL AS view_exists;
DROP TABLE shop.item;
SELECT count(*) AS views FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname LIKE 'shop\_v%';
SELECT count(*) AS functions FROM pg_proc p WHERE p.proname LIKE 'synthmig\_write\_%';
SELECT count(*) AS tracked FROM synthmig.tracked_tables;
DROP SCHEMA shop, shop_v1, shop_v2, shop_v3, shop_v4, shop_v5, shop_v6, shop_v7, shop_v8, shop_v9, shop_v10, shop_v11 CASCADE;

-- lenses over JSON documents (the C engine)
SELECT synthmig.lens_apply('{"name": "n", "status": "todo", "tag": "t", "author": "me"}',
	'[{"op": "rename", "from": "name", "to": "title"}, {"op": "add", "name": "done", "default": false},
	  {"op": "convert", "name": "status", "mapping": [["todo", 0], ["done", 1]]},
	  {"op": "wrap", "name": "tag"}, {"op": "plunge", "host": "meta", "name": "author"}]') AS forward;
SELECT synthmig.lens_apply('{"title": "n", "status": 0, "tag": ["t"], "done": false, "meta": {"author": "me"}}',
	'[{"op": "rename", "from": "name", "to": "title"}, {"op": "add", "name": "done", "default": false},
	  {"op": "convert", "name": "status", "mapping": [["todo", 0], ["done", 1]]},
	  {"op": "wrap", "name": "tag"}, {"op": "plunge", "host": "meta", "name": "author"}]', true) AS backward;
SELECT synthmig.lens_check('[{"op": "map", "name": "items", "lens": [{"op": "remove", "name": "x"}]}]') AS operations;
SELECT sm_try($$SELECT synthmig.lens_check('[{"op": "add", "name": "a", "defualt": 1}]')$$);
SELECT sm_try($$SELECT synthmig.lens_apply('[1]', '[]')$$);
SELECT sm_try($$SELECT synthmig.lens_apply('{"x": 1, "h": 2}', '[{"op": "plunge", "host": "h", "name": "x"}]')$$);

-- documents of a jsonb column: recognised by version key or shape, upgraded on write, read at any version
CREATE TABLE public.notes (id int PRIMARY KEY, body jsonb);
SELECT synthmig.track_documents('public.notes', 'body', 'v', ARRAY['name', 'tag']);
SELECT synthmig.add_document_version('public.notes', 'body', '[{"op": "rename", "from": "name", "to": "title"}, {"op": "wrap", "name": "tag"}]', ARRAY['title', 'tags', 'tag']);
SELECT synthmig.add_document_version('public.notes', 'body', '[{"op": "rename", "from": "tag", "to": "tags"}, {"op": "add", "name": "done", "default": false}]');
INSERT INTO public.notes VALUES (1, '{"name": "old client", "tag": "a"}'),
	(2, '{"v": 2, "title": "v2 client", "tag": ["b"]}'), (3, '{"v": 3, "title": "new", "tags": [], "done": true}'),
	(4, '{"title": "v2 by shape", "tag": ["c"]}');
SELECT id, body FROM public.notes ORDER BY id;
SELECT id, synthmig.document_at('public.notes', 'body', body, 1) AS as_v1 FROM public.notes ORDER BY id;
SELECT sm_try($$INSERT INTO public.notes VALUES (5, '{"color": "red"}')$$);
SELECT sm_try($$INSERT INTO public.notes VALUES (5, '{"v": 9}')$$);
SELECT sm_try($$SELECT synthmig.track_documents('public.notes', 'id')$$);
SELECT sm_try($$SELECT synthmig.add_document_version('public.notes', 'body', '{"op": "add"}')$$);
DROP TABLE public.notes;
SELECT count(*) AS doc_functions FROM pg_proc WHERE proname LIKE 'synthmig\_doc\_%';
SELECT count(*) AS doc_versions FROM synthmig.document_versions;
