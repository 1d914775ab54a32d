/*
 * evolve_guc.c
 *	  The settings of schema evolution (docs/evolution.md).
 *
 * The SQL layer reads them with current_setting(); they are defined here so
 * that they exist (with their documented defaults and checks) as soon as
 * the module is loaded, before MarkGUCPrefixReserved("synthmig").
 */
#include "synthmig.h"

#include "utils/guc.h"

static char *evolve_migration_function_path = NULL;
static int	evolve_default_strategy = 0;
static int	evolve_max_attempts = 3;
static int	evolve_failure_action = 0;

static const struct config_enum_entry strategy_options[] = {
	{"reject", 0, false},
	{"auto", 1, false},
	{NULL, 0, false}
};

static const struct config_enum_entry failure_options[] = {
	{"error", 0, false},
	{"skip", 1, false},
	{NULL, 0, false}
};

/* Define the schema-evolution GUCs; called from _PG_init. */
void
synthmig_evolve_define_gucs(void)
{
	DefineCustomStringVariable("synthmig.migration_function_path",
							   "Schemas searched for type-conversion migration functions.",
							   "A comma-separated list of schema names; a function there taking one value of the old "
							   "type and returning the new type converts a changed column, after registered functions.",
							   &evolve_migration_function_path,
							   "",
							   PGC_USERSET, GUC_LIST_INPUT, NULL, NULL, NULL);

	DefineCustomEnumVariable("synthmig.default_migration_strategy",
							 "What a write in a newer shape than its table does, and whether a DDL conflict is an error.",
							 "reject: a clear error naming the field; auto: add a nullable column or widen varchar, "
							 "numeric and integer columns, recorded as a new version.",
							 &evolve_default_strategy,
							 0, strategy_options,
							 PGC_USERSET, 0, NULL, NULL, NULL);

	DefineCustomIntVariable("synthmig.max_migration_attempts",
							"Attempts of one migrated write before it fails.",
							"A write through a compatibility view or synthmig.write is retried after a serialization "
							"failure, a deadlock or a lock timeout, in a new subtransaction.",
							&evolve_max_attempts,
							3, 1, 100,
							PGC_USERSET, 0, NULL, NULL, NULL);

	DefineCustomEnumVariable("synthmig.migration_failure",
							 "What a failed migrated write does after it is logged.",
							 "error: raise the error (nothing is written); skip: skip the mutation with a WARNING and "
							 "keep it in synthmig.migration_log.",
							 &evolve_failure_action,
							 0, failure_options,
							 PGC_USERSET, 0, NULL, NULL, NULL);
}
