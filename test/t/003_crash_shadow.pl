# kill -9 during shadow runs (synthmig preloaded: the launcher and its
# workers run): of a job's worker during the rehearsal, of a worker during
# apply, and of the postmaster itself.  After recovery no job is left
# running: the launcher's sweep marks each failed (retryable), the
# rehearsal's schema is dropped, the source and the target are as they
# were, and a retried job runs to the end.  Then the source written by
# another session during a rehearsal.
use strict;
use warnings;

use FindBin;
use lib $FindBin::RealBin;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use SynthmigFault;
use Test::More;
use Time::HiRes qw(usleep);

my $node = PostgreSQL::Test::Cluster->new('shadow');
$node->init;
$node->append_conf('postgresql.conf', q{
shared_preload_libraries = 'synthmig'
max_worker_processes = 16
restart_after_crash = on
shared_buffers = 64MB
lc_messages = 'C'
});
$node->start;
$node->safe_psql(
	'postgres', q{
CREATE EXTENSION synthmig;
CREATE ROLE alice LOGIN;
GRANT CREATE ON DATABASE postgres TO alice;
CREATE SCHEMA app AUTHORIZATION alice;
SET ROLE alice;
CREATE TABLE app.legacy (id text, amount text, day text);
INSERT INTO app.legacy
SELECT i::text, '$' || (i % 1000) || '.' || lpad((i % 100)::text, 2, '0'), to_char(date '2020-01-01' + (i % 1000), 'YYYY-MM-DD')
  FROM generate_series(1, 400000) i;
CREATE TABLE app.clean (id integer PRIMARY KEY, amount numeric(8,2), day date);
});

my $legacy_before = content_checksum($node, 'app.legacy');

sub alice
{
	my ($sql) = @_;
	return $node->safe_psql('postgres', "SET ROLE alice; $sql");
}

sub job_field
{
	my ($job, $field) = @_;
	return $node->safe_psql('postgres', "SELECT $field FROM synthmig.jobs WHERE id = $job");
}

# wait until a job's row satisfies a condition
sub wait_job
{
	my ($job, $cond, $what) = @_;
	wait_for(sub { job_field($job, "($cond)::text") eq 'true' }, $what);
	return;
}

sub server_back
{
	wait_for(
		sub {
			my ($ret) = $node->psql('postgres', 'SELECT 1');
			return $ret == 0;
		},
		'the server accepts connections');
	return;
}

# 1. the worker of a rehearsal, killed while it loads the shadow target
{
	my $job = alice(q{SELECT synthmig.shadow_run('{"source": "app.legacy", "target": "app.clean"}')});
	wait_job($job, "state = 'running' AND step = 'migrate'", 'the rehearsal is migrating');
	my $pid = job_field($job, 'worker_pid');
	ok(kill('KILL', $pid), "rehearsal: worker $pid killed with SIGKILL");
	server_back();
	wait_job($job, "state <> 'running'", 'the job is swept after recovery');
	is(job_field($job, 'state'), 'failed', 'rehearsal: the job is failed, not left running');
	is(job_field($job, 'retryable'), 't', 'rehearsal: and retryable');
	like(job_field($job, "error ->> 'message'"), qr/worker stopped during step migrate/, 'rehearsal: the reason names the step');
	is($node->safe_psql('postgres', "SELECT count(*) FROM pg_namespace WHERE nspname = 'synthmig_shadow_$job'"),
		'0', 'rehearsal: the shadow schema was dropped');
	is(content_checksum($node, 'app.legacy'), $legacy_before, 'rehearsal: the source is unchanged');
	is($node->safe_psql('postgres', 'SELECT count(*) FROM app.clean'), '0', 'rehearsal: the target is untouched');

	alice("SELECT synthmig.retry_shadow_run($job)");
	wait_job($job, "state NOT IN ('queued', 'running')", 'the retried job finishes');
	is(job_field($job, 'state'), 'rehearsed', 'rehearsal: a retry runs to the end');
	is(job_field($job, "(reconciliation ->> 'passed')"), 'true', 'rehearsal: and reconciles');

	# 2. the worker of apply, killed while it loads the real target
	alice("SELECT synthmig.apply_shadow_run($job)");
	wait_for(sub { $node->safe_psql('postgres', "SELECT pg_relation_size('app.clean') > 2 * 1024 * 1024") eq 't' },
		'the real target grows');
	$pid = job_field($job, 'worker_pid');
	ok(kill('KILL', $pid), "apply: worker $pid killed with SIGKILL");
	server_back();
	wait_job($job, "state <> 'applying'", 'the applying job is swept after recovery');
	is(job_field($job, 'state'), 'apply_failed', 'apply: the job is apply_failed, not left applying');
	is($node->safe_psql('postgres', 'SELECT count(*) FROM app.clean'), '0', 'apply: the target holds none of the rows');
	is(content_checksum($node, 'app.legacy'), $legacy_before, 'apply: the source is unchanged');
}

# 3. the postmaster itself, killed during a rehearsal, then started again
{
	my $job = alice(q{SELECT synthmig.shadow_run('SELECT pg_sleep(120)', ARRAY['app.clean']::regclass[])});
	wait_job($job, "state = 'running' AND step = 'migrate'", 'the script rehearsal is running');
	$node->kill9;
	# its children notice the postmaster is gone and exit
	usleep(2_000_000);
	$node->start;
	server_back();
	wait_job($job, "state <> 'running'", 'the job is swept after the restart');
	is(job_field($job, 'state'), 'failed', 'postmaster: the job is failed, not left running');
	is($node->safe_psql('postgres', "SELECT count(*) FROM pg_namespace WHERE nspname = 'synthmig_shadow_$job'"),
		'0', 'postmaster: the shadow schema was dropped');
	is($node->safe_psql('postgres', "SELECT count(*) FROM synthmig.jobs WHERE state IN ('running', 'applying')"),
		'0', 'no job is left running');
}

# 4. the source stays readable and writable while a rehearsal copies and
# migrates it: the worker holds no lock on it stronger than ACCESS SHARE
{
	my $job = alice(q{SELECT synthmig.shadow_run('{"source": "app.legacy", "target": "app.clean"}')});
	wait_job($job, "state = 'running' AND step IN ('snapshot', 'migrate')", 'a rehearsal is copying or migrating');
	my $pid = job_field($job, 'worker_pid');
	my $locks = $node->safe_psql('postgres',
		"SELECT coalesce(string_agg(DISTINCT mode, ','), 'none') FROM pg_locks WHERE pid = $pid AND relation = 'app.legacy'::regclass");
	unlike($locks, qr/Exclusive/, "concurrent: the worker holds no lock stronger than ACCESS SHARE on the source (held: $locks)");
	my ($ret, $out, $err) = $node->psql('postgres', q{
SET lock_timeout = '5s';
UPDATE app.legacy SET amount = '$1.00' WHERE id = '1';
INSERT INTO app.legacy VALUES ('900001', '$2.00', '2021-01-01');
SELECT count(*) FROM app.legacy WHERE id IN ('1', '900001');});
	is($ret, 0, 'concurrent: another session updates and inserts into the source during the rehearsal')
	  or diag($err);
	wait_job($job, "state NOT IN ('queued', 'running')", 'the rehearsal finishes');
	is(job_field($job, 'state'), 'rehearsed', 'concurrent: the rehearsal finishes');
	is(job_field($job, "(reconciliation ->> 'passed')"), 'true', 'concurrent: and reconciles against its golden snapshot');
}

$node->stop;
done_testing();
