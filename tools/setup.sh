#!/usr/bin/env bash
# Install what synthmig needs on Debian bookworm (as root), then build and
# install the extension.  Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES="gcc make clang libclang-rt-14-dev liblapacke-dev postgresql-15
  postgresql-server-dev-15 postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl
  postgresql-15-cron postgresql-common pg-bsd-indent cppcheck libipc-run-perl"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
	command -v sudo >/dev/null || { echo "run as root (or install sudo)" >&2; exit 1; }
	SUDO="sudo"
fi

missing=""
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "== installing with apt-get (about a minute on a new machine):$missing"
	export DEBIAN_FRONTEND=noninteractive
	$SUDO apt-get update -qq
	# the package's own cluster is not wanted: tests use throwaway clusters
	$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

export PATH="/usr/lib/postgresql/15/bin:$PATH"
echo "== building and installing synthmig"
make -s PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config >/dev/null
$SUDO make -s PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config install >/dev/null
