/*
 * textmodel.c
 *	  Character n-gram model of free text: training with a pruned suffix
 *	  trie, Witten-Bell back-off sampling behind a rare-value filter, and a
 *	  validating JSON encoding.  See textmodel.h for the design.
 */
#include "textmodel.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"

/* Training keys pack (node << SYM_BITS | code point): 32 + 21 bits. */
#define SYM_BITS		21
#define SYM_MASK		((UINT64_C(1) << SYM_BITS) - 1)
#define MAP_EMPTY		UINT64_MAX
#define MAX_COUNT		(UINT64_C(1) << 53)	/* exact in a JSON number */
#define NO_PARENT		UINT32_MAX
#define STREAM_TAG		UINT64_C(0x7465787463686172)	/* "textchar" */
#define FORMAT_NAME		"synthmig.textmodel"
#define STACK_LEN		64		/* samples up to this length need no heap */
#define TRANS_PER_CONTEXT 2		/* transition budget per max_contexts */

/*
 * An open-addressing hash map from 64-bit keys (never MAP_EMPTY) to
 * counts; key and value share a cache line, so a hit costs one miss.
 */
typedef struct tm_entry
{
	uint64_t	key;
	uint64_t	val;
} tm_entry;

typedef struct tm_map
{
	tm_entry   *e;
	size_t		cap;			/* a power of two, or 0 */
	size_t		n;
} tm_map;

/*
 * A context of the finished model, packed so that sampling touches one
 * cache line per context: nkids/sym/ntrans are the JSON members, kid0,
 * tr0 and total are derived.
 */
typedef struct tm_ctx
{
	uint64_t	total;			/* sum of its transition counts */
	uint32_t	kid0;			/* first child context */
	uint32_t	nkids;
	uint32_t	sym;			/* symbol added in front of the parent's */
	uint32_t	tr0;			/* first transition */
	uint32_t	ntrans;
	uint32_t	unused;
} tm_ctx;

/* A transition: successor symbol and running count within its context. */
typedef struct tm_tr
{
	uint64_t	cum;
	uint32_t	sym;			/* 0: the end marker */
} tm_tr;

struct sm_textmodel
{
	int			order;
	int			k;				/* min_count_verbatim */
	size_t		max_contexts;
	uint64_t	hash_key;
	bool		finished;
	bool		oom;			/* a training step failed */

	/* training state, released by finish */
	uint64_t	ntrain;
	uint32_t	tmin_len;
	uint32_t	tmax_len;
	tm_map		ctxmap;			/* (parent, code point) -> node */
	tm_map		transmap;		/* (node, next code point or 0) -> count */
	tm_map		strmap;			/* value hash -> occurrences */
	size_t		nnodes;
	size_t		nodecap;
	uint32_t   *nparent;
	uint32_t   *nsym;			/* code point, 0 for the start marker */
	uint8_t    *ndepth;
	uint64_t   *ncount;
	uint32_t   *cps;			/* scratch: code points of one value */
	size_t		cpscap;
	char	   *bytes;			/* scratch: its normalised UTF-8 */
	size_t		bytescap;

	/* finished model, in the layout of the JSON encoding */
	uint64_t	strings;
	uint32_t	min_len;
	uint32_t	max_len;
	uint32_t	nalpha;
	uint32_t   *alpha;			/* ascending code points */
	uint32_t	nctx;
	tm_ctx	   *ctx;			/* breadth first, root first */
	uint32_t	ntr;
	tm_tr	   *tr;				/* grouped by context, ascending symbols */
	size_t		nrare;
	uint64_t   *rare;			/* ascending value hashes */
};

/* ---------------------------------------------------------------------
 * Hash map
 * --------------------------------------------------------------------- */

/* Allocate an empty map with room for at least n keys below 3/4 load. */
static bool
map_init(tm_map *mp, size_t n)
{
	size_t		cap = 64;

	while (cap / 4 * 3 <= n)
	{
		if (cap > SIZE_MAX / 4)
			return false;
		cap *= 2;
	}
	mp->e = sm_calloc(cap, sizeof(tm_entry));
	if (mp->e == NULL)
	{
		memset(mp, 0, sizeof(*mp));
		return false;
	}
	memset(mp->e, 0xff, cap * sizeof(tm_entry));
	mp->cap = cap;
	mp->n = 0;
	return true;
}

static void
map_free(tm_map *mp)
{
	sm_free(mp->e);
	memset(mp, 0, sizeof(*mp));
}

/* Slot of key in a map that has room: found, or the empty slot to fill. */
static size_t
map_slot(const tm_map *mp, uint64_t key)
{
	size_t		mask = mp->cap - 1;
	size_t		i = (size_t) sm_mix64(key) & mask;

	while (mp->e[i].key != MAP_EMPTY && mp->e[i].key != key)
		i = (i + 1) & mask;
	return i;
}

/* Double the table; false (map unchanged) on allocation failure. */
static bool
map_grow(tm_map *mp)
{
	tm_map		nm;
	size_t		i;

	if (!map_init(&nm, mp->cap))
		return false;
	for (i = 0; i < mp->cap; i++)
	{
		if (mp->e[i].key != MAP_EMPTY)
		{
			size_t		s = map_slot(&nm, mp->e[i].key);

			nm.e[s].key = mp->e[i].key;
			nm.e[s].val = mp->e[i].val;
			nm.n++;
		}
	}
	map_free(mp);
	*mp = nm;
	return true;
}

/*
 * The value of key, inserted as 0 if absent (*isnew tells which); NULL on
 * allocation failure.  The pointer is valid until the next insertion.
 */
static uint64_t *
map_upsert(tm_map *mp, uint64_t key, bool *isnew)
{
	size_t		s;

	if ((mp->n + 1) > mp->cap / 4 * 3 && !map_grow(mp))
		return NULL;
	s = map_slot(mp, key);
	*isnew = (mp->e[s].key == MAP_EMPTY);
	if (*isnew)
	{
		mp->e[s].key = key;
		mp->e[s].val = 0;
		mp->n++;
	}
	return &mp->e[s].val;
}

/* ---------------------------------------------------------------------
 * UTF-8 and hashing
 * --------------------------------------------------------------------- */

/* Decode one well-formed UTF-8 sequence; its length, or 0 if invalid. */
static size_t
utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	uint32_t	c = s[0];

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c < 0xC2 || c > 0xF4)
		return 0;
	if (c < 0xE0)
	{
		if (len < 2 || (s[1] & 0xC0) != 0x80)
			return 0;
		*cp = ((c & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (c < 0xF0)
	{
		if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		*cp = ((c & 0x0F) << 12) | ((uint32_t) (s[1] & 0x3F) << 6) |
			(s[2] & 0x3F);
		if (*cp < 0x800 || (*cp >= 0xD800 && *cp <= 0xDFFF))
			return 0;
		return 3;
	}
	if (len < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		(s[3] & 0xC0) != 0x80)
		return 0;
	*cp = ((c & 0x07) << 18) | ((uint32_t) (s[1] & 0x3F) << 12) |
		((uint32_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);
	if (*cp < 0x10000 || *cp > 0x10FFFF)
		return 0;
	return 4;
}


/*
 * Keyed 64-bit hash of a value's bytes: the rare-value set stores only
 * these.  The length is mixed in first, so zero padding of the tail block
 * is unambiguous; MAP_EMPTY is folded away so any hash can be a map key.
 */
static uint64_t
value_hash(uint64_t key, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	uint64_t	h = sm_hash2(key, (uint64_t) len);
	uint64_t	w;
	size_t		i;

	while (len >= 8)
	{
		w = 0;
		for (i = 0; i < 8; i++)
			w |= (uint64_t) p[i] << (8 * i);
		h = sm_hash2(h, w);
		p += 8;
		len -= 8;
	}
	if (len > 0)
	{
		w = 0;
		for (i = 0; i < len; i++)
			w |= (uint64_t) p[i] << (8 * i);
		h = sm_hash2(h, w);
	}
	return h == MAP_EMPTY ? MAP_EMPTY - 1 : h;
}

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
	if (!map_init(&m->ctxmap, 0) || !map_init(&m->transmap, 0) ||
		!map_init(&m->strmap, 0) || !grow_nodes(m))
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
static void
free_training(sm_textmodel *m)
{
	map_free(&m->ctxmap);
	map_free(&m->transmap);
	map_free(&m->strmap);
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

void
sm_textmodel_free(sm_textmodel *m)
{
	if (m == NULL)
		return;
	free_training(m);
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
	v = map_upsert(&m->ctxmap, ((uint64_t) node << SYM_BITS) | sym, &isnew);
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

	v = map_upsert(&m->transmap, ((uint64_t) node << SYM_BITS) | next, &isnew);
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
static bool
prune_contexts(sm_textmodel *m, size_t keep, size_t budget)
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

	if (!map_init(&nctx, n))
	{
		sm_free(newid);
		return false;
	}
	if (!map_init(&ntrans, m->transmap.n))
	{
		map_free(&nctx);
		sm_free(newid);
		return false;
	}
	for (i = 1; i < m->nnodes; i++)
	{
		if (newid[i] != NO_PARENT)
		{
			uint64_t	key = ((uint64_t) newid[m->nparent[i]] << SYM_BITS) |
				m->nsym[i];
			size_t		s = map_slot(&nctx, key);

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
			size_t		s = map_slot(&ntrans, nkey);

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
	map_free(&m->ctxmap);
	map_free(&m->transmap);
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
		size_t		l = utf8_decode(u + i, len - i, &cp);

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
	h = value_hash(m->hash_key, m->bytes, nb);
	v = map_upsert(&m->strmap, h, &isnew);
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
		!prune_contexts(m, m->max_contexts, TRANS_PER_CONTEXT * m->max_contexts))
		goto oom;
	return true;

oom:
	m->oom = true;
	return false;
}

/* ---------------------------------------------------------------------
 * Finishing: convert the training state into the JSON layout, then derive
 * and validate exactly as a decoded model is.
 * --------------------------------------------------------------------- */

static int
u32_cmp(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *) a;
	uint32_t	y = *(const uint32_t *) b;

	return x < y ? -1 : (x > y ? 1 : 0);
}

static int
u64_cmp(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a;
	uint64_t	y = *(const uint64_t *) b;

	return x < y ? -1 : (x > y ? 1 : 0);
}

/* Symbol of a code point in the sorted alphabet (0 stays the marker). */
static uint32_t
symbol_of(const uint32_t *alpha, uint32_t nalpha, uint32_t cp)
{
	uint32_t	lo = 0;
	uint32_t	hi = nalpha;

	if (cp == 0)
		return 0;
	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (alpha[mid] < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo + 1;
}

/* A (sort key, payload) pair for ordering contexts and transitions. */
typedef struct tm_pair
{
	uint64_t	key;
	uint64_t	val;
} tm_pair;

static int
pair_cmp(const void *a, const void *b)
{
	const tm_pair *x = a;
	const tm_pair *y = b;

	return x->key < y->key ? -1 : (x->key > y->key ? 1 : 0);
}

static bool derive_model(sm_textmodel *m, sm_error *err);

/* Lay the trained trie out breadth first, with sorted transitions. */
static bool
build_layout(sm_textmodel *m)
{
	uint32_t   *newid = NULL;
	tm_pair    *pairs = NULL;
	size_t		i;
	size_t		j;
	uint32_t	na = 0;
	uint32_t	assigned;
	int			d;
	bool		ok = false;

	/* the alphabet: every code point follows the root context somewhere */
	for (i = 0; i < m->transmap.cap; i++)
		if (m->transmap.e[i].key != MAP_EMPTY &&
			(m->transmap.e[i].key >> SYM_BITS) == 0 &&
			(m->transmap.e[i].key & SYM_MASK) != 0)
			na++;
	m->alpha = sm_calloc(na ? na : 1, sizeof(uint32_t));
	if (m->alpha == NULL)
		goto done;
	na = 0;
	for (i = 0; i < m->transmap.cap; i++)
		if (m->transmap.e[i].key != MAP_EMPTY &&
			(m->transmap.e[i].key >> SYM_BITS) == 0 &&
			(m->transmap.e[i].key & SYM_MASK) != 0)
			m->alpha[na++] = (uint32_t) (m->transmap.e[i].key & SYM_MASK);
	qsort(m->alpha, na, sizeof(uint32_t), u32_cmp);
	m->nalpha = na;

	/* breadth-first order: by depth, then parent's new id, then symbol */
	m->nctx = (uint32_t) m->nnodes;
	newid = sm_calloc(m->nnodes, sizeof(uint32_t));
	pairs = sm_calloc(m->nnodes, sizeof(tm_pair));
	m->ctx = sm_calloc(m->nctx, sizeof(tm_ctx));
	if (newid == NULL || pairs == NULL || m->ctx == NULL)
		goto done;
	newid[0] = 0;
	assigned = 1;
	for (d = 1; d < m->order; d++)
	{
		size_t		np = 0;

		for (i = 1; i < m->nnodes; i++)
		{
			if (m->ndepth[i] != d)
				continue;
			pairs[np].key = ((uint64_t) newid[m->nparent[i]] << 32) |
				symbol_of(m->alpha, na, m->nsym[i]);
			pairs[np].val = i;
			np++;
		}
		qsort(pairs, np, sizeof(tm_pair), pair_cmp);
		for (j = 0; j < np; j++)
		{
			uint32_t	id = assigned++;

			newid[pairs[j].val] = id;
			m->ctx[id].sym = (uint32_t) (pairs[j].key & UINT32_MAX);
			m->ctx[pairs[j].key >> 32].nkids++;
		}
	}

	/* transitions grouped by context, sorted by symbol */
	if (m->transmap.n > SM_TEXTMODEL_MAX_TRANS)
		goto done;
	m->ntr = (uint32_t) m->transmap.n;
	sm_free(pairs);
	pairs = sm_calloc(m->ntr ? m->ntr : 1, sizeof(tm_pair));
	m->tr = sm_calloc(m->ntr ? m->ntr : 1, sizeof(tm_tr));
	if (pairs == NULL || m->tr == NULL)
		goto done;
	j = 0;
	for (i = 0; i < m->transmap.cap; i++)
	{
		uint64_t	key = m->transmap.e[i].key;
		uint32_t	ctx;

		if (key == MAP_EMPTY)
			continue;
		ctx = newid[key >> SYM_BITS];
		pairs[j].key = ((uint64_t) ctx << 32) |
			symbol_of(m->alpha, na, (uint32_t) (key & SYM_MASK));
		pairs[j].val = m->transmap.e[i].val;
		m->ctx[ctx].ntrans++;
		j++;
	}
	qsort(pairs, m->ntr, sizeof(tm_pair), pair_cmp);
	for (j = 0; j < m->ntr; j++)
	{
		m->tr[j].sym = (uint32_t) (pairs[j].key & UINT32_MAX);
		m->tr[j].cum = pairs[j].val;	/* a count until derive_model */
	}
	ok = true;

done:
	sm_free(newid);
	sm_free(pairs);
	return ok;
}

/* The set of rare values: hashes seen fewer than k times, ascending. */
static bool
build_rare(sm_textmodel *m)
{
	size_t		i;
	size_t		n = 0;

	if (m->k > 1)
		for (i = 0; i < m->strmap.cap; i++)
			if (m->strmap.e[i].key != MAP_EMPTY &&
				m->strmap.e[i].val < (uint64_t) m->k)
				n++;
	m->rare = sm_calloc(n ? n : 1, sizeof(uint64_t));
	if (m->rare == NULL)
		return false;
	m->nrare = 0;
	if (n)
		for (i = 0; i < m->strmap.cap; i++)
			if (m->strmap.e[i].key != MAP_EMPTY &&
				m->strmap.e[i].val < (uint64_t) m->k)
				m->rare[m->nrare++] = m->strmap.e[i].key;
	qsort(m->rare, m->nrare, sizeof(uint64_t), u64_cmp);
	return true;
}

bool
sm_textmodel_finish(sm_textmodel *m, sm_error *err)
{
	if (m == NULL)
		return sm_error_set(err, SM_EINVAL, NULL, "null text model");
	if (m->finished)
		return sm_error_set(err, SM_EINVAL, NULL,
							"text model is already finished");
	if (m->oom)
		return sm_error_set(err, SM_ENOMEM, NULL,
							"out of memory while training a text model");
	if (m->ntrain == 0)
	{
		sm_error_set(err, SM_EINVAL, NULL,
					 "cannot build a text model from an empty training set");
		sm_error_hint(err, "The column needs at least one non-null value.");
		return false;
	}
	if (m->ntrain > MAX_COUNT)
		return sm_error_set(err, SM_ELIMIT, NULL,
							"too many training values for a text model");
	if (!prune_contexts(m, m->max_contexts,
						TRANS_PER_CONTEXT * m->max_contexts))
	{
		m->oom = true;
		return sm_error_set(err, SM_ENOMEM, NULL,
							"out of memory while building a text model");
	}
	if (m->transmap.n > SM_TEXTMODEL_MAX_TRANS)
	{
		sm_error_set(err, SM_ELIMIT, "max_contexts",
					 "text model has more than %d transitions",
					 SM_TEXTMODEL_MAX_TRANS);
		sm_error_hint(err, "Lower max_contexts.");
		return false;
	}
	if (!build_layout(m) || !build_rare(m))
	{
		m->oom = true;
		return sm_error_set(err, SM_ENOMEM, NULL,
							"out of memory while building a text model");
	}
	m->strings = m->ntrain;
	m->min_len = m->tmin_len;
	m->max_len = m->tmax_len;
	free_training(m);
	if (!derive_model(m, err))
	{
		m->oom = true;			/* unusable */
		return false;
	}
	m->finished = true;
	return true;
}

/*
 * Check the layout (from training or from JSON) and derive the lookup
 * arrays kid0, tr0, total; counts in cum become running sums.  Paths name
 * the JSON members.  Shared by finish and from_json so that a trained model
 * always passes the decoder's checks.
 */
static bool
derive_model(sm_textmodel *m, sm_error *err)
{
	char		path[64];
	uint8_t    *depth = NULL;
	uint32_t	i;
	uint64_t	nextchild = 1;
	uint64_t	tr = 0;
	bool		ok = false;

	if (m->min_len > m->max_len)
		return sm_error_set(err, SM_EINVAL, "min_len",
							"min_len is greater than max_len");
	if ((m->nalpha == 0) != (m->max_len == 0))
		return sm_error_set(err, SM_EINVAL, "alphabet",
							"alphabet is empty but max_len is not 0, or the reverse");
	for (i = 1; i < m->nalpha; i++)
		if (m->alpha[i] <= m->alpha[i - 1])
			return sm_error_set(err, SM_EINVAL, "alphabet",
								"alphabet is not in strictly ascending code point order");
	if (m->nalpha > 0 && m->alpha[0] == 0)
		return sm_error_set(err, SM_EINVAL, "alphabet",
							"alphabet contains U+0000");
	if (m->nrare > m->strings)
		return sm_error_set(err, SM_EINVAL, "nrare",
							"more rare values than training values");
	if (m->k == 1 && m->nrare > 0)
		return sm_error_set(err, SM_EINVAL, "nrare",
							"rare values are listed but min_count_verbatim is 1");
	for (i = 0; i < m->nrare; i++)
		if ((i > 0 && m->rare[i] <= m->rare[i - 1]) || m->rare[i] == MAP_EMPTY)
			return sm_error_set(err, SM_EINVAL, "rare",
								"rare value hashes are not strictly ascending");
	if (m->nctx < 1)
		return sm_error_set(err, SM_EINVAL, "kids", "no root context");
	if (m->ctx[0].sym != 0)
		return sm_error_set(err, SM_EINVAL, "sym[0]",
							"the root context must have symbol 0");

	depth = sm_calloc(m->nctx, sizeof(uint8_t));
	if (depth == NULL)
	{
		sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		goto done;
	}

	/* trie shape: breadth first, children sorted, depth < order */
	for (i = 0; i < m->nctx; i++)
	{
		uint32_t	j;

		sm_json_path_index(path, sizeof(path), "kids", i);
		if (i > 0 && i >= nextchild)
		{
			sm_error_set(err, SM_EINVAL, path,
						 "context %u has no parent", i);
			goto done;
		}
		if (m->ctx[i].nkids > m->nctx - nextchild)
		{
			sm_error_set(err, SM_EINVAL, path,
						 "more child contexts than contexts");
			goto done;
		}
		if (m->ctx[i].nkids > 0 && (depth[i] + 1 >= m->order ||
							   (i > 0 && m->ctx[i].sym == 0)))
		{
			sm_error_set(err, SM_EINVAL, path,
						 "context %u cannot have children", i);
			goto done;
		}
		m->ctx[i].kid0 = (uint32_t) nextchild;
		for (j = m->ctx[i].kid0; j < m->ctx[i].kid0 + m->ctx[i].nkids; j++)
		{
			depth[j] = depth[i] + 1;
			if (m->ctx[j].sym > m->nalpha ||
				(j > m->ctx[i].kid0 && m->ctx[j].sym <= m->ctx[j - 1].sym))
			{
				sm_json_path_index(path, sizeof(path), "sym", j);
				sm_error_set(err, SM_EINVAL, path,
							 "context symbol out of range or not ascending among siblings");
				goto done;
			}
		}
		nextchild += m->ctx[i].nkids;
	}
	if (nextchild != m->nctx)
	{
		sm_error_set(err, SM_EINVAL, "kids",
					 "child counts do not add up to the number of contexts");
		goto done;
	}

	/* transitions: ascending successors, positive counts, bounded sums */
	for (i = 0; i < m->nctx; i++)
	{
		uint64_t	sum = 0;
		uint32_t	j;

		sm_json_path_index(path, sizeof(path), "ntrans", i);
		if (m->ctx[i].ntrans < 1 || m->ctx[i].ntrans > m->ntr - tr)
		{
			sm_error_set(err, SM_EINVAL, path,
						 "transition count out of range");
			goto done;
		}
		m->ctx[i].tr0 = (uint32_t) tr;
		for (j = m->ctx[i].tr0; j < m->ctx[i].tr0 + m->ctx[i].ntrans; j++)
		{
			if (m->tr[j].sym > m->nalpha ||
				(j > m->ctx[i].tr0 && m->tr[j].sym <= m->tr[j - 1].sym))
			{
				sm_json_path_index(path, sizeof(path), "next", j);
				sm_error_set(err, SM_EINVAL, path,
							 "successor symbol out of range or not ascending");
				goto done;
			}
			if (m->tr[j].cum < 1 || m->tr[j].cum > MAX_COUNT - sum)
			{
				sm_json_path_index(path, sizeof(path), "count", j);
				sm_error_set(err, SM_EINVAL, path,
							 "count out of range");
				goto done;
			}
			sum += m->tr[j].cum;
			m->tr[j].cum = sum;
		}
		m->ctx[i].total = sum;
		tr += m->ctx[i].ntrans;
	}
	if (tr != m->ntr)
	{
		sm_error_set(err, SM_EINVAL, "ntrans",
					 "transition counts do not add up to the length of next");
		goto done;
	}
	for (i = 0; i < m->nctx; i++)
	{
		uint32_t	j;

		for (j = m->ctx[i].kid0; j < m->ctx[i].kid0 + m->ctx[i].nkids; j++)
			if (m->ctx[j].total > m->ctx[i].total)
			{
				sm_json_path_index(path, sizeof(path), "ntrans", j);
				sm_error_set(err, SM_EINVAL, path,
							 "context %u is seen more often than its parent", j);
				goto done;
			}
	}

	/* the root predicts every character, and ends every training value */
	if (m->ctx[0].ntrans != m->nalpha + 1 || m->tr[0].sym != 0 ||
		m->tr[0].cum != m->strings)
	{
		sm_error_set(err, SM_EINVAL, "ntrans[0]",
					 "the root context must end every training value and predict every alphabet symbol");
		goto done;
	}
	ok = true;

done:
	sm_free(depth);
	return ok;
}

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
	h = value_hash(m->hash_key, bytes, nb);
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

bool
sm_textmodel_sample(const sm_textmodel *m, uint64_t seed, uint64_t row,
					sm_buf *out)
{
	return sm_textmodel_sample_err(m, seed, row, out, NULL);
}

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

/* ---------------------------------------------------------------------
 * JSON encoding
 * --------------------------------------------------------------------- */

static const char b64chars[] =
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Append an unsigned decimal (faster than printf for big arrays). */
static bool
put_u64(sm_buf *out, uint64_t v)
{
	char		tmp[24];
	int			i = sizeof(tmp);

	do
	{
		tmp[--i] = (char) ('0' + v % 10);
		v /= 10;
	} while (v);
	return sm_buf_append(out, tmp + i, sizeof(tmp) - i);
}

/* Append "key":[...] with one member of every context. */
static bool
put_ctx_array(sm_buf *out, const char *key, const sm_textmodel *m,
			  size_t offset)
{
	uint32_t	i;

	sm_buf_printf(out, ",\"%s\":[", key);
	for (i = 0; i < m->nctx; i++)
	{
		uint32_t	v;

		memcpy(&v, (const char *) &m->ctx[i] + offset, sizeof(v));
		if (i)
			sm_buf_putc(out, ',');
		put_u64(out, v);
	}
	return sm_buf_putc(out, ']');
}

bool
sm_textmodel_write_json(const sm_textmodel *m, sm_buf *out)
{
	size_t		i;
	uint32_t	c;

	if (m == NULL || !m->finished)
		return false;
	sm_buf_printf(out, "{\"format\":\"%s\",\"version\":1,\"order\":%d,"
				  "\"min_count_verbatim\":%d,\"hash_key\":\"%016llx\","
				  "\"strings\":",
				  FORMAT_NAME, m->order, m->k,
				  (unsigned long long) m->hash_key);
	put_u64(out, m->strings);
	sm_buf_printf(out, ",\"min_len\":%u,\"max_len\":%u,\"alphabet\":",
				  m->min_len, m->max_len);
	{
		sm_buf		alpha;
		char		enc[4];

		sm_buf_init(&alpha);
		for (i = 0; i < m->nalpha; i++)
			sm_buf_append(&alpha, enc, sm_utf8_encode(m->alpha[i], enc));
		if (alpha.oom)
			out->oom = true;
		else
			sm_json_write_string(out, alpha.data ? alpha.data : "", alpha.len);
		sm_buf_free(&alpha);
	}
	put_ctx_array(out, "kids", m, offsetof(tm_ctx, nkids));
	put_ctx_array(out, "sym", m, offsetof(tm_ctx, sym));
	put_ctx_array(out, "ntrans", m, offsetof(tm_ctx, ntrans));
	sm_buf_puts(out, ",\"next\":[");
	for (i = 0; i < m->ntr; i++)
	{
		if (i)
			sm_buf_putc(out, ',');
		put_u64(out, m->tr[i].sym);
	}
	sm_buf_puts(out, "],\"count\":[");
	for (c = 0; c < m->nctx; c++)
	{
		uint32_t	j;

		for (j = m->ctx[c].tr0; j < m->ctx[c].tr0 + m->ctx[c].ntrans; j++)
		{
			if (j)
				sm_buf_putc(out, ',');
			put_u64(out, j > m->ctx[c].tr0 ? m->tr[j].cum - m->tr[j - 1].cum : m->tr[j].cum);
		}
	}
	sm_buf_puts(out, "],\"nrare\":");
	put_u64(out, m->nrare);
	sm_buf_puts(out, ",\"rare\":\"");
	/* base64 of the hashes, big-endian, as one byte string */
	{
		uint32_t	acc = 0;
		int			nacc = 0;
		char		q[4];

		for (i = 0; i < m->nrare; i++)
		{
			int			b;

			for (b = 7; b >= 0; b--)
			{
				acc = (acc << 8) | (uint32_t) ((m->rare[i] >> (8 * b)) & 0xFF);
				if (++nacc == 3)
				{
					q[0] = b64chars[(acc >> 18) & 63];
					q[1] = b64chars[(acc >> 12) & 63];
					q[2] = b64chars[(acc >> 6) & 63];
					q[3] = b64chars[acc & 63];
					sm_buf_append(out, q, 4);
					acc = 0;
					nacc = 0;
				}
			}
		}
		if (nacc == 1)
		{
			q[0] = b64chars[(acc >> 2) & 63];
			q[1] = b64chars[(acc << 4) & 63];
			q[2] = q[3] = '=';
			sm_buf_append(out, q, 4);
		}
		else if (nacc == 2)
		{
			q[0] = b64chars[(acc >> 10) & 63];
			q[1] = b64chars[(acc >> 4) & 63];
			q[2] = b64chars[(acc << 2) & 63];
			q[3] = '=';
			sm_buf_append(out, q, 4);
		}
	}
	sm_buf_puts(out, "\"}");
	return !out->oom;
}

/* ---------------------------------------------------------------------
 * JSON decoding
 * --------------------------------------------------------------------- */

/* A required member of the given type, or an error naming it. */
static const sm_json *
member(const sm_json *obj, const char *key, sm_jtype type, sm_error *err)
{
	const sm_json *v = sm_json_get(obj, key);

	if (v == NULL)
	{
		sm_error_set(err, SM_EINVAL, key, "missing required key \"%s\"", key);
		return NULL;
	}
	if (v->type != type)
	{
		sm_error_set(err, SM_EINVAL, key, "expected %s, found %s",
					 sm_json_type_phrase(type), sm_json_type_phrase(v->type));
		return NULL;
	}
	return v;
}

/* An integral JSON number in [lo, hi] (hi <= 2^53). */
static bool
json_uint(const sm_json *v, const char *path, uint64_t lo, uint64_t hi,
		  uint64_t *out, sm_error *err)
{
	if (v->type != SM_JNUMBER)
		return sm_error_set(err, SM_EINVAL, path,
							"expected an integer, found %s",
							sm_json_type_phrase(v->type));
	if (!(v->num >= (double) lo && v->num <= (double) hi) ||
		v->num != floor(v->num))
		return sm_error_set(err, SM_EINVAL, path,
							"expected an integer between %llu and %llu",
							(unsigned long long) lo, (unsigned long long) hi);
	*out = (uint64_t) v->num;
	return true;
}

/* A required integer member. */
static bool
member_uint(const sm_json *obj, const char *key, uint64_t lo, uint64_t hi,
			uint64_t *out, sm_error *err)
{
	const sm_json *v = member(obj, key, SM_JNUMBER, err);

	return v != NULL && json_uint(v, key, lo, hi, out, err);
}

/*
 * A required array of integers in [lo, hi]: its length must be want
 * (unless want is SIZE_MAX) and at most maxn.  Stores the elements into a
 * new 64-bit array if dst64 is given, else a 32-bit one (hi must fit).
 */
static bool
member_uint_array(const sm_json *obj, const char *key, size_t want,
				  size_t maxn, uint64_t lo, uint64_t hi,
				  uint32_t **dst32, uint64_t **dst64, size_t *n, sm_error *err)
{
	const sm_json *v = member(obj, key, SM_JARRAY, err);
	char		path[64];
	size_t		i;

	if (v == NULL)
		return false;
	if (v->n > maxn)
		return sm_error_set(err, SM_EINVAL, key,
							"array has too many elements (at most %zu)", maxn);
	if (want != SIZE_MAX && v->n != want)
		return sm_error_set(err, SM_EINVAL, key,
							"expected %zu elements, found %zu", want, v->n);
	if (dst64)
		*dst64 = sm_calloc(v->n ? v->n : 1, sizeof(uint64_t));
	else
		*dst32 = sm_calloc(v->n ? v->n : 1, sizeof(uint32_t));
	if (dst64 ? *dst64 == NULL : *dst32 == NULL)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	for (i = 0; i < v->n; i++)
	{
		uint64_t	x;

		sm_json_path_index(path, sizeof(path), key, i);
		if (!json_uint(v->items[i], path, lo, hi, &x, err))
			return false;
		if (dst64)
			(*dst64)[i] = x;
		else
			(*dst32)[i] = (uint32_t) x;
	}
	*n = v->n;
	return true;
}

/* Value of one base64 character, -1 if not one. */
static int
b64_value(char c)
{
	const char *p = (c != '\0') ? strchr(b64chars, c) : NULL;

	return p ? (int) (p - b64chars) : -1;
}

/* Decode the rare-value set: canonical base64 of nrare big-endian hashes. */
static bool
decode_rare(sm_textmodel *m, const sm_json *v, sm_error *err)
{
	size_t		bytes;
	size_t		nb = 0;
	size_t		i;
	int			pad = 0;

	if (v->len % 4 != 0)
		return sm_error_set(err, SM_EINVAL, "rare",
							"base64 length is not a multiple of 4");
	if (v->len >= 1 && v->str[v->len - 1] == '=')
		pad++;
	if (v->len >= 2 && v->str[v->len - 2] == '=')
		pad++;
	bytes = v->len / 4 * 3 - pad;
	if (bytes % 8 != 0 || bytes / 8 != m->nrare)
		return sm_error_set(err, SM_EINVAL, "rare",
							"expected %zu hashes of 8 bytes", m->nrare);
	m->rare = sm_calloc(m->nrare ? m->nrare : 1, sizeof(uint64_t));
	if (m->rare == NULL)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	for (i = 0; i < v->len; i += 4)
	{
		int			q[4];
		uint32_t	acc;
		int			j;
		int			nout;

		nout = (i + 4 == v->len) ? 3 - pad : 3;
		for (j = 0; j < 4; j++)
		{
			q[j] = (j >= nout + 1) ? 0 : b64_value(v->str[i + j]);
			if (q[j] < 0)
				return sm_error_set(err, SM_EINVAL, "rare",
									"invalid base64 character at offset %zu",
									i + j);
		}
		acc = ((uint32_t) q[0] << 18) | ((uint32_t) q[1] << 12) |
			((uint32_t) q[2] << 6) | (uint32_t) q[3];
		if ((nout == 1 && (acc & 0xFFFF) != 0) ||
			(nout == 2 && (acc & 0xFF) != 0))
			return sm_error_set(err, SM_EINVAL, "rare",
								"non-canonical base64 padding");
		for (j = 0; j < nout; j++, nb++)
			m->rare[nb / 8] = (m->rare[nb / 8] << 8) |
				((acc >> (16 - 8 * j)) & 0xFF);
	}
	return true;
}

/* Parse the alphabet string into ascending code points. */
static bool
decode_alphabet(sm_textmodel *m, const sm_json *v, sm_error *err)
{
	size_t		i = 0;
	uint32_t	n = 0;

	if (!sm_utf8_valid(v->str, v->len))
		return sm_error_set(err, SM_EINVAL, "alphabet", "invalid UTF-8");
	m->alpha = sm_calloc(v->len ? v->len : 1, sizeof(uint32_t));
	if (m->alpha == NULL)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	while (i < v->len)
	{
		uint32_t	cp;
		size_t		l = utf8_decode((const unsigned char *) v->str + i,
									v->len - i, &cp);

		if (l == 0)
			return sm_error_set(err, SM_EINVAL, "alphabet", "invalid UTF-8");
		m->alpha[n++] = cp;
		i += l;
	}
	m->nalpha = n;
	return true;
}

sm_textmodel *
sm_textmodel_from_json(const sm_json *v, sm_error *err)
{
	sm_textmodel *m;
	const sm_json *f;
	uint64_t	x;
	size_t		n;
	size_t		nctx;
	size_t		ntr;
	size_t		i;
	uint32_t   *kids = NULL;
	uint32_t   *csym = NULL;
	uint32_t   *ntrans = NULL;
	uint32_t   *next = NULL;
	uint64_t   *count = NULL;

	if (v == NULL || v->type != SM_JOBJECT)
	{
		sm_error_set(err, SM_EINVAL, "$", "text model must be a JSON object");
		return NULL;
	}
	m = sm_calloc(1, sizeof(sm_textmodel));
	if (m == NULL)
	{
		sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	f = member(v, "format", SM_JSTRING, err);
	if (f == NULL)
		goto fail;
	if (strcmp(f->str, FORMAT_NAME) != 0)
	{
		sm_error_set(err, SM_EINVAL, "format", "not a text model");
		goto fail;
	}
	if (!member_uint(v, "version", 1, 1, &x, err))
		goto fail;
	if (!member_uint(v, "order", 1, SM_TEXTMODEL_MAX_ORDER, &x, err))
		goto fail;
	m->order = (int) x;
	if (!member_uint(v, "min_count_verbatim", 1, SM_TEXTMODEL_MAX_K, &x, err))
		goto fail;
	m->k = (int) x;
	m->max_contexts = SM_TEXTMODEL_MAX_CONTEXTS;
	f = member(v, "hash_key", SM_JSTRING, err);
	if (f == NULL)
		goto fail;
	if (f->len != 16 || strspn(f->str, "0123456789abcdef") != 16)
	{
		sm_error_set(err, SM_EINVAL, "hash_key",
					 "expected 16 lower-case hexadecimal digits");
		goto fail;
	}
	m->hash_key = strtoull(f->str, NULL, 16);
	if (!member_uint(v, "strings", 1, MAX_COUNT, &m->strings, err))
		goto fail;
	if (!member_uint(v, "min_len", 0, SM_TEXTMODEL_MAX_LEN, &x, err))
		goto fail;
	m->min_len = (uint32_t) x;
	if (!member_uint(v, "max_len", 0, SM_TEXTMODEL_MAX_LEN, &x, err))
		goto fail;
	m->max_len = (uint32_t) x;
	f = member(v, "alphabet", SM_JSTRING, err);
	if (f == NULL || !decode_alphabet(m, f, err))
		goto fail;

	if (!member_uint_array(v, "kids", SIZE_MAX, SM_TEXTMODEL_MAX_CONTEXTS,
						   0, SM_TEXTMODEL_MAX_CONTEXTS, &kids, NULL, &nctx,
						   err))
		goto fail;
	if (nctx < 1)
	{
		sm_error_set(err, SM_EINVAL, "kids", "no root context");
		goto fail;
	}
	m->nctx = (uint32_t) nctx;
	if (!member_uint_array(v, "sym", nctx, nctx, 0, m->nalpha,
						   &csym, NULL, &n, err) ||
		!member_uint_array(v, "ntrans", nctx, nctx, 1, (uint64_t) m->nalpha + 1,
						   &ntrans, NULL, &n, err) ||
		!member_uint_array(v, "next", SIZE_MAX, SM_TEXTMODEL_MAX_TRANS,
						   0, m->nalpha, &next, NULL, &ntr, err) ||
		!member_uint_array(v, "count", ntr, ntr, 1, MAX_COUNT,
						   NULL, &count, &n, err))
		goto fail;
	m->ntr = (uint32_t) ntr;
	m->ctx = sm_calloc(nctx, sizeof(tm_ctx));
	m->tr = sm_calloc(ntr ? ntr : 1, sizeof(tm_tr));
	if (m->ctx == NULL || m->tr == NULL)
	{
		sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		goto fail;
	}
	for (i = 0; i < nctx; i++)
	{
		m->ctx[i].nkids = kids[i];
		m->ctx[i].sym = csym[i];
		m->ctx[i].ntrans = ntrans[i];
	}
	for (i = 0; i < ntr; i++)
	{
		m->tr[i].sym = next[i];
		m->tr[i].cum = count[i];	/* a count until derive_model */
	}
	sm_free(kids);
	sm_free(csym);
	sm_free(ntrans);
	sm_free(next);
	sm_free(count);
	kids = csym = ntrans = next = NULL;
	count = NULL;
	if (!member_uint(v, "nrare", 0, m->strings, &x, err))
		goto fail;
	m->nrare = (size_t) x;
	f = member(v, "rare", SM_JSTRING, err);
	if (f == NULL || !decode_rare(m, f, err))
		goto fail;
	if (!derive_model(m, err))
		goto fail;
	m->finished = true;
	return m;

fail:
	sm_free(kids);
	sm_free(csym);
	sm_free(ntrans);
	sm_free(next);
	sm_free(count);
	sm_textmodel_free(m);
	return NULL;
}
