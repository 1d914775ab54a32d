/*
 * regex_sample.c
 *	  Sampling and unranking of a regex language: random strings from the
 *	  syntax tree, the n-th string from the DFA or the tree.
 *
 * Sampling walks the syntax tree: uniform branch, uniform repetition count
 * in [min, max], uniform class member.
 *
 * Not here: building the DFA (regex_dfa.c).
 */
#include "regex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regex_int.h"

/* ---------- generation ---------- */

/* Append a random string of a non-empty subtree. */
bool
rx_sample_node(const sm_regex *re, int32_t id, sm_rng *rng, sm_buf *out)
{
	const rx_node *n = &re->nodes[id];

	switch (n->kind)
	{
		case RX_EMPTY:
		case RX_BOL:
		case RX_EOL:
			return true;
		case RX_SET:
			{
				uint32_t	size = re->sets[n->gen_set].size;
				uint32_t	idx = (uint32_t) sm_rng_below(rng, size);

				return rx_utf8_put(out, rx_set_member(re, n->gen_set, idx));
			}
		case RX_CAT:
			for (int32_t c = n->child; c >= 0; c = re->nodes[c].next)
			{
				if (!rx_sample_node(re, c, rng, out))
					return false;
			}
			return true;
		case RX_ALT:
			{
				uint64_t	pick = sm_rng_below(rng, n->nalive);

				for (int32_t c = n->child; c >= 0; c = re->nodes[c].next)
				{
					if (re->nodes[c].empty)
						continue;
					if (pick-- == 0)
						return rx_sample_node(re, c, rng, out);
				}
				return false;
			}
		case RX_REP:
			{
				int32_t		mb = n->max < 0 ?
				n->min + SM_REGEX_UNBOUNDED_EXTRA : n->max;
				uint64_t	r;

				if (re->nodes[n->child].empty)
					return true;
				r = (uint64_t) n->min + sm_rng_below(rng, (uint64_t) (mb - n->min) + 1);
				for (uint64_t i = 0; i < r; i++)
				{
					if (!rx_sample_node(re, n->child, rng, out))
						return false;
				}
				return true;
			}
	}
	return false;
}

/* Split off one digit of base c from *k (a saturated base is "infinite"). */
static inline uint64_t
rx_digit(uint64_t *k, uint64_t c)
{
	uint64_t	d;

	if (c == UINT64_MAX)
	{
		d = *k;
		*k = 0;
		return d;
	}
	d = *k % c;
	*k /= c;
	return d;
}

/*
 * Append the k-th parse tree of a non-empty subtree (k < its cnt): the
 * fallback enumeration, injective on parse trees but not on strings.
 */
bool
rx_unrank_node(const sm_regex *re, int32_t id, uint64_t k, sm_buf *out)
{
	const rx_node *n = &re->nodes[id];

	switch (n->kind)
	{
		case RX_EMPTY:
		case RX_BOL:
		case RX_EOL:
			return true;
		case RX_SET:
			return rx_utf8_put(out, rx_set_member(re, n->gen_set, (uint32_t) k));
		case RX_CAT:
			for (int32_t c = n->child; c >= 0; c = re->nodes[c].next)
			{
				uint64_t	d = rx_digit(&k, re->nodes[c].cnt);

				if (!rx_unrank_node(re, c, d, out))
					return false;
			}
			return true;
		case RX_ALT:
			for (int32_t c = n->child; c >= 0; c = re->nodes[c].next)
			{
				if (re->nodes[c].empty)
					continue;
				if (k < re->nodes[c].cnt)
					return rx_unrank_node(re, c, k, out);
				k -= re->nodes[c].cnt;
			}
			return false;
		case RX_REP:
			{
				const rx_node *ch = &re->nodes[n->child];
				int32_t		mb = n->max < 0 ?
				n->min + SM_REGEX_UNBOUNDED_EXTRA : n->max;
				uint64_t	pw = 1;

				if (ch->empty)
					return true;
				for (int32_t r = 0; r < n->min; r++)
					pw = rx_sat_mul(pw, ch->cnt);
				for (int32_t r = n->min; r <= mb; r++)
				{
					if (k < pw)
					{
						for (int32_t i = 0; i < r; i++)
						{
							uint64_t	d = rx_digit(&k, ch->cnt);

							if (!rx_unrank_node(re, n->child, d, out))
								return false;
						}
						return true;
					}
					k -= pw;
					pw = rx_sat_mul(pw, ch->cnt);
				}
				return false;
			}
	}
	return false;
}

/* Append the k-th string of the DFA's language (k < count). */
bool
rx_unrank_dfa(const sm_regex *re, uint64_t k, sm_buf *out)
{
	uint32_t	s = 0;

	for (;;)
	{
		const rx_dstate *st = &re->dstates[s];
		bool		moved = false;

		if (st->accept)
		{
			if (k == 0)
				return true;
			k--;
		}
		for (uint32_t i = 0; i < st->tn; i++)
		{
			const rx_dtrans *t = &re->dtrans[st->toff + i];
			uint64_t	c = re->dstates[t->target].cnt;
			uint64_t	block = rx_sat_mul((uint64_t) t->hi - t->lo + 1, c);

			if (k < block)
			{
				if (!rx_utf8_put(out, t->lo + (uint32_t) (k / c)))
					return false;
				k %= c;
				s = t->target;
				moved = true;
				break;
			}
			k -= block;
		}
		if (!moved)
			return false;
	}
}
