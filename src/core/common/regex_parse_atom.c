/*
 * regex_parse_atom.c
 *	  The regex parser, first part: syntax nodes, character classes, escapes
 *	  and bracket expressions.
 *
 * Every class is a pair of code-point range sets: the "match" set (real
 * semantics) and the "gen" set (what generation may produce: printable
 * ASCII for "." and negated classes, never NUL or surrogates).
 *
 * Not here: groups, quantifiers, concatenation and alternation
 * (regex_parse.c).
 */
#include "regex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regex_int.h"

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

/* Whether c is an ASCII letter or digit. */
static inline bool
rx_isalnum(int c)
{
	return rx_isdigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Whether a quantifier starts at the current position. */
bool
rx_at_quantifier(const rx_parser *ps)
{
	int			c = rx_peek(ps, 0);

	return c == '*' || c == '+' || c == '?' ||
		(c == '{' && rx_isdigit(rx_peek(ps, 1)));
}

/* Allocate a node; -1 on error (node limit or out of memory). */
int32_t
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
int32_t
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
int32_t
rx_make_literal(rx_parser *ps, uint32_t cp, size_t offset)
{
	rx_range	r = {cp, cp};
	rx_rvec		m = {&r, 1, 1};
	rx_rvec		g = {&r, 1, 1};

	/* the vectors point at a local: rx_make_class only reads them */
	return rx_make_class(ps, &m, &g, false, offset);
}

/* A node for a shorthand or named class, possibly negated. */
int32_t
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
bool
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
int32_t
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
