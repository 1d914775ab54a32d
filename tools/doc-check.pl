#!/usr/bin/perl
# Run the ```sql blocks of a Markdown file in order, in one psql session, and
# compare what each prints with the ```text block that follows it.
#
#   perl tools/doc-check.pl FILE.md DATABASE            check; exit 1 on a difference
#   perl tools/doc-check.pl --update FILE.md DATABASE   write the outputs into FILE.md
#
# psql reads the blocks from standard input (so errors carry no file:line
# prefix), quietly (no command tags), with aligned output.  Every sql block
# must be followed by its text block: a block without one is a failure.
use strict;
use warnings;

my $update = 0;
if (@ARGV && $ARGV[0] eq '--update') { $update = 1; shift @ARGV; }
my ($file, $db) = @ARGV;
die "usage: $0 [--update] FILE.md DATABASE\n" unless $file && $db;

open(my $fh, '<', $file) or die "cannot read $file: $!\n";
my @lines = <$fh>;
close $fh;

# Split the file into pieces: text, sql blocks, and the output block after each.
my @pieces;			# { kind => 'text'|'sql'|'out', lines => [...] }
my $i = 0;
while ($i < @lines)
{
	if ($lines[$i] =~ /^```sql\s*$/)
	{
		my @b;
		$i++;
		while ($i < @lines && $lines[$i] !~ /^```\s*$/) { push @b, $lines[$i++]; }
		$i++;
		push @pieces, { kind => 'sql', lines => \@b };
		# the output block, if one follows after blank lines
		my $j = $i;
		$j++ while ($j < @lines && $lines[$j] =~ /^\s*$/);
		if ($j < @lines && $lines[$j] =~ /^```text\s*$/)
		{
			my @o;
			$j++;
			while ($j < @lines && $lines[$j] !~ /^```\s*$/) { push @o, $lines[$j++]; }
			$i = $j + 1;
			push @pieces, { kind => 'out', lines => \@o };
		}
		else
		{
			push @pieces, { kind => 'out', lines => undef };
		}
		next;
	}
	push @pieces, { kind => 'text', lines => [ $lines[$i++] ] };
}

# One script: a marker before each block.
my $script = "\\set ON_ERROR_STOP on\n\\pset pager off\n";
my $n = 0;
for my $p (@pieces)
{
	next unless $p->{kind} eq 'sql';
	$script .= "\\echo '\@\@block $n\@\@'\n" . join('', @{ $p->{lines} });
	$n++;
}
$script .= "\\echo '\@\@block $n\@\@'\n";

my $tmp = "/tmp/doc-check.$$.sql";
open(my $out, '>', $tmp) or die;
print $out $script;
close $out;
my $res = `psql -X -q -d '$db' <'$tmp' 2>&1`;
my $status = $?;
unlink $tmp;

my @outputs = split /^\@\@block \d+\@\@\n/m, $res, -1;
shift @outputs;		# before the first marker
if ($status != 0 || @outputs < $n)
{
	print "not ok - $file runs as written (psql stopped after block " . (scalar(@outputs) - 1) . ")\n";
	print "#   $_\n" for (split /\n/, (defined $outputs[-1] ? $outputs[-1] : $res));
	exit 1;
}

sub norm { my $t = join('', @_); $t =~ s/[ \t]+$//mg; $t =~ s/\n+\z//; $t =~ s/\A\n+//; return $t; }

my ($k, $bad) = (0, 0);
my @new;
for (my $q = 0; $q < @pieces; $q++)
{
	my $p = $pieces[$q];
	if ($p->{kind} eq 'text') { push @new, @{ $p->{lines} }; next; }
	if ($p->{kind} eq 'sql')
	{
		push @new, "```sql\n", @{ $p->{lines} }, "```\n";
		my $o = $pieces[ $q + 1 ];
		my $got = norm($outputs[$k]);
		my $want = defined $o->{lines} ? norm(@{ $o->{lines} }) : undef;
		if (!$update && (!defined $want || $got ne $want))
		{
			$bad++;
			my $first = join('', @{ $p->{lines} });
			$first =~ s/\n.*//s;
			print "#   block $k ($first): " . (defined $want ? "output differs" : "no ```text block") . "\n";
			print "#   got:\n" . join('', map { "#     $_\n" } split(/\n/, $got)) if $bad <= 3;
			print "#   expected:\n" . join('', map { "#     $_\n" } split(/\n/, $want)) if $bad <= 3 && defined $want;
		}
		push @new, "\n```text\n", ($got eq '' ? '' : "$got\n"), "```\n";
		$k++;
		$q++;		# the output piece is consumed
		next;
	}
}

if ($update)
{
	open(my $w, '>', $file) or die;
	print $w @new;
	close $w;
	print "updated $file ($k blocks)\n";
	exit 0;
}
print $bad ? "not ok" : "ok", " - $file runs as written and every block shows its output ($k blocks", ($bad ? ", $bad differ" : ""), ")\n";
exit($bad ? 1 : 0);
