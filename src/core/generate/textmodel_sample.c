/*
 * textmodel_sample.c
 *	  Sampling a text model: Witten-Bell back-off over the contexts, behind
 *	  a rare-value filter.
 *
 * Not here: training and finishing (textmodel.c, textmodel_finish.c).
 */
#include "textmodel.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "textmodel_int.h"

#define STREAM_TAG		UINT64_C(0x7465787463686172)	/* "textchar" */

#define STACK_LEN		64		/* samples up to this length need no heap */

/* ---------------------------------------------------------------------
 * Sampling
 * --------------------------------------------------------------------- */

/*
 * Contexts for predicting position pos of seq, shortest first: chain[0] is
 * the root; returns the index of the deepest one.
 */
static int
context_chain(const sm_textmodel *m, const uint32_t *seq, size_t pos,
			  uint32_t *chain)
{
	uint32_t	node = 0;
	int			d = 0;
	int			k;

	chain[0] = 0;
	for (k = 1; k < m->order; k++)
	{
		uint32_t	sym = pos >= (size_t) k ? seq[pos - k] : 0;
		uint32_t	lo = m->ctx[node].kid0;
		uint32_t	hi = lo + m->ctx[node].nkids;

		while (lo < hi)
		{
			uint32_t	mid = lo + (hi - lo) / 2;

			if (m->ctx[mid].sym < sym)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo == m->ctx[node].kid0 + m->ctx[node].nkids || m->ctx[lo].sym != sym)
			break;
		node = lo;
		chain[++d] = node;
		if (sym == 0)
			break;
	}
	return d;
}

/*
 * Draw the next symbol with Witten-Bell back-off from the deepest context
 * down to the root (down to floor only; 1 keeps the first character of a
 * value drawn from what starts training values); no_end excludes the end
 * marker.  -1 if nothing can be drawn (only with no_end and a root that
 * predicts no character).
 */
static int64_t
draw_symbol(const sm_textmodel *m, const uint32_t *chain, int depth,
			int floor, sm_rng *r, bool no_end)
{
	int			d;

	if (floor > depth)
		floor = depth;
	for (d = depth; d >= 0; d--)
	{
		uint32_t	c = chain[d];
		uint32_t	lo = m->ctx[c].tr0;
		uint32_t	hi = lo + m->ctx[c].ntrans;
		uint64_t	base = 0;
		uint64_t	tot = m->ctx[c].total;
		uint64_t	types = m->ctx[c].ntrans;
		uint64_t	u;

		if (no_end && m->tr[lo].sym == 0)
		{
			base = m->tr[lo].cum;
			tot -= base;
			types--;
			lo++;
		}
		if (tot == 0)
			continue;
		if (d > floor)
		{
			u = sm_rng_below(r, tot + types);
			if (u >= tot)
				continue;
		}
		else
			u = sm_rng_below(r, tot);
		u += base;
		hi--;
		while (lo < hi)
		{
			uint32_t	mid = lo + (hi - lo) / 2;

			if (m->tr[mid].cum > u)
				hi = mid;
			else
				lo = mid + 1;
		}
		return m->tr[lo].sym;
	}
	return -1;
}

/*
 * One draw from the model; returns its length in symbols.  *natural tells
 * whether it ended by the end marker rather than by the max_len cap (at
 * the cap one more symbol is drawn to find out).
 */
static size_t
draw_value(const sm_textmodel *m, sm_rng *r, uint32_t *seq, bool *natural)
{
	uint32_t	chain[SM_TEXTMODEL_MAX_ORDER];
	size_t		len = 0;

	for (;;)
	{
		int			d = context_chain(m, seq, len, chain);
		int64_t		s = draw_symbol(m, chain, d, len == 0 ? 1 : 0, r,
									len < m->min_len);

		if (s < 0 && m->nalpha == 0)
			s = 0;
		if (s < 0)				/* cannot happen for a validated model */
			s = 1 + (int64_t) sm_rng_below(r, m->nalpha);
		if (s == 0 || len == m->max_len)
		{
			*natural = (s == 0);
			break;
		}
		seq[len++] = (uint32_t) s;
	}
	return len;
}

/* UTF-8 of a symbol sequence into bytes (room for 4 per symbol). */
static size_t
encode_seq(const sm_textmodel *m, const uint32_t *seq, size_t len, char *bytes)
{
	size_t		nb = 0;
	size_t		i;

	for (i = 0; i < len; i++)
		nb += sm_utf8_encode(m->alpha[seq[i] - 1], bytes + nb);
	return nb;
}

/* Whether a candidate is a rare training value (by keyed hash). */
static bool
is_rare(const sm_textmodel *m, const char *bytes, size_t nb)
{
	uint64_t	h;
	size_t		lo = 0;
	size_t		hi = m->nrare;

	if (m->nrare == 0)
		return false;
	h = tm_value_hash(m->hash_key, bytes, nb);
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (m->rare[mid] < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < m->nrare && m->rare[lo] == h;
}

/*
 * Change a rejected draw a little: append a character drawn from the
 * model while below max_len, else replace one (the last one first, later
 * random ones) by a different character.  False if nothing can change.
 */
static bool
perturb(const sm_textmodel *m, sm_rng *r, uint32_t *seq, size_t *len, int step)
{
	uint32_t	chain[SM_TEXTMODEL_MAX_ORDER];
	int64_t		s;
	size_t		p;

	if (m->nalpha == 0)
		return false;
	if (*len < m->max_len)
	{
		s = draw_symbol(m, chain, context_chain(m, seq, *len, chain),
						*len == 0 ? 1 : 0, r, true);
		if (s <= 0)
			s = 1 + (int64_t) sm_rng_below(r, m->nalpha);
		seq[(*len)++] = (uint32_t) s;
		return true;
	}
	if (m->nalpha < 2 || *len == 0)
		return false;
	p = (step < SM_TEXTMODEL_PERTURB / 2) ? *len - 1 :
		(size_t) sm_rng_below(r, *len);
	s = draw_symbol(m, chain, context_chain(m, seq, p, chain),
					p == 0 ? 1 : 0, r, true);
	if (s <= 0 || (uint32_t) s == seq[p])
	{
		s = 1 + (int64_t) sm_rng_below(r, m->nalpha - 1);
		if ((uint32_t) s >= seq[p])
			s++;
	}
	seq[p] = (uint32_t) s;
	return true;
}

/* Value number row of stream seed, with the reason when it cannot be drawn. */
bool
sm_textmodel_sample_err(const sm_textmodel *m, uint64_t seed, uint64_t row,
						sm_buf *out, sm_error *err)
{
	uint32_t	seqbuf[STACK_LEN + 1];
	char		bytebuf[4 * STACK_LEN + 1];
	uint32_t   *seq = seqbuf;
	char	   *bytes = bytebuf;
	uint64_t	key = sm_hash2(seed, STREAM_TAG);
	sm_rng		r;
	size_t		len = 0;
	size_t		nb = 0;
	int			a;
	int			fallback = -1;
	bool		found = false;
	bool		ok;

	if (m == NULL || out == NULL || !m->finished)
		return sm_error_set(err, SM_EINVAL, NULL,
							"text model is not finished");
	if (m->max_len > STACK_LEN)
	{
		seq = sm_calloc((size_t) m->max_len + 1, sizeof(uint32_t));
		bytes = sm_calloc((size_t) m->max_len + 1, 4);
		if (seq == NULL || bytes == NULL)
		{
			sm_free(seq);
			sm_free(bytes);
			return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		}
	}

	/*
	 * Redraw rare values, and also draws cut by the max_len cap (they end
	 * mid-word); the first cut draw that is not rare is the fallback.
	 */
	for (a = 0; a < SM_TEXTMODEL_ATTEMPTS && !found; a++)
	{
		bool		natural;

		sm_rng_init(&r, key, row, (uint64_t) a);
		len = draw_value(m, &r, seq, &natural);
		nb = encode_seq(m, seq, len, bytes);
		if (is_rare(m, bytes, nb))
			continue;
		if (natural)
			found = true;
		else if (fallback < 0)
			fallback = a;
	}
	if (!found && fallback >= 0)
	{
		bool		natural;

		sm_rng_init(&r, key, row, (uint64_t) fallback);
		len = draw_value(m, &r, seq, &natural);
		nb = encode_seq(m, seq, len, bytes);
		found = true;
	}
	if (!found)
	{
		sm_rng_init(&r, key, row, (uint64_t) SM_TEXTMODEL_ATTEMPTS);
		for (a = 0; a < SM_TEXTMODEL_PERTURB && !found; a++)
		{
			if (!perturb(m, &r, seq, &len, a))
				break;
			nb = encode_seq(m, seq, len, bytes);
			found = !is_rare(m, bytes, nb);
		}
	}
	if (!found)
		ok = sm_error_set(err, SM_EDATA, NULL,
						  "text model cannot produce a value that is not a rare training value");
	else if (!sm_buf_append(out, bytes, nb))
		ok = sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	else
		ok = true;
	if (seq != seqbuf)
	{
		sm_free(seq);
		sm_free(bytes);
	}
	return ok;
}

/* Value number row of stream seed. */
bool
sm_textmodel_sample(const sm_textmodel *m, uint64_t seed, uint64_t row,
					sm_buf *out)
{
	return sm_textmodel_sample_err(m, seed, row, out, NULL);
}

/* Summary figures of a finished text model. */
bool
sm_textmodel_get_info(const sm_textmodel *m, sm_textmodel_info *info)
{
	if (m == NULL || !m->finished)
		return false;
	info->order = m->order;
	info->min_count_verbatim = m->k;
	info->strings = m->strings;
	info->alphabet = m->nalpha;
	info->contexts = m->nctx;
	info->transitions = m->ntr;
	info->rare = m->nrare;
	info->min_len = m->min_len;
	info->max_len = m->max_len;
	return true;
}
