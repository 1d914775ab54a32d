/*
 * textmodel.c
 *	  Character n-gram model of free text: construction and training with a
 *	  pruned suffix trie.
 *
 * Not here: finishing (textmodel_finish.c), sampling (textmodel_sample.c)
 * and the JSON encoding (textmodel_write.c, textmodel_read.c).
 */
#include "textmodel.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "textmodel_int.h"

#define NO_PARENT		UINT32_MAX

/* ---------------------------------------------------------------------
 * Construction and training
 * --------------------------------------------------------------------- */

void
sm_textmodel_default_opts(sm_textmodel_opts *o)
{
	o->order = 3;
	o->min_count_verbatim = 5;
	o->max_contexts = 200000;
	o->hash_key = UINT64_C(0x5e3d1a7c0b9f2468);
}

/* Make room for one more trie node. */
static bool
grow_nodes(sm_textmodel *m)
{
	size_t		ncap;
	uint32_t   *p;
	uint32_t   *s;
	uint8_t    *d;
	uint64_t   *c;

	if (m->nnodes < m->nodecap)
		return true;
	ncap = m->nodecap ? m->nodecap * 2 : 256;
	if (ncap > (size_t) UINT32_MAX)
		return false;
	p = sm_realloc(m->nparent, ncap * sizeof(uint32_t));
	if (p == NULL)
		return false;
	m->nparent = p;
	s = sm_realloc(m->nsym, ncap * sizeof(uint32_t));
	if (s == NULL)
		return false;
	m->nsym = s;
	d = sm_realloc(m->ndepth, ncap * sizeof(uint8_t));
	if (d == NULL)
		return false;
	m->ndepth = d;
	c = sm_realloc(m->ncount, ncap * sizeof(uint64_t));
	if (c == NULL)
		return false;
	m->ncount = c;
	m->nodecap = ncap;
	return true;
}

/* A new, empty text model for training. */
sm_textmodel *
sm_textmodel_new(const sm_textmodel_opts *o, sm_error *err)
{
	sm_textmodel_opts def;
	sm_textmodel *m;

	if (o == NULL)
	{
		sm_textmodel_default_opts(&def);
		o = &def;
	}
	if (o->order < 1 || o->order > SM_TEXTMODEL_MAX_ORDER)
	{
		sm_error_set(err, SM_EINVAL, "order",
					 "text model order must be between 1 and %d",
					 SM_TEXTMODEL_MAX_ORDER);
		return NULL;
	}
	if (o->min_count_verbatim < 1 ||
		o->min_count_verbatim > SM_TEXTMODEL_MAX_K)
	{
		sm_error_set(err, SM_EINVAL, "min_count_verbatim",
					 "min_count_verbatim must be between 1 and %d",
					 SM_TEXTMODEL_MAX_K);
		return NULL;
	}
	if (o->max_contexts < 1 || o->max_contexts > SM_TEXTMODEL_MAX_CONTEXTS)
	{
		sm_error_set(err, SM_EINVAL, "max_contexts",
					 "max_contexts must be between 1 and %d",
					 SM_TEXTMODEL_MAX_CONTEXTS);
		return NULL;
	}
	m = sm_calloc(1, sizeof(sm_textmodel));
	if (m == NULL)
	{
		sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	m->order = o->order;
	m->k = o->min_count_verbatim;
	m->max_contexts = o->max_contexts;
	m->hash_key = o->hash_key;
	m->tmin_len = UINT32_MAX;
	if (!tm_map_init(&m->ctxmap, 0) || !tm_map_init(&m->transmap, 0) ||
		!tm_map_init(&m->strmap, 0) || !grow_nodes(m))
	{
		sm_textmodel_free(m);
		sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	/* the root: the empty context */
	m->nparent[0] = NO_PARENT;
	m->nsym[0] = 0;
	m->ndepth[0] = 0;
	m->ncount[0] = 0;
	m->nnodes = 1;
	return m;
}

/* Release the training state (after finish, or on free). */
void
tm_free_training(sm_textmodel *m)
{
	tm_map_free(&m->ctxmap);
	tm_map_free(&m->transmap);
	tm_map_free(&m->strmap);
	sm_free(m->nparent);
	sm_free(m->nsym);
	sm_free(m->ndepth);
	sm_free(m->ncount);
	sm_free(m->cps);
	sm_free(m->bytes);
	m->nparent = m->nsym = m->cps = NULL;
	m->ndepth = NULL;
	m->ncount = NULL;
	m->bytes = NULL;
	m->nnodes = m->nodecap = m->cpscap = m->bytescap = 0;
}

/* Release a text model, trained or not. */
void
sm_textmodel_free(sm_textmodel *m)
{
	if (m == NULL)
		return;
	tm_free_training(m);
	sm_free(m->alpha);
	sm_free(m->ctx);
	sm_free(m->tr);
	sm_free(m->rare);
	sm_free(m);
}

/* The child context of node that adds sym in front; created if new. */
static bool
child_of(sm_textmodel *m, uint32_t node, uint32_t sym, uint32_t *child)
{
	bool		isnew;
	uint64_t   *v;

	if (!grow_nodes(m))
		return false;
	v = tm_map_upsert(&m->ctxmap, ((uint64_t) node << SYM_BITS) | sym, &isnew);
	if (v == NULL)
		return false;
	if (isnew)
	{
		uint32_t	id = (uint32_t) m->nnodes++;

		*v = id;
		m->nparent[id] = node;
		m->nsym[id] = sym;
		m->ndepth[id] = (uint8_t) (m->ndepth[node] + 1);
		m->ncount[id] = 0;
	}
	*child = (uint32_t) *v;
	return true;
}

/* Count one occurrence of next after the context node. */
static bool
count_next(sm_textmodel *m, uint32_t node, uint32_t next)
{
	bool		isnew;
	uint64_t   *v;

	v = tm_map_upsert(&m->transmap, ((uint64_t) node << SYM_BITS) | next, &isnew);
	if (v == NULL)
		return false;
	(*v)++;
	m->ncount[node]++;
	return true;
}

/* Ranking of contexts for pruning: most frequent first, shallow on ties. */
typedef struct tm_rank
{
	uint64_t	count;
	uint32_t	id;
	uint16_t	depth;
	uint32_t	ntrans;
} tm_rank;

/* qsort order of contexts by count, most frequent first. */
static int
rank_cmp(const void *a, const void *b)
{
	const tm_rank *x = a;
	const tm_rank *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	if (x->depth != y->depth)
		return x->depth < y->depth ? -1 : 1;
	return x->id < y->id ? -1 : (x->id > y->id ? 1 : 0);
}

/*
 * Keep the most frequent contexts: at most keep of them, with at most
 * budget transitions between them (the root is always kept).  A context is
 * never more frequent than its parent and is deeper, so it ranks after it;
 * keeping a prefix of the ranking leaves the kept set closed under
 * back-off.  Node ids keep their relative order (parents stay before
 * children).  On allocation failure the model is unchanged.
 */
bool
tm_prune_contexts(sm_textmodel *m, size_t keep, size_t budget)
{
	tm_rank    *rank;
	uint32_t   *newid;
	tm_map		nctx;
	tm_map		ntrans;
	size_t		i;
	size_t		used;
	uint32_t	n;

	if (m->nnodes <= keep && m->transmap.n <= budget)
		return true;
	rank = sm_calloc(m->nnodes, sizeof(tm_rank));
	newid = sm_calloc(m->nnodes, sizeof(uint32_t));
	if (rank == NULL || newid == NULL)
	{
		sm_free(rank);
		sm_free(newid);
		return false;
	}
	/* transitions per context, counted in newid for now */
	for (i = 0; i < m->transmap.cap; i++)
		if (m->transmap.e[i].key != MAP_EMPTY)
			newid[m->transmap.e[i].key >> SYM_BITS]++;
	for (i = 0; i < m->nnodes; i++)
	{
		rank[i].count = m->ncount[i];
		rank[i].id = (uint32_t) i;
		rank[i].depth = m->ndepth[i];
		rank[i].ntrans = newid[i];
		newid[i] = NO_PARENT;
	}
	qsort(rank, m->nnodes, sizeof(tm_rank), rank_cmp);
	used = 0;
	for (i = 0; i < m->nnodes && i < keep; i++)
	{
		if (i > 0 && (used >= budget || rank[i].ntrans > budget - used))
			break;
		used += rank[i].ntrans;
		newid[rank[i].id] = 0;
	}
	sm_free(rank);
	n = 0;
	for (i = 0; i < m->nnodes; i++)
		if (newid[i] == 0)
			newid[i] = n++;

	if (!tm_map_init(&nctx, n))
	{
		sm_free(newid);
		return false;
	}
	if (!tm_map_init(&ntrans, m->transmap.n))
	{
		tm_map_free(&nctx);
		sm_free(newid);
		return false;
	}
	for (i = 1; i < m->nnodes; i++)
	{
		if (newid[i] != NO_PARENT)
		{
			uint64_t	key = ((uint64_t) newid[m->nparent[i]] << SYM_BITS) |
			m->nsym[i];
			size_t		s = tm_map_slot(&nctx, key);

			nctx.e[s].key = key;
			nctx.e[s].val = newid[i];
			nctx.n++;
		}
	}
	for (i = 0; i < m->transmap.cap; i++)
	{
		uint64_t	key = m->transmap.e[i].key;
		uint32_t	node;

		if (key == MAP_EMPTY)
			continue;
		node = newid[key >> SYM_BITS];
		if (node != NO_PARENT)
		{
			uint64_t	nkey = ((uint64_t) node << SYM_BITS) | (key & SYM_MASK);
			size_t		s = tm_map_slot(&ntrans, nkey);

			ntrans.e[s].key = nkey;
			ntrans.e[s].val = m->transmap.e[i].val;
			ntrans.n++;
		}
	}
	/* nothing can fail from here on: compact the node arrays */
	for (i = 0; i < m->nnodes; i++)
	{
		uint32_t	j = newid[i];

		if (j == NO_PARENT)
			continue;
		m->nparent[j] = (i == 0) ? NO_PARENT : newid[m->nparent[i]];
		m->nsym[j] = m->nsym[i];
		m->ndepth[j] = m->ndepth[i];
		m->ncount[j] = m->ncount[i];
	}
	m->nnodes = n;
	tm_map_free(&m->ctxmap);
	tm_map_free(&m->transmap);
	m->ctxmap = nctx;
	m->transmap = ntrans;
	sm_free(newid);
	return true;
}

/*
 * Grow a scratch array p (capacity *cap elements of size sz) to hold n;
 * returns the possibly moved array, NULL on failure (p is then intact).
 */
static void *
reserve(void *p, size_t *cap, size_t n, size_t sz)
{
	size_t		bytes;
	void	   *q;

	if (n <= *cap)
		return p;
	if (!sm_mul_size(n, sz, &bytes))
		return NULL;
	q = sm_realloc(p, bytes);
	if (q == NULL)
		return NULL;
	*cap = n;
	return q;
}

/* Train on one value (its code points and the end marker). */
bool
sm_textmodel_add(sm_textmodel *m, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		maxcp;
	size_t		n = 0;
	size_t		nb = 0;
	size_t		i;
	size_t		pos;
	uint64_t	h;
	uint64_t   *v;
	bool		isnew;
	size_t		train_cap;

	if (m == NULL || m->finished || m->oom || (s == NULL && len > 0))
		return false;

	/* normalise: skip invalid bytes and NUL, cut at the length limit */
	maxcp = len < SM_TEXTMODEL_MAX_LEN ? len : SM_TEXTMODEL_MAX_LEN;
	{
		uint32_t   *c = reserve(m->cps, &m->cpscap, maxcp + 1, sizeof(uint32_t));
		char	   *b;

		if (c == NULL)
			goto oom;
		m->cps = c;
		b = reserve(m->bytes, &m->bytescap, 4 * maxcp + 1, 1);
		if (b == NULL)
			goto oom;
		m->bytes = b;
	}
	i = 0;
	while (i < len && n < SM_TEXTMODEL_MAX_LEN)
	{
		uint32_t	cp;
		size_t		l = tm_utf8_decode(u + i, len - i, &cp);

		if (l == 0)
		{
			i++;
			continue;
		}
		i += l;
		if (cp != 0)
		{
			m->cps[n++] = cp;
			nb += sm_utf8_encode(cp, m->bytes + nb);
		}
	}

	/* occurrences of the value, by keyed hash */
	h = tm_value_hash(m->hash_key, m->bytes, nb);
	v = tm_map_upsert(&m->strmap, h, &isnew);
	if (v == NULL)
		goto oom;
	(*v)++;
	m->ntrain++;
	if (n < m->tmin_len)
		m->tmin_len = (uint32_t) n;
	if (n > m->tmax_len)
		m->tmax_len = (uint32_t) n;

	/* every position, and the end, in every context length */
	for (pos = 0; pos <= n; pos++)
	{
		uint32_t	next = pos < n ? m->cps[pos] : 0;
		uint32_t	node = 0;
		int			k;

		if (!count_next(m, 0, next))
			goto oom;
		for (k = 1; k < m->order; k++)
		{
			uint32_t	sym = pos >= (size_t) k ? m->cps[pos - k] : 0;

			if (!child_of(m, node, sym, &node) || !count_next(m, node, next))
				goto oom;
			if (sym == 0)
				break;
		}
	}

	train_cap = 2 * m->max_contexts;
	if (train_cap < 4096)
		train_cap = 4096;
	if ((m->nnodes > train_cap || m->transmap.n > TRANS_PER_CONTEXT * train_cap) &&
		!tm_prune_contexts(m, m->max_contexts, TRANS_PER_CONTEXT * m->max_contexts))
		goto oom;
	return true;

oom:
	m->oom = true;
	return false;
}
