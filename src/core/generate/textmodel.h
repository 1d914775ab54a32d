/*
 * textmodel.h
 *	  A learned character-level n-gram model for free text: names, titles,
 *	  cities, company names.
 *
 * Training (sm_textmodel_add for every value, then sm_textmodel_finish)
 * counts, for every position of every value, which code point follows the
 * preceding order-1 code points.  Values are framed by a start marker (the
 * context of the first characters) and an end marker (the event that ends
 * a value).  Contexts form a suffix trie: the context "ab" (b nearest) is a
 * child of "b", which is a child of the empty root context, so an unseen
 * long context always backs off to a seen shorter one and sampling never
 * gets stuck.  Sampling walks to the deepest known context and draws with
 * Witten-Bell back-off: at a context seen C times with T distinct
 * successors it draws from its own counts with probability C / (C + T) and
 * otherwise backs off one level; the root draws from its own counts.  The
 * first character never backs off past the start-marker context, so values
 * begin the way training values begin (capitalised names stay so).
 *
 * Lengths: samples never end before the shortest training value (the end
 * marker is excluded until then) and are cut at the longest one, so a
 * sample always has between min_len and max_len code points.  A draw that
 * reaches max_len without drawing the end marker would end mid-word, so it
 * is redrawn like a rare value and only used if all attempts are cut.
 * Training values are cut to SM_TEXTMODEL_MAX_LEN code points; invalid
 * UTF-8 bytes and NUL bytes are skipped.
 *
 * Privacy: a training value seen fewer than min_count_verbatim times
 * (default 5) is never emitted verbatim; a value seen at least that many
 * times may be, since it is a common value rather than an individual
 * record.  min_count_verbatim = 1 disables the rule.  The model stores no
 * training value, only a sorted set of 64-bit keyed hashes of the rare ones
 * (hash_key; the glue should pass a random key per model, e.g. from
 * pg_strong_random, so hashes cannot be compared across models or looked
 * up in precomputed tables; the hash is a fast mixer, not a cryptographic
 * MAC, so a short guessed value can still be confirmed by whoever holds the
 * model).  A sample that hits the set is redrawn on a fresh random stream
 * up to SM_TEXTMODEL_ATTEMPTS times; after that the last draw is perturbed
 * deterministically (append a character drawn from the model, or replace
 * one) until it is not rare, up to SM_TEXTMODEL_PERTURB steps.  Only a
 * degenerate model whose whole output space is rare values can exhaust
 * that (then SM_EDATA).  A 64-bit hash collision could, with probability
 * about nrare / 2^64 per sample, block a harmless value; never the reverse.
 *
 * Size: contexts are pruned to max_contexts, and their transitions to
 * 2 * max_contexts (the root's are always kept), by dropping the rarest
 * contexts first (deeper before shallower on ties); a context is never
 * seen more often than its parent, so keeping a prefix of that ranking
 * leaves the kept set closed under back-off.  While training, the trie is
 * pruned the same way whenever it outgrows twice those limits (at least
 * 4096 contexts), which bounds memory at the price of slightly
 * undercounting contexts that were dropped and seen again.  Memory while
 * training: about 60 bytes per context, 40 per distinct context/successor
 * pair, 40 per distinct training value; the worst case measured (100k
 * random strings, order 6, default limits) peaked at 120 MB.  The JSON of
 * 100k real-looking names is 0.2-0.3 MB, about 11 bytes of it per rare
 * value; the limits cap it near 3 MB plus the rare set.
 *
 * JSON layout (sm_textmodel_write_json; every member required, unknown
 * members ignored):
 *
 *	{"format": "synthmig.textmodel", "version": 1,
 *	 "order": n,					1..6; contexts hold up to n-1 characters
 *	 "min_count_verbatim": k,		values seen fewer times are rare
 *	 "hash_key": "16 hex digits",	key of the rare-value hashes
 *	 "strings": N,				number of training values
 *	 "min_len": a, "max_len": b,	code points, a <= b <= SM_TEXTMODEL_MAX_LEN
 *	 "alphabet": "...",			the training code points, strictly ascending;
 *								symbol i >= 1 is the i-th of them (1-based)
 *								and symbol 0 the start/end marker
 *	 "kids":   [...],			per context, number of child contexts
 *	 "sym":    [...],			per context, the symbol it adds in front of
 *								its parent's context (0: the start marker,
 *								which nothing extends); 0 for the root
 *	 "ntrans": [...],			per context, number of distinct successors
 *	 "next":   [...],			successor symbols, context by context,
 *								strictly ascending within a context (0: end)
 *	 "count":  [...],			how often each successor followed (>= 1)
 *	 "nrare": r,
 *	 "rare": "base64"}			r big-endian 64-bit hashes, strictly ascending
 *
 * Contexts are listed breadth first (the root is context 0 and the
 * children of context i follow those of context i-1, ordered by symbol), so
 * parents are implicit.  The decoder checks all of it: integer ranges,
 * array lengths, the trie shape, depth < order, counts (each context at
 * most as frequent as its parent, the root's end count equal to strings,
 * the root predicting every alphabet symbol), UTF-8 and order of the
 * alphabet, the rare set.  Errors are SM_EINVAL with the JSON path.
 *
 * Speed (gcc -O2, CPU time, 100k values of 9-16 bytes): training 7 to 27
 * million characters per second on names and words, 1.2 million in the
 * worst case (random letters at order 6, pruning all the time); sampling
 * 0.4 to 2 million values per second, 0.3 million from the pruned
 * random-letter model.
 */
#ifndef SM_TEXTMODEL_H
#define SM_TEXTMODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "json.h"
#include "sm_common.h"

#define SM_TEXTMODEL_MAX_ORDER		6
#define SM_TEXTMODEL_MAX_LEN		10000	/* code points per value */
#define SM_TEXTMODEL_MAX_CONTEXTS	(1 << 24)
#define SM_TEXTMODEL_MAX_TRANS		(1 << 26)
#define SM_TEXTMODEL_MAX_K			1000000
#define SM_TEXTMODEL_ATTEMPTS		16	/* redraws before perturbing */
#define SM_TEXTMODEL_PERTURB		64	/* perturbation steps */

typedef struct sm_textmodel sm_textmodel;

typedef struct sm_textmodel_opts
{
	int			order;			/* n, default 3 (context of n-1 chars), 1..6 */
	int			min_count_verbatim; /* default 5; 1..SM_TEXTMODEL_MAX_K */
	size_t		max_contexts;	/* memory cap, default 200000 */
	uint64_t	hash_key;		/* key of the rare-value hashes */
} sm_textmodel_opts;

extern void sm_textmodel_default_opts(sm_textmodel_opts *o);

/* A model ready for training; NULL with SM_EINVAL / SM_ENOMEM. */
extern sm_textmodel *sm_textmodel_new(const sm_textmodel_opts *o,
									  sm_error *err);

/*
 * One training value (UTF-8; invalid bytes and NUL skipped).  False on
 * allocation failure (finish then reports SM_ENOMEM) or after finish.
 */
extern bool sm_textmodel_add(sm_textmodel *m, const char *s, size_t len);

/*
 * Build the sampling tables.  SM_EINVAL without training values, SM_ENOMEM.
 * On failure the model can only be freed.
 */
extern bool sm_textmodel_finish(sm_textmodel *m, sm_error *err);

/*
 * Append one sample for (seed, row) to out: the same pair always gives the
 * same string.  False on allocation failure or when no value that is not
 * rare could be produced (see above); out is then unchanged.
 */
extern bool sm_textmodel_sample(const sm_textmodel *m, uint64_t seed,
								uint64_t row, sm_buf *out);

/* The same with an error report (SM_ENOMEM, SM_EDATA, SM_EINVAL). */
extern bool sm_textmodel_sample_err(const sm_textmodel *m, uint64_t seed,
									uint64_t row, sm_buf *out, sm_error *err);

/* Append the model as a compact JSON object; false on allocation failure. */
extern bool sm_textmodel_write_json(const sm_textmodel *m, sm_buf *out);

/* Decode and validate a model written by sm_textmodel_write_json. */
extern sm_textmodel *sm_textmodel_from_json(const sm_json *v, sm_error *err);

extern void sm_textmodel_free(sm_textmodel *m);

/* Introspection, for tests and reports. */
typedef struct sm_textmodel_info
{
	int			order;
	int			min_count_verbatim;
	uint64_t	strings;		/* training values */
	size_t		alphabet;		/* distinct code points */
	size_t		contexts;
	size_t		transitions;
	size_t		rare;			/* distinct rare training values */
	uint32_t	min_len;
	uint32_t	max_len;
} sm_textmodel_info;

/* False if the model is not finished. */
extern bool sm_textmodel_get_info(const sm_textmodel *m,
								  sm_textmodel_info *info);

#endif							/* SM_TEXTMODEL_H */
