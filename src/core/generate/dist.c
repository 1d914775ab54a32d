/*
 * dist.c
 *	  Parametric marginals of the Gaussian copula: fitting, CDF, inverse CDF,
 *	  and the incomplete gamma / beta functions they rest on.
 *
 * The special functions are evaluated with the classical power series and
 * continued fractions (modified Lentz), choosing the side that converges and
 * returning both tails, each accurate where it is small.  The common
 * prefactor x^a e^-x / Gamma(a) (resp. x^a (1-x)^b / B(a,b)) is computed in
 * a Stirling-based form for large parameters, which avoids the cancellation
 * of a*log(x) against lgamma(a).
 *
 * Inverse CDFs of gamma and beta solve log T(e^t) = log target by Newton's
 * method in t = log x, T being the lower or the upper tail, whichever is
 * smaller: both tails behave like powers of x there, so the equation is
 * nearly linear and Newton converges in a few steps even for tiny shapes;
 * bisection in t takes over whenever a step leaves the bracket.
 */
#include "dist.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "stats.h"

#define SM_LN_SQRT_2PI	0.91893853320467274178	/* log(sqrt(2*pi)) */
#define SERIES_EPS		(2.0 * DBL_EPSILON)
#define SERIES_MAXIT	100000
/* From this gamma shape on, quantiles are Wilson-Hilferty's (gamma_std_ppf). */
#define GAMMA_WH_SHAPE	1e8
#define LENTZ_TINY		1e-300
/* log of the smallest subnormal and of the largest double */
#define LOG_X_MIN		(-745.0)
#define LOG_X_MAX		709.0

static const char *const family_names[SM_DIST_NFAMILIES] = {
	"normal", "truncnorm", "lognormal", "gamma", "beta", "uniform"
};

/* Model files store families by name. */
const char *
sm_dist_name(sm_dist_family family)
{
	if ((int) family < 0 || family >= SM_DIST_NFAMILIES)
		return "unknown";
	return family_names[family];
}

/* Inverse of sm_dist_name, for reading a stored model back. */
bool
sm_dist_family_parse(const char *name, sm_dist_family *family)
{
	if (name == NULL)
		return false;
	for (int f = 0; f < SM_DIST_NFAMILIES; f++)
	{
		if (strcmp(name, family_names[f]) == 0)
		{
			*family = (sm_dist_family) f;
			return true;
		}
	}
	return false;
}

/* ------------------------------------------------------------------------
 * Special functions
 * ------------------------------------------------------------------------ */

/*
 * log(1+u) - u without the cancellation of the direct formula for small u
 * (u > -1); the Stirling-form prefactors need it near u = 0.
 */
static double
log1pmx(double u)
{
	if (fabs(u) < 0.125)
	{
		double		term = u * u;
		double		s = 0.0;

		for (int k = 2; k < 60; k++)
		{
			double		t = term / k;

			s += (k % 2 == 0) ? -t : t;
			if (fabs(t) <= 1e-17 * fabs(s))
				break;
			term *= u;
		}
		return s;
	}
	return log1p(u) - u;
}

/*
 * Stirling series remainder lgamma(a) - [(a-1/2)log a - a + log sqrt(2pi)]
 * for a >= 10 (truncation error below 1e-15 there).
 */
static double
stirling_corr(double a)
{
	double		f = 1.0 / (a * a);

	return (1.0 / 12.0 - f * (1.0 / 360.0 - f * (1.0 / 1260.0 - f * (1.0 / 1680.0 -
																	 f * (1.0 / 1188.0 - f * (691.0 / 360360.0 - f / 156.0)))))) / a;
}

/*
 * Digamma for x > 0: upward recurrence to x >= 10, then the asymptotic
 * series.  Needed by the gamma maximum-likelihood equation.
 */
double
sm_digamma(double x)
{
	double		r = 0.0,
				f;

	if (isnan(x) || x <= 0.0)
		return NAN;
	if (isinf(x))
		return INFINITY;
	while (x < 10.0)
	{
		r -= 1.0 / x;
		x += 1.0;
	}
	f = 1.0 / (x * x);
	return r + log(x) - 0.5 / x -
		f * (1.0 / 12.0 - f * (1.0 / 120.0 - f * (1.0 / 252.0 - f * (1.0 / 240.0 -
																	 f * (1.0 / 132.0 - f * (691.0 / 32760.0 - f / 12.0))))));
}

/* Trigamma for x > 0, same scheme; the derivative in Newton steps. */
double
sm_trigamma(double x)
{
	double		r = 0.0,
				f;

	if (isnan(x) || x <= 0.0)
		return NAN;
	if (isinf(x))
		return 0.0;
	while (x < 10.0)
	{
		r += 1.0 / (x * x);
		x += 1.0;
	}
	f = 1.0 / (x * x);
	return r + 1.0 / x + 0.5 * f +
		(f / x) * (1.0 / 6.0 - f * (1.0 / 30.0 - f * (1.0 / 42.0 - f * (1.0 / 30.0 -
																		f * (5.0 / 66.0 - f * (691.0 / 2730.0 - f * 7.0 / 6.0))))));
}

/* log(x^a e^-x / Gamma(a)), x > 0: the prefactor of both gamma tails. */
static double
gamma_log_pref(double a, double x)
{
	if (a < 10.0)
		return a * log(x) - x - lgamma(a);
	return a * log1pmx((x - a) / a) + 0.5 * log(a) - SM_LN_SQRT_2PI -
		stirling_corr(a);
}

/*
 * Both regularised incomplete gamma tails at x (a > 0), and x * density.
 * The series converges well for x < a + 1 and gives P; beyond, the
 * continued fraction gives Q.  The other tail is the complement, which is
 * then the larger one and so keeps its relative accuracy.
 */
static void
gamma_tails(double a, double x, double *P, double *Q, double *xpdf)
{
	double		lp,
				pref;

	if (!(x > 0.0))
	{
		*P = 0.0;
		*Q = 1.0;
		*xpdf = 0.0;
		return;
	}
	if (isinf(x))
	{
		*P = 1.0;
		*Q = 0.0;
		*xpdf = 0.0;
		return;
	}
	lp = gamma_log_pref(a, x);
	pref = exp(lp);
	*xpdf = pref;
	if (x < a + 1.0)
	{
		double		sum = 1.0,
					term = 1.0;

		for (int n = 1; n < SERIES_MAXIT; n++)
		{
			term *= x / (a + n);
			sum += term;
			if (term <= sum * SERIES_EPS)
				break;
		}
		*P = pref * sum / a;
		if (*P > 1.0)
			*P = 1.0;
		*Q = 1.0 - *P;
	}
	else
	{
		double		b = x + 1.0 - a,
					c = 1.0 / LENTZ_TINY,
					d = 1.0 / b,
					h = d;

		for (int i = 1; i < SERIES_MAXIT; i++)
		{
			double		an = -i * (i - a),
						del;

			b += 2.0;
			d = an * d + b;
			if (fabs(d) < LENTZ_TINY)
				d = LENTZ_TINY;
			c = b + an / c;
			if (fabs(c) < LENTZ_TINY)
				c = LENTZ_TINY;
			d = 1.0 / d;
			del = d * c;
			h *= del;
			if (fabs(del - 1.0) <= SERIES_EPS)
				break;
		}
		*Q = pref * h;
		if (*Q > 1.0)
			*Q = 1.0;
		*P = 1.0 - *Q;
	}
}

/* Regularised lower incomplete gamma P(a, x). */
double
sm_gamma_p(double a, double x)
{
	double		P,
				Q,
				xp;

	if (isnan(a) || isnan(x) || a <= 0.0 || isinf(a) || x < 0.0)
		return NAN;
	gamma_tails(a, x, &P, &Q, &xp);
	return P;
}

/* Regularised upper incomplete gamma Q(a, x) = 1 - P(a, x). */
double
sm_gamma_q(double a, double x)
{
	double		P,
				Q,
				xp;

	if (isnan(a) || isnan(x) || a <= 0.0 || isinf(a) || x < 0.0)
		return NAN;
	gamma_tails(a, x, &P, &Q, &xp);
	return Q;
}

/* log(x^a (1-x)^b / B(a,b)), 0 < x < 1: the prefactor of both beta tails. */
static double
beta_log_pref(double a, double b, double x)
{
	double		s,
				x0,
				dx;

	if (a < 10.0 || b < 10.0)
		return a * log(x) + b * log1p(-x) -
			(lgamma(a) + lgamma(b) - lgamma(a + b));

	/*
	 * Around the mode-like point x0 = a/(a+b) the linear terms of a*log(x/x0)
	 * and b*log((1-x)/(1-x0)) cancel exactly, leaving log1pmx terms.
	 */
	s = a + b;
	x0 = a / s;
	dx = x - x0;
	return a * log1pmx(dx / x0) + b * log1pmx(-dx / (b / s)) +
		0.5 * log(a * b / s) - SM_LN_SQRT_2PI -
		stirling_corr(a) - stirling_corr(b) + stirling_corr(s);
}

/*
 * Continued fraction of I_x(a,b) = pref/a * CF, convergent for
 * x < (a+1)/(a+b+2).
 */
static double
beta_cf(double a, double b, double x)
{
	double		c = 1.0,
				d = 1.0 - (a + b) * x / (a + 1.0),
				h;

	if (fabs(d) < LENTZ_TINY)
		d = LENTZ_TINY;
	d = 1.0 / d;
	h = d;
	for (int m = 1; m < SERIES_MAXIT; m++)
	{
		double		m2 = 2.0 * m,
					aa,
					del;

		aa = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
		d = 1.0 + aa * d;
		if (fabs(d) < LENTZ_TINY)
			d = LENTZ_TINY;
		c = 1.0 + aa / c;
		if (fabs(c) < LENTZ_TINY)
			c = LENTZ_TINY;
		d = 1.0 / d;
		h *= d * c;
		aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
		d = 1.0 + aa * d;
		if (fabs(d) < LENTZ_TINY)
			d = LENTZ_TINY;
		c = 1.0 + aa / c;
		if (fabs(c) < LENTZ_TINY)
			c = LENTZ_TINY;
		d = 1.0 / d;
		del = d * c;
		h *= del;
		if (fabs(del - 1.0) <= SERIES_EPS)
			break;
	}
	return h;
}

/*
 * Both incomplete beta tails at x (a, b > 0) and x * density.  The
 * continued fraction is applied directly or to the mirrored problem
 * I_{1-x}(b,a), whichever converges; the prefactor is symmetric.
 */
static void
beta_tails(double a, double b, double x, double *P, double *Q, double *xpdf)
{
	double		pref;

	if (!(x > 0.0))
	{
		*P = 0.0;
		*Q = 1.0;
		*xpdf = 0.0;
		return;
	}
	if (x >= 1.0)
	{
		*P = 1.0;
		*Q = 0.0;
		*xpdf = 0.0;
		return;
	}
	pref = exp(beta_log_pref(a, b, x));
	*xpdf = pref / (1.0 - x);
	if (x < (a + 1.0) / (a + b + 2.0))
	{
		*P = pref * beta_cf(a, b, x) / a;
		if (*P > 1.0)
			*P = 1.0;
		*Q = 1.0 - *P;
	}
	else
	{
		*Q = pref * beta_cf(b, a, 1.0 - x) / b;
		if (*Q > 1.0)
			*Q = 1.0;
		*P = 1.0 - *Q;
	}
}

/* Regularised incomplete beta I_x(a, b). */
double
sm_beta_inc(double a, double b, double x)
{
	double		P,
				Q,
				xp;

	if (isnan(a) || isnan(b) || isnan(x) || !(a > 0.0) || !(b > 0.0) ||
		isinf(a) || isinf(b) || x < 0.0 || x > 1.0)
		return NAN;
	beta_tails(a, b, x, &P, &Q, &xp);
	return P;
}

/* 1 - I_x(a, b), accurate when small. */
double
sm_beta_inc_c(double a, double b, double x)
{
	double		P,
				Q,
				xp;

	if (isnan(a) || isnan(b) || isnan(x) || !(a > 0.0) || !(b > 0.0) ||
		isinf(a) || isinf(b) || x < 0.0 || x > 1.0)
		return NAN;
	beta_tails(a, b, x, &P, &Q, &xp);
	return Q;
}

/* ------------------------------------------------------------------------
 * Inversion
 * ------------------------------------------------------------------------ */

typedef void (*tails_fn) (const double *par, double x, double *P, double *Q,
						  double *xpdf);

/* Gamma tails for the generic fitter: parameters in par[0]. */
static void
gamma_tails_cb(const double *par, double x, double *P, double *Q, double *xpdf)
{
	gamma_tails(par[0], x, P, Q, xpdf);
}

/* Beta tails for the generic fitter: parameters in par[0], par[1]. */
static void
beta_tails_cb(const double *par, double x, double *P, double *Q, double *xpdf)
{
	beta_tails(par[0], par[1], x, P, Q, xpdf);
}

/*
 * Solve T(e^t) = target for t in [tlo, thi], T the lower tail P (upper
 * false) or the upper tail Q; returns x = e^t.  h(t) = +-(log T - log
 * target) is increasing; its derivative is x*pdf/T.  The bracket is
 * narrowed at every step, Newton steps leaving it are replaced by
 * bisection, and after 100 steps only bisection is used, so the loop ends
 * within a few hundred evaluations in every case.
 */
static double
invert_log(tails_fn f, const double *par, bool upper, double target,
		   double tlo, double thi, double t0)
{
	double		lt = log(target);
	double		t = t0;

	if (!(t > tlo && t < thi))
		t = 0.5 * (tlo + thi);
	for (int it = 0; it < 300; it++)
	{
		double		P,
					Q,
					xp,
					T,
					h,
					dh,
					tn;

		f(par, exp(t), &P, &Q, &xp);
		T = upper ? Q : P;
		h = upper ? lt - log(T) : log(T) - lt;
		if (h == 0.0)
			break;
		if (h < 0.0)
			tlo = t;
		else
			thi = t;
		dh = xp / T;
		tn = t - h / dh;
		if (it >= 100 || !isfinite(tn) || !(dh > 0.0) || tn <= tlo || tn >= thi)
			tn = 0.5 * (tlo + thi);
		if (fabs(tn - t) <= 4.0 * DBL_EPSILON * fmax(1.0, fabs(t)))
		{
			t = tn;
			break;
		}
		t = tn;
	}
	return exp(t);
}

/*
 * Standard gamma quantile (shape a, scale 1) for p + q = 1, the smaller of
 * the two carrying the precision.  Start: Wilson-Hilferty, or the small-x
 * asymptote P ~ x^a / Gamma(a+1) in the far lower tail.
 */
static double
gamma_std_ppf(double a, double p, double q)
{
	double		z,
				c,
				x0,
				t0;
	bool		upper = q < p;

	if (p <= 0.0)
		return 0.0;
	if (q <= 0.0)
		return INFINITY;
	z = upper ? -sm_norm_ppf(q) : sm_norm_ppf(p);
	c = 1.0 / (9.0 * a);
	x0 = a * pow(1.0 - c + z * sqrt(c), 3.0);

	/*
	 * A huge shape: the incomplete gamma's series and continued fraction need
	 * about sqrt(a) terms near the mode, so inverting them would cost up to
	 * 300 x SERIES_MAXIT steps per value; Wilson-Hilferty's error is O(1/a)
	 * there, far below what a double of the quantile resolves.
	 */
	if (a > GAMMA_WH_SHAPE && x0 > 0.0 && isfinite(x0))
		return x0;
	t0 = (x0 > 0.0 && isfinite(x0)) ? log(x0) : log(a);
	if (!upper && (!(x0 > 0.0) || x0 < 0.1 * a))
		t0 = (log(p) + lgamma(a + 1.0)) / a;
	return invert_log(gamma_tails_cb, &a, upper, upper ? q : p,
					  LOG_X_MIN, LOG_X_MAX, t0);
}

/*
 * Standard beta quantile from the lower tail only (callers mirror the upper
 * tail through I_x(a,b) = 1 - I_{1-x}(b,a)).  Start: the small-x
 * asymptote I ~ x^a / (a B(a,b)), capped at the mean.
 */
static double
beta_std_ppf_lower(double a, double b, double p)
{
	double		par[2] = {a, b};
	double		tmean = log(a / (a + b));
	double		t0;

	if (p <= 0.0)
		return 0.0;
	if (p >= 1.0)
		return 1.0;
	t0 = (log(p) + log(a) + lgamma(a) + lgamma(b) - lgamma(a + b)) / a;
	if (!(t0 < tmean))
		t0 = tmean;
	return invert_log(beta_tails_cb, par, false, p, LOG_X_MIN, 0.0, t0);
}

/* Tail-aware Phi(be) - Phi(al) for al <= be. */
static double
norm_mass(double al, double be)
{
	if (al > 0.0)
		return sm_norm_cdf(-al) - sm_norm_cdf(-be);
	if (be < 0.0)
		return sm_norm_cdf(be) - sm_norm_cdf(al);
	return 1.0 - sm_norm_cdf(al) - sm_norm_cdf(-be);
}

/* Clamp a probability that rounding pushed outside [0,1]. */
static double
clamp01(double p)
{
	return p < 0.0 ? 0.0 : (p > 1.0 ? 1.0 : p);
}

/*
 * Truncated normal quantile: solve Phi(xi) - Phi(al) = p Z on the side of
 * the normal where the CDF value is below 1/2, so the inner inverse works
 * on a precise argument.
 */
static double
truncnorm_ppf2(const sm_dist *d, double p, double q)
{
	double		al = (d->lo - d->a) / d->b;
	double		be = (d->hi - d->a) / d->b;
	double		Z = norm_mass(al, be);
	double		xi,
				x;

	if (al > 0.0)
		xi = -sm_norm_ppf(clamp01(p <= q ? sm_norm_cdf(-al) - p * Z
								  : sm_norm_cdf(-be) + q * Z));
	else if (be < 0.0)
		xi = sm_norm_ppf(clamp01(p <= q ? sm_norm_cdf(al) + p * Z
								 : sm_norm_cdf(be) - q * Z));
	else
	{
		double		sa = sm_norm_cdf(al) + p * Z;
		double		sb = sm_norm_cdf(-be) + q * Z;

		xi = (sa <= sb) ? sm_norm_ppf(clamp01(sa)) : -sm_norm_ppf(clamp01(sb));
	}
	x = d->a + d->b * xi;
	if (x < d->lo || isnan(x))
		x = d->lo;
	if (x > d->hi)
		x = d->hi;
	return x;
}

/*
 * Quantile for p + q = 1 where the smaller of p and q is exact; the common
 * body of sm_dist_ppf and sm_dist_from_normal.
 */
static double
dist_ppf2(const sm_dist *d, double p, double q)
{
	double		x;

	switch (d->family)
	{
		case SM_DIST_NORMAL:
			if (p == 0.0)
				return -INFINITY;
			if (q == 0.0)
				return INFINITY;
			return p <= q ? d->a + d->b * sm_norm_ppf(p)
				: d->a - d->b * sm_norm_ppf(q);
		case SM_DIST_TRUNCNORM:
			return truncnorm_ppf2(d, p, q);
		case SM_DIST_LOGNORMAL:
			if (p == 0.0)
				return d->lo;
			if (q == 0.0)
				return INFINITY;
			return d->lo + exp(p <= q ? d->a + d->b * sm_norm_ppf(p)
							   : d->a - d->b * sm_norm_ppf(q));
		case SM_DIST_GAMMA:
			return d->lo + d->b * gamma_std_ppf(d->a, p, q);
		case SM_DIST_BETA:
			if (p <= q)
				x = d->lo + (d->hi - d->lo) * beta_std_ppf_lower(d->a, d->b, p);
			else
				x = d->hi - (d->hi - d->lo) * beta_std_ppf_lower(d->b, d->a, q);
			return x < d->lo ? d->lo : (x > d->hi ? d->hi : x);
		case SM_DIST_UNIFORM:
			return p <= q ? d->a + p * (d->b - d->a) : d->b - q * (d->b - d->a);
		default:
			return NAN;
	}
}

/* Inverse CDF of a fitted or stored marginal. */
double
sm_dist_ppf(const sm_dist *d, double p)
{
	if (d == NULL || isnan(p) || p < 0.0 || p > 1.0)
		return NAN;
	return dist_ppf2(d, p, 1.0 - p);
}

/*
 * The copula sampler's transform.  Phi(z) rounds to 1 for z > 8.3, which
 * would collapse the upper tail onto the support bound; passing Phi(-z)
 * along keeps it.
 */
double
sm_dist_from_normal(const sm_dist *d, double z)
{
	if (d == NULL || isnan(z))
		return NAN;
	if (d->family == SM_DIST_NORMAL)
		return d->a + d->b * z;
	if (d->family == SM_DIST_LOGNORMAL)
		return d->lo + exp(d->a + d->b * z);
	return dist_ppf2(d, sm_norm_cdf(z), sm_norm_cdf(-z));
}

/*
 * Lower and upper tail at x; one body for cdf and sf so that each is
 * computed from the side where it is small.
 */
static void
dist_tails(const sm_dist *d, double x, double *P, double *Q)
{
	double		xp,
				z;

	switch (d->family)
	{
		case SM_DIST_NORMAL:
			z = (x - d->a) / d->b;
			*P = sm_norm_cdf(z);
			*Q = sm_norm_cdf(-z);
			return;
		case SM_DIST_TRUNCNORM:
			if (x <= d->lo)
			{
				*P = 0.0;
				*Q = 1.0;
			}
			else if (x >= d->hi)
			{
				*P = 1.0;
				*Q = 0.0;
			}
			else
			{
				double		al = (d->lo - d->a) / d->b;
				double		be = (d->hi - d->a) / d->b;
				double		Z = norm_mass(al, be);

				z = (x - d->a) / d->b;
				*P = clamp01(norm_mass(al, z) / Z);
				*Q = clamp01(norm_mass(z, be) / Z);
			}
			return;
		case SM_DIST_LOGNORMAL:
			if (x <= d->lo)
			{
				*P = 0.0;
				*Q = 1.0;
				return;
			}
			z = (log(x - d->lo) - d->a) / d->b;
			*P = sm_norm_cdf(z);
			*Q = sm_norm_cdf(-z);
			return;
		case SM_DIST_GAMMA:
			gamma_tails(d->a, (x - d->lo) / d->b, P, Q, &xp);
			return;
		case SM_DIST_BETA:
			beta_tails(d->a, d->b, (x - d->lo) / (d->hi - d->lo), P, Q, &xp);
			return;
		case SM_DIST_UNIFORM:
			if (d->b == d->a)
			{
				*P = x < d->a ? 0.0 : 1.0;
				*Q = 1.0 - *P;
			}
			else
			{
				*P = clamp01((x - d->a) / (d->b - d->a));
				*Q = clamp01((d->b - x) / (d->b - d->a));
			}
			return;
		default:
			*P = *Q = NAN;
			return;
	}
}

/* CDF of a marginal; NaN for NaN input. */
double
sm_dist_cdf(const sm_dist *d, double x)
{
	double		P,
				Q;

	if (d == NULL || isnan(x))
		return NAN;
	dist_tails(d, x, &P, &Q);
	return P;
}

/* Survival function 1 - CDF, precise in the upper tail. */
double
sm_dist_sf(const sm_dist *d, double x)
{
	double		P,
				Q;

	if (d == NULL || isnan(x))
		return NAN;
	dist_tails(d, x, &P, &Q);
	return Q;
}

/* Adapter for sm_ks_one_sample's callback signature. */
double
sm_dist_cdf_cb(double x, const void *dist)
{
	return sm_dist_cdf((const sm_dist *) dist, x);
}

/* ------------------------------------------------------------------------
 * Construction and fitting
 * ------------------------------------------------------------------------ */

/* A strictly positive finite scale or shape parameter. */
static bool
positive_finite(double v)
{
	return v > 0.0 && isfinite(v);
}

/*
 * Parameters read back from a stored model are validated here, so that the
 * sampler never sees a NaN, a non-positive scale or an empty interval.
 */
bool
sm_dist_init(sm_dist *d, sm_dist_family family, double a, double b,
			 double lo, double hi, sm_error *err)
{
	if (d == NULL)
		return sm_error_set(err, SM_EINVAL, NULL, "distribution is null");
	memset(d, 0, sizeof(*d));
	switch (family)
	{
		case SM_DIST_NORMAL:
		case SM_DIST_TRUNCNORM:
		case SM_DIST_LOGNORMAL:
			if (!isfinite(a))
				return sm_error_set(err, SM_EINVAL, "mu",
									"mu must be finite");
			if (!positive_finite(b))
				return sm_error_set(err, SM_EINVAL, "sigma",
									"sigma must be positive and finite");
			if (family == SM_DIST_NORMAL)
				lo = hi = 0.0;
			else if (family == SM_DIST_LOGNORMAL)
			{
				if (!isfinite(lo))
					return sm_error_set(err, SM_EINVAL, "location",
										"location must be finite");
				hi = 0.0;
			}
			else
			{
				if (isnan(lo) || isnan(hi) || !(lo < hi) ||
					lo == INFINITY || hi == -INFINITY)
					return sm_error_set(err, SM_EINVAL, "lo",
										"truncation bounds must satisfy lo < hi");
				if (!(norm_mass((lo - a) / b, (hi - a) / b) > 0.0))
					return sm_error_set(err, SM_EINVAL, "lo",
										"truncation interval has no probability mass");
			}
			break;
		case SM_DIST_GAMMA:
			if (!positive_finite(a))
				return sm_error_set(err, SM_EINVAL, "shape",
									"shape must be positive and finite");
			if (!positive_finite(b))
				return sm_error_set(err, SM_EINVAL, "scale",
									"scale must be positive and finite");
			if (!isfinite(lo))
				return sm_error_set(err, SM_EINVAL, "location",
									"location must be finite");
			hi = 0.0;
			break;
		case SM_DIST_BETA:
			if (!positive_finite(a))
				return sm_error_set(err, SM_EINVAL, "alpha",
									"alpha must be positive and finite");
			if (!positive_finite(b))
				return sm_error_set(err, SM_EINVAL, "beta",
									"beta must be positive and finite");
			if (!isfinite(lo) || !isfinite(hi) || !(lo < hi) ||
				!isfinite(hi - lo))
				return sm_error_set(err, SM_EINVAL, "lo",
									"beta range must be finite with lo < hi");
			break;
		case SM_DIST_UNIFORM:
			if (!isfinite(a) || !isfinite(b) || !(a <= b) || !isfinite(b - a))
				return sm_error_set(err, SM_EINVAL, "min",
									"uniform bounds must be finite with min <= max");
			lo = hi = 0.0;
			break;
		default:
			return sm_error_set(err, SM_EINVAL, "family",
								"unknown distribution family %d", (int) family);
	}
	d->family = family;
	d->a = a;
	d->b = b;
	d->lo = lo;
	d->hi = hi;
	return true;
}

/* Sufficient statistics of a sample, gathered without allocating. */
typedef struct moments
{
	size_t		n;
	double		min;
	double		max;
	double		mean;
	double		var;			/* with divisor n */
} moments;

/*
 * Two-pass mean and variance of the non-NaN values of x transformed by
 * kind (0: x, 1: log(x - shift), 2: (x - shift) * scale); SM_EDATA for an
 * infinite value or fewer than two values.
 */
static bool
sample_moments(const double *x, size_t n, int kind, double shift, double scale,
			   moments *m, sm_error *err)
{
	double		sum = 0.0,
				ss = 0.0;

	m->n = 0;
	m->min = INFINITY;
	m->max = -INFINITY;
	for (int pass = 0; pass < 2; pass++)
	{
		for (size_t i = 0; i < n; i++)
		{
			double		v = x[i];

			if (isnan(v))
				continue;
			if (isinf(v))
				return sm_error_set(err, SM_EDATA, NULL,
									"cannot fit a distribution to infinite values");
			if (kind == 1)
				v = log(v - shift);
			else if (kind == 2)
				v = (v - shift) * scale;
			if (pass == 0)
			{
				sum += v;
				m->n++;
				if (v < m->min)
					m->min = v;
				if (v > m->max)
					m->max = v;
			}
			else
				ss += (v - m->mean) * (v - m->mean);
		}
		if (pass == 0)
		{
			if (m->n < 2)
				return sm_error_set(err, SM_EDATA, NULL,
									"at least two values are needed to fit a distribution");
			m->mean = sum / (double) m->n;
		}
	}
	m->var = ss / (double) m->n;
	if (!isfinite(m->mean) || !isfinite(m->var))
		return sm_error_set(err, SM_EDATA, NULL,
							"sample moments are not finite");
	if (m->min == m->max || !(m->var > 0.0))
		return sm_error_set(err, SM_EDATA, NULL,
							"cannot fit a distribution to constant data");
	return true;
}

/* Every non-NaN value must lie in [lo, hi] (open ends with strict). */
static bool
check_support(const double *x, size_t n, double lo, double hi, bool strict_lo,
			  sm_error *err)
{
	for (size_t i = 0; i < n; i++)
	{
		if (isnan(x[i]))
			continue;
		if (x[i] < lo || x[i] > hi || (strict_lo && x[i] == lo))
			return sm_error_set(err, SM_EDATA, NULL,
								"value %g lies outside the support of the distribution",
								x[i]);
	}
	return true;
}

/* log(x) - digamma(x) without cancellation for large x. */
static double
log_minus_digamma(double k)
{
	double		f;

	if (k < 10.0)
		return log(k) - sm_digamma(k);
	f = 1.0 / (k * k);
	return 0.5 / k + f * (1.0 / 12.0 - f * (1.0 / 120.0 - f * (1.0 / 252.0 -
															   f * (1.0 / 240.0 - f * (1.0 / 132.0 -
																					   f * (691.0 / 32760.0))))));
}

/* Its derivative 1/x - trigamma(x), likewise. */
static double
log_minus_digamma_deriv(double k)
{
	double		f;

	if (k < 10.0)
		return 1.0 / k - sm_trigamma(k);
	f = 1.0 / (k * k);
	return -f * (0.5 + (1.0 / k) * (1.0 / 6.0 - f * (1.0 / 30.0 - f * (1.0 / 42.0 -
																	   f * (1.0 / 30.0)))));
}

/*
 * Gamma MLE shape: the root of log k - digamma(k) = s, s = log(mean) -
 * mean(log) > 0, by Newton in u = log k from Minka's closed-form start,
 * bisection-safeguarded on a bracket wide enough for any double data.
 */
static double
gamma_mle_shape(double s)
{
	double		ulo = log(1e-12),
				uhi = log(1e16),
				k = (3.0 - s + sqrt((s - 3.0) * (s - 3.0) + 24.0 * s)) / (12.0 * s),
				u = log(k);

	for (int it = 0; it < 200; it++)
	{
		double		g,
					dg,
					un;

		if (!(u > ulo && u < uhi))
			u = 0.5 * (ulo + uhi);
		k = exp(u);
		g = log_minus_digamma(k) - s;	/* decreasing in u */
		if (g == 0.0)
			break;
		if (g > 0.0)
			ulo = u;
		else
			uhi = u;
		dg = k * log_minus_digamma_deriv(k);
		un = u - g / dg;
		if (it >= 100 || !isfinite(un) || !(dg < 0.0) || un <= ulo || un >= uhi)
			un = 0.5 * (ulo + uhi);
		if (fabs(un - u) <= 4.0 * DBL_EPSILON * fmax(1.0, fabs(u)))
		{
			u = un;
			break;
		}
		u = un;
	}
	return exp(u);
}

/* Truncation bounds in the standardised units of the Nelder-Mead search. */
typedef struct tn_problem
{
	double		lo;
	double		hi;
} tn_problem;

/*
 * Mean negative log-likelihood of a truncated normal, for data
 * standardised to mean 0 and variance 1 (the sufficient statistics), at
 * parent mean mu and log-sd ls.  Outside a generous box it is +inf, which
 * keeps the search away from the degenerate limits (uniform or exponential
 * shapes reached as sigma -> inf).
 */
static double
tn_nll(const tn_problem *pr, double mu, double ls)
{
	double		s,
				Z;

	if (!(fabs(mu) <= 1e3) || !(ls >= -20.0 && ls <= 9.0))
		return INFINITY;
	s = exp(ls);
	Z = norm_mass((pr->lo - mu) / s, (pr->hi - mu) / s);
	if (!(Z > 0.0))
		return INFINITY;
	return 0.5 * (1.0 + mu * mu) / (s * s) + ls + log(Z);
}

/*
 * Nelder-Mead in two dimensions (reflection 1, expansion 2, contraction
 * 1/2, shrink 1/2).  The objective is smooth and cheap (O(1) per call), so
 * a derivative-free search is simpler and safer than Newton here.
 */
static void
tn_minimise(const tn_problem *pr, double *mu, double *ls, double step)
{
	double		v[3][2],
				f[3];

	v[0][0] = *mu;
	v[0][1] = *ls;
	v[1][0] = *mu + step;
	v[1][1] = *ls;
	v[2][0] = *mu;
	v[2][1] = *ls + step;
	for (int i = 0; i < 3; i++)
		f[i] = tn_nll(pr, v[i][0], v[i][1]);
	for (int it = 0; it < 4000; it++)
	{
		double		c[2],
					xr[2],
					fr,
					size;

		/* order the vertices by objective value */
		for (int i = 0; i < 2; i++)
			for (int j = 0; j < 2 - i; j++)
				if (f[j + 1] < f[j])
				{
					double		t = f[j];

					f[j] = f[j + 1];
					f[j + 1] = t;
					for (int k = 0; k < 2; k++)
					{
						t = v[j][k];
						v[j][k] = v[j + 1][k];
						v[j + 1][k] = t;
					}
				}
		size = fmax(fmax(fabs(v[1][0] - v[0][0]), fabs(v[1][1] - v[0][1])),
					fmax(fabs(v[2][0] - v[0][0]), fabs(v[2][1] - v[0][1])));
		if (size < 1e-11 && isfinite(f[2]))
			break;
		for (int k = 0; k < 2; k++)
		{
			c[k] = 0.5 * (v[0][k] + v[1][k]);
			xr[k] = 2.0 * c[k] - v[2][k];
		}
		fr = tn_nll(pr, xr[0], xr[1]);
		if (fr < f[0])
		{
			double		xe[2] = {3.0 * c[0] - 2.0 * v[2][0], 3.0 * c[1] - 2.0 * v[2][1]};
			double		fe = tn_nll(pr, xe[0], xe[1]);

			if (fe < fr)
			{
				memcpy(v[2], xe, sizeof(xe));
				f[2] = fe;
			}
			else
			{
				memcpy(v[2], xr, sizeof(xr));
				f[2] = fr;
			}
		}
		else if (fr < f[1])
		{
			memcpy(v[2], xr, sizeof(xr));
			f[2] = fr;
		}
		else
		{
			double		xc[2],
						fc;
			bool		outside = fr < f[2];

			for (int k = 0; k < 2; k++)
				xc[k] = outside ? c[k] + 0.5 * (xr[k] - c[k])
					: c[k] + 0.5 * (v[2][k] - c[k]);
			fc = tn_nll(pr, xc[0], xc[1]);
			if (fc < (outside ? fr : f[2]))
			{
				memcpy(v[2], xc, sizeof(xc));
				f[2] = fc;
			}
			else
			{
				for (int i = 1; i < 3; i++)
				{
					for (int k = 0; k < 2; k++)
						v[i][k] = v[0][k] + 0.5 * (v[i][k] - v[0][k]);
					f[i] = tn_nll(pr, v[i][0], v[i][1]);
				}
			}
		}
	}
	/* the best vertex */
	{
		int			b = 0;

		for (int i = 1; i < 3; i++)
			if (f[i] < f[b])
				b = i;
		*mu = v[b][0];
		*ls = v[b][1];
	}
}

/*
 * Fitting entry point; see dist.h for the method of each family.  Only
 * sufficient statistics are needed, so nothing is allocated.
 */
bool
sm_dist_fit(sm_dist *d, sm_dist_family family, const double *x, size_t n,
			double lo, double hi, sm_error *err)
{
	moments		m;
	double		loc;

	if (d == NULL || (x == NULL && n > 0))
		return sm_error_set(err, SM_EINVAL, NULL, "null argument");
	if (isnan(lo) || isnan(hi))
		return sm_error_set(err, SM_EINVAL, "lo", "bounds must not be NaN");
	switch (family)
	{
		case SM_DIST_NORMAL:
			if (!sample_moments(x, n, 0, 0.0, 1.0, &m, err))
				return false;
			return sm_dist_init(d, family, m.mean, sqrt(m.var), 0.0, 0.0, err);

		case SM_DIST_TRUNCNORM:
			{
				tn_problem	pr;
				double		sd,
							mu = 0.0,
							ls = 0.0;

				if (!(lo < hi))
					return sm_error_set(err, SM_EINVAL, "lo",
										"truncation bounds must satisfy lo < hi");
				if (!check_support(x, n, lo, hi, false, err) ||
					!sample_moments(x, n, 0, 0.0, 1.0, &m, err))
					return false;
				sd = sqrt(m.var);
				pr.lo = (lo - m.mean) / sd;
				pr.hi = (hi - m.mean) / sd;
				tn_minimise(&pr, &mu, &ls, 0.5);
				tn_minimise(&pr, &mu, &ls, 0.05);	/* restart: NM can stall */
				return sm_dist_init(d, family, m.mean + sd * mu, sd * exp(ls),
									lo, hi, err);
			}

		case SM_DIST_LOGNORMAL:
			loc = isfinite(lo) ? lo : 0.0;
			if (!check_support(x, n, loc, INFINITY, true, err) ||
				!sample_moments(x, n, 1, loc, 1.0, &m, err))
				return false;
			return sm_dist_init(d, family, m.mean, sqrt(m.var), loc, 0.0, err);

		case SM_DIST_GAMMA:
			{
				moments		ml;
				double		s,
							k;

				loc = isfinite(lo) ? lo : 0.0;
				if (!check_support(x, n, loc, INFINITY, true, err) ||
					!sample_moments(x, n, 2, loc, 1.0, &m, err) ||
					!sample_moments(x, n, 1, loc, 1.0, &ml, err))
					return false;
				s = log(m.mean) - ml.mean;
				if (!(s > 0.0) || !isfinite(s))
					return sm_error_set(err, SM_EDATA, NULL,
										"cannot fit a gamma distribution to these data");
				k = gamma_mle_shape(s);
				return sm_dist_init(d, family, k, m.mean / k, loc, 0.0, err);
			}

		case SM_DIST_BETA:
			{
				double		common;

				if (!isfinite(lo) || !isfinite(hi) || !(lo < hi) ||
					!isfinite(hi - lo))
					return sm_error_set(err, SM_EINVAL, "lo",
										"beta range must be finite with lo < hi");
				if (!check_support(x, n, lo, hi, false, err) ||
					!sample_moments(x, n, 2, lo, 1.0 / (hi - lo), &m, err))
					return false;
				if (!(m.var < m.mean * (1.0 - m.mean)))
					return sm_error_set(err, SM_EDATA, NULL,
										"data are too dispersed for a beta distribution");
				common = m.mean * (1.0 - m.mean) / m.var - 1.0;
				return sm_dist_init(d, family, m.mean * common,
									(1.0 - m.mean) * common, lo, hi, err);
			}

		case SM_DIST_UNIFORM:
			if (!sample_moments(x, n, 0, 0.0, 1.0, &m, err))
				return false;
			return sm_dist_init(d, family, m.min, m.max, 0.0, 0.0, err);

		default:
			return sm_error_set(err, SM_EINVAL, "family",
								"unknown distribution family %d", (int) family);
	}
}

/*
 * Model selection for a numeric column: the data are copied and sorted
 * once, every applicable family is fitted, and the smallest one-sample KS
 * distance wins (ties go to the family listed first).
 */
bool
sm_dist_choose(const double *x, size_t n, double lo, double hi,
			   unsigned families, sm_dist *best, double *ks, sm_error *err)
{
	double	   *buf;
	size_t		m = 0,
				bytes;
	double		best_d = INFINITY;
	bool		found = false;

	if (best == NULL || (x == NULL && n > 0))
		return sm_error_set(err, SM_EINVAL, NULL, "null argument");
	if ((families & SM_DIST_ALL) == 0)
		return sm_error_set(err, SM_EINVAL, "families",
							"no distribution family selected");
	for (size_t i = 0; i < n; i++)
		if (!isnan(x[i]))
			m++;
	if (m < 2)
		return sm_error_set(err, SM_EDATA, NULL,
							"at least two values are needed to fit a distribution");
	if (!sm_mul_size(m, sizeof(double), &bytes))
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	buf = sm_malloc(bytes);
	if (buf == NULL)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	m = 0;
	for (size_t i = 0; i < n; i++)
		if (!isnan(x[i]))
			buf[m++] = x[i];
	m = sm_sort_values(buf, m);

	for (int f = 0; f < SM_DIST_NFAMILIES; f++)
	{
		sm_dist		cand;
		sm_error	ferr;
		double		dks;

		if (!(families & SM_DIST_BIT(f)))
			continue;
		if (f == SM_DIST_TRUNCNORM && !isfinite(lo) && !isfinite(hi))
			continue;			/* that is the normal family */
		if (f == SM_DIST_BETA && (!isfinite(lo) || !isfinite(hi)))
			continue;
		sm_error_clear(&ferr);
		if (!sm_dist_fit(&cand, (sm_dist_family) f, buf, m, lo, hi, &ferr))
		{
			if (ferr.code == SM_EDATA)
				continue;
			sm_free(buf);
			if (err != NULL && err->code == SM_OK)
				*err = ferr;
			return false;
		}
		dks = sm_ks_one_sample_sorted(buf, m, sm_dist_cdf_cb, &cand);
		if (dks < best_d)
		{
			best_d = dks;
			*best = cand;
			found = true;
		}
	}
	sm_free(buf);
	if (!found)
		return sm_error_set(err, SM_EDATA, NULL,
							"no distribution family fits the data");
	if (ks != NULL)
		*ks = best_d;
	return true;
}
