# Helpers of the fault tests (test/t/*.pl): a throwaway cluster with
# synthmig, a statement started in the background, a backend killed with
# SIGKILL while it writes, and the checks made after crash recovery.
#
# The tests run through PGXS (make faultcheck, TAP_TESTS = 1) with
# PostgreSQL::Test::Cluster; initdb refuses root, so tools/test.sh runs them
# as the user postgres on a copy of the tree.
package SynthmigFault;

use strict;
use warnings;

use Exporter 'import';
use File::Find;
use IPC::Run;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use Time::HiRes qw(usleep time);

our @EXPORT = qw(fault_node start_in_background backend_pid wait_for
  kill_backend_and_recover db_dir_size content_checksum);

# A node that restarts by itself after a backend dies (crash recovery), as
# a production server does; synthmig installed in database postgres.
sub fault_node
{
	my ($name) = @_;
	my $node = PostgreSQL::Test::Cluster->new($name);
	$node->init;
	$node->append_conf('postgresql.conf', qq{
restart_after_crash = on
shared_buffers = 64MB
log_statement = none
lc_messages = 'C'
});
	$node->start;
	$node->safe_psql('postgres', 'CREATE EXTENSION synthmig');
	return $node;
}

# Run one SQL statement through psql in the background, under an
# application_name by which backend_pid finds its backend.
sub start_in_background
{
	my ($node, $appname, $sql) = @_;
	my %r = (stdout => '', stderr => '');
	local %ENV = %ENV;
	$ENV{PGAPPNAME} = $appname;
	$r{harness} = IPC::Run::start(
		[
			'psql', '-XAtq', '-v', 'ON_ERROR_STOP=1',
			'-d', $node->connstr('postgres'), '-c', $sql
		],
		'<', \undef, '>', \$r{stdout}, '2>', \$r{stderr});
	return \%r;
}

# The pid of the backend of a background statement, once it runs it.
sub backend_pid
{
	my ($node, $appname) = @_;
	my $pid;
	wait_for(
		sub {
			$pid = $node->safe_psql('postgres',
				"SELECT pid FROM pg_stat_activity WHERE application_name = '$appname' AND state = 'active' AND backend_type = 'client backend'"
			);
			return $pid ne '';
		},
		"backend of $appname is active");
	return $pid;
}

# Poll a condition every 50 ms, up to 60 s (each test file stays short).
sub wait_for
{
	my ($cond, $what) = @_;
	my $deadline = time + 60;
	while (time < $deadline)
	{
		return 1 if $cond->();
		usleep(50_000);
	}
	BAIL_OUT("timed out waiting until $what");
}

# SIGKILL a backend in the middle of its statement; the postmaster then
# resets every session and runs crash recovery.  Checks that the statement
# was cut short (it did not finish before the kill) and that the server
# accepts connections again.
sub kill_backend_and_recover
{
	my ($node, $bg, $pid, $what) = @_;
	my $log_offset = -s $node->logfile;
	ok(kill('KILL', $pid), "$what: backend $pid killed with SIGKILL");
	$bg->{harness}->finish;
	isnt($bg->{harness}->result, 0, "$what: the statement did not complete")
	  or diag("psql stdout: $bg->{stdout}\npsql stderr: $bg->{stderr}");
	like(
		$bg->{stderr},
		qr/server closed the connection unexpectedly|terminating connection|connection to server was lost/,
		"$what: the client saw its connection end");
	# the postmaster reinitialises and replays WAL; wait until it is back
	wait_for(
		sub {
			my ($ret) = $node->psql('postgres', 'SELECT 1');
			return $ret == 0;
		},
		'the server accepts connections after crash recovery');
	ok(1, "$what: the server recovered and accepts connections");
	like(
		substr(slurp_file($node->logfile), $log_offset),
		qr/all server processes terminated; reinitializing/,
		"$what: the postmaster went through crash recovery");
	return;
}

# Bytes of the files of database $dboid (relations being written grow it).
sub db_dir_size
{
	my ($node, $dboid) = @_;
	my $size = 0;
	find(
		sub {
			my $s = -s $_;
			$size += $s if defined $s && -f _;
		},
		$node->data_dir . "/base/$dboid");
	return $size;
}

# A digest of a table's columns (names, types, not null) and content.
sub content_checksum
{
	my ($node, $table) = @_;
	return $node->safe_psql(
		'postgres', qq{
SELECT md5((SELECT string_agg(format('%s %s %s', attname, format_type(atttypid, atttypmod), attnotnull), ', ' ORDER BY attnum)
			  FROM pg_attribute WHERE attrelid = '$table'::regclass AND attnum > 0 AND NOT attisdropped)
		   || ' ' || count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), ''))
  FROM $table t});
}

1;
