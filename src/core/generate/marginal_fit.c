/*
 * marginal_fit.c
 *	  Fitting a column model: the shared steps and the entry points
 *	  sm_mcol_fit and sm_mcol_reorder.
 *
 * Not here: the numeric fit (marginal_fit_numeric.c) and the text fits
 * (marginal_fit_shape.c, marginal_fit_text.c).
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

/* Copy what the definition says into a fresh column. */
static bool
init_from_spec(sm_mcol *c, const sm_colspec *spec, sm_error *err)
{
	memset(c, 0, sizeof(*c));
	c->name = sm_strndup(spec->name, strlen(spec->name));
	if (c->name == NULL)
		return mg_oom(err);
	c->type = spec->type;
	c->int_bytes = (spec->int_bytes == 2 || spec->int_bytes == 4) ? spec->int_bytes : 8;
	c->family = -1;
	c->copula_index = -1;
	c->unique = spec->unique;
	c->scale = -1;
	if (spec->type == SM_COL_NUMERIC)
		c->scale = spec->scale < -1 ? -1 : (spec->scale > 1000 ? 1000 : spec->scale);
	c->max_length = spec->type == SM_COL_TEXT && spec->max_length > 0 ? spec->max_length : -1;
	if (mg_type_is_numeric(spec->type))
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
	if (!mg_parse_req_kind(spec, &fc.rk, &fc.fam, err))
		return false;
	if (!init_from_spec(c, spec, err))
		goto done;
	fc.fit = sm_json_new(SM_JOBJECT);
	if (fc.fit == NULL)
	{
		mg_oom(err);
		goto done;
	}
	if (codes)
		for (size_t r = 0; r < data->n; r++)
			codes[r] = NAN;
	for (size_t r = 0; r < data->n; r++)
		if (data->x ? !isfinite(data->x[r]) : data->off[r] == SIZE_MAX)
			nulls++;
	/* a unique column may hold NULLs (they are not values): keep its rate */
	if (spec->required)
		c->null_rate = 0.0;
	else if (spec->null_rate >= 0.0 && spec->null_rate <= 1.0)
		c->null_rate = spec->null_rate;
	else
		c->null_rate = data->n > 0 ? (double) nulls / (double) data->n : 0.0;
	if (!mg_fit_num(fc.fit, "rows", (double) data->n) ||
		!mg_fit_num(fc.fit, "nulls", (double) nulls))
	{
		mg_oom(err);
		goto done;
	}

	switch (spec->type)
	{
		case SM_COL_UUID:
			c->kind = SM_MK_UUID;
			ok = mg_fit_str(fc.fit, "family", "uuid") || mg_oom(err);
			break;
		case SM_COL_BOOL:
			ok = mg_fit_bool(c, &fc, err);
			break;
		case SM_COL_TEXT:
			ok = mg_fit_text(c, &fc, err);
			break;
		default:
			ok = mg_fit_numeric(c, &fc, err);
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
	int		   *at = mg_alloc_array((size_t) S, sizeof(int), err);
	char	  **labels = mg_alloc_array((size_t) c->ncat, sizeof(char *), err);
	size_t	   *lens = mg_alloc_array((size_t) c->ncat, sizeof(size_t), err);
	double	   *w = mg_alloc_array((size_t) c->ncat, sizeof(double), err);
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
