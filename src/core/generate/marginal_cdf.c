/*
 * marginal_cdf.c
 *	  The continuous part and the mixture CDF of a numeric column, and the
 *	  typed value a point of it stands for.
 *
 * A numeric column is a mixture, in value order, of atoms (point masses)
 * and a continuous part (quantile knots or a tabulated parametric family):
 * its CDF is F(x) = sum(p_k : v_k <= x) + pc * G(x), inverted exactly, so
 * that a copula uniform u maps monotonically to a value and the atoms keep
 * their exact frequencies.  A categorical column is a list of slots (the
 * stored labels and the "other" bucket) with cumulative weights.
 *
 * Not here: fitting the mixture (marginal_fit_numeric.c) and sampling
 * (marginal_sample.c).
 */
#include "marginal.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "stats.h"
#include "textmodel.h"
#include "marginal_int.h"

/* ------------------------------------------------------------------------
 * Continuous part and mixture CDF
 * ------------------------------------------------------------------------ */

/* G^-1(q) of the continuous part, q in [0, 1]. */
static double
cont_quantile(const sm_mcol *c, double q)
{
	if (!(q > 0.0))
		q = 0.0;
	if (q > 1.0)
		q = 1.0;
	if (c->family < 0)
	{
		int			K = c->nknots - 1;
		double		pos;
		int			j;
		double		t;

		if (K <= 0)
			return c->knots[0];
		pos = q * K;
		j = (int) pos;
		if (j >= K)
			return c->knots[K];
		t = pos - j;
		return c->knots[j] * (1.0 - t) + c->knots[j + 1] * t;
	}
	else
	{
		double		pos = q * TAB_SIZE;
		int			j = (int) pos;
		double		x;

		if (j >= 1 && j < TAB_SIZE - 1)
		{
			double		t = pos - j;

			/* tab[k] holds ppf((k + 1) / TAB_SIZE) */
			return c->tab[j - 1] * (1.0 - t) + c->tab[j] * t;
		}
		if (q < 1e-300)
			q = 1e-300;
		if (q > 1.0 - 1e-16)
			q = 1.0 - 1e-16;
		x = sm_dist_ppf(&c->dist, q);
		if (!isfinite(x))
			x = q < 0.5 ? c->tab[0] : c->tab[c->ntab - 1];
		return x;
	}
}

/* G(x) of the continuous part: P(value <= x). */
double
mg_cont_cdf(const sm_mcol *c, double x)
{
	if (c->family < 0)
	{
		int			K = c->nknots - 1;
		int			lo = 0,
					hi = c->nknots;

		if (x < c->knots[0])
			return 0.0;
		if (x >= c->knots[K])
			return 1.0;
		/* last knot <= x */
		while (lo < hi)
		{
			int			mid = (lo + hi) / 2;

			if (c->knots[mid] <= x)
				lo = mid + 1;
			else
				hi = mid;
		}
		lo--;
		return (lo + (x - c->knots[lo]) / (c->knots[lo + 1] - c->knots[lo])) / K;
	}
	return sm_dist_cdf(&c->dist, x);
}

/* Mixture CDF: P(value < x) when strict, else P(value <= x). */
double
mg_mix_cdf(const sm_mcol *c, double x, bool strict)
{
	double		a = 0.0;

	for (int k = 0; k < c->natoms; k++)
		if (strict ? c->atom_v[k] < x : c->atom_v[k] <= x)
			a += c->atom_p[k];
	return a + (c->pc > 0.0 ? c->pc * mg_cont_cdf(c, x) : 0.0);
}

/* Index of an atom equal to x, or -1. */
static int
find_atom(const sm_mcol *c, double x)
{
	int			lo = 0,
				hi = c->natoms - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (c->atom_v[mid] == x)
			return mid;
		if (c->atom_v[mid] < x)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/*
 * Value of a numeric column for the uniform u: invert the truncated
 * mixture, round to the grid, keep continuous draws off the atoms (so that
 * atoms keep their frequency on integer grids), clamp.
 */
double
mg_numeric_value(const sm_mcol *c, double u)
{
	double		x,
				q;
	int			k;

	u = c->u_lo + u * (c->u_hi - c->u_lo);
	if (c->natoms > 0)
	{
		int			lo = 0,
					hi = c->natoms;

		while (lo < hi)
		{
			int			mid = (lo + hi) / 2;

			if (c->atom_ulo[mid] <= u)
				lo = mid + 1;
			else
				hi = mid;
		}
		k = lo - 1;
		if (c->pc <= 0.0)
			return c->atom_v[k < 0 ? 0 : k];
		if (k >= 0 && u < c->atom_uhi[k])
			return c->atom_v[k];
		q = (u - (k >= 0 ? c->atom_cum[k] : 0.0)) / c->pc;
	}
	else
		q = u;
	x = cont_quantile(c, q);
	if (isnan(x))
		x = c->vlo;
	if (mg_has_grid(c))
	{
		double		units = round(mg_grid_units(c, x));

		x = mg_grid_value(c, units);
		if (c->avoid_atoms && find_atom(c, x) >= 0)
		{
			double		dir = mg_grid_units(c, cont_quantile(c, q)) >= units ? 1.0 : -1.0;

			for (int d = 1; d <= 32; d++)
			{
				double		y = mg_grid_value(c, units + dir * d);

				if (y >= c->vlo && y <= c->vhi && find_atom(c, y) < 0)
				{
					x = y;
					break;
				}
				y = mg_grid_value(c, units - dir * d);
				if (y >= c->vlo && y <= c->vhi && find_atom(c, y) < 0)
				{
					x = y;
					break;
				}
			}
		}
	}
	if (x < c->vlo)
		x = c->vlo;
	if (x > c->vhi)
		x = c->vhi;
	return x;
}

/*
 * A key's value: k grid units.  Integer-valued types are computed in
 * int64, because a double holds integers exactly only up to 2^53: bigint
 * keys past 9e15 and timestamps more than 285 years from 2000 would repeat.
 * The bounds were checked against the key's range when the model was
 * prepared; anything else goes through mg_emit_number.
 */
void
mg_emit_key(const sm_mcol *c, int64_t k, sm_value *out)
{
	if ((c->type == SM_COL_INT || c->type == SM_COL_DATE ||
		 c->type == SM_COL_TIMESTAMP) &&
		c->step >= 1.0 && c->step < 9.0e18 && c->step == floor(c->step))
	{
		int64_t		v;

		if (!__builtin_mul_overflow(k, (int64_t) c->step, &v) &&
			(double) v >= c->vlo && (double) v <= c->vhi)
		{
			out->kind = c->type == SM_COL_INT ? SM_V_INT :
				c->type == SM_COL_DATE ? SM_V_DATE : SM_V_TIMESTAMP;
			out->i = v;
			return;
		}
	}
	mg_emit_number(c, mg_unit_value(c, k), out);
}

/* Store a number of the column's type into out. */
void
mg_emit_number(const sm_mcol *c, double x, sm_value *out)
{
	if (x < c->vlo)
		x = c->vlo;
	if (x > c->vhi)
		x = c->vhi;
	switch (c->type)
	{
		case SM_COL_INT:
			out->kind = SM_V_INT;
			out->i = (int64_t) x;
			break;
		case SM_COL_DATE:
			out->kind = SM_V_DATE;
			out->i = (int64_t) x;
			break;
		case SM_COL_TIMESTAMP:
			out->kind = SM_V_TIMESTAMP;
			out->i = (int64_t) x;
			break;
		case SM_COL_NUMERIC:
			out->kind = SM_V_NUMERIC;
			out->f = x;
			out->scale = c->scale;
			break;
		case SM_COL_BOOL:
			out->kind = SM_V_BOOL;
			out->i = x != 0.0;
			break;
		default:
			out->kind = SM_V_FLOAT;
			out->f = x;
			break;
	}
}
