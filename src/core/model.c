/*
 * model.c
 *	  The table model: training-data accumulation, the Gaussian copula fit,
 *	  the model's JSON form, and the row generator.
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

/* Hermite terms of the attenuation correction. */
#define HERMITE_N			48
/* Work bound of the category ordering (rows x partner columns). */
#define ORDER_WORK			200000000.0

struct sm_tmodel
{
	int			ncols;
	sm_mcol    *cols;
	uint64_t	training_rows;
	int			d;				/* copula dimension (0: none) */
	int		   *cop_cols;		/* model column of each copula position */
	double	   *corr;			/* d x d */
	double	   *L;				/* Cholesky factor */
};

/* Report an allocation failure; returns false for convenience. */
static bool
oom(sm_error *err)
{
	return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
}

/* An overflow-checked array (at least one element). */
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

/* ------------------------------------------------------------------------
 * Column specifications
 * ------------------------------------------------------------------------ */

/* Defaults of a column specification: nothing declared, learn everything. */
void
sm_colspec_init(sm_colspec *spec, const char *name, sm_coltype type)
{
	memset(spec, 0, sizeof(*spec));
	spec->name = name;
	spec->type = type;
	spec->int_bytes = 8;
	spec->scale = -1;
	spec->max_length = -1;
	spec->null_rate = -1.0;
}

/* Names of schemadef's model kinds, as sm_colspec.model_kind takes them. */
static const char *
model_kind_name(sm_model_kind k)
{
	static const char *const names[] = {
		"auto", "empirical", "normal", "truncated_normal", "lognormal",
		"gamma", "beta", "uniform", "categorical", "constant", "sequence",
		"pattern", "ngram", "uuid", "dictionary"
	};

	if ((int) k < 0 || (size_t) k >= sizeof(names) / sizeof(names[0]))
		return "auto";
	return names[k];
}

/*
 * Map a decoded definition column onto a specification, so the glue
 * needs no knowledge of the model.
 */
void
sm_colspec_from_table(const struct sm_table *t, int colno, sm_colspec *spec)
{
	sm_colspec_from_column(&t->columns[colno], spec);
	/* a primary key makes its column unique only when it has one column */
	spec->unique = t->columns[colno].unique ||
		(t->primary_key.n == 1 && t->primary_key.cols[0] == colno);
}

/*
 * The same without the table: any primary-key column counts as unique,
 * which over-constrains the columns of a composite key (each one then
 * unique) but never breaks the key.
 */
void
sm_colspec_from_column(const struct sm_column *col, sm_colspec *spec)
{
	int64_t		maxlen = sm_column_max_length(col);
	sm_coltype	type = SM_COL_TEXT;
	int			bytes = 8,
				scale = -1;

	if (!col->type.is_array)
	{
		switch (col->type.kind)
		{
			case SM_TYPE_SMALLINT:
				type = SM_COL_INT;
				bytes = 2;
				break;
			case SM_TYPE_INTEGER:
				type = SM_COL_INT;
				bytes = 4;
				break;
			case SM_TYPE_BIGINT:
				type = SM_COL_INT;
				break;
			case SM_TYPE_REAL:
			case SM_TYPE_DOUBLE:
				type = SM_COL_FLOAT;
				break;
			case SM_TYPE_NUMERIC:
				type = SM_COL_NUMERIC;
				scale = col->type.mod1 >= 0 ? (col->type.mod2 >= 0 ? col->type.mod2 : 0) : -1;
				break;
			case SM_TYPE_MONEY:
				type = SM_COL_NUMERIC;
				scale = 2;
				break;
			case SM_TYPE_BOOLEAN:
				type = SM_COL_BOOL;
				break;
			case SM_TYPE_DATE:
				type = SM_COL_DATE;
				break;
			case SM_TYPE_TIMESTAMP:
			case SM_TYPE_TIMESTAMPTZ:
				type = SM_COL_TIMESTAMP;
				break;
			case SM_TYPE_UUID:
				type = SM_COL_UUID;
				break;
			default:
				type = SM_COL_TEXT;
				break;
		}
	}
	sm_colspec_init(spec, col->name, type);
	spec->int_bytes = bytes;
	spec->scale = scale;
	if (type != SM_COL_TEXT && type != SM_COL_BOOL && type != SM_COL_UUID)
	{
		bool		as_int = type == SM_COL_INT || type == SM_COL_DATE ||
			type == SM_COL_TIMESTAMP;

		if (col->min.set)
		{
			spec->has_min = true;
			spec->min = as_int ? (double) col->min.ivalue : col->min.value;
		}
		if (col->max.set)
		{
			spec->has_max = true;
			spec->max = as_int ? (double) col->max.ivalue : col->max.value;
		}
	}
	spec->required = col->required || col->primary_key;
	spec->unique = col->unique || col->primary_key;
	spec->pattern = col->pattern;
	spec->max_length = maxlen > 0 && maxlen < INT32_MAX ? (int) maxlen : -1;
	spec->null_rate = col->null_rate;
	if (col->privacy == SM_PRIVACY_HIGH)
		spec->min_count = 10;
	else if (col->privacy == SM_PRIVACY_LOW)
		spec->min_count = 3;
	if (col->model != NULL)
	{
		spec->model_kind = model_kind_name(col->model->kind);
		spec->model_params = col->model->params;
		if (col->model->kind == SM_MODEL_CATEGORICAL && col->model->ncategories > 0)
		{
			spec->nlabels = col->model->ncategories;
			spec->labels = (const char *const *) col->model->labels;
			spec->weights = col->model->weights;
		}
	}
	else if (col->sequence)
		spec->model_kind = "sequence";
	if (spec->nlabels == 0 && col->values.n > 0 && type == SM_COL_TEXT)
	{
		spec->nlabels = col->values.n;
		spec->labels = (const char *const *) col->values.items;
	}
}

/* ------------------------------------------------------------------------
 * The fitter
 * ------------------------------------------------------------------------ */

typedef struct fcol
{
	sm_colspec	spec;			/* strings owned by the fitter */
	sm_json    *params;
	double	   *x;				/* numeric, bool and uuid columns */
	char	   *arena;			/* text columns */
	size_t		alen;
	size_t		acap;
	size_t	   *off;
	size_t	   *len;
	size_t		unparsed;		/* values that could not be converted */
} fcol;

struct sm_fitter
{
	int			ncols;
	fcol	   *cols;
	size_t		nrows;
	size_t		cap;
	uint64_t	hash_key;
};

/* Whether the column keeps its values as text. */
static bool
is_text(const fcol *c)
{
	return c->spec.type == SM_COL_TEXT;
}

/* A private copy of a C string (NULL stays NULL). */
static bool
copy_str(const char **dst, const char *src)
{
	if (src == NULL)
	{
		*dst = NULL;
		return true;
	}
	*dst = sm_strndup(src, strlen(src));
	return *dst != NULL;
}

/* Release one column of the fitter. */
static void
fcol_free(fcol *c)
{
	sm_free((char *) c->spec.name);
	sm_free((char *) c->spec.pattern);
	sm_free((char *) c->spec.model_kind);
	if (c->spec.labels)
		for (size_t k = 0; k < c->spec.nlabels; k++)
			sm_free((char *) c->spec.labels[k]);
	sm_free((char **) c->spec.labels);
	sm_free((double *) c->spec.weights);
	sm_json_free(c->params);
	sm_free(c->x);
	sm_free(c->arena);
	sm_free(c->off);
	sm_free(c->len);
}

/* Release a fitter and its copies of the training data. */
void
sm_fitter_free(sm_fitter *f)
{
	if (f == NULL)
		return;
	for (int k = 0; k < f->ncols; k++)
		fcol_free(&f->cols[k]);
	sm_free(f->cols);
	sm_free(f);
}

/* Deep copy of a column specification. */
static bool
copy_spec(fcol *dst, const sm_colspec *src, sm_error *err)
{
	dst->spec = *src;
	dst->spec.labels = NULL;
	dst->spec.weights = NULL;
	dst->spec.model_params = NULL;
	if (!copy_str(&dst->spec.name, src->name) ||
		!copy_str(&dst->spec.pattern, src->pattern) ||
		!copy_str(&dst->spec.model_kind, src->model_kind))
		return oom(err);
	if (src->model_params)
	{
		dst->params = sm_json_clone(src->model_params);
		if (dst->params == NULL)
			return oom(err);
		dst->spec.model_params = dst->params;
	}
	if (src->nlabels > 0)
	{
		const char **labels = alloc_array(src->nlabels, sizeof(char *), err);

		if (labels == NULL)
			return false;
		memset(labels, 0, src->nlabels * sizeof(char *));
		dst->spec.labels = labels;
		for (size_t k = 0; k < src->nlabels; k++)
			if (!copy_str(&labels[k], src->labels[k] ? src->labels[k] : ""))
				return oom(err);
		if (src->weights)
		{
			double	   *w = alloc_array(src->nlabels, sizeof(double), err);

			if (w == NULL)
				return false;
			memcpy(w, src->weights, src->nlabels * sizeof(double));
			dst->spec.weights = w;
		}
	}
	return true;
}

/*
 * A fitter with private copies of the specifications; model kinds are
 * checked now, before any row is read.
 */
sm_fitter *
sm_fitter_new(const sm_colspec *cols, int ncols, sm_error *err)
{
	sm_fitter  *f;

	if (cols == NULL || ncols < 1 || ncols > SM_MODEL_MAX_COLUMNS)
	{
		sm_error_set(err, SM_EINVAL, NULL,
					 "a model needs 1 to %d columns, got %d",
					 SM_MODEL_MAX_COLUMNS, ncols);
		return NULL;
	}
	f = sm_malloc(sizeof(sm_fitter));
	if (f == NULL)
	{
		oom(err);
		return NULL;
	}
	memset(f, 0, sizeof(*f));
	f->hash_key = UINT64_C(0x5e3d1a7c0b9f2468);
	f->cols = alloc_array((size_t) ncols, sizeof(fcol), err);
	if (f->cols == NULL)
	{
		sm_free(f);
		return NULL;
	}
	memset(f->cols, 0, sizeof(fcol) * (size_t) ncols);
	f->ncols = ncols;
	for (int k = 0; k < ncols; k++)
	{
		const sm_colspec *s = &cols[k];

		if (s->name == NULL || s->name[0] == '\0' || (int) s->type < 0 ||
			s->type > SM_COL_UUID)
		{
			sm_error_set(err, SM_EINVAL, NULL,
						 "column %d needs a name and a valid type", k + 1);
			sm_fitter_free(f);
			return NULL;
		}
		if (!copy_spec(&f->cols[k], s, err) || !sm_mcol_check_spec(s, err))
		{
			sm_fitter_free(f);
			return NULL;
		}
		for (int j = 0; j < k; j++)
			if (strcmp(cols[j].name, s->name) == 0)
			{
				sm_error_set(err, SM_EINVAL, s->name,
							 "column \"%s\" appears twice", s->name);
				sm_fitter_free(f);
				return NULL;
			}
	}
	return f;
}

/* Set the key of the rare-value hashes (a random one per model is best). */
void
sm_fitter_set_hash_key(sm_fitter *f, uint64_t key)
{
	f->hash_key = key;
}

/* Make room for one more row in every column. */
static bool
grow_rows(sm_fitter *f, sm_error *err)
{
	size_t		ncap;

	if (f->nrows < f->cap)
		return true;
	ncap = f->cap ? f->cap * 2 : 1024;
	if (ncap > SIZE_MAX / (2 * sizeof(size_t)))
		return oom(err);
	for (int k = 0; k < f->ncols; k++)
	{
		fcol	   *c = &f->cols[k];

		if (is_text(c))
		{
			size_t	   *off = sm_realloc(c->off, ncap * sizeof(size_t));

			if (off == NULL)
				return oom(err);
			c->off = off;
			off = sm_realloc(c->len, ncap * sizeof(size_t));
			if (off == NULL)
				return oom(err);
			c->len = off;
		}
		else
		{
			double	   *x = sm_realloc(c->x, ncap * sizeof(double));

			if (x == NULL)
				return oom(err);
			c->x = x;
		}
	}
	f->cap = ncap;
	return true;
}

/* Append bytes to a text column's arena. */
static bool
arena_append(fcol *c, const char *s, size_t len, size_t *off, sm_error *err)
{
	if (len > SIZE_MAX / 4 - c->alen)
		return oom(err);
	if (c->alen + len > c->acap)
	{
		size_t		ncap = c->acap ? c->acap : 4096;
		char	   *a;

		while (ncap < c->alen + len)
			ncap *= 2;
		a = sm_realloc(c->arena, ncap);
		if (a == NULL)
			return oom(err);
		c->arena = a;
		c->acap = ncap;
	}
	if (len > 0)
		memcpy(c->arena + c->alen, s, len);
	*off = c->alen;
	c->alen += len;
	return true;
}

/* Reject a value whose kind does not suit the column. */
static bool
bad_value(const fcol *c, const sm_value *v, sm_error *err)
{
	return sm_error_set(err, SM_EINVAL, c->spec.name,
						"column \"%s\": a value of kind %d does not suit its type",
						c->spec.name, (int) v->kind);
}

/* Case-insensitive equality with a lower-case word. */
static bool
word_is(const char *s, const char *word)
{
	for (; *s && *word; s++, word++)
		if ((*s >= 'A' && *s <= 'Z' ? *s - 'A' + 'a' : *s) != *word)
			return false;
	return *s == '\0' && *word == '\0';
}

/*
 * Text read for a numeric, date, timestamp, boolean or uuid column (the
 * seed table's column may be text while the definition, e.g. from
 * detection, knows better): ISO dates and timestamps, numbers, boolean
 * words.  NaN when the text does not parse, counted by the caller.
 */
static double
parse_text(sm_coltype type, const char *s, size_t len)
{
	char		buf[80];
	char	   *end;
	size_t		a = 0,
				b = len;
	int32_t		days;
	int64_t		usecs;
	bool		zone;
	double		d;

	while (a < b && (s[a] == ' ' || s[a] == '\t'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	if (type == SM_COL_UUID)
		return b > a ? 1.0 : NAN;
	if (b == a || b - a >= sizeof(buf))
		return NAN;
	memcpy(buf, s + a, b - a);
	buf[b - a] = '\0';
	switch (type)
	{
		case SM_COL_DATE:
			if (sm_parse_iso_date(buf, &days))
				return (double) days;
			if (sm_parse_iso_timestamp(buf, &usecs, &zone))
				return floor((double) usecs / (double) SM_USECS_PER_DAY);
			return NAN;
		case SM_COL_TIMESTAMP:
			if (sm_parse_iso_timestamp(buf, &usecs, &zone))
				return (double) usecs;
			if (sm_parse_iso_date(buf, &days))
				return (double) days * (double) SM_USECS_PER_DAY;
			return NAN;
		case SM_COL_BOOL:
			if (word_is(buf, "t") || word_is(buf, "true") || word_is(buf, "y") ||
				word_is(buf, "yes") || word_is(buf, "on") || word_is(buf, "1"))
				return 1.0;
			if (word_is(buf, "f") || word_is(buf, "false") || word_is(buf, "n") ||
				word_is(buf, "no") || word_is(buf, "off") || word_is(buf, "0"))
				return 0.0;
			return NAN;
		default:
			d = strtod(buf, &end);
			return *end == '\0' && isfinite(d) ? d : NAN;
	}
}

/* A typed value for a text column: PostgreSQL's text output of it. */
static size_t
format_value(const sm_value *v, char *buf, size_t size)
{
	switch (v->kind)
	{
		case SM_V_INT:
			return (size_t) snprintf(buf, size, "%" PRId64, v->i);
		case SM_V_BOOL:
			return (size_t) snprintf(buf, size, "%s", v->i ? "true" : "false");
		case SM_V_FLOAT:
			if (!isfinite(v->f))
				return (size_t) snprintf(buf, size, "%s", isnan(v->f) ? "NaN" :
										 v->f > 0 ? "Infinity" : "-Infinity");
			for (int prec = 15; prec <= 17; prec++)
			{
				snprintf(buf, size, "%.*g", prec, v->f);
				if (strtod(buf, NULL) == v->f)
					break;
			}
			return strlen(buf);
		case SM_V_NUMERIC:
			if (v->scale >= 0 && v->scale <= 30 && fabs(v->f) < 1e30)
				return (size_t) snprintf(buf, size, "%.*f", v->scale, v->f);
			return (size_t) snprintf(buf, size, "%.17g", v->f);
		case SM_V_DATE:
			sm_format_date((int32_t) v->i, buf, (int) size);
			return strlen(buf);
		case SM_V_TIMESTAMP:
			sm_format_timestamp(v->i, buf, (int) size);
			return strlen(buf);
		case SM_V_UUID:
			{
				size_t		o = 0;

				for (int k = 0; k < 16; k++)
				{
					if (k == 4 || k == 6 || k == 8 || k == 10)
						buf[o++] = '-';
					o += (size_t) snprintf(buf + o, size - o, "%02x", v->uuid[k]);
				}
				return o;
			}
		default:
			buf[0] = '\0';
			return 0;
	}
}

/* One value of a numeric, boolean or uuid column as a double (NaN: NULL). */
static bool
numeric_input(fcol *c, const sm_value *v, double *out, sm_error *err)
{
	sm_coltype	t = c->spec.type;

	switch (v->kind)
	{
		case SM_V_NULL:
			*out = NAN;
			return true;
		case SM_V_TEXT:
			if (v->s == NULL && v->len > 0)
				return bad_value(c, v, err);
			*out = parse_text(t, v->s ? v->s : "", v->len);
			if (isnan(*out))
				c->unparsed++;
			return true;
		case SM_V_UUID:
			if (t != SM_COL_UUID)
				return bad_value(c, v, err);
			*out = 1.0;
			return true;
		case SM_V_INT:
		case SM_V_DATE:
		case SM_V_TIMESTAMP:
		case SM_V_BOOL:
			if (t == SM_COL_UUID)
				return bad_value(c, v, err);
			*out = (double) v->i;
			/* days and microseconds meet: rescale */
			if (t == SM_COL_DATE && v->kind == SM_V_TIMESTAMP)
				*out = floor(*out / (double) SM_USECS_PER_DAY);
			else if (t == SM_COL_TIMESTAMP && v->kind == SM_V_DATE)
				*out *= (double) SM_USECS_PER_DAY;
			else if (t == SM_COL_BOOL)
				*out = v->i != 0;
			return true;
		case SM_V_FLOAT:
		case SM_V_NUMERIC:
			if (t == SM_COL_UUID)
				return bad_value(c, v, err);
			*out = isfinite(v->f) ? v->f : NAN;
			if (t == SM_COL_BOOL && !isnan(*out))
				*out = *out != 0.0;
			return true;
	}
	return bad_value(c, v, err);
}

bool
sm_fitter_add_row(sm_fitter *f, const sm_value *row, sm_error *err)
{
	size_t		r = f->nrows;

	if (row == NULL)
		return sm_error_set(err, SM_EINVAL, NULL, "null row");
	if (!grow_rows(f, err))
		return false;
	for (int k = 0; k < f->ncols; k++)
	{
		fcol	   *c = &f->cols[k];
		const sm_value *v = &row[k];

		if (!is_text(c))
		{
			if (!numeric_input(c, v, &c->x[r], err))
				return false;
			continue;
		}
		if (v->kind == SM_V_NULL)
		{
			c->off[r] = SIZE_MAX;
			c->len[r] = 0;
			continue;
		}
		if (v->kind == SM_V_TEXT)
		{
			if (v->s == NULL && v->len > 0)
				return bad_value(c, v, err);
			/* stored labels go into JSON: UTF-8 without NUL, as jsonb wants */
			if (v->len > 0 && (!sm_utf8_valid(v->s, v->len) || memchr(v->s, 0, v->len)))
				return sm_error_set(err, SM_EINVAL, c->spec.name,
									"column \"%s\": a text value is not valid UTF-8",
									c->spec.name);
			if (!arena_append(c, v->s, v->len, &c->off[r], err))
				return false;
			c->len[r] = v->len;
		}
		else
		{
			char		buf[64];
			size_t		n = format_value(v, buf, sizeof(buf));

			if (n >= sizeof(buf))
				n = sizeof(buf) - 1;
			if (!arena_append(c, buf, n, &c->off[r], err))
				return false;
			c->len[r] = n;
		}
	}
	f->nrows++;
	return true;
}

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

/* Copula-side data of the fit: per copula column, codes and scores. */
typedef struct copfit
{
	size_t		n;
	int			d;
	double	  **codes;			/* per copula column, n codes */
	double	  **z;				/* per copula column, n scores */
	bool	   *nominal;
} copfit;

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

			if (!cf->nominal[j] || S < 2)
				continue;
			mean = alloc_array((size_t) S, sizeof(double), err);
			cnt = alloc_array((size_t) S, sizeof(double), err);
			re = alloc_array((size_t) S, sizeof(rank_ent), err);
			order = alloc_array((size_t) S, sizeof(int), err);
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
					ok = oom(err);
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
static bool
fit_copula(sm_tmodel *m, copfit *cf, sm_error *err)
{
	int			d = cf->d;
	size_t		n = cf->n,
				dd = (size_t) d * (size_t) d;
	double	   *data = NULL,
			   *coef = NULL,
			   *sd = NULL;
	bool		ok = false;

	for (int j = 0; j < d; j++)
		if (!sm_normal_scores(cf->codes[j], n, cf->z[j]))
			return oom(err);
	if (!order_nominals(m, cf, err))
		return false;
	data = alloc_array(n, (size_t) d * sizeof(double), err);
	coef = alloc_array((size_t) d * (HERMITE_N + 1), sizeof(double), err);
	sd = alloc_array((size_t) d, sizeof(double), err);
	m->corr = alloc_array(dd, sizeof(double), err);
	m->L = alloc_array(dd, sizeof(double), err);
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
			oom(err);
			goto done;
		}
	for (int a = 0; a < d; a++)
		for (int b = a + 1; b < d; b++)
		{
			double		rho = latent_corr(coef + (size_t) a * (HERMITE_N + 1), sd[a],
										  coef + (size_t) b * (HERMITE_N + 1), sd[b],
										  m->corr[(size_t) a * d + b]);

			m->corr[(size_t) a * d + b] = m->corr[(size_t) b * d + a] = rho;
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

/* Release a model (NULL is fine). */
void
sm_tmodel_free(sm_tmodel *m)
{
	if (m == NULL)
		return;
	for (int k = 0; k < m->ncols; k++)
		sm_mcol_free(&m->cols[k]);
	sm_free(m->cols);
	sm_free(m->cop_cols);
	sm_free(m->corr);
	sm_free(m->L);
	sm_free(m);
}

/* An empty model of ncols columns. */
static sm_tmodel *
tmodel_new(int ncols, sm_error *err)
{
	sm_tmodel  *m = sm_malloc(sizeof(sm_tmodel));

	if (m == NULL)
	{
		oom(err);
		return NULL;
	}
	memset(m, 0, sizeof(*m));
	m->cols = alloc_array((size_t) ncols, sizeof(sm_mcol), err);
	if (m->cols == NULL)
	{
		sm_free(m);
		return NULL;
	}
	memset(m->cols, 0, sizeof(sm_mcol) * (size_t) ncols);
	return m;
}

/* Fit every column, then the copula over the capable ones. */
sm_tmodel *
sm_fitter_finish(sm_fitter *f, sm_error *err)
{
	sm_tmodel  *m;
	double	  **codes;
	bool	   *nominal;
	copfit		cf;
	bool		ok = true;

	m = tmodel_new(f->ncols, err);
	if (m == NULL)
		return NULL;
	m->training_rows = f->nrows;
	codes = alloc_array((size_t) f->ncols, sizeof(double *), err);
	nominal = alloc_array((size_t) f->ncols, sizeof(bool), err);
	if (!codes || !nominal)
	{
		sm_free(codes);
		sm_free(nominal);
		sm_tmodel_free(m);
		return NULL;
	}
	memset(codes, 0, sizeof(double *) * (size_t) f->ncols);
	for (int k = 0; ok && k < f->ncols; k++)
	{
		fcol	   *c = &f->cols[k];
		sm_coldata	cd;

		cd.n = f->nrows;
		cd.x = is_text(c) ? NULL : c->x;
		cd.arena = c->arena;
		cd.off = c->off;
		cd.len = c->len;
		codes[k] = alloc_array(f->nrows, sizeof(double), err);
		ok = codes[k] != NULL &&
			sm_mcol_fit(&m->cols[k], &c->spec, &cd, f->hash_key, codes[k],
						&nominal[k], err);
		if (ok)
			m->ncols = k + 1;
		if (ok && c->unparsed > 0 && m->cols[k].fit != NULL &&
			!sm_json_object_append(m->cols[k].fit, "unparsed", 8,
								   sm_json_new_number((double) c->unparsed)))
			ok = oom(err);
		if (ok && !sm_mcol_copula_capable(&m->cols[k]))
		{
			/* only copula columns need their codes: keep wide tables small */
			sm_free(codes[k]);
			codes[k] = NULL;
		}
	}

	/* the copula over the capable columns, with at least 3 rows of data */
	memset(&cf, 0, sizeof(cf));
	if (ok && f->nrows >= 3)
	{
		int			d = 0;

		m->cop_cols = alloc_array((size_t) f->ncols, sizeof(int), err);
		ok = m->cop_cols != NULL;
		for (int k = 0; ok && k < f->ncols; k++)
			if (sm_mcol_copula_capable(&m->cols[k]))
				m->cop_cols[d++] = k;
		if (ok && d >= 2)
		{
			cf.n = f->nrows;
			cf.d = d;
			cf.codes = alloc_array((size_t) d, sizeof(double *), err);
			cf.z = alloc_array((size_t) d, sizeof(double *), err);
			cf.nominal = alloc_array((size_t) d, sizeof(bool), err);
			ok = cf.codes && cf.z && cf.nominal;
			if (cf.z)
				memset(cf.z, 0, sizeof(double *) * (size_t) d);
			for (int j = 0; ok && j < d; j++)
			{
				cf.codes[j] = codes[m->cop_cols[j]];
				cf.nominal[j] = nominal[m->cop_cols[j]];
				cf.z[j] = alloc_array(f->nrows, sizeof(double), err);
				ok = cf.z[j] != NULL;
			}
			if (ok)
				ok = fit_copula(m, &cf, err);
			if (ok)
			{
				m->d = d;
				for (int j = 0; j < d; j++)
					m->cols[m->cop_cols[j]].copula_index = j;
			}
			for (int j = 0; cf.z && j < d; j++)
				sm_free(cf.z[j]);
			sm_free(cf.codes);
			sm_free(cf.z);
			sm_free(cf.nominal);
		}
	}
	for (int k = 0; k < f->ncols; k++)
		sm_free(codes[k]);
	sm_free(codes);
	sm_free(nominal);
	if (!ok)
	{
		sm_tmodel_free(m);
		return NULL;
	}
	return m;
}

/* ------------------------------------------------------------------------
 * Model JSON
 * ------------------------------------------------------------------------ */

/* Write the model in the documented layout (docs/model-format.md). */
bool
sm_tmodel_write_json(const sm_tmodel *m, sm_buf *out)
{
	bool		ok;

	ok = sm_buf_printf(out, "{\"format\":\"synthmig.model\",\"version\":1,"
					   "\"training_rows\":%" PRIu64 ",\"columns\":[",
					   m->training_rows);
	for (int k = 0; ok && k < m->ncols; k++)
		ok = (k == 0 || sm_buf_putc(out, ',')) && sm_mcol_write_json(&m->cols[k], out);
	ok = ok && sm_buf_putc(out, ']');
	if (m->d > 0)
	{
		ok = ok && sm_buf_puts(out, ",\"copula\":{\"columns\":[");
		for (int j = 0; ok && j < m->d; j++)
			ok = (j == 0 || sm_buf_putc(out, ',')) && sm_buf_printf(out, "%d", m->cop_cols[j]);
		ok = ok && sm_buf_puts(out, "],\"correlation\":[");
		for (int a = 0; ok && a < m->d; a++)
		{
			ok = (a == 0 || sm_buf_putc(out, ',')) && sm_buf_putc(out, '[');
			for (int b = 0; ok && b < m->d; b++)
				ok = (b == 0 || sm_buf_putc(out, ',')) &&
					sm_json_write_double(out, m->corr[(size_t) a * m->d + b]);
			ok = ok && sm_buf_putc(out, ']');
		}
		ok = ok && sm_buf_puts(out, "]}");
	}
	return ok && sm_buf_putc(out, '}');
}

/* Record an SM_EINVAL at a path; returns false. */
static bool
invalid(sm_error *err, const char *path, const char *msg)
{
	return sm_error_set(err, SM_EINVAL, path, "%s", msg);
}

/* The "copula" member: column indexes and a positive-definite matrix. */
static bool
read_copula(sm_tmodel *m, const sm_json *cop, sm_error *err)
{
	const sm_json *cols = sm_json_get(cop, "columns");
	const sm_json *corr = sm_json_get(cop, "correlation");
	char		p[64],
				q[64];
	int			d;

	if (cop->type != SM_JOBJECT)
		return invalid(err, "copula", "must be an object");
	if (cols == NULL || cols->type != SM_JARRAY)
		return invalid(err, "copula.columns", "must be an array");
	if (cols->n < 1 || cols->n > (size_t) m->ncols)
		return invalid(err, "copula.columns", "must list 1 to ncolumns columns");
	d = (int) cols->n;
	m->cop_cols = alloc_array((size_t) d, sizeof(int), err);
	m->corr = alloc_array((size_t) d * (size_t) d, sizeof(double), err);
	m->L = alloc_array((size_t) d * (size_t) d, sizeof(double), err);
	if (!m->cop_cols || !m->corr || !m->L)
		return false;
	for (int j = 0; j < d; j++)
	{
		const sm_json *v = cols->items[j];
		sm_mcol    *c;

		snprintf(p, sizeof(p), "copula.columns[%d]", j);
		if (v->type != SM_JNUMBER || v->num != floor(v->num) || v->num < 0 ||
			v->num >= m->ncols)
			return invalid(err, p, "must be a column index");
		c = &m->cols[(int) v->num];
		if (c->copula_index >= 0)
			return invalid(err, p, "column listed twice");
		if (!sm_mcol_copula_capable(c))
			return invalid(err, p, "this column cannot take part in the copula");
		c->copula_index = j;
		m->cop_cols[j] = (int) v->num;
	}
	if (corr == NULL || corr->type != SM_JARRAY || corr->n != (size_t) d)
		return invalid(err, "copula.correlation", "must be an array of one row per copula column");
	for (int a = 0; a < d; a++)
	{
		const sm_json *row = corr->items[a];

		snprintf(p, sizeof(p), "copula.correlation[%d]", a);
		if (row->type != SM_JARRAY || row->n != (size_t) d)
			return invalid(err, p, "must be an array of one number per copula column");
		for (int b = 0; b < d; b++)
		{
			const sm_json *v = row->items[b];

			snprintf(q, sizeof(q), "copula.correlation[%d][%d]", a, b);
			if (v->type != SM_JNUMBER || !isfinite(v->num) || fabs(v->num) > 1.0)
				return invalid(err, q, "must be a number between -1 and 1");
			if (a == b && fabs(v->num - 1.0) > 1e-9)
				return invalid(err, q, "the diagonal must be 1");
			m->corr[(size_t) a * d + b] = a == b ? 1.0 : v->num;
		}
	}
	for (int a = 0; a < d; a++)
		for (int b = a + 1; b < d; b++)
			if (fabs(m->corr[(size_t) a * d + b] - m->corr[(size_t) b * d + a]) > 1e-9)
			{
				snprintf(q, sizeof(q), "copula.correlation[%d][%d]", b, a);
				return invalid(err, q, "the matrix must be symmetric");
			}
	{
		sm_error	e;

		memset(&e, 0, sizeof(e));
		if (!sm_cholesky(m->corr, d, m->L, &e))
		{
			if (e.code == SM_ENOMEM || e.code == SM_ELIMIT)
			{
				*err = e;
				return false;
			}
			return invalid(err, "copula.correlation", "the matrix is not positive definite");
		}
	}
	m->d = d;
	return true;
}

/* Read and validate a stored model. */
sm_tmodel *
sm_tmodel_from_json(const char *json, size_t len, sm_error *err)
{
	sm_json    *root;
	const sm_json *v,
			   *cols;
	sm_tmodel  *m = NULL;
	char		p[64];

	root = sm_json_parse(json, len, err);
	if (root == NULL)
		return NULL;
	if (root->type != SM_JOBJECT)
	{
		invalid(err, "$", "a model must be a JSON object");
		goto fail;
	}
	v = sm_json_get(root, "format");
	if (v == NULL || v->type != SM_JSTRING || strcmp(v->str, "synthmig.model") != 0)
	{
		invalid(err, "format", "must be \"synthmig.model\"");
		goto fail;
	}
	v = sm_json_get(root, "version");
	if (v == NULL || v->type != SM_JNUMBER || v->num != 1.0)
	{
		sm_error_set(err, SM_EUNSUPPORTED, "version", "unsupported model version");
		goto fail;
	}
	cols = sm_json_get(root, "columns");
	if (cols == NULL || cols->type != SM_JARRAY || cols->n < 1 ||
		cols->n > SM_MODEL_MAX_COLUMNS)
	{
		invalid(err, "columns", "must be an array of 1 to 1600 columns");
		goto fail;
	}
	m = tmodel_new((int) cols->n, err);
	if (m == NULL)
		goto fail;
	v = sm_json_get(root, "training_rows");
	if (v != NULL)
	{
		if (v->type != SM_JNUMBER || !(v->num >= 0) || v->num != floor(v->num) ||
			v->num > 1e18)
		{
			invalid(err, "training_rows", "must be a non-negative integer");
			goto fail;
		}
		m->training_rows = (uint64_t) v->num;
	}
	for (size_t k = 0; k < cols->n; k++)
	{
		snprintf(p, sizeof(p), "columns[%zu]", k);
		m->ncols = (int) k + 1;
		if (!sm_mcol_from_json(&m->cols[k], cols->items[k], p, err))
			goto fail;
		for (size_t j = 0; j < k; j++)
			if (strcmp(m->cols[j].name, m->cols[k].name) == 0)
			{
				snprintf(p, sizeof(p), "columns[%zu].name", k);
				invalid(err, p, "duplicate column name");
				goto fail;
			}
	}
	v = sm_json_get(root, "copula");
	if (v != NULL && v->type != SM_JNULL && !read_copula(m, v, err))
		goto fail;
	sm_json_free(root);
	return m;
fail:
	sm_json_free(root);
	sm_tmodel_free(m);
	return NULL;
}

/* Number of columns of a model. */
int
sm_tmodel_ncols(const sm_tmodel *m)
{
	return m->ncols;
}

/* Name of column col, or NULL when out of range. */
const char *
sm_tmodel_colname(const sm_tmodel *m, int col)
{
	return col >= 0 && col < m->ncols ? m->cols[col].name : NULL;
}

/* Type of column col (text when out of range). */
sm_coltype
sm_tmodel_coltype(const sm_tmodel *m, int col)
{
	return col >= 0 && col < m->ncols ? m->cols[col].type : SM_COL_TEXT;
}

/* Whether every column can take n rows; see sm_mcol_check_n. */
bool
sm_tmodel_check_n(const sm_tmodel *m, uint64_t n, sm_error *err)
{
	for (int k = 0; k < m->ncols; k++)
		if (!sm_mcol_check_n(&m->cols[k], n, err))
			return false;
	return true;
}

/* ------------------------------------------------------------------------
 * Generation
 * ------------------------------------------------------------------------ */

struct sm_gen
{
	const sm_tmodel *m;
	uint64_t	seed;
	uint64_t	n;
	sm_gcol    *gc;
	double	   *e;
	double	   *z;
	sm_error	err;
};

/* Release a generator (not its model). */
void
sm_gen_free(sm_gen *g)
{
	if (g == NULL)
		return;
	if (g->gc)
		for (int k = 0; k < g->m->ncols; k++)
			sm_buf_free(&g->gc[k].buf);
	sm_free(g->gc);
	sm_free(g->e);
	sm_free(g->z);
	sm_free(g);
}

/* Per-run state: checked against n, scratch buffers, permutations. */
sm_gen *
sm_gen_new(const sm_tmodel *m, uint64_t seed, uint64_t n, sm_error *err)
{
	sm_gen	   *g;

	if (m == NULL)
	{
		sm_error_set(err, SM_EINVAL, NULL, "null model");
		return NULL;
	}
	if (!sm_tmodel_check_n(m, n, err))
		return NULL;
	g = sm_malloc(sizeof(sm_gen));
	if (g == NULL)
	{
		oom(err);
		return NULL;
	}
	memset(g, 0, sizeof(*g));
	g->m = m;
	g->seed = seed;
	g->n = n;
	g->gc = alloc_array((size_t) m->ncols, sizeof(sm_gcol), err);
	g->e = alloc_array((size_t) m->d + 1, sizeof(double), err);
	g->z = alloc_array((size_t) m->d + 1, sizeof(double), err);
	if (!g->gc || !g->e || !g->z)
	{
		sm_free(g->gc);
		g->gc = NULL;
		sm_gen_free(g);
		return NULL;
	}
	for (int k = 0; k < m->ncols; k++)
		sm_gcol_init(&g->gc[k], &m->cols[k], seed, k);
	return g;
}

/* The error of the last failed sm_gen_row. */
const sm_error *
sm_gen_error(const sm_gen *g)
{
	return &g->err;
}

/* d independent N(0,1) deviates, Box-Muller with both outputs used. */
static void
normals(sm_rng *r, double *e, int d)
{
	for (int k = 0; k < d; k += 2)
	{
		double		u1 = sm_rng_uniform(r);
		double		u2 = sm_rng_uniform(r);
		double		rad = sqrt(-2.0 * log(u1));
		double		t = 2.0 * M_PI * u2;

		e[k] = rad * cos(t);
		if (k + 1 < d)
			e[k + 1] = rad * sin(t);
	}
}

/*
 * Row i: copula normals, then per column the NULL decision (its own
 * stream, so NULLs do not disturb the copula) and the value.
 */
bool
sm_gen_row(sm_gen *g, uint64_t i, sm_value *out)
{
	const sm_tmodel *m = g->m;
	uint64_t	rowkey;

	if (i >= g->n)
		return sm_error_set(&g->err, SM_EINVAL, NULL,
							"row %" PRIu64 " is beyond the run's %" PRIu64 " rows",
							i, g->n);
	rowkey = sm_hash2(g->seed, i);
	if (m->d > 0)
	{
		sm_rng		r;

		r.key = sm_hash2(rowkey, SM_STREAM_COPULA);
		r.ctr = 0;
		normals(&r, g->e, m->d);
		sm_copula_apply(m->L, m->d, g->e, g->z);
	}
	for (int k = 0; k < m->ncols; k++)
	{
		const sm_mcol *c = &m->cols[k];
		double		u;

		if (c->null_rate > 0.0)
		{
			uint64_t	b = sm_rng_at(sm_hash2(rowkey, SM_STREAM_NULL(k)), 0);

			if (((double) (b >> 11) + 0.5) * (1.0 / 9007199254740992.0) < c->null_rate)
			{
				memset(&out[k], 0, sizeof(sm_value));
				out[k].kind = SM_V_NULL;
				continue;
			}
		}
		if (c->copula_index >= 0)
			u = sm_norm_cdf(g->z[c->copula_index]);
		else
		{
			sm_rng		r;

			r.key = sm_hash2(rowkey, SM_STREAM_VALUE(k));
			r.ctr = 0;
			u = sm_rng_uniform(&r);
		}
		if (!sm_mcol_generate(c, &g->gc[k], i, rowkey, u, &out[k], &g->err))
			return false;
	}
	return true;
}
