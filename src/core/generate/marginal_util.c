/*
 * marginal_util.c
 *	  Small helpers of the one-column model: allocation, comparisons, type
 *	  ranges and grids, the model kind a definition requests, fit metrics.
 *
 * Not here: anything that fits, encodes or samples a column.
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

/* PostgreSQL's date and timestamp ranges, and int64 as safe doubles. */
#define DATE_MIN_DAYS		(-2451545.0)

#define DATE_MAX_DAYS		2145031948.0

#define TS_MIN_USEC			(-211813488000000000.0)

#define TS_MAX_USEC			9223371331199998976.0

#define INT64_LO_DBL		(-9223372036854775808.0)

#define INT64_HI_DBL		9223372036854774784.0

const char *const mg_type_names[] = {
	"int", "float", "numeric", "bool", "date", "timestamp", "text", "uuid"
};

/* ------------------------------------------------------------------------
 * Small helpers
 * ------------------------------------------------------------------------ */

/* Report an allocation failure; returns false for convenience. */
bool
mg_oom(sm_error *err)
{
	return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
}

/* An overflow-checked array of n elements (at least one byte). */
void *
mg_alloc_array(size_t n, size_t size, sm_error *err)
{
	size_t		bytes;
	void	   *p = NULL;

	if (sm_mul_size(n ? n : 1, size, &bytes))
		p = sm_malloc(bytes);
	if (p == NULL)
		mg_oom(err);
	return p;
}

/* qsort order of doubles (no NaN here). */
int
mg_cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	return (x > y) - (x < y);
}

/* qsort order of uint64. */
int
mg_cmp_u64(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a;
	uint64_t	y = *(const uint64_t *) b;

	return (x > y) - (x < y);
}

/* Byte order of two strings, shorter first on a common prefix. */
int
mg_cmp_bytes(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t		common = alen < blen ? alen : blen;
	int			c = common > 0 ? memcmp(a, b, common) : 0;

	if (c != 0)
		return c;
	return (alen > blen) - (alen < blen);
}

/* 10^s for the numeric grid (s <= 15 keeps it exact). */
double
mg_pow10i(int s)
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
bool
mg_lookup_name(const char *const *names, int count, const char *s, int *out)
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
bool
mg_type_is_numeric(sm_coltype t)
{
	return t == SM_COL_INT || t == SM_COL_FLOAT || t == SM_COL_NUMERIC ||
		t == SM_COL_DATE || t == SM_COL_TIMESTAMP;
}

/* The range of values PostgreSQL accepts for the column's type. */
void
mg_type_range(const sm_mcol *c, double *lo, double *hi)
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
bool
mg_has_grid(const sm_mcol *c)
{
	if (c->type == SM_COL_NUMERIC)
		return c->scale >= 0 && c->scale <= 15;
	return c->type != SM_COL_FLOAT && c->step > 0.0;
}

/* Grid units of x (not rounded): the integer lattice of the column. */
double
mg_grid_units(const sm_mcol *c, double x)
{
	if (c->type == SM_COL_NUMERIC)
		return x * mg_pow10i(c->scale);
	return x / c->step;
}

/* The value of a number of grid units. */
double
mg_grid_value(const sm_mcol *c, double units)
{
	if (c->type == SM_COL_NUMERIC)
		return units / mg_pow10i(c->scale);
	return units * c->step;
}

/* The multiplier of a key column's units (sequence, permutation). */
double
mg_unit_value(const sm_mcol *c, int64_t k)
{
	if (c->type == SM_COL_NUMERIC)
		return (double) k / mg_pow10i(c->scale);
	return (double) k * c->step;
}

/* Decode spec->model_kind; SM_EINVAL for unknown or unsuitable kinds. */
bool
mg_parse_req_kind(const sm_colspec *spec, req_kind *rk, sm_dist_family *fam,
				  sm_error *err)
{
	const char *k = spec->model_kind;
	bool		numeric = mg_type_is_numeric(spec->type);
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
							k, mg_type_names[spec->type]);
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

	return mg_parse_req_kind(spec, &rk, &fam, err);
}

/* A numeric model parameter of the definition; false if absent. */
bool
mg_param_num(const sm_colspec *spec, const char *key, double *out)
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
bool
mg_fit_put(sm_json *fit, const char *key, sm_json *v)
{
	if (v == NULL)
		return false;
	return sm_json_object_append(fit, key, strlen(key), v);
}

/* A numeric fit metric; non-finite values are left out (JSON has none). */
bool
mg_fit_num(sm_json *fit, const char *key, double d)
{
	if (!isfinite(d))
		return true;
	return mg_fit_put(fit, key, sm_json_new_number(d));
}

/* A string fit metric. */
bool
mg_fit_str(sm_json *fit, const char *key, const char *s)
{
	return mg_fit_put(fit, key, sm_json_new_string(s, strlen(s)));
}
