/*
 * train.h
 *	  What train.c shares with the private fitter's glue (train_dp.c): the
 *	  decoding of one table's definition and the query reading its seed rows.
 */
#ifndef SYNTHMIG_TRAIN_H
#define SYNTHMIG_TRAIN_H

#include "postgres.h"

#include "utils/jsonb.h"
#include "utils/portal.h"

#include "schemadef.h"

/* Decode a jsonb table object of a definition; errors are reported. */
extern sm_schema *synthmig_decode_table(Jsonb *def);

/* The SELECT of the seed rows of relid for the table tbl (sampled). */
extern char *synthmig_seed_query(Oid relid, const sm_table *tbl, int sample_rows);

/*
 * Check that the seed table exists and the caller may read it, connect to
 * SPI and open a cursor over synthmig_seed_query (the caller fetches and
 * calls SPI_finish).
 */
extern Portal synthmig_open_seed_cursor(Oid relid, const sm_table *tbl,
										int sample_rows);

#endif							/* SYNTHMIG_TRAIN_H */
