/*
 * synthmig.h
 *	  Declarations shared by the PostgreSQL glue of synthmig.
 */
#ifndef SYNTHMIG_H
#define SYNTHMIG_H

#include "postgres.h"

#include "fmgr.h"

#include "sm_common.h"

/* GUCs (synthmig.c) */
extern int	synthmig_detect_sample_rows;
extern int	synthmig_max_definition_kb;
extern int	synthmig_train_sample_rows;
extern int	synthmig_rare_min_count;
extern int	synthmig_max_materialized_rows;
extern int	synthmig_generate_first_row;
extern double synthmig_dp_budget_per_table;
extern double synthmig_dp_delta_budget_per_table;

/* Schema-evolution GUCs (evolve/evolve_guc.c), called from _PG_init */
extern void synthmig_evolve_define_gucs(void);

/*
 * Raise an ERROR for a failed core call: maps the core's error class to an
 * SQLSTATE and carries its path, detail and hint.  "what" prefixes the
 * message, e.g. "invalid definition".
 */
extern void synthmig_report(const sm_error *err, const char *what) pg_attribute_noreturn();

/*
 * Append " [TABLESAMPLE BERNOULLI (p) REPEATABLE (0)] LIMIT limit" for a
 * read of at most limit rows from a relation of about rows rows: the
 * sample oversamples by 10% so that LIMIT, not luck, decides the size.
 */
/*
 * Run a type's input function in a subtransaction; false when it rejected
 * the value (cast.c).  data_only: only errors of classes 22 and 23 mean a
 * rejection, every other error is re-thrown.
 */
extern bool synthmig_input_soft(FmgrInfo *input, char *value, Oid ioparam, int32 typmod,
								bool data_only, Datum *result);

struct StringInfoData;
extern void synthmig_append_sample(struct StringInfoData *sql, char relkind,
								   double rows, int limit);

#endif							/* SYNTHMIG_H */
