/*
 * regex_parse.c
 *	  The regex parser, second part: groups, atoms, quantifiers,
 *	  concatenation and alternation (recursive descent, nesting bounded by
 *	  SM_REGEX_MAX_DEPTH).
 *
 * Not here: classes and escapes (regex_parse_atom.c) and the analysis of
 * the tree (regex_analyze.c).
 */
#include "regex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regex_int.h"

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
int32_t
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
