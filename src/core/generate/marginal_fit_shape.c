/*
 * marginal_fit_shape.c
 *	  Fitting text columns, first part: grouping the values, character
 *	  shapes, lorem words, excluded rare values and n-grams.
 *
 * Not here: choosing a generator and categorical text
 * (marginal_fit_text.c).
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

/* Most rare-value hashes kept per column (the shortest values first). */
#define MAX_EXCLUDE			4096

/* Runs of a character-shape pattern. */
#define MAX_SHAPE_RUNS		24

/* Context cap of the n-gram models (keeps stored models small). */
#define TEXTMODEL_CONTEXTS	50000

/* qsort order of text values (bytes). */
static int
cmp_tval(const void *a, const void *b)
{
	const tval *x = a;
	const tval *y = b;

	return mg_cmp_bytes(x->s, x->len, y->s, y->len);
}

/* Release the grouped values. */
void
mg_tgroups_free(tgroups *t)
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
bool
mg_tgroups_build(tgroups *t, const sm_coldata *d, int max_length, sm_error *err)
{
	memset(t, 0, sizeof(*t));
	t->tv = mg_alloc_array(d->n, sizeof(tval), err);
	t->gs = mg_alloc_array(d->n, sizeof(size_t), err);
	t->gn = mg_alloc_array(d->n, sizeof(size_t), err);
	if (!t->tv || !t->gs || !t->gn)
		return false;
	for (size_t r = 0; r < d->n; r++)
		if (d->off[r] != SIZE_MAX)
		{
			/* the arena is NULL when every value is empty */
			t->tv[t->m].s = d->arena ? d->arena + d->off[r] : "";
			t->tv[t->m].len = mg_utf8_prefix(t->tv[t->m].s, d->len[r], max_length);
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
bool
mg_derive_shape(const tgroups *t, char **pattern, size_t *support, sm_error *err)
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
	e = mg_alloc_array(t->G, sizeof(shape_ent), err);
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

		/* false positive: a and z are the run lengths seen */
		/* cppcheck-suppress knownConditionTrueFalse */
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
		return mg_oom(err);
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
bool
mg_fit_lorem(sm_strgen *g, const tgroups *t, sm_error *err)
{
	double	   *w;

	g->kind = SM_TG_LOREM;
	g->min_words = 1;
	g->max_words = 3;
	if (t->m == 0)
		return true;
	w = mg_alloc_array(t->m, sizeof(double), err);
	if (w == NULL)
		return false;
	for (size_t k = 0; k < t->m; k++)
		w[k] = (double) count_words(t->tv[k].s, t->tv[k].len);
	qsort(w, t->m, sizeof(double), mg_cmp_double);
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
 * come out of a generator again (the word model keeps all of them, up to
 * MAX_SLOTS: it recombines common words into values that may be rare).
 */
bool
mg_build_exclusions(sm_strgen *g, const tgroups *t, int min_count, sm_error *err)
{
	rare_ent   *r;
	size_t		nr = 0,
				keep;

	for (size_t k = 0; k < t->G; k++)
		if (t->gn[k] < (size_t) min_count)
			nr++;
	if (nr == 0)
		return true;
	r = mg_alloc_array(nr, sizeof(rare_ent), err);
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
	/* the word model recombines common words: it needs every rare value */
	if (g->kind == SM_TG_WORDS)
		keep = nr < MAX_SLOTS ? nr : MAX_SLOTS;
	g->exclude = mg_alloc_array(keep, sizeof(uint64_t), err);
	if (g->exclude == NULL)
	{
		sm_free(r);
		return false;
	}

	/* false positive: nr is counted again above */
	/* cppcheck-suppress knownConditionTrueFalse */
	for (size_t k = 0; k < keep; k++)
		g->exclude[k] = r[k].h;
	sm_free(r);
	qsort(g->exclude, keep, sizeof(uint64_t), mg_cmp_u64);
	/* drop duplicate hashes */
	g->nexclude = 0;

	/* false positive: nr is counted again above */
	/* cppcheck-suppress knownConditionTrueFalse */
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
bool
mg_fit_ngram(sm_strgen *g, const tgroups *t, sm_error *err)
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

/*
 * The token-template and word model of the column (wordmodel.h): counts
 * from every value, weights from the values of the other bucket (groups
 * whose slot is other; every group when slot is NULL).
 */
bool
mg_fit_words(sm_strgen *g, const tgroups *t, int min_count, int max_length,
			 const char *name, const size_t *slot, size_t other, sm_error *err)
{
	sm_wm_value *v = mg_alloc_array(t->G, sizeof(sm_wm_value), err);

	if (v == NULL)
		return false;
	for (size_t k = 0; k < t->G; k++)
	{
		const tval *x = &t->tv[t->gs[k]];

		v[k].s = x->s;
		v[k].len = x->len;
		v[k].count = t->gn[k];
		v[k].target = (slot == NULL || slot[k] == other) ? t->gn[k] : 0;
	}
	g->wm = sm_wordmodel_fit(v, t->G, min_count, max_length, name, err);
	sm_free(v);
	if (g->wm == NULL)
		return false;
	g->kind = SM_TG_WORDS;
	return true;
}
