-- Compatibility analysis on a legacy variant of Chinook (test/data/chinook_legacy.sql):
-- every column text, CamelCase plural names, abbreviations, three date
-- layouts, money text, Y/N and yes/no flags, a merged full name, duplicate
-- keys, orphans and a few values that cannot be converted.
\set QUIET on
\set ECHO none
SET client_min_messages = warning;
\i test/data/chinook_legacy.sql
RESET client_min_messages;
\set ECHO all
\set QUIET off
SELECT count(*) AS source_rows FROM legacy_src."Invoices";

-- tables are matched by normalised names, columns by names, splits and types
SELECT DISTINCT source_table, target_table
  FROM synthmig.analyze('legacy_src'::regnamespace, 'legacy_target'::regnamespace)
 WHERE target_table IS NOT NULL ORDER BY 1;

-- what is incompatible, and how many rows it affects (all rows are examined
-- below 100,000)
SELECT kind, source_table, source_column, target_column, rows_affected, rows_examined,
	   round(share::numeric, 4) AS share, sampled, detail
  FROM synthmig.analyze('legacy_src'::regnamespace, 'legacy_target'::regnamespace)
 WHERE kind NOT IN ('rename', 'type_change')
 ORDER BY source_table, kind, source_column, target_column;

-- renames and type changes, with the rule chosen and why (one table)
SELECT kind, source_column, target_column, source_type, target_type, confidence, rule, detail
  FROM synthmig.analyze('legacy_src."Invoices"'::regclass, 'legacy_target.invoice'::regclass)
 ORDER BY kind, target_column;

-- the matches that are not by name carry a lower confidence
SELECT source_table, source_column, target_column, confidence, detail
  FROM synthmig.analyze('legacy_src'::regnamespace, 'legacy_target'::regnamespace)
 WHERE kind IN ('rename', 'split') AND confidence < 0.9
 ORDER BY 1, 2, 3;

-- a sample, with its size stated
SELECT DISTINCT rows_examined, sampled
  FROM synthmig.analyze('legacy_src."PlaylistTracks"'::regclass, 'legacy_target.playlist_track'::regclass,
						'{"sample_rows": 1000}');

-- more kinds: truncation, rounding, NOT NULL, enum and domain mismatches,
-- float to integer, a source column nobody reads, a target column nobody fills
CREATE TYPE public.an_mood AS ENUM ('happy', 'sad');
CREATE DOMAIN public.an_pct AS integer CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE public.an_src (id integer, code text, price numeric(10,3), qty double precision,
							mood text, pct text, note text, legacy_flag text);
INSERT INTO public.an_src VALUES
	(1, 'AB', 1.250, 3, 'happy', '50', 'x', 'Y'),
	(2, 'ABCDEFGHIJK', 2.125, 2.5, 'sad', '101', NULL, 'N'),
	(3, NULL, 3, 4, 'angry', '7', 'z', 'Y'),
	(4, 'CD', 100000, 1, 'happy', '0', 'w', NULL);
CREATE TABLE public.an_dst (id integer PRIMARY KEY, code varchar(5) NOT NULL, price numeric(6,2),
							qty integer, mood public.an_mood, pct public.an_pct, note text,
							created_at timestamptz DEFAULT now(), region text NOT NULL DEFAULT 'EU');
SELECT kind, source_column, target_column, rows_affected, detail
  FROM synthmig.analyze('public.an_src'::regclass, 'public.an_dst'::regclass)
 WHERE kind NOT IN ('type_change')
 ORDER BY kind, source_column, target_column;

-- flat columns nested into JSONB, and JSONB flattened into columns
CREATE TABLE public.an_flat (id int, address_street text, address_city text, address_zip text);
INSERT INTO public.an_flat VALUES (1, '1 Main St', 'Springfield', '12345'), (2, NULL, 'Paris', '75001');
CREATE TABLE public.an_nested (id int, address jsonb);
SELECT kind, source_column, target_column, detail
  FROM synthmig.analyze('public.an_flat'::regclass, 'public.an_nested'::regclass) ORDER BY 1, 2;
CREATE TABLE public.an_doc (id int, info jsonb);
INSERT INTO public.an_doc VALUES (1, '{"city": "Oslo", "zip": "0150", "since": "2020-01-05"}'),
								 (2, '{"city": "Rome", "since": "05/02/2021"}');
CREATE TABLE public.an_cols (id int, info_city text, zip varchar(5), since date);
SELECT kind, source_column, target_column, rows_affected, detail
  FROM synthmig.analyze('public.an_doc'::regclass, 'public.an_cols'::regclass) ORDER BY 1, 3;

-- names that say nothing, values that do: e-mail addresses, phones, URLs
CREATE TABLE public.an_sem_src (id int, contact text, reach text, site text);
INSERT INTO public.an_sem_src
SELECT i, 'user' || i || '@example.com', '555-201-' || (1000 + i), 'https://example.com/u/' || i
  FROM generate_series(1, 40) i;
CREATE TABLE public.an_sem_dst (id int, email_address text, phone_number text, homepage text);
SELECT kind, source_column, target_column, confidence, detail
  FROM synthmig.analyze('public.an_sem_src'::regclass, 'public.an_sem_dst'::regclass)
 WHERE kind = 'rename' ORDER BY target_column;

-- bad input
SELECT sm_try($$SELECT * FROM synthmig.analyze('public.an_src'::regclass, 'public.an_src'::regclass)$$);
SELECT sm_try($$SELECT * FROM synthmig.analyze('legacy_src'::regnamespace, 'legacy_src'::regnamespace)$$);
SELECT sm_try($$SELECT * FROM synthmig.analyze('public.an_src'::regclass, 'public.an_dst'::regclass, '{"sampel_rows": 5}')$$);
SELECT sm_try($$SELECT * FROM synthmig.analyze('public.an_src'::regclass, 'public.an_dst'::regclass, '{"sample_rows": -1}')$$);
SELECT sm_try($$SELECT * FROM synthmig.analyze('public.an_src'::regclass, 'public.an_dst'::regclass, '{"on_error": "ignore"}')$$);
SELECT sm_try($$SELECT * FROM synthmig.analyze('public.an_src'::regclass, 'public.an_dst'::regclass, '{"columns": {"nope": "id"}}')$$);
SELECT sm_try($$SELECT * FROM synthmig.analyze('public.an_src'::regclass, 'public.an_dst'::regclass, '{"columns": {"id": "nope"}}')$$);
SELECT sm_try($$SELECT * FROM synthmig.analyze('public.an_src'::regclass, 'public.an_dst'::regclass, '{"time_zone": "Mars/Olympus"}')$$);
SELECT sm_try($$SELECT * FROM synthmig.analyze('public.an_src'::regclass, 'public.an_dst'::regclass, '[]')$$);
