/*
 * stats.c
 *	  Normal distribution, quantiles, Kolmogorov-Smirnov statistics and the
 *	  SDMetrics-style similarity scores of the evaluation report.
 */
#include "stats.h"

#include <math.h>
#include <stdlib.h>

#define SM_SQRT1_2		0.70710678118654752440	/* 1/sqrt(2) */
#define SM_SQRT_2PI		2.50662827463100050242	/* sqrt(2*pi) */

/* The density is needed by the Halley refinement and by callers. */
double
sm_norm_pdf(double x)
{
	return exp(-0.5 * x * x) / SM_SQRT_2PI;
}

/*
 * erfc keeps full relative accuracy in the lower tail, where 1 - erf would
 * cancel; the upper tail is as accurate as a double near 1 can be.
 */
double
sm_norm_cdf(double x)
{
	if (isnan(x))
		return NAN;
	return 0.5 * erfc(-x * SM_SQRT1_2);
}

/*
 * Lower half of the inverse CDF (0 < p <= 0.5).  Acklam's rational
 * approximation (relative error < 1.2e-9) gives a starting point that one
 * Halley step on the erfc-based CDF brings to machine precision.  Working
 * in the lower half only keeps the CDF residual relatively accurate.
 */
static double
norm_ppf_lower(double p)
{
	static const double a[6] = {
		-3.969683028665376e+01, 2.209460984245205e+02,
		-2.759285104469687e+02, 1.383577518672690e+02,
		-3.066479806614716e+01, 2.506628277459239e+00
	};
	static const double b[5] = {
		-5.447609879822406e+01, 1.615858368580409e+02,
		-1.556989798598866e+02, 6.680131188771972e+01,
		-1.328068155288572e+01
	};
	static const double c[6] = {
		-7.784894002430293e-03, -3.223964580411365e-01,
		-2.400758277161838e+00, -2.549732539343734e+00,
		4.374664141464968e+00, 2.938163982698783e+00
	};
	static const double d[4] = {
		7.784695709041462e-03, 3.224671290700398e-01,
		2.445134137142996e+00, 3.754408661907416e+00
	};
	double		x;

	if (p < 0.02425)
	{
		double		q = sqrt(-2.0 * log(p));

		x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
			((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
	}
	else
	{
		double		q = p - 0.5;
		double		r = q * q;

		x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
			(((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
	}

	/*
	 * Halley step.  exp(x^2/2) overflows only for |x| > 37.6, i.e. p in the
	 * subnormal range, where the CDF itself is no longer precise; skip it.
	 */
	if (fabs(x) < 37.5)
	{
		double		e = 0.5 * erfc(-x * SM_SQRT1_2) - p;
		double		u = e * SM_SQRT_2PI * exp(0.5 * x * x);

		x = x - u / (1.0 + 0.5 * x * u);
	}
	return x;
}

/*
 * For p > 0.5 the symmetric lower-half problem is solved on 1 - p, which is
 * exact in floating point (Sterbenz), so both tails are equally precise.
 */
double
sm_norm_ppf(double p)
{
	if (isnan(p) || p < 0.0 || p > 1.0)
		return NAN;
	if (p == 0.0)
		return -INFINITY;
	if (p == 1.0)
		return INFINITY;
	if (p == 0.5)
		return 0.0;
	if (p > 0.5)
		return -norm_ppf_lower(1.0 - p);
	return norm_ppf_lower(p);
}

/* qsort comparator for NaN-free doubles. */
static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	return (x > y) - (x < y);
}

/*
 * NaN breaks any comparison sort, so the NaNs are first swapped to the end
 * (order-preserving is not needed) and only the prefix is sorted.
 */
size_t
sm_sort_values(double *x, size_t n)
{
	size_t		m = 0;

	for (size_t i = 0; i < n; i++)
	{
		if (!isnan(x[i]))
		{
			double		t = x[m];

			x[m] = x[i];
			x[i] = t;
			m++;
		}
	}
	if (m > 1)
		qsort(x, m, sizeof(double), cmp_double);
	return m;
}

/*
 * Type 7 (the default of R and NumPy): h = (n-1)p, linear interpolation
 * between the order statistics around h.  Written so that equal or
 * infinite neighbours do not produce NaN and huge spans do not overflow.
 */
double
sm_quantile_sorted(const double *sorted, size_t n, double p)
{
	double		h,
				f,
				lo,
				hi,
				diff;
	size_t		j;

	if (n == 0 || sorted == NULL || isnan(p) || p < 0.0 || p > 1.0)
		return NAN;
	h = (double) (n - 1) * p;
	j = (size_t) floor(h);
	if (j >= n - 1)
		return sorted[n - 1];
	f = h - (double) j;
	lo = sorted[j];
	hi = sorted[j + 1];
	if (f == 0.0 || lo == hi)
		return lo;
	diff = hi - lo;
	if (isfinite(diff))
		return lo + f * diff;
	return (1.0 - f) * lo + f * hi;
}

/* The evaluation report's quantile summaries need k+1 cut points at once. */
bool
sm_quantiles(double *x, size_t n, int k, double *out)
{
	size_t		m;

	if (k < 1 || out == NULL)
		return false;
	m = (x != NULL) ? sm_sort_values(x, n) : 0;
	for (int i = 0; i <= k; i++)
		out[i] = (m > 0) ? sm_quantile_sorted(x, m, (double) i / k) : NAN;
	if (m > 0)
		out[k] = x[m - 1];		/* exact, whatever rounding i/k has */
	return m > 0;
}

/*
 * Merge walk over both sorted samples: at each distinct value both
 * empirical CDFs are advanced past all copies of it (ties!) before the gap
 * is measured.  Once one sample is exhausted the gap can only shrink.
 */
double
sm_ks_statistic_sorted(const double *a, size_t na, const double *b, size_t nb)
{
	size_t		i = 0,
				j = 0;
	double		dmax = 0.0;

	if (na == 0 || nb == 0)
		return NAN;
	while (i < na && j < nb)
	{
		double		v = (a[i] < b[j]) ? a[i] : b[j];
		double		gap;

		while (i < na && a[i] <= v)
			i++;
		while (j < nb && b[j] <= v)
			j++;
		gap = fabs((double) i / (double) na - (double) j / (double) nb);
		if (gap > dmax)
			dmax = gap;
	}
	return dmax;
}

/* Unsorted entry point: drops NaN and sorts both samples in place. */
double
sm_ks_statistic(double *a, size_t na, double *b, size_t nb)
{
	size_t		ma,
				mb;

	if (a == NULL || b == NULL)
		return NAN;
	ma = sm_sort_values(a, na);
	mb = sm_sort_values(b, nb);
	return sm_ks_statistic_sorted(a, ma, b, mb);
}

/* SDMetrics KSComplement: a similarity in [0,1], 1 for identical samples. */
double
sm_ks_complement(double *a, size_t na, double *b, size_t nb)
{
	double		d = sm_ks_statistic(a, na, b, nb);

	return isnan(d) ? NAN : 1.0 - d;
}

/* Sum of a count vector; NaN if an entry is negative or not finite. */
static double
count_sum(const double *c, size_t k)
{
	double		s = 0.0;

	for (size_t i = 0; i < k; i++)
	{
		if (!isfinite(c[i]) || c[i] < 0.0)
			return NAN;
		s += c[i];
	}
	return s;
}

/*
 * Shared body of TVComplement and ContingencySimilarity: both are one minus
 * the total variation distance of two normalised count vectors.
 */
static double
tv_complement_n(const double *p, const double *q, size_t k)
{
	double		sp,
				sq,
				tv = 0.0,
				r;

	if (p == NULL || q == NULL || k == 0)
		return NAN;
	sp = count_sum(p, k);
	sq = count_sum(q, k);
	if (!(sp > 0.0) || !(sq > 0.0) || !isfinite(sp) || !isfinite(sq))
		return NAN;
	for (size_t i = 0; i < k; i++)
		tv += fabs(p[i] / sp - q[i] / sq);
	r = 1.0 - 0.5 * tv;
	/* rounding can step a hair outside [0,1] */
	return r < 0.0 ? 0.0 : (r > 1.0 ? 1.0 : r);
}

/* SDMetrics TVComplement on per-category counts or frequencies. */
double
sm_tv_complement(const double *freq_real, const double *freq_synth, int k)
{
	if (k < 1)
		return NAN;
	return tv_complement_n(freq_real, freq_synth, (size_t) k);
}

/* SDMetrics CorrelationSimilarity, for Pearson or Spearman coefficients. */
double
sm_correlation_similarity(double r_real, double r_synth)
{
	if (isnan(r_real) || isnan(r_synth))
		return NAN;
	return 1.0 - fabs(r_real - r_synth) / 2.0;
}

/* SDMetrics ContingencySimilarity over the flattened joint table. */
double
sm_contingency_similarity(const double *tab_real, const double *tab_synth,
						  int rows, int cols)
{
	size_t		cells;

	if (rows < 1 || cols < 1 ||
		!sm_mul_size((size_t) rows, (size_t) cols, &cells))
		return NAN;
	return tv_complement_n(tab_real, tab_synth, cells);
}

/*
 * Numeric columns are discretised for ContingencySimilarity and for
 * histograms.  The relative position is computed in halves when hi - lo
 * overflows, and clamped before the conversion to int (an out-of-range
 * conversion would be undefined behaviour).
 */
bool
sm_equal_width_bins(const double *x, size_t n, int bins, double lo, double hi,
					int *out)
{
	double		span;
	bool		halve;

	if (bins < 1 || !isfinite(lo) || !isfinite(hi) || lo > hi ||
		(n > 0 && (x == NULL || out == NULL)))
		return false;
	span = hi - lo;
	halve = !isfinite(span);
	if (halve)
		span = 0.5 * hi - 0.5 * lo;
	for (size_t i = 0; i < n; i++)
	{
		double		v = x[i];
		double		t;

		if (isnan(v))
		{
			out[i] = -1;
			continue;
		}
		if (span == 0.0)
		{
			out[i] = 0;
			continue;
		}
		if (v <= lo)
			t = 0.0;
		else if (v >= hi)
			t = 1.0;
		else
			t = halve ? (0.5 * v - 0.5 * lo) / span : (v - lo) / span;
		t *= bins;
		if (!(t >= 0.0))
			out[i] = 0;
		else if (t >= bins)
			out[i] = bins - 1;
		else
			out[i] = (int) t;
	}
	return true;
}

/*
 * Two-pass Pearson over complete pairs.  Values are divided by the largest
 * magnitude first so that squares cannot overflow; the coefficient is
 * scale-invariant, so this changes nothing else.
 */
double
sm_pearson(const double *x, const double *y, size_t n)
{
	double		sx = 0.0,
				sy = 0.0,
				mx,
				my,
				sxx = 0.0,
				syy = 0.0,
				sxy = 0.0,
				ax = 0.0,
				ay = 0.0,
				r;
	size_t		m = 0;

	if (x == NULL || y == NULL)
		return NAN;
	for (size_t i = 0; i < n; i++)
	{
		if (!isfinite(x[i]) || !isfinite(y[i]))
			continue;
		if (fabs(x[i]) > ax)
			ax = fabs(x[i]);
		if (fabs(y[i]) > ay)
			ay = fabs(y[i]);
		m++;
	}
	if (m < 2 || ax == 0.0 || ay == 0.0)
		return NAN;
	for (size_t i = 0; i < n; i++)
	{
		if (!isfinite(x[i]) || !isfinite(y[i]))
			continue;
		sx += x[i] / ax;
		sy += y[i] / ay;
	}
	mx = sx / (double) m;
	my = sy / (double) m;
	for (size_t i = 0; i < n; i++)
	{
		double		dx,
					dy;

		if (!isfinite(x[i]) || !isfinite(y[i]))
			continue;
		dx = x[i] / ax - mx;
		dy = y[i] / ay - my;
		sxx += dx * dx;
		syy += dy * dy;
		sxy += dx * dy;
	}
	if (!(sxx > 0.0) || !(syy > 0.0))
		return NAN;
	r = sxy / sqrt(sxx * syy);
	return r > 1.0 ? 1.0 : (r < -1.0 ? -1.0 : r);
}

/* A value with its position, so that ranks can be scattered back. */
typedef struct rank_item
{
	double		v;
	size_t		i;
} rank_item;

/* Order by value, then by position to make the sort deterministic. */
static int
cmp_rank_item(const void *a, const void *b)
{
	const rank_item *x = a;
	const rank_item *y = b;

	if (x->v != y->v)
		return (x->v > y->v) - (x->v < y->v);
	return (x->i > y->i) - (x->i < y->i);
}

/*
 * Ranks drive both the normal scores of the copula and Spearman's rho; the
 * (value, position) pairs are sorted so x itself is left untouched, which
 * lets rank alias x.
 */
bool
sm_ranks(const double *x, size_t n, double *rank)
{
	rank_item  *it;
	size_t		m = 0,
				bytes;

	if (n == 0)
		return true;
	if (x == NULL || rank == NULL)
		return false;
	if (!sm_mul_size(n, sizeof(rank_item), &bytes))
		return false;
	it = sm_malloc(bytes);
	if (it == NULL)
		return false;
	for (size_t i = 0; i < n; i++)
	{
		if (!isnan(x[i]))
		{
			it[m].v = x[i];
			it[m].i = i;
			m++;
		}
	}
	for (size_t i = 0; i < n; i++)
		if (isnan(x[i]))
			rank[i] = NAN;
	if (m > 1)
		qsort(it, m, sizeof(rank_item), cmp_rank_item);
	for (size_t s = 0; s < m;)
	{
		size_t		e = s + 1;
		double		avg;

		while (e < m && it[e].v == it[s].v)
			e++;
		/* positions s..e-1 are ranks s+1..e; their mean is (s+1+e)/2 */
		avg = 0.5 * ((double) s + 1.0 + (double) e);
		for (size_t t = s; t < e; t++)
			rank[it[t].i] = avg;
		s = e;
	}
	sm_free(it);
	return true;
}

/*
 * Spearman's rho is Pearson on ranks, but the ranks must be taken over the
 * complete pairs only, so both sides are compacted first.
 */
double
sm_spearman(const double *x, const double *y, size_t n)
{
	double	   *xs,
			   *ys;
	size_t		m = 0,
				k = 0,
				bytes;
	double		r;

	if (x == NULL || y == NULL)
		return NAN;
	for (size_t i = 0; i < n; i++)
		if (isfinite(x[i]) && isfinite(y[i]))
			m++;
	if (m < 2)
		return NAN;
	if (!sm_mul_size(m, 2 * sizeof(double), &bytes))
		return NAN;
	xs = sm_malloc(bytes);
	if (xs == NULL)
		return NAN;
	ys = xs + m;
	for (size_t i = 0; i < n; i++)
	{
		if (isfinite(x[i]) && isfinite(y[i]))
		{
			xs[k] = x[i];
			ys[k] = y[i];
			k++;
		}
	}
	if (!sm_ranks(xs, m, xs) || !sm_ranks(ys, m, ys))
	{
		sm_free(xs);
		return NAN;
	}
	r = sm_pearson(xs, ys, m);
	sm_free(xs);
	return r;
}

/*
 * D = max over order statistics of the gaps just before and just after each
 * jump of the empirical CDF; with ties the extreme gaps are still visited.
 */
double
sm_ks_one_sample_sorted(const double *x, size_t n,
						double (*cdf) (double, const void *),
						const void *params)
{
	double		dmax = 0.0;

	if (n == 0 || x == NULL || cdf == NULL)
		return NAN;
	for (size_t i = 0; i < n; i++)
	{
		double		f = cdf(x[i], params);
		double		lo = (double) i / (double) n;
		double		hi = (double) (i + 1) / (double) n;

		if (isnan(f))
			return NAN;
		if (f - lo > dmax)
			dmax = f - lo;
		if (hi - f > dmax)
			dmax = hi - f;
	}
	return dmax;
}

/* Goodness of fit of a parametric marginal; NaN values are ignored. */
double
sm_ks_one_sample(double *x, size_t n, double (*cdf) (double, const void *),
				 const void *params)
{
	size_t		m;

	if (x == NULL)
		return NAN;
	m = sm_sort_values(x, n);
	return sm_ks_one_sample_sorted(x, m, cdf, params);
}
