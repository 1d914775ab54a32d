/*
 * synthmig.c
 *	  Module entry point: GUCs, the core's allocator, error mapping.
 */
#include "synthmig.h"

#include "fmgr.h"
#include "catalog/pg_class.h"
#include "lib/stringinfo.h"
#include "utils/guc.h"
#include "miscadmin.h"
#include "utils/memutils.h"

PG_MODULE_MAGIC;

int			synthmig_detect_sample_rows = 30000;
int			synthmig_max_definition_kb = 8192;
int			synthmig_train_sample_rows = 50000;
int			synthmig_rare_min_count = 5;
int			synthmig_max_materialized_rows = 10000000;

void		_PG_init(void);

/*
 * The core allocates in the current memory context, so whatever it leaves
 * behind on an ERROR is released with the context.  Allocation failure is
 * reported to the core as NULL (it returns SM_ENOMEM) rather than thrown.
 */
static void *
core_alloc(size_t size)
{
	return MemoryContextAllocExtended(CurrentMemoryContext, size ? size : 1,
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

static void *
core_realloc(void *ptr, size_t size)
{
	return repalloc_huge(ptr, size ? size : 1);
}

static void
core_free(void *ptr)
{
	pfree(ptr);
}

/* The core's cancellation check: a pending cancel or timeout unwinds here. */
static void
core_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/*
 * The guarded check: a pending cancel unwinds through here after handing
 * the core's outside-the-context memory (a helper thread's job) to its
 * clean-up.  Interrupts that do not raise an error return normally.
 */
static void
core_check_interrupts_guarded(sm_unwind_fn on_unwind, void *arg)
{
	PG_TRY();
	{
		CHECK_FOR_INTERRUPTS();
	}
	PG_CATCH();
	{
		on_unwind(arg);
		PG_RE_THROW();
	}
	PG_END_TRY();
}

void
_PG_init(void)
{
	static const sm_allocator server_allocator = {core_alloc, core_realloc, core_free};

	sm_set_allocator(&server_allocator);
	sm_set_interrupt_check(core_check_interrupts);
	sm_set_interrupt_guard(core_check_interrupts_guarded);

	DefineCustomIntVariable("synthmig.detect_sample_rows",
							"Rows read by detect_schema from a large table.",
							"Tables with more rows are sampled (Bernoulli), like ANALYZE.",
							&synthmig_detect_sample_rows,
							30000, 100, 100000000,
							PGC_USERSET, 0, NULL, NULL, NULL);

	DefineCustomIntVariable("synthmig.max_definition_size",
							"Largest definition accepted, in kilobytes.",
							NULL,
							&synthmig_max_definition_kb,
							8192, 1, 1024 * 1024,
							PGC_SUSET, GUC_UNIT_KB, NULL, NULL, NULL);

	DefineCustomIntVariable("synthmig.train_sample_rows",
							"Rows read by train from each seed table.",
							"Larger seed tables are sampled (Bernoulli); the model is fitted on the sample.",
							&synthmig_train_sample_rows,
							50000, 100, 100000000,
							PGC_USERSET, 0, NULL, NULL, NULL);

	DefineCustomIntVariable("synthmig.max_materialized_rows",
							"Largest n of a generate call in FROM, where the rows are materialised.",
							"In FROM, a set-returning function is computed in full (spilling to temporary files beyond work_mem) "
							"before its first row is read; in the select list rows stream and this limit does not apply. 0: no limit.",
							&synthmig_max_materialized_rows,
							10000000, 0, PG_INT32_MAX,
							PGC_USERSET, 0, NULL, NULL, NULL);

	DefineCustomIntVariable("synthmig.rare_min_count",
							"Fewest occurrences for a value to be stored in a model and generated as such.",
							"Rarer values are pooled and replaced by new look-alike values, never reproduced.",
							&synthmig_rare_min_count,
							5, 1, 1000000,
							PGC_USERSET, 0, NULL, NULL, NULL);

	MarkGUCPrefixReserved("synthmig");
}

/* Map a core error to an ereport with SQLSTATE, path, detail and hint. */
void
synthmig_report(const sm_error *err, const char *what)
{
	int			sqlstate;

	switch (err->code)
	{
		case SM_ENOMEM:
			sqlstate = ERRCODE_OUT_OF_MEMORY;
			break;
		case SM_ELIMIT:
			sqlstate = ERRCODE_PROGRAM_LIMIT_EXCEEDED;
			break;
		case SM_EREGEX:
			sqlstate = ERRCODE_INVALID_REGULAR_EXPRESSION;
			break;
		case SM_EUNSUPPORTED:
			sqlstate = ERRCODE_FEATURE_NOT_SUPPORTED;
			break;
		case SM_EDATA:
			sqlstate = ERRCODE_DATA_EXCEPTION;
			break;
		case SM_EINVAL:
		default:
			sqlstate = ERRCODE_INVALID_PARAMETER_VALUE;
			break;
	}
	ereport(ERROR,
			(errcode(sqlstate),
			 err->path[0] ?
			 errmsg("%s at %s: %s", what, err->path, err->message) :
			 errmsg("%s: %s", what, err->message),
			 err->detail[0] ? errdetail("%s", err->detail) : 0,
			 err->hint[0] ? errhint("%s", err->hint) : 0));
	pg_unreachable();
}

/* Sampling clause shared by detection (profile.c) and training (train.c). */
void
synthmig_append_sample(StringInfo sql, char relkind, double rows, int limit)
{
	if (rows > limit &&
		(relkind == RELKIND_RELATION || relkind == RELKIND_MATVIEW ||
		 relkind == RELKIND_PARTITIONED_TABLE))
		appendStringInfo(sql, " TABLESAMPLE BERNOULLI (%.6f) REPEATABLE (0)",
						 Min(100.0, 110.0 * limit / rows));
	appendStringInfo(sql, " LIMIT %d", limit);
}
