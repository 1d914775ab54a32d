/*
 * schema_gen.c
 *	  SQL entry points of multi-table generation's pure functions: which
 *	  parent slot a child takes, picks within a junction's group, the level
 *	  sizes of a hierarchy (core: src/core/generate/relation.c; the
 *	  orchestration: sql/src/generate/schema.sql).
 */
#include "synthmig.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "relation.h"

PG_FUNCTION_INFO_V1(synthmig_rel_slot);
PG_FUNCTION_INFO_V1(synthmig_rel_pick);
PG_FUNCTION_INFO_V1(synthmig_rel_level_counts);

/* Refuse a negative count or index, naming the argument. */
static void
check_nonneg(int64 v, const char *what)
{
	if (v < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be negative", what),
				 errdetail("The value given is " INT64_FORMAT ".", v)));
}

/* rel_slot(j bigint, nslots bigint, seed bigint) -> bigint in [0, nslots) */
Datum
synthmig_rel_slot(PG_FUNCTION_ARGS)
{
	int64		j = PG_GETARG_INT64(0);
	int64		nslots = PG_GETARG_INT64(1);
	int64		seed = PG_GETARG_INT64(2);

	check_nonneg(j, "child index");
	if (nslots < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("number of parent slots must be positive"),
				 errdetail("The value given is " INT64_FORMAT ".", nslots)));
	PG_RETURN_INT64((int64) sm_rel_slot((uint64) j, (uint64) nslots, (uint64) seed));
}

/* rel_pick(grp bigint, k bigint, n bigint, seed bigint) -> bigint in [0, n) */
Datum
synthmig_rel_pick(PG_FUNCTION_ARGS)
{
	int64		grp = PG_GETARG_INT64(0);
	int64		k = PG_GETARG_INT64(1);
	int64		n = PG_GETARG_INT64(2);
	int64		seed = PG_GETARG_INT64(3);

	check_nonneg(k, "index within the group");
	if (n < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("number of parents must be positive"),
				 errdetail("The value given is " INT64_FORMAT ".", n)));
	PG_RETURN_INT64((int64) sm_rel_pick((uint64) grp, (uint64) k, (uint64) n, (uint64) seed));
}

/* rel_level_counts(frac float8[], n bigint) -> bigint[] summing to n */
Datum
synthmig_rel_level_counts(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	int64		n = PG_GETARG_INT64(1);
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	double	   *frac;
	uint64	   *counts;
	Datum	   *out;

	check_nonneg(n, "number of rows");
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("level proportions must be a one-dimensional array")));
	deconstruct_array(arr, FLOAT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE,
					  &elems, &nulls, &nelems);
	if (nelems < 1 || nelems > 100000)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a hierarchy needs between 1 and 100000 levels, not %d", nelems)));
	frac = palloc(sizeof(double) * nelems);
	counts = palloc(sizeof(uint64) * nelems);
	out = palloc(sizeof(Datum) * nelems);
	for (int d = 0; d < nelems; d++)
	{
		if (nulls[d])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("level proportion %d is null", d + 1)));
		frac[d] = DatumGetFloat8(elems[d]);
	}
	if (!sm_rel_level_counts(frac, nelems, (uint64) n, counts))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("level proportions must be finite, non-negative and not all zero")));
	for (int d = 0; d < nelems; d++)
		out[d] = Int64GetDatum((int64) counts[d]);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, nelems, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}
