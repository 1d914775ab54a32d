/*
 * marginal.c
 *	  One column of a table model: fitting from the training sample, JSON
 *	  encoding and validation, and generation of a value from a uniform.
 *
 * A numeric column is a mixture, in value order, of atoms (point masses)
 * and a continuous part (quantile knots or a tabulated parametric family):
 * its CDF is F(x) = sum(p_k : v_k <= x) + pc * G(x), inverted exactly, so
 * that a copula uniform u maps monotonically to a value and the atoms keep
 * their exact frequencies.  A categorical column is a list of slots (the
 * stored labels and the "other" bucket) with cumulative weights.
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
/* Intervals of the quantile table of a parametric family. */
#define TAB_SIZE			1024
/* Draws of the other bucket before the fallback generator. */
#define OTHER_ATTEMPTS		16
/* Most rare-value hashes kept per column (the shortest values first). */
#define MAX_EXCLUDE			4096
/* Runs of a character-shape pattern. */
#define MAX_SHAPE_RUNS		24
/* Smallest range of a unique integer column learnt from data. */
#define INT_KEY_SPAN		(INT64_C(1) << 20)
/* Context cap of the n-gram models (keeps stored models small). */
#define TEXTMODEL_CONTEXTS	50000
/* Most stored categories / atoms read from JSON. */
#define MAX_SLOTS			100000
#define MAX_STRLEN			(10 * 1024 * 1024)

/* PostgreSQL's date and timestamp ranges, and int64 as safe doubles. */
#define DATE_MIN_DAYS		(-2451545.0)
#define DATE_MAX_DAYS		2145031948.0
#define TS_MIN_USEC			(-211813488000000000.0)
#define TS_MAX_USEC			9223371331199998976.0
#define INT64_LO_DBL		(-9223372036854775808.0)
#define INT64_HI_DBL		9223372036854774784.0
/* 2^53: doubles are exact integers below it. */
#define EXACT_DBL			9007199254740992.0

static const char *const type_names[] = {
	"int", "float", "numeric", "bool", "date", "timestamp", "text", "uuid"
};

static const char *const kind_names[] = {
	"constant", "numeric", "categorical", "sequence", "permutation",
	"pattern", "uuid"
};

/* A few lorem ipsum words for text columns nothing is known about. */
static const char *const lorem_words[] = {
	"lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing",
	"elit", "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore",
	"et", "dolore", "magna", "aliqua", "enim", "ad", "minim", "veniam",
	"quis", "nostrud", "exercitation", "ullamco", "laboris", "nisi",
	"aliquip", "ex", "ea", "commodo", "consequat", "duis", "aute", "irure",
	"in", "reprehenderit", "voluptate", "velit", "esse", "cillum", "fugiat",
	"nulla", "pariatur", "excepteur", "sint", "occaecat", "cupidatat",
	"non", "proident", "sunt", "culpa", "qui", "officia", "deserunt",
	"mollit", "anim", "id", "est", "laborum", "porta", "nibh"
};

#define NLOREM ((int) (sizeof(lorem_words) / sizeof(lorem_words[0])))

/* ------------------------------------------------------------------------
 * Small helpers
 * ------------------------------------------------------------------------ */

/* Report an allocation failure; returns false for convenience. */
static bool
oom(sm_error *err)
{
	return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
}

/* An overflow-checked array of n elements (at least one byte). */
static void *
alloc_array(size_t n, size_t size, sm_error *err)
{
	size_t		bytes;
	void	   *p = NULL;

	if (sm_mul_size(n ? n : 1, size, &bytes))
		p = sm_malloc(bytes);
	if (p == NULL)
		oom(err);
	return p;
}

/* qsort order of doubles (no NaN here). */
static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	return (x > y) - (x < y);
}

/* qsort order of uint64. */
static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a;
	uint64_t	y = *(const uint64_t *) b;

	return (x > y) - (x < y);
}

/* Byte order of two strings, shorter first on a common prefix. */
static int
cmp_bytes(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t		common = alen < blen ? alen : blen;
	int			c = common > 0 ? memcmp(a, b, common) : 0;

	if (c != 0)
		return c;
	return (alen > blen) - (alen < blen);
}

/* 10^s for the numeric grid (s <= 15 keeps it exact). */
static double
pow10i(int s)
{
	double		p = 1.0;

	for (int k = 0; k < s; k++)
		p *= 10.0;
	return p;
}

/* Keyed 64-bit hash of a string: a fast mixer, not a MAC. */
uint64_t
sm_mcol_hash(uint64_t key, const char *s, size_t len)
{
	uint64_t	h = sm_hash2(key, (uint64_t) len);
	size_t		i = 0;

	for (; i + 8 <= len; i += 8)
	{
		uint64_t	w;

		memcpy(&w, s + i, 8);
		h = sm_mix64(h ^ w) + UINT64_C(0x9e3779b97f4a7c15);
	}
	if (i < len)
	{
		uint64_t	w = 0;

		memcpy(&w, s + i, len - i);
		h = sm_mix64(h ^ w ^ UINT64_C(0xa0761d6478bd642f));
	}
	return sm_hash2(h, key);
}

/* Name lookups shared by the writer and the reader. */
static bool
lookup_name(const char *const *names, int count, const char *s, int *out)
{
	for (int k = 0; k < count; k++)
		if (strcmp(names[k], s) == 0)
		{
			*out = k;
			return true;
		}
	return false;
}

/* Whether the column type lives on a numeric axis. */
static bool
type_is_numeric(sm_coltype t)
{
	return t == SM_COL_INT || t == SM_COL_FLOAT || t == SM_COL_NUMERIC ||
		t == SM_COL_DATE || t == SM_COL_TIMESTAMP;
}

/* The range of values PostgreSQL accepts for the column's type. */
static void
type_range(const sm_mcol *c, double *lo, double *hi)
{
	switch (c->type)
	{
		case SM_COL_INT:
			if (c->int_bytes == 2)
			{
				*lo = -32768.0;
				*hi = 32767.0;
			}
			else if (c->int_bytes == 4)
			{
				*lo = -2147483648.0;
				*hi = 2147483647.0;
			}
			else
			{
				*lo = INT64_LO_DBL;
				*hi = INT64_HI_DBL;
			}
			return;
		case SM_COL_DATE:
			*lo = DATE_MIN_DAYS;
			*hi = DATE_MAX_DAYS;
			return;
		case SM_COL_TIMESTAMP:
			*lo = TS_MIN_USEC;
			*hi = TS_MAX_USEC;
			return;
		case SM_COL_NUMERIC:
			/* within int64 once scaled, so the grid arithmetic is exact */
			*lo = -1e15;
			*hi = 1e15;
			return;
		default:
			*lo = -DBL_MAX;
			*hi = DBL_MAX;
			return;
	}
}

/*
 * The value grid: numerics have 10^-scale, integers, dates and timestamps
 * their step; floats none.
 */
static bool
has_grid(const sm_mcol *c)
{
	if (c->type == SM_COL_NUMERIC)
		return c->scale >= 0 && c->scale <= 15;
	return c->type != SM_COL_FLOAT && c->step > 0.0;
}

/* Grid units of x (not rounded): the integer lattice of the column. */
static double
grid_units(const sm_mcol *c, double x)
{
	if (c->type == SM_COL_NUMERIC)
		return x * pow10i(c->scale);
	return x / c->step;
}

/* The value of a number of grid units. */
static double
grid_value(const sm_mcol *c, double units)
{
	if (c->type == SM_COL_NUMERIC)
		return units / pow10i(c->scale);
	return units * c->step;
}

/* The multiplier of a key column's units (sequence, permutation). */
static double
unit_value(const sm_mcol *c, int64_t k)
{
	if (c->type == SM_COL_NUMERIC)
		return (double) k / pow10i(c->scale);
	return (double) k * c->step;
}

/* ------------------------------------------------------------------------
 * Model kind requested by the definition
 * ------------------------------------------------------------------------ */

typedef enum req_kind
{
	RK_AUTO,
	RK_EMPIRICAL,
	RK_FAMILY,
	RK_CATEGORICAL,
	RK_CONSTANT,
	RK_SEQUENCE,
	RK_PATTERN,
	RK_NGRAM,
	RK_UUID
} req_kind;

/* Decode spec->model_kind; SM_EINVAL for unknown or unsuitable kinds. */
static bool
parse_req_kind(const sm_colspec *spec, req_kind *rk, sm_dist_family *fam,
			   sm_error *err)
{
	const char *k = spec->model_kind;
	bool		numeric = type_is_numeric(spec->type);
	bool		text = spec->type == SM_COL_TEXT;

	*rk = RK_AUTO;
	if (k == NULL || strcmp(k, "auto") == 0 || strcmp(k, "dictionary") == 0)
		return true;
	if (strcmp(k, "empirical") == 0)
		*rk = RK_EMPIRICAL;
	else if (strcmp(k, "normal") == 0)
		*rk = RK_FAMILY, *fam = SM_DIST_NORMAL;
	else if (strcmp(k, "truncated_normal") == 0)
		*rk = RK_FAMILY, *fam = SM_DIST_TRUNCNORM;
	else if (strcmp(k, "lognormal") == 0)
		*rk = RK_FAMILY, *fam = SM_DIST_LOGNORMAL;
	else if (strcmp(k, "gamma") == 0)
		*rk = RK_FAMILY, *fam = SM_DIST_GAMMA;
	else if (strcmp(k, "beta") == 0)
		*rk = RK_FAMILY, *fam = SM_DIST_BETA;
	else if (strcmp(k, "uniform") == 0)
		*rk = RK_FAMILY, *fam = SM_DIST_UNIFORM;
	else if (strcmp(k, "categorical") == 0)
		*rk = RK_CATEGORICAL;
	else if (strcmp(k, "constant") == 0)
		*rk = RK_CONSTANT;
	else if (strcmp(k, "sequence") == 0)
		*rk = RK_SEQUENCE;
	else if (strcmp(k, "pattern") == 0)
		*rk = RK_PATTERN;
	else if (strcmp(k, "ngram") == 0)
		*rk = RK_NGRAM;
	else if (strcmp(k, "uuid") == 0)
		*rk = RK_UUID;
	else
		return sm_error_set(err, SM_EINVAL, spec->name,
							"unknown model kind \"%s\"", k);

	if (((*rk == RK_EMPIRICAL || *rk == RK_FAMILY) && !numeric) ||
		(*rk == RK_SEQUENCE && !(numeric && spec->type != SM_COL_FLOAT)) ||
		((*rk == RK_PATTERN || *rk == RK_NGRAM) && !text) ||
		(*rk == RK_UUID && spec->type != SM_COL_UUID) ||
		(*rk == RK_CATEGORICAL && spec->type == SM_COL_UUID) ||
		(*rk == RK_CONSTANT && spec->type == SM_COL_UUID))
		return sm_error_set(err, SM_EINVAL, spec->name,
							"model kind \"%s\" does not suit a column of type %s",
							k, type_names[spec->type]);
	return true;
}

/*
 * Reject an unknown or unsuitable model kind when the fitter is made,
 * not after the sample has been read.
 */
bool
sm_mcol_check_spec(const sm_colspec *spec, sm_error *err)
{
	req_kind	rk;
	sm_dist_family fam;

	return parse_req_kind(spec, &rk, &fam, err);
}

/* A numeric model parameter of the definition; false if absent. */
static bool
param_num(const sm_colspec *spec, const char *key, double *out)
{
	const sm_json *v;

	if (spec->model_params == NULL)
		return false;
	v = sm_json_get(spec->model_params, key);
	if (v == NULL || v->type != SM_JNUMBER || !isfinite(v->num))
		return false;
	*out = v->num;
	return true;
}

/* ------------------------------------------------------------------------
 * Fit metrics (a JSON object kept with the column)
 * ------------------------------------------------------------------------ */

/* Append a member to the fit metrics (takes ownership of v). */
static bool
fit_put(sm_json *fit, const char *key, sm_json *v)
{
	if (v == NULL)
		return false;
	return sm_json_object_append(fit, key, strlen(key), v);
}

/* A numeric fit metric; non-finite values are left out (JSON has none). */
static bool
fit_num(sm_json *fit, const char *key, double d)
{
	if (!isfinite(d))
		return true;
	return fit_put(fit, key, sm_json_new_number(d));
}

/* A string fit metric. */
static bool
fit_str(sm_json *fit, const char *key, const char *s)
{
	return fit_put(fit, key, sm_json_new_string(s, strlen(s)));
}

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
static double
cont_cdf(const sm_mcol *c, double x)
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
static double
mix_cdf(const sm_mcol *c, double x, bool strict)
{
	double		a = 0.0;

	for (int k = 0; k < c->natoms; k++)
		if (strict ? c->atom_v[k] < x : c->atom_v[k] <= x)
			a += c->atom_p[k];
	return a + (c->pc > 0.0 ? c->pc * cont_cdf(c, x) : 0.0);
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
static double
numeric_value(const sm_mcol *c, double u)
{
	double		x,
				q;
	int			k = -1;

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
	if (has_grid(c))
	{
		double		units = round(grid_units(c, x));

		x = grid_value(c, units);
		if (c->avoid_atoms && find_atom(c, x) >= 0)
		{
			double		dir = grid_units(c, cont_quantile(c, q)) >= units ? 1.0 : -1.0;

			for (int d = 1; d <= 32; d++)
			{
				double		y = grid_value(c, units + dir * d);

				if (y >= c->vlo && y <= c->vhi && find_atom(c, y) < 0)
				{
					x = y;
					break;
				}
				y = grid_value(c, units - dir * d);
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

/* Store a number of the column's type into out. */
static void
emit_number(const sm_mcol *c, double x, sm_value *out)
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

/* ------------------------------------------------------------------------
 * Preparation: validation of stored fields and derived tables
 * ------------------------------------------------------------------------ */

/* Release what sm_mcol_prepare builds. */
static void
free_derived(sm_mcol *c)
{
	sm_free(c->atom_p);
	sm_free(c->atom_ulo);
	sm_free(c->atom_uhi);
	sm_free(c->atom_cum);
	sm_free(c->tab);
	sm_free(c->cum);
	sm_free(c->slot_label);
	sm_free(c->out_len);
	sm_free(c->label_hash);
	c->out_len = NULL;
	c->atom_p = c->atom_ulo = c->atom_uhi = c->atom_cum = NULL;
	c->tab = NULL;
	c->cum = NULL;
	c->slot_label = NULL;
	c->label_hash = NULL;
	c->label_hash_size = 0;
}

/* (the prototype lets the compiler check bad()'s format strings) */
static bool
bad(sm_error *err, const char *path, const char *member, const char *fmt,...)
	__attribute__((format(printf, 4, 5)));

/* Record a validation error at path (+ optional member); returns false. */
static bool
bad(sm_error *err, const char *path, const char *member, const char *fmt,...)
{
	char		p[256];
	char		msg[400];
	va_list		ap;

	if (member)
		sm_json_path_key(p, sizeof(p), path, member, strlen(member));
	else
		snprintf(p, sizeof(p), "%s", path ? path : "");
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return sm_error_set(err, SM_EINVAL, p, "%s", msg);
}

/* Bytes of the first max_chars UTF-8 characters of s (all if negative). */
static size_t
utf8_prefix(const char *s, size_t len, int max_chars)
{
	size_t		chars = 0;

	if (max_chars < 0)
		return len;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
		{
			if (chars == (size_t) max_chars)
				return i;
			chars++;
		}
	return len;
}

/* Whether a label (bytes) is one of the stored labels. */
static bool
is_label(const sm_mcol *c, const char *s, size_t len)
{
	uint64_t	h;
	size_t		mask,
				pos;

	if (c->label_hash_size == 0)
		return false;
	h = sm_mcol_hash(0, s, len) | 1;
	mask = c->label_hash_size - 1;
	pos = (size_t) h & mask;
	while (c->label_hash[pos] != 0)
	{
		if (c->label_hash[pos] == h)
		{
			/* confirm: a hash match is almost always the label */
			for (int k = 0; k < c->ncat; k++)
				if (c->lens[k] == len && memcmp(c->labels[k], s, len) == 0)
					return true;
		}
		pos = (pos + 1) & mask;
	}
	return false;
}

/* Derived tables of a numeric column. */
static bool
prepare_numeric(sm_mcol *c, const char *path, sm_error *err)
{
	double		total = c->cont_w,
				acc = 0.0;

	for (int k = 0; k < c->natoms; k++)
		total += c->atom_w[k];
	if (!(total > 0.0) || !isfinite(total))
		return bad(err, path, "atoms", "weights must have a positive sum");
	c->atom_p = alloc_array((size_t) c->natoms, sizeof(double), err);
	c->atom_ulo = alloc_array((size_t) c->natoms, sizeof(double), err);
	c->atom_uhi = alloc_array((size_t) c->natoms, sizeof(double), err);
	c->atom_cum = alloc_array((size_t) c->natoms, sizeof(double), err);
	if (!c->atom_p || !c->atom_ulo || !c->atom_uhi || !c->atom_cum)
		return oom(err);
	c->pc = c->cont_w / total;
	/* the decoder's limit, so that a fitted model always reads back */
	if (c->family >= 0 &&
		(fabs(c->dist.a) > 1e100 || fabs(c->dist.b) > 1e100 ||
		 (isfinite(c->dist.lo) && fabs(c->dist.lo) > 1e100) ||
		 (isfinite(c->dist.hi) && fabs(c->dist.hi) > 1e100)))
		return bad(err, path, "continuous",
				   "parameters must lie within +-1e100 (values too large for a parametric family: use model kind empirical)");
	if (c->pc > 0.0 && c->family >= 0)
	{
		c->ntab = TAB_SIZE - 1;
		c->tab = alloc_array((size_t) c->ntab, sizeof(double), err);
		if (c->tab == NULL)
			return false;
		for (int k = 0; k < c->ntab; k++)
		{
			double		x = sm_dist_ppf(&c->dist, (double) (k + 1) / TAB_SIZE);

			if (!isfinite(x))
				return bad(err, path, "continuous",
						   "the distribution has no finite quantiles");
			c->tab[k] = x;
		}
	}
	for (int k = 0; k < c->natoms; k++)
	{
		c->atom_p[k] = c->atom_w[k] / total;
		c->atom_ulo[k] = acc + (c->pc > 0.0 ? c->pc * cont_cdf(c, c->atom_v[k]) : 0.0);
		c->atom_uhi[k] = c->atom_ulo[k] + c->atom_p[k];
		acc += c->atom_p[k];
		c->atom_cum[k] = acc;
	}

	/*
	 * Truncation to the declared bounds; on a grid, values within half a
	 * step of a bound round onto it.
	 */
	c->u_lo = 0.0;
	c->u_hi = 1.0;
	{
		double		h = has_grid(c) ? 0.5 * fabs(grid_value(c, 1.0)) : 0.0;

		if (c->has_min)
			c->u_lo = mix_cdf(c, c->vlo - h, true);
		if (c->has_max)
			c->u_hi = mix_cdf(c, c->vhi + h, false);
	}
	if (!(c->u_lo >= 0.0))
		c->u_lo = 0.0;
	if (!(c->u_hi <= 1.0))
		c->u_hi = 1.0;
	if (!(c->u_hi - c->u_lo > 1e-12))
	{
		/* no mass within the bounds: clamping alone keeps values inside */
		c->u_lo = 0.0;
		c->u_hi = 1.0;
	}
	c->avoid_atoms = c->natoms > 0 && c->pc > 0.0 && has_grid(c);
	return true;
}

/* Derived tables of a categorical column. */
static bool
prepare_categorical(sm_mcol *c, const char *path, sm_error *err)
{
	bool		other = c->other_w > 0.0;
	double		total = other ? c->other_w : 0.0,
				acc = 0.0;
	int			s = 0;

	c->nslots = c->ncat + (other ? 1 : 0);
	for (int k = 0; k < c->ncat; k++)
		total += c->cat_w[k];
	if (!(total > 0.0) || !isfinite(total))
		return bad(err, path, "categories", "weights must have a positive sum");
	if (other && c->tg.kind == SM_TG_NONE)
		return bad(err, path, "other", "the other bucket needs a generator");
	if (other && c->type != SM_COL_TEXT)
		return bad(err, path, "other", "only text columns have an other bucket");
	c->cum = alloc_array((size_t) c->nslots + 1, sizeof(double), err);
	c->slot_label = alloc_array((size_t) c->nslots, sizeof(int), err);
	c->out_len = alloc_array((size_t) c->ncat, sizeof(size_t), err);
	if (!c->cum || !c->slot_label || !c->out_len)
		return oom(err);
	for (int k = 0; k < c->ncat; k++)
		c->out_len[k] = utf8_prefix(c->labels[k], c->lens[k], c->max_length);
	c->cum[0] = 0.0;
	for (int k = 0; k <= c->ncat; k++)
	{
		if (other && k == c->other_pos)
		{
			acc += c->other_w / total;
			c->slot_label[s] = -1;
			c->cum[++s] = acc;
		}
		if (k < c->ncat)
		{
			acc += c->cat_w[k] / total;
			c->slot_label[s] = k;
			c->cum[++s] = acc;
		}
	}
	c->cum[c->nslots] = 1.0;

	/* the set of labels, which the other bucket must avoid */
	if (c->type == SM_COL_TEXT && c->ncat > 0)
	{
		size_t		size = 16;

		while (size < (size_t) c->ncat * 2)
			size *= 2;
		c->label_hash = alloc_array(size, sizeof(uint64_t), err);
		if (c->label_hash == NULL)
			return false;
		memset(c->label_hash, 0, size * sizeof(uint64_t));
		c->label_hash_size = size;
		for (int k = 0; k < c->ncat; k++)
		{
			uint64_t	h = sm_mcol_hash(0, c->labels[k], c->lens[k]) | 1;
			size_t		pos = (size_t) h & (size - 1);

			if (is_label(c, c->labels[k], c->lens[k]))
			{
				char		p[256];

				sm_json_path_key(p, sizeof(p), path, "categories", 10);
				return bad(err, p, NULL, "duplicate category \"%.100s\"",
						   c->labels[k]);
			}
			while (c->label_hash[pos] != 0)
				pos = (pos + 1) & (size - 1);
			c->label_hash[pos] = h;
		}
	}
	else if (c->type == SM_COL_BOOL)
	{
		if (c->ncat == 2 && strcmp(c->labels[0], c->labels[1]) == 0)
			return bad(err, path, "categories", "duplicate category");
	}
	return true;
}

/* Domain of a unique pattern column (exactness and index spacing). */
static void
prepare_pattern_domain(sm_mcol *c)
{
	double		count = sm_regex_count(c->tg.re);

	c->exact_unique = false;
	c->domain = 0;
	if (!c->unique)
		return;
	if (sm_regex_enumerable(c->tg.re) && count <= 9.2e18)
	{
		c->exact_unique = true;
		c->domain = count < EXACT_DBL ? (uint64_t) count : (uint64_t) EXACT_DBL;
	}
	else
		c->domain = count >= 1.8e19 ? UINT64_MAX : (uint64_t) count;
}

/*
 * Validate what the model says and build the sampling tables; shared by
 * fitting and reading, so that both produce the same generator.
 */
bool
sm_mcol_prepare(sm_mcol *c, const char *path, sm_error *err)
{
	double		tlo,
				thi,
				lo,
				hi;

	free_derived(c);
	c->copula_index = -1;
	c->domain = 0;
	c->exact_unique = false;

	/* the clamp range: declared bounds within the type, on the grid */
	type_range(c, &tlo, &thi);
	lo = c->has_min && c->min > tlo ? c->min : tlo;
	hi = c->has_max && c->max < thi ? c->max : thi;
	if (has_grid(c))
	{
		lo = grid_value(c, ceil(grid_units(c, lo) - 1e-9));
		hi = grid_value(c, floor(grid_units(c, hi) + 1e-9));
	}
	if (type_is_numeric(c->type) && !(lo <= hi))
		return bad(err, path, "min", "no value of the column's type and grid lies within min and max");
	c->vlo = lo;
	c->vhi = hi;

	switch (c->kind)
	{
		case SM_MK_NUMERIC:
			if (!prepare_numeric(c, path, err))
				return false;
			if (c->unique)
				c->domain = UINT64_MAX;
			break;
		case SM_MK_CATEGORICAL:
			if (!prepare_categorical(c, path, err))
				return false;
			if (c->unique)
			{
				c->domain = (uint64_t) c->ncat;
				c->exact_unique = true;
			}
			break;
		case SM_MK_PATTERN:
			prepare_pattern_domain(c);
			break;
		case SM_MK_SEQUENCE:
			c->exact_unique = true;
			c->domain = UINT64_MAX;
			if (unit_value(c, c->start) < c->vlo || unit_value(c, c->start) > c->vhi)
				return bad(err, path, "start", "start lies outside the column's range");
			break;
		case SM_MK_PERMUTATION:
			if (c->lo > c->hi)
				return bad(err, path, "hi", "hi must not be below lo");
			if (unit_value(c, c->lo) < c->vlo || unit_value(c, c->hi) > c->vhi)
				return bad(err, path, "lo", "the range lies outside the column's range");
			c->exact_unique = true;
			c->domain = (uint64_t) c->hi - (uint64_t) c->lo + 1;
			if (c->domain == 0 || c->domain > (UINT64_C(1) << 62))
				return bad(err, path, "hi", "the range holds more than 2^62 values");
			break;
		case SM_MK_UUID:
			c->exact_unique = true;
			c->domain = UINT64_C(1) << 62;
			break;
		case SM_MK_CONSTANT:
			c->domain = 1;
			c->exact_unique = true;
			if (type_is_numeric(c->type) && (c->cnum < c->vlo || c->cnum > c->vhi))
				return bad(err, path, "value", "the constant lies outside min and max");
			break;
	}
	return true;
}

/*
 * A column joins the copula when it has at least two outcomes and is
 * not a key (keys are permutations, whose values must not be correlated).
 */
bool
sm_mcol_copula_capable(const sm_mcol *c)
{
	int			positive = 0;

	if (c->unique)
		return false;
	if (c->kind == SM_MK_NUMERIC)
	{
		for (int k = 0; k < c->natoms; k++)
			if (c->atom_p[k] > 0.0)
				positive++;
		if (c->pc > 0.0)
			positive += 2;
		return positive >= 2;
	}
	if (c->kind == SM_MK_CATEGORICAL)
	{
		for (int s = 0; s < c->nslots; s++)
			if (c->cum[s + 1] > c->cum[s])
				positive++;
		return positive >= 2;
	}
	return false;
}

/* The point masses, for the attenuation correction of the copula fit. */
bool
sm_mcol_steps(const sm_mcol *c, double **a, double **b, int *count)
{
	int			n = c->kind == SM_MK_NUMERIC ? c->natoms :
		c->kind == SM_MK_CATEGORICAL ? c->nslots : 0;
	double		span = c->u_hi - c->u_lo;

	*a = sm_malloc(sizeof(double) * (size_t) (n ? n : 1));
	*b = sm_malloc(sizeof(double) * (size_t) (n ? n : 1));
	*count = n;
	if (*a == NULL || *b == NULL)
	{
		sm_free(*a);
		sm_free(*b);
		*a = *b = NULL;
		return false;
	}
	for (int k = 0; k < n; k++)
	{
		double		lo,
					hi;

		if (c->kind == SM_MK_NUMERIC)
		{
			/* back through the truncation to the copula's uniform */
			lo = span > 0.0 ? (c->atom_ulo[k] - c->u_lo) / span : 0.0;
			hi = span > 0.0 ? (c->atom_uhi[k] - c->u_lo) / span : 1.0;
		}
		else
		{
			lo = c->cum[k];
			hi = c->cum[k + 1];
		}
		(*a)[k] = lo < 0.0 ? 0.0 : (lo > 1.0 ? 1.0 : lo);
		(*b)[k] = hi < 0.0 ? 0.0 : (hi > 1.0 ? 1.0 : hi);
	}
	return true;
}

/*
 * Refuse up front a run a unique column cannot hold, rather than failing
 * (or repeating values) in the middle of it.
 */
bool
sm_mcol_check_n(const sm_mcol *c, uint64_t n, sm_error *err)
{
	if (n == 0)
		return true;
	if (c->kind == SM_MK_SEQUENCE)
	{
		double		last = unit_value(c, c->start) + (double) (n - 1) *
			unit_value(c, 1);

		/* start + i must also stay an int64 count of units */
		if (last > c->vhi || (double) c->start + (double) (n - 1) > 4.6e18)
		{
			sm_error_set(err, SM_EDATA, c->name,
						 "column \"%s\" cannot hold %" PRIu64 " sequence values",
						 c->name, n);
			sm_error_detail(err, "The sequence would pass the column's maximum %.17g.",
							c->vhi);
			return false;
		}
		return true;
	}
	if (!c->unique || c->domain >= n)
		return true;
	sm_error_set(err, SM_EDATA, c->name,
				 "column \"%s\" cannot hold %" PRIu64 " distinct values: its domain has %" PRIu64 " values",
				 c->name, n, c->domain);
	sm_error_hint(err, "Widen the column's min and max, or its pattern, in the definition.");
	return false;
}

/* ------------------------------------------------------------------------
 * Text generators
 * ------------------------------------------------------------------------ */

/* Cut out at most max_chars UTF-8 characters. */
static void
truncate_chars(sm_buf *b, int max_chars)
{
	size_t		chars = 0;

	if (max_chars < 0)
		return;
	for (size_t i = 0; i < b->len; i++)
		if ((b->data[i] & 0xC0) != 0x80)
		{
			if (chars == (size_t) max_chars)
			{
				b->len = i;
				b->data[i] = '\0';
				return;
			}
			chars++;
		}
}

/* Words from the lorem list, the first one capitalised. */
static bool
lorem_sample(const sm_strgen *g, sm_rng *r, sm_buf *out)
{
	int			span = g->max_words - g->min_words + 1;
	int			words = g->min_words + (int) sm_rng_below(r, (uint64_t) (span > 0 ? span : 1));

	for (int w = 0; w < words; w++)
	{
		const char *word = lorem_words[sm_rng_below(r, NLOREM)];

		if (w > 0 && !sm_buf_putc(out, ' '))
			return false;
		if (w == 0)
		{
			if (!sm_buf_putc(out, (char) (word[0] - 'a' + 'A')) ||
				!sm_buf_puts(out, word + 1))
				return false;
		}
		else if (!sm_buf_puts(out, word))
			return false;
	}
	return true;
}

/* Whether a string is one of the generator's excluded (rare) values. */
static bool
is_excluded(const sm_strgen *g, const char *s, size_t len)
{
	uint64_t	h;
	size_t		lo = 0,
				hi = g->nexclude;

	if (g->nexclude == 0)
		return false;
	h = sm_mcol_hash(g->hash_key, s, len);
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (g->exclude[mid] == h)
			return true;
		if (g->exclude[mid] < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* One string of a generator; attempt varies the n-gram model's stream. */
static bool
strgen_sample(const sm_strgen *g, uint64_t seed, uint64_t i, int attempt,
			  sm_rng *r, sm_buf *out, sm_error *err)
{
	switch (g->kind)
	{
		case SM_TG_PATTERN:
			if (!sm_regex_sample(g->re, r, out))
				return oom(err);
			return true;
		case SM_TG_LOREM:
			if (!lorem_sample(g, r, out))
				return oom(err);
			return true;
		case SM_TG_NGRAM:
			return sm_textmodel_sample_err(g->tm, sm_hash2(seed, (uint64_t) attempt),
										   i, out, err);
		default:
			return sm_error_set(err, SM_EINVAL, NULL, "no text generator");
	}
}

/*
 * A value of the other bucket: a generated string that is neither a stored
 * label (their frequencies are exact) nor a rare training value.  After
 * OTHER_ATTEMPTS draws, lorem words, then random [a-z0-9]{10} strings,
 * which cannot be excluded in practice.
 */
static bool
other_value(const sm_mcol *c, sm_gcol *gc, uint64_t i, uint64_t rowkey,
			sm_error *err)
{
	sm_rng		r;
	sm_buf	   *b = &gc->buf;
	uint64_t	tseed = sm_hash2(gc->seed, SM_STREAM_TEXT(gc->col));

	r.key = sm_hash2(rowkey, SM_STREAM_TEXT(gc->col));
	r.ctr = 0;
	for (int attempt = 0; attempt < OTHER_ATTEMPTS + 16; attempt++)
	{
		b->len = 0;
		b->oom = false;
		if (attempt < OTHER_ATTEMPTS)
		{
			sm_error	e;

			memset(&e, 0, sizeof(e));
			if (!strgen_sample(&c->tg, tseed, i, attempt, &r, b, &e))
			{
				if (e.code == SM_ENOMEM)
				{
					*err = e;
					return false;
				}
				continue;		/* the n-gram model gave up: next attempt */
			}
		}
		else if (attempt < OTHER_ATTEMPTS + 8)
		{
			sm_strgen	lorem;

			memset(&lorem, 0, sizeof(lorem));
			lorem.min_words = 1;
			lorem.max_words = 2;
			if (!lorem_sample(&lorem, &r, b))
				return oom(err);
		}
		else
		{
			for (int k = 0; k < 10; k++)
				if (!sm_buf_putc(b, "abcdefghijklmnopqrstuvwxyz0123456789"[sm_rng_below(&r, 36)]))
					return oom(err);
		}
		if (b->data == NULL && !sm_buf_append(b, "", 0))
			return oom(err);
		if (attempt < OTHER_ATTEMPTS && c->tg.kind == SM_TG_NGRAM)
		{
			/* cutting could make a rare value: draw again instead */
			if (utf8_prefix(b->data, b->len, c->max_length) < b->len)
				continue;
		}
		else
			truncate_chars(b, c->max_length);
		if (!is_label(c, b->data, b->len) && !is_excluded(&c->tg, b->data, b->len))
			return true;
	}
	return sm_error_set(err, SM_EDATA, c->name,
						"column \"%s\": no new value found for the other bucket",
						c->name);
}

/* ------------------------------------------------------------------------
 * Generation
 * ------------------------------------------------------------------------ */

/*
 * Per-run state: the permutation of unique columns depends on the seed
 * and the domain only, never on n, so slices of a run agree.
 */
void
sm_gcol_init(sm_gcol *gc, const sm_mcol *c, uint64_t seed, int colno)
{
	memset(gc, 0, sizeof(*gc));
	sm_buf_init(&gc->buf);
	gc->seed = seed;
	gc->col = colno;
	gc->stride = 1;
	if (c->domain > 0)
	{
		uint64_t	n = c->domain;

		if (c->kind == SM_MK_PATTERN && c->exact_unique)
		{
			double		count = sm_regex_count(c->tg.re);

			/* spread the indexes over a language larger than 2^53 */
			if (count > EXACT_DBL)
			{
				double		s = floor(count / EXACT_DBL) - 1.0;

				gc->stride = s < 1.0 ? 1 : (s > 2047.0 ? 2047 : (uint64_t) s);
			}
		}
		sm_perm_init(&gc->perm, n, sm_hash2(seed, SM_STREAM_VALUE(colno)));
	}
}

/* A version-4 UUID whose 62 free bits of the high half are perm(i). */
static void
uuid_value(const sm_gcol *gc, uint64_t i, uint64_t rowkey, sm_value *out)
{
	uint64_t	k = sm_perm_apply(&gc->perm, i & ((UINT64_C(1) << 62) - 1));
	uint64_t	r = sm_mix64(rowkey ^ SM_STREAM_VALUE(gc->col));
	uint8_t    *u = out->uuid;

	out->kind = SM_V_UUID;
	for (int b = 0; b < 6; b++)
		u[b] = (uint8_t) (k >> (56 - 8 * b));
	u[6] = (uint8_t) (0x40 | ((k >> 10) & 0x0F));
	u[7] = (uint8_t) (k >> 2);
	u[8] = (uint8_t) (0x80 | ((k & 0x3) << 4) | (r & 0x0F));
	for (int b = 9; b < 16; b++)
		u[b] = (uint8_t) (r >> (8 * (b - 8)));
}

/* The value of one column for row i. */
bool
sm_mcol_generate(const sm_mcol *c, sm_gcol *gc, uint64_t i, uint64_t rowkey,
				 double u, sm_value *out, sm_error *err)
{
	memset(out, 0, sizeof(*out));
	switch (c->kind)
	{
		case SM_MK_NUMERIC:
			emit_number(c, numeric_value(c, u), out);
			return true;

		case SM_MK_CATEGORICAL:
			{
				int			s,
							lab;

				if (c->unique)
					lab = (int) sm_perm_apply(&gc->perm, i);
				else
				{
					int			lo = 0,
								hi = c->nslots - 1;

					/* first slot whose upper cumulative weight exceeds u */
					while (lo < hi)
					{
						int			mid = (lo + hi) / 2;

						if (c->cum[mid + 1] > u)
							hi = mid;
						else
							lo = mid + 1;
					}
					s = lo;
					/* skip empty slots (u on a boundary) */
					while (s < c->nslots - 1 && !(c->cum[s + 1] > c->cum[s]))
						s++;
					lab = c->slot_label[s];
				}
				if (c->type == SM_COL_BOOL)
				{
					out->kind = SM_V_BOOL;
					out->i = lab >= 0 && c->labels[lab][0] == 't';
					return true;
				}
				out->kind = SM_V_TEXT;
				if (lab >= 0)
				{
					out->s = c->labels[lab];
					out->len = c->out_len[lab];
					return true;
				}
				if (!other_value(c, gc, i, rowkey, err))
					return false;
				out->s = gc->buf.data;
				out->len = gc->buf.len;
				return true;
			}

		case SM_MK_PATTERN:
			{
				sm_buf	   *b = &gc->buf;

				b->len = 0;
				b->oom = false;
				if (c->unique && c->exact_unique)
				{
					uint64_t	k = sm_perm_apply(&gc->perm, i) * gc->stride;

					if (!sm_regex_nth(c->tg.re, k, b))
						return oom(err);
				}
				else
				{
					sm_rng		r;

					r.key = sm_hash2(rowkey, SM_STREAM_TEXT(gc->col));
					r.ctr = 0;
					if (!sm_regex_sample(c->tg.re, &r, b))
						return oom(err);
				}
				if (b->data == NULL && !sm_buf_append(b, "", 0))
					return oom(err);
				out->kind = SM_V_TEXT;
				out->s = b->data;
				out->len = b->len;
				return true;
			}

		case SM_MK_SEQUENCE:
			emit_number(c, unit_value(c, c->start + (int64_t) i), out);
			return true;

		case SM_MK_PERMUTATION:
			emit_number(c, unit_value(c, (int64_t) ((uint64_t) c->lo +
													sm_perm_apply(&gc->perm, i))),
						out);
			return true;

		case SM_MK_UUID:
			uuid_value(gc, i, rowkey, out);
			return true;

		case SM_MK_CONSTANT:
			if (c->type == SM_COL_TEXT)
			{
				out->kind = SM_V_TEXT;
				out->s = c->cstr;
				out->len = c->cstrlen;
			}
			else
				emit_number(c, c->cnum, out);
			return true;
	}
	return sm_error_set(err, SM_EINVAL, c->name, "unknown column kind");
}

/* ------------------------------------------------------------------------
 * Freeing
 * ------------------------------------------------------------------------ */

/* Release a text generator. */
static void
strgen_free(sm_strgen *g)
{
	sm_free(g->pattern);
	sm_regex_free(g->re);
	sm_textmodel_free(g->tm);
	sm_free(g->exclude);
	memset(g, 0, sizeof(*g));
}

/* Release a column and everything it owns. */
void
sm_mcol_free(sm_mcol *c)
{
	if (c == NULL)
		return;
	free_derived(c);
	sm_free(c->name);
	sm_free(c->cstr);
	sm_free(c->atom_v);
	sm_free(c->atom_w);
	sm_free(c->knots);
	for (int k = 0; k < c->ncat; k++)
		sm_free(c->labels ? c->labels[k] : NULL);
	sm_free(c->labels);
	sm_free(c->lens);
	sm_free(c->cat_w);
	strgen_free(&c->tg);
	sm_json_free(c->fit);
	memset(c, 0, sizeof(*c));
}

/* ------------------------------------------------------------------------
 * JSON writer
 * ------------------------------------------------------------------------ */

/* Append "key": (with a leading comma unless first). */
static bool
put_key(sm_buf *b, const char *key, bool first)
{
	return (first || sm_buf_putc(b, ',')) &&
		sm_json_write_string(b, key, strlen(key)) && sm_buf_putc(b, ':');
}

/* Append a number member; null for infinities (truncnorm bounds). */
static bool
put_num(sm_buf *b, const char *key, double d)
{
	return put_key(b, key, false) &&
		(isfinite(d) ? sm_json_write_double(b, d) : sm_buf_puts(b, "null"));
}

/* Append an integer member exactly (doubles lose bigints). */
static bool
put_i64(sm_buf *b, const char *key, int64_t v)
{
	return put_key(b, key, false) && sm_buf_printf(b, "%" PRId64, v);
}

/* Append a 64-bit hash as 16 hex digits (JSON numbers cannot hold it). */
static bool
put_hex(sm_buf *b, uint64_t v)
{
	return sm_buf_printf(b, "\"%016" PRIx64 "\"", v);
}

/* The generator object of a pattern column or an other bucket. */
static bool
write_strgen(const sm_strgen *g, sm_buf *b)
{
	bool		ok = sm_buf_putc(b, '{');

	switch (g->kind)
	{
		case SM_TG_PATTERN:
			ok = ok && put_key(b, "kind", true) && sm_buf_puts(b, "\"pattern\"") &&
				put_key(b, "pattern", false) &&
				sm_json_write_string(b, g->pattern, strlen(g->pattern));
			if (g->derived)
				ok = ok && put_key(b, "derived", false) && sm_buf_puts(b, "true");
			break;
		case SM_TG_LOREM:
			ok = ok && put_key(b, "kind", true) && sm_buf_puts(b, "\"lorem\"") &&
				put_i64(b, "min_words", g->min_words) &&
				put_i64(b, "max_words", g->max_words);
			break;
		case SM_TG_NGRAM:
			ok = ok && put_key(b, "kind", true) && sm_buf_puts(b, "\"ngram\"") &&
				put_key(b, "model", false) && sm_textmodel_write_json(g->tm, b);
			break;
		default:
			return false;
	}
	if (g->nexclude > 0)
	{
		ok = ok && put_key(b, "hash_key", false) && put_hex(b, g->hash_key) &&
			put_key(b, "exclude", false) && sm_buf_putc(b, '[');
		for (size_t k = 0; ok && k < g->nexclude; k++)
			ok = (k == 0 || sm_buf_putc(b, ',')) && put_hex(b, g->exclude[k]);
		ok = ok && sm_buf_putc(b, ']');
	}
	return ok && sm_buf_putc(b, '}');
}

/* Write one column in the documented layout (docs/model-format.md). */
bool
sm_mcol_write_json(const sm_mcol *c, sm_buf *b)
{
	bool		ok;

	ok = sm_buf_putc(b, '{') &&
		put_key(b, "name", true) && sm_json_write_string(b, c->name, strlen(c->name)) &&
		put_key(b, "type", false) && sm_json_write_string(b, type_names[c->type], strlen(type_names[c->type]));
	if (c->type == SM_COL_INT && c->int_bytes != 8)
		ok = ok && put_i64(b, "int_bytes", c->int_bytes);
	ok = ok && put_key(b, "kind", false) &&
		sm_json_write_string(b, kind_names[c->kind], strlen(kind_names[c->kind])) &&
		put_num(b, "null_rate", c->null_rate);
	if (c->unique)
		ok = ok && put_key(b, "unique", false) && sm_buf_puts(b, "true");
	if (c->has_min)
		ok = ok && put_num(b, "min", c->min);
	if (c->has_max)
		ok = ok && put_num(b, "max", c->max);
	if (c->type == SM_COL_NUMERIC)
		ok = ok && put_i64(b, "scale", c->scale);
	if (c->type != SM_COL_NUMERIC && c->step > 0.0)
		ok = ok && put_num(b, "step", c->step);
	if (c->max_length >= 0)
		ok = ok && put_i64(b, "max_length", c->max_length);

	switch (c->kind)
	{
		case SM_MK_CONSTANT:
			ok = ok && put_key(b, "value", false);
			if (c->type == SM_COL_TEXT)
				ok = ok && sm_json_write_string(b, c->cstr, c->cstrlen);
			else if (c->type == SM_COL_BOOL)
				ok = ok && sm_buf_puts(b, c->cnum != 0.0 ? "true" : "false");
			else
				ok = ok && sm_json_write_double(b, c->cnum);
			break;
		case SM_MK_NUMERIC:
			ok = ok && put_key(b, "atoms", false) && sm_buf_putc(b, '[');
			for (int k = 0; ok && k < c->natoms; k++)
				ok = (k == 0 || sm_buf_putc(b, ',')) && sm_buf_putc(b, '[') &&
					sm_json_write_double(b, c->atom_v[k]) && sm_buf_putc(b, ',') &&
					sm_json_write_double(b, c->atom_w[k]) && sm_buf_putc(b, ']');
			ok = ok && sm_buf_putc(b, ']');
			if (c->cont_w > 0.0)
			{
				ok = ok && put_key(b, "continuous", false) && sm_buf_putc(b, '{') &&
					put_key(b, "weight", true) && sm_json_write_double(b, c->cont_w);
				if (c->family < 0)
				{
					ok = ok && put_key(b, "family", false) && sm_buf_puts(b, "\"empirical\"") &&
						put_key(b, "knots", false) && sm_buf_putc(b, '[');
					for (int k = 0; ok && k < c->nknots; k++)
						ok = (k == 0 || sm_buf_putc(b, ',')) &&
							sm_json_write_double(b, c->knots[k]);
					ok = ok && sm_buf_putc(b, ']');
				}
				else
				{
					const char *fam = sm_dist_name(c->dist.family);

					ok = ok && put_key(b, "family", false) &&
						sm_json_write_string(b, fam, strlen(fam)) &&
						put_num(b, "a", c->dist.a) && put_num(b, "b", c->dist.b) &&
						put_num(b, "lo", c->dist.lo) && put_num(b, "hi", c->dist.hi);
				}
				ok = ok && sm_buf_putc(b, '}');
			}
			break;
		case SM_MK_CATEGORICAL:
			ok = ok && put_key(b, "categories", false) && sm_buf_putc(b, '[');
			for (int k = 0; ok && k < c->ncat; k++)
			{
				ok = (k == 0 || sm_buf_putc(b, ',')) && sm_buf_putc(b, '[');
				if (c->type == SM_COL_BOOL)
					ok = ok && sm_buf_puts(b, c->labels[k][0] == 't' ? "true" : "false");
				else
					ok = ok && sm_json_write_string(b, c->labels[k], c->lens[k]);
				ok = ok && sm_buf_putc(b, ',') && sm_json_write_double(b, c->cat_w[k]) &&
					sm_buf_putc(b, ']');
			}
			ok = ok && sm_buf_putc(b, ']');
			if (c->other_w > 0.0)
				ok = ok && put_key(b, "other", false) && sm_buf_putc(b, '{') &&
					put_key(b, "weight", true) && sm_json_write_double(b, c->other_w) &&
					put_i64(b, "position", c->other_pos) &&
					put_key(b, "generator", false) && write_strgen(&c->tg, b) &&
					sm_buf_putc(b, '}');
			break;
		case SM_MK_PATTERN:
			ok = ok && put_key(b, "generator", false) && write_strgen(&c->tg, b);
			break;
		case SM_MK_SEQUENCE:
			ok = ok && put_i64(b, "start", c->start);
			break;
		case SM_MK_PERMUTATION:
			ok = ok && put_i64(b, "lo", c->lo) && put_i64(b, "hi", c->hi);
			break;
		case SM_MK_UUID:
			break;
	}
	if (c->fit)
		ok = ok && put_key(b, "fit", false) && sm_json_write(c->fit, b);
	return ok && sm_buf_putc(b, '}');
}

/* ------------------------------------------------------------------------
 * JSON reader
 * ------------------------------------------------------------------------ */

/* A member of the right type; absent is an error only when required. */
static bool
get_member(const sm_json *obj, const char *path, const char *key,
		   sm_jtype type, bool required, const sm_json **out, sm_error *err)
{
	const sm_json *v = sm_json_get(obj, key);

	*out = NULL;
	if (v == NULL || (v->type == SM_JNULL && type != SM_JNULL && !required))
	{
		if (v == NULL && required)
			return bad(err, path, key, "member \"%s\" is missing", key);
		return true;
	}
	if (type == SM_JTRUE ? (v->type != SM_JTRUE && v->type != SM_JFALSE)
		: v->type != type)
		return bad(err, path, key, "must be %s, not %s",
				   type == SM_JTRUE ? "a boolean" : sm_json_type_phrase(type),
				   sm_json_type_phrase(v->type));
	*out = v;
	return true;
}

/* A finite number. */
static bool
get_num(const sm_json *obj, const char *path, const char *key, bool required,
		double *out, bool *present, sm_error *err)
{
	const sm_json *v;

	if (present)
		*present = false;
	if (!get_member(obj, path, key, SM_JNUMBER, required, &v, err))
		return false;
	if (v == NULL)
		return true;
	if (!isfinite(v->num))
		return bad(err, path, key, "must be a finite number");
	*out = v->num;
	if (present)
		*present = true;
	return true;
}

/* An integer written without fraction or exponent, within [lo, hi]. */
static bool
json_int64(const sm_json *v, int64_t *out)
{
	const char *s = v->str;
	size_t		len = v->len,
				i = 0;
	bool		neg = false;
	uint64_t	acc = 0;

	if (v->type != SM_JNUMBER || s == NULL || len == 0)
		return false;
	if (s[0] == '-')
	{
		neg = true;
		i = 1;
	}
	if (i >= len)
		return false;
	for (; i < len; i++)
	{
		unsigned	d = (unsigned) (s[i] - '0');

		if (d > 9)
			return false;
		if (acc > (UINT64_C(9223372036854775808) - d) / 10)
			return false;
		acc = acc * 10 + d;
	}
	if (!neg && acc > (uint64_t) INT64_MAX)
		return false;
	*out = neg ? (int64_t) (0 - acc) : (int64_t) acc;
	return true;
}

/* An integer member within [lo, hi]. */
static bool
get_int(const sm_json *obj, const char *path, const char *key, bool required,
		int64_t lo, int64_t hi, int64_t *out, bool *present, sm_error *err)
{
	const sm_json *v;

	if (present)
		*present = false;
	if (!get_member(obj, path, key, SM_JNUMBER, required, &v, err))
		return false;
	if (v == NULL)
		return true;
	if (!json_int64(v, out) || *out < lo || *out > hi)
		return bad(err, path, key, "must be an integer between %" PRId64 " and %" PRId64,
				   lo, hi);
	if (present)
		*present = true;
	return true;
}

/* A 16-hex-digit string. */
static bool
parse_hex64(const sm_json *v, uint64_t *out)
{
	uint64_t	acc = 0;

	if (v->type != SM_JSTRING || v->len != 16)
		return false;
	for (int k = 0; k < 16; k++)
	{
		char		ch = v->str[k];
		unsigned	d;

		if (ch >= '0' && ch <= '9')
			d = (unsigned) (ch - '0');
		else if (ch >= 'a' && ch <= 'f')
			d = (unsigned) (ch - 'a' + 10);
		else
			return false;
		acc = (acc << 4) | d;
	}
	*out = acc;
	return true;
}

/* Compile a generator pattern; errors name the path. */
static bool
compile_pattern(sm_strgen *g, const char *path, sm_error *err)
{
	sm_error	e;

	memset(&e, 0, sizeof(e));
	g->re = sm_regex_compile(g->pattern, strlen(g->pattern), &e);
	if (g->re == NULL)
	{
		if (e.code == SM_ENOMEM)
		{
			*err = e;
			return false;
		}
		return bad(err, path, "pattern", "invalid pattern: %s", e.message);
	}
	if (sm_regex_is_empty(g->re))
		return bad(err, path, "pattern", "the pattern matches no string");
	return true;
}

/* A generator object. */
static bool
read_strgen(sm_strgen *g, const sm_json *j, const char *path, sm_error *err)
{
	const sm_json *kind,
			   *v;
	int64_t		iv;

	if (j->type != SM_JOBJECT)
		return bad(err, path, NULL, "must be an object");
	if (!get_member(j, path, "kind", SM_JSTRING, true, &kind, err))
		return false;
	if (strcmp(kind->str, "pattern") == 0)
	{
		if (!get_member(j, path, "pattern", SM_JSTRING, true, &v, err))
			return false;
		g->kind = SM_TG_PATTERN;
		g->pattern = sm_strndup(v->str, v->len);
		if (g->pattern == NULL)
			return oom(err);
		if (!get_member(j, path, "derived", SM_JTRUE, false, &v, err))
			return false;
		g->derived = v != NULL && v->type == SM_JTRUE;
		if (!compile_pattern(g, path, err))
			return false;
	}
	else if (strcmp(kind->str, "lorem") == 0)
	{
		g->kind = SM_TG_LOREM;
		if (!get_int(j, path, "min_words", true, 1, 100, &iv, NULL, err))
			return false;
		g->min_words = (int) iv;
		if (!get_int(j, path, "max_words", true, 1, 100, &iv, NULL, err))
			return false;
		g->max_words = (int) iv;
		if (g->max_words < g->min_words)
			return bad(err, path, "max_words", "must not be below min_words");
	}
	else if (strcmp(kind->str, "ngram") == 0)
	{
		char		p[256];

		if (!get_member(j, path, "model", SM_JOBJECT, true, &v, err))
			return false;
		g->kind = SM_TG_NGRAM;
		g->tm = sm_textmodel_from_json(v, err);
		if (g->tm == NULL)
		{
			/* the text model reports paths relative to its own root */
			sm_json_path_key(p, sizeof(p), path, "model", 5);
			if (err->code != SM_ENOMEM)
			{
				char		full[600];

				snprintf(full, sizeof(full), "%s%s%s", p,
						 err->path[0] && err->path[0] != '[' ? "." : "", err->path);
				memcpy(err->path, full, sizeof(err->path) - 1);
				err->path[sizeof(err->path) - 1] = '\0';
			}
			return false;
		}
	}
	else
		return bad(err, path, "kind", "unknown generator kind \"%.64s\"", kind->str);

	if (!get_member(j, path, "exclude", SM_JARRAY, false, &v, err))
		return false;
	if (v != NULL && v->n > 0)
	{
		const sm_json *key;
		char		p[256];

		if (v->n > MAX_SLOTS)
			return bad(err, path, "exclude", "more than %d entries", MAX_SLOTS);
		if (!get_member(j, path, "hash_key", SM_JSTRING, true, &key, err))
			return false;
		if (!parse_hex64(key, &g->hash_key))
			return bad(err, path, "hash_key", "must be 16 lower-case hex digits");
		g->exclude = alloc_array(v->n, sizeof(uint64_t), err);
		if (g->exclude == NULL)
			return false;
		g->nexclude = v->n;
		sm_json_path_key(p, sizeof(p), path, "exclude", 7);
		for (size_t k = 0; k < v->n; k++)
			if (!parse_hex64(v->items[k], &g->exclude[k]))
			{
				char		q[256];

				sm_json_path_index(q, sizeof(q), p, k);
				return bad(err, q, NULL, "must be 16 lower-case hex digits");
			}
		qsort(g->exclude, g->nexclude, sizeof(uint64_t), cmp_u64);
	}
	return true;
}

/* "atoms" and "continuous" of a numeric column. */
static bool
read_numeric(sm_mcol *c, const sm_json *j, const char *path, sm_error *err)
{
	const sm_json *atoms,
			   *cont;
	char		p[256],
				q[256];

	if (!get_member(j, path, "atoms", SM_JARRAY, true, &atoms, err) ||
		!get_member(j, path, "continuous", SM_JOBJECT, false, &cont, err))
		return false;
	if (atoms->n > MAX_SLOTS)
		return bad(err, path, "atoms", "more than %d atoms", MAX_SLOTS);
	c->natoms = (int) atoms->n;
	c->atom_v = alloc_array(atoms->n, sizeof(double), err);
	c->atom_w = alloc_array(atoms->n, sizeof(double), err);
	if (!c->atom_v || !c->atom_w)
		return oom(err);
	sm_json_path_key(p, sizeof(p), path, "atoms", 5);
	for (size_t k = 0; k < atoms->n; k++)
	{
		const sm_json *a = atoms->items[k];

		sm_json_path_index(q, sizeof(q), p, k);
		if (a->type != SM_JARRAY || a->n != 2 ||
			a->items[0]->type != SM_JNUMBER || a->items[1]->type != SM_JNUMBER)
			return bad(err, q, NULL, "must be a [value, weight] pair of numbers");
		c->atom_v[k] = a->items[0]->num;
		c->atom_w[k] = a->items[1]->num;
		if (!isfinite(c->atom_v[k]) || !isfinite(c->atom_w[k]) || c->atom_w[k] < 0.0)
			return bad(err, q, NULL, "must hold a finite value and a non-negative finite weight");
		if (k > 0 && !(c->atom_v[k] > c->atom_v[k - 1]))
			return bad(err, q, NULL, "atoms must be sorted by strictly increasing value");
	}
	c->cont_w = 0.0;
	if (cont != NULL)
	{
		const sm_json *fam;
		bool		have;

		sm_json_path_key(p, sizeof(p), path, "continuous", 10);
		if (!get_num(cont, p, "weight", true, &c->cont_w, NULL, err) ||
			!get_member(cont, p, "family", SM_JSTRING, true, &fam, err))
			return false;
		if (c->cont_w < 0.0)
			return bad(err, p, "weight", "must not be negative");
		if (strcmp(fam->str, "empirical") == 0)
		{
			const sm_json *knots;

			c->family = -1;
			if (!get_member(cont, p, "knots", SM_JARRAY, true, &knots, err))
				return false;
			if (knots->n < 1 || knots->n > SM_MODEL_MAX_KNOTS)
				return bad(err, p, "knots", "must hold 1 to %d knots", SM_MODEL_MAX_KNOTS);
			c->nknots = (int) knots->n;
			c->knots = alloc_array(knots->n, sizeof(double), err);
			if (c->knots == NULL)
				return false;
			sm_json_path_key(q, sizeof(q), p, "knots", 5);
			for (size_t k = 0; k < knots->n; k++)
			{
				const sm_json *kn = knots->items[k];

				if (kn->type != SM_JNUMBER || !isfinite(kn->num) ||
					(k > 0 && kn->num < c->knots[k - 1]))
				{
					char		r[256];

					sm_json_path_index(r, sizeof(r), q, k);
					return bad(err, r, NULL, "knots must be finite numbers in ascending order");
				}
				c->knots[k] = kn->num;
			}
			/* a linear interpolation must not overflow */
			if (fabs(c->knots[0]) > 1e300 || fabs(c->knots[c->nknots - 1]) > 1e300)
				return bad(err, q, NULL, "knots must lie within +-1e300");
		}
		else
		{
			sm_dist_family f;
			double		a = 0,
						bb = 0,
						lo = 0,
						hi = 0;
			const sm_json *v;
			sm_error	e;

			if (!sm_dist_family_parse(fam->str, &f))
				return bad(err, p, "family", "unknown family \"%.64s\"", fam->str);
			c->family = (int) f;
			if (!get_num(cont, p, "a", true, &a, NULL, err) ||
				!get_num(cont, p, "b", true, &bb, NULL, err))
				return false;
			/* bounds may be null: infinite */
			v = sm_json_get(cont, "lo");
			if (v != NULL && v->type == SM_JNULL)
				lo = -INFINITY;
			else if (!get_num(cont, p, "lo", true, &lo, &have, err))
				return false;
			v = sm_json_get(cont, "hi");
			if (v != NULL && v->type == SM_JNULL)
				hi = INFINITY;
			else if (!get_num(cont, p, "hi", true, &hi, &have, err))
				return false;
			memset(&e, 0, sizeof(e));
			if (!sm_dist_init(&c->dist, f, a, bb, lo, hi, &e))
				return bad(err, p, NULL, "invalid %s parameters: %s", fam->str, e.message);
			if (f != SM_DIST_TRUNCNORM && f != SM_DIST_BETA && !isfinite(c->dist.lo))
				return bad(err, p, "lo", "must be finite");
			/* the quantile table must stay finite */
			if (fabs(a) > 1e100 || fabs(bb) > 1e100 ||
				(isfinite(lo) && fabs(lo) > 1e100) || (isfinite(hi) && fabs(hi) > 1e100))
				return bad(err, p, NULL, "parameters must lie within +-1e100");
		}
	}
	return true;
}

/* "categories" and "other" of a categorical column. */
static bool
read_categorical(sm_mcol *c, const sm_json *j, const char *path, sm_error *err)
{
	const sm_json *cats,
			   *other;
	char		p[256],
				q[256];

	if (!get_member(j, path, "categories", SM_JARRAY, true, &cats, err) ||
		!get_member(j, path, "other", SM_JOBJECT, false, &other, err))
		return false;
	if (cats->n > MAX_SLOTS || (c->type == SM_COL_BOOL && cats->n > 2))
		return bad(err, path, "categories", "too many categories");
	c->labels = alloc_array(cats->n, sizeof(char *), err);
	c->lens = alloc_array(cats->n, sizeof(size_t), err);
	c->cat_w = alloc_array(cats->n, sizeof(double), err);
	if (!c->labels || !c->lens || !c->cat_w)
		return oom(err);
	sm_json_path_key(p, sizeof(p), path, "categories", 10);
	for (size_t k = 0; k < cats->n; k++)
	{
		const sm_json *a = cats->items[k];
		const sm_json *lab;

		sm_json_path_index(q, sizeof(q), p, k);
		if (a->type != SM_JARRAY || a->n != 2 || a->items[1]->type != SM_JNUMBER)
			return bad(err, q, NULL, "must be a [label, weight] pair");
		lab = a->items[0];
		if (c->type == SM_COL_BOOL ? (lab->type != SM_JTRUE && lab->type != SM_JFALSE)
			: lab->type != SM_JSTRING)
			return bad(err, q, NULL, "the label must be %s",
					   c->type == SM_COL_BOOL ? "a boolean" : "a string");
		if (c->type == SM_COL_BOOL)
			c->labels[k] = sm_strndup(lab->type == SM_JTRUE ? "true" : "false",
									  lab->type == SM_JTRUE ? 4 : 5);
		else
		{
			if (lab->len > MAX_STRLEN)
				return bad(err, q, NULL, "the label is too long");
			c->labels[k] = sm_strndup(lab->str, lab->len);
		}
		if (c->labels[k] == NULL)
			return oom(err);
		c->lens[k] = strlen(c->labels[k]);
		if (c->type == SM_COL_TEXT)
			c->lens[k] = lab->len;
		c->ncat = (int) k + 1;
		c->cat_w[k] = a->items[1]->num;
		if (!isfinite(c->cat_w[k]) || c->cat_w[k] < 0.0)
			return bad(err, q, NULL, "the weight must be a non-negative finite number");
	}
	c->other_w = 0.0;
	c->other_pos = c->ncat;
	if (other != NULL)
	{
		const sm_json *gen;
		int64_t		pos;

		sm_json_path_key(p, sizeof(p), path, "other", 5);
		if (!get_num(other, p, "weight", true, &c->other_w, NULL, err) ||
			!get_int(other, p, "position", true, 0, c->ncat, &pos, NULL, err) ||
			!get_member(other, p, "generator", SM_JOBJECT, true, &gen, err))
			return false;
		if (c->other_w < 0.0)
			return bad(err, p, "weight", "must not be negative");
		c->other_pos = (int) pos;
		sm_json_path_key(q, sizeof(q), p, "generator", 9);
		if (!read_strgen(&c->tg, gen, q, err))
			return false;
	}
	return true;
}

/*
 * Read and validate one column: every member is checked before use, so
 * a damaged model is refused with a path instead of misleading the generator.
 */
bool
sm_mcol_from_json(sm_mcol *c, const sm_json *j, const char *path, sm_error *err)
{
	const sm_json *v;
	int			k;
	int64_t		iv;
	bool		present;

	memset(c, 0, sizeof(*c));
	c->family = -1;
	c->scale = -1;
	c->max_length = -1;
	c->int_bytes = 8;
	c->copula_index = -1;
	if (j->type != SM_JOBJECT)
		return bad(err, path, NULL, "a column must be an object");
	if (!get_member(j, path, "name", SM_JSTRING, true, &v, err))
		return false;
	if (v->len == 0 || v->len > 1024)
		return bad(err, path, "name", "must have 1 to 1024 bytes");
	c->name = sm_strndup(v->str, v->len);
	if (c->name == NULL)
		return oom(err);
	if (!get_member(j, path, "type", SM_JSTRING, true, &v, err))
		return false;
	if (!lookup_name(type_names, 8, v->str, &k))
		return bad(err, path, "type", "unknown type \"%.64s\"", v->str);
	c->type = (sm_coltype) k;
	if (!get_member(j, path, "kind", SM_JSTRING, true, &v, err))
		return false;
	if (!lookup_name(kind_names, 7, v->str, &k))
		return bad(err, path, "kind", "unknown kind \"%.64s\"", v->str);
	c->kind = (sm_mkind) k;

	/* kinds by type */
	switch (c->kind)
	{
		case SM_MK_NUMERIC:
			if (!type_is_numeric(c->type))
				return bad(err, path, "kind", "kind numeric needs a numeric type");
			break;
		case SM_MK_CATEGORICAL:
			if (c->type != SM_COL_TEXT && c->type != SM_COL_BOOL)
				return bad(err, path, "kind", "kind categorical needs a text or bool type");
			break;
		case SM_MK_SEQUENCE:
		case SM_MK_PERMUTATION:
			if (!type_is_numeric(c->type) || c->type == SM_COL_FLOAT)
				return bad(err, path, "kind", "kind %s needs an int, numeric, date or timestamp type",
						   kind_names[c->kind]);
			break;
		case SM_MK_PATTERN:
			if (c->type != SM_COL_TEXT)
				return bad(err, path, "kind", "kind pattern needs a text type");
			break;
		case SM_MK_UUID:
			if (c->type != SM_COL_UUID)
				return bad(err, path, "kind", "kind uuid needs a uuid type");
			break;
		case SM_MK_CONSTANT:
			if (c->type == SM_COL_UUID)
				return bad(err, path, "kind", "a uuid column cannot be constant");
			break;
	}

	if (!get_int(j, path, "int_bytes", false, 2, 8, &iv, &present, err))
		return false;
	if (present)
	{
		if (c->type != SM_COL_INT || (iv != 2 && iv != 4 && iv != 8))
			return bad(err, path, "int_bytes", "must be 2, 4 or 8 on an int column");
		c->int_bytes = (int) iv;
	}
	if (!get_num(j, path, "null_rate", true, &c->null_rate, NULL, err))
		return false;
	if (c->null_rate < 0.0 || c->null_rate > 1.0)
		return bad(err, path, "null_rate", "must lie between 0 and 1");
	if (!get_member(j, path, "unique", SM_JTRUE, false, &v, err))
		return false;
	c->unique = v != NULL && v->type == SM_JTRUE;
	if (!get_num(j, path, "min", false, &c->min, &c->has_min, err) ||
		!get_num(j, path, "max", false, &c->max, &c->has_max, err))
		return false;
	if (c->has_min && c->has_max && c->min > c->max)
		return bad(err, path, "max", "must not be below min");
	if (!get_int(j, path, "scale", c->type == SM_COL_NUMERIC, -1, 1000, &iv, &present, err))
		return false;
	if (present)
		c->scale = (int) iv;
	if (!get_num(j, path, "step", false, &c->step, &present, err))
		return false;
	if (present)
	{
		if (!(c->step > 0.0) || c->step > 1e15 ||
			((c->type == SM_COL_INT || c->type == SM_COL_TIMESTAMP) && c->step != floor(c->step)) ||
			(c->type == SM_COL_DATE && c->step != 1.0))
			return bad(err, path, "step", "must be a positive whole number of the type's unit");
	}
	else if (c->type == SM_COL_INT || c->type == SM_COL_DATE || c->type == SM_COL_TIMESTAMP)
		c->step = 1.0;
	if (!get_int(j, path, "max_length", false, 1, MAX_STRLEN, &iv, &present, err))
		return false;
	if (present)
		c->max_length = (int) iv;

	switch (c->kind)
	{
		case SM_MK_CONSTANT:
			v = sm_json_get(j, "value");
			if (v == NULL)
				return bad(err, path, "value", "member \"value\" is missing");
			if (c->type == SM_COL_TEXT)
			{
				if (v->type != SM_JSTRING)
					return bad(err, path, "value", "must be a string");
				c->cstr = sm_strndup(v->str, v->len);
				if (c->cstr == NULL)
					return oom(err);
				c->cstrlen = v->len;
			}
			else if (c->type == SM_COL_BOOL)
			{
				if (v->type != SM_JTRUE && v->type != SM_JFALSE)
					return bad(err, path, "value", "must be a boolean");
				c->cnum = v->type == SM_JTRUE ? 1.0 : 0.0;
			}
			else if (!get_num(j, path, "value", true, &c->cnum, NULL, err))
				return false;
			break;
		case SM_MK_NUMERIC:
			if (!read_numeric(c, j, path, err))
				return false;
			break;
		case SM_MK_CATEGORICAL:
			if (!read_categorical(c, j, path, err))
				return false;
			break;
		case SM_MK_PATTERN:
			{
				char		p[256];

				if (!get_member(j, path, "generator", SM_JOBJECT, true, &v, err))
					return false;
				sm_json_path_key(p, sizeof(p), path, "generator", 9);
				if (!read_strgen(&c->tg, v, p, err))
					return false;
				if (c->tg.kind != SM_TG_PATTERN)
					return bad(err, p, "kind", "a pattern column needs a pattern generator");
				break;
			}
		case SM_MK_SEQUENCE:
			if (!get_int(j, path, "start", true, -(INT64_C(1) << 62), INT64_C(1) << 62,
						 &c->start, NULL, err))
				return false;
			break;
		case SM_MK_PERMUTATION:
			if (!get_int(j, path, "lo", true, -(INT64_C(1) << 62), INT64_C(1) << 62,
						 &c->lo, NULL, err) ||
				!get_int(j, path, "hi", true, -(INT64_C(1) << 62), INT64_C(1) << 62,
						 &c->hi, NULL, err))
				return false;
			break;
		case SM_MK_UUID:
			break;
	}
	if (!get_member(j, path, "fit", SM_JOBJECT, false, &v, err))
		return false;
	if (v != NULL)
	{
		c->fit = sm_json_clone(v);
		if (c->fit == NULL)
			return oom(err);
	}
	return sm_mcol_prepare(c, path, err);
}

/* ------------------------------------------------------------------------
 * Fitting: shared
 * ------------------------------------------------------------------------ */

typedef struct fitctx
{
	const sm_colspec *spec;
	const sm_coldata *data;
	int			min_count;
	uint64_t	hash_key;
	req_kind	rk;
	sm_dist_family fam;
	sm_json    *fit;
	double	   *codes;			/* may be NULL */
	bool		nominal;
} fitctx;

/* Copy what the definition says into a fresh column. */
static bool
init_from_spec(sm_mcol *c, const sm_colspec *spec, sm_error *err)
{
	memset(c, 0, sizeof(*c));
	c->name = sm_strndup(spec->name, strlen(spec->name));
	if (c->name == NULL)
		return oom(err);
	c->type = spec->type;
	c->int_bytes = (spec->int_bytes == 2 || spec->int_bytes == 4) ? spec->int_bytes : 8;
	c->family = -1;
	c->copula_index = -1;
	c->unique = spec->unique;
	c->scale = -1;
	if (spec->type == SM_COL_NUMERIC)
		c->scale = spec->scale < -1 ? -1 : (spec->scale > 1000 ? 1000 : spec->scale);
	c->max_length = spec->type == SM_COL_TEXT && spec->max_length > 0 ? spec->max_length : -1;
	if (type_is_numeric(spec->type))
	{
		c->has_min = spec->has_min && isfinite(spec->min);
		c->has_max = spec->has_max && isfinite(spec->max);
		c->min = c->has_min ? spec->min : 0.0;
		c->max = c->has_max ? spec->max : 0.0;
		if (c->has_min && c->has_max && c->min > c->max)
			return sm_error_set(err, SM_EINVAL, spec->name,
								"column \"%s\": min exceeds max", spec->name);
	}
	if (spec->type == SM_COL_INT || spec->type == SM_COL_DATE ||
		spec->type == SM_COL_TIMESTAMP)
		c->step = 1.0;
	return true;
}

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
		double		p = pow10i(s);
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
			if (!param_num(spec, "mu", &a) || !param_num(spec, "sigma", &b))
				return true;
			break;
		case SM_DIST_TRUNCNORM:
			if (!param_num(spec, "mu", &a) || !param_num(spec, "sigma", &b))
				return true;
			lo = param_num(spec, "min", &t) ? t : (c->has_min ? c->min : -INFINITY);
			hi = param_num(spec, "max", &t) ? t : (c->has_max ? c->max : INFINITY);
			break;
		case SM_DIST_LOGNORMAL:
			if (!param_num(spec, "mu", &a) || !param_num(spec, "sigma", &b))
				return true;
			lo = param_num(spec, "loc", &t) ? t : 0.0;
			break;
		case SM_DIST_GAMMA:
			if (!param_num(spec, "shape", &a) && !param_num(spec, "alpha", &a))
				return true;
			if (!param_num(spec, "scale", &b))
			{
				if (!param_num(spec, "rate", &t) || !(t > 0.0))
					return true;
				b = 1.0 / t;
			}
			lo = param_num(spec, "loc", &t) ? t : 0.0;
			break;
		case SM_DIST_BETA:
			if (!param_num(spec, "alpha", &a) || !param_num(spec, "beta", &b))
				return true;
			lo = param_num(spec, "min", &t) ? t : (c->has_min ? c->min : 0.0);
			hi = param_num(spec, "max", &t) ? t : (c->has_max ? c->max : 1.0);
			break;
		case SM_DIST_UNIFORM:
			a = param_num(spec, "min", &t) ? t : (c->has_min ? c->min : NAN);
			b = param_num(spec, "max", &t) ? t : (c->has_max ? c->max : NAN);
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
				below = 0.0,
				lt = 0.0;
	size_t		seen = 0;
	int			a = 0;

	for (size_t k = 0; k < D; k++)
	{
		double		g = c->pc > 0.0 ? c->pc * cont_cdf(c, dv[k]) : 0.0;
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
		return oom(err);
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
		if (!fit_num(cand, sm_dist_name((sm_dist_family) f), ks))
		{
			sm_json_free(cand);
			return oom(err);
		}
		if (ks < best_ks)
		{
			best_ks = ks;
			best = d;
		}
	}
	if (!fit_put(fit, "parametric_ks", cand))
		return oom(err);
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
	bool	   *is_atom = alloc_array(D, sizeof(bool), err);
	double	   *rest = alloc_array(m, sizeof(double), err);
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
	c->atom_v = alloc_array(ncand, sizeof(double), err);
	c->atom_w = alloc_array(ncand, sizeof(double), err);
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
		if (!fit_num(fc->fit, "folded", (double) mc))
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
		c->knots = alloc_array(K + 1, sizeof(double), err);
		if (c->knots == NULL)
			goto done;
		for (size_t k = 0; k <= K; k++)
			c->knots[k] = sm_quantile_sorted(rest, mc, (double) k / (double) K);
		if (fc->rk == RK_AUTO && mc >= PARAM_MIN_VALUES &&
			!choose_family(c, rest, mc, fc->fit, err))
			goto done;
	}
	if (!fit_str(fc->fit, "family", c->family >= 0 ? sm_dist_name(c->dist.family) :
				 mc > 0 ? "empirical" : "discrete") ||
		!fit_num(fc->fit, "atoms", (double) natoms) ||
		!fit_num(fc->fit, "atom_mass", 1.0 - c->cont_w))
		goto oom;
	ok = true;
	goto done;
oom:
	oom(err);
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
	if (has_grid(c))
		h = 0.5 * grid_value(c, 1.0) * (1.0 - 1e-9);
	c->nknots = 2;
	c->knots = alloc_array(2, sizeof(double), err);
	if (c->knots == NULL)
		return false;
	c->knots[0] = lo - h;
	c->knots[1] = hi + h;
	c->cont_w = 1.0;
	return true;
}

/*
 * Fit a numeric column: keys, constants, forced families, the empty
 * case, or the mixture of atoms and a continuous part.
 */
static bool
fit_numeric(sm_mcol *c, fitctx *fc, sm_error *err)
{
	const sm_coldata *d = fc->data;
	const sm_colspec *spec = fc->spec;
	double	   *y,
			   *dv = NULL;
	size_t	   *dc = NULL;
	size_t		m = 0,
				D = 0;
	bool		ok = false;

	y = alloc_array(d->n, sizeof(double), err);
	if (y == NULL)
		return false;
	for (size_t r = 0; r < d->n; r++)
		if (isfinite(d->x[r]))
			y[m++] = d->x[r];
	qsort(y, m, sizeof(double), cmp_double);

	/* the grid */
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

	dv = alloc_array(m, sizeof(double), err);
	dc = alloc_array(m, sizeof(size_t), err);
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
	if (!fit_num(fc->fit, "distinct", (double) D))
		goto oom;

	if (type_is_numeric(c->type) && c->type != SM_COL_FLOAT && c->type == SM_COL_NUMERIC &&
		c->scale > 15 && (fc->rk == RK_SEQUENCE || c->unique))
		c->scale = 15;

	/*
	 * keys: sequence or permutation.  A unique column is a key whatever
	 * model kind the definition asks for: another kind would repeat values.
	 */
	if (c->type != SM_COL_FLOAT &&
		(fc->rk == RK_SEQUENCE || c->unique))
	{
		bool		dense = false;
		double		u0 = 0,
					u1 = 0,
					tlo,
					thi,
					ulo,
					uhi;

		if (c->type == SM_COL_NUMERIC && c->scale < 0)
			c->scale = 0;
		type_range(c, &tlo, &thi);
		ulo = ceil(grid_units(c, c->has_min ? fmax(c->min, tlo) : tlo) - 1e-9);
		uhi = floor(grid_units(c, c->has_max ? fmin(c->max, thi) : thi) + 1e-9);
		ulo = fmax(ulo, -4.6e18);
		uhi = fmin(uhi, 4.6e18);
		if (m > 0)
		{
			u0 = round(grid_units(c, y[0]));
			u1 = round(grid_units(c, y[m - 1]));
			dense = D == m && m >= 3 && u1 - u0 == (double) (m - 1) &&
				(c->unique || (c->type == SM_COL_INT && y[0] == 1.0));
		}
		if (fc->rk == RK_SEQUENCE || dense ||
			(m == 0 && !c->has_min && !c->has_max && c->type == SM_COL_INT))
		{
			double		start = c->has_min ? ulo :
				m > 0 ? u0 : round(grid_units(c, default_lo(c)));

			c->kind = SM_MK_SEQUENCE;
			c->start = (int64_t) fmin(fmax(start, ulo), uhi);
			ok = fit_str(fc->fit, "family", "sequence");
			if (!ok)
				goto oom;
			goto done;
		}
		else
		{
			double		lo,
						hi;

			lo = c->has_min ? ulo : m > 0 ? u0 : round(grid_units(c, default_lo(c)));
			hi = c->has_max ? uhi : m > 0 ? u1 : lo + grid_units(c, default_span(c));
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
				goto done;
			}
			c->kind = SM_MK_PERMUTATION;
			c->lo = (int64_t) lo;
			c->hi = (int64_t) hi;
			ok = fit_str(fc->fit, "family", "permutation");
			if (!ok)
				goto oom;
			goto done;
		}
	}

	/* a constant */
	if (fc->rk == RK_CONSTANT || (fc->rk == RK_AUTO && D == 1 && !c->unique))
	{
		double		v;

		if (!param_num(spec, "value", &v))
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
		ok = fit_str(fc->fit, "family", "constant");
		if (!ok)
			goto oom;
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
		if (!fit_str(fc->fit, "family", sm_dist_name(c->dist.family)))
			goto oom;
	}
	else if (m == 0)
	{
		if (!fit_default_range(c, err))
			goto done;
		if (!fit_str(fc->fit, "family", "uniform_range"))
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
	if (m > 0 && !fit_num(fc->fit, "ks", mixture_ks(c, dv, dc, D, m)))
		goto oom;
	ok = true;
	goto done;
oom:
	oom(err);
done:
	sm_free(y);
	sm_free(dv);
	sm_free(dc);
	return ok;
}

/* ------------------------------------------------------------------------
 * Fitting: text columns
 * ------------------------------------------------------------------------ */

typedef struct tval
{
	const char *s;
	size_t		len;
	size_t		row;
} tval;

/* qsort order of text values (bytes). */
static int
cmp_tval(const void *a, const void *b)
{
	const tval *x = a;
	const tval *y = b;

	return cmp_bytes(x->s, x->len, y->s, y->len);
}

/* Distinct values: group g spans tv[gs[g] .. gs[g] + gn[g]). */
typedef struct tgroups
{
	tval	   *tv;
	size_t		m;
	size_t	   *gs;
	size_t	   *gn;
	size_t		G;
} tgroups;

/* Release the grouped values. */
static void
tgroups_free(tgroups *t)
{
	sm_free(t->tv);
	sm_free(t->gs);
	sm_free(t->gn);
}

/*
 * Group the non-NULL values, cut to max_length characters first: the model
 * describes values as the column can hold them, so rare counts, categories
 * and the n-gram model all see the cut values and generation need not cut
 * (cutting a generated string could turn it into a rare value).
 */
static bool
tgroups_build(tgroups *t, const sm_coldata *d, int max_length, sm_error *err)
{
	memset(t, 0, sizeof(*t));
	t->tv = alloc_array(d->n, sizeof(tval), err);
	t->gs = alloc_array(d->n, sizeof(size_t), err);
	t->gn = alloc_array(d->n, sizeof(size_t), err);
	if (!t->tv || !t->gs || !t->gn)
		return false;
	for (size_t r = 0; r < d->n; r++)
		if (d->off[r] != SIZE_MAX)
		{
			/* the arena is NULL when every value is empty */
			t->tv[t->m].s = d->arena ? d->arena + d->off[r] : "";
			t->tv[t->m].len = utf8_prefix(t->tv[t->m].s, d->len[r], max_length);
			t->tv[t->m].row = r;
			t->m++;
		}
	qsort(t->tv, t->m, sizeof(tval), cmp_tval);
	for (size_t k = 0; k < t->m; k++)
	{
		if (k > 0 && cmp_tval(&t->tv[k - 1], &t->tv[k]) == 0)
			t->gn[t->G - 1]++;
		else
		{
			t->gs[t->G] = k;
			t->gn[t->G++] = 1;
		}
	}
	return true;
}

/* Shape class of the character at s: 'A', 'a', '9', ' ' or punctuation. */
static char
shape_class(const char *s, size_t len, size_t *i)
{
	unsigned char ch = (unsigned char) s[*i];

	(*i)++;
	if (ch >= 0x80)
	{
		/* a non-ASCII character counts as a lower-case letter */
		while (*i < len && ((unsigned char) s[*i] & 0xC0) == 0x80)
			(*i)++;
		return 'a';
	}
	if (ch >= 'A' && ch <= 'Z')
		return 'A';
	if (ch >= 'a' && ch <= 'z')
		return 'a';
	if (ch >= '0' && ch <= '9')
		return '9';
	if (ch > 0x20 && ch < 0x7F)
		return (char) ch;
	return ' ';
}

/* Runs of shape classes; -1 if more than MAX_SHAPE_RUNS. */
static int
shape_runs(const char *s, size_t len, char *cls, int *rl)
{
	int			nr = 0;
	size_t		i = 0;

	while (i < len)
	{
		char		k = shape_class(s, len, &i);

		if (nr > 0 && cls[nr - 1] == k)
			rl[nr - 1]++;
		else
		{
			if (nr == MAX_SHAPE_RUNS)
				return -1;
			cls[nr] = k;
			rl[nr++] = 1;
		}
	}
	cls[nr] = '\0';
	return nr;
}

typedef struct shape_ent
{
	char		sig[MAX_SHAPE_RUNS + 1];
	size_t		count;
	size_t		group;
} shape_ent;

/* qsort order of shape signatures. */
static int
cmp_shape(const void *a, const void *b)
{
	return strcmp(((const shape_ent *) a)->sig, ((const shape_ent *) b)->sig);
}

/*
 * The most common character shape of the values (e.g. "[A-Z]{2}-[0-9]{4}"
 * for "AB-1234"), run lengths spanning the values of that shape.  *pattern
 * is NULL when no shape exists; *support counts the rows it covers.
 */
static bool
derive_shape(const tgroups *t, char **pattern, size_t *support, sm_error *err)
{
	shape_ent  *e;
	size_t		ne = 0,
				best = 0,
				best_at = 0;
	int			lo[MAX_SHAPE_RUNS],
				hi[MAX_SHAPE_RUNS],
				rl[MAX_SHAPE_RUNS],
				nr;
	char		cls[MAX_SHAPE_RUNS + 1];
	sm_buf		b;

	*pattern = NULL;
	*support = 0;
	if (t->G == 0)
		return true;
	e = alloc_array(t->G, sizeof(shape_ent), err);
	if (e == NULL)
		return false;
	for (size_t g = 0; g < t->G; g++)
	{
		const tval *v = &t->tv[t->gs[g]];

		if (shape_runs(v->s, v->len, e[ne].sig, rl) < 0)
			continue;
		e[ne].count = t->gn[g];
		e[ne].group = g;
		ne++;
	}
	qsort(e, ne, sizeof(shape_ent), cmp_shape);
	for (size_t k = 0; k < ne;)
	{
		size_t		j = k,
					cnt = 0;

		while (j < ne && strcmp(e[j].sig, e[k].sig) == 0)
			cnt += e[j++].count;
		if (cnt > best)
		{
			best = cnt;
			best_at = k;
		}
		k = j;
	}
	if (best == 0)
	{
		sm_free(e);
		return true;
	}
	nr = (int) strlen(e[best_at].sig);
	for (int r = 0; r < nr; r++)
	{
		lo[r] = INT32_MAX;
		hi[r] = 0;
	}
	for (size_t k = best_at; k < ne && strcmp(e[k].sig, e[best_at].sig) == 0; k++)
	{
		const tval *v = &t->tv[t->gs[e[k].group]];

		shape_runs(v->s, v->len, cls, rl);
		for (int r = 0; r < nr; r++)
		{
			lo[r] = rl[r] < lo[r] ? rl[r] : lo[r];
			hi[r] = rl[r] > hi[r] ? rl[r] : hi[r];
		}
	}
	sm_buf_init(&b);
	for (int r = 0; r < nr; r++)
	{
		char		k = e[best_at].sig[r];
		int			a = lo[r] > SM_REGEX_MAX_REPEAT ? SM_REGEX_MAX_REPEAT : lo[r];
		int			z = hi[r] > SM_REGEX_MAX_REPEAT ? SM_REGEX_MAX_REPEAT : hi[r];

		if (k == 'A')
			sm_buf_puts(&b, "[A-Z]");
		else if (k == 'a')
			sm_buf_puts(&b, "[a-z]");
		else if (k == '9')
			sm_buf_puts(&b, "[0-9]");
		else if (k == ' ')
			sm_buf_puts(&b, " ");
		else
		{
			sm_buf_putc(&b, '\\');
			sm_buf_putc(&b, k);
		}
		if (a != 1 || z != 1)
		{
			if (a == z)
				sm_buf_printf(&b, "{%d}", a);
			else
				sm_buf_printf(&b, "{%d,%d}", a, z);
		}
	}
	sm_buf_putc(&b, '\0');
	sm_free(e);
	if (b.oom)
	{
		sm_buf_free(&b);
		return oom(err);
	}
	*pattern = b.data;
	*support = best;
	return true;
}

/* Words of a value (runs of non-space characters). */
static int
count_words(const char *s, size_t len)
{
	int			w = 0;
	bool		in = false;

	for (size_t i = 0; i < len; i++)
	{
		bool		sp = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';

		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

/* Lorem word counts spanning the 5th..95th percentile of the values. */
static bool
fit_lorem(sm_strgen *g, const tgroups *t, sm_error *err)
{
	double	   *w;

	g->kind = SM_TG_LOREM;
	g->min_words = 1;
	g->max_words = 3;
	if (t->m == 0)
		return true;
	w = alloc_array(t->m, sizeof(double), err);
	if (w == NULL)
		return false;
	for (size_t k = 0; k < t->m; k++)
		w[k] = (double) count_words(t->tv[k].s, t->tv[k].len);
	qsort(w, t->m, sizeof(double), cmp_double);
	g->min_words = (int) fmax(1.0, fmin(100.0, floor(sm_quantile_sorted(w, t->m, 0.05))));
	g->max_words = (int) fmax(1.0, fmin(100.0, ceil(sm_quantile_sorted(w, t->m, 0.95))));
	if (g->max_words < g->min_words)
		g->max_words = g->min_words;
	sm_free(w);
	return true;
}

typedef struct rare_ent
{
	size_t		len;
	uint64_t	h;
} rare_ent;

/* qsort order of rare values: shortest first. */
static int
cmp_rare(const void *a, const void *b)
{
	const rare_ent *x = a;
	const rare_ent *y = b;

	if (x->len != y->len)
		return (x->len > y->len) - (x->len < y->len);
	return (x->h > y->h) - (x->h < y->h);
}

/*
 * Keyed hashes of the rare values, which a pattern or lorem generator must
 * never produce; the shortest values first, as they are the likeliest to
 * come out of a generator again.
 */
static bool
build_exclusions(sm_strgen *g, const tgroups *t, int min_count, sm_error *err)
{
	rare_ent   *r;
	size_t		nr = 0,
				keep;

	for (size_t k = 0; k < t->G; k++)
		if (t->gn[k] < (size_t) min_count)
			nr++;
	if (nr == 0)
		return true;
	r = alloc_array(nr, sizeof(rare_ent), err);
	if (r == NULL)
		return false;
	nr = 0;
	for (size_t k = 0; k < t->G; k++)
		if (t->gn[k] < (size_t) min_count)
		{
			const tval *v = &t->tv[t->gs[k]];

			r[nr].len = v->len;
			r[nr++].h = sm_mcol_hash(g->hash_key, v->s, v->len);
		}
	qsort(r, nr, sizeof(rare_ent), cmp_rare);
	keep = nr < MAX_EXCLUDE ? nr : MAX_EXCLUDE;
	g->exclude = alloc_array(keep, sizeof(uint64_t), err);
	if (g->exclude == NULL)
	{
		sm_free(r);
		return false;
	}
	for (size_t k = 0; k < keep; k++)
		g->exclude[k] = r[k].h;
	sm_free(r);
	qsort(g->exclude, keep, sizeof(uint64_t), cmp_u64);
	/* drop duplicate hashes */
	g->nexclude = 0;
	for (size_t k = 0; k < keep; k++)
		if (g->nexclude == 0 || g->exclude[g->nexclude - 1] != g->exclude[k])
			g->exclude[g->nexclude++] = g->exclude[k];
	return true;
}

/*
 * An n-gram model trained on every value of the column.  It feeds the
 * other bucket, whose values must be new (common values are categories
 * with exact frequencies, rare ones must not leak), so no training value
 * may come out verbatim: the verbatim threshold lies above every count.
 */
static bool
fit_ngram(sm_strgen *g, const tgroups *t, sm_error *err)
{
	sm_textmodel_opts o;
	size_t		top = 0;

	for (size_t k = 0; k < t->G; k++)
		top = t->gn[k] > top ? t->gn[k] : top;
	sm_textmodel_default_opts(&o);
	o.min_count_verbatim = top + 1 < SM_TEXTMODEL_MAX_K ? (int) top + 1 : SM_TEXTMODEL_MAX_K;
	o.max_contexts = TEXTMODEL_CONTEXTS;
	o.hash_key = g->hash_key;
	g->tm = sm_textmodel_new(&o, err);
	if (g->tm == NULL)
		return false;
	g->kind = SM_TG_NGRAM;
	for (size_t k = 0; k < t->m; k++)
		if (!sm_textmodel_add(g->tm, t->tv[k].s, t->tv[k].len))
			break;				/* finish reports the failure */
	return sm_textmodel_finish(g->tm, err);
}

/* Compile the declared pattern of a column. */
static bool
declared_pattern(sm_strgen *g, const sm_colspec *spec, sm_error *err)
{
	sm_error	e;

	if (spec->pattern == NULL)
		return sm_error_set(err, SM_EINVAL, spec->name,
							"column \"%s\": model kind pattern needs a pattern",
							spec->name);
	g->kind = SM_TG_PATTERN;
	g->pattern = sm_strndup(spec->pattern, strlen(spec->pattern));
	if (g->pattern == NULL)
		return oom(err);
	memset(&e, 0, sizeof(e));
	g->re = sm_regex_compile(g->pattern, strlen(g->pattern), &e);
	if (g->re == NULL)
	{
		*err = e;
		snprintf(err->path, sizeof(err->path), "%s", spec->name);
		return false;
	}
	if (sm_regex_is_empty(g->re))
		return sm_error_set(err, SM_EINVAL, spec->name,
							"column \"%s\": the pattern matches no string", spec->name);
	return true;
}

/* A derived pattern from a shape string. */
static bool
derived_pattern(sm_strgen *g, char *pattern, sm_error *err)
{
	sm_error	e;

	g->kind = SM_TG_PATTERN;
	g->derived = true;
	g->pattern = pattern;
	memset(&e, 0, sizeof(e));
	g->re = sm_regex_compile(pattern, strlen(pattern), &e);
	if (g->re == NULL)
	{
		*err = e;
		return false;
	}
	return true;
}

/*
 * The generator of values outside the stored categories: the declared
 * pattern; else the shape of code-like values (one shape without lower-case
 * letters covers half the values, e.g. "AB-1234"); else the n-gram model
 * (words, names, e-mail addresses); lorem words with no data.
 */
static bool
fit_generator(sm_mcol *c, fitctx *fc, const tgroups *t, sm_error *err)
{
	sm_strgen  *g = &c->tg;
	char	   *shape = NULL;
	size_t		support = 0;

	g->hash_key = fc->hash_key;
	if (fc->spec->pattern != NULL)
	{
		if (!declared_pattern(g, fc->spec, err))
			return false;
	}
	else if (t->m == 0)
	{
		if (!fit_lorem(g, t, err))
			return false;
	}
	else
	{
		if (!derive_shape(t, &shape, &support, err))
			return false;
		/* codes: one shape for most values, and no lower-case letters */
		if (shape != NULL && support >= (size_t) fc->min_count &&
			support * 2 >= t->m && fc->rk != RK_NGRAM && strstr(shape, "[a-z]") == NULL)
		{
			if (!derived_pattern(g, shape, err))
				return false;
		}
		else
		{
			sm_free(shape);
			if (!fit_ngram(g, t, err))
				return false;
		}
	}
	if (g->kind != SM_TG_NGRAM && !build_exclusions(g, t, fc->min_count, err))
		return false;
	return fit_str(fc->fit, "generator",
				   g->kind == SM_TG_NGRAM ? "ngram" :
				   g->kind == SM_TG_LOREM ? "lorem" :
				   g->derived ? "shape" : "pattern") || oom(err);
}

/* Index order: count descending, then group (byte) order. */
typedef struct gcount
{
	size_t		count;
	size_t		group;
} gcount;

/*
 * qsort order of categories: most frequent first, then byte order, so
 * fitting is deterministic.
 */
static int
cmp_gcount(const void *a, const void *b)
{
	const gcount *x = a;
	const gcount *y = b;

	if (x->count != y->count)
		return (x->count < y->count) - (x->count > y->count);
	return (x->group > y->group) - (x->group < y->group);
}

/* Common values as categories, the rest pooled into the other bucket. */
static bool
fit_categorical_text(sm_mcol *c, fitctx *fc, const tgroups *t, sm_error *err)
{
	gcount	   *gc = alloc_array(t->G, sizeof(gcount), err);
	size_t	   *slot = alloc_array(t->G, sizeof(size_t), err);
	size_t		nf = 0,
				kept_rows = 0;
	bool		ok = false;

	if (!gc || !slot)
		goto done;
	for (size_t g = 0; g < t->G; g++)
		if (t->gn[g] >= (size_t) fc->min_count && fc->rk != RK_NGRAM)
		{
			gc[nf].count = t->gn[g];
			gc[nf++].group = g;
		}
	qsort(gc, nf, sizeof(gcount), cmp_gcount);
	if (nf > SM_MODEL_MAX_CATEGORIES)
		nf = SM_MODEL_MAX_CATEGORIES;
	c->kind = SM_MK_CATEGORICAL;
	c->labels = alloc_array(nf, sizeof(char *), err);
	c->lens = alloc_array(nf, sizeof(size_t), err);
	c->cat_w = alloc_array(nf, sizeof(double), err);
	if (!c->labels || !c->lens || !c->cat_w)
		goto done;
	for (size_t g = 0; g < t->G; g++)
		slot[g] = nf;			/* the other bucket */
	for (size_t k = 0; k < nf; k++)
	{
		const tval *v = &t->tv[t->gs[gc[k].group]];

		c->labels[k] = sm_strndup(v->s, v->len);
		if (c->labels[k] == NULL)
		{
			oom(err);
			goto done;
		}
		c->lens[k] = v->len;
		c->cat_w[k] = (double) gc[k].count / (double) t->m;
		c->ncat = (int) k + 1;
		slot[gc[k].group] = k;
		kept_rows += gc[k].count;
	}
	c->other_pos = c->ncat;
	c->other_w = t->m == 0 ? 1.0 : (double) (t->m - kept_rows) / (double) t->m;
	if (c->other_w > 0.0 && !fit_generator(c, fc, t, err))
		goto done;
	if (fc->codes)
		for (size_t g = 0; g < t->G; g++)
			for (size_t k = 0; k < t->gn[g]; k++)
				fc->codes[t->tv[t->gs[g] + k].row] = (double) slot[g];
	fc->nominal = true;
	if (!fit_num(fc->fit, "categories", (double) c->ncat) ||
		!fit_num(fc->fit, "other_mass", c->other_w) ||
		!fit_num(fc->fit, "rare_values", (double) (t->G - nf)))
	{
		oom(err);
		goto done;
	}
	ok = true;
done:
	sm_free(gc);
	sm_free(slot);
	return ok;
}

typedef struct lab_ent
{
	const char *s;
	size_t		len;
	size_t		index;
} lab_ent;

/* qsort and bsearch order of declared labels. */
static int
cmp_lab(const void *a, const void *b)
{
	const lab_ent *x = a;
	const lab_ent *y = b;

	return cmp_bytes(x->s, x->len, y->s, y->len);
}

/* Categories from the declared labels (public, never pooled). */
static bool
fit_declared_labels(sm_mcol *c, fitctx *fc, const tgroups *t, sm_error *err)
{
	const sm_colspec *spec = fc->spec;
	size_t		nl = spec->nlabels,
				outside = 0;
	lab_ent    *le;
	double		total = 0.0;

	if (nl > MAX_SLOTS)
		return sm_error_set(err, SM_ELIMIT, spec->name,
							"column \"%s\" declares more than %d labels",
							spec->name, MAX_SLOTS);
	c->kind = SM_MK_CATEGORICAL;
	c->labels = alloc_array(nl, sizeof(char *), err);
	c->lens = alloc_array(nl, sizeof(size_t), err);
	c->cat_w = alloc_array(nl, sizeof(double), err);
	le = alloc_array(nl, sizeof(lab_ent), err);
	if (!c->labels || !c->lens || !c->cat_w || !le)
	{
		sm_free(le);
		return false;
	}
	for (size_t k = 0; k < nl; k++)
	{
		const char *s = spec->labels[k] ? spec->labels[k] : "";

		c->labels[k] = sm_strndup(s, strlen(s));
		if (c->labels[k] == NULL)
		{
			sm_free(le);
			return oom(err);
		}
		c->lens[k] = strlen(s);
		c->cat_w[k] = 0.0;
		c->ncat = (int) k + 1;
		le[k].s = c->labels[k];
		le[k].len = c->lens[k];
		le[k].index = k;
	}
	qsort(le, nl, sizeof(lab_ent), cmp_lab);
	for (size_t g = 0; g < t->G; g++)
	{
		const tval *v = &t->tv[t->gs[g]];
		lab_ent		key = {v->s, v->len, 0};
		lab_ent    *hit = bsearch(&key, le, nl, sizeof(lab_ent), cmp_lab);

		if (hit == NULL)
		{
			outside += t->gn[g];
			continue;
		}
		c->cat_w[hit->index] += (double) t->gn[g];
		if (fc->codes)
			for (size_t k = 0; k < t->gn[g]; k++)
				fc->codes[t->tv[t->gs[g] + k].row] = (double) hit->index;
	}
	sm_free(le);
	if (spec->weights)
	{
		for (size_t k = 0; k < nl; k++)
			c->cat_w[k] = isfinite(spec->weights[k]) && spec->weights[k] > 0.0 ?
				spec->weights[k] : 0.0;
	}
	for (size_t k = 0; k < nl; k++)
		total += c->cat_w[k];
	for (size_t k = 0; k < nl; k++)
		c->cat_w[k] = total > 0.0 ? c->cat_w[k] / total : 1.0 / (double) nl;
	c->other_w = 0.0;
	c->other_pos = c->ncat;
	fc->nominal = true;
	return (fit_num(fc->fit, "categories", (double) nl) &&
			fit_num(fc->fit, "outside_labels", (double) outside)) || oom(err);
}

/*
 * Fit a text column: a constant, declared labels, a pattern, unique
 * strings, or categories with an other bucket.
 */
static bool
fit_text(sm_mcol *c, fitctx *fc, sm_error *err)
{
	const sm_colspec *spec = fc->spec;
	tgroups		t;
	bool		ok = false;

	if (!tgroups_build(&t, fc->data, c->max_length, err))
		goto done;
	if (!fit_num(fc->fit, "distinct", (double) t.G))
	{
		oom(err);
		goto done;
	}
	if (fc->rk == RK_CONSTANT)
	{
		const sm_json *v = spec->model_params ? sm_json_get(spec->model_params, "value") : NULL;
		size_t		best = 0,
					at = 0;

		for (size_t g = 0; g < t.G; g++)
			if (t.gn[g] > best)
			{
				best = t.gn[g];
				at = g;
			}
		c->kind = SM_MK_CONSTANT;
		if (v != NULL && v->type == SM_JSTRING)
			c->cstr = sm_strndup(v->str, v->len), c->cstrlen = v->len;
		else if (best >= (size_t) fc->min_count)
		{
			const tval *tv = &t.tv[t.gs[at]];

			c->cstr = sm_strndup(tv->s, tv->len);
			c->cstrlen = tv->len;
		}
		else
		{
			sm_error_set(err, SM_EINVAL, spec->name,
						 "column \"%s\": a constant needs a \"value\" parameter or a common value",
						 spec->name);
			goto done;
		}
		if (c->cstr == NULL)
		{
			oom(err);
			goto done;
		}
		ok = fit_str(fc->fit, "family", "constant") || oom(err);
	}
	else if (spec->nlabels > 0)
		ok = fit_declared_labels(c, fc, &t, err);
	else if (fc->rk == RK_PATTERN || (spec->pattern && (c->unique || t.m == 0)))
	{
		c->kind = SM_MK_PATTERN;
		ok = declared_pattern(&c->tg, spec, err) &&
			(fit_str(fc->fit, "generator", "pattern") || oom(err));
	}
	else if (c->unique)
	{
		char	   *shape = NULL;
		size_t		support = 0;

		/* unique strings: number perm(i) of the values' shape */
		c->kind = SM_MK_PATTERN;
		if (!derive_shape(&t, &shape, &support, err))
			goto done;
		if (shape == NULL || support < (size_t) fc->min_count)
		{
			sm_free(shape);
			shape = sm_strndup("[a-z]{4}[0-9]{6}", 16);
			if (shape == NULL)
			{
				oom(err);
				goto done;
			}
		}
		ok = derived_pattern(&c->tg, shape, err);
		/* unique values are never cut: a shape longer than max_length
		 * gives way to [a-z0-9]{max_length} */
		if (ok && spec->max_length > 0 &&
			sm_regex_max_length(c->tg.re) > (size_t) spec->max_length)
		{
			char		fit[32];

			sm_regex_free(c->tg.re);
			c->tg.re = NULL;
			sm_free(c->tg.pattern);
			c->tg.pattern = NULL;
			snprintf(fit, sizeof(fit), "[a-z0-9]{%d}",
					 spec->max_length < 12 ? spec->max_length : 12);
			shape = sm_strndup(fit, strlen(fit));
			ok = shape != NULL ? derived_pattern(&c->tg, shape, err) : oom(err);
		}
		ok = ok && (fit_str(fc->fit, "generator", "shape") || oom(err));
	}
	else
		ok = fit_categorical_text(c, fc, &t, err);
done:
	tgroups_free(&t);
	return ok;
}

/* Booleans: two ordered categories, false then true. */
static bool
fit_bool(sm_mcol *c, fitctx *fc, sm_error *err)
{
	const sm_coldata *d = fc->data;
	size_t		cnt[2] = {0, 0};

	for (size_t r = 0; r < d->n; r++)
		if (isfinite(d->x[r]))
		{
			int			v = d->x[r] != 0.0;

			cnt[v]++;
			if (fc->codes)
				fc->codes[r] = v;
		}
	if (fc->rk == RK_CONSTANT)
	{
		double		v;

		c->kind = SM_MK_CONSTANT;
		c->cnum = param_num(fc->spec, "value", &v) ? (v != 0.0) : (cnt[1] > cnt[0]);
		return fit_str(fc->fit, "family", "constant") || oom(err);
	}
	c->kind = SM_MK_CATEGORICAL;
	c->labels = alloc_array(2, sizeof(char *), err);
	c->lens = alloc_array(2, sizeof(size_t), err);
	c->cat_w = alloc_array(2, sizeof(double), err);
	if (!c->labels || !c->lens || !c->cat_w)
		return false;
	c->labels[0] = sm_strndup("false", 5);
	c->labels[1] = sm_strndup("true", 4);
	c->ncat = 2;
	if (!c->labels[0] || !c->labels[1])
		return oom(err);
	c->lens[0] = 5;
	c->lens[1] = 4;
	for (int k = 0; k < 2; k++)
		c->cat_w[k] = cnt[0] + cnt[1] > 0 ?
			(double) cnt[k] / (double) (cnt[0] + cnt[1]) : 0.5;
	c->other_w = 0.0;
	c->other_pos = 2;
	return fit_str(fc->fit, "family", "categorical") || oom(err);
}

/* Fit one column from its training rows (see marginal.h). */
bool
sm_mcol_fit(sm_mcol *c, const sm_colspec *spec, const sm_coldata *data,
			uint64_t hash_key, double *codes, bool *nominal, sm_error *err)
{
	fitctx		fc;
	size_t		nulls = 0;
	bool		ok = false;

	memset(&fc, 0, sizeof(fc));
	memset(c, 0, sizeof(*c));
	fc.spec = spec;
	fc.data = data;
	fc.hash_key = hash_key;
	fc.codes = codes;
	fc.min_count = spec->min_count > 0 ? spec->min_count : SM_MODEL_MIN_COUNT;
	if (fc.min_count > 1000000)
		fc.min_count = 1000000;
	*nominal = false;
	if (!parse_req_kind(spec, &fc.rk, &fc.fam, err))
		return false;
	if (!init_from_spec(c, spec, err))
		goto done;
	fc.fit = sm_json_new(SM_JOBJECT);
	if (fc.fit == NULL)
	{
		oom(err);
		goto done;
	}
	if (codes)
		for (size_t r = 0; r < data->n; r++)
			codes[r] = NAN;
	for (size_t r = 0; r < data->n; r++)
		if (data->x ? !isfinite(data->x[r]) : data->off[r] == SIZE_MAX)
			nulls++;
	if (spec->required || spec->unique)
		c->null_rate = 0.0;
	else if (spec->null_rate >= 0.0 && spec->null_rate <= 1.0)
		c->null_rate = spec->null_rate;
	else
		c->null_rate = data->n > 0 ? (double) nulls / (double) data->n : 0.0;
	if (!fit_num(fc.fit, "rows", (double) data->n) ||
		!fit_num(fc.fit, "nulls", (double) nulls))
	{
		oom(err);
		goto done;
	}

	switch (spec->type)
	{
		case SM_COL_UUID:
			c->kind = SM_MK_UUID;
			ok = fit_str(fc.fit, "family", "uuid") || oom(err);
			break;
		case SM_COL_BOOL:
			ok = fit_bool(c, &fc, err);
			break;
		case SM_COL_TEXT:
			ok = fit_text(c, &fc, err);
			break;
		default:
			ok = fit_numeric(c, &fc, err);
			if (ok && codes && c->kind == SM_MK_NUMERIC)
				for (size_t r = 0; r < data->n; r++)
					codes[r] = isfinite(data->x[r]) ? data->x[r] : NAN;
			break;
	}
	if (ok)
	{
		c->fit = fc.fit;
		fc.fit = NULL;
		ok = sm_mcol_prepare(c, spec->name, err);
	}
	*nominal = fc.nominal && c->kind == SM_MK_CATEGORICAL;
done:
	sm_json_free(fc.fit);
	if (!ok)
		sm_mcol_free(c);
	return ok;
}

/*
 * Reorder the slots of a nominal column, so that the copula can carry
 * its association with another column as a monotone one.
 */
bool
sm_mcol_reorder(sm_mcol *c, const int *order, sm_error *err)
{
	bool		other = c->other_w > 0.0;
	int			S = c->ncat + (other ? 1 : 0);
	int		   *at = alloc_array((size_t) S, sizeof(int), err);
	char	  **labels = alloc_array((size_t) c->ncat, sizeof(char *), err);
	size_t	   *lens = alloc_array((size_t) c->ncat, sizeof(size_t), err);
	double	   *w = alloc_array((size_t) c->ncat, sizeof(double), err);
	int			n = 0;

	if (!at || !labels || !lens || !w)
	{
		sm_free(at);
		sm_free(labels);
		sm_free(lens);
		sm_free(w);
		return false;
	}
	/* at[new position] = label of the old slot (-1: other) */
	for (int s = 0; s < S; s++)
	{
		int			lab = !other ? s : s < c->other_pos ? s : s == c->other_pos ? -1 : s - 1;

		at[order[s]] = lab;
	}
	for (int s = 0; s < S; s++)
	{
		if (at[s] < 0)
		{
			c->other_pos = n;
			continue;
		}
		labels[n] = c->labels[at[s]];
		lens[n] = c->lens[at[s]];
		w[n++] = c->cat_w[at[s]];
	}
	sm_free(c->labels);
	sm_free(c->lens);
	sm_free(c->cat_w);
	sm_free(at);
	c->labels = labels;
	c->lens = lens;
	c->cat_w = w;
	return true;
}
