/*
 * regex_analyze.c
 *	  Analysis of a parsed regex (emptiness, length bounds, counts, anchors)
 *	  and its Thompson NFA programs.
 *
 * Not here: the subset construction (regex_dfa.c).
 */
#include "regex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regex_int.h"

/* ---------- analysis ---------- */

/*
 * Compute the bounded-language properties of a subtree (children first) and
 * enforce the expansion limit.  Recursion depth is bounded by the nesting
 * limit (a few levels per group).
 */
bool
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
bool
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
				int32_t		jumps = -1; /* chain of JMPs to patch, via x */

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
bool
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
size_t
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
