/*
 * wordmodel.h
 *	  A learned token-template and word model of a text column: codes,
 *	  e-mail addresses, phone numbers, names, cities, addresses and free
 *	  text generated from real words and the column's own layouts.
 *
 * Tokens.  A value is cut into runs of letters (ASCII letters and any
 * non-ASCII character), runs of digits and runs of other characters
 * (separators: spaces, punctuation).  In a value with exactly one '@'
 * that is neither first nor last, everything after the '@' is one token
 * (the domain).  The template of a value is its token sequence with the
 * separators written out and letters/digits as slots: "+1 (403) 262-3443"
 * is "+" N " (" N ") " N "-" N, "luisg@embraer.com.br" is W "@" D.
 *
 * Template mode.  Templates seen at least k times (k = the privacy
 * threshold, synthmig.rare_min_count) are kept with their weights, at most
 * SM_WORDMODEL_MAX_TEMPLATES of them; a slot keeps the forms (exact token
 * strings) seen at least k times in it, with their counts, plus the mass
 * of the rarer forms.  Generation draws a template, then every slot: a
 * kept form with its frequency, or in place of a rare form a replacement
 * of the same kind: a word of the built-in vocabulary class most of the
 * slot's words belong to (first names, last names, cities, countries,
 * street words, states, common words; textvocab.h), written in the case
 * most rare forms had; digits of a length drawn from the rare forms'
 * lengths; a domain of the built-in list of public mail providers when no
 * domain is frequent.  Separators are kept exactly, so a generated value
 * always matches one of the column's frequent templates.
 *
 * Free mode.  When the kept templates cover less than half of the values
 * (notes, titles, long names), values are sequences of whitespace-separated
 * words: the number of words follows the column's distribution, the first
 * word and the others are drawn from the words seen at least k times in
 * that position, rare words replaced by built-in words of the slot's class.
 *
 * Privacy.  Only forms and templates seen at least k times are stored, so
 * no rare token is kept; a whole generated value can still equal a rare
 * training value by chance (a common first name and a common last name),
 * which the caller's exclusion set of rare-value hashes refuses.
 *
 * Targets.  Counts come from every training value; the weights of
 * templates and forms come from the target values only (the values of the
 * other bucket, when the common ones are stored as categories), so the
 * generator reproduces the structure of the values it stands for.
 *
 * Length.  A generated value longer than max_length code points is drawn
 * again (up to SM_WORDMODEL_ATTEMPTS times); after that free text drops
 * words from the end and a template value is cut.
 *
 * JSON layout (sm_wordmodel_write_json; docs/model-format.md):
 *	{"format": "synthmig.wordmodel", "version": 1, "mode": "template"|"free",
 *	 "max_length": n (-1: none),
 *	 "templates": [{"weight": w, "slots": [SLOT...]}...],	template mode
 *	 "words": [w0, w1, ...], "first": SLOT, "rest": SLOT}		free mode
 *	SLOT: {"type": "sep", "text": "..."} or
 *		  {"type": "word"|"num"|"domain", "forms": [...], "counts": [...],
 *		   "rare": r, "class": "first_name"|...|"none", "case": 0..3,
 *		   "lens": [counts of rare lengths 0..n], "lead0": bool}
 * "words"[i] counts the values of i words.
 */
#ifndef SM_WORDMODEL_H
#define SM_WORDMODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "json.h"
#include "rng.h"
#include "sm_common.h"

#define SM_WORDMODEL_MAX_TEMPLATES	64
#define SM_WORDMODEL_MAX_TOKENS		32	/* tokens of a template */
#define SM_WORDMODEL_MAX_FORMS		4096	/* kept forms per slot */
#define SM_WORDMODEL_MAX_WORDS		256 /* words of a free-text value */
#define SM_WORDMODEL_MAX_DIGITS		32	/* digits of a generated number */
#define SM_WORDMODEL_MAX_LETTERS	64	/* letters of a replacement word */
#define SM_WORDMODEL_ATTEMPTS		8

typedef struct sm_wordmodel sm_wordmodel;

/* One distinct training value, its count and how many are targets. */
typedef struct sm_wm_value
{
	const char *s;
	size_t		len;
	uint64_t	count;
	uint64_t	target;
} sm_wm_value;

/*
 * Fit on n distinct values; k >= 1 is the privacy threshold, max_length
 * the column's limit in code points (-1: none), name the column's name (a
 * hint of the vocabulary class: first_name, city...; may be NULL).  NULL with err set
 * (SM_ENOMEM, SM_EINVAL when no value is given).
 */
extern sm_wordmodel *sm_wordmodel_fit(const sm_wm_value *v, size_t n, int k,
									  int max_length, const char *name,
									  sm_error *err);

/* Append one value drawn with r; false on allocation failure. */
extern bool sm_wordmodel_sample(const sm_wordmodel *m, sm_rng *r, sm_buf *out);

/*
 * A regular expression of the most frequent template (constant parts kept,
 * slots as character classes or alternations of their frequent forms), for
 * unique columns, which enumerate a pattern; NULL (not an error) in free
 * mode or on allocation failure (*oom set).
 */
extern char *sm_wordmodel_unique_pattern(const sm_wordmodel *m, bool *oom);

extern bool sm_wordmodel_write_json(const sm_wordmodel *m, sm_buf *out);

/* Decode and validate; errors SM_EINVAL with a path relative to the model. */
extern sm_wordmodel *sm_wordmodel_from_json(const sm_json *j, sm_error *err);

extern void sm_wordmodel_free(sm_wordmodel *m);

/* Introspection: "template" or "free", number of templates. */
extern const char *sm_wordmodel_mode(const sm_wordmodel *m);
extern size_t sm_wordmodel_templates(const sm_wordmodel *m);

#endif							/* SM_WORDMODEL_H */
