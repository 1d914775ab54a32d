-- Security: the attacks of the security review (P1, P2, P4, P5), the "safe by
-- construction" properties read from the catalog, and the privilege matrix
-- of docs/security.md (every public function called by the owner of the
-- objects, a member of the owner's role, a read-only role, a role with no
-- rights, another tenant with objects of the same names, and a superuser).
-- P3 (COPY and row-level security) is in generation_rls.sql.
BEGIN;
SET client_min_messages = warning;
SELECT plan(39);

CREATE ROLE sm_sec_owner;
CREATE ROLE sm_sec_member;
CREATE ROLE sm_sec_reader;
CREATE ROLE sm_sec_other;
CREATE ROLE sm_sec_tenant;
CREATE ROLE sm_sec_mallory;
GRANT sm_sec_owner TO sm_sec_member;
CREATE SCHEMA sec AUTHORIZATION sm_sec_owner;
CREATE SCHEMA sec_old AUTHORIZATION sm_sec_owner;
CREATE SCHEMA sec_gen AUTHORIZATION sm_sec_owner;
CREATE SCHEMA sm_sec_mallory AUTHORIZATION sm_sec_mallory;
CREATE SCHEMA sec_tenant AUTHORIZATION sm_sec_tenant;
GRANT USAGE ON SCHEMA sec, sec_old TO sm_sec_reader, sm_sec_other, sm_sec_tenant, sm_sec_mallory;

-------------------------------------------------------------------------------
-- Safe by construction (read from the catalog)
-------------------------------------------------------------------------------

SELECT is((SELECT count(*)::int FROM pg_proc
			WHERE pronamespace IN ('synthmig'::regnamespace, 'synthmig_internal'::regnamespace) AND prosecdef),
		  0, 'no synthmig function is SECURITY DEFINER');

-- Exempt, on purpose (docs/security.md): the text overloads resolve a table
-- name with the caller's search_path (that is their job; every reference in
-- their body is schema-qualified), and the per-row value parsers, C
-- functions that run no SQL and look nothing up by name.
CREATE TEMP TABLE sec_unpinned (fn text, lang text);
INSERT INTO sec_unpinned VALUES
	('synthmig.detect_definition(text)', 'sql'), ('synthmig.profile_columns(text)', 'sql'),
	('synthmig.detect_schema' || '(text)', 'sql'),  -- deprecated name
	('synthmig.parse_numeric(text,text)', 'c'), ('synthmig.parse_integer(text,text)', 'c'),
	('synthmig.parse_date(text,text)', 'c'), ('synthmig.parse_timestamp(text,text)', 'c'),
	('synthmig.parse_timestamptz(text,text,text)', 'c'), ('synthmig.parse_boolean(text)', 'c'),
	('synthmig.is_missing(text)', 'c'), ('synthmig.split_name(text,text)', 'c'),
	('synthmig.split_name(text,text,text[])', 'c'), ('synthmig.try_cast(text,anyelement)', 'c');
SELECT is((SELECT array_agg(p.oid::regprocedure::text || ' (' || l.lanname || ')' ORDER BY 1)
			 FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
			WHERE p.pronamespace IN ('synthmig'::regnamespace, 'synthmig_internal'::regnamespace)
			  AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false)
			  AND (p.oid::regprocedure::text, l.lanname) NOT IN (SELECT fn, lang FROM sec_unpinned)),
		  NULL, 'every function pins search_path = pg_catalog, pg_temp, except the listed exemptions');

SELECT is((SELECT array_agg(p.proname ORDER BY 1) FROM pg_proc p
			WHERE p.pronamespace = 'synthmig'::regnamespace AND p.proname LIKE '\_%'),
		  NULL, 'no helper (_name) is left in the API schema');

SELECT is((SELECT array_agg(p.oid::regprocedure::text ORDER BY 1) FROM pg_proc p
			WHERE p.pronamespace = 'synthmig'::regnamespace
			  AND obj_description(p.oid, 'pg_proc') IS NULL),
		  NULL, 'every API function has a COMMENT');

SELECT is((SELECT array_agg(c.relname ORDER BY 1) FROM pg_class c
			WHERE c.relnamespace = 'synthmig'::regnamespace AND c.relkind = 'r' AND NOT c.relrowsecurity),
		  NULL, 'every synthmig table has row-level security');

SELECT is((SELECT array_agg(p.oid::regprocedure::text ORDER BY 1) FROM pg_proc p
			WHERE p.pronamespace = 'synthmig_internal'::regnamespace AND p.prorettype = 'trigger'::regtype
			  AND has_function_privilege('public', p.oid, 'EXECUTE')),
		  NULL, 'trigger functions are not executable by PUBLIC');
SELECT is((SELECT array_agg(p.oid::regprocedure::text ORDER BY 1) FROM pg_proc p
			WHERE p.pronamespace = 'synthmig_internal'::regnamespace AND p.prorettype = 'event_trigger'::regtype
			  AND has_function_privilege('public', p.oid, 'EXECUTE')),
		  NULL, 'event trigger functions are not executable by PUBLIC');

-------------------------------------------------------------------------------
-- P2: a function planted on the caller's search_path is never called
-------------------------------------------------------------------------------

GRANT CREATE ON SCHEMA public TO sm_sec_mallory;
SET ROLE sm_sec_mallory;
CREATE FUNCTION public.cardinality(text[]) RETURNS int LANGUAGE sql
	AS 'ALTER ROLE sm_sec_mallory SUPERUSER; SELECT pg_catalog.cardinality($1)';
CREATE FUNCTION public.unnest(text[]) RETURNS SETOF text LANGUAGE sql
	AS 'ALTER ROLE sm_sec_mallory SUPERUSER; SELECT * FROM pg_catalog.unnest($1)';
CREATE FUNCTION public.array_to_string(text[], text) RETURNS text LANGUAGE sql
	AS 'ALTER ROLE sm_sec_mallory SUPERUSER; SELECT pg_catalog.array_to_string($1, $2)';
CREATE FUNCTION public.sec_concat(text[], text[]) RETURNS text[] LANGUAGE sql
	AS 'ALTER ROLE sm_sec_mallory SUPERUSER; SELECT pg_catalog.array_cat($1, $2)';
CREATE OPERATOR public.|| (LEFTARG = text[], RIGHTARG = text[], FUNCTION = public.sec_concat);
RESET ROLE;
SET search_path = "$user", public;
SELECT lives_ok($$SELECT synthmig.normalize_name('tblCustIDs')$$, 'normalize_name with a trojan on the path');
SELECT lives_ok($$SELECT synthmig.canonical_definition('{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}]}]}')$$,
				'canonical_definition with a trojan on the path');
SELECT lives_ok($$SELECT synthmig.detect_definition('[{"a": "1"}, {"a": "2"}]'::jsonb)$$,
				'detect_definition with a trojan on the path');
SELECT is((SELECT rolsuper FROM pg_roles WHERE rolname = 'sm_sec_mallory'), false,
		  'P2: functions and operators planted in public were not called');
RESET search_path;
DROP OPERATOR public.|| (text[], text[]);
DROP FUNCTION public.cardinality(text[]), public.unnest(text[]), public.array_to_string(text[], text),
	public.sec_concat(text[], text[]);

-------------------------------------------------------------------------------
-- P1: another role's definition is data, never code run with the caller's rights
-------------------------------------------------------------------------------

CREATE TABLE public.sec_customers (id int);
INSERT INTO public.sec_customers VALUES (1), (-1);
GRANT SELECT ON public.sec_customers TO sm_sec_mallory;
SET ROLE sm_sec_mallory;
CREATE FUNCTION sm_sec_mallory.pwn() RETURNS boolean LANGUAGE sql
	AS 'ALTER ROLE sm_sec_mallory SUPERUSER; SELECT true';
SELECT synthmig.create_definition('shared_report',
	'{"tables": [{"name": "sec_customers", "checks": [{"expression": "sm_sec_mallory.pwn()"}], "columns": [{"name": "id", "type": "int"}]}]}');
SELECT synthmig.create_definition('injected',
	'{"tables": [{"name": "sec_customers", "checks": [{"expression": "true) OR (1/0 = 1"}], "columns": [{"name": "id", "type": "int"}]}]}');
SELECT synthmig.create_definition('volatile_builtin',
	'{"tables": [{"name": "sec_customers", "checks": [{"expression": "set_config(''role'', ''sm_sec_mallory'', false) IS NOT NULL"}], "columns": [{"name": "id", "type": "int"}]}]}');
SELECT synthmig.create_definition('plain_check',
	'{"tables": [{"name": "sec_customers", "checks": [{"name": "positive", "expression": "id > 0"}], "columns": [{"name": "id", "type": "int"}]}]}');
RESET ROLE;
SET client_min_messages = error;

SELECT throws_ok($$SELECT synthmig.definition_id('shared_report')$$, '42704', NULL,
				 'P1: a name never resolves to another role''s definition, even for a superuser');
SELECT throws_like($$SELECT * FROM synthmig.validate(synthmig.definition_id('shared_report'), 'public.sec_customers')$$,
				   '%does not exist%', 'P1: the reproducer of the review now fails at the name');
SELECT throws_ok(format('SELECT * FROM synthmig.validate(%s, %L)',
						(SELECT id FROM synthmig.definitions WHERE name = 'shared_report'), 'public.sec_customers'),
				 '42501', NULL, 'P1: by id, a check calling a non-built-in function is refused');
SELECT throws_ok(format('SELECT * FROM synthmig.validate(%s, %L)',
						(SELECT id FROM synthmig.definitions WHERE name = 'volatile_builtin'), 'public.sec_customers'),
				 '42501', NULL, 'P1: so is a volatile built-in (set_config)');
SELECT throws_ok($$SELECT synthmig_internal.check_expression('public.sec_customers', 'true) OR (1/0 = 1')$$,
				 '42601', NULL, 'P1: a check that closes its parenthesis is not one expression (validate warns and skips it)');
SELECT is((SELECT rolsuper FROM pg_roles WHERE rolname = 'sm_sec_mallory'), false, 'P1: the role did not become superuser');
SELECT is((SELECT count(*)::int FROM synthmig.validate(
				(SELECT id FROM synthmig.definitions WHERE name = 'plain_check'), 'public.sec_customers')
			WHERE reason = 'violates check positive'),
		  1, 'a check over the table''s columns with built-in operators still works');

-------------------------------------------------------------------------------
-- P4: no row of synthmig's tables can point at another role's rows
-------------------------------------------------------------------------------

SET ROLE sm_sec_owner;
CREATE TABLE sec.src (id integer PRIMARY KEY, amount numeric(8,2), day date);
INSERT INTO sec.src SELECT i, i * 1.5, date '2024-01-01' + i FROM generate_series(1, 50) i;
CREATE TABLE sec.dst (id integer PRIMARY KEY, amount numeric(8,2), day date);
CREATE TABLE sec.legacy (id text, amount text, day text);
INSERT INTO sec.legacy SELECT i::text, '$' || (i * 1.5)::text, to_char(date '2024-01-01' + i, 'MM/DD/YYYY') FROM generate_series(1, 20) i;
CREATE TABLE sec.generated (LIKE sec.src);
CREATE TABLE sec.scored (LIKE sec.src);
CREATE TABLE sec_gen.src (LIKE sec.src);
CREATE TABLE sec_old.dst (id text, amount text, day text);
INSERT INTO sec_old.dst SELECT * FROM sec.legacy;
GRANT SELECT ON ALL TABLES IN SCHEMA sec, sec_old TO sm_sec_reader;
SELECT synthmig.learn('sec.src') AS def_id \gset
SELECT name AS def_name FROM synthmig.definitions WHERE id = :def_id \gset
-- a definition with public bounds, trained privately (the ledger tests below)
SELECT synthmig.create_definition('sec_dp', '{"tables": [{"name": "src", "source": "sec.src", "columns": [
	{"name": "id", "type": "integer", "primary_key": true},
	{"name": "amount", "type": "numeric(8,2)", "min": 0, "max": 100},
	{"name": "day", "type": "date", "min": "2024-01-01", "max": "2024-12-31"}]}],
	"privacy": {"differential_privacy": true, "epsilon": 0.1}}') AS dp_id \gset
SELECT synthmig.train(:dp_id) AS dp_model \gset
SELECT synthmig.generate_into(:def_id, 5, 'sec.scored', 1);
SELECT synthmig.remediate('sec.legacy'::regclass, 'sec.dst'::regclass, false);
RESET ROLE;
SELECT max(id) AS model_id FROM synthmig.models WHERE definition_id = :def_id \gset
SELECT max(id) AS run_id FROM synthmig.runs WHERE definition_id = :def_id \gset
INSERT INTO synthmig.remediations (source, target, owner) VALUES ('sec.legacy', 'sec.dst', 'sm_sec_owner') RETURNING id AS rem_id \gset

SET ROLE sm_sec_mallory;
SELECT throws_ok(format($$INSERT INTO synthmig.models (definition_id, parameters) VALUES (%s, '{"tables": []}')$$, :def_id),
				 '42501', NULL, 'P4: a model cannot be attached to another role''s definition');
SELECT throws_ok($$INSERT INTO synthmig.models (definition_id, parameters) VALUES (999999999, '{"tables": []}')$$,
				 '42501', NULL, 'P4: nor to a missing one (same error: no oracle for ids)');
SELECT throws_ok(format($$INSERT INTO synthmig.runs (definition_id, model_id, seed, n) VALUES (%s, %s, 1, 1)$$, :def_id, :model_id),
				 '42501', NULL, 'P4: a run cannot point at another role''s definition and model');
SELECT throws_ok(format($$INSERT INTO synthmig.rejects (remediation_id, source_table, row_data, step, reason) VALUES (%s, 'x', '{}', 'x', 'x')$$, :rem_id),
				 '42501', NULL, 'P4: a reject cannot be attached to another role''s remediation');
RESET ROLE;

-------------------------------------------------------------------------------
-- The privacy ledger: row-level security (docs/privacy.md)
-------------------------------------------------------------------------------

SET ROLE sm_sec_other;
SELECT is((SELECT count(*)::int FROM synthmig.privacy_ledger), 0,
		  'ledger: a role that cannot read a table sees none of the spending on it');
SELECT is((SELECT epsilon_spent FROM synthmig.privacy_budget('sec.src')), 0::float8,
		  'ledger: nor its budget');
SELECT throws_ok($$INSERT INTO synthmig.privacy_ledger (source_table, source_name, epsilon) VALUES ('sec.src'::regclass, 'sec.src', 5)$$,
				 '42501', NULL, 'ledger: a role cannot charge a table it cannot read');
SET ROLE sm_sec_reader;
SELECT is((SELECT count(*)::int FROM synthmig.privacy_ledger WHERE model_id = :dp_model), 1,
		  'ledger: a reader of the table sees the spending of others on it');
SELECT throws_ok($$UPDATE synthmig.privacy_ledger SET epsilon = 0$$, '42501', NULL,
				 'ledger: nobody but a superuser rewrites it (UPDATE)');
SELECT throws_ok($$DELETE FROM synthmig.privacy_ledger$$, '42501', NULL,
				 'ledger: nor deletes from it');
RESET ROLE;

-------------------------------------------------------------------------------
-- P5: a type in an in-place target is PostgreSQL's spelling, never SQL text
-------------------------------------------------------------------------------

SET ROLE sm_sec_owner;
SELECT lives_ok($$SELECT synthmig.remediate('sec.legacy'::regclass, jsonb_build_object('columns', jsonb_build_array(
	jsonb_build_object('name', 'id', 'type', 'integer --'),
	jsonb_build_object('name', E'\n) ; CREATE TABLE public.pwned_r2 (x int); --', 'type', 'text'))), false)$$,
	'P5: a type with a comment is read as the type it names');
SELECT throws_ok($$SELECT synthmig.remediate('sec.legacy'::regclass, jsonb_build_object('columns', jsonb_build_array(
	jsonb_build_object('name', 'id', 'type', 'integer) ; CREATE TABLE public.pwned_r3 (x int); --'))), false)$$,
	'42704', NULL, 'P5: a type followed by SQL is an unknown type');
RESET ROLE;
SELECT ok(to_regclass('public.pwned_r2') IS NULL AND to_regclass('public.pwned_r3') IS NULL,
		  'P5: no table was created by the injected text');

-------------------------------------------------------------------------------
-- Schema evolution: another role's migration functions never run for a table
-------------------------------------------------------------------------------

DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO sm_sec_owner', current_database()); END $$;
SET ROLE sm_sec_owner;
CREATE TABLE sec.evo (id integer PRIMARY KEY, label text, n integer);
CREATE TABLE sec.docs (id integer PRIMARY KEY, body jsonb);
GRANT SELECT ON sec.evo, sec.docs TO sm_sec_reader;
SELECT synthmig.track('sec.evo');
ALTER TABLE sec.evo RENAME COLUMN label TO title;
GRANT USAGE ON SCHEMA sec_v1 TO sm_sec_reader, sm_sec_other, sm_sec_tenant;
CREATE FUNCTION sec.evo_title(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT upper($1)';
RESET ROLE;
SET ROLE sm_sec_mallory;
CREATE FUNCTION sm_sec_mallory.to_big(integer) RETURNS bigint LANGUAGE sql
	AS 'ALTER ROLE sm_sec_mallory SUPERUSER; SELECT 666::bigint';
SELECT synthmig.register_migration('integer'::regtype, 'bigint'::regtype, 'sm_sec_mallory.to_big(integer)') > 0 AS registered;
SELECT throws_ok($$ALTER TABLE sec.evo ADD COLUMN z int$$, '42501', NULL,
				 'evolution: DDL on a tracked table by another role is PostgreSQL''s business');
RESET ROLE;
SET ROLE sm_sec_owner;
ALTER TABLE sec.evo ALTER COLUMN n TYPE bigint;
INSERT INTO sec_v1.evo VALUES (1, 'a', 5);
RESET ROLE;
SELECT is((SELECT n FROM sec.evo WHERE id = 1), 5::bigint,
		  'evolution: a type conversion registered by another role is not used for the owner''s table');
SELECT is((SELECT rolsuper FROM pg_roles WHERE rolname = 'sm_sec_mallory'), false,
		  'evolution: the planted conversion never ran');
DELETE FROM sec.evo;

-------------------------------------------------------------------------------
-- The privilege matrix (docs/security.md): expected outcome per role
-------------------------------------------------------------------------------

-- Run a statement as a role inside a subtransaction that is always undone;
-- 'ok' or the SQLSTATE it raised.
CREATE FUNCTION pg_temp.sec_try(r text, stmt text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	BEGIN
		EXECUTE format('SET ROLE %I', r);
		EXECUTE stmt;
		RAISE EXCEPTION USING ERRCODE = 'SMOK0';
	EXCEPTION WHEN SQLSTATE 'SMOK0' THEN
		RETURN 'ok';
	WHEN OTHERS THEN
		RETURN SQLSTATE;
	END;
END;
$$;

-- shadow runs: the worker connects as the submitting role, which must be
-- able to log in and create the job's schema (undone with the transaction)
ALTER ROLE sm_sec_owner LOGIN;
ALTER ROLE sm_sec_member LOGIN;
ALTER ROLE sm_sec_reader LOGIN;
ALTER ROLE sm_sec_other LOGIN;
ALTER ROLE sm_sec_tenant LOGIN;
SELECT format('GRANT CREATE ON DATABASE %I TO sm_sec_owner, sm_sec_member, sm_sec_reader, sm_sec_other, sm_sec_tenant',
			  current_database()) AS grant_create \gset
:grant_create;
SET ROLE sm_sec_owner;
SELECT synthmig.shadow_run('{"source": "sec.legacy", "target": "sec.dst"}') AS shadow_job \gset
RESET ROLE;

-- the tenant has objects of the same names
SET ROLE sm_sec_tenant;
SELECT synthmig.create_definition(:'def_name', '{"tables": [{"name": "src", "columns": [{"name": "id", "type": "int"}]}]}');
RESET ROLE;

CREATE TEMP TABLE sec_matrix (fn text, stmt text, owner text, member text, reader text, other text, tenant text, superuser text);
INSERT INTO sec_matrix VALUES
 ('create_definition', $$SELECT synthmig.create_definition('m', '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}]}]}')$$,
	'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
 ('definition_id (owner''s name)', format('SELECT synthmig.definition_id(%L)', :'def_name'),
	'ok', '42704', '42704', '42704', 'ok', '42704'),
 ('get_definition (owner''s id)', format('SELECT synthmig.get_definition(%s)', :def_id),
	'ok', 'ok', '42704', '42704', '42704', 'ok'),
 ('drop_definition (owner''s name)', format('SELECT synthmig.drop_definition(%L)', :'def_name'),
	'ok', '42704', '42704', '42704', 'ok', '42704'),
 ('validate (owner''s id, owner''s table)', format($$SELECT count(*) FROM synthmig.validate(%s, 'sec.src')$$, :def_id),
	'ok', 'ok', '42704', '42704', '42704', 'ok'),
 ('definition_from_catalog (owner''s table)', $$SELECT synthmig.definition_from_catalog(ARRAY['sec.src'::regclass])$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('detect_definition (owner''s table)', $$SELECT synthmig.detect_definition('sec.src'::regclass)$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('profile_columns (owner''s table)', $$SELECT count(*) FROM synthmig.profile_columns('sec.src'::regclass)$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('train (owner''s id)', format('SELECT synthmig.train(%s)', :def_id),
	'ok', 'ok', '42704', '42704', '42704', 'ok'),
 ('train with options, private (owner''s id)', format($$SELECT synthmig.train(%s, NULL, '{"epsilon": 0.1}')$$, :dp_id),
	'ok', 'ok', '42704', '42704', '42704', 'ok'),
 ('privacy_budget (owner''s table)', $$SELECT synthmig.privacy_budget('sec.src')$$,
	'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
 ('reset_privacy_budget, set_privacy_budget (owner''s table)', $$SELECT synthmig.reset_privacy_budget('sec.src'), synthmig.set_privacy_budget('sec.src', 1)$$,
	'42501', '42501', '42501', '42501', '42501', 'ok'),
 ('generate_into with synthetic_ratio (owner''s id and table)', format($$SELECT synthmig.generate_into(%s, 4, 'sec.generated', 1, 0.5)$$, :def_id),
	'ok', 'ok', '42501', '42501', '42501', 'ok'),
 ('schedule_generation (owner''s id and table; no pg_cron in this database)', format($$SELECT synthmig.schedule_generation(%s, 'sec.generated', 24)$$, :def_id),
	'0A000', '0A000', '42704', '42704', '42704', '0A000'),
 ('run_schedule, unschedule_generation (no such schedule)', $$SELECT synthmig.run_schedule(-1), synthmig.unschedule_generation(-1)$$,
	'42704', '42704', '42704', '42704', '42704', '42704'),
 ('schedule_status, schedules (views of one''s own)', $$SELECT (SELECT count(*) FROM synthmig.schedule_status), (SELECT count(*) FROM synthmig.schedules)$$,
	'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
 ('learn (owner''s table)', $$SELECT synthmig.learn('sec.src')$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('generate (owner''s id)', format('SELECT count(*) FROM synthmig.generate(%s, 3, 1)', :def_id),
	'ok', 'ok', '42704', '42704', '42704', 'ok'),
 ('generate_into (owner''s id and table)', format($$SELECT synthmig.generate_into(%s, 3, 'sec.generated', 1)$$, :def_id),
	'ok', 'ok', '42501', '42501', '42501', 'ok'),
 ('score_run (owner''s run)', format('SELECT synthmig.score_run(%s)', :run_id),
	'ok', 'ok', '42704', '42704', '42704', 'ok'),
 ('quality (owner''s tables)', $$SELECT synthmig.quality('sec.src', 'sec.src')$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('privacy (owner''s tables)', $$SELECT synthmig.privacy('sec.src', 'sec.src')$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('analyze (owner''s tables)', $$SELECT count(*) FROM synthmig.analyze('sec.legacy'::regclass, 'sec.dst'::regclass)$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('diagnose, diagnose_summary, remediation_plan (owner''s tables)',
	$$SELECT (SELECT count(*) FROM synthmig.diagnose('sec.legacy'::regclass, 'sec.dst'::regclass)),
			 (SELECT count(*) FROM synthmig.diagnose_summary('sec.legacy'::regclass, 'sec.dst'::regclass)),
			 (SELECT count(*) FROM synthmig.remediation_plan('sec.legacy'::regclass, 'sec.dst'::regclass))$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('validate by name (owner''s name and table)', format($$SELECT count(*) FROM synthmig.validate(%L, 'sec.src')$$, :'def_name'),
	'ok', '42704', '42704', '42704', '42501', '42704'),
 ('remediate, plan (owner''s tables)', $$SELECT synthmig.remediate('sec.legacy'::regclass, 'sec.dst'::regclass)$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('remediate, apply (owner''s tables)', $$SELECT synthmig.remediate('sec.legacy'::regclass, 'sec.dst'::regclass, true)$$,
	'ok', 'ok', '42501', '42501', '42501', 'ok'),
 ('remediate in place (owner''s table)', $$SELECT synthmig.remediate('sec.legacy'::regclass, '{"columns": [{"name": "id", "type": "int"}]}'::jsonb, true)$$,
	'ok', 'ok', '42501', '42501', '42501', 'ok'),
 ('definition_from_catalog (owner''s schema)', $$SELECT synthmig.definition_from_catalog('sec'::regnamespace)$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('detect_definition, profile_columns (table name as text)', $$SELECT synthmig.detect_definition('sec.src'), (SELECT count(*) FROM synthmig.profile_columns('sec.src'))$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('generate, typed (owner''s id)', format('SELECT count(*) FROM synthmig.generate(NULL::sec.src, 3, 1, %s)', :def_id),
	'ok', 'ok', '42704', '42704', '42704', 'ok'),
 ('learn_schema (owner''s schema)', $$SELECT synthmig.learn_schema('sec'::regnamespace)$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('generate_schema (owner''s id and schema)', format($$SELECT count(*) FROM synthmig.generate_schema(%s, 'sec_gen', 1, 1)$$, :def_id),
	'ok', 'ok', '42704', '42704', '42704', 'ok'),
 ('quality_schema (owner''s id and schemas)', format($$SELECT count(*) FROM synthmig.quality_schema(%s, 'sec', 'sec_gen')$$, :def_id),
	'ok', 'ok', '42704', '42704', '42704', 'ok'),
 ('analyze (owner''s schemas)', $$SELECT count(*) FROM synthmig.analyze('sec_old'::regnamespace, 'sec'::regnamespace)$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('remediate, plan (owner''s schemas)', $$SELECT synthmig.remediate('sec_old'::regnamespace, 'sec'::regnamespace)$$,
	'ok', 'ok', 'ok', '42501', '42501', 'ok'),
 ('shadow_run (owner''s tables)', $$SELECT synthmig.shadow_run('{"source": "sec.legacy", "target": "sec.dst"}')$$,
	'ok', 'ok', '42501', '42501', '42501', '42501'),
 ('shadow_run, script (owner''s table)', $$SELECT synthmig.shadow_run('ALTER TABLE dst ADD COLUMN note text', ARRAY['sec.dst']::regclass[])$$,
	'ok', 'ok', '42501', '42501', '42501', '42501'),
 ('cancel_shadow_run (owner''s queued job)', format('SELECT synthmig.cancel_shadow_run(%s)', :shadow_job),
	'ok', 'ok', '42704', '42704', '42704', 'ok'),
 ('apply_shadow_run, retry_shadow_run, drop_shadow_run (owner''s queued job)',
	format('SELECT synthmig.apply_shadow_run(%1$s), synthmig.retry_shadow_run(%1$s), synthmig.drop_shadow_run(%1$s)', :shadow_job),
	'55000', '55000', '42704', '42704', '42704', '55000'),
 ('shadow_run_list, jobs, resolutions, shadow_history, shadow_risk_model (read)', $$SELECT (SELECT count(*) FROM synthmig.shadow_run_list), (SELECT count(*) FROM synthmig.jobs),
	(SELECT count(*) FROM synthmig.resolutions), (SELECT count(*) FROM synthmig.shadow_history), synthmig.shadow_risk_model()$$,
	'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
 ('track (owner''s table)', $$SELECT synthmig.track('sec.src')$$,
	'ok', 'ok', '42501', '42501', '42501', 'ok'),
 ('untrack (owner''s tracked table)', $$SELECT synthmig.untrack('sec.evo')$$,
	'ok', 'ok', '42501', '42501', '42501', 'ok'),
 ('version_definition (owner''s tracked table)', $$SELECT synthmig.version_definition('sec.evo', 1)$$,
	'ok', 'ok', 'ok', '42704', '42704', 'ok'),
 ('set_version_live (owner''s tracked table)', $$SELECT synthmig.set_version_live('sec.evo', 1, false)$$,
	'ok', 'ok', '42501', '42501', '42501', 'ok'),
 ('set_write_mode (owner''s tracked table)', $$SELECT synthmig.set_write_mode('sec.evo', 'rule')$$,
	'ok', 'ok', '42501', '42501', '42501', 'ok'),
 ('register_migration, column (owner''s tracked table)',
	$$SELECT synthmig.register_migration('sec.evo', 2, 'title', 'sec.evo_title(text)', ARRAY['label'])$$,
	'ok', 'ok', '42501', '42501', '42501', 'ok'),
 ('register_migration, types (built-in function)',
	$$SELECT synthmig.register_migration('integer'::regtype, 'bigint'::regtype, 'pg_catalog.int8(integer)')$$,
	'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
 ('write (owner''s tracked table, version 1)', $$SELECT synthmig.write('sec.evo', '{"id": 100, "label": "x"}', 1)$$,
	'ok', 'ok', '42501', '42704', '42704', 'ok'),
 ('insert through a compatibility view (owner''s table)', $$INSERT INTO sec_v1.evo VALUES (101, 'x', 1)$$,
	'ok', 'ok', '42501', '42501', '42501', 'ok'),
 ('track_documents (owner''s table)', $$SELECT synthmig.track_documents('sec.docs', 'body')$$,
	'ok', 'ok', '42501', '42501', '42501', 'ok'),
 ('lens_apply, lens_check (arguments only)',
	$$SELECT synthmig.lens_apply('{"a": 1}', '[{"op": "rename", "from": "a", "to": "b"}]'), synthmig.lens_check('[]')$$,
	'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
 ('value functions (arguments only)', $$SELECT synthmig.parse_numeric('$1,234.50'), synthmig.parse_integer('12'), synthmig.parse_date('12/31/1999'),
	synthmig.parse_timestamp('1999-12-31 23:59'), synthmig.parse_timestamptz('1999-12-31 23:59'), synthmig.parse_boolean('Y'),
	synthmig.is_missing('N/A'), synthmig.split_name('Ada Lovelace', 'last'), synthmig.split_name('Ada Lovelace', 'first', '{}'),
	synthmig.try_cast('12', NULL::int), synthmig.can_cast('12', 'integer'), synthmig.type_family('int4'),
	synthmig.normalize_name('tblCustID'), synthmig.canonical_definition('{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}]}]}'),
	synthmig.detect_definition('[{"a": "1"}]'::jsonb), (SELECT count(*) FROM synthmig.profile_columns('[{"a": "1"}]'::jsonb)),
	(SELECT count(*) FROM synthmig.text_vocabulary('city'))$$,
	'ok', 'ok', 'ok', 'ok', 'ok', 'ok');

SELECT is((SELECT array_agg(format('%s as %s: got %s, expected %s', m.fn, r.role, r.got, r.expected) ORDER BY m.fn, r.k)
			 FROM sec_matrix m,
				  LATERAL (SELECT v.k, v.role, v.expected, pg_temp.sec_try(v.role, m.stmt) AS got
							 FROM (VALUES (1, 'sm_sec_owner', m.owner), (2, 'sm_sec_member', m.member),
										  (3, 'sm_sec_reader', m.reader), (4, 'sm_sec_other', m.other),
										  (5, 'sm_sec_tenant', m.tenant), (6, current_user::text, m.superuser))
								  v(k, role, expected)) r
			WHERE r.got <> r.expected),
		  NULL, 'privilege matrix: no (function, role) outcome differs from docs/security.md');
SELECT is((SELECT count(*)::int FROM sec_matrix m,
				  LATERAL (VALUES ('sm_sec_owner', m.owner), ('sm_sec_member', m.member), ('sm_sec_reader', m.reader),
								  ('sm_sec_other', m.other), ('sm_sec_tenant', m.tenant), (current_user::text, m.superuser))
						  r(role, expected)
			WHERE pg_temp.sec_try(r.role, m.stmt) = r.expected),
		  (SELECT count(*)::int * 6 FROM sec_matrix),
		  'privilege matrix: every (function, role) outcome is as documented');
SELECT is(pg_temp.sec_try('sm_sec_other', $$SELECT 1$$), 'ok', 'the matrix runner reports success');
SELECT is(pg_temp.sec_try('sm_sec_other', $$SELECT * FROM sec.src$$), '42501', 'and failures, with their SQLSTATE');
SELECT is((SELECT count(*)::int FROM sec.dst) + (SELECT count(*)::int FROM sec.generated) + (SELECT count(*)::int FROM sec.evo)
		  + (SELECT count(*)::int FROM sec_gen.src), 0, 'the matrix left nothing behind');

SELECT * FROM finish();
ROLLBACK;
