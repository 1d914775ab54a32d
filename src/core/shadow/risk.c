/*
 * risk.c
 *	  The overall risk of a shadow run from its schema, data and resource
 *	  parts (docs/shadow.md).
 */
#include <math.h>

#include "risk.h"

/* A part clamped to [0, 1]; NaN (unknown) counts as the highest risk. */
static double
clamp_part(double x)
{
	if (isnan(x) || x > 1.0)
		return 1.0;
	if (x < 0.0)
		return 0.0;
	return x;
}

/* 1 - (1-s)^ws (1-d)^wd (1-r)^wr with the weights of risk.h. */
double
sm_shadow_risk(double schema, double data, double resource)
{
	double		keep;

	keep = pow(1.0 - clamp_part(schema), SM_RISK_W_SCHEMA)
		* pow(1.0 - clamp_part(data), SM_RISK_W_DATA)
		* pow(1.0 - clamp_part(resource), SM_RISK_W_RESOURCE);
	return clamp_part(1.0 - keep);
}
