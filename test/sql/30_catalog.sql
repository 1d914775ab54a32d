-- Import definitions from the catalog: the Chinook database.
SELECT synthmig.definition_from_catalog('chinook'::regnamespace) AS def \gset
SELECT jsonb_array_length(:'def'::jsonb -> 'tables') AS tables,
	   jsonb_array_length(:'def'::jsonb -> 'relationships') AS relationships;
-- every foreign key of the schema is a relationship
SELECT count(*) AS foreign_keys FROM pg_constraint
 WHERE contype = 'f' AND connamespace = 'chinook'::regnamespace;
SELECT r ->> 'source_table' AS parent, coalesce(r ->> 'source_column', r ->> 'source_columns') AS parent_key,
	   r ->> 'target_table' AS child, coalesce(r ->> 'target_column', r ->> 'target_columns') AS child_key,
	   coalesce(r ->> 'relationship_type', 'one-to-many') AS kind, r ->> 'through' AS through, r -> 'hierarchy' AS hierarchy
  FROM jsonb_array_elements(:'def'::jsonb -> 'relationships') r
 ORDER BY kind, child, parent;
-- types with typmods, keys, NOT NULL
SELECT jsonb_pretty(t) FROM jsonb_array_elements(:'def'::jsonb -> 'tables') t
 WHERE t ->> 'name' IN ('invoice', 'playlist_track');
-- the result is accepted by define_schema unchanged
SELECT synthmig.create_definition('chinook', :'def'::jsonb) > 0 AS accepted;
SELECT synthmig.get_definition('chinook') = :'def'::jsonb AS unchanged;

-- a richer table: enums, domains, arrays, checks, defaults, identity, unique
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN public.posint AS integer NOT NULL CHECK (VALUE > 0);
CREATE TABLE public."Odd ""Name"" Tbl" (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	"Mood" public.mood DEFAULT 'ok',
	qty public.posint,
	tags text[],
	price numeric(12,3) CHECK (price >= 0),
	code char(3) UNIQUE,
	lo int, hi int,
	ts timestamptz(3) DEFAULT now(),
	doc jsonb,
	CHECK (lo <= hi),
	UNIQUE (lo, hi)
);
SELECT jsonb_pretty(synthmig.definition_from_catalog(ARRAY['public."Odd ""Name"" Tbl"'::regclass]));

-- bad input
SELECT sm_try($$SELECT synthmig.definition_from_catalog(ARRAY[]::regclass[])$$);
SELECT sm_try($$SELECT synthmig.definition_from_catalog(ARRAY[NULL]::regclass[])$$);
SELECT sm_try($$SELECT synthmig.definition_from_catalog('pg_toast'::regnamespace)$$);
SELECT sm_try($$SELECT synthmig.definition_from_catalog(ARRAY['pg_class_oid_index'::regclass])$$);
SELECT synthmig.definition_from_catalog(NULL::regclass[]) IS NULL AS null_in_null_out;
