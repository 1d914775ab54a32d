# synthmig: PGXS build.
#   make && make install           build and install into the PostgreSQL found by PG_CONFIG
#   make installcheck              pg_regress suite (test/sql -> expected/)
#   make unitcheck                 pure-C unit tests of src/core with ASan + UBSan
# The whole suite, with a throwaway cluster, is tools/test.sh.

EXTENSION = synthmig
MODULE_big = synthmig
DATA = $(wildcard sql/synthmig--*.sql)
DOCS =

SRCS = $(wildcard src/*.c) $(wildcard src/core/*.c)
OBJS = $(SRCS:.c=.o)

PG_CPPFLAGS = -Isrc -Isrc/core
PG_CFLAGS = -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter \
	-Wno-missing-field-initializers -Wno-declaration-after-statement
SHLIB_LINK = -llapacke -llapack -lblas -lm

TESTS = $(sort $(wildcard test/sql/*.sql))
REGRESS = $(patsubst test/sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --inputdir=test --load-extension=synthmig

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

unitcheck:
	$(MAKE) -C test/unit check

fuzzcheck:
	$(MAKE) -C test/fuzz run

.PHONY: unitcheck fuzzcheck
