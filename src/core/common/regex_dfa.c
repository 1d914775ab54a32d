/*
 * regex_dfa.c
 *	  The enumeration DFA: subset construction of the bounded program, and
 *	  counting of its accepting paths.
 *
 * The bounded language is finite, so this DFA is acyclic: counting its
 * accepting paths gives the exact size of the language.
 *
 * Not here: unranking along the counts (regex_sample.c).
 */
#include "regex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regex_int.h"

/* Budgets of the subset construction, beyond which we give up the DFA. */
#define RX_DFA_MAX_TRANS (1 << 20)

#define RX_DFA_MAX_KEYS (1 << 21)

#define RX_DFA_MAX_WORK (UINT64_C(1) << 22)

/* ---------- enumeration DFA ---------- */

/* Working state of the subset construction. */
typedef struct rx_dfa_build
{
	const sm_regex *re;
	const rx_prog *prog;
	uint64_t   *mark;
	uint64_t	stamp;
	int32_t    *stack;
	int32_t    *list;			/* closure output (CHAR and MATCH pcs) */
	uint32_t   *kbuf;			/* key being looked up */
	size_t		nk;
	bool		kaccept;
	uint32_t   *cur;			/* key of the state being expanded */
	uint32_t   *cursor;
	int32_t    *seeds;
	int32_t    *prev;
	uint32_t   *bnd;
	size_t		nbnd;
	size_t		capbnd;
	rx_dstate  *st;
	size_t		nst;
	size_t		capst;
	uint32_t   *koff;			/* key of state i: keys[koff[i] .. koff[i+1]) */
	size_t		capkoff;
	uint32_t   *keys;
	size_t		nkeys;
	size_t		capkeys;
	int32_t    *ht;
	size_t		htcap;
	rx_dtrans  *tr;
	size_t		ntr;
	size_t		captr;
	uint64_t	work;
} rx_dfa_build;

/* qsort comparator of uint32 values. */
static int
rx_u32_cmp(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *) a;
	uint32_t	y = *(const uint32_t *) b;

	return x < y ? -1 : x > y;
}

/* Rough cost of sorting n items (n log n), for the work budget. */
static uint64_t
rx_sort_cost(size_t n)
{
	uint64_t	c = n;

	for (size_t m = n; m > 1; m >>= 1)
		c += n;
	return c;
}

/*
 * Closure of a set of seed pcs into b->kbuf (sorted CHAR pcs whose gen set
 * is not empty) and b->kaccept.
 */
static void
rx_dfa_closure(rx_dfa_build *b, const int32_t *seeds, size_t nseeds)
{
	size_t		nlist = 0;

	b->stamp++;
	for (size_t i = 0; i < nseeds; i++)
		b->work += rx_add_thread(b->prog, seeds[i], b->mark, b->stamp,
								 b->list, &nlist, b->stack);
	b->nk = 0;
	b->kaccept = false;
	for (size_t i = 0; i < nlist; i++)
	{
		const rx_inst *in = &b->prog->code[b->list[i]];

		if (in->op == RX_OP_MATCH)
			b->kaccept = true;
		else if (b->re->sets[in->x].size > 0)
			b->kbuf[b->nk++] = (uint32_t) b->list[i];
	}
	qsort(b->kbuf, b->nk, sizeof(uint32_t), rx_u32_cmp);
	b->work += rx_sort_cost(b->nk);
}

/* FNV-1a hash of the current key. */
static uint64_t
rx_dfa_hash(const rx_dfa_build *b)
{
	uint64_t	h = UINT64_C(1469598103934665603) ^ (b->kaccept ? 1 : 0);

	for (size_t i = 0; i < b->nk; i++)
	{
		h ^= b->kbuf[i];
		h *= UINT64_C(1099511628211);
	}
	return h ^ (h >> 29);
}

/* Insert state index s in the hash table at its slot for hash h. */
static void
rx_dfa_ht_put(rx_dfa_build *b, uint64_t h, int32_t s)
{
	size_t		mask = b->htcap - 1;
	size_t		i = (size_t) h & mask;

	while (b->ht[i] >= 0)
		i = (i + 1) & mask;
	b->ht[i] = s;
}

/* Hash of the key of an existing state (for rehashing). */
static uint64_t
rx_dfa_state_hash(const rx_dfa_build *b, size_t s)
{
	uint64_t	h = UINT64_C(1469598103934665603) ^ (b->st[s].accept ? 1 : 0);

	for (uint32_t i = b->koff[s]; i < b->koff[s + 1]; i++)
	{
		h ^= b->keys[i];
		h *= UINT64_C(1099511628211);
	}
	return h ^ (h >> 29);
}

/*
 * Find or add the state of the current key.  Returns its index, -1 when a
 * budget is exceeded (give up), -2 when out of memory.
 */
static int32_t
rx_dfa_lookup(rx_dfa_build *b)
{
	uint64_t	h = rx_dfa_hash(b);
	size_t		mask = b->htcap - 1;
	size_t		i = (size_t) h & mask;
	size_t		s;

	while (b->ht[i] >= 0)
	{
		s = (size_t) b->ht[i];
		if (b->st[s].accept == b->kaccept &&
			b->koff[s + 1] - b->koff[s] == b->nk &&
			(b->nk == 0 ||
			 memcmp(b->keys + b->koff[s], b->kbuf,
					b->nk * sizeof(uint32_t)) == 0))
			return (int32_t) s;
		i = (i + 1) & mask;
	}
	if (b->nst >= SM_REGEX_MAX_DFA_STATES ||
		b->nkeys + b->nk > RX_DFA_MAX_KEYS)
		return -1;
	if (!rx_grow((void **) &b->st, &b->capst, b->nst + 1, sizeof(rx_dstate)) ||
		!rx_grow((void **) &b->koff, &b->capkoff, b->nst + 2, sizeof(uint32_t)) ||
		!rx_grow((void **) &b->keys, &b->capkeys, b->nkeys + b->nk + 1,
				 sizeof(uint32_t)))
		return -2;
	s = b->nst++;
	memset(&b->st[s], 0, sizeof(rx_dstate));
	b->st[s].accept = b->kaccept;
	if (b->nk)
		memcpy(b->keys + b->nkeys, b->kbuf, b->nk * sizeof(uint32_t));
	b->nkeys += b->nk;
	b->koff[s + 1] = (uint32_t) b->nkeys;
	/* keep the table at most half full */
	if (2 * b->nst > b->htcap)
	{
		size_t		ncap = b->htcap * 2;
		int32_t    *nht = sm_malloc(ncap * sizeof(int32_t));

		if (nht == NULL)
			return -2;
		sm_free(b->ht);
		b->ht = nht;
		b->htcap = ncap;
		for (size_t k = 0; k < ncap; k++)
			b->ht[k] = -1;
		for (size_t k = 0; k < b->nst; k++)
			rx_dfa_ht_put(b, rx_dfa_state_hash(b, k), (int32_t) k);
	}
	else
		rx_dfa_ht_put(b, h, (int32_t) s);
	return (int32_t) s;
}

/*
 * Compute the outgoing transitions of state si: split the alphabet into
 * intervals on which the same CHAR instructions of the state apply, and
 * map each to the state of the closure of their successors.  Returns 1, 0
 * (give up) or -1 (out of memory).
 */
static int
rx_dfa_expand(rx_dfa_build *b, size_t si)
{
	const sm_regex *re = b->re;
	size_t		ncur = b->koff[si + 1] - b->koff[si];
	size_t		nprev = 0;
	int32_t		prevtarget = -1;
	bool		have_prev = false;

	memcpy(b->cur, b->keys + b->koff[si], ncur * sizeof(uint32_t));
	b->st[si].toff = (uint32_t) b->ntr;
	b->st[si].tn = 0;
	b->nbnd = 0;
	for (size_t j = 0; j < ncur; j++)
	{
		const rx_set *s = &re->sets[b->prog->code[b->cur[j]].x];

		if (!rx_grow((void **) &b->bnd, &b->capbnd, b->nbnd + 2 * s->n,
					 sizeof(uint32_t)))
			return -1;
		for (uint32_t r = 0; r < s->n; r++)
		{
			b->bnd[b->nbnd++] = re->ranges[s->off + r].lo;
			b->bnd[b->nbnd++] = re->ranges[s->off + r].hi + 1;
		}
		b->cursor[j] = 0;
	}
	if (b->nbnd == 0)
		return 1;
	b->work += rx_sort_cost(b->nbnd);
	if (b->work > RX_DFA_MAX_WORK)
		return 0;
	qsort(b->bnd, b->nbnd, sizeof(uint32_t), rx_u32_cmp);
	{
		size_t		w = 0;

		for (size_t i = 1; i < b->nbnd; i++)
		{
			if (b->bnd[i] != b->bnd[w])
				b->bnd[++w] = b->bnd[i];
		}
		b->nbnd = w + 1;
	}
	for (size_t t = 0; t + 1 < b->nbnd; t++)
	{
		uint32_t	lo = b->bnd[t];
		uint32_t	hi = b->bnd[t + 1] - 1;
		size_t		nseeds = 0;
		int32_t		target;

		for (size_t j = 0; j < ncur; j++)
		{
			const rx_set *s = &re->sets[b->prog->code[b->cur[j]].x];
			const rx_srange *r = &re->ranges[s->off];

			while (b->cursor[j] < s->n && r[b->cursor[j]].hi < lo)
				b->cursor[j]++;
			if (b->cursor[j] < s->n && r[b->cursor[j]].lo <= lo)
				b->seeds[nseeds++] = (int32_t) b->cur[j] + 1;
		}
		b->work += ncur + 1;
		if (b->work > RX_DFA_MAX_WORK)
			return 0;
		if (nseeds == 0)
			continue;
		if (have_prev && nseeds == nprev &&
			memcmp(b->seeds, b->prev, nseeds * sizeof(int32_t)) == 0)
			target = prevtarget;
		else
		{
			int32_t    *tmp;

			rx_dfa_closure(b, b->seeds, nseeds);
			if (b->nk == 0 && !b->kaccept)
				target = -3;	/* dead */
			else
			{
				b->work += b->nk;	/* hashing and comparing the key */
				target = rx_dfa_lookup(b);
				if (target == -1)
					return 0;
				if (target == -2)
					return -1;
			}
			tmp = b->prev;
			b->prev = b->seeds;
			b->seeds = tmp;
			nprev = nseeds;
			prevtarget = target;
			have_prev = true;
		}
		if (target < 0)
			continue;
		if (b->st[si].tn > 0 && b->tr[b->ntr - 1].target == (uint32_t) target &&
			b->tr[b->ntr - 1].hi + 1 == lo)
		{
			b->tr[b->ntr - 1].hi = hi;
			continue;
		}
		if (b->ntr >= RX_DFA_MAX_TRANS)
			return 0;
		if (!rx_grow((void **) &b->tr, &b->captr, b->ntr + 1, sizeof(rx_dtrans)))
			return -1;
		b->tr[b->ntr].lo = lo;
		b->tr[b->ntr].hi = hi;
		b->tr[b->ntr].target = (uint32_t) target;
		b->ntr++;
		b->st[si].tn++;
	}
	return 1;
}

/*
 * Count the strings accepted from every state, children first (iterative
 * depth-first search; the automaton of a finite language is acyclic).
 * Returns 1, 0 (a cycle: give up) or -1 (out of memory).
 */
static int
rx_dfa_count(rx_dstate *st, size_t nst, const rx_dtrans *tr, size_t ntr)
{
	uint8_t    *color = sm_calloc(nst, 1);
	uint32_t   *stack = sm_calloc(ntr + 1, sizeof(uint32_t));
	size_t		sp = 0;
	int			rc = 1;

	if (color == NULL || stack == NULL)
	{
		sm_free(color);
		sm_free(stack);
		return -1;
	}
	stack[sp++] = 0;
	while (sp > 0 && rc == 1)
	{
		uint32_t	s = stack[sp - 1];

		if (color[s] == 0)
		{
			color[s] = 1;
			for (uint32_t i = 0; i < st[s].tn; i++)
			{
				uint32_t	t = tr[st[s].toff + i].target;

				if (color[t] == 1)
				{
					rc = 0;
					break;
				}
				if (color[t] == 0)
					stack[sp++] = t;
			}
		}
		else
		{
			sp--;
			if (color[s] == 1)
			{
				uint64_t	c = st[s].accept ? 1 : 0;
				double		cd = c;

				for (uint32_t i = 0; i < st[s].tn; i++)
				{
					const rx_dtrans *t = &tr[st[s].toff + i];
					uint64_t	w = (uint64_t) t->hi - t->lo + 1;

					c = rx_sat_add(c, rx_sat_mul(w, st[t->target].cnt));
					cd += (double) w * st[t->target].cntd;
				}
				st[s].cnt = c;
				st[s].cntd = cd;
				color[s] = 2;
			}
		}
	}
	sm_free(color);
	sm_free(stack);
	return rc;
}

/* Free the scratch of a subset construction. */
static void
rx_dfa_build_free(rx_dfa_build *b)
{
	sm_free(b->mark);
	sm_free(b->stack);
	sm_free(b->list);
	sm_free(b->kbuf);
	sm_free(b->cur);
	sm_free(b->cursor);
	sm_free(b->seeds);
	sm_free(b->prev);
	sm_free(b->bnd);
	sm_free(b->st);
	sm_free(b->koff);
	sm_free(b->keys);
	sm_free(b->ht);
	sm_free(b->tr);
}

/*
 * Determinise the bounded program.  On success re->have_dfa is set; when a
 * budget is exceeded the regex simply stays non-enumerable.  False only
 * when out of memory.
 */
bool
rx_build_dfa(sm_regex *re, const rx_prog *prog)
{
	rx_dfa_build b;
	size_t		n = prog->n;
	int32_t		zero = 0;
	int			rc = 1;

	memset(&b, 0, sizeof(b));
	b.re = re;
	b.prog = prog;
	b.mark = sm_calloc(n, sizeof(uint64_t));
	b.stack = sm_calloc(2 * n + 1, sizeof(int32_t));
	b.list = sm_calloc(n, sizeof(int32_t));
	b.kbuf = sm_calloc(n, sizeof(uint32_t));
	b.cur = sm_calloc(n, sizeof(uint32_t));
	b.cursor = sm_calloc(n, sizeof(uint32_t));
	b.seeds = sm_calloc(n, sizeof(int32_t));
	b.prev = sm_calloc(n, sizeof(int32_t));
	b.htcap = 64;
	b.ht = sm_malloc(b.htcap * sizeof(int32_t));
	if (!b.mark || !b.stack || !b.list || !b.kbuf || !b.cur || !b.cursor ||
		!b.seeds || !b.prev || !b.ht ||
		!rx_grow((void **) &b.koff, &b.capkoff, 1, sizeof(uint32_t)))
	{
		rx_dfa_build_free(&b);
		return false;
	}
	for (size_t i = 0; i < b.htcap; i++)
		b.ht[i] = -1;
	b.koff[0] = 0;

	/* the start state, even when dead */
	rx_dfa_closure(&b, &zero, 1);
	if (rx_dfa_lookup(&b) != 0)
	{
		rx_dfa_build_free(&b);
		return false;
	}
	for (size_t si = 0; si < b.nst && rc == 1; si++)
		rc = rx_dfa_expand(&b, si);
	if (rc == 1)
		rc = rx_dfa_count(b.st, b.nst, b.tr, b.ntr);
	if (rc == 1)
	{
		re->dstates = b.st;
		re->ndstates = b.nst;
		re->dtrans = b.tr;
		re->ndtrans = b.ntr;
		re->have_dfa = true;
		b.st = NULL;
		b.tr = NULL;
	}
	rx_dfa_build_free(&b);
	return rc >= 0;
}
