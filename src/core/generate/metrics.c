/*
 * metrics.c
 *	  Quality and privacy scores of synthetic data (SDMetrics definitions):
 *	  KSComplement, TVComplement, CorrelationSimilarity, ContingencySimilarity,
 *	  distance to closest record, NewRowSynthesis and the random baseline.
 */
#include "metrics.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "stats.h"

/* ---------------------------------------------------------------- codebook */

struct sm_codebook
{
	uint64_t   *keys;
	int64_t    *codes;			/* -1: empty slot */
	size_t		cap;			/* power of two */
	size_t		n;
};

/* A new, empty codebook of 64-bit keys. */
sm_codebook *
sm_codebook_create(void)
{
	sm_codebook *cb = sm_calloc(1, sizeof(sm_codebook));

	if (cb == NULL)
		return NULL;
	cb->cap = 64;
	cb->keys = sm_calloc(cb->cap, sizeof(uint64_t));
	cb->codes = sm_malloc(cb->cap * sizeof(int64_t));
	if (cb->keys == NULL || cb->codes == NULL)
	{
		sm_codebook_free(cb);
		return NULL;
	}
	for (size_t i = 0; i < cb->cap; i++)
		cb->codes[i] = -1;
	return cb;
}

/* Release a codebook. */
void
sm_codebook_free(sm_codebook *cb)
{
	if (cb == NULL)
		return;
	sm_free(cb->keys);
	sm_free(cb->codes);
	sm_free(cb);
}

/* The number of distinct keys coded so far. */
size_t
sm_codebook_size(const sm_codebook *cb)
{
	return cb ? cb->n : 0;
}

/* Slot of key: where it is, or the empty slot where it would go. */
static size_t
codebook_slot(const uint64_t *keys, const int64_t *codes, size_t cap, uint64_t key)
{
	size_t		i = (size_t) sm_mix64(key) & (cap - 1);

	while (codes[i] >= 0 && keys[i] != key)
		i = (i + 1) & (cap - 1);
	return i;
}

/* Double the hash table of a codebook; false when out of memory. */
static bool
codebook_grow(sm_codebook *cb)
{
	size_t		cap = cb->cap * 2;
	uint64_t   *keys;
	int64_t    *codes;

	if (cap < cb->cap)
		return false;
	keys = sm_calloc(cap, sizeof(uint64_t));
	codes = sm_calloc(cap, sizeof(int64_t));
	if (keys == NULL || codes == NULL)
	{
		sm_free(keys);
		sm_free(codes);
		return false;
	}
	for (size_t i = 0; i < cap; i++)
		codes[i] = -1;
	for (size_t i = 0; i < cb->cap; i++)
	{
		if (cb->codes[i] >= 0)
		{
			size_t		j = codebook_slot(keys, codes, cap, cb->keys[i]);

			keys[j] = cb->keys[i];
			codes[j] = cb->codes[i];
		}
	}
	sm_free(cb->keys);
	sm_free(cb->codes);
	cb->keys = keys;
	cb->codes = codes;
	cb->cap = cap;
	return true;
}

/* The code of a key, a new one for a key not seen; -1 when out of memory. */
int64_t
sm_codebook_code(sm_codebook *cb, uint64_t key)
{
	size_t		i;

	if (cb == NULL)
		return -1;
	i = codebook_slot(cb->keys, cb->codes, cb->cap, key);
	if (cb->codes[i] >= 0)
		return cb->codes[i];
	/* keep the load factor at most one half */
	if ((cb->n + 1) * 2 > cb->cap)
	{
		if (!codebook_grow(cb))
			return -1;
		i = codebook_slot(cb->keys, cb->codes, cb->cap, key);
	}
	cb->keys[i] = key;
	cb->codes[i] = (int64_t) cb->n;
	return (int64_t) cb->n++;
}

/* ----------------------------------------------------------- column shapes */

static bool
oom(sm_error *err, const char *what)
{
	return sm_error_set(err, SM_ENOMEM, "", "out of memory while computing %s", what);
}

/* The non-NaN values of x, sorted, in a new array (*m of them). */
static double *
sorted_copy(const double *x, size_t n, size_t *m)
{
	double	   *c = sm_malloc((n ? n : 1) * sizeof(double));

	if (c == NULL)
		return NULL;
	if (n)
		memcpy(c, x, n * sizeof(double));
	*m = sm_sort_values(c, n);
	return c;
}

/* KSComplement of two numeric samples (SDMetrics). */
bool
sm_metric_ks(const double *real, size_t nr, const double *synth, size_t ns,
			 double *score, sm_error *err)
{
	size_t		mr,
				ms;
	double	   *a,
			   *b;

	*score = NAN;
	a = sorted_copy(real, nr, &mr);
	if (a == NULL)
		return oom(err, "KSComplement");
	b = sorted_copy(synth, ns, &ms);
	if (b == NULL)
	{
		sm_free(a);
		return oom(err, "KSComplement");
	}
	if (mr > 0 && ms > 0)
		*score = 1.0 - sm_ks_statistic_sorted(a, mr, b, ms);
	sm_free(a);
	sm_free(b);
	return true;
}

/* Add the codes of x to counts[0..k-1]; false on a code out of range. */
static bool
count_codes(const double *x, size_t n, int k, double *counts, sm_error *err)
{
	for (size_t i = 0; i < n; i++)
	{
		double		v = x[i];

		if (isnan(v))
			continue;
		if (!(v >= 0.0 && v < (double) k) || v != floor(v))
			return sm_error_set(err, SM_EINVAL, "", "category code %g is outside 0..%d", v, k - 1);
		counts[(size_t) v] += 1.0;
	}
	return true;
}

/* TVComplement of two categorical samples coded in [0, k) (SDMetrics). */
bool
sm_metric_tv(const double *real, size_t nr, const double *synth, size_t ns, int k,
			 double *score, sm_error *err)
{
	double	   *cr,
			   *cs;
	double		sr = 0.0,
				ss = 0.0;
	bool		ok;

	*score = NAN;
	if (k < 1)
	{
		/* no category at all: both sides are entirely NULL */
		for (size_t i = 0; i < nr; i++)
			if (!isnan(real[i]))
				return sm_error_set(err, SM_EINVAL, "", "category code %g is outside 0..-1", real[i]);
		for (size_t i = 0; i < ns; i++)
			if (!isnan(synth[i]))
				return sm_error_set(err, SM_EINVAL, "", "category code %g is outside 0..-1", synth[i]);
		return true;
	}
	cr = sm_calloc((size_t) k, sizeof(double));
	cs = sm_calloc((size_t) k, sizeof(double));
	if (cr == NULL || cs == NULL)
	{
		sm_free(cr);
		sm_free(cs);
		return oom(err, "TVComplement");
	}
	ok = count_codes(real, nr, k, cr, err) && count_codes(synth, ns, k, cs, err);
	if (ok)
	{
		for (int i = 0; i < k; i++)
		{
			sr += cr[i];
			ss += cs[i];
		}
		if (sr > 0.0 && ss > 0.0)
			*score = sm_tv_complement(cr, cs, k);
	}
	sm_free(cr);
	sm_free(cs);
	return ok;
}

/* ------------------------------------------------------- column pair trends */

void
sm_metric_correlation(const double *real_x, const double *real_y, size_t nr,
					  const double *synth_x, const double *synth_y, size_t ns,
					  double *score, double *r_real, double *r_synth)
{
	*r_real = sm_pearson(real_x, real_y, nr);
	*r_synth = sm_pearson(synth_x, synth_y, ns);
	*score = sm_correlation_similarity(*r_real, *r_synth);
}

/* Code real and synthetic values of a column for pair metrics: categories or bins. */
bool
sm_pair_codes(sm_mkind kind, int ncat,
			  const double *real, size_t nr, int32_t *code_real,
			  const double *synth, size_t ns, int32_t *code_synth,
			  int *k, sm_error *err)
{
	if (kind == SM_MK_CATEGORICAL)
	{
		const double *x[2] = {real, synth};
		const size_t n[2] = {nr, ns};
		int32_t    *out[2] = {code_real, code_synth};

		if (ncat < 0 || ncat == INT32_MAX)
			return sm_error_set(err, SM_EINVAL, "", "invalid number of categories %d", ncat);
		for (int s = 0; s < 2; s++)
			for (size_t i = 0; i < n[s]; i++)
			{
				double		v = x[s][i];

				if (isnan(v))
					out[s][i] = ncat;
				else if (v >= 0.0 && v < (double) ncat && v == floor(v))
					out[s][i] = (int32_t) v;
				else
					return sm_error_set(err, SM_EINVAL, "", "category code %g is outside 0..%d", v, ncat - 1);
			}
		*k = ncat + 1;
		return true;
	}
	else
	{
		double		lo = INFINITY,
					hi = -INFINITY;

		for (size_t i = 0; i < nr; i++)
		{
			if (!isfinite(real[i]))
				continue;
			if (real[i] < lo)
				lo = real[i];
			if (real[i] > hi)
				hi = real[i];
		}
		if (lo > hi)
			lo = hi = 0.0;		/* no real value: every synthetic value in one
								 * bin */
		if (lo == hi)
		{
			/* NumPy's histogram_bin_edges widens a zero range the same way */
			lo -= 0.5;
			hi += 0.5;
		}
		if (!sm_equal_width_bins(real, nr, SM_CONTINGENCY_BINS, lo, hi, code_real) ||
			!sm_equal_width_bins(synth, ns, SM_CONTINGENCY_BINS, lo, hi, code_synth))
			return sm_error_set(err, SM_EINVAL, "", "cannot bin values over [%g, %g]", lo, hi);
		for (size_t i = 0; i < nr; i++)
			if (code_real[i] < 0)
				code_real[i] = SM_CONTINGENCY_BINS;
		for (size_t i = 0; i < ns; i++)
			if (code_synth[i] < 0)
				code_synth[i] = SM_CONTINGENCY_BINS;
		*k = SM_CONTINGENCY_BINS + 1;
		return true;
	}
}

/* qsort order of uint64_t values. */
static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a;
	uint64_t	y = *(const uint64_t *) b;

	return (x > y) - (x < y);
}

/* Joint cell numbers a * kb + b of one side; false on a code out of range. */
static bool
joint_cells(const int32_t *a, const int32_t *b, size_t n, int ka, int kb,
			uint64_t *cell, sm_error *err)
{
	for (size_t i = 0; i < n; i++)
	{
		if (a[i] < 0 || a[i] >= ka || b[i] < 0 || b[i] >= kb)
			return sm_error_set(err, SM_EINVAL, "", "code pair (%d, %d) is outside %d x %d",
								(int) a[i], (int) b[i], ka, kb);
		cell[i] = (uint64_t) a[i] * (uint64_t) kb + (uint64_t) b[i];
	}
	return true;
}

/* ContingencySimilarity of two coded column pairs (SDMetrics). */
bool
sm_metric_contingency(const int32_t *real_a, const int32_t *real_b, size_t nr,
					  const int32_t *synth_a, const int32_t *synth_b, size_t ns,
					  int ka, int kb, double *score, sm_error *err)
{
	uint64_t   *cr,
			   *cs;
	size_t		cells;
	bool		ok;

	*score = NAN;
	if (ka < 1 || kb < 1)
		return sm_error_set(err, SM_EINVAL, "", "invalid table size %d x %d", ka, kb);
	if (nr == 0 || ns == 0)
		return true;
	cells = (size_t) ka * (size_t) kb;
	cr = sm_malloc(nr * sizeof(uint64_t));
	cs = sm_malloc(ns * sizeof(uint64_t));
	if (cr == NULL || cs == NULL)
	{
		sm_free(cr);
		sm_free(cs);
		return oom(err, "ContingencySimilarity");
	}
	ok = joint_cells(real_a, real_b, nr, ka, kb, cr, err) &&
		joint_cells(synth_a, synth_b, ns, ka, kb, cs, err);
	if (ok && (cells <= 65536 || cells <= 2 * (nr + ns)))
	{
		/* a dense table is cheapest */
		double	   *tr = sm_calloc(cells, sizeof(double));
		double	   *ts = sm_calloc(cells, sizeof(double));

		if (tr == NULL || ts == NULL)
			ok = oom(err, "ContingencySimilarity");
		else
		{
			for (size_t i = 0; i < nr; i++)
				tr[cr[i]] += 1.0;
			for (size_t i = 0; i < ns; i++)
				ts[cs[i]] += 1.0;
			*score = sm_contingency_similarity(tr, ts, ka, kb);
		}
		sm_free(tr);
		sm_free(ts);
	}
	else if (ok)
	{
		/* many categories: sort the cells and walk both lists */
		size_t		i = 0,
					j = 0;
		double		tv = 0.0;

		qsort(cr, nr, sizeof(uint64_t), cmp_u64);
		qsort(cs, ns, sizeof(uint64_t), cmp_u64);
		while (i < nr || j < ns)
		{
			uint64_t	c = (j >= ns || (i < nr && cr[i] <= cs[j])) ? cr[i] : cs[j];
			size_t		n1 = 0,
						n2 = 0;

			while (i < nr && cr[i] == c)
				i++, n1++;
			while (j < ns && cs[j] == c)
				j++, n2++;
			tv += fabs((double) n1 / (double) nr - (double) n2 / (double) ns);
		}
		*score = 1.0 - 0.5 * tv;
		if (*score < 0.0)
			*score = 0.0;
		if (*score > 1.0)
			*score = 1.0;
	}
	sm_free(cr);
	sm_free(cs);
	return ok;
}

/* ------------------------------------------------------------------ privacy */

void
sm_matrix_minmax(const double *m, size_t n, int d, int c, double *lo, double *hi)
{
	double		a = INFINITY,
				b = -INFINITY;

	for (size_t i = 0; i < n; i++)
	{
		double		v = m[i * (size_t) d + (size_t) c];

		if (isnan(v))
			continue;
		if (v < a)
			a = v;
		if (v > b)
			b = v;
	}
	if (a > b)
		a = b = NAN;
	*lo = a;
	*hi = b;
}

/* SDMetrics' per-cell DCR distance. */
static inline double
cell_distance(sm_mkind kind, double a, double b, double range)
{
	bool		an = isnan(a),
				bn = isnan(b);

	if (an || bn)
		return (an && bn) ? 0.0 : 1.0;
	if (kind == SM_MK_CATEGORICAL)
		return a == b ? 0.0 : 1.0;
	else
	{
		double		diff = fabs(a - b);
		double		dist;

		if (!(range > 0.0))
			return diff > 0.0 ? 1.0 : 0.0;
		dist = diff / range;
		return dist < 1.0 ? dist : 1.0;
	}
}

/* Distance to the closest reference record of each query row. */
bool
sm_dcr(const double *query, size_t nq, const double *ref, size_t nref,
	   int d, const sm_mkind *kinds, const double *range,
	   double *out, sm_error *err)
{
	int		   *order;
	int			n = 0;

	if (d < 1)
		return sm_error_set(err, SM_EINVAL, "", "no column to measure distances on");
	if (nref == 0)
		return sm_error_set(err, SM_EINVAL, "", "no reference row to measure distances to");

	/*
	 * Categorical columns first: their 0/1 distances make the partial sum
	 * reach the best so far sooner, so the search stops earlier.
	 */
	order = sm_malloc((size_t) d * sizeof(int));
	if (order == NULL)
		return oom(err, "distances to closest records");
	for (int c = 0; c < d; c++)
		if (kinds[c] == SM_MK_CATEGORICAL)
			order[n++] = c;
	for (int c = 0; c < d; c++)
		if (kinds[c] != SM_MK_CATEGORICAL)
			order[n++] = c;
	for (size_t q = 0; q < nq; q++)
	{
		const double *x = query + q * (size_t) d;
		double		best = INFINITY;

		for (size_t r = 0; r < nref && best > 0.0; r++)
		{
			const double *y = ref + r * (size_t) d;
			double		sum = 0.0;
			int			c;

			/* the sum only grows: stop as soon as it cannot beat the best */
			for (c = 0; c < d; c++)
			{
				int			k = order[c];

				sum += cell_distance(kinds[k], x[k], y[k], range[k]);
				if (sum >= best)
					break;
			}
			if (c == d && sum < best)
				best = sum;
		}
		out[q] = best / (double) d;
	}
	sm_free(order);
	return true;
}

typedef struct nrs_entry
{
	uint64_t	hash;			/* of the exactly compared cells and the NULL
								 * pattern */
	double		key;			/* first numerical column, 0 when NULL or none */
	size_t		row;
} nrs_entry;

/* qsort order of rows by hash, then key, then row number. */
static int
cmp_nrs(const void *a, const void *b)
{
	const nrs_entry *x = a;
	const nrs_entry *y = b;

	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return (x->row > y->row) - (x->row < y->row);
}

/* Hash of the cells that must be equal, and of which numerical cells are NULL. */
static uint64_t
nrs_hash(const double *x, int d, const sm_mkind *kinds)
{
	uint64_t	h = UINT64_C(0x5eed);

	for (int c = 0; c < d; c++)
	{
		double		v = x[c];
		uint64_t	bits;

		if (isnan(v))
			bits = UINT64_C(0x7ff8dead00000000);
		else if (kinds[c] == SM_MK_NUMERICAL)
			bits = 1;			/* present; the value is compared with a
								 * tolerance */
		else if (v == 0.0)
			bits = 0;			/* -0 == 0: the bits of +0.0 */
		else
			memcpy(&bits, &v, sizeof(bits));
		h = sm_hash2(h, bits);
	}
	return h;
}

/* The sort key of a row: its key column, 0 when none or NaN. */
static double
nrs_key(const double *x, int keycol)
{
	return (keycol < 0 || isnan(x[keycol])) ? 0.0 : x[keycol];
}

/* Count the synthetic rows that copy a real row (NewRowSynthesis). */
bool
sm_new_rows(const double *real, size_t nr, const double *synth, size_t ns,
			int d, const sm_mkind *kinds, double tol,
			size_t *matched, size_t *exact, bool *exact_rows, sm_error *err)
{
	nrs_entry  *idx;
	int			keycol = -1;

	*matched = 0;
	*exact = 0;
	if (exact_rows)
		for (size_t s = 0; s < ns; s++)
			exact_rows[s] = false;
	if (d < 1)
		return sm_error_set(err, SM_EINVAL, "", "no column to compare rows on");
	if (!(tol >= 0.0))
		return sm_error_set(err, SM_EINVAL, "", "invalid tolerance %g", tol);
	if (nr == 0 || ns == 0)
		return true;
	for (int c = 0; c < d && keycol < 0; c++)
		if (kinds[c] == SM_MK_NUMERICAL)
			keycol = c;
	idx = sm_malloc(nr * sizeof(nrs_entry));
	if (idx == NULL)
		return oom(err, "NewRowSynthesis");
	for (size_t i = 0; i < nr; i++)
	{
		const double *x = real + i * (size_t) d;

		idx[i].hash = nrs_hash(x, d, kinds);
		idx[i].key = nrs_key(x, keycol);
		idx[i].row = i;
	}
	qsort(idx, nr, sizeof(nrs_entry), cmp_nrs);

	for (size_t s = 0; s < ns; s++)
	{
		const double *x = synth + s * (size_t) d;
		uint64_t	h = nrs_hash(x, d, kinds);
		double		v = nrs_key(x, keycol);
		double		t = fabs(tol * v);
		double		slack = (fabs(v) + t) * 4.0 * DBL_EPSILON;
		double		lo = v - t - slack,
					hi = v + t + slack;
		size_t		a = 0,
					b = nr;
		bool		is_match = false,
					is_exact = false;

		/* first entry not below (h, lo) */
		while (a < b)
		{
			size_t		m = a + (b - a) / 2;

			if (idx[m].hash < h || (idx[m].hash == h && idx[m].key < lo))
				a = m + 1;
			else
				b = m;
		}
		for (size_t e = a; e < nr && idx[e].hash == h && idx[e].key <= hi && !is_exact; e++)
		{
			const double *y = real + idx[e].row * (size_t) d;
			bool		m = true,
						same = true;

			for (int c = 0; c < d && m; c++)
			{
				bool		xn = isnan(x[c]),
							yn = isnan(y[c]);

				if (xn || yn)
				{
					m = xn && yn;
					continue;
				}
				if (x[c] != y[c])
				{
					same = false;
					if (kinds[c] != SM_MK_NUMERICAL || !(fabs(y[c] - x[c]) <= fabs(tol * x[c])))
						m = false;
				}
			}
			if (m)
			{
				is_match = true;
				is_exact = same;
			}
		}
		if (is_match)
			(*matched)++;
		if (is_exact)
			(*exact)++;
		if (exact_rows)
			exact_rows[s] = is_exact;
	}
	sm_free(idx);
	return true;
}

/* qsort order of doubles. */
static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	return (x > y) - (x < y);
}

/* The random baseline of DCRBaselineProtection: n rows, column by column. */
bool
sm_random_rows(const double *real, size_t nr, int d,
			   const sm_mkind *kinds, const bool *integer,
			   uint64_t seed, size_t n, double *out, sm_error *err)
{
	double	   *cats;

	if (d < 1)
		return sm_error_set(err, SM_EINVAL, "", "no column to draw");
	cats = sm_malloc((nr ? nr : 1) * sizeof(double));
	if (cats == NULL)
		return oom(err, "the random baseline");
	for (int c = 0; c < d; c++)
	{
		double		lo,
					hi;
		size_t		nulls = 0,
					ncat = 0;
		double		null_rate;

		sm_matrix_minmax(real, nr, d, c, &lo, &hi);
		for (size_t i = 0; i < nr; i++)
		{
			double		v = real[i * (size_t) d + (size_t) c];

			if (isnan(v))
				nulls++;
			else if (kinds[c] == SM_MK_CATEGORICAL)
				cats[ncat++] = v;
		}
		if (kinds[c] == SM_MK_CATEGORICAL && ncat > 1)
		{
			/* the distinct categories, each drawn with the same chance */
			size_t		u = 1;

			qsort(cats, ncat, sizeof(double), cmp_double);
			for (size_t i = 1; i < ncat; i++)
				if (cats[i] != cats[u - 1])
					cats[u++] = cats[i];
			ncat = u;
		}
		null_rate = nr ? (double) nulls / (double) nr : 1.0;

		for (size_t i = 0; i < n; i++)
		{
			sm_rng		rng;
			double		u,
						v;

			sm_rng_init(&rng, seed, (uint64_t) i, (uint64_t) c);
			u = sm_rng_uniform(&rng);
			if (u < null_rate || isnan(lo))
				v = NAN;
			else if (kinds[c] == SM_MK_CATEGORICAL)
				v = cats[sm_rng_below(&rng, ncat)];
			else if (integer != NULL && integer[c])
			{
				double		w = floor(hi) - ceil(lo) + 1.0;

				if (!(w >= 1.0))
					v = lo;
				else
				{
					v = ceil(lo) + floor(sm_rng_uniform(&rng) * w);
					if (v > hi)
						v = floor(hi);
				}
			}
			else
			{
				v = lo + sm_rng_uniform(&rng) * (hi - lo);
				if (!isfinite(v))	/* hi - lo overflowed */
					v = 0.5 * lo + 0.5 * hi;
				if (v > hi)
					v = hi;
			}
			out[i * (size_t) d + (size_t) c] = v;
		}
	}
	sm_free(cats);
	return true;
}

/* The median of the non-NaN values (sorts x); NaN when there are none. */
double
sm_median(double *x, size_t n)
{
	size_t		m = sm_sort_values(x, n);

	return m ? sm_quantile_sorted(x, m, 0.5) : NAN;
}
