/*
 * textmodel_finish.c
 *	  Finishing a text model: convert the training state into the JSON
 *	  layout, then derive and validate exactly as a decoded model is.
 *
 * Not here: decoding a stored model (textmodel_read.c), which ends in the
 * same derivation.
 */
#include "textmodel.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "textmodel_int.h"

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

/* qsort order of uint64_t values. */
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

/* qsort order of (key, value) pairs by key. */
static int
pair_cmp(const void *a, const void *b)
{
	const tm_pair *x = a;
	const tm_pair *y = b;

	return x->key < y->key ? -1 : (x->key > y->key ? 1 : 0);
}

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

/* Finish training: prune, build the layout and derive it as a decoded model is. */
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
	if (!tm_prune_contexts(m, m->max_contexts,
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
	tm_free_training(m);
	if (!tm_derive_model(m, err))
	{
		m->oom = true;			/* unusable */
		return false;
	}
	m->finished = true;
	return true;
}

/* The scalar members of a model: lengths, alphabet, rare values, root; false when inconsistent. */
static bool
derive_check_header(const sm_textmodel *m, sm_error *err)
{
	uint32_t	i;

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
	return true;
}

/* The trie shape: breadth first, children sorted, depth below the order; sets kid0. */
static bool
derive_trie_shape(sm_textmodel *m, uint8_t *depth, sm_error *err)
{
	char		path[64];
	uint32_t	i;
	uint64_t	nextchild = 1;

	for (i = 0; i < m->nctx; i++)
	{
		uint32_t	j;

		sm_json_path_index(path, sizeof(path), "kids", i);
		if (i > 0 && i >= nextchild)
		{
			sm_error_set(err, SM_EINVAL, path,
						 "context %u has no parent", i);
			return false;
		}
		if (m->ctx[i].nkids > m->nctx - nextchild)
		{
			sm_error_set(err, SM_EINVAL, path,
						 "more child contexts than contexts");
			return false;
		}
		if (m->ctx[i].nkids > 0 && (depth[i] + 1 >= m->order ||
									(i > 0 && m->ctx[i].sym == 0)))
		{
			sm_error_set(err, SM_EINVAL, path,
						 "context %u cannot have children", i);
			return false;
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
				return false;
			}
		}
		nextchild += m->ctx[i].nkids;
	}
	if (nextchild != m->nctx)
	{
		sm_error_set(err, SM_EINVAL, "kids",
					 "child counts do not add up to the number of contexts");
		return false;
	}
	return true;
}

/* The transitions: ascending successors, positive counts, bounded sums; sets tr0, total and running counts. */
static bool
derive_transitions(sm_textmodel *m, sm_error *err)
{
	char		path[64];
	uint32_t	i;
	uint64_t	tr = 0;

	for (i = 0; i < m->nctx; i++)
	{
		uint64_t	sum = 0;
		uint32_t	j;

		sm_json_path_index(path, sizeof(path), "ntrans", i);
		if (m->ctx[i].ntrans < 1 || m->ctx[i].ntrans > m->ntr - tr)
		{
			sm_error_set(err, SM_EINVAL, path,
						 "transition count out of range");
			return false;
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
				return false;
			}
			if (m->tr[j].cum < 1 || m->tr[j].cum > MAX_COUNT - sum)
			{
				sm_json_path_index(path, sizeof(path), "count", j);
				sm_error_set(err, SM_EINVAL, path,
							 "count out of range");
				return false;
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
		return false;
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
				return false;
			}
	}
	return true;
}

/*
 * Check the layout (from training or from JSON) and derive the lookup
 * arrays kid0, tr0, total; counts in cum become running sums.  Paths name
 * the JSON members.  Shared by finish and from_json so that a trained model
 * always passes the decoder's checks.
 */
bool
tm_derive_model(sm_textmodel *m, sm_error *err)
{
	uint8_t    *depth = NULL;
	bool		ok = false;

	if (!derive_check_header(m, err))
		return false;
	depth = sm_calloc(m->nctx, sizeof(uint8_t));
	if (depth == NULL)
	{
		sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		goto done;
	}

	if (!derive_trie_shape(m, depth, err) || !derive_transitions(m, err))
		goto done;

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
