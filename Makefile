# synthmig: PGXS build.
#   make && make install           build and install into the PostgreSQL found by PG_CONFIG
#   make installcheck              pg_regress suite (test/sql -> expected/), then the isolation specs (test/specs)
#   make unitcheck                 pure-C unit tests of src/core with ASan + UBSan
#   make faultcheck                TAP fault tests (kill -9), as a user other than root
# The whole suite, with a throwaway cluster, is tools/test.sh.

EXTENSION = synthmig
MODULE_big = synthmig
EXTVERSION = $(shell awk -F"'" '/^default_version/ {print $$2}' synthmig.control)

# The install script is assembled from the SQL sources by subsystem, in this
# order (a later file may use what an earlier one created).
SQL_SOURCES = sql/src/schema.sql sql/src/safe_sql.sql \
	sql/src/describe/definitions.sql sql/src/describe/validate.sql \
	sql/src/describe/detect.sql sql/src/describe/catalog.sql \
	sql/src/generate/quality.sql sql/src/generate/registry.sql \
	sql/src/generate/train.sql sql/src/generate/generate.sql \
	sql/src/generate/schema.sql \
	sql/src/generate/privacy.sql sql/src/generate/schedule.sql \
	sql/src/remediate/parsers.sql sql/src/remediate/names.sql \
	sql/src/remediate/rules.sql sql/src/remediate/registry.sql \
	sql/src/remediate/rule_catalog.sql sql/src/remediate/columns.sql \
	sql/src/remediate/plan.sql sql/src/remediate/match.sql \
	sql/src/remediate/load.sql sql/src/remediate/apply.sql \
	sql/src/remediate/measure.sql sql/src/remediate/api.sql \
	sql/src/remediate/report.sql \
	sql/src/remediate/in_place.sql \
	sql/src/shadow/worker.sql sql/src/shadow/jobs.sql sql/src/shadow/history.sql \
	sql/src/shadow/pipeline.sql \
	sql/src/evolve/history.sql sql/src/evolve/compat.sql \
	sql/src/evolve/api.sql sql/src/evolve/write.sql \
	sql/src/evolve/lens.sql sql/src/evolve/documents.sql \
	sql/src/evolve/events.sql sql/src/deprecated.sql
SYNTHMIG_SQL = sql/$(EXTENSION)--$(EXTVERSION).sql
DATA_built = $(SYNTHMIG_SQL)
EXTRA_CLEAN = $(SYNTHMIG_SQL) $(OBJS:.o=.d)
DOCS =

# every .c under src/, whatever the subsystem folder
SRCS = $(sort $(shell find src -name '*.c'))
OBJS = $(SRCS:.c=.o)

PG_CPPFLAGS = $(addprefix -I,$(sort $(shell find src -type d)))
PG_CFLAGS = -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter \
	-Wno-missing-field-initializers -Wno-declaration-after-statement
SHLIB_LINK = -llapacke -llapack -lblas -lm

TESTS = $(sort $(wildcard test/sql/*.sql))
REGRESS = $(patsubst test/sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --inputdir=test --load-extension=synthmig

# Isolation specs (pg_isolation_regress, run by make installcheck after the
# regression tests): test/specs/NAME.spec, expected output expected/NAME.out
# (--inputdir=test: pg_isolation_regress reads test/specs/ and test/expected/, a link to expected/).
ISOLATION = $(patsubst test/specs/%.spec,%,$(sort $(wildcard test/specs/*.spec)))
ISOLATION_OPTS = --inputdir=test --load-extension=synthmig

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Debian's PostgreSQL is built without --enable-depend, so PGXS tracks no
# header dependencies: the compiler writes them next to each object, and a
# changed struct in a header rebuilds every object that uses it.
override CFLAGS += -MMD -MP
-include $(OBJS:.o=.d)

$(SYNTHMIG_SQL): $(SQL_SOURCES) synthmig.control Makefile
	@for f in $(SQL_SOURCES); do \
	  printf '\n-- ==== %s ====\n\n' "$$f"; cat "$$f"; \
	done >$@.tmp && mv $@.tmp $@

unitcheck:
	$(MAKE) -C test/unit check

# Fault tests: PGXS TAP tests (test/t/*.pl, PostgreSQL::Test::Cluster, IPC::Run)
# that kill -9 backends in throwaway clusters of their own.  initdb refuses
# root: run as another user (tools/test.sh runs them as postgres).
faultcheck:
	$(MAKE) installcheck REGRESS= ISOLATION= TAP_TESTS=1 PROVE_TESTS='test/t/*.pl'

fuzzcheck:
	$(MAKE) -C test/fuzz run

.PHONY: unitcheck fuzzcheck faultcheck

# Formatting and static analysis (see CONTRIBUTING.md).
#   make indent        format every .c/.h under src/ in PostgreSQL's style
#   make indentcheck   list the files make indent would change; fails if any
#   make cppcheck      cppcheck over src/ (core and glue); fails on a finding
SM_C_FILES = $(sort $(shell find src -name '*.[ch]'))

indent:
	@bash tools/indent.sh $(SM_C_FILES)

indentcheck:
	@bash tools/indent.sh --check $(SM_C_FILES) || \
	  { echo "indentcheck: the files above are not formatted; run make indent"; exit 1; }

cppcheck:
	@PG_CONFIG=$(PG_CONFIG) bash tools/cppcheck.sh

.PHONY: indent indentcheck cppcheck
