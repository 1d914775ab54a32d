-- Remediation: privileges, row-level security of rules, rejects and runs,
-- and the no-row-lost property on random messy data.
BEGIN;
SET client_min_messages = warning;
SELECT plan(30);

CREATE ROLE sm_rem_owner;
CREATE ROLE sm_rem_reader;
CREATE ROLE sm_rem_other;
CREATE SCHEMA rem AUTHORIZATION sm_rem_owner;
GRANT USAGE ON SCHEMA rem TO sm_rem_reader, sm_rem_other;

SET ROLE sm_rem_owner;
CREATE TABLE rem.src (id text, amount text, day text);
INSERT INTO rem.src VALUES ('1', '$1.50', '2024-01-02'), ('2', 'oops', '2024-01-03'), ('3', '7', '01/04/2024');
CREATE TABLE rem.dst (id integer PRIMARY KEY, amount numeric(8,2), day date);
GRANT SELECT ON rem.src, rem.dst TO sm_rem_reader;
RESET ROLE;

-- a role that cannot read the source is stopped before anything happens
SET ROLE sm_rem_other;
SELECT throws_ok($$SELECT * FROM synthmig.analyze('rem.src'::regclass, 'rem.dst'::regclass)$$, '42501', NULL,
				 'analyze needs SELECT on the source');
SELECT throws_ok($$SELECT synthmig.remediate('rem.src'::regclass, 'rem.dst'::regclass)$$, '42501', NULL,
				 'planning needs SELECT on the source');
SELECT throws_ok($$SELECT synthmig.remediate('rem.src'::regclass, '{"columns": [{"name": "id", "type": "int"}]}'::jsonb, true)$$,
				 '42501', NULL, 'in place needs SELECT on the table');
RESET ROLE;

-- a role that can read both but does not own the target may plan, not apply
SET ROLE sm_rem_reader;
SELECT lives_ok($$SELECT synthmig.remediate('rem.src'::regclass, 'rem.dst'::regclass)$$, 'a reader may see the plan');
SELECT throws_ok($$SELECT synthmig.remediate('rem.src'::regclass, 'rem.dst'::regclass, true)$$, '42501', NULL,
				 'a role that does not own the target cannot apply');
SELECT throws_ok($$SELECT synthmig.remediate('rem.src'::regclass, '{"columns": [{"name": "id", "type": "int"}]}'::jsonb, true)$$,
				 '42501', NULL, 'a role that does not own the table cannot remediate it in place');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM rem.dst), 0, 'nothing was written by the refused runs');
SELECT is((SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'rem.src'::regclass AND attname = 'id'),
		  'text', 'nor was the source altered');

-- the owner applies; the run, its rejects and its rules are the owner's
SET ROLE sm_rem_owner;
SELECT is((synthmig.remediate('rem.src'::regclass, 'rem.dst'::regclass, true) ->> 'rows_written')::int, 2,
		  'the owner of the target applies the plan');
SELECT is((SELECT count(*)::int FROM synthmig.rejects WHERE target_table = 'rem.dst'), 1, 'one row quarantined');
SELECT is((SELECT owner::text FROM synthmig.rejects WHERE target_table = 'rem.dst'), 'sm_rem_owner', 'rejects belong to the caller');
SELECT is((SELECT owner::text FROM synthmig.remediations WHERE target = 'rem.dst'), 'sm_rem_owner', 'runs belong to the caller');
INSERT INTO synthmig.rules (name, priority, source_types, target_types, template)
VALUES ('owner_times_1000', 999, '{text}', '{integer}', 'synthmig.parse_integer({value}) * 1000');
SELECT is((SELECT count(*)::int FROM synthmig.rules WHERE name = 'owner_times_1000'), 1, 'the owner sees the rule it wrote');
SELECT throws_ok($$INSERT INTO synthmig.rules (name, source_types, target_types, template, builtin)
				   VALUES ('fake_builtin', '{text}', '{text}', '{value}', true)$$, '42501', NULL,
				 'nobody can add a built-in rule');
SELECT results_eq($$UPDATE synthmig.rules SET template = '{value} || ''x''' WHERE name = 'text_to_text' RETURNING 1$$,
				  ARRAY[]::int[], 'built-in rules cannot be changed by their users');
SELECT results_eq($$DELETE FROM synthmig.rules WHERE builtin RETURNING 1$$, ARRAY[]::int[],
				  'nor deleted');
RESET ROLE;

SET ROLE sm_rem_other;
SELECT is((SELECT count(*)::int FROM synthmig.rejects), 0, 'another role sees none of the rejects');
SELECT is((SELECT count(*)::int FROM synthmig.remediations), 0, 'nor the runs');
SELECT is((SELECT count(*)::int FROM synthmig.rules WHERE name = 'owner_times_1000'), 0, 'nor the rule');
SELECT ok((SELECT count(*) FROM synthmig.rules WHERE builtin) >= 30, 'but it sees the built-in rules');
CREATE TEMP TABLE o_src (n text);
INSERT INTO o_src VALUES ('5');
CREATE TEMP TABLE o_dst (n integer);
SELECT is(synthmig.remediate('o_src'::regclass, 'o_dst'::regclass) -> 'tables' -> 0 -> 'steps' -> 0 ->> 'rule', 'text_to_integer',
		  'a plan never uses a rule of another role');
SELECT is((synthmig.remediate('o_src'::regclass, 'o_dst'::regclass, true) ->> 'rows_written')::int, 1,
		  'a role without special rights remediates its own tables');
SELECT is((SELECT n FROM o_dst), 5, 'with the built-in rule');
RESET ROLE;

-- another role's rule is never used: not by a superuser, not by a member
SELECT is(synthmig.remediate('rem.src'::regclass, 'rem.dst'::regclass) -> 'tables' -> 0 -> 'steps' -> 0 ->> 'rule',
		  'text_to_integer', 'a superuser''s plan does not use a rule another role wrote');
CREATE ROLE sm_rem_member;
GRANT sm_rem_owner TO sm_rem_member;
SET ROLE sm_rem_member;
SELECT is(synthmig.remediate('rem.src'::regclass, 'rem.dst'::regclass) -> 'tables' -> 0 -> 'steps' -> 0 ->> 'rule',
		  'text_to_integer', 'nor does a member of the rule''s owner');
RESET ROLE;

-- a role that may only read the source still remediates into its own table
CREATE ROLE sm_rem_loader;
GRANT USAGE ON SCHEMA rem TO sm_rem_loader;
GRANT SELECT ON rem.src TO sm_rem_loader;
GRANT CREATE ON SCHEMA rem TO sm_rem_loader;
SET ROLE sm_rem_loader;
CREATE TABLE rem.mine (id integer PRIMARY KEY, amount numeric(8,2), day date);
SELECT is((synthmig.remediate('rem.src'::regclass, 'rem.mine'::regclass, true) ->> 'rows_written')::int, 2,
		  'read access to the source is enough');
SELECT is((SELECT count(*)::int FROM rem.src), 3, 'the source keeps its rows');
RESET ROLE;

-- property: on random messy data every row is accounted for, and the
-- source is left as it was
CREATE FUNCTION pg_temp.messy_run(seed float8) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
	before text;
	rep jsonb;
	junk text[] := ARRAY['', 'N/A', '-', '12', '1,234.5', '($3.00)', '2024-02-30', '13/13/2020', '07/08/2020',
						 '31-Dec-1999', 'yes', 'x', '9999999999999', '1e400', 'null', ' 42 ', '€5', '3.999'];
BEGIN
	PERFORM setseed(seed);
	DROP TABLE IF EXISTS pg_temp.p_src, pg_temp.p_dst;
	CREATE TEMP TABLE p_src (k text, a text, b text, c text, d text);
	INSERT INTO p_src SELECT CASE WHEN random() < 0.1 THEN junk[1 + floor(random() * 18)] ELSE (1 + floor(random() * 150))::text END,
							 junk[1 + floor(random() * 18)], junk[1 + floor(random() * 18)],
							 junk[1 + floor(random() * 18)], junk[1 + floor(random() * 18)]
					    FROM generate_series(1, 200);
	CREATE TEMP TABLE p_dst (k integer PRIMARY KEY, a numeric(6,2), b date NOT NULL, c boolean, d varchar(3));
	SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) INTO before FROM p_src t;
	-- (junk in every column is a planning failure by default: allowed here,
	-- the property is about accounting for rows)
	rep := synthmig.remediate('p_src'::regclass, 'p_dst'::regclass, true, '{"max_reject_share": 1}');
	RETURN (rep ->> 'rows_read')::int = 200
	   AND (rep ->> 'rows_written')::int = (SELECT count(*) FROM p_dst)
	   AND (rep ->> 'rows_quarantined')::int = (SELECT count(*) FROM synthmig.rejects WHERE remediation_id = (rep ->> 'remediation_id')::bigint)
	   AND (rep ->> 'rows_written')::int + (rep ->> 'rows_quarantined')::int = 200
	   AND before = (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM p_src t);
END;
$$;
SELECT ok(pg_temp.messy_run(0.11), 'random messy table 1: every row written or quarantined, source unchanged');
SELECT ok(pg_temp.messy_run(0.42), 'random messy table 2: every row written or quarantined, source unchanged');
SELECT ok(pg_temp.messy_run(0.77), 'random messy table 3: every row written or quarantined, source unchanged');

SELECT * FROM finish();
ROLLBACK;
