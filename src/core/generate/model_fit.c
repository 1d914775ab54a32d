/*
 * model_fit.c
 *	  The training-data accumulator of the table model (sm_fitter): copying
 *	  specs, reading text values, storing rows.
 *
 * Not here: the copula fit (model_copula.c) and finishing (model.c).
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

/* Whether the column keeps its values as text. */
bool
md_is_text(const fcol *c)
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
		return md_oom(err);
	if (src->model_params)
	{
		dst->params = sm_json_clone(src->model_params);
		if (dst->params == NULL)
			return md_oom(err);
		dst->spec.model_params = dst->params;
	}
	if (src->nlabels > 0)
	{
		const char **labels = md_alloc_array(src->nlabels, sizeof(char *), err);

		if (labels == NULL)
			return false;
		memset(labels, 0, src->nlabels * sizeof(char *));
		dst->spec.labels = labels;
		for (size_t k = 0; k < src->nlabels; k++)
			if (!copy_str(&labels[k], src->labels[k] ? src->labels[k] : ""))
				return md_oom(err);
		if (src->weights)
		{
			double	   *w = md_alloc_array(src->nlabels, sizeof(double), err);

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
		md_oom(err);
		return NULL;
	}
	memset(f, 0, sizeof(*f));
	f->hash_key = UINT64_C(0x5e3d1a7c0b9f2468);
	f->cols = md_alloc_array((size_t) ncols, sizeof(fcol), err);
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
		return md_oom(err);
	for (int k = 0; k < f->ncols; k++)
	{
		fcol	   *c = &f->cols[k];

		if (md_is_text(c))
		{
			size_t	   *off = sm_realloc(c->off, ncap * sizeof(size_t));

			if (off == NULL)
				return md_oom(err);
			c->off = off;
			off = sm_realloc(c->len, ncap * sizeof(size_t));
			if (off == NULL)
				return md_oom(err);
			c->len = off;
		}
		else
		{
			double	   *x = sm_realloc(c->x, ncap * sizeof(double));

			if (x == NULL)
				return md_oom(err);
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
		return md_oom(err);
	if (c->alen + len > c->acap)
	{
		size_t		ncap = c->acap ? c->acap : 4096;
		char	   *a;

		while (ncap < c->alen + len)
			ncap *= 2;
		a = sm_realloc(c->arena, ncap);
		if (a == NULL)
			return md_oom(err);
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

/* Add one training row to a fitter. */
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

		if (!md_is_text(c))
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
