-- P3 (issue 8): the COPY path of generate_into must not let a role write
-- rows that row-level security or column privileges refuse to it.
BEGIN;
SELECT plan(9);

CREATE ROLE sm_p3_alice;
CREATE ROLE sm_p3_bob;
CREATE SCHEMA p3 AUTHORIZATION sm_p3_alice;
GRANT USAGE ON SCHEMA p3 TO sm_p3_bob;

SET ROLE sm_p3_alice;
-- alice's table: bob may insert, but only rows he owns (WITH CHECK)
CREATE TABLE p3.notes (id int, owner text DEFAULT current_user, body text);
ALTER TABLE p3.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_own ON p3.notes USING (owner = current_user) WITH CHECK (owner = current_user);
GRANT SELECT, INSERT ON p3.notes TO sm_p3_bob;
-- and a table where bob may insert only the id column
CREATE TABLE p3.ids (id int, secret text);
GRANT SELECT, INSERT (id) ON p3.ids TO sm_p3_bob;
RESET ROLE;

-- bob trains a model whose rows carry alice as owner
CREATE TABLE public.p3_seed (id int, owner text, body text, secret text);
INSERT INTO public.p3_seed SELECT g, 'sm_p3_alice', 'note ' || g, 's' || g FROM generate_series(1, 200) g;
GRANT SELECT ON public.p3_seed TO sm_p3_bob;
SET ROLE sm_p3_bob;
SELECT synthmig.learn('public.p3_seed') AS sid \gset

SELECT throws_ok($$INSERT INTO p3.notes (id, owner, body) VALUES (1, 'sm_p3_alice', 'forged')$$, '42501', NULL,
				 'a plain INSERT of a row owned by alice is refused by the policy');
SELECT throws_ok(format('SELECT synthmig.generate_into(%s, 5, %L, 1)', :sid, 'p3.notes'), '42501', NULL,
				 'generate_into refuses the rows too');
SELECT throws_ok(format('SELECT synthmig_internal.copy_generated(%s, 5, %L, 1)', :sid, 'p3.notes'), '42501', NULL,
				 'the COPY path refuses a table whose row-level security applies to the caller');
SELECT throws_ok(format('SELECT synthmig_internal.copy_generated(%s, 5, %L, 1)', :sid, 'p3.ids'), '42501', NULL,
				 'the COPY path refuses to write a column the caller may not insert into');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM p3.notes), 0, 'no row reached alice''s table');
SELECT is((SELECT count(*)::int FROM p3.ids), 0, 'no row reached the column-restricted table');

-- the table owner (row-level security does not apply to her) still has
-- the bulk path; a table without policies keeps it for everyone
SET ROLE sm_p3_alice;
CREATE TABLE p3.plain (id int, owner text, body text);
GRANT INSERT ON p3.plain TO sm_p3_bob;
RESET ROLE;
SET ROLE sm_p3_bob;
SELECT is(synthmig_internal.copy_generated(:sid, 5, 'p3.plain', 1), 5::bigint,
		  'a table without row-level security is written through COPY');
SELECT throws_ok(format('SELECT synthmig_internal.copy_generated(%s, 5, NULL, 1)', :sid), '22004', NULL,
				 'a NULL target is refused');
SELECT throws_ok(format('SELECT synthmig_internal.copy_generated(%s, 5, 4000000000::oid::regclass, 1)', :sid), '42P01', NULL,
				 'a target that does not exist is refused');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
