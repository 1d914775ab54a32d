/*
 * dist.h
 *	  Parametric marginal distributions of the Gaussian copula generator,
 *	  and the special functions behind them.
 *
 * A numeric column is modelled by one family chosen by goodness of fit
 * (one-sample Kolmogorov-Smirnov); a copula draw z ~ N(0,1) becomes a value
 * through F^-1(Phi(z)), see sm_dist_from_normal.
 *
 * Parameters (sm_dist fields a, b, lo, hi) and fitting methods:
 *
 *	family		a		b		lo				hi				fit
 *	normal		mu		sigma	-				-				MLE (mean, sd with 1/n)
 *	truncnorm	mu		sigma	lower bound		upper bound		MLE (Nelder-Mead)
 *	lognormal	mu		sigma	location		-				MLE on log(x - lo)
 *	gamma		shape	scale	location		-				MLE (Newton on shape)
 *	beta		alpha	beta	range start		range end		method of moments
 *	uniform		min		max		-				-				MLE (sample min, max)
 *
 * mu and sigma of truncnorm are those of the parent (untruncated) normal;
 * either bound may be infinite.  lognormal and gamma have support
 * (lo, +inf); beta lives on [lo, hi] scaled to [0, 1].  Unused fields are 0.
 *
 * Beta uses the method of moments because columns bounded by a declared
 * range often hit the bounds exactly, where the beta likelihood is zero or
 * unbounded; the moment estimates are consistent and always defined.
 */
#ifndef SM_DIST_H
#define SM_DIST_H

#include <stdbool.h>
#include <stddef.h>

#include "sm_common.h"

typedef enum sm_dist_family
{
	SM_DIST_NORMAL = 0,
	SM_DIST_TRUNCNORM,
	SM_DIST_LOGNORMAL,
	SM_DIST_GAMMA,
	SM_DIST_BETA,
	SM_DIST_UNIFORM,
	SM_DIST_NFAMILIES
} sm_dist_family;

/* Bit masks of families for sm_dist_choose. */
#define SM_DIST_BIT(f)	(1u << (f))
#define SM_DIST_ALL		((1u << SM_DIST_NFAMILIES) - 1)

typedef struct sm_dist
{
	sm_dist_family family;
	double		a;
	double		b;
	double		lo;
	double		hi;
} sm_dist;

/* Family names as stored in a model ("normal", "truncnorm", ...). */
extern const char *sm_dist_name(sm_dist_family family);
extern bool sm_dist_family_parse(const char *name, sm_dist_family *family);

/*
 * Build a distribution from stored parameters, validating them (a model
 * read back from JSON must not crash the sampler); SM_EINVAL names the bad
 * parameter.
 */
extern bool sm_dist_init(sm_dist *d, sm_dist_family family, double a, double b,
						 double lo, double hi, sm_error *err);

/*
 * Fit a family to the non-NaN values of x.  lo and hi are the column's
 * declared bounds (-inf / +inf if none): truncation bounds for truncnorm
 * (data must lie inside), the range of beta (both finite, data inside), the
 * location of lognormal and gamma (lo, or 0 when lo is infinite; data must
 * exceed it); normal and uniform ignore them.  SM_EDATA when the data do not
 * fit the family's support or have no spread, SM_EINVAL on bad arguments.
 */
extern bool sm_dist_fit(sm_dist *d, sm_dist_family family, const double *x,
						size_t n, double lo, double hi, sm_error *err);

/*
 * Fit every family of the mask that applies and keep the one with the
 * smallest one-sample KS statistic (returned in *ks if not NULL).  Families
 * whose fit fails with SM_EDATA are skipped; SM_EDATA if none fits.
 */
extern bool sm_dist_choose(const double *x, size_t n, double lo, double hi,
						   unsigned families, sm_dist *best, double *ks,
						   sm_error *err);

/* CDF, survival function 1 - CDF (precise in the upper tail), inverse CDF. */
extern double sm_dist_cdf(const sm_dist *d, double x);
extern double sm_dist_sf(const sm_dist *d, double x);

/* Inverse CDF on [0,1]: the support bounds at 0 and 1, NaN outside. */
extern double sm_dist_ppf(const sm_dist *d, double p);

/*
 * F^-1(Phi(z)) without losing the upper tail: for z > 0 the inversion
 * works on the survival probability Phi(-z) instead of 1 - Phi(z).
 */
extern double sm_dist_from_normal(const sm_dist *d, double z);

/* sm_dist_cdf with a void pointer, to plug into sm_ks_one_sample. */
extern double sm_dist_cdf_cb(double x, const void *dist);

/*
 * Special functions (x > 0 unless stated): regularised incomplete gamma
 * P(a,x) and Q(a,x) = 1 - P(a,x), regularised incomplete beta I_x(a,b) and
 * its complement 1 - I_x(a,b) (0 <= x <= 1), digamma and trigamma.
 */
extern double sm_gamma_p(double a, double x);
extern double sm_gamma_q(double a, double x);
extern double sm_beta_inc(double a, double b, double x);
extern double sm_beta_inc_c(double a, double b, double x);
extern double sm_digamma(double x);
extern double sm_trigamma(double x);

#endif							/* SM_DIST_H */
