/*
 * regex.c
 *	  Regular expressions of "pattern" columns: the public API (see regex.h
 *	  for the syntax).
 *
 * sm_regex_compile runs the pipeline described in regex_int.h; the other
 * entry points query, sample, unrank and match a compiled regex.
 *
 * Not here: the parser, analysis, DFA and sampler (regex_*.c).
 */
#include "regex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regex_int.h"

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
