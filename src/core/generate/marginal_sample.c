/*
 * marginal_sample.c
 *	  Generation of one value of a column from a uniform: text generators,
 *	  the other bucket, uuids, and freeing a column model.
 *
 * Not here: the CDF of numeric columns (marginal_cdf.c).
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

/* Draws of the other bucket before the fallback generator. */
#define OTHER_ATTEMPTS		16

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
	if (g->exmask != 0)
	{
		size_t		k = (size_t) (h ^ (h >> 29)) & g->exmask;

		if (h == 0)
			return g->ex_zero;
		while (g->exset[k] != 0)
		{
			if (g->exset[k] == h)
				return true;
			k = (k + 1) & g->exmask;
		}
		return false;
	}
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
				return mg_oom(err);
			return true;
		case SM_TG_LOREM:
			if (!lorem_sample(g, r, out))
				return mg_oom(err);
			return true;
		case SM_TG_WORDS:
			if (!sm_wordmodel_sample(g->wm, r, out))
				return mg_oom(err);
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
				return mg_oom(err);
		}
		else
		{
			for (int k = 0; k < 10; k++)
				if (!sm_buf_putc(b, "abcdefghijklmnopqrstuvwxyz0123456789"[sm_rng_below(&r, 36)]))
					return mg_oom(err);
		}
		if (b->data == NULL && !sm_buf_append(b, "", 0))
			return mg_oom(err);
		if (attempt < OTHER_ATTEMPTS && c->tg.kind == SM_TG_NGRAM)
		{
			/* cutting could make a rare value: draw again instead */
			if (mg_utf8_prefix(b->data, b->len, c->max_length) < b->len)
				continue;
		}
		else
			truncate_chars(b, c->max_length);
		if (!mg_is_label(c, b->data, b->len) && !is_excluded(&c->tg, b->data, b->len))
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
	gc->last_label = -1;
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
			mg_emit_number(c, mg_numeric_value(c, u), out);
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
				gc->last_label = lab;
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
						return mg_oom(err);
				}
				else
				{
					sm_rng		r;

					r.key = sm_hash2(rowkey, SM_STREAM_TEXT(gc->col));
					r.ctr = 0;
					if (!sm_regex_sample(c->tg.re, &r, b))
						return mg_oom(err);
				}
				if (b->data == NULL && !sm_buf_append(b, "", 0))
					return mg_oom(err);
				out->kind = SM_V_TEXT;
				out->s = b->data;
				out->len = b->len;
				return true;
			}

		case SM_MK_SEQUENCE:
			mg_emit_key(c, c->start + (int64_t) i, out);
			return true;

		case SM_MK_PERMUTATION:
			mg_emit_key(c, (int64_t) ((uint64_t) c->lo +
									  sm_perm_apply(&gc->perm, i)), out);
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
				mg_emit_number(c, c->cnum, out);
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
	sm_wordmodel_free(g->wm);
	sm_free(g->exclude);
	sm_free(g->exset);
	memset(g, 0, sizeof(*g));
}

/* Release a column and everything it owns. */
void
sm_mcol_free(sm_mcol *c)
{
	if (c == NULL)
		return;
	mg_free_derived(c);
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
