/*
 * synthmig.h
 *	  Declarations shared by the PostgreSQL glue of synthmig.
 */
#ifndef SYNTHMIG_H
#define SYNTHMIG_H

#include "postgres.h"

#include "sm_common.h"

/* GUCs (synthmig.c) */
extern int	synthmig_detect_sample_rows;
extern int	synthmig_max_definition_kb;
extern int	synthmig_train_sample_rows;
extern int	synthmig_rare_min_count;

/*
 * Raise an ERROR for a failed core call: maps the core's error class to an
 * SQLSTATE and carries its path, detail and hint.  "what" prefixes the
 * message, e.g. "invalid schema definition".
 */
extern void synthmig_report(const sm_error *err, const char *what) pg_attribute_noreturn();

#endif							/* SYNTHMIG_H */
