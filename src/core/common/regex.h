/*
 * regex.h
 *	  Regular expressions of "pattern" columns: validation, random sampling,
 *	  counting, unique enumeration and matching.
 *
 * The accepted syntax is a subset of PostgreSQL's advanced regular
 * expressions (ARE), with the same meaning, so that every generated string
 * satisfies PostgreSQL's ~ operator.  A pattern describes whole values:
 * "^" / "\A" at the start and "$" / "\Z" at the end are accepted and
 * ignored; anchors anywhere else are rejected.
 *
 * Supported: literals (UTF-8), ".", escapes \. \\ \- \/ \[ \] \( \) \{ \}
 * \* \+ \? \| \^ \$ (any non-alphanumeric character after a backslash is
 * itself), \n \t \r \f \v \a \e, \xH... (greedy hex digits, as PostgreSQL
 * reads them), \uHHHH, \UHHHHHHHH, \cX, shorthand classes \d \w \s \D \W \S,
 * bracket expressions with ranges, negation and the POSIX classes alpha,
 * digit, alnum, upper, lower, space, punct, xdigit, blank, cntrl, print,
 * graph and word; groups ( ), (?: ), comments (?#...), alternation with
 * empty branches, and the quantifiers * + ? {n} {n,} {n,m} with their lazy
 * "?" forms (same language).
 *
 * Unsupported, rejected with SM_EUNSUPPORTED: back-references, octal
 * escapes, look-ahead/look-behind constraints, named groups, embedded
 * options, word boundaries (\b outside brackets, \B \y \Y \m \M), collating
 * elements [. .] and equivalence classes [= =], director prefixes ***, and
 * anchors that are not at the edges of the pattern.
 *
 * Two languages are involved.  sm_regex_matches() tests the real
 * (unbounded) language.  Generation uses the bounded language: "*", "+" and
 * "{n,}" repeat at most n + SM_REGEX_UNBOUNDED_EXTRA times, "." and negated
 * classes draw from printable ASCII (0x20-0x7E) only, and NUL and UTF-16
 * surrogates never appear.  The named classes are the ASCII ones (as in the
 * C.UTF-8 locale); PostgreSQL in other locales may also accept non-ASCII
 * letters for [[:alpha:]], \w and so on.
 *
 * Counting and enumeration run on a deterministic automaton of the bounded
 * language, built at compile time: when it fits the limits below, the
 * count is exact and sm_regex_nth() is a bijection from [0, count) onto the
 * bounded language (in code-point lexicographic order), whatever the
 * pattern's ambiguity.  Otherwise (pathological patterns such as
 * (a|b){0,30}a(a|b){20}, whose automaton has millions of states; compile
 * time stays below about 0.1 s) the pattern is not enumerable, the count
 * is an upper bound (the number of parse trees) and sm_regex_nth() may
 * repeat strings.
 */
#ifndef SM_REGEX_H
#define SM_REGEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rng.h"
#include "sm_common.h"

/* Longest accepted pattern, in bytes. */
#define SM_REGEX_MAX_PATTERN 4096
/* Largest {n,m} bound: PostgreSQL's own limit (DUPMAX, 255). */
#define SM_REGEX_MAX_REPEAT 255
/* "*", "+" and "{n,}" generate at most min + SM_REGEX_UNBOUNDED_EXTRA. */
#define SM_REGEX_UNBOUNDED_EXTRA 8
/* Most syntax-tree nodes (about one per literal, class or group). */
#define SM_REGEX_MAX_NODES 2048
/* Deepest nesting of groups. */
#define SM_REGEX_MAX_DEPTH 32
/*
 * Largest size of the pattern with its counted repetitions written out
 * (e.g. (ab){10} has size 21): bounds the length of generated strings, the
 * work of sampling and the size of the matching automaton.
 */
#define SM_REGEX_MAX_EXPANSION 16384
/* Largest deterministic automaton built for counting and enumeration. */
#define SM_REGEX_MAX_DFA_STATES 65536

typedef struct sm_regex sm_regex;

/* Compile a pattern of len bytes; NULL (and *err filled) on error. */
extern sm_regex *sm_regex_compile(const char *pattern, size_t len,
								  sm_error *err);
extern void sm_regex_free(sm_regex *re);

/* The bounded language is empty (e.g. [^\s\S]); nothing can be generated. */
extern bool sm_regex_is_empty(const sm_regex *re);

/* Shortest and longest strings of the bounded language, in characters. */
extern size_t sm_regex_min_length(const sm_regex *re);
extern size_t sm_regex_max_length(const sm_regex *re);

/*
 * Number of strings of the bounded language: exact when enumerable (as a
 * double it is exact below 2^53 and +inf when beyond the double range);
 * otherwise an upper bound.
 */
extern double sm_regex_count(const sm_regex *re);

/* Append a random string of the bounded language (UTF-8); false on OOM. */
extern bool sm_regex_sample(const sm_regex *re, sm_rng *rng, sm_buf *out);

/* True when sm_regex_nth() is injective and sm_regex_count() exact. */
extern bool sm_regex_enumerable(const sm_regex *re);

/*
 * Append the k-th string of the bounded language; false when k is not below
 * the count (or on OOM).  Distinct k give distinct strings when enumerable.
 */
extern bool sm_regex_nth(const sm_regex *re, uint64_t k, sm_buf *out);

/*
 * Whether s (len bytes of UTF-8) is entirely in the unbounded language.
 * Runs an NFA simulation: O(len * automaton size), never exponential.
 * False for invalid UTF-8 (and if memory runs out).
 */
extern bool sm_regex_matches(const sm_regex *re, const char *s, size_t len);

#endif							/* SM_REGEX_H */
