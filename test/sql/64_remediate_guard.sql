-- Remediation guards: options that cannot be misspelt, no silent defaults
-- while source data goes unread, every blocking item named at once with a
-- hint in the syntax of the call, and planning failures (a rule that does
-- not convert the data) told from bad data.
CREATE SCHEMA guard_src;
CREATE SCHEMA guard_dst;
CREATE TABLE guard_src."FilmTbl" ("FilmId" text, "Title" text, "Xq1" text, "Zz9" text, "SpecialFeat" text, "IsActive" text);
INSERT INTO guard_src."FilmTbl"
SELECT i::text, 'Film ' || i, (10 + i % 7)::text || '.99', '2006021' || (i % 9) || ' 04:34:33',
	   CASE WHEN i % 3 = 0 THEN 'Trailers,Deleted Scenes' WHEN i % 3 = 1 THEN 'Commentaries' ELSE '' END,
	   CASE WHEN i % 4 = 0 THEN 'N' ELSE 'Y' END
  FROM generate_series(1, 40) i;
CREATE TABLE guard_dst.film (film_id integer PRIMARY KEY, title text NOT NULL,
							 replacement_cost numeric(5,2) NOT NULL DEFAULT 19.99,
							 last_update timestamp NOT NULL DEFAULT now(),
							 special_features text[], active smallint);
CREATE TABLE guard_src."RentalTbl" ("RentId" text, "FilmRef" text, "Qq" text);
INSERT INTO guard_src."RentalTbl" SELECT i::text, (1 + i % 40)::text, (1139978073 + i * 3600)::text FROM generate_series(1, 60) i;
CREATE TABLE guard_dst.rental (rent_id integer PRIMARY KEY, film_ref integer REFERENCES guard_dst.film,
							   rented_at timestamptz DEFAULT now());

-- 1. options that cannot be misspelt: 22023 naming the path, all at once
SELECT sm_try($$SELECT synthmig.remediate('guard_src."FilmTbl"'::regclass, 'guard_dst.film'::regclass, false,
	'{"columns": {"titel": "Title", "film_id": {"sourc": "FilmId"}}}')$$);
SELECT sm_try($$SELECT synthmig.remediate('guard_src."FilmTbl"'::regclass, 'guard_dst.film'::regclass, false,
	'{"columns": {"title": {"source": "Title", "rule": "no_such_rule", "on_error": "ignore"}}}')$$);
SELECT sm_try($$SELECT synthmig.remediate('guard_src."FilmTbl"'::regclass, 'guard_dst.film'::regclass, false,
	'{"drop": ["Xq2"], "defaults": ["last_updat"]}')$$);
SELECT sm_try($$SELECT synthmig.remediate('guard_src."FilmTbl"'::regclass, 'guard_dst.film'::regclass, false,
	'{"tables": {"film": "FilmTbl"}}')$$);
SELECT sm_try($$SELECT synthmig.remediate('guard_src."FilmTbl"'::regclass, 'guard_dst.film'::regclass, false,
	'{"drop": "Xq1"}')$$);
SELECT sm_try($$SELECT synthmig.remediate('guard_src."FilmTbl"'::regclass, 'guard_dst.film'::regclass, false,
	'{"drop": [1]}')$$);
SELECT sm_try($$SELECT synthmig.remediate('guard_src."FilmTbl"'::regclass, 'guard_dst.film'::regclass, false,
	'{"max_reject_share": 2}')$$);
SELECT sm_try($$SELECT synthmig.remediate('guard_src."FilmTbl"'::regclass, 'guard_dst.film'::regclass, false,
	'{"rules": {"text_to_date": {"on_eror": "null"}}}')$$);
-- schema mode: keys are "table.column" or {"table": {...}}; unknown tables and columns named
SELECT sm_try($$SELECT synthmig.remediate('guard_src'::regnamespace, 'guard_dst'::regnamespace, false,
	'{"columns": {"fulltxet": "Title", "film.titel": "Title", "film": {"title": "Titl"}, "flim.title": "Title"},
	  "drop": ["FilmTbl.Nope", "Nope.x"], "defaults": ["film.nope"]}')$$);
SELECT sm_try($$SELECT synthmig.remediate('guard_src'::regnamespace, 'guard_dst'::regnamespace, false,
	'{"tables": {"film": "NoSuchTable", "nope": "FilmTbl"}}')$$);
-- NULL and dropped arguments
SELECT sm_try($$SELECT synthmig.remediate(NULL::regclass, 'guard_dst.film'::regclass, true)$$);
SELECT sm_try($$SELECT * FROM synthmig.diagnose('guard_src'::regnamespace, NULL::regnamespace)$$);

-- 2. no silent wrong data: target columns filled by a default while source
-- columns with data go unread block, linking both
SELECT severity, kind, target_table, target_column, detail
  FROM synthmig.diagnose('guard_src'::regnamespace, 'guard_dst'::regnamespace)
 WHERE severity = 'blocking' ORDER BY target_table, target_column;
-- the refusal lists every blocking item of the run, with hints that work
-- in schema mode as written
\set VERBOSITY verbose
DO $$
BEGIN
	PERFORM synthmig.remediate('guard_src'::regnamespace, 'guard_dst'::regnamespace, true);
EXCEPTION WHEN OTHERS THEN
	DECLARE m text; d text; h text; c text;
	BEGIN
		GET STACKED DIAGNOSTICS m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT, c = RETURNED_SQLSTATE;
		RAISE NOTICE E'%: %\nDETAIL: %\nHINT: %', c, m, d, h;
	END;
END $$;
\set VERBOSITY default
SELECT count(*) AS target_rows FROM guard_dst.film;
-- in table mode the hints use table-mode syntax
DO $$
BEGIN
	PERFORM synthmig.remediate('guard_src."FilmTbl"'::regclass, 'guard_dst.film'::regclass, true);
EXCEPTION WHEN OTHERS THEN
	DECLARE m text; d text; h text; c text;
	BEGIN
		GET STACKED DIAGNOSTICS m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT, c = RETURNED_SQLSTATE;
		RAISE NOTICE E'%: %\nDETAIL: %\nHINT: %', c, m, d, h;
	END;
END $$;

-- 3. planning failures: Y/N into smallint goes through boolean, delimited
-- text into an array, compact timestamps, epoch seconds into timestamptz
SELECT s ->> 'target_column' AS col, s ->> 'rule' AS rule, s ->> 'why' AS why
  FROM jsonb_array_elements(synthmig.remediate('guard_src."FilmTbl"'::regclass, 'guard_dst.film'::regclass, false,
		'{"columns": {"replacement_cost": "Xq1", "last_update": "Zz9", "special_features": "SpecialFeat"}}') -> 'tables' -> 0 -> 'steps') s
 WHERE s ->> 'target_column' IN ('last_update', 'special_features', 'active') ORDER BY 1;
-- with the options the hints give, the run applies; the report says what
-- became of every source column
SELECT r ->> 'rows_read' AS read, r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined,
	   r -> 'tables' -> 0 -> 'source_columns' AS film_columns, r -> 'tables' -> 1 -> 'source_columns' AS rental_columns
  FROM synthmig.remediate('guard_src'::regnamespace, 'guard_dst'::regnamespace, true,
		'{"columns": {"film.replacement_cost": "Xq1", "film.last_update": "Zz9", "film.special_features": "SpecialFeat",
					  "film.active": "IsActive", "rental.rented_at": "Qq"}}') r;
SELECT film_id, replacement_cost, last_update, special_features, active FROM guard_dst.film WHERE film_id <= 4 ORDER BY 1;
SELECT rent_id, film_ref, rented_at AT TIME ZONE 'UTC' AS rented_at_utc FROM guard_dst.rental WHERE rent_id <= 2 ORDER BY 1;
-- drop and defaults accept the loss explicitly
TRUNCATE guard_dst.rental, guard_dst.film;
SELECT r ->> 'rows_written' AS written, r -> 'tables' -> 0 -> 'source_columns' AS film_columns,
	   r -> 'tables' -> 0 -> 'defaults_accepted' AS film_defaults
  FROM synthmig.remediate('guard_src'::regnamespace, 'guard_dst'::regnamespace, true,
		'{"drop": ["FilmTbl.Xq1", "FilmTbl.Zz9"], "defaults": ["rental.rented_at"],
		  "columns": {"film": {"special_features": "SpecialFeat", "active": "IsActive"}}}') r;
TRUNCATE guard_dst.rental, guard_dst.film;

-- a column no rule converts: the plan blocks, naming the column, failing
-- values, the rules tried and options that resolve it
CREATE TABLE public.guard_pf_src (id text, flag text);
INSERT INTO public.guard_pf_src SELECT i::text, CASE WHEN i % 2 = 0 THEN 'maybe' ELSE 'perhaps' END FROM generate_series(1, 60) i;
CREATE TABLE public.guard_pf_dst (id integer PRIMARY KEY, flag integer);
SELECT severity, kind, target_column, detail FROM synthmig.diagnose('public.guard_pf_src'::regclass, 'public.guard_pf_dst'::regclass)
 WHERE severity = 'blocking';
SELECT sm_try($$SELECT synthmig.remediate('public.guard_pf_src'::regclass, 'public.guard_pf_dst'::regclass, true)$$);
-- a few bad values are data, not a planning failure: quarantined
UPDATE public.guard_pf_src SET flag = (id::int * 3)::text WHERE id::int > 1;
SELECT r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined
  FROM synthmig.remediate('public.guard_pf_src'::regclass, 'public.guard_pf_dst'::regclass, true) r;
-- max_reject_share raised: the rule stays and the failing rows are quarantined
TRUNCATE public.guard_pf_dst;
UPDATE public.guard_pf_src SET flag = 'maybe' WHERE id::int % 5 = 0;
SELECT sm_try($$SELECT synthmig.remediate('public.guard_pf_src'::regclass, 'public.guard_pf_dst'::regclass, true)$$);
SELECT count(*) AS target_rows FROM public.guard_pf_dst;
SELECT r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined
  FROM synthmig.remediate('public.guard_pf_src'::regclass, 'public.guard_pf_dst'::regclass, true, '{"max_reject_share": 0.5}') r;

-- duplicates are decided on the whole key group: when the first copy of a
-- key fails conversion, the later (stale) copy is not written alone
CREATE TABLE public.guard_dup_src (id text, amount text, note text);
INSERT INTO public.guard_dup_src VALUES ('1', '10.00', 'first copy, bad amount later fixed'), ('2', '5.00', 'unique'),
	('3', '7.50', 'good'), ('3', '7.75', 'second good copy'), ('1', '9.99', 'stale copy');
UPDATE public.guard_dup_src SET amount = 'oops' WHERE note LIKE 'first copy%';
CREATE TABLE public.guard_dup_dst (id integer PRIMARY KEY, amount numeric(8,2), note text);
SELECT r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined, r -> 'tables' -> 0 -> 'quarantined_by' AS why
  FROM synthmig.remediate('public.guard_dup_src'::regclass, 'public.guard_dup_dst'::regclass, true) r;
SELECT * FROM public.guard_dup_dst ORDER BY id;
SELECT source_key, step, reason FROM synthmig.rejects WHERE target_table = 'public.guard_dup_dst' ORDER BY id;

-- tables renamed beyond recognition: rows no target table takes while
-- target tables get no source block, with hints naming the tables
CREATE SCHEMA guard2_src;
CREATE SCHEMA guard2_dst;
CREATE TABLE guard2_src."T01" ("A" text, "B" text);
INSERT INTO guard2_src."T01" VALUES ('1', 'x');
CREATE TABLE guard2_src."T02" ("C" text);
INSERT INTO guard2_src."T02" VALUES ('2');
CREATE TABLE guard2_dst.alpha (id integer, label text);
CREATE TABLE guard2_dst.beta (code integer);
SELECT severity, kind, target_table, source_table FROM synthmig.diagnose('guard2_src'::regnamespace, 'guard2_dst'::regnamespace)
 ORDER BY 1, 2, 3, 4;
SELECT sm_try($$SELECT synthmig.remediate('guard2_src'::regnamespace, 'guard2_dst'::regnamespace, true)$$);
SELECT r ->> 'rows_written' AS written
  FROM synthmig.remediate('guard2_src'::regnamespace, 'guard2_dst'::regnamespace, true,
		'{"tables": {"alpha": "T01", "beta": "T02"}, "columns": {"alpha.id": "A", "alpha.label": "B", "beta.code": "C"}}') r;
-- or the loss accepted: a source table dropped, a target table left empty
SELECT r ->> 'rows_written' AS written, r -> 'issues' AS issues
  FROM synthmig.remediate('guard2_src'::regnamespace, 'guard2_dst'::regnamespace, true,
		'{"tables": {"alpha": "T01"}, "columns": {"alpha.id": "A", "alpha.label": "B"}, "drop": ["T02"], "defaults": ["beta"]}') r;
DROP SCHEMA guard2_src, guard2_dst CASCADE;

-- the forecast of quarantined rows counts the children of quarantined parents
CREATE SCHEMA guard3_src;
CREATE SCHEMA guard3_dst;
CREATE TABLE guard3_src.par (id text, v text);
INSERT INTO guard3_src.par VALUES ('1', '10'), ('2', 'ten'), ('3', '30');
CREATE TABLE guard3_src.chi (id text, par_id text);
INSERT INTO guard3_src.chi VALUES ('1', '1'), ('2', '2'), ('3', '2'), ('4', '3');
CREATE TABLE guard3_dst.par (id integer PRIMARY KEY, v integer);
CREATE TABLE guard3_dst.chi (id integer PRIMARY KEY, par_id integer REFERENCES guard3_dst.par);
SELECT t ->> 'target' AS target, t ->> 'rows_to_quarantine' AS forecast
  FROM jsonb_array_elements(synthmig.remediate('guard3_src'::regnamespace, 'guard3_dst'::regnamespace) -> 'tables') t;
SELECT t ->> 'target' AS target, t ->> 'rows_quarantined' AS quarantined
  FROM jsonb_array_elements(synthmig.remediate('guard3_src'::regnamespace, 'guard3_dst'::regnamespace, true) -> 'tables') t;
-- a cascade larger than max_reject_share of the child table is refused:
-- here the parent's rule, chosen in the options, fails on most parents
TRUNCATE guard3_dst.chi, guard3_dst.par;
INSERT INTO guard3_src.par SELECT i::text, 'n/a' || i FROM generate_series(4, 20) i;
INSERT INTO guard3_src.chi SELECT i::text, (4 + i % 17)::text FROM generate_series(5, 40) i;
SELECT sm_try($$SELECT synthmig.remediate('guard3_src'::regnamespace, 'guard3_dst'::regnamespace, true,
	'{"columns": {"par.v": {"rule": "text_to_integer_formatted"}}}')$$);
SELECT count(*) AS par_rows FROM guard3_dst.par;
DROP SCHEMA guard3_src, guard3_dst CASCADE;

-- leave the rejects of other tests as they were
DELETE FROM synthmig.rejects WHERE target_table LIKE 'guard_dst.%' OR target_table LIKE 'guard3_dst.%' OR target_table LIKE 'public.guard%';
DROP SCHEMA guard_src, guard_dst CASCADE;
DROP TABLE public.guard_pf_src, public.guard_pf_dst, public.guard_dup_src, public.guard_dup_dst;

-- the hints for NOT NULL columns nothing fills propose unread source
-- columns one to one, closest names first
CREATE TABLE public.guard_nn_src (id text, "SEX_CD" text, "NATL_ID_NO" text);
INSERT INTO public.guard_nn_src VALUES ('1', 'M', '123'), ('2', 'F', '456');
CREATE TABLE public.guard_nn_dst (id integer PRIMARY KEY, national_id text NOT NULL, gender text NOT NULL);
DO $$
BEGIN
	PERFORM synthmig.remediate('public.guard_nn_src'::regclass, 'public.guard_nn_dst'::regclass, true);
EXCEPTION WHEN OTHERS THEN
	DECLARE h text; c text;
	BEGIN
		GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT, c = RETURNED_SQLSTATE;
		RAISE NOTICE E'%\n%', c, h;
	END;
END $$;
DROP TABLE public.guard_nn_src, public.guard_nn_dst;
