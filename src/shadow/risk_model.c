/*
 * risk_model.c
 *	  Glue of the learned risk of shadow runs: logit_fit(x float8[][],
 *	  y boolean[], ridge float8) -> float8[] (core: src/core/shadow/logit.c),
 *	  and the process usage figures of the profile (shadow_usage).
 */
#include "synthmig.h"

#include <sys/resource.h>

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/lsyscache.h"

#include "logit.h"

PG_FUNCTION_INFO_V1(synthmig_logit_fit);

/*
 * SQL logit_fit(x, y, ridge): the coefficients (intercept first) of a
 * logistic regression of y on the columns of the n x p matrix x.
 */
Datum
synthmig_logit_fit(PG_FUNCTION_ARGS)
{
	ArrayType  *xa = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *ya = PG_GETARG_ARRAYTYPE_P(1);
	double		ridge = PG_GETARG_FLOAT8(2);
	Datum	   *xd;
	Datum	   *yd;
	bool	   *xnull;
	bool	   *ynull;
	int			nx,
				ny;
	size_t		n,
				p;
	double	   *x;
	double	   *y;
	double		beta[SM_LOGIT_MAX_FEATURES + 1];
	Datum		out[SM_LOGIT_MAX_FEATURES + 1];
	int			iterations;
	sm_error	err;

	if (ARR_NDIM(xa) != 2 || ARR_NDIM(ya) != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("logit_fit needs a two-dimensional feature array and a one-dimensional outcome array"),
				 errdetail("x has %d dimensions, y %d.", ARR_NDIM(xa), ARR_NDIM(ya))));
	n = (size_t) ARR_DIMS(xa)[0];
	p = (size_t) ARR_DIMS(xa)[1];
	if ((size_t) ARR_DIMS(ya)[0] != n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("logit_fit has %zu feature rows and %d outcomes", n, ARR_DIMS(ya)[0]),
				 errhint("Pass one outcome per row of x.")));
	deconstruct_array(xa, FLOAT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &xd, &xnull, &nx);
	deconstruct_array(ya, BOOLOID, 1, true, TYPALIGN_CHAR, &yd, &ynull, &ny);
	x = palloc_array(double, (size_t) nx + 1);
	y = palloc_array(double, (size_t) ny + 1);
	for (int i = 0; i < nx; i++)
	{
		if (xnull[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("feature %d of row %d is null", i % (int) p + 1, i / (int) p + 1)));
		x[i] = DatumGetFloat8(xd[i]);
	}
	for (int i = 0; i < ny; i++)
	{
		if (ynull[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("outcome %d is null", i + 1)));
		y[i] = DatumGetBool(yd[i]) ? 1.0 : 0.0;
	}
	memset(&err, 0, sizeof(err));
	if (!sm_logit_fit(x, y, n, p, ridge, beta, &iterations, &err))
		synthmig_report(&err, "cannot fit the shadow run risk model");
	for (size_t j = 0; j <= p; j++)
		out[j] = Float8GetDatum(beta[j]);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, (int) p + 1, FLOAT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

PG_FUNCTION_INFO_V1(synthmig_shadow_usage);

/*
 * SQL shadow_usage(): this process's CPU time (user, system, in
 * milliseconds) and peak resident memory (kB), for the profile of a step.
 */
Datum
synthmig_shadow_usage(PG_FUNCTION_ARGS)
{
	struct rusage ru;
	Datum		out[3];

	if (getrusage(RUSAGE_SELF, &ru) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_SYSTEM_ERROR),
				 errmsg("could not read the resource usage of the process: %m")));
	out[0] = Float8GetDatum(ru.ru_utime.tv_sec * 1000.0 + ru.ru_utime.tv_usec / 1000.0);
	out[1] = Float8GetDatum(ru.ru_stime.tv_sec * 1000.0 + ru.ru_stime.tv_usec / 1000.0);
	out[2] = Float8GetDatum((double) ru.ru_maxrss);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, 3, FLOAT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}
