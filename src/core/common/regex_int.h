/*
 * regex_int.h
 *	  Private declarations shared by the parts of the regular-expression
 *	  engine.
 *
 * Pipeline:
 *	1. A recursive-descent parser (nesting bounded by SM_REGEX_MAX_DEPTH)
 *	   builds a syntax tree in an index-linked node array.  Every character
 *	   class, literal or not, is a pair of code-point range sets: the
 *	   "match" set (real semantics) and the "gen" set (what generation may
 *	   produce: printable ASCII for "." and negated classes, never NUL or
 *	   surrogates).
 *	2. A bottom-up analysis computes, for the bounded language (unbounded
 *	   repetitions capped at min + SM_REGEX_UNBOUNDED_EXTRA), emptiness,
 *	   length bounds, the number of parse trees and the expanded size, and
 *	   checks anchor positions.
 *	3. Two Thompson NFA programs are emitted: the unbounded one over the
 *	   match sets (for sm_regex_matches, simulated with a visited-set, so
 *	   linear in the input), and the bounded one over the gen sets, which is
 *	   determinised by subset construction.  The bounded language is finite,
 *	   so that DFA is acyclic: counting its accepting paths gives the exact
 *	   size of the language, and unranking along the counts gives a
 *	   bijection from [0, count) to the language.  When the DFA would exceed
 *	   its limits the regex falls back to parse-tree counting / unranking,
 *	   which is an upper bound and not injective for ambiguous patterns.
 *
 * Sampling walks the syntax tree: uniform branch, uniform repetition count
 * in [min, max], uniform class member.
 *
 * The parts: regex_util.c (arithmetic, errors, UTF-8, range sets),
 * regex_parse_atom.c and regex_parse.c (the parser), regex_analyze.c
 * (analysis and NFA programs), regex_dfa.c (the enumeration DFA),
 * regex_sample.c (sampling and unranking) and regex.c (the public API).
 *
 * Only for src/core/common/regex*.c; everything else uses regex.h.
 */
#ifndef REGEX_INT_H
#define REGEX_INT_H

#include "regex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RX_MAX_CP 0x10FFFF

/* A closed range of code points. */
typedef struct rx_range
{
	uint32_t	lo;
	uint32_t	hi;
} rx_range;

/* A growable vector of ranges, used while building classes. */
typedef struct rx_rvec
{
	rx_range   *r;
	size_t		n;
	size_t		cap;
} rx_rvec;

/* A stored range, with the number of members in the ranges before it. */
typedef struct rx_srange
{
	uint32_t	lo;
	uint32_t	hi;
	uint32_t	cum;
} rx_srange;

/* A stored set: ranges[off .. off + n), "size" code points in all. */
typedef struct rx_set
{
	uint32_t	off;
	uint32_t	n;
	uint32_t	size;
} rx_set;

typedef enum rx_kind
{
	RX_EMPTY,					/* the empty string */
	RX_SET,						/* one character of a set */
	RX_CAT,						/* concatenation of the children */
	RX_ALT,						/* alternation of the children */
	RX_REP,						/* child repeated min..max (-1: unbounded) */
	RX_BOL,						/* start anchor (validated, then empty) */
	RX_EOL						/* end anchor (validated, then empty) */
} rx_kind;

typedef struct rx_node
{
	rx_kind		kind;
	uint32_t	offset;			/* byte offset in the pattern */
	int32_t		child;			/* first child (CAT, ALT, REP) */
	int32_t		next;			/* next sibling */
	int32_t		gen_set;		/* RX_SET */
	int32_t		match_set;		/* RX_SET */
	int32_t		min;			/* RX_REP */
	int32_t		max;			/* RX_REP; -1 when unbounded */
	/* analysis of the bounded language */
	bool		empty;			/* no string at all */
	bool		null_only;		/* can only match the empty string */
	uint32_t	nalive;			/* RX_ALT: branches that are not empty */
	uint64_t	minlen;
	uint64_t	maxlen;
	uint64_t	cnt;			/* parse trees, saturating */
	double		cntd;			/* same, as a double */
	uint64_t	exp;			/* size with counted repetitions expanded */
} rx_node;

typedef enum rx_op
{
	RX_OP_CHAR,					/* consume a character of set x */
	RX_OP_SPLIT,				/* continue at x and at y */
	RX_OP_JMP,					/* continue at x */
	RX_OP_MATCH					/* accept */
} rx_op;

typedef struct rx_inst
{
	int32_t		op;
	int32_t		x;
	int32_t		y;
} rx_inst;

typedef struct rx_prog
{
	rx_inst    *code;
	size_t		n;
	size_t		cap;
} rx_prog;

/* A state of the enumeration DFA; its transitions are dtrans[toff..+tn). */
typedef struct rx_dstate
{
	bool		accept;
	uint32_t	toff;
	uint32_t	tn;
	uint64_t	cnt;			/* strings accepted from here, saturating */
	double		cntd;
} rx_dstate;

typedef struct rx_dtrans
{
	uint32_t	lo;
	uint32_t	hi;
	uint32_t	target;
} rx_dtrans;

struct sm_regex
{
	rx_node    *nodes;
	size_t		nnodes;
	size_t		capnodes;
	int32_t		root;
	rx_set	   *sets;
	size_t		nsets;
	size_t		capsets;
	rx_srange  *ranges;
	size_t		nranges;
	size_t		capranges;
	rx_prog		match;			/* unbounded program over the match sets */
	bool		have_dfa;
	rx_dstate  *dstates;
	size_t		ndstates;
	rx_dtrans  *dtrans;
	size_t		ndtrans;
};

/* A named class (ASCII definitions, as in PostgreSQL's C.UTF-8 locale). */
typedef struct rx_class_def
{
	const char *name;
	const rx_range *r;
	size_t		n;
} rx_class_def;

/* Parser state. */
typedef struct rx_parser
{
	sm_regex   *re;
	const unsigned char *pat;
	size_t		len;
	size_t		pos;
	int			depth;
	sm_error   *err;
} rx_parser;

/* What an escape sequence stands for. */
typedef enum rx_esc_kind
{
	RX_ESC_CHAR,
	RX_ESC_CLASS,
	RX_ESC_BOL,
	RX_ESC_EOL
} rx_esc_kind;

typedef struct rx_esc
{
	rx_esc_kind kind;
	uint32_t	cp;
	const rx_class_def *cls;
	bool		negated;
} rx_esc;

/* Saturating 64-bit addition. */
static inline uint64_t
rx_sat_add(uint64_t a, uint64_t b)
{
	return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

/* Saturating 64-bit multiplication. */
static inline uint64_t
rx_sat_mul(uint64_t a, uint64_t b)
{
	if (a != 0 && b > UINT64_MAX / a)
		return UINT64_MAX;
	return a * b;
}

/* The byte at pos + ahead, or -1 past the end. */
static inline int
rx_peek(const rx_parser *ps, size_t ahead)
{
	if (ps->pos + ahead >= ps->len)
		return -1;
	return ps->pat[ps->pos + ahead];
}

/* Whether c is an ASCII digit. */
static inline bool
rx_isdigit(int c)
{
	return c >= '0' && c <= '9';
}

/* regex_util.c */
extern bool rx_error(sm_error *err, sm_errcode code, size_t offset, const char *fmt,...)
			__attribute__((format(printf, 4, 5)));
extern bool rx_oom(sm_error *err);
extern bool rx_grow(void **arr, size_t *cap, size_t need, size_t elsize);
extern bool rx_utf8_decode(const unsigned char *s, size_t len, size_t *pos, uint32_t *cp);
extern bool rx_utf8_put(sm_buf *out, uint32_t cp);
extern bool rx_rvec_add(rx_rvec *v, uint32_t lo, uint32_t hi);
extern void rx_rvec_normalize(rx_rvec *v);
extern bool rx_rvec_add_inter(rx_rvec *out, const rx_range *a, size_t na, const rx_range *b, size_t nb);
extern bool rx_rvec_add_diff(rx_rvec *out, const rx_range *a, size_t na, const rx_range *b, size_t nb);
extern bool rx_add_class(rx_rvec *m, rx_rvec *g, const rx_class_def *cls, bool negated);
extern int32_t rx_store_set(sm_regex *re, const rx_rvec *v);
extern uint32_t rx_set_member(const sm_regex *re, int32_t set, uint32_t idx);
extern bool rx_set_contains(const sm_regex *re, int32_t set, uint32_t cp);
extern const rx_range rx_universe[];
extern const rx_range rx_printable[];

/* regex_parse_atom.c */
extern bool rx_at_quantifier(const rx_parser *ps);
extern int32_t rx_new_node(rx_parser *ps, rx_kind kind, size_t offset);
extern int32_t rx_make_class(rx_parser *ps, rx_rvec *m, rx_rvec *g, bool negated, size_t offset);
extern int32_t rx_make_literal(rx_parser *ps, uint32_t cp, size_t offset);
extern int32_t rx_make_named(rx_parser *ps, const rx_class_def *cls, bool negated, size_t offset);
extern bool rx_parse_escape(rx_parser *ps, bool in_bracket, rx_esc *out);
extern int32_t rx_parse_bracket(rx_parser *ps);

/* regex_parse.c */
extern int32_t rx_parse_alt(rx_parser *ps);

/* regex_analyze.c */
extern bool rx_analyze(sm_regex *re, int32_t id, sm_error *err);
extern bool rx_check_anchors(const sm_regex *re, int32_t id, bool at_start, bool at_end, sm_error *err);
extern bool rx_build_prog(const sm_regex *re, rx_prog *p, bool bounded);
extern size_t rx_add_thread(const rx_prog *p, int32_t pc, uint64_t *mark, uint64_t stamp, int32_t *list, size_t *nlist, int32_t *stack);

/* regex_dfa.c */
extern bool rx_build_dfa(sm_regex *re, const rx_prog *prog);

/* regex_sample.c */
extern bool rx_sample_node(const sm_regex *re, int32_t id, sm_rng *rng, sm_buf *out);
extern bool rx_unrank_node(const sm_regex *re, int32_t id, uint64_t k, sm_buf *out);
extern bool rx_unrank_dfa(const sm_regex *re, uint64_t k, sm_buf *out);

#endif							/* REGEX_INT_H */
