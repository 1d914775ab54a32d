/*
 * regex.c
 *	  Regular expressions of "pattern" columns (see regex.h for the syntax).
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
 */
#include "regex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RX_MAX_CP 0x10FFFF
/* Budgets of the subset construction, beyond which we give up the DFA. */
#define RX_DFA_MAX_TRANS (1 << 20)
#define RX_DFA_MAX_KEYS (1 << 21)
#define RX_DFA_MAX_WORK (UINT64_C(1) << 22)

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

/* Characters a text value may hold: no NUL, no UTF-16 surrogates. */
static const rx_range rx_universe[] = {{0x1, 0xD7FF}, {0xE000, RX_MAX_CP}};
/* What "." and negated classes generate. */
static const rx_range rx_printable[] = {{0x20, 0x7E}};

static const rx_range rx_r_alpha[] = {{'A', 'Z'}, {'a', 'z'}};
static const rx_range rx_r_digit[] = {{'0', '9'}};
static const rx_range rx_r_alnum[] = {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}};
static const rx_range rx_r_upper[] = {{'A', 'Z'}};
static const rx_range rx_r_lower[] = {{'a', 'z'}};
static const rx_range rx_r_space[] = {{0x09, 0x0D}, {0x20, 0x20}};
static const rx_range rx_r_punct[] = {{0x21, 0x2F}, {0x3A, 0x40}, {0x5B, 0x60},
{0x7B, 0x7E}};
static const rx_range rx_r_xdigit[] = {{'0', '9'}, {'A', 'F'}, {'a', 'f'}};
static const rx_range rx_r_blank[] = {{0x09, 0x09}, {0x20, 0x20}};
static const rx_range rx_r_cntrl[] = {{0x01, 0x1F}, {0x7F, 0x7F}};
static const rx_range rx_r_print[] = {{0x20, 0x7E}};
static const rx_range rx_r_graph[] = {{0x21, 0x7E}};
static const rx_range rx_r_word[] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'},
{'a', 'z'}};

/* A named class (ASCII definitions, as in PostgreSQL's C.UTF-8 locale). */
typedef struct rx_class_def
{
	const char *name;
	const rx_range *r;
	size_t		n;
} rx_class_def;

#define RX_CLASS(name, arr) {name, arr, sizeof(arr) / sizeof(arr[0])}
static const rx_class_def rx_classes[] = {
	RX_CLASS("alpha", rx_r_alpha),
	RX_CLASS("digit", rx_r_digit),
	RX_CLASS("alnum", rx_r_alnum),
	RX_CLASS("upper", rx_r_upper),
	RX_CLASS("lower", rx_r_lower),
	RX_CLASS("space", rx_r_space),
	RX_CLASS("punct", rx_r_punct),
	RX_CLASS("xdigit", rx_r_xdigit),
	RX_CLASS("blank", rx_r_blank),
	RX_CLASS("cntrl", rx_r_cntrl),
	RX_CLASS("print", rx_r_print),
	RX_CLASS("graph", rx_r_graph),
	RX_CLASS("word", rx_r_word),
};

#define RX_CLASS_DIGIT (&rx_classes[1])
#define RX_CLASS_SPACE (&rx_classes[5])
#define RX_CLASS_WORD (&rx_classes[12])

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

static int32_t rx_parse_alt(rx_parser *ps);


/* ---------- small helpers ---------- */

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

/*
 * Record an error of the given class at a byte offset of the pattern; the
 * message gets a prefix naming the class and the offset.  Returns false.
 */
static bool
rx_error(sm_error *err, sm_errcode code, size_t offset, const char *fmt,...)
			__attribute__((format(printf, 4, 5)));

static bool
rx_error(sm_error *err, sm_errcode code, size_t offset, const char *fmt,...)
{
	char		msg[400];
	char		path[64];
	const char *what;
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	switch (code)
	{
		case SM_EUNSUPPORTED:
			what = "unsupported regular expression feature";
			break;
		case SM_ELIMIT:
			what = "regular expression too complex";
			break;
		default:
			what = "invalid regular expression";
			break;
	}
	snprintf(path, sizeof(path), "offset %zu", offset);
	return sm_error_set(err, code, path, "%s at offset %zu: %s", what, offset,
						msg);
}

/* Record an out-of-memory error; returns false. */
static bool
rx_oom(sm_error *err)
{
	return sm_error_set(err, SM_ENOMEM, "", "out of memory");
}

/* Grow an array of elements of size elsize to hold at least need elements. */
static bool
rx_grow(void **arr, size_t *cap, size_t need, size_t elsize)
{
	size_t		ncap;
	size_t		bytes;
	void	   *n;

	if (need <= *cap)
		return true;
	ncap = *cap ? *cap : 16;
	while (ncap < need)
	{
		if (ncap > SIZE_MAX / 2)
			return false;
		ncap *= 2;
	}
	if (!sm_mul_size(ncap, elsize, &bytes))
		return false;
	n = sm_realloc(*arr, bytes);
	if (n == NULL)
		return false;
	*arr = n;
	*cap = ncap;
	return true;
}

/*
 * Decode one strict UTF-8 character of s[*pos..len) (no overlong forms,
 * surrogates or values above U+10FFFF); false when invalid.
 */
static bool
rx_utf8_decode(const unsigned char *s, size_t len, size_t *pos, uint32_t *cp)
{
	size_t		i = *pos;
	uint32_t	c;
	uint32_t	min;
	size_t		n;

	if (i >= len)
		return false;
	c = s[i];
	if (c < 0x80)
	{
		*cp = c;
		*pos = i + 1;
		return true;
	}
	else if ((c & 0xE0) == 0xC0)
	{
		n = 1;
		c &= 0x1F;
		min = 0x80;
	}
	else if ((c & 0xF0) == 0xE0)
	{
		n = 2;
		c &= 0x0F;
		min = 0x800;
	}
	else if ((c & 0xF8) == 0xF0)
	{
		n = 3;
		c &= 0x07;
		min = 0x10000;
	}
	else
		return false;
	if (len - i - 1 < n)
		return false;
	for (size_t k = 1; k <= n; k++)
	{
		uint32_t	b = s[i + k];

		if ((b & 0xC0) != 0x80)
			return false;
		c = (c << 6) | (b & 0x3F);
	}
	if (c < min || c > RX_MAX_CP || (c >= 0xD800 && c <= 0xDFFF))
		return false;
	*cp = c;
	*pos = i + 1 + n;
	return true;
}

/* Append the UTF-8 encoding of a code point. */
static bool
rx_utf8_put(sm_buf *out, uint32_t cp)
{
	char		b[4];

	return sm_buf_append(out, b, sm_utf8_encode(cp, b));
}


/* ---------- range sets ---------- */

/* Append a range to a vector (not normalised). */
static bool
rx_rvec_add(rx_rvec *v, uint32_t lo, uint32_t hi)
{
	if (!rx_grow((void **) &v->r, &v->cap, v->n + 1, sizeof(rx_range)))
		return false;
	v->r[v->n].lo = lo;
	v->r[v->n].hi = hi;
	v->n++;
	return true;
}

/* qsort comparator of ranges by lower bound. */
static int
rx_range_cmp(const void *a, const void *b)
{
	const rx_range *x = a;
	const rx_range *y = b;

	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return 0;
}

/* Sort a vector and merge overlapping or adjacent ranges. */
static void
rx_rvec_normalize(rx_rvec *v)
{
	size_t		w = 0;

	if (v->n == 0)
		return;
	qsort(v->r, v->n, sizeof(rx_range), rx_range_cmp);
	for (size_t i = 1; i < v->n; i++)
	{
		if (v->r[i].lo <= v->r[w].hi + 1)
		{
			if (v->r[i].hi > v->r[w].hi)
				v->r[w].hi = v->r[i].hi;
		}
		else
			v->r[++w] = v->r[i];
	}
	v->n = w + 1;
}

/* Append a ∩ b to out (a and b sorted and disjoint). */
static bool
rx_rvec_add_inter(rx_rvec *out, const rx_range *a, size_t na,
				  const rx_range *b, size_t nb)
{
	size_t		i = 0,
				j = 0;

	while (i < na && j < nb)
	{
		uint32_t	lo = a[i].lo > b[j].lo ? a[i].lo : b[j].lo;
		uint32_t	hi = a[i].hi < b[j].hi ? a[i].hi : b[j].hi;

		if (lo <= hi && !rx_rvec_add(out, lo, hi))
			return false;
		if (a[i].hi < b[j].hi)
			i++;
		else
			j++;
	}
	return true;
}

/* Append a \ b to out (a and b sorted and disjoint). */
static bool
rx_rvec_add_diff(rx_rvec *out, const rx_range *a, size_t na,
				 const rx_range *b, size_t nb)
{
	size_t		j = 0;

	for (size_t i = 0; i < na; i++)
	{
		uint32_t	cur = a[i].lo;
		bool		done = false;

		while (j < nb && b[j].hi < cur)
			j++;
		for (size_t k = j; k < nb && b[k].lo <= a[i].hi; k++)
		{
			if (b[k].lo > cur && !rx_rvec_add(out, cur, b[k].lo - 1))
				return false;
			if (b[k].hi >= a[i].hi)
			{
				done = true;
				break;
			}
			if (b[k].hi + 1 > cur)
				cur = b[k].hi + 1;
		}
		if (!done && cur <= a[i].hi && !rx_rvec_add(out, cur, a[i].hi))
			return false;
	}
	return true;
}

/*
 * Add a named class (possibly negated, like \D) to the match and gen sets
 * of a class under construction.
 */
static bool
rx_add_class(rx_rvec *m, rx_rvec *g, const rx_class_def *cls, bool negated)
{
	if (!negated)
	{
		for (size_t i = 0; i < cls->n; i++)
		{
			if (!rx_rvec_add(m, cls->r[i].lo, cls->r[i].hi) ||
				!rx_rvec_add(g, cls->r[i].lo, cls->r[i].hi))
				return false;
		}
		return true;
	}
	return rx_rvec_add_diff(m, rx_universe, 2, cls->r, cls->n) &&
		rx_rvec_add_diff(g, rx_printable, 1, cls->r, cls->n);
}

/* Store a normalised range vector as a set; returns its index or -1. */
static int32_t
rx_store_set(sm_regex *re, const rx_rvec *v)
{
	uint32_t	cum = 0;
	rx_set	   *s;

	if (!rx_grow((void **) &re->sets, &re->capsets, re->nsets + 1,
				 sizeof(rx_set)) ||
		!rx_grow((void **) &re->ranges, &re->capranges, re->nranges + v->n,
				 sizeof(rx_srange)))
		return -1;
	s = &re->sets[re->nsets];
	s->off = (uint32_t) re->nranges;
	s->n = (uint32_t) v->n;
	for (size_t i = 0; i < v->n; i++)
	{
		rx_srange  *r = &re->ranges[re->nranges++];

		r->lo = v->r[i].lo;
		r->hi = v->r[i].hi;
		r->cum = cum;
		cum += v->r[i].hi - v->r[i].lo + 1;
	}
	s->size = cum;
	return (int32_t) re->nsets++;
}

/* The idx-th member (idx < size) of a stored set, by binary search. */
static uint32_t
rx_set_member(const sm_regex *re, int32_t set, uint32_t idx)
{
	const rx_set *s = &re->sets[set];
	const rx_srange *r = &re->ranges[s->off];
	size_t		lo = 0,
				hi = s->n;

	while (hi - lo > 1)
	{
		size_t		mid = (lo + hi) / 2;

		if (r[mid].cum <= idx)
			lo = mid;
		else
			hi = mid;
	}
	return r[lo].lo + (idx - r[lo].cum);
}

/* Whether a code point belongs to a stored set (binary search). */
static bool
rx_set_contains(const sm_regex *re, int32_t set, uint32_t cp)
{
	const rx_set *s = &re->sets[set];
	const rx_srange *r = &re->ranges[s->off];
	size_t		lo = 0,
				hi = s->n;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (cp < r[mid].lo)
			hi = mid;
		else if (cp > r[mid].hi)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}


/* ---------- parser ---------- */

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

/* Whether c is an ASCII letter or digit. */
static inline bool
rx_isalnum(int c)
{
	return rx_isdigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Whether a quantifier starts at the current position. */
static bool
rx_at_quantifier(const rx_parser *ps)
{
	int			c = rx_peek(ps, 0);

	return c == '*' || c == '+' || c == '?' ||
		(c == '{' && rx_isdigit(rx_peek(ps, 1)));
}

/* Allocate a node; -1 on error (node limit or out of memory). */
static int32_t
rx_new_node(rx_parser *ps, rx_kind kind, size_t offset)
{
	sm_regex   *re = ps->re;
	rx_node    *n;

	if (re->nnodes >= SM_REGEX_MAX_NODES)
	{
		rx_error(ps->err, SM_ELIMIT, offset,
				 "more than %d elements (the limit of syntax-tree nodes)",
				 SM_REGEX_MAX_NODES);
		return -1;
	}
	if (!rx_grow((void **) &re->nodes, &re->capnodes, re->nnodes + 1,
				 sizeof(rx_node)))
	{
		rx_oom(ps->err);
		return -1;
	}
	n = &re->nodes[re->nnodes];
	memset(n, 0, sizeof(*n));
	n->kind = kind;
	n->offset = (uint32_t) offset;
	n->child = -1;
	n->next = -1;
	n->gen_set = -1;
	n->match_set = -1;
	return (int32_t) re->nnodes++;
}

/*
 * Make a class node from the accumulated match and gen ranges: negated
 * classes match every other character and generate printable ASCII minus
 * the excluded characters.  m and g are consumed (normalised in place).
 */
static int32_t
rx_make_class(rx_parser *ps, rx_rvec *m, rx_rvec *g, bool negated,
			  size_t offset)
{
	rx_rvec		mm = {0},
				gg = {0};
	int32_t		id = -1;
	bool		ok;

	rx_rvec_normalize(m);
	rx_rvec_normalize(g);
	if (negated)
		ok = rx_rvec_add_diff(&mm, rx_universe, 2, m->r, m->n) &&
			rx_rvec_add_diff(&gg, rx_printable, 1, m->r, m->n);
	else
		ok = rx_rvec_add_inter(&mm, m->r, m->n, rx_universe, 2) &&
			rx_rvec_add_inter(&gg, g->r, g->n, rx_universe, 2);
	if (ok)
	{
		id = rx_new_node(ps, RX_SET, offset);
		if (id >= 0)
		{
			int32_t		ms = rx_store_set(ps->re, &mm);
			int32_t		gs = ms >= 0 ? rx_store_set(ps->re, &gg) : -1;

			if (gs < 0)
			{
				rx_oom(ps->err);
				id = -1;
			}
			else
			{
				ps->re->nodes[id].match_set = ms;
				ps->re->nodes[id].gen_set = gs;
			}
		}
	}
	else
		rx_oom(ps->err);
	sm_free(mm.r);
	sm_free(gg.r);
	return id;
}

/* A node for a single literal character. */
static int32_t
rx_make_literal(rx_parser *ps, uint32_t cp, size_t offset)
{
	rx_range	r = {cp, cp};
	rx_rvec		m = {&r, 1, 1};
	rx_rvec		g = {&r, 1, 1};

	/* the vectors point at a local: rx_make_class only reads them */
	return rx_make_class(ps, &m, &g, false, offset);
}

/* A node for a shorthand or named class, possibly negated. */
static int32_t
rx_make_named(rx_parser *ps, const rx_class_def *cls, bool negated,
			  size_t offset)
{
	rx_rvec		m = {0},
				g = {0};
	int32_t		id = -1;

	if (!rx_add_class(&m, &g, cls, negated))
		rx_oom(ps->err);
	else
		id = rx_make_class(ps, &m, &g, false, offset);
	sm_free(m.r);
	sm_free(g.r);
	return id;
}

/* Read exactly / at least ndig hex digits (greedy when !exact) into *cp. */
static bool
rx_parse_hex(rx_parser *ps, size_t start, int ndig, bool exact, uint32_t *cp)
{
	uint32_t	v = 0;
	int			got = 0;

	while ((exact ? got < ndig : true) && sm_hex_digit(rx_peek(ps, 0)) >= 0)
	{
		v = v * 16 + (uint32_t) sm_hex_digit(rx_peek(ps, 0));
		ps->pos++;
		got++;
		if (v > RX_MAX_CP)
			return rx_error(ps->err, SM_EREGEX, start,
							"escape value beyond U+10FFFF");
	}
	if (got < ndig)
		return rx_error(ps->err, SM_EREGEX, start,
						"invalid escape \"\\%c\": expected %s%d hexadecimal digit%s",
						ps->pat[start + 1], exact ? "" : "at least ", ndig,
						ndig > 1 ? "s" : "");
	*cp = v;
	return true;
}

/* Parse an escape sequence at the backslash at ps->pos. */
static bool
rx_parse_escape(rx_parser *ps, bool in_bracket, rx_esc *out)
{
	size_t		start = ps->pos;
	int			c;

	ps->pos++;
	c = rx_peek(ps, 0);
	out->kind = RX_ESC_CHAR;
	out->cls = NULL;
	out->negated = false;
	if (c < 0)
		return rx_error(ps->err, SM_EREGEX, start, "trailing backslash");
	if (c >= 0x80)
	{
		if (!rx_utf8_decode(ps->pat, ps->len, &ps->pos, &out->cp))
			return rx_error(ps->err, SM_EREGEX, ps->pos, "invalid UTF-8");
		return true;
	}
	if (!rx_isalnum(c))
	{
		if (c == 0)
			return rx_error(ps->err, SM_EREGEX, ps->pos,
							"null character in pattern");
		ps->pos++;
		out->cp = (uint32_t) c;
		return true;
	}
	ps->pos++;
	switch (c)
	{
		case 'n':
			out->cp = '\n';
			return true;
		case 't':
			out->cp = '\t';
			return true;
		case 'r':
			out->cp = '\r';
			return true;
		case 'f':
			out->cp = '\f';
			return true;
		case 'v':
			out->cp = '\v';
			return true;
		case 'a':
			out->cp = 0x07;
			return true;
		case 'e':
			out->cp = 0x1B;
			return true;
		case 'b':
			if (in_bracket)
			{
				out->cp = 0x08;
				return true;
			}
			return rx_error(ps->err, SM_EUNSUPPORTED, start,
							"escape \"\\b\" is not supported (PostgreSQL reads it as a backspace, not a word boundary; write \\x08 for a backspace)");
		case 'B':
		case 'y':
		case 'Y':
		case 'm':
		case 'M':
			return rx_error(ps->err, SM_EUNSUPPORTED, start,
							"word-boundary constraints (\\%c) are not supported",
							c);
		case 'A':
		case 'Z':
			if (in_bracket)
				return rx_error(ps->err, SM_EREGEX, start,
								"invalid escape \"\\%c\" in bracket expression",
								c);
			out->kind = c == 'A' ? RX_ESC_BOL : RX_ESC_EOL;
			return true;
		case 'd':
		case 'D':
			out->kind = RX_ESC_CLASS;
			out->cls = RX_CLASS_DIGIT;
			out->negated = c == 'D';
			return true;
		case 'w':
		case 'W':
			out->kind = RX_ESC_CLASS;
			out->cls = RX_CLASS_WORD;
			out->negated = c == 'W';
			return true;
		case 's':
		case 'S':
			out->kind = RX_ESC_CLASS;
			out->cls = RX_CLASS_SPACE;
			out->negated = c == 'S';
			return true;
		case 'x':
			return rx_parse_hex(ps, start, 1, false, &out->cp);
		case 'u':
			return rx_parse_hex(ps, start, 4, true, &out->cp);
		case 'U':
			return rx_parse_hex(ps, start, 8, true, &out->cp);
		case 'c':
			if (rx_peek(ps, 0) < 0)
				return rx_error(ps->err, SM_EREGEX, start,
								"invalid escape \"\\c\": missing character");
			if (!rx_utf8_decode(ps->pat, ps->len, &ps->pos, &out->cp))
				return rx_error(ps->err, SM_EREGEX, ps->pos, "invalid UTF-8");
			out->cp &= 0x1F;
			return true;
		case '0':
			return rx_error(ps->err, SM_EUNSUPPORTED, start,
							"octal escapes (\\0...) are not supported");
		default:
			if (rx_isdigit(c))
				return rx_error(ps->err, SM_EUNSUPPORTED, start,
								"back-references (\\%c) are not supported", c);
			return rx_error(ps->err, SM_EREGEX, start,
							"invalid escape \"\\%c\"", c);
	}
}

/*
 * One endpoint or item of a bracket expression: a character (*is_char) or
 * a class added to m / g.  Handles [:name:], escapes and literals.
 */
static bool
rx_parse_bracket_item(rx_parser *ps, rx_rvec *m, rx_rvec *g, bool *is_char,
					  uint32_t *cp, size_t open)
{
	int			c = rx_peek(ps, 0);
	size_t		start = ps->pos;

	*is_char = false;
	if (c == '[' && rx_peek(ps, 1) == ':')
	{
		size_t		name = ps->pos + 2;
		size_t		end = name;

		while (end + 1 < ps->len &&
			   !(ps->pat[end] == ':' && ps->pat[end + 1] == ']'))
			end++;
		if (end + 1 >= ps->len)
			return rx_error(ps->err, SM_EREGEX, open, "unmatched \"[\"");
		for (size_t i = 0; i < sizeof(rx_classes) / sizeof(rx_classes[0]); i++)
		{
			if (strlen(rx_classes[i].name) == end - name &&
				memcmp(rx_classes[i].name, ps->pat + name, end - name) == 0)
			{
				ps->pos = end + 2;
				if (!rx_add_class(m, g, &rx_classes[i], false))
					return rx_oom(ps->err);
				return true;
			}
		}
		return rx_error(ps->err, SM_EREGEX, start,
						"invalid character class \"[:%.*s:]\"",
						(int) (end - name > 32 ? 32 : end - name),
						(const char *) ps->pat + name);
	}
	if (c == '[' && rx_peek(ps, 1) == '.')
		return rx_error(ps->err, SM_EUNSUPPORTED, start,
						"collating elements ([. .]) are not supported");
	if (c == '[' && rx_peek(ps, 1) == '=')
		return rx_error(ps->err, SM_EUNSUPPORTED, start,
						"equivalence classes ([= =]) are not supported");
	if (c == '\\')
	{
		rx_esc		e;

		if (!rx_parse_escape(ps, true, &e))
			return false;
		if (e.kind == RX_ESC_CLASS)
		{
			if (!rx_add_class(m, g, e.cls, e.negated))
				return rx_oom(ps->err);
			return true;
		}
		*is_char = true;
		*cp = e.cp;
		return true;
	}
	if (c == 0)
		return rx_error(ps->err, SM_EREGEX, start, "null character in pattern");
	if (!rx_utf8_decode(ps->pat, ps->len, &ps->pos, cp))
		return rx_error(ps->err, SM_EREGEX, start, "invalid UTF-8");
	*is_char = true;
	return true;
}

/* Parse a bracket expression at the '[' at ps->pos. */
static int32_t
rx_parse_bracket(rx_parser *ps)
{
	size_t		open = ps->pos;
	bool		negated = false;
	bool		first = true;
	rx_rvec		m = {0},
				g = {0};
	int32_t		id = -1;

	ps->pos++;
	if (rx_peek(ps, 0) == '^')
	{
		negated = true;
		ps->pos++;
	}
	for (;;)
	{
		int			c = rx_peek(ps, 0);
		size_t		start = ps->pos;
		bool		is_char;
		uint32_t	lo;
		bool		need_plain = false;

		if (c < 0)
		{
			rx_error(ps->err, SM_EREGEX, open, "unmatched \"[\"");
			goto done;
		}
		if (c == ']' && !first)
		{
			ps->pos++;
			break;
		}
		first = false;
		if (c == ']' || c == '-')
		{
			/* a leading ']' or '-' is literal (so is '-' before ']') */
			ps->pos++;
			is_char = true;
			lo = (uint32_t) c;
		}
		else if (!rx_parse_bracket_item(ps, &m, &g, &is_char, &lo, open))
			goto done;

		if (is_char && rx_peek(ps, 0) == '-' && rx_peek(ps, 1) >= 0 &&
			rx_peek(ps, 1) != ']')
		{
			/* a range lo-hi */
			size_t		endstart;
			bool		end_char;
			uint32_t	hi;

			ps->pos++;
			endstart = ps->pos;
			if (rx_peek(ps, 0) == '[' &&
				(rx_peek(ps, 1) == ':' || rx_peek(ps, 1) == '.' ||
				 rx_peek(ps, 1) == '='))
			{
				rx_error(ps->err, SM_EREGEX, endstart,
						 "invalid character range: a class cannot end a range");
				goto done;
			}
			if (!rx_parse_bracket_item(ps, &m, &g, &end_char, &hi, open))
				goto done;
			if (!end_char)
			{
				rx_error(ps->err, SM_EREGEX, endstart,
						 "invalid character range: a class cannot end a range");
				goto done;
			}
			if (hi < lo)
			{
				rx_error(ps->err, SM_EREGEX, start,
						 "invalid character range \"%.*s\": start is after end",
						 (int) (ps->pos - start), (const char *) ps->pat + start);
				goto done;
			}
			if (!rx_rvec_add(&m, lo, hi) || !rx_rvec_add(&g, lo, hi))
			{
				rx_oom(ps->err);
				goto done;
			}
			need_plain = true;
		}
		else if (is_char)
		{
			if (!rx_rvec_add(&m, lo, lo) || !rx_rvec_add(&g, lo, lo))
			{
				rx_oom(ps->err);
				goto done;
			}
		}
		else
			need_plain = true;

		/* after a range or a class, '-' may only be the final character */
		if (need_plain && rx_peek(ps, 0) == '-' && rx_peek(ps, 1) >= 0 &&
			rx_peek(ps, 1) != ']')
		{
			rx_error(ps->err, SM_EREGEX, ps->pos,
					 "invalid character range: \"-\" after a range or class");
			goto done;
		}
	}
	id = rx_make_class(ps, &m, &g, negated, open);
done:
	sm_free(m.r);
	sm_free(g.r);
	return id;
}

/* Parse a group at the '(' at ps->pos (comments are handled by the caller). */
static int32_t
rx_parse_group(rx_parser *ps)
{
	size_t		open = ps->pos;
	int32_t		id;

	if (ps->depth >= SM_REGEX_MAX_DEPTH)
	{
		rx_error(ps->err, SM_ELIMIT, open,
				 "groups nested more than %d deep", SM_REGEX_MAX_DEPTH);
		return -1;
	}
	ps->pos++;
	if (rx_peek(ps, 0) == '?')
	{
		int			c = rx_peek(ps, 1);

		if (c == ':')
			ps->pos += 2;
		else if (c == '=' || c == '!')
		{
			rx_error(ps->err, SM_EUNSUPPORTED, open,
					 "look-ahead constraints (?%c...) are not supported", c);
			return -1;
		}
		else if (c == '<' && (rx_peek(ps, 2) == '=' || rx_peek(ps, 2) == '!'))
		{
			rx_error(ps->err, SM_EUNSUPPORTED, open,
					 "look-behind constraints (?<%c...) are not supported",
					 rx_peek(ps, 2));
			return -1;
		}
		else if (c == '<' || c == 'P' || c == '\'')
		{
			rx_error(ps->err, SM_EUNSUPPORTED, open,
					 "named groups are not supported");
			return -1;
		}
		else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')
		{
			rx_error(ps->err, SM_EUNSUPPORTED, open,
					 "embedded options (?%c...) are not supported", c);
			return -1;
		}
		else
		{
			rx_error(ps->err, SM_EREGEX, open, "invalid \"(?\" sequence");
			return -1;
		}
	}
	ps->depth++;
	id = rx_parse_alt(ps);
	ps->depth--;
	if (id < 0)
		return -1;
	if (rx_peek(ps, 0) != ')')
	{
		rx_error(ps->err, SM_EREGEX, open, "unmatched \"(\"");
		return -1;
	}
	ps->pos++;
	return id;
}

/* Parse one atom; *quantifiable tells whether a quantifier may follow. */
static int32_t
rx_parse_atom(rx_parser *ps, bool *quantifiable)
{
	size_t		start = ps->pos;
	int			c = rx_peek(ps, 0);
	uint32_t	cp;

	*quantifiable = true;
	switch (c)
	{
		case '(':
			return rx_parse_group(ps);
		case '[':
			return rx_parse_bracket(ps);
		case '.':
			{
				rx_rvec		m = {0},
							g = {0};

				ps->pos++;
				/* "." is [^] minus nothing: everything, printable for output */
				return rx_make_class(ps, &m, &g, true, start);
			}
		case '^':
		case '$':
			ps->pos++;
			*quantifiable = false;
			return rx_new_node(ps, c == '^' ? RX_BOL : RX_EOL, start);
		case '\\':
			{
				rx_esc		e;

				if (!rx_parse_escape(ps, false, &e))
					return -1;
				if (e.kind == RX_ESC_BOL || e.kind == RX_ESC_EOL)
				{
					*quantifiable = false;
					return rx_new_node(ps, e.kind == RX_ESC_BOL ? RX_BOL : RX_EOL,
									   start);
				}
				if (e.kind == RX_ESC_CLASS)
					return rx_make_named(ps, e.cls, e.negated, start);
				return rx_make_literal(ps, e.cp, start);
			}
		case 0:
			rx_error(ps->err, SM_EREGEX, start, "null character in pattern");
			return -1;
		default:
			if (!rx_utf8_decode(ps->pat, ps->len, &ps->pos, &cp))
			{
				rx_error(ps->err, SM_EREGEX, start, "invalid UTF-8");
				return -1;
			}
			return rx_make_literal(ps, cp, start);
	}
}

/* Read a decimal repetition bound (saturating far above the limit). */
static int32_t
rx_parse_count(rx_parser *ps)
{
	int32_t		v = 0;

	while (rx_isdigit(rx_peek(ps, 0)))
	{
		if (v < 1000000)
			v = v * 10 + (rx_peek(ps, 0) - '0');
		ps->pos++;
	}
	return v;
}

/* Parse an optional quantifier after atom; returns the (new) node. */
static int32_t
rx_parse_quant(rx_parser *ps, int32_t atom)
{
	size_t		start = ps->pos;
	int			c = rx_peek(ps, 0);
	int32_t		min,
				max;
	int32_t		id;

	if (c == '*')
	{
		min = 0;
		max = -1;
		ps->pos++;
	}
	else if (c == '+')
	{
		min = 1;
		max = -1;
		ps->pos++;
	}
	else if (c == '?')
	{
		min = 0;
		max = 1;
		ps->pos++;
	}
	else if (c == '{' && rx_isdigit(rx_peek(ps, 1)))
	{
		ps->pos++;
		min = rx_parse_count(ps);
		max = min;
		if (rx_peek(ps, 0) == ',')
		{
			ps->pos++;
			max = rx_isdigit(rx_peek(ps, 0)) ? rx_parse_count(ps) : -1;
		}
		if (rx_peek(ps, 0) != '}')
		{
			if (rx_peek(ps, 0) < 0)
				rx_error(ps->err, SM_EREGEX, start, "unmatched \"{\"");
			else
				rx_error(ps->err, SM_EREGEX, ps->pos,
						 "invalid repetition bound: expected \"}\"");
			return -1;
		}
		ps->pos++;
		if (min > SM_REGEX_MAX_REPEAT || max > SM_REGEX_MAX_REPEAT)
		{
			rx_error(ps->err, SM_ELIMIT, start,
					 "repetition bound %d exceeds the limit of %d",
					 min > SM_REGEX_MAX_REPEAT ? min : max,
					 SM_REGEX_MAX_REPEAT);
			return -1;
		}
		if (max >= 0 && max < min)
		{
			rx_error(ps->err, SM_EREGEX, start,
					 "invalid repetition bounds {%d,%d}: minimum exceeds maximum",
					 min, max);
			return -1;
		}
	}
	else
		return atom;
	/* lazy forms denote the same language */
	if (rx_peek(ps, 0) == '?')
		ps->pos++;
	if (rx_at_quantifier(ps))
	{
		rx_error(ps->err, SM_EREGEX, ps->pos,
				 "quantifier operand invalid: \"%c\" follows another quantifier",
				 rx_peek(ps, 0));
		return -1;
	}
	id = rx_new_node(ps, RX_REP, start);
	if (id < 0)
		return -1;
	ps->re->nodes[id].child = atom;
	ps->re->nodes[id].min = min;
	ps->re->nodes[id].max = max;
	return id;
}

/* Parse a sequence of quantified atoms up to '|', ')' or the end. */
static int32_t
rx_parse_concat(rx_parser *ps)
{
	size_t		start = ps->pos;
	int32_t		first = -1,
				last = -1;
	int			count = 0;
	int32_t		id;

	for (;;)
	{
		int			c = rx_peek(ps, 0);
		bool		quantifiable;
		int32_t		atom;

		if (c < 0 || c == '|' || c == ')')
			break;
		if (rx_at_quantifier(ps))
		{
			rx_error(ps->err, SM_EREGEX, ps->pos,
					 "quantifier operand invalid: nothing to repeat before \"%c\"",
					 c);
			return -1;
		}
		if (c == '(' && rx_peek(ps, 1) == '?' && rx_peek(ps, 2) == '#')
		{
			/* a comment (?#...) */
			size_t		open = ps->pos;

			while (ps->pos < ps->len && ps->pat[ps->pos] != ')')
				ps->pos++;
			if (ps->pos >= ps->len)
			{
				rx_error(ps->err, SM_EREGEX, open, "unterminated comment");
				return -1;
			}
			ps->pos++;
			continue;
		}
		atom = rx_parse_atom(ps, &quantifiable);
		if (atom < 0)
			return -1;
		if (quantifiable)
		{
			atom = rx_parse_quant(ps, atom);
			if (atom < 0)
				return -1;
		}
		else if (rx_at_quantifier(ps))
		{
			rx_error(ps->err, SM_EREGEX, ps->pos,
					 "quantifier operand invalid: an anchor cannot be repeated");
			return -1;
		}
		if (first < 0)
			first = atom;
		else
			ps->re->nodes[last].next = atom;
		last = atom;
		count++;
	}
	if (count == 0)
		return rx_new_node(ps, RX_EMPTY, start);
	if (count == 1)
		return first;
	id = rx_new_node(ps, RX_CAT, start);
	if (id >= 0)
		ps->re->nodes[id].child = first;
	return id;
}

/* Parse alternatives separated by '|'. */
static int32_t
rx_parse_alt(rx_parser *ps)
{
	size_t		start = ps->pos;
	int32_t		first,
				last,
				id;

	first = rx_parse_concat(ps);
	if (first < 0 || rx_peek(ps, 0) != '|')
		return first;
	last = first;
	while (rx_peek(ps, 0) == '|')
	{
		int32_t		b;

		ps->pos++;
		b = rx_parse_concat(ps);
		if (b < 0)
			return -1;
		ps->re->nodes[last].next = b;
		last = b;
	}
	id = rx_new_node(ps, RX_ALT, start);
	if (id >= 0)
		ps->re->nodes[id].child = first;
	return id;
}


/* ---------- analysis ---------- */

/*
 * Compute the bounded-language properties of a subtree (children first) and
 * enforce the expansion limit.  Recursion depth is bounded by the nesting
 * limit (a few levels per group).
 */
static bool
rx_analyze(sm_regex *re, int32_t id, sm_error *err)
{
	rx_node    *n;

	for (int32_t c = re->nodes[id].child; c >= 0; c = re->nodes[c].next)
	{
		if (!rx_analyze(re, c, err))
			return false;
	}
	n = &re->nodes[id];
	switch (n->kind)
	{
		case RX_EMPTY:
		case RX_BOL:
		case RX_EOL:
			n->empty = false;
			n->null_only = true;
			n->minlen = n->maxlen = 0;
			n->cnt = 1;
			n->cntd = 1.0;
			n->exp = 1;
			break;
		case RX_SET:
			n->null_only = false;
			n->empty = re->sets[n->gen_set].size == 0;
			n->minlen = n->maxlen = 1;
			n->cnt = re->sets[n->gen_set].size;
			n->cntd = (double) n->cnt;
			n->exp = 1;
			break;
		case RX_CAT:
			n->empty = false;
			n->null_only = true;
			n->minlen = n->maxlen = 0;
			n->cnt = 1;
			n->cntd = 1.0;
			n->exp = 1;
			for (int32_t c = n->child; c >= 0; c = re->nodes[c].next)
			{
				const rx_node *k = &re->nodes[c];

				n->empty |= k->empty;
				n->null_only &= k->null_only;
				n->minlen += k->minlen;
				n->maxlen += k->maxlen;
				n->cnt = rx_sat_mul(n->cnt, k->cnt);
				if (!k->empty)
					n->cntd *= k->cntd;
				n->exp = rx_sat_add(n->exp, k->exp);
			}
			if (n->empty)
			{
				n->minlen = n->maxlen = 0;
				n->cnt = 0;
				n->cntd = 0.0;
			}
			break;
		case RX_ALT:
			n->empty = true;
			n->null_only = true;
			n->minlen = UINT64_MAX;
			n->maxlen = 0;
			n->cnt = 0;
			n->cntd = 0.0;
			n->exp = 1;
			n->nalive = 0;
			for (int32_t c = n->child; c >= 0; c = re->nodes[c].next)
			{
				const rx_node *k = &re->nodes[c];

				n->null_only &= k->null_only;
				n->exp = rx_sat_add(n->exp, k->exp);
				if (k->empty)
					continue;
				n->empty = false;
				n->nalive++;
				if (k->minlen < n->minlen)
					n->minlen = k->minlen;
				if (k->maxlen > n->maxlen)
					n->maxlen = k->maxlen;
				n->cnt = rx_sat_add(n->cnt, k->cnt);
				n->cntd += k->cntd;
			}
			if (n->empty)
				n->minlen = 0;
			break;
		case RX_REP:
			{
				const rx_node *k = &re->nodes[n->child];
				int32_t		mb = n->max < 0 ?
				n->min + SM_REGEX_UNBOUNDED_EXTRA : n->max;

				n->null_only = k->null_only || n->max == 0;
				n->exp = rx_sat_add(1, rx_sat_mul((uint64_t) mb, k->exp));
				if (k->empty)
				{
					/* only zero repetitions are possible */
					n->empty = n->min > 0;
					n->minlen = n->maxlen = 0;
					n->cnt = n->empty ? 0 : 1;
					n->cntd = (double) n->cnt;
				}
				else
				{
					uint64_t	pw = 1;
					double		pwd = 1.0;

					n->empty = false;
					n->minlen = (uint64_t) n->min * k->minlen;
					n->maxlen = (uint64_t) mb * k->maxlen;
					n->cnt = 0;
					n->cntd = 0.0;
					for (int32_t r = 0; r <= mb; r++)
					{
						if (r >= n->min)
						{
							n->cnt = rx_sat_add(n->cnt, pw);
							n->cntd += pwd;
						}
						pw = rx_sat_mul(pw, k->cnt);
						pwd *= k->cntd;
					}
				}
			}
			break;
	}
	if (n->exp > SM_REGEX_MAX_EXPANSION)
		return rx_error(err, SM_ELIMIT, n->offset,
						"the pattern with its counted repetitions written out has more than %d elements",
						SM_REGEX_MAX_EXPANSION);
	return true;
}

/*
 * Check that anchors are at the edges: a start anchor may only be preceded
 * by constructs that match nothing but the empty string, an end anchor only
 * followed by such constructs, and none may sit inside a repetition.
 */
static bool
rx_check_anchors(const sm_regex *re, int32_t id, bool at_start, bool at_end,
				 sm_error *err)
{
	const rx_node *n = &re->nodes[id];

	switch (n->kind)
	{
		case RX_BOL:
			if (!at_start)
				return rx_error(err, SM_EUNSUPPORTED, n->offset,
								"a start anchor is only supported at the start of the pattern");
			return true;
		case RX_EOL:
			if (!at_end)
				return rx_error(err, SM_EUNSUPPORTED, n->offset,
								"an end anchor is only supported at the end of the pattern");
			return true;
		case RX_ALT:
			for (int32_t c = n->child; c >= 0; c = re->nodes[c].next)
			{
				if (!rx_check_anchors(re, c, at_start, at_end, err))
					return false;
			}
			return true;
		case RX_CAT:
			{
				int			first = -1,
							last = -1,
							i = 0;

				for (int32_t c = n->child; c >= 0; c = re->nodes[c].next, i++)
				{
					if (!re->nodes[c].null_only)
					{
						if (first < 0)
							first = i;
						last = i;
					}
				}
				i = 0;
				for (int32_t c = n->child; c >= 0; c = re->nodes[c].next, i++)
				{
					if (!rx_check_anchors(re, c,
										  at_start && (first < 0 || i <= first),
										  at_end && (last < 0 || i >= last),
										  err))
						return false;
				}
				return true;
			}
		case RX_REP:
			return rx_check_anchors(re, n->child, false, false, err);
		default:
			return true;
	}
}


/* ---------- programs ---------- */

/* Append an instruction; its index, or -1 when out of memory. */
static int32_t
rx_emit_inst(rx_prog *p, int op, int32_t x, int32_t y)
{
	if (!rx_grow((void **) &p->code, &p->cap, p->n + 1, sizeof(rx_inst)))
		return -1;
	p->code[p->n].op = op;
	p->code[p->n].x = x;
	p->code[p->n].y = y;
	return (int32_t) p->n++;
}

/*
 * Emit the Thompson program of a subtree: over the gen sets with unbounded
 * repetitions capped when bounded, over the match sets with loops
 * otherwise.  Bounded optional copies are nested (x(x(x)?)?)? so that the
 * closure after each copy stays small.
 */
static bool
rx_emit(const sm_regex *re, rx_prog *p, int32_t id, bool bounded)
{
	const rx_node *n = &re->nodes[id];

	switch (n->kind)
	{
		case RX_EMPTY:
		case RX_BOL:
		case RX_EOL:
			return true;
		case RX_SET:
			return rx_emit_inst(p, RX_OP_CHAR,
								bounded ? n->gen_set : n->match_set, 0) >= 0;
		case RX_CAT:
			for (int32_t c = n->child; c >= 0; c = re->nodes[c].next)
			{
				if (!rx_emit(re, p, c, bounded))
					return false;
			}
			return true;
		case RX_ALT:
			{
				int32_t		jumps = -1;	/* chain of JMPs to patch, via x */

				for (int32_t c = n->child; c >= 0; c = re->nodes[c].next)
				{
					int32_t		split = -1,
								j;

					if (re->nodes[c].next >= 0)
					{
						split = rx_emit_inst(p, RX_OP_SPLIT, 0, 0);
						if (split < 0)
							return false;
						p->code[split].x = split + 1;
					}
					if (!rx_emit(re, p, c, bounded))
						return false;
					if (split < 0)
						break;
					j = rx_emit_inst(p, RX_OP_JMP, jumps, 0);
					if (j < 0)
						return false;
					jumps = j;
					p->code[split].y = (int32_t) p->n;
				}
				while (jumps >= 0)
				{
					int32_t		prev = p->code[jumps].x;

					p->code[jumps].x = (int32_t) p->n;
					jumps = prev;
				}
				return true;
			}
		case RX_REP:
			{
				int32_t		opt;
				int32_t		splits = -1;	/* chain of SPLITs to patch, via y */

				for (int32_t i = 0; i < n->min; i++)
				{
					if (!rx_emit(re, p, n->child, bounded))
						return false;
				}
				if (n->max < 0 && !bounded)
				{
					int32_t		loop = rx_emit_inst(p, RX_OP_SPLIT, 0, 0);

					if (loop < 0)
						return false;
					p->code[loop].x = loop + 1;
					if (!rx_emit(re, p, n->child, bounded) ||
						rx_emit_inst(p, RX_OP_JMP, loop, 0) < 0)
						return false;
					p->code[loop].y = (int32_t) p->n;
					return true;
				}
				opt = n->max < 0 ? SM_REGEX_UNBOUNDED_EXTRA : n->max - n->min;
				for (int32_t i = 0; i < opt; i++)
				{
					int32_t		s = rx_emit_inst(p, RX_OP_SPLIT, 0, splits);

					if (s < 0)
						return false;
					p->code[s].x = s + 1;
					splits = s;
					if (!rx_emit(re, p, n->child, bounded))
						return false;
				}
				while (splits >= 0)
				{
					int32_t		prev = p->code[splits].y;

					p->code[splits].y = (int32_t) p->n;
					splits = prev;
				}
				return true;
			}
	}
	return true;
}

/* Emit a whole program, ending with MATCH. */
static bool
rx_build_prog(const sm_regex *re, rx_prog *p, bool bounded)
{
	return rx_emit(re, p, re->root, bounded) &&
		rx_emit_inst(p, RX_OP_MATCH, 0, 0) >= 0;
}

/*
 * Add pc and everything reachable from it by SPLIT/JMP to a thread list
 * (CHAR and MATCH instructions only).  Instructions stamped with the
 * current stamp are skipped, which also ends epsilon loops.  The explicit
 * stack needs at most 2 * n + 1 slots.  Returns the number of stack pops
 * (the work done).
 */
static size_t
rx_add_thread(const rx_prog *p, int32_t pc, uint64_t *mark, uint64_t stamp,
			  int32_t *list, size_t *nlist, int32_t *stack)
{
	size_t		sp = 0;
	size_t		work = 0;

	stack[sp++] = pc;
	while (sp > 0)
	{
		const rx_inst *in;

		pc = stack[--sp];
		work++;
		if (mark[pc] == stamp)
			continue;
		mark[pc] = stamp;
		in = &p->code[pc];
		if (in->op == RX_OP_JMP)
			stack[sp++] = in->x;
		else if (in->op == RX_OP_SPLIT)
		{
			stack[sp++] = in->y;
			stack[sp++] = in->x;
		}
		else
			list[(*nlist)++] = pc;
	}
	return work;
}


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
static bool
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


/* ---------- generation ---------- */

/* Append a random string of a non-empty subtree. */
static bool
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
static bool
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
static bool
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


/* ---------- public API ---------- */

/* Parse, analyse and compile a pattern (see regex.h). */
sm_regex *
sm_regex_compile(const char *pattern, size_t len, sm_error *err)
{
	sm_regex   *re;
	rx_parser	ps;
	rx_prog		bounded = {0};

	if (pattern == NULL && len > 0)
	{
		sm_error_set(err, SM_EINVAL, "", "pattern is null");
		return NULL;
	}
	if (len > SM_REGEX_MAX_PATTERN)
	{
		rx_error(err, SM_ELIMIT, SM_REGEX_MAX_PATTERN,
				 "the pattern is %zu bytes long, the limit is %d",
				 len, SM_REGEX_MAX_PATTERN);
		return NULL;
	}
	if (len >= 3 && memcmp(pattern, "***", 3) == 0)
	{
		rx_error(err, SM_EUNSUPPORTED, 0,
				 "director prefixes (***) are not supported");
		return NULL;
	}
	re = sm_calloc(1, sizeof(sm_regex));
	if (re == NULL)
	{
		rx_oom(err);
		return NULL;
	}
	ps.re = re;
	ps.pat = (const unsigned char *) (pattern ? pattern : "");
	ps.len = len;
	ps.pos = 0;
	ps.depth = 0;
	ps.err = err;
	re->root = rx_parse_alt(&ps);
	if (re->root < 0)
		goto fail;
	if (ps.pos < len)
	{
		/* rx_parse_alt stops only at the end or at an unmatched ')' */
		rx_error(err, SM_EREGEX, ps.pos, "unmatched \")\"");
		goto fail;
	}
	if (!rx_analyze(re, re->root, err) ||
		!rx_check_anchors(re, re->root, true, true, err))
		goto fail;
	if (!rx_build_prog(re, &re->match, false) ||
		!rx_build_prog(re, &bounded, true) ||
		!rx_build_dfa(re, &bounded))
	{
		rx_oom(err);
		goto fail;
	}
	sm_free(bounded.code);
	return re;

fail:
	sm_free(bounded.code);
	sm_regex_free(re);
	return NULL;
}

/* Release a compiled pattern (NULL is fine). */
void
sm_regex_free(sm_regex *re)
{
	if (re == NULL)
		return;
	sm_free(re->nodes);
	sm_free(re->sets);
	sm_free(re->ranges);
	sm_free(re->match.code);
	sm_free(re->dstates);
	sm_free(re->dtrans);
	sm_free(re);
}

/* Whether the bounded language is empty. */
bool
sm_regex_is_empty(const sm_regex *re)
{
	return re->nodes[re->root].empty;
}

/* Shortest string of the bounded language, in characters (0 if empty). */
size_t
sm_regex_min_length(const sm_regex *re)
{
	if (re->nodes[re->root].empty)
		return 0;
	return (size_t) re->nodes[re->root].minlen;
}

/* Longest string of the bounded language, in characters (0 if empty). */
size_t
sm_regex_max_length(const sm_regex *re)
{
	if (re->nodes[re->root].empty)
		return 0;
	return (size_t) re->nodes[re->root].maxlen;
}

/* Size of the bounded language: exact from the DFA, else parse trees. */
double
sm_regex_count(const sm_regex *re)
{
	if (re->have_dfa)
		return re->dstates[0].cntd;
	return re->nodes[re->root].cntd;
}

/* Whether sm_regex_nth is a bijection (the DFA was built). */
bool
sm_regex_enumerable(const sm_regex *re)
{
	return re->have_dfa;
}

/* Append a random string of the bounded language. */
bool
sm_regex_sample(const sm_regex *re, sm_rng *rng, sm_buf *out)
{
	if (re->nodes[re->root].empty)
		return false;
	return rx_sample_node(re, re->root, rng, out) && !out->oom;
}

/* Append the k-th string: DFA unranking, else parse-tree unranking. */
bool
sm_regex_nth(const sm_regex *re, uint64_t k, sm_buf *out)
{
	if (re->have_dfa)
	{
		if (k >= re->dstates[0].cnt)
			return false;
		return rx_unrank_dfa(re, k, out);
	}
	if (re->nodes[re->root].empty || k >= re->nodes[re->root].cnt)
		return false;
	return rx_unrank_node(re, re->root, k, out);
}

/* Full match of s against the unbounded language (NFA simulation). */
bool
sm_regex_matches(const sm_regex *re, const char *s, size_t len)
{
	const rx_prog *p = &re->match;
	const unsigned char *u = (const unsigned char *) s;
	size_t		n = p->n;
	uint64_t   *mark = sm_calloc(n, sizeof(uint64_t));
	int32_t    *clist = sm_calloc(n, sizeof(int32_t));
	int32_t    *nlist = sm_calloc(n, sizeof(int32_t));
	int32_t    *stack = sm_calloc(2 * n + 1, sizeof(int32_t));
	size_t		nc = 0;
	size_t		pos = 0;
	uint64_t	stamp = 1;
	bool		result = false;

	if (mark == NULL || clist == NULL || nlist == NULL || stack == NULL)
		goto done;
	rx_add_thread(p, 0, mark, stamp, clist, &nc, stack);
	while (pos < len && nc > 0)
	{
		uint32_t	cp;
		size_t		nn = 0;
		int32_t    *tmp;

		if (!rx_utf8_decode(u, len, &pos, &cp))
			goto done;
		stamp++;
		for (size_t i = 0; i < nc; i++)
		{
			const rx_inst *in = &p->code[clist[i]];

			if (in->op == RX_OP_CHAR && rx_set_contains(re, in->x, cp))
				rx_add_thread(p, clist[i] + 1, mark, stamp, nlist, &nn, stack);
		}
		tmp = clist;
		clist = nlist;
		nlist = tmp;
		nc = nn;
	}
	if (pos == len)
	{
		for (size_t i = 0; i < nc; i++)
		{
			if (p->code[clist[i]].op == RX_OP_MATCH)
				result = true;
		}
	}
done:
	sm_free(mark);
	sm_free(clist);
	sm_free(nlist);
	sm_free(stack);
	return result;
}
