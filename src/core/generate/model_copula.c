/*
 * model_copula.c
 *	  The Gaussian copula fit of the table model, corrected for the
 *	  attenuation of discrete columns.
 *
 * The copula correlation is fitted on normal scores (van der Waerden, ties
 * averaged, so a category or atom scores at the middle of its CDF
 * interval) and then corrected for attenuation.  Discrete columns see the
 * latent normal only through a step function h, so the score correlation
 * r of two columns is g(rho) = sum_n rho^n c_n d_n / (sd_h sd_k), where
 * c_n, d_n are the coefficients of the two score functions in normalised
 * Hermite polynomials (Mehler's formula).  Those coefficients have closed
 * forms on each CDF interval, so g is cheap and the latent rho is found by
 * bisection; for two continuous columns g(rho) = rho.  Without this, a
 * boolean or a categorical column would come out with visibly weaker
 * correlations than the training data (the generated values go through h
 * a second time).
 *
 * Nominal categorical columns (text) have no natural order, but the copula
 * only captures monotone dependence, so their categories are ordered by
 * the mean score of the column they are most associated with (correlation
 * ratio), which turns the strongest association into a monotone one.
 *
 * Not here: the copula arithmetic itself (copula.c).
 */
#include "model.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "copula.h"
#include "datetime.h"
#include "json.h"
#include "marginal.h"
#include "schemadef.h"
#include "stats.h"
#include "model_int.h"

/* Hermite terms of the attenuation correction. */
#define HERMITE_N			48

/* Work bound of the category ordering (rows x partner columns). */
#define ORDER_WORK			200000000.0

/* ------------------------------------------------------------------------
 * Copula fit
 * ------------------------------------------------------------------------ */

/*
 * psi_m(t) phi(t) for m = 0..N+1, psi_m the normalised Hermite polynomials
 * (He_m / sqrt(m!)); all zero at an infinite t.
 */
static void
hermite_phi(double t, double *pf)
{
	if (!isfinite(t) || fabs(t) > 40.0)
	{
		for (int m = 0; m <= HERMITE_N + 1; m++)
			pf[m] = 0.0;
		return;
	}
	pf[0] = sm_norm_pdf(t);
	pf[1] = t * pf[0];
	for (int m = 1; m <= HERMITE_N; m++)
		pf[m + 1] = (t * pf[m] - sqrt((double) m) * pf[m - 1]) / sqrt((double) m + 1.0);
}

/*
 * Hermite coefficients coef[0..N] of the column's score function h (the
 * identity, except constant at the midpoint score on each atom or
 * category interval) and its standard deviation.
 */
static bool
hermite_coeffs(const sm_mcol *c, double *coef, double *sd)
{
	double	   *a,
			   *b;
	int			n;
	double		eh = 0.0,
				eh2 = 1.0;
	double		pa[HERMITE_N + 2],
				pb[HERMITE_N + 2],
				I0[HERMITE_N + 2];

	if (!sm_mcol_steps(c, &a, &b, &n))
		return false;
	for (int k = 0; k <= HERMITE_N; k++)
		coef[k] = k == 1 ? 1.0 : 0.0;
	for (int k = 0; k < n; k++)
	{
		double		ta,
					tb,
					s,
					w = b[k] - a[k];

		if (!(w > 0.0))
			continue;
		ta = a[k] <= 0.0 ? -INFINITY : sm_norm_ppf(a[k]);
		tb = b[k] >= 1.0 ? INFINITY : sm_norm_ppf(b[k]);
		s = sm_norm_ppf(0.5 * (a[k] + b[k]));
		hermite_phi(ta, pa);
		hermite_phi(tb, pb);
		I0[0] = w;
		for (int m = 1; m <= HERMITE_N + 1; m++)
			I0[m] = -(pb[m - 1] - pa[m - 1]) / sqrt((double) m);
		for (int m = 0; m <= HERMITE_N; m++)
		{
			double		I1 = sqrt((double) m + 1.0) * I0[m + 1] +
			(m > 0 ? sqrt((double) m) * I0[m - 1] : 0.0);

			coef[m] += s * I0[m] - I1;
		}
		/* int z phi = phi(ta) - phi(tb); int z^2 phi = [Phi - z phi] */
		eh += s * w - (pa[0] - pb[0]);
		eh2 += s * s * w - (w - ((isfinite(tb) ? tb * pb[0] : 0.0) -
								 (isfinite(ta) ? ta * pa[0] : 0.0)));
	}
	sm_free(a);
	sm_free(b);
	*sd = sqrt(fmax(eh2 - eh * eh, 0.0));
	return true;
}

/* g(rho): the score correlation implied by a latent correlation rho. */
static double
implied_corr(const double *ca, const double *cb, double norm, double rho)
{
	double		s = 0.0,
				p = 1.0;

	for (int n = 1; n <= HERMITE_N; n++)
	{
		p *= rho;
		s += p * ca[n] * cb[n];
	}
	return s / norm;
}

/* The latent correlation whose implied score correlation is r. */
static double
latent_corr(const double *ca, double sda, const double *cb, double sdb, double r)
{
	double		norm = sda * sdb,
				lo = -1.0,
				hi = 1.0;

	if (!(norm > 1e-12) || !isfinite(r))
		return 0.0;
	if (r >= implied_corr(ca, cb, norm, 1.0))
		return 1.0;
	if (r <= implied_corr(ca, cb, norm, -1.0))
		return -1.0;
	for (int it = 0; it < 60; it++)
	{
		double		mid = 0.5 * (lo + hi);

		if (implied_corr(ca, cb, norm, mid) < r)
			lo = mid;
		else
			hi = mid;
	}
	return 0.5 * (lo + hi);
}

/* Mean of z over the rows of each slot of codes (NaN-aware). */
static void
slot_means(const double *codes, const double *z, size_t n, size_t step,
		   int S, double *mean, double *cnt, double *eta2)
{
	double		tot = 0.0,
				tot2 = 0.0,
				cn = 0.0,
				between = 0.0;

	for (int s = 0; s < S; s++)
		mean[s] = cnt[s] = 0.0;
	for (size_t r = 0; r < n; r += step)
	{
		if (isnan(codes[r]) || isnan(z[r]))
			continue;
		mean[(int) codes[r]] += z[r];
		cnt[(int) codes[r]] += 1.0;
		tot += z[r];
		tot2 += z[r] * z[r];
		cn += 1.0;
	}
	for (int s = 0; s < S; s++)
		mean[s] = cnt[s] > 0 ? mean[s] / cnt[s] : 0.0;
	if (cn < 2.0)
	{
		*eta2 = 0.0;
		return;
	}
	tot /= cn;
	for (int s = 0; s < S; s++)
		between += cnt[s] * (mean[s] - tot) * (mean[s] - tot);
	*eta2 = tot2 / cn - tot * tot > 1e-12 ? between / (tot2 - cn * tot * tot) : 0.0;
}

typedef struct rank_ent
{
	double		key;
	int			slot;
} rank_ent;

/* qsort order of slots by partner mean (slot index breaks ties). */
static int
cmp_rank(const void *a, const void *b)
{
	const rank_ent *x = a;
	const rank_ent *y = b;

	if (x->key != y->key)
		return (x->key > y->key) - (x->key < y->key);
	return (x->slot > y->slot) - (x->slot < y->slot);
}

/*
 * Order the categories of every nominal copula column by the mean score
 * of its most associated partner (two passes, so that nominal partners
 * settle too).
 */
static bool
order_nominals(sm_tmodel *m, copfit *cf, sm_error *err)
{
	size_t		step = 1;
	int			nnom = 0;

	for (int j = 0; j < cf->d; j++)
		nnom += cf->nominal[j];
	if (nnom == 0)
		return true;
	while ((double) cf->n / (double) step * (double) cf->d * nnom * 2.0 > ORDER_WORK)
		step++;
	for (int pass = 0; pass < 2; pass++)
		for (int j = 0; j < cf->d; j++)
		{
			sm_mcol    *c = &m->cols[m->cop_cols[j]];
			int			S = c->nslots,
						best = -1;
			double		best_eta = 0.01;
			double	   *mean,
					   *cnt;
			rank_ent   *re;
			int		   *order;
			bool		ok;

			sm_check_interrupts();
			if (!cf->nominal[j] || S < 2)
				continue;
			mean = md_alloc_array((size_t) S, sizeof(double), err);
			cnt = md_alloc_array((size_t) S, sizeof(double), err);
			re = md_alloc_array((size_t) S, sizeof(rank_ent), err);
			order = md_alloc_array((size_t) S, sizeof(int), err);
			ok = mean && cnt && re && order;
			for (int k = 0; ok && k < cf->d; k++)
			{
				double		eta;

				if (k == j)
					continue;
				slot_means(cf->codes[j], cf->z[k], cf->n, step, S, mean, cnt, &eta);
				if (eta > best_eta)
				{
					best_eta = eta;
					best = k;
				}
			}
			if (ok && best >= 0)
			{
				double		eta;

				slot_means(cf->codes[j], cf->z[best], cf->n, step, S, mean, cnt, &eta);
				for (int s = 0; s < S; s++)
				{
					re[s].key = mean[s];
					re[s].slot = s;
				}
				qsort(re, (size_t) S, sizeof(rank_ent), cmp_rank);
				for (int s = 0; s < S; s++)
					order[re[s].slot] = s;
				ok = sm_mcol_reorder(c, order, err) &&
					sm_mcol_prepare(c, c->name, err);
				for (size_t r = 0; ok && r < cf->n; r++)
					if (!isnan(cf->codes[j][r]))
						cf->codes[j][r] = (double) order[(int) cf->codes[j][r]];
				if (ok && !sm_normal_scores(cf->codes[j], cf->n, cf->z[j]))
					ok = md_oom(err);
			}
			sm_free(mean);
			sm_free(cnt);
			sm_free(re);
			sm_free(order);
			if (!ok)
				return false;
		}
	return true;
}

/*
 * The copula: scores of the copula columns, their correlation corrected
 * for attenuation, repaired to positive definite, and its Cholesky factor.
 */
bool
md_fit_copula(sm_tmodel *m, copfit *cf, sm_error *err)
{
	int			d = cf->d;
	size_t		n = cf->n,
				dd = (size_t) d * (size_t) d;
	double	   *data = NULL,
			   *coef = NULL,
			   *sd = NULL;
	bool		ok = false;

	for (int j = 0; j < d; j++)
	{
		sm_check_interrupts();
		if (!sm_normal_scores(cf->codes[j], n, cf->z[j]))
			return md_oom(err);
	}
	if (!order_nominals(m, cf, err))
		return false;
	data = md_alloc_array(n, (size_t) d * sizeof(double), err);
	coef = md_alloc_array((size_t) d * (HERMITE_N + 1), sizeof(double), err);
	sd = md_alloc_array((size_t) d, sizeof(double), err);
	m->corr = md_alloc_array(dd, sizeof(double), err);
	m->L = md_alloc_array(dd, sizeof(double), err);
	if (!data || !coef || !sd || !m->corr || !m->L)
		goto done;
	for (size_t r = 0; r < n; r++)
		for (int j = 0; j < d; j++)
		{
			double		z = cf->z[j][r];

			/* sm_correlation refuses infinities; scores are finite anyway */
			data[r * (size_t) d + (size_t) j] = isfinite(z) ? z : NAN;
		}
	if (!sm_correlation(data, n, d, m->corr, err))
		goto done;
	for (int j = 0; j < d; j++)
		if (!hermite_coeffs(&m->cols[m->cop_cols[j]], coef + (size_t) j * (HERMITE_N + 1),
							&sd[j]))
		{
			md_oom(err);
			goto done;
		}
	for (int a = 0; a < d; a++)
	{
		/* d^2/2 root searches: seconds for a wide table */
		sm_check_interrupts();
		for (int b = a + 1; b < d; b++)
		{
			double		rho = latent_corr(coef + (size_t) a * (HERMITE_N + 1), sd[a],
										  coef + (size_t) b * (HERMITE_N + 1), sd[b],
										  m->corr[(size_t) a * d + b]);

			m->corr[(size_t) a * d + b] = m->corr[(size_t) b * d + a] = rho;
		}
	}
	if (!sm_nearest_correlation(m->corr, d, SM_COPULA_MIN_EIG, err))
		goto done;
	/* exact symmetry and unit diagonal, as the reader demands */
	for (int a = 0; a < d; a++)
	{
		m->corr[(size_t) a * d + a] = 1.0;
		for (int b = a + 1; b < d; b++)
			m->corr[(size_t) b * d + a] = m->corr[(size_t) a * d + b];
	}
	if (!sm_cholesky(m->corr, d, m->L, err))
		goto done;
	ok = true;
done:
	sm_free(data);
	sm_free(coef);
	sm_free(sd);
	return ok;
}
