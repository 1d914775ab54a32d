# kill -9 of a backend in the middle of remediate(..., true), into another
# table and in place: after crash recovery the target holds none of the
# rows (all or nothing), the source has its old columns and content, and no
# remediation is left 'running' in synthmig.remediations (nor any reject
# row of it in synthmig.rejects).
use strict;
use warnings;

use FindBin;
use lib $FindBin::RealBin;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use SynthmigFault;
use Test::More;

my $node = fault_node('remediate');

# legacy text columns (ids, money text, dates) and one row that cannot be
# converted; big enough that loading it takes seconds
$node->safe_psql(
	'postgres', q{
CREATE TABLE public.legacy (id text, amount text, day text, label text);
INSERT INTO public.legacy
SELECT i::text, '$' || (i % 1000) || '.' || lpad((i % 100)::text, 2, '0'),
	   to_char(date '2020-01-01' + (i % 1000), 'YYYY-MM-DD'), 'label ' || (i % 50)
  FROM generate_series(1, 500000) i;
INSERT INTO public.legacy VALUES ('x1', 'n/a', 'tomorrow', 'bad');
CREATE TABLE public.clean (id integer PRIMARY KEY, amount numeric(8,2), day date, label varchar(20));
CREATE TABLE public.inplace AS SELECT * FROM public.legacy;
});
my $dboid = $node->safe_psql('postgres', "SELECT oid FROM pg_database WHERE datname = 'postgres'");

my %before = (
	legacy => content_checksum($node, 'public.legacy'),
	inplace => content_checksum($node, 'public.inplace'));
my $registry = q{SELECT (SELECT count(*) FROM synthmig.remediations) || '/' || (SELECT count(*) FROM synthmig.rejects)};
my $registry_before = $node->safe_psql('postgres', $registry);

sub check_after_crash
{
	my ($what) = @_;
	is($node->safe_psql('postgres', 'SELECT count(*) FROM public.clean'),
		'0', "$what: the target table holds none of the rows");
	is($node->safe_psql('postgres', "SELECT count(*) FROM synthmig.remediations WHERE status = 'running'"),
		'0', "$what: no remediation is left running");
	is($node->safe_psql('postgres', $registry), $registry_before,
		"$what: no remediation or reject row was left behind");
	for my $t (sort keys %before)
	{
		is(content_checksum($node, "public.$t"), $before{$t}, "$what: public.$t is unchanged");
	}
	return;
}

# into another table: killed while the target is being loaded
{
	my $what = 'remediate(legacy, clean, true)';
	my $bg = start_in_background($node, 'fault_remediate',
		q{SELECT synthmig.remediate('public.legacy'::regclass, 'public.clean'::regclass, true)});
	my $pid = backend_pid($node, 'fault_remediate');
	wait_for(
		sub {
			$node->safe_psql('postgres', "SELECT pg_relation_size('public.clean') > 4 * 1024 * 1024") eq 't';
		},
		'the target grows');
	kill_backend_and_recover($node, $bg, $pid, $what);
	check_after_crash($what);
}

# in place: killed while the table is rewritten with its new column types
# (it is locked ACCESS EXCLUSIVE: watch the database's files grow instead)
{
	my $what = 'remediate(inplace, definition, true)';
	my $size0 = db_dir_size($node, $dboid);
	my $bg = start_in_background(
		$node, 'fault_in_place',
		q{SELECT synthmig.remediate('public.inplace'::regclass, '{"columns": [
			{"name": "id", "type": "integer", "primary_key": true},
			{"name": "amount", "type": "numeric(8,2)"}, {"name": "day", "type": "date"},
			{"name": "label", "type": "varchar(20)"}]}'::jsonb, true)});
	my $pid = backend_pid($node, 'fault_in_place');
	wait_for(
		sub {
			$node->safe_psql('postgres',
				"SELECT EXISTS (SELECT FROM pg_locks WHERE pid = $pid AND relation = 'public.inplace'::regclass "
				  . "AND mode = 'AccessExclusiveLock' AND granted)") eq 't';
		},
		'the in-place remediation holds its lock');
	wait_for(sub { db_dir_size($node, $dboid) - $size0 > 8 * 1024 * 1024 }, 'the table is being rewritten');
	kill_backend_and_recover($node, $bg, $pid, $what);
	check_after_crash($what);
}

# after recovery the same remediation runs to the end: every row accounted for
my $rep = $node->safe_psql('postgres',
	q{SELECT r ->> 'rows_read', r ->> 'rows_written', r ->> 'rows_quarantined'
	    FROM synthmig.remediate('public.legacy'::regclass, 'public.clean'::regclass, true) r});
is($rep, '500001|500000|1', 'remediate after recovery: 500,001 rows read, 500,000 written, 1 quarantined');
is($node->safe_psql('postgres', 'SELECT count(*) FROM public.clean'), '500000', 'the target holds every converted row');
is( $node->safe_psql(
		'postgres', q{SELECT string_agg(status, ',') || ' ' || (SELECT count(*) FROM synthmig.rejects) FROM synthmig.remediations}),
	'done 1',
	'one remediation, done, with its one reject');
is(content_checksum($node, 'public.legacy'), $before{legacy}, 'the source is unchanged at the end');

$node->stop;
done_testing();
