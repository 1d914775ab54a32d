/*
 * textmodel_int.h
 *	  Private declarations shared by the parts of the character n-gram text
 *	  model.
 *
 * The training state and the packed layout of a finished model (contexts,
 * transitions, the rare-value filter); see textmodel.h for the design.
 *
 * The parts: textmodel_map.c (hash map, UTF-8, hashing), textmodel.c
 * (construction and training), textmodel_finish.c (finishing and
 * derivation), textmodel_sample.c (sampling), textmodel_write.c and
 * textmodel_read.c (the JSON encoding).
 *
 * Only for src/core/generate/textmodel*.c; everything else uses
 * textmodel.h.
 */
#ifndef TEXTMODEL_INT_H
#define TEXTMODEL_INT_H

#include "textmodel.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Training keys pack (node << SYM_BITS | code point): 32 + 21 bits. */
#define SYM_BITS		21

#define SYM_MASK		((UINT64_C(1) << SYM_BITS) - 1)

#define MAP_EMPTY		UINT64_MAX

#define MAX_COUNT		(UINT64_C(1) << 53) /* exact in a JSON number */

#define FORMAT_NAME		"synthmig.textmodel"

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

/* textmodel_map.c */
extern bool tm_map_init(tm_map *mp, size_t n);
extern void tm_map_free(tm_map *mp);
extern size_t tm_map_slot(const tm_map *mp, uint64_t key);
extern uint64_t *tm_map_upsert(tm_map *mp, uint64_t key, bool *isnew);
extern size_t tm_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);
extern uint64_t tm_value_hash(uint64_t key, const char *s, size_t len);

/* textmodel.c */
extern void tm_free_training(sm_textmodel *m);
extern bool tm_prune_contexts(sm_textmodel *m, size_t keep, size_t budget);

/* textmodel_finish.c */
extern bool tm_derive_model(sm_textmodel *m, sm_error *err);

/* textmodel_write.c */
extern const char tm_b64chars[];

#endif							/* TEXTMODEL_INT_H */
