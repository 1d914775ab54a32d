/*
 * marginal_fit_numeric.c
 *	  Fitting a numeric column: default ranges, scale and step, parametric
 *	  families, the atom and quantile mixture.
 *
 * Not here: evaluating the fitted mixture (marginal_cdf.c).
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

/* Integer-like columns with at most this many distinct values are atoms. */
#define DISCRETE_MAX		256

/* A value holding this share of the rows is an atom in any column. */
#define ATOM_MIN_SHARE		0.005

/* Training values per knot interval of a continuous part. */
#define KNOT_MIN_VALUES		16

/* A parametric family needs this many values and a KS distance this small. */
#define PARAM_MIN_VALUES	200

#define PARAM_KS_FLOOR		0.01

#define PARAM_KS_CEIL		0.02

/* Smallest range of a unique integer column learnt from data. */
#define INT_KEY_SPAN		(INT64_C(1) << 20)

/* Days since 2000-01-01 and the default date range of unknown columns. */
static double
default_lo(const sm_mcol *c)
{
	switch (c->type)
	{
		case SM_COL_DATE:
			return (double) sm_days_from_ymd(2015, 1, 1);
		case SM_COL_TIMESTAMP:
			return (double) sm_days_from_ymd(2015, 1, 1) * (double) SM_USECS_PER_DAY;
		case SM_COL_INT:
			return 1.0;
		default:
			return 0.0;
	}
}

/* The width of the default range of a column nothing is known about. */
static double
default_span(const sm_mcol *c)
{
	switch (c->type)
	{
		case SM_COL_DATE:
			return 3652.0;
		case SM_COL_TIMESTAMP:
			return 3652.0 * (double) SM_USECS_PER_DAY;
		case SM_COL_INT:
			return 999.0;
		case SM_COL_NUMERIC:
			return 1000.0;
		default:
			return 1.0;
	}
}

/* ------------------------------------------------------------------------
 * Fitting: numeric columns
 * ------------------------------------------------------------------------ */

/* Smallest number of decimals (<= 10) that holds every value, or -1. */
static int
infer_scale(const double *y, size_t m)
{
	for (int s = 0; s <= 10; s++)
	{
		double		p = mg_pow10i(s);
		bool		ok = true;

		for (size_t k = 0; k < m && ok; k++)
		{
			double		v = y[k] * p;

			ok = fabs(v) < 1e15 && fabs(v - round(v)) <= 1e-7 * fmax(1.0, fabs(v));
		}
		if (ok)
			return s;
	}
	return -1;
}

/* Largest of the candidate steps dividing every value (else 1). */
static double
infer_step(const double *y, size_t m, const double *cand, int ncand)
{
	for (int k = 0; k < ncand; k++)
	{
		bool		ok = true;

		for (size_t r = 0; r < m && ok; r++)
			ok = fmod(y[r], cand[k]) == 0.0;
		if (ok)
			return cand[k];
	}
	return 1.0;
}

/* Parameters of a family from the definition; false when incomplete. */
static bool
family_from_params(sm_mcol *c, const sm_colspec *spec, sm_dist_family f,
				   sm_error *err, bool *complete)
{
	double		a = 0,
				b = 0,
				lo = 0,
				hi = 0,
				t;
	sm_error	e;

	*complete = false;
	switch (f)
	{
		case SM_DIST_NORMAL:
			if (!mg_param_num(spec, "mu", &a) || !mg_param_num(spec, "sigma", &b))
				return true;
			break;
		case SM_DIST_TRUNCNORM:
			if (!mg_param_num(spec, "mu", &a) || !mg_param_num(spec, "sigma", &b))
				return true;
			lo = mg_param_num(spec, "min", &t) ? t : (c->has_min ? c->min : -INFINITY);
			hi = mg_param_num(spec, "max", &t) ? t : (c->has_max ? c->max : INFINITY);
			break;
		case SM_DIST_LOGNORMAL:
			if (!mg_param_num(spec, "mu", &a) || !mg_param_num(spec, "sigma", &b))
				return true;
			lo = mg_param_num(spec, "loc", &t) ? t : 0.0;
			break;
		case SM_DIST_GAMMA:
			if (!mg_param_num(spec, "shape", &a) && !mg_param_num(spec, "alpha", &a))
				return true;
			if (!mg_param_num(spec, "scale", &b))
			{
				if (!mg_param_num(spec, "rate", &t) || !(t > 0.0))
					return true;
				b = 1.0 / t;
			}
			lo = mg_param_num(spec, "loc", &t) ? t : 0.0;
			break;
		case SM_DIST_BETA:
			if (!mg_param_num(spec, "alpha", &a) || !mg_param_num(spec, "beta", &b))
				return true;
			lo = mg_param_num(spec, "min", &t) ? t : (c->has_min ? c->min : 0.0);
			hi = mg_param_num(spec, "max", &t) ? t : (c->has_max ? c->max : 1.0);
			break;
		case SM_DIST_UNIFORM:
			a = mg_param_num(spec, "min", &t) ? t : (c->has_min ? c->min : NAN);
			b = mg_param_num(spec, "max", &t) ? t : (c->has_max ? c->max : NAN);
			if (isnan(a) || isnan(b))
				return true;
			break;
		default:
			return true;
	}
	memset(&e, 0, sizeof(e));
	if (!sm_dist_init(&c->dist, f, a, b, lo, hi, &e))
		return sm_error_set(err, SM_EINVAL, spec->name,
							"column \"%s\": invalid %s parameters: %s",
							spec->name, sm_dist_name(f), e.message);
	*complete = true;
	return true;
}

/* KS distance between the mixture and the sample (distinct values dv). */
static double
mixture_ks(const sm_mcol *c, const double *dv, const size_t *dc, size_t D,
		   size_t m)
{
	double		ks = 0.0,
				below,
				lt = 0.0;
	size_t		seen = 0;
	int			a = 0;

	for (size_t k = 0; k < D; k++)
	{
		double		g = c->pc > 0.0 ? c->pc * mg_cont_cdf(c, dv[k]) : 0.0;
		double		fe_lt = (double) seen / (double) m,
					fe_le;

		while (a < c->natoms && c->atom_v[a] < dv[k])
			lt += c->atom_p[a++];
		below = lt;
		if (a < c->natoms && c->atom_v[a] == dv[k])
			below += c->atom_p[a];
		seen += dc[k];
		fe_le = (double) seen / (double) m;
		ks = fmax(ks, fabs(lt + g - fe_lt));
		ks = fmax(ks, fabs(below + g - fe_le));
	}
	return ks;
}

/* A parametric family for the continuous values, if one fits clearly. */
static bool
choose_family(sm_mcol *c, const double *rest, size_t mc, sm_json *fit,
			  sm_error *err)
{
	double		lo = c->has_min ? c->min : -INFINITY;
	double		hi = c->has_max ? c->max : INFINITY;
	double		best_ks = INFINITY,
				limit;
	sm_dist		best;
	sm_json    *cand = sm_json_new(SM_JOBJECT);

	if (cand == NULL)
		return mg_oom(err);
	for (int f = 0; f < SM_DIST_NFAMILIES; f++)
	{
		sm_dist		d;
		sm_error	e;
		double		ks;

		if (f == SM_DIST_TRUNCNORM && !isfinite(lo) && !isfinite(hi))
			continue;
		if (f == SM_DIST_BETA && !(isfinite(lo) && isfinite(hi)))
			continue;
		memset(&e, 0, sizeof(e));
		if (!sm_dist_fit(&d, (sm_dist_family) f, rest, mc, lo, hi, &e))
		{
			if (e.code == SM_ENOMEM)
			{
				sm_json_free(cand);
				*err = e;
				return false;
			}
			continue;
		}
		ks = sm_ks_one_sample_sorted(rest, mc, sm_dist_cdf_cb, &d);
		if (isnan(ks))
			continue;
		if (!mg_fit_num(cand, sm_dist_name((sm_dist_family) f), ks))
		{
			sm_json_free(cand);
			return mg_oom(err);
		}
		if (ks < best_ks)
		{
			best_ks = ks;
			best = d;
		}
	}
	if (!mg_fit_put(fit, "parametric_ks", cand))
		return mg_oom(err);
	limit = fmax(PARAM_KS_FLOOR, fmin(PARAM_KS_CEIL, 1.0 / sqrt((double) mc)));
	if (best_ks <= limit)
	{
		c->family = (int) best.family;
		c->dist = best;
	}
	return true;
}

/* Atoms plus a continuous part (knots or a family) from sorted values. */
static bool
fit_mixture(sm_mcol *c, fitctx *fc, size_t m,
			const double *dv, const size_t *dc, size_t D, sm_error *err)
{
	bool	   *is_atom = mg_alloc_array(D, sizeof(bool), err);
	double	   *rest = mg_alloc_array(m, sizeof(double), err);
	size_t		mc = 0,
				natoms = 0,
				ncand = 0;
	bool		ok = false;

	if (!is_atom || !rest)
		goto done;
	for (size_t k = 0; k < D; k++)
	{
		is_atom[k] = dc[k] >= (size_t) fc->min_count &&
			(fc->rk == RK_CATEGORICAL || D <= DISCRETE_MAX ||
			 (double) dc[k] >= ATOM_MIN_SHARE * (double) m);
		if (is_atom[k])
			ncand++;
	}
	/* too many: keep the most frequent ones */
	while (ncand > MAX_SLOTS / 25)
	{
		size_t		minc = SIZE_MAX;

		for (size_t k = 0; k < D; k++)
			if (is_atom[k] && dc[k] < minc)
				minc = dc[k];
		for (size_t k = 0; k < D && ncand > MAX_SLOTS / 25; k++)
			if (is_atom[k] && dc[k] == minc)
			{
				is_atom[k] = false;
				ncand--;
			}
	}
	c->atom_v = mg_alloc_array(ncand, sizeof(double), err);
	c->atom_w = mg_alloc_array(ncand, sizeof(double), err);
	if (!c->atom_v || !c->atom_w)
		goto done;
	for (size_t k = 0; k < D; k++)
	{
		if (is_atom[k])
		{
			c->atom_v[natoms] = dv[k];
			c->atom_w[natoms] = (double) dc[k] / (double) m;
			natoms++;
		}
		else
			for (size_t t = 0; t < dc[k]; t++)
				rest[mc++] = dv[k];
	}
	c->natoms = (int) natoms;
	c->cont_w = 0.0;
	if (mc > 0 && mc < (size_t) fc->min_count && natoms > 0)
	{
		/* too few values for a private continuous part: fold them */
		if (!mg_fit_num(fc->fit, "folded", (double) mc))
			goto oom;
		for (size_t k = 0; k < natoms; k++)
			c->atom_w[k] = c->atom_w[k] * (double) m / (double) (m - mc);
		mc = 0;
	}
	if (mc > 0)
	{
		size_t		K = mc / KNOT_MIN_VALUES;

		if (K < 1)
			K = 1;
		if (K > SM_MODEL_MAX_KNOTS - 1)
			K = SM_MODEL_MAX_KNOTS - 1;
		c->cont_w = (double) mc / (double) m;
		c->nknots = (int) K + 1;
		c->knots = mg_alloc_array(K + 1, sizeof(double), err);
		if (c->knots == NULL)
			goto done;
		for (size_t k = 0; k <= K; k++)
			c->knots[k] = sm_quantile_sorted(rest, mc, (double) k / (double) K);
		if (fc->rk == RK_AUTO && mc >= PARAM_MIN_VALUES &&
			!choose_family(c, rest, mc, fc->fit, err))
			goto done;
	}
	if (!mg_fit_str(fc->fit, "family", c->family >= 0 ? sm_dist_name(c->dist.family) :
					mc > 0 ? "empirical" : "discrete") ||
		!mg_fit_num(fc->fit, "atoms", (double) natoms) ||
		!mg_fit_num(fc->fit, "atom_mass", 1.0 - c->cont_w))
		goto oom;
	ok = true;
	goto done;
oom:
	mg_oom(err);
done:
	sm_free(is_atom);
	sm_free(rest);
	return ok;
}

/* Knots spanning the declared or default range (no training data). */
static bool
fit_default_range(sm_mcol *c, sm_error *err)
{
	double		lo,
				hi,
				h = 0.0;

	if (c->type == SM_COL_NUMERIC && c->scale < 0)
		c->scale = 2;
	if (c->has_min && c->has_max)
	{
		lo = c->min;
		hi = c->max;
	}
	else if (c->has_min)
	{
		lo = c->min;
		hi = lo + default_span(c);
	}
	else if (c->has_max)
	{
		hi = c->max;
		lo = hi - default_span(c);
	}
	else
	{
		lo = default_lo(c);
		hi = lo + default_span(c);
	}
	/* half a grid step beyond each end gives the end values a full share */
	if (mg_has_grid(c))
		h = 0.5 * mg_grid_value(c, 1.0) * (1.0 - 1e-9);
	c->nknots = 2;
	c->knots = mg_alloc_array(2, sizeof(double), err);
	if (c->knots == NULL)
		return false;
	c->knots[0] = lo - h;
	c->knots[1] = hi + h;
	c->cont_w = 1.0;
	return true;
}

/* The grid of a numeric column: the scale of numerics, the step of timestamps and coarse integers. */
static void
fit_grid(sm_mcol *c, const fitctx *fc, const double *y, size_t m)
{
	if (c->type == SM_COL_NUMERIC && c->scale < 0 && m > 0)
		c->scale = infer_scale(y, m);
	if (c->type == SM_COL_TIMESTAMP && m > 0)
	{
		static const double ts_steps[] = {86400e6, 3600e6, 60e6, 1e6, 1e3};

		c->step = infer_step(y, m, ts_steps, 5);
	}
	if (c->type == SM_COL_INT && m >= 20 && !c->unique && fc->rk != RK_SEQUENCE)
	{
		static const double int_steps[] = {1000, 100, 10};

		c->step = infer_step(y, m, int_steps, 3);
		/* a coarse grid needs a value within the declared bounds */
		if (y[0] == y[m - 1] ||
			(c->has_min && c->has_max &&
			 floor(c->max / c->step) < ceil(c->min / c->step)))
			c->step = 1.0;
	}
}

/* A key column: a sequence, or a permutation of a range; false on an error. */
static bool
fit_key(sm_mcol *c, fitctx *fc, const double *y, size_t m, size_t D,
		sm_error *err)
{
	const sm_colspec *spec = fc->spec;
	bool		dense = false;
	double		u0 = 0,
				u1 = 0,
				tlo,
				thi,
				ulo,
				uhi;

	if (c->type == SM_COL_NUMERIC && c->scale < 0)
		c->scale = 0;
	mg_type_range(c, &tlo, &thi);
	ulo = ceil(mg_grid_units(c, c->has_min ? fmax(c->min, tlo) : tlo) - 1e-9);
	uhi = floor(mg_grid_units(c, c->has_max ? fmin(c->max, thi) : thi) + 1e-9);
	ulo = fmax(ulo, -4.6e18);
	uhi = fmin(uhi, 4.6e18);
	if (m > 0)
	{
		u0 = round(mg_grid_units(c, y[0]));
		u1 = round(mg_grid_units(c, y[m - 1]));
		dense = D == m && m >= 3 && u1 - u0 == (double) (m - 1) &&
			(c->unique || (c->type == SM_COL_INT && y[0] == 1.0));
	}
	if (fc->rk == RK_SEQUENCE || dense ||
		(m == 0 && !c->has_min && !c->has_max && c->type == SM_COL_INT))
	{
		double		start = c->has_min ? ulo :
		m > 0 ? u0 : round(mg_grid_units(c, default_lo(c)));

		c->kind = SM_MK_SEQUENCE;
		c->start = (int64_t) fmin(fmax(start, ulo), uhi);
		if (!mg_fit_str(fc->fit, "family", "sequence"))
			return mg_oom(err);
		return true;
	}
	else
	{
		double		lo,
					hi;

		lo = c->has_min ? ulo : m > 0 ? u0 : round(mg_grid_units(c, default_lo(c)));
		hi = c->has_max ? uhi : m > 0 ? u1 : lo + mg_grid_units(c, default_span(c));
		/* room for more rows than the sample: 2^20 integers, else 10x */
		if (!c->has_max)
			hi = fmax(hi, lo - 1.0 + (c->type == SM_COL_INT ? (double) INT_KEY_SPAN :
									  fmax(10.0 * (double) m, 1.0)));
		lo = fmax(lo, ulo);
		hi = fmin(hi, uhi);
		if (hi - lo > 4.6e18)
			hi = lo + 4.6e18;
		if (!(lo <= hi))
		{
			sm_error_set(err, SM_EDATA, spec->name,
						 "column \"%s\": no value lies within min and max",
						 spec->name);
			return false;
		}
		c->kind = SM_MK_PERMUTATION;
		c->lo = (int64_t) lo;
		c->hi = (int64_t) hi;
		if (!mg_fit_str(fc->fit, "family", "permutation"))
			return mg_oom(err);
		return true;
	}
}

/* A constant column: the declared value, else the most frequent one; false on an error. */
static bool
fit_constant(sm_mcol *c, fitctx *fc, const double *dv, const size_t *dc,
			 size_t D, sm_error *err)
{
	const sm_colspec *spec = fc->spec;
	double		v;

	if (!mg_param_num(spec, "value", &v))
	{
		size_t		best = 0;

		v = c->has_min ? c->min : c->has_max ? c->max : 0.0;
		for (size_t k = 0; k < D; k++)
			if (dc[k] > best)
			{
				best = dc[k];
				v = dv[k];
			}
	}
	c->kind = SM_MK_CONSTANT;
	c->cnum = v;
	if (!mg_fit_str(fc->fit, "family", "constant"))
		return mg_oom(err);
	return true;
}

/*
 * Fit a numeric column: keys, constants, forced families, the empty
 * case, or the mixture of atoms and a continuous part.
 */
bool
mg_fit_numeric(sm_mcol *c, fitctx *fc, sm_error *err)
{
	const sm_coldata *d = fc->data;
	const sm_colspec *spec = fc->spec;
	double	   *y,
			   *dv = NULL;
	size_t	   *dc = NULL;
	size_t		m = 0,
				D = 0;
	bool		ok = false;

	y = mg_alloc_array(d->n, sizeof(double), err);
	if (y == NULL)
		return false;
	for (size_t r = 0; r < d->n; r++)
		if (isfinite(d->x[r]))
			y[m++] = d->x[r];
	qsort(y, m, sizeof(double), mg_cmp_double);

	/* the grid */
	fit_grid(c, fc, y, m);

	dv = mg_alloc_array(m, sizeof(double), err);
	dc = mg_alloc_array(m, sizeof(size_t), err);
	if (!dv || !dc)
		goto done;
	for (size_t r = 0; r < m; r++)
	{
		if (D > 0 && dv[D - 1] == y[r])
			dc[D - 1]++;
		else
		{
			dv[D] = y[r];
			dc[D++] = 1;
		}
	}
	if (!mg_fit_num(fc->fit, "distinct", (double) D))
		goto oom;

	if (c->type == SM_COL_NUMERIC &&
		c->scale > 15 && (fc->rk == RK_SEQUENCE || c->unique))
		c->scale = 15;

	/*
	 * keys: sequence or permutation.  A unique column is a key whatever model
	 * kind the definition asks for: another kind would repeat values.
	 */
	if (c->type != SM_COL_FLOAT &&
		(fc->rk == RK_SEQUENCE || c->unique))
	{
		ok = fit_key(c, fc, y, m, D, err);
		goto done;
	}

	/* a constant */
	if (fc->rk == RK_CONSTANT || (fc->rk == RK_AUTO && D == 1 && !c->unique))
	{
		ok = fit_constant(c, fc, dv, dc, D, err);
		goto done;
	}

	c->kind = SM_MK_NUMERIC;
	if (fc->rk == RK_FAMILY)
	{
		bool		complete;

		if (!family_from_params(c, spec, fc->fam, err, &complete))
			goto done;
		if (!complete)
		{
			double		lo = c->has_min ? c->min : -INFINITY;
			double		hi = c->has_max ? c->max : INFINITY;

			if (fc->fam == SM_DIST_BETA && !(isfinite(lo) && isfinite(hi)) && m > 0)
			{
				lo = y[0];
				hi = y[m - 1];
			}
			if (m < 2)
			{
				sm_error_set(err, SM_EINVAL, spec->name,
							 "column \"%s\": model kind %s needs its parameters or training data",
							 spec->name, spec->model_kind);
				goto done;
			}
			if (!sm_dist_fit(&c->dist, fc->fam, y, m, lo, hi, err))
			{
				snprintf(err->path, sizeof(err->path), "%s", spec->name);
				goto done;
			}
		}
		c->family = (int) c->dist.family;
		c->cont_w = 1.0;
		if (!mg_fit_str(fc->fit, "family", sm_dist_name(c->dist.family)))
			goto oom;
	}
	else if (m == 0)
	{
		if (!fit_default_range(c, err))
			goto done;
		if (!mg_fit_str(fc->fit, "family", "uniform_range"))
			goto oom;
	}
	else if (!fit_mixture(c, fc, m, dv, dc, D, err))
		goto done;

	/* bounds the parametric tails must respect */
	if (c->family >= 0 && m > 0 && !c->has_min && y[0] >= 0.0)
	{
		c->has_min = true;
		c->min = 0.0;
	}
	if (!sm_mcol_prepare(c, spec->name, err))
		goto done;
	if (m > 0 && !mg_fit_num(fc->fit, "ks", mixture_ks(c, dv, dc, D, m)))
		goto oom;
	ok = true;
	goto done;
oom:
	mg_oom(err);
done:
	sm_free(y);
	sm_free(dv);
	sm_free(dc);
	return ok;
}
