# kill -9 of a backend in the middle of generate_into: after crash recovery
# the target holds none of the rows (all or nothing), the seed table is
# unchanged, and no run is left 'running' in synthmig.runs.  Both streaming
# write paths are covered: COPY FROM fed by the generator (a plain target)
# and INSERT ... SELECT generate(...) (a target with row-level security).
use strict;
use warnings;

use FindBin;
use lib $FindBin::RealBin;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use SynthmigFault;
use Test::More;

my $node = fault_node('generate');

$node->safe_psql(
	'postgres', q{
CREATE TABLE public.seed (id int, name text, amount numeric(10,2), day date);
INSERT INTO public.seed
SELECT i, 'name ' || (i % 97), (i * 7 % 1000) / 10.0, date '2020-01-01' + (i % 365)
  FROM generate_series(1, 2000) i;
CREATE TABLE public.dst_copy (LIKE public.seed);
CREATE TABLE public.dst_insert (LIKE public.seed);
ALTER TABLE public.dst_insert ENABLE ROW LEVEL SECURITY;
});
my $sid = $node->safe_psql('postgres', q{SELECT synthmig.learn('public.seed')});
like($sid, qr/^\d+$/, 'the seed table is learned');

my $seed_before = content_checksum($node, 'public.seed');
my $runs_before = $node->safe_psql('postgres', 'SELECT count(*) FROM synthmig.runs');

for my $target ('public.dst_copy', 'public.dst_insert')
{
	my $what = "generate_into $target";
	# far more rows than can be written before the kill (minutes of work)
	my $bg = start_in_background($node, 'fault_generate',
		"SELECT synthmig.generate_into($sid, 50000000, '$target', 7)");
	my $pid = backend_pid($node, 'fault_generate');
	# rows are being written: the target's file grows (its rows are not
	# committed, so other sessions cannot count them)
	wait_for(
		sub {
			$node->safe_psql('postgres', "SELECT pg_relation_size('$target') > 4 * 1024 * 1024") eq 't';
		},
		"$target grows");
	kill_backend_and_recover($node, $bg, $pid, $what);

	is($node->safe_psql('postgres', "SELECT count(*) FROM $target"),
		'0', "$what: the target holds none of the rows");
	is($node->safe_psql('postgres', "SELECT count(*) FROM synthmig.runs WHERE status = 'running'"),
		'0', "$what: no run is left running");
	is($node->safe_psql('postgres', 'SELECT count(*) FROM synthmig.runs'),
		$runs_before, "$what: the interrupted run left no row");
	is(content_checksum($node, 'public.seed'), $seed_before, "$what: the seed table is unchanged");
}

# the same calls run to the end after recovery: every row, one finished run
for my $target ('public.dst_copy', 'public.dst_insert')
{
	is($node->safe_psql('postgres', "SELECT synthmig.generate_into($sid, 20000, '$target', 7)"),
		'20000', "generate_into $target after recovery returns 20000");
	is($node->safe_psql('postgres', "SELECT count(*) FROM $target"), '20000',
		"generate_into $target after recovery wrote all 20000 rows");
}
is( $node->safe_psql(
		'postgres', "SELECT string_agg(status || ' ' || target, ', ' ORDER BY id) FROM synthmig.runs"),
	'done public.dst_copy, done public.dst_insert',
	'the completed runs are recorded as done');
is(content_checksum($node, 'public.seed'), $seed_before, 'the seed table is unchanged at the end');

$node->stop;
done_testing();
