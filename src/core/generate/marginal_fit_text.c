/*
 * marginal_fit_text.c
 *	  Fitting text columns, second part: declared and derived patterns, the
 *	  generator choice, categorical text, declared labels and booleans.
 *
 * Not here: shapes and n-grams (marginal_fit_shape.c).
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
#include "wordmodel.h"
#include "marginal_int.h"

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
		return mg_oom(err);
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
 * pattern; else the n-gram model when the definition asks for it; else the
 * token-template and word model (codes, e-mail addresses, phones, names,
 * free text: wordmodel.h), whose weights come from the values of the other
 * bucket (slot[g] == other); lorem words with no data.
 */
static bool
fit_generator(sm_mcol *c, fitctx *fc, const tgroups *t, const size_t *slot,
			  size_t other, sm_error *err)
{
	sm_strgen  *g = &c->tg;

	g->hash_key = fc->hash_key;
	if (fc->spec->pattern != NULL)
	{
		if (!declared_pattern(g, fc->spec, err))
			return false;
	}
	else if (t->m == 0)
	{
		if (!mg_fit_lorem(g, t, err))
			return false;
	}
	else if (fc->rk == RK_NGRAM)
	{
		if (!mg_fit_ngram(g, t, err))
			return false;
	}
	else if (!mg_fit_words(g, t, fc->min_count, c->max_length, fc->spec->name,
						   slot, other, err))
		return false;
	if (g->kind != SM_TG_NGRAM && !mg_build_exclusions(g, t, fc->min_count, err))
		return false;
	if (g->kind == SM_TG_WORDS &&
		(!mg_fit_str(fc->fit, "text_mode", sm_wordmodel_mode(g->wm)) ||
		 !mg_fit_num(fc->fit, "templates", (double) sm_wordmodel_templates(g->wm))))
		return mg_oom(err);
	return mg_fit_str(fc->fit, "generator",
					  g->kind == SM_TG_NGRAM ? "ngram" :
					  g->kind == SM_TG_WORDS ? "words" :
					  g->kind == SM_TG_LOREM ? "lorem" :
					  g->derived ? "shape" : "pattern") || mg_oom(err);
}

/*
 * The pattern of the most frequent token template of a unique column, if
 * its template covers half the values and its language holds at least 100
 * times as many strings as the column has values (and a million); NULL
 * otherwise.
 */
static bool
unique_template(const tgroups *t, fitctx *fc, int max_length, char **pattern,
				sm_error *err)
{
	sm_strgen	g;
	sm_regex   *re;
	sm_error	e;
	bool		oom = false;
	char	   *p;

	*pattern = NULL;
	if (t->m == 0)
		return true;
	memset(&g, 0, sizeof(g));
	if (!mg_fit_words(&g, t, fc->min_count, max_length, fc->spec->name, NULL, 0, err))
		return false;
	p = sm_wordmodel_unique_pattern(g.wm, &oom);
	sm_wordmodel_free(g.wm);
	if (oom)
		return mg_oom(err);
	if (p == NULL)
		return true;
	memset(&e, 0, sizeof(e));
	re = sm_regex_compile(p, strlen(p), &e);
	if (re == NULL || sm_regex_is_empty(re) || !sm_regex_enumerable(re) ||
		sm_regex_count(re) < fmax(1e6, 100.0 * (double) t->m) ||
		(max_length > 0 && sm_regex_max_length(re) > (size_t) max_length))
	{
		sm_regex_free(re);
		sm_free(p);
		return e.code == SM_ENOMEM ? mg_oom(err) : true;
	}
	sm_regex_free(re);
	*pattern = p;
	return true;
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
	gcount	   *gc = mg_alloc_array(t->G, sizeof(gcount), err);
	size_t	   *slot = mg_alloc_array(t->G, sizeof(size_t), err);
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
	c->labels = mg_alloc_array(nf, sizeof(char *), err);
	c->lens = mg_alloc_array(nf, sizeof(size_t), err);
	c->cat_w = mg_alloc_array(nf, sizeof(double), err);
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
			mg_oom(err);
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
	if (c->other_w > 0.0 && !fit_generator(c, fc, t, slot, nf, err))
		goto done;
	if (fc->codes)
		for (size_t g = 0; g < t->G; g++)
			for (size_t k = 0; k < t->gn[g]; k++)
				fc->codes[t->tv[t->gs[g] + k].row] = (double) slot[g];
	fc->nominal = true;
	if (!mg_fit_num(fc->fit, "categories", (double) c->ncat) ||
		!mg_fit_num(fc->fit, "other_mass", c->other_w) ||
		!mg_fit_num(fc->fit, "rare_values", (double) (t->G - nf)))
	{
		mg_oom(err);
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

	return mg_cmp_bytes(x->s, x->len, y->s, y->len);
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
	c->labels = mg_alloc_array(nl, sizeof(char *), err);
	c->lens = mg_alloc_array(nl, sizeof(size_t), err);
	c->cat_w = mg_alloc_array(nl, sizeof(double), err);
	le = mg_alloc_array(nl, sizeof(lab_ent), err);
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
			return mg_oom(err);
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
	return (mg_fit_num(fc->fit, "categories", (double) nl) &&
			mg_fit_num(fc->fit, "outside_labels", (double) outside)) || mg_oom(err);
}

/*
 * Fit a text column: a constant, declared labels, a pattern, unique
 * strings, or categories with an other bucket.
 */
bool
mg_fit_text(sm_mcol *c, fitctx *fc, sm_error *err)
{
	const sm_colspec *spec = fc->spec;
	tgroups		t;
	bool		ok = false;

	if (!mg_tgroups_build(&t, fc->data, c->max_length, err))
		goto done;
	if (!mg_fit_num(fc->fit, "distinct", (double) t.G))
	{
		mg_oom(err);
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
			mg_oom(err);
			goto done;
		}
		ok = mg_fit_str(fc->fit, "family", "constant") || mg_oom(err);
	}
	else if (spec->nlabels > 0)
		ok = fit_declared_labels(c, fc, &t, err);
	else if (fc->rk == RK_PATTERN || (spec->pattern && (c->unique || t.m == 0)))
	{
		c->kind = SM_MK_PATTERN;
		ok = declared_pattern(&c->tg, spec, err) &&
			(mg_fit_str(fc->fit, "generator", "pattern") || mg_oom(err));
	}
	else if (c->unique)
	{
		char	   *shape = NULL;
		size_t		support = 0;

		/*
		 * unique strings: number perm(i) of the pattern of the values' most
		 * frequent token template (constant parts kept), else of their
		 * character shape
		 */
		c->kind = SM_MK_PATTERN;
		if (!unique_template(&t, fc, c->max_length, &shape, err))
			goto done;
		if (shape != NULL)
			support = t.m;
		else if (!mg_derive_shape(&t, &shape, &support, err))
			goto done;
		if (shape == NULL || support < (size_t) fc->min_count)
		{
			sm_free(shape);
			shape = sm_strndup("[a-z]{4}[0-9]{6}", 16);
			if (shape == NULL)
			{
				mg_oom(err);
				goto done;
			}
		}
		ok = derived_pattern(&c->tg, shape, err);

		/*
		 * unique values are never cut: a shape longer than max_length gives
		 * way to [a-z0-9]{max_length}
		 */
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
			ok = shape != NULL ? derived_pattern(&c->tg, shape, err) : mg_oom(err);
		}
		ok = ok && (mg_fit_str(fc->fit, "generator", "shape") || mg_oom(err));
	}
	else
		ok = fit_categorical_text(c, fc, &t, err);
done:
	mg_tgroups_free(&t);
	return ok;
}

/* Booleans: two ordered categories, false then true. */
bool
mg_fit_bool(sm_mcol *c, fitctx *fc, sm_error *err)
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
		c->cnum = mg_param_num(fc->spec, "value", &v) ? (v != 0.0) : (cnt[1] > cnt[0]);
		return mg_fit_str(fc->fit, "family", "constant") || mg_oom(err);
	}
	c->kind = SM_MK_CATEGORICAL;
	c->labels = mg_alloc_array(2, sizeof(char *), err);
	c->lens = mg_alloc_array(2, sizeof(size_t), err);
	c->cat_w = mg_alloc_array(2, sizeof(double), err);
	if (!c->labels || !c->lens || !c->cat_w)
		return false;
	c->labels[0] = sm_strndup("false", 5);
	c->labels[1] = sm_strndup("true", 4);
	c->ncat = 2;
	if (!c->labels[0] || !c->labels[1])
		return mg_oom(err);
	c->lens[0] = 5;
	c->lens[1] = 4;
	for (int k = 0; k < 2; k++)
		c->cat_w[k] = cnt[0] + cnt[1] > 0 ?
			(double) cnt[k] / (double) (cnt[0] + cnt[1]) : 0.5;
	c->other_w = 0.0;
	c->other_pos = 2;
	return mg_fit_str(fc->fit, "family", "categorical") || mg_oom(err);
}
