/*
 * infer_patterns.c
 *	  Kind names and the regular expressions that inference writes for text
 *	  columns (character classes, shapes, semantics).
 *
 * Not here: date layouts and value formats (infer_formats.c).
 */
#include "infer.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "json.h"
#include "regex.h"
#include "rng.h"
#include "infer_int.h"

/* A run is written literally when this many values agree on its text. */
#define SHAPE_CONST_MIN 3

/* Largest {n,m} bound PostgreSQL's regex engine accepts. */
#define MAX_REPEAT 255

/* Inconsistent decimals with more significant digits: float output. */
#define DOUBLE_SIG_DIGITS 15

#define NUMERIC_MAX_PRECISION 1000

/* ---------------------------------------------------------------- */
/* Decisions                                                          */
/* ---------------------------------------------------------------- */

/* PostgreSQL type name of a kind. */
const char *
sm_kind_name(sm_kind kind)
{
	switch (kind)
	{
		case SM_KIND_BOOLEAN:
			return "boolean";
		case SM_KIND_SMALLINT:
			return "smallint";
		case SM_KIND_INTEGER:
			return "integer";
		case SM_KIND_BIGINT:
			return "bigint";
		case SM_KIND_NUMERIC:
			return "numeric";
		case SM_KIND_DOUBLE:
			return "double precision";
		case SM_KIND_DATE:
			return "date";
		case SM_KIND_TIMESTAMP:
			return "timestamp without time zone";
		case SM_KIND_TIMESTAMPTZ:
			return "timestamp with time zone";
		case SM_KIND_TIME:
			return "time without time zone";
		case SM_KIND_UUID:
			return "uuid";
		case SM_KIND_JSON:
			return "jsonb";
		case SM_KIND_EMPTY:
		case SM_KIND_TEXT:
			break;
	}
	return "text";
}

/*
 * Type of the values a number reading explains: integer types by range,
 * double precision for exponents, infinity or float-looking output
 * (inconsistent decimals with many digits), else numeric, constrained to
 * numeric(p,s) when every value has the same number of decimals.
 */
sm_kind
inf_num_kind(const numstats *ns, int *prec, int *scale)
{
	*prec = *scale = -1;
	if (ns->any_exp || ns->any_special)
		return SM_KIND_DOUBLE;
	if (!ns->any_dec)
	{
		if (ns->out_int8)
			return SM_KIND_NUMERIC;
		return ns->out_int4 ? SM_KIND_BIGINT : SM_KIND_INTEGER;
	}
	if (ns->scale_mixed)
		return ns->max_sig > DOUBLE_SIG_DIGITS ? SM_KIND_DOUBLE : SM_KIND_NUMERIC;
	if (ns->max_int + ns->scale <= NUMERIC_MAX_PRECISION)
	{
		*prec = ns->max_int + ns->scale;
		*scale = ns->scale;
	}
	return SM_KIND_NUMERIC;
}

/* Type of the values a date reading explains. */
sm_kind
inf_dt_kind(const dtstats *ds)
{
	if (ds->n_time == 0)
		return SM_KIND_DATE;
	return ds->n_zone ? SM_KIND_TIMESTAMPTZ : SM_KIND_TIMESTAMP;
}

/* The PostgreSQL type name of an inferred kind, with numeric(p,s) when known. */
void
inf_type_name(sm_kind kind, int prec, int scale, char *buf, size_t buflen)
{
	if (kind == SM_KIND_NUMERIC && prec > 0)
		snprintf(buf, buflen, "numeric(%d,%d)", prec, scale);
	else
		snprintf(buf, buflen, "%s", sm_kind_name(kind));
}

/* Append a literal byte, escaped for a regular expression. */
static void
re_literal(sm_buf *b, char c)
{
	if (strchr("\\^$.[]|()?*+{}", c) && c != '\0')
		sm_buf_putc(b, '\\');
	sm_buf_putc(b, c);
}

/* Append n bytes to a regex as literals. */
void
inf_re_literals(sm_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		re_literal(b, s[i]);
}

/* {n} / {n,m} (nothing for exactly one); false past PostgreSQL's limit. */
static bool
re_quant(sm_buf *b, size_t lo, size_t hi)
{
	if (hi > MAX_REPEAT)
		return false;
	if (lo == hi)
	{
		if (lo != 1)
			sm_buf_printf(b, "{%zu}", lo);
	}
	else
		sm_buf_printf(b, "{%zu,%zu}", lo, hi);
	return true;
}

/* A letter class for a case mask (1 upper, 2 lower). */
static const char *
letter_class(int casemask)
{
	return casemask == 1 ? "[A-Z]" : casemask == 2 ? "[a-z]" : "[A-Za-z]";
}

/* One character of a charset: a class or an alternation, then the count. */
static bool
re_charset(sm_buf *b, const charset_seen *cs)
{
	int			members = 0;
	sm_buf		alt;

	sm_buf_init(&alt);
	if (cs->cls & 3)
	{
		sm_buf_puts(&alt, letter_class(cs->cls & 3));
		members++;
	}
	if (cs->cls & 4)
	{
		if (members)
			sm_buf_putc(&alt, '|');
		sm_buf_puts(&alt, "[0-9]");
		members++;
	}
	for (int c = 0x20; c < 0x7F; c++)
		if (cs->punct[(c - 0x20) >> 6] & (UINT64_C(1) << ((c - 0x20) & 63)))
		{
			if (members)
				sm_buf_putc(&alt, '|');
			re_literal(&alt, (char) c);
			members++;
		}
	if (cs->cls & 8)
	{
		/* any non-ASCII character; lengths are in bytes, so no {m,n} */
		if (members)
			sm_buf_putc(&alt, '|');
		sm_buf_puts(&alt, "[^\\x01-\\x7f]");
		members++;
	}
	if (members == 0 || alt.oom)
	{
		sm_buf_free(&alt);
		b->oom |= alt.oom;
		return false;
	}
	if (members > 1)
		sm_buf_putc(b, '(');
	sm_buf_append(b, alt.data, alt.len);
	if (members > 1)
		sm_buf_putc(b, ')');
	sm_buf_free(&alt);
	if (cs->cls & 8)
		return sm_buf_putc(b, '+');
	return re_quant(b, cs->minlen, cs->maxlen);
}

/* Order shapes by count, most frequent first (stable by index). */
static void
skeleton_order(const sm_infer *st, int *order)
{
	for (int i = 0; i < st->nskel; i++)
		order[i] = i;
	for (int i = 1; i < st->nskel; i++)
		for (int j = i; j > 0 && st->skel[order[j]].count > st->skel[order[j - 1]].count; j--)
		{
			int			x = order[j];

			order[j] = order[j - 1];
			order[j - 1] = x;
		}
}

/* The shape pattern: one branch per shape. */
bool
inf_re_shapes(const sm_infer *st, sm_buf *b)
{
	int			order[MAX_SKELETONS];

	skeleton_order(st, order);
	if (st->nskel > 1)
		sm_buf_putc(b, '(');
	for (int k = 0; k < st->nskel; k++)
	{
		const skeleton *sk = &st->skel[order[k]];

		if (k)
			sm_buf_putc(b, '|');
		for (int t = 0; t < sk->ntok; t++)
		{
			const shape_tok *tk = &sk->tok[t];

			if (sk->sig[t] != 'L' && sk->sig[t] != 'D')
				re_literal(b, sk->sig[t]);
			else if (tk->konst && sk->count >= SHAPE_CONST_MIN)
				sm_buf_append(b, tk->ktext, tk->klen);
			else
			{
				sm_buf_puts(b, sk->sig[t] == 'L' ? letter_class(tk->casemask) : "[0-9]");
				if (!re_quant(b, tk->minlen, tk->maxlen))
					return false;
			}
		}
	}
	if (st->nskel > 1)
		sm_buf_putc(b, ')');
	return true;
}

/* A hex digit of the case seen. */
void
inf_re_hex(sm_buf *b, bool up, bool low)
{
	sm_buf_puts(b, "([0-9]");
	if (low || !up)
		sm_buf_puts(b, "|a|b|c|d|e|f");
	if (up)
		sm_buf_puts(b, "|A|B|C|D|E|F");
	sm_buf_putc(b, ')');
}

/* Pattern of a semantic type; false when it cannot be written. */
bool
inf_re_semantic(const sm_infer *st, int sem, sm_buf *b)
{
	switch (sem)
	{
		case SEM_EMAIL:
			if (!re_charset(b, &st->em_local))
				return false;
			sm_buf_putc(b, '@');
			if (!re_charset(b, &st->em_domain))
				return false;
			sm_buf_puts(b, "\\.");
			if (st->tld_overflow)
				return re_charset(b, &st->em_tld);
			if (st->ntld > 1)
				sm_buf_putc(b, '(');
			for (int i = 0; i < st->ntld; i++)
			{
				if (i)
					sm_buf_putc(b, '|');
				inf_re_literals(b, st->tld[i], st->tldlen[i]);
			}
			if (st->ntld > 1)
				sm_buf_putc(b, ')');
			return true;
		case SEM_URL:
			if (st->nscheme > 1)
				sm_buf_putc(b, '(');
			for (int i = 0; i < st->nscheme; i++)
			{
				if (i)
					sm_buf_putc(b, '|');
				inf_re_literals(b, st->scheme[i], st->schemelen[i]);
			}
			if (st->nscheme > 1)
				sm_buf_putc(b, ')');
			sm_buf_puts(b, "://");
			return re_charset(b, &st->url_rest);
		case SEM_IP:
			if (st->ip4 && st->ip6)
				sm_buf_putc(b, '(');
			if (st->ip4)
				sm_buf_puts(b, "[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");
			if (st->ip4 && st->ip6)
				sm_buf_putc(b, '|');
			if (st->ip6)
			{
				sm_buf_putc(b, '(');
				inf_re_hex(b, st->ip6_upper, st->ip6_lower);
				sm_buf_puts(b, "|:)");
				re_quant(b, st->ip6_min, st->ip6_max);
			}
			if (st->ip4 && st->ip6)
				sm_buf_putc(b, ')');
			return true;
		case SEM_POSTAL:
			{
				const char *parts[3];
				int			np = 0;

				if ((st->postal & (POST_US5 | POST_ZIP4)) == (POST_US5 | POST_ZIP4))
					parts[np++] = "[0-9]{5}(-[0-9]{4})?";
				else if (st->postal & POST_US5)
					parts[np++] = "[0-9]{5}";
				else if (st->postal & POST_ZIP4)
					parts[np++] = "[0-9]{5}-[0-9]{4}";
				if ((st->postal & (POST_CA | POST_CA_SP)) == (POST_CA | POST_CA_SP))
					parts[np++] = "[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]";
				else if (st->postal & POST_CA)
					parts[np++] = "[A-Z][0-9][A-Z][0-9][A-Z][0-9]";
				else if (st->postal & POST_CA_SP)
					parts[np++] = "[A-Z][0-9][A-Z] [0-9][A-Z][0-9]";
				if (st->postal & POST_UK)
					parts[np++] = "[A-Z]{1,2}[0-9]([A-Z]|[0-9])? [0-9][A-Z]{2}";
				if (np > 1)
					sm_buf_putc(b, '(');
				for (int i = 0; i < np; i++)
				{
					if (i)
						sm_buf_putc(b, '|');
					sm_buf_puts(b, parts[i]);
				}
				if (np > 1)
					sm_buf_putc(b, ')');
				return np > 0;
			}
		case SEM_PHONE:
			if (st->shape_ok && st->nskel >= 1 && st->nskel <= MAX_PATTERN_SKELETONS)
				return inf_re_shapes(st, b);
			return re_charset(b, &st->phone);
	}
	return false;
}

/* A profile string of n bytes, NUL-terminated; NULL when out of memory. */
char *
inf_dup_text(const char *s, size_t n)
{
	return sm_strndup(s, n);
}
