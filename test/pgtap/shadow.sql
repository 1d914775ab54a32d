-- Shadow runs: row-level security of synthmig.jobs and synthmig.resolutions
-- (like pg_cron's cron.job: each role its own, members share, a superuser
-- sees all), what a role cannot change in a job, and the guards around the
-- worker (waking a job as another role, the recovery function).  Nothing is
-- committed: the jobs stay queued and no worker starts.
BEGIN;
SET client_min_messages = warning;
SELECT plan(18);

CREATE ROLE sm_sh_owner LOGIN;
CREATE ROLE sm_sh_member LOGIN;
CREATE ROLE sm_sh_tenant LOGIN;
GRANT sm_sh_owner TO sm_sh_member;
SELECT format('GRANT CREATE ON DATABASE %I TO sm_sh_owner, sm_sh_member, sm_sh_tenant', current_database()) AS grant_create \gset
:grant_create;
CREATE SCHEMA sh AUTHORIZATION sm_sh_owner;
GRANT USAGE ON SCHEMA sh TO sm_sh_tenant;

SET ROLE sm_sh_owner;
CREATE TABLE sh.src (id text, v text);
CREATE TABLE sh.dst (id integer PRIMARY KEY, v numeric);
SELECT synthmig.shadow_run('{"source": "sh.src", "target": "sh.dst"}') AS job \gset
INSERT INTO synthmig.resolutions (error_class, position, action, options, description)
VALUES ('type_conversion', 5, 'options', '{"on_error": "null"}', 'owner''s own: null what does not convert');
RESET ROLE;

SET ROLE sm_sh_tenant;
SELECT is((SELECT count(*)::int FROM synthmig.jobs), 0, 'another role sees none of the owner''s jobs');
SELECT is((SELECT count(*)::int FROM synthmig.shadow_run_list), 0, 'nor in the list view');
SELECT is((SELECT count(*)::int FROM synthmig.resolutions WHERE owner IS NOT NULL), 0, 'nor the owner''s resolutions');
SELECT ok((SELECT count(*) FROM synthmig.resolutions WHERE owner IS NULL) > 0, 'the built-in resolutions are visible to every role');
WITH u AS (UPDATE synthmig.jobs SET state = 'rehearsed' WHERE id = :job RETURNING 1)
SELECT is(count(*)::int, 0, 'another role cannot change the owner''s job') FROM u;
WITH u AS (UPDATE synthmig.resolutions SET position = 1 WHERE owner IS NULL RETURNING 1)
SELECT is(count(*)::int, 0, 'nor a built-in resolution') FROM u;
SELECT throws_ok(format('SELECT synthmig_internal.shadow_wake(%s, %L::regrole)', :job, 'sm_sh_owner'), '42501', NULL,
				 'a job cannot be woken to run as a role whose privileges the caller lacks');
SELECT throws_ok($$SELECT * FROM synthmig_internal.shadow_recover('{}')$$, '42501', NULL,
				 'the recovery function (run by the sweep as superuser) is not executable by roles');
SELECT is(synthmig_internal.shadow_step(:job), false, 'a worker connected as another role runs nothing of the job');
RESET ROLE;

SET ROLE sm_sh_member;
SELECT is((SELECT count(*)::int FROM synthmig.jobs WHERE id = :job), 1, 'a member of the owner''s role sees the job');
SELECT is((SELECT count(*)::int FROM synthmig.resolutions WHERE owner = 'sm_sh_owner'::regrole), 1, 'and the owner''s resolutions');
RESET ROLE;

SET ROLE sm_sh_owner;
SELECT throws_ok(format('UPDATE synthmig.jobs SET owner = %L WHERE id = %s', 'sm_sh_tenant', :job), '42501', NULL,
				 'the owner of a job cannot be changed');
SELECT throws_ok(format($$UPDATE synthmig.jobs SET instruction = '{}' WHERE id = %s$$, :job), '42501', NULL,
				 'nor its instruction (apply runs what was rehearsed)');
SELECT throws_ok($$INSERT INTO synthmig.jobs (kind, instruction, owner) VALUES ('script', '{}', 'sm_sh_tenant')$$, '42501', NULL,
				 'nor set on insert');
SELECT throws_ok($$INSERT INTO synthmig.resolutions (error_class, position, action, options, description, owner)
				   VALUES ('other', 1, 'options', '{}', 'x', NULL)$$, '42501', NULL,
				 'a role cannot add a built-in (ownerless) resolution');
SELECT is(synthmig.cancel_shadow_run(:job), 'cancelled', 'the owner cancels its queued job');
RESET ROLE;

SELECT is((SELECT count(*)::int FROM synthmig.jobs WHERE id = :job), 1, 'a superuser sees every job');
SELECT is((SELECT owner::text FROM synthmig.jobs WHERE id = :job), 'sm_sh_owner', 'the job belongs to the role that submitted it');

SELECT * FROM finish();
ROLLBACK;
