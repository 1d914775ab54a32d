/*
 * infer_numbers.c
 *	  The number reading of column inference: separators, currencies,
 *	  decimals, integer ranges and numeric(p,s).
 *
 * Every value is read twice, with '.' and with ',' as the decimal mark;
 * each reading counts the values it explains.
 *
 * Not here: choosing the number type at the end (infer_finish.c).
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

/* Separators inside numbers. */
enum
{
	SEP_NONE, SEP_DOT, SEP_COMMA, SEP_SPACE, SEP_APOS, SEP_NBSP, SEP_NNBSP
};

const char *const inf_currency_text[] = {
	"", "$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "\xE2\x82\xB9",
	"USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD"
};

#define NCURRENCIES ((int) (sizeof(inf_currency_text) / sizeof(inf_currency_text[0])))

/* ---------------------------------------------------------------- */
/* Numbers                                                            */
/* ---------------------------------------------------------------- */

#define MAX_GROUPS 48

/* A number split into digit groups, before the separators are read. */
typedef struct numraw
{
	bool		neg,
				parens,
				percent,
				special,
				has_exp,
				cur_suffix;
	uint8_t		currency;
	int			exp;
	int			ngroups;
	uint8_t		glen[MAX_GROUPS];
	uint8_t		gsep[MAX_GROUPS];	/* separator after group i */
	int			ndig;
	char		dig[MAX_TYPED_LEN];
} numraw;

/* One reading of a numraw. */
typedef struct numval
{
	int			nint;			/* integer digits, leading zero dropped */
	int			intstart;		/* index of the first of them in dig */
	int			nfrac;
	uint8_t		thousands;
	bool		has_dec;
	bool		leading_zero;
} numval;

/* Separator at s[i] (bytes before end), its id and byte length. */
static int
sep_at(const char *s, size_t end, size_t i, size_t *sl)
{
	unsigned char c = (unsigned char) s[i];

	*sl = 1;
	if (c == '.')
		return SEP_DOT;
	if (c == ',')
		return SEP_COMMA;
	if (c == ' ')
		return SEP_SPACE;
	if (c == '\'')
		return SEP_APOS;
	if (c == 0xC2 && i + 1 < end && (unsigned char) s[i + 1] == 0xA0)
	{
		*sl = 2;
		return SEP_NBSP;
	}
	if (c == 0xE2 && i + 2 < end && (unsigned char) s[i + 1] == 0x80 &&
		(unsigned char) s[i + 2] == 0xAF)
	{
		*sl = 3;
		return SEP_NNBSP;
	}
	return SEP_NONE;
}

/* Currency symbol starting at s[p] (before end): its id, 0 when none. */
static int
currency_prefix(const char *s, size_t p, size_t end, size_t *clen)
{
	for (int i = 1; i < NCURRENCIES; i++)
	{
		size_t		l = strlen(inf_currency_text[i]);

		if (p + l <= end && memcmp(s + p, inf_currency_text[i], l) == 0)
		{
			*clen = l;
			return i;
		}
	}
	return 0;
}

/* Currency symbol ending at s[end - 1] (after p): its id, 0 when none. */
int
inf_currency_suffix(const char *s, size_t p, size_t end, size_t *clen)
{
	for (int i = 1; i < NCURRENCIES; i++)
	{
		size_t		l = strlen(inf_currency_text[i]);

		if (end >= p + l && memcmp(s + end - l, inf_currency_text[i], l) == 0)
		{
			*clen = l;
			return i;
		}
	}
	return 0;
}

/*
 * Split a trimmed value into sign, currency, percent, parentheses, digit
 * groups and exponent.  Accepted: [(][sign][cur[ ]][sign]body[e[sign]dd]
 * [ ][cur][ ][%][)], where body is digits and separators.
 */
static bool
num_parse_raw(const char *s, size_t n, numraw *r)
{
	size_t		p = 0,
				end = n,
				mend,
				i,
				clen;
	bool		signed_ = false;
	size_t		glen = 0;
	int			cur;

	memset(r, 0, offsetof(numraw, dig));
	if (n == 0)
		return false;
	if (s[0] == '(')
	{
		if (n < 3 || s[n - 1] != ')')
			return false;
		r->parens = true;
		p++;
		end--;
	}
	if (p < end && (s[p] == '-' || s[p] == '+'))
	{
		r->neg = s[p] == '-';
		signed_ = true;
		p++;
	}
	cur = currency_prefix(s, p, end, &clen);
	if (cur)
	{
		r->currency = (uint8_t) cur;
		p += clen;
		if (p < end && s[p] == ' ')
			p++;
		if (!signed_ && p < end && (s[p] == '-' || s[p] == '+'))
		{
			r->neg = s[p] == '-';
			signed_ = true;
			p++;
		}
	}
	if (r->parens && signed_)
		return false;
	if (end > p && s[end - 1] == '%')
	{
		r->percent = true;
		end--;
		if (end > p && s[end - 1] == ' ')
			end--;
	}
	if (!r->currency)
	{
		cur = inf_currency_suffix(s, p, end, &clen);
		if (cur)
		{
			r->currency = (uint8_t) cur;
			r->cur_suffix = true;
			end -= clen;
			if (end > p && s[end - 1] == ' ')
				end--;
		}
	}
	if ((r->percent && r->currency) || p >= end)
		return false;

	/* infinity, as PostgreSQL's float input spells it */
	if (!r->currency && !r->percent && !r->parens &&
		(inf_eq_nocase(s + p, end - p, "infinity") || inf_eq_nocase(s + p, end - p, "inf")))
	{
		r->special = true;
		return true;
	}

	/* exponent */
	for (i = p; i < end; i++)
		if (s[i] == 'e' || s[i] == 'E')
			break;
	mend = i;
	if (i < end)
	{
		bool		eneg = false;
		int			e = 0,
					nd = 0;

		if (r->currency || r->percent || r->parens)
			return false;
		i++;
		if (i < end && (s[i] == '+' || s[i] == '-'))
		{
			eneg = s[i] == '-';
			i++;
		}
		while (i < end && is_digit(s[i]))
		{
			if (nd == 4)
				return false;
			e = e * 10 + (s[i] - '0');
			nd++;
			i++;
		}
		if (nd == 0 || i != end)
			return false;
		r->has_exp = true;
		r->exp = eneg ? -e : e;
	}

	/* mantissa: digit groups and separators */
	for (i = p; i < mend;)
	{
		size_t		sl;
		int			sep;

		if (is_digit(s[i]))
		{
			if (r->ndig >= MAX_TYPED_LEN || glen >= 255)
				return false;
			r->dig[r->ndig++] = s[i++];
			glen++;
			continue;
		}
		sep = sep_at(s, mend, i, &sl);
		if (sep == SEP_NONE || r->ngroups >= MAX_GROUPS - 1)
			return false;
		r->glen[r->ngroups] = (uint8_t) glen;
		r->gsep[r->ngroups] = (uint8_t) sep;
		r->ngroups++;
		glen = 0;
		i += sl;
	}
	r->glen[r->ngroups] = (uint8_t) glen;
	r->gsep[r->ngroups] = SEP_NONE;
	r->ngroups++;
	return r->ndig > 0;
}

/*
 * Read the groups with dec as the decimal mark: at most one, last; every
 * other separator is the thousands separator (one kind, groups of three).
 */
static bool
num_interp(const numraw *r, int dec, numval *v)
{
	int			k = r->ngroups;
	int			decpos = -1;
	int			nintg;
	int			nint;
	uint8_t		th = SEP_NONE;

	memset(v, 0, sizeof(*v));
	if (r->special)
		return true;
	for (int i = 0; i < k - 1; i++)
	{
		if (r->gsep[i] == dec)
		{
			if (decpos >= 0)
				return false;
			decpos = i;
		}
		else
		{
			if (th != SEP_NONE && th != r->gsep[i])
				return false;
			th = r->gsep[i];
		}
	}
	if (decpos >= 0 && decpos != k - 2)
		return false;
	nintg = decpos >= 0 ? decpos + 1 : k;
	if (th != SEP_NONE)
	{
		if (r->has_exp || r->glen[0] < 1 || r->glen[0] > 3 || r->dig[0] == '0')
			return false;
		for (int i = 1; i < nintg; i++)
			if (r->glen[i] != 3)
				return false;
	}
	else if (r->glen[0] == 0 && decpos < 0)
		return false;
	if (decpos >= 0)
	{
		if (r->glen[k - 1] == 0)
			return false;		/* "5." */
		v->nfrac = r->glen[k - 1];
		v->has_dec = true;
	}
	nint = r->ndig - v->nfrac;
	if (nint > 1 && r->dig[0] == '0')
	{
		v->leading_zero = true;
		return false;
	}
	v->intstart = (nint == 1 && r->dig[0] == '0') ? 1 : 0;
	v->nint = nint - v->intstart;
	v->thousands = th;
	return true;
}

/* Compare a reading (neg, int digits, frac digits) with a decnum. */
static int
dec_cmp(bool neg, int nint, const char *id, int nfrac, const char *fd,
		const decnum *b)
{
	int			r = 0;

	if (neg != b->neg)
		return neg ? -1 : 1;
	if (nint != b->nint)
		r = nint < b->nint ? -1 : 1;
	else
	{
		int			nf = nfrac > b->nfrac ? nfrac : b->nfrac;

		r = memcmp(id, b->d, (size_t) nint);
		for (int i = 0; r == 0 && i < nf; i++)
		{
			char		x = i < nfrac ? fd[i] : '0';
			char		y = i < b->nfrac ? b->d[b->nint + i] : '0';

			if (x != y)
				r = x < y ? -1 : 1;
		}
		if (r)
			r = r < 0 ? -1 : 1;
	}
	return neg ? -r : r;
}

/* Fill a decimal from its sign and its integer and fraction digits. */
static void
dec_set(decnum *d, bool neg, int nint, const char *id, int nfrac, const char *fd)
{
	d->neg = neg;
	d->nint = nint;
	d->nfrac = nfrac;
	memcpy(d->d, id, (size_t) nint);
	memcpy(d->d + nint, fd, (size_t) nfrac);
}

/* Canonical text of a decnum: 1234.50, -0.5, 0. */
void
inf_dec_format(const decnum *d, char *buf, size_t buflen)
{
	size_t		o = 0;

	if (buflen < (size_t) d->nint + (size_t) d->nfrac + 4)
	{
		snprintf(buf, buflen, "%s", "");
		return;
	}
	if (d->neg)
		buf[o++] = '-';
	if (d->nint == 0)
		buf[o++] = '0';
	memcpy(buf + o, d->d, (size_t) d->nint);
	o += (size_t) d->nint;
	if (d->nfrac)
	{
		buf[o++] = '.';
		memcpy(buf + o, d->d + d->nint, (size_t) d->nfrac);
		o += (size_t) d->nfrac;
	}
	buf[o] = '\0';
}

/* Value of a decnum as a double (C numeric locale, as in the server). */
double
inf_dec_to_double(const decnum *d)
{
	char		buf[MAX_TYPED_LEN + 8];

	inf_dec_format(d, buf, sizeof(buf));
	return strtod(buf, NULL);
}

/* Account a value that parsed under one reading. */
static void
num_update(numstats *ns, const numraw *r, const numval *v,
		   const char *raw, size_t rawlen)
{
	const char *id = r->dig + v->intstart;
	const char *fd = r->dig + v->intstart + v->nint;
	bool		neg = r->neg || r->parens;
	bool		zero = true;
	int			sig = 0;

	/* one thousands separator and one currency per column */
	if ((v->thousands && ns->thousands && v->thousands != ns->thousands) ||
		(r->currency && ns->currency &&
		 (r->currency != ns->currency || r->cur_suffix != ns->cur_suffix)))
	{
		inf_cand_fail(&ns->c, raw, rawlen);
		return;
	}
	ns->c.n_ok++;
	if (v->thousands)
		ns->thousands = v->thousands;
	if (r->currency)
	{
		ns->currency = r->currency;
		ns->cur_suffix = r->cur_suffix;
	}
	ns->percent |= r->percent;
	ns->parens |= r->parens;
	if (r->special)
	{
		double		x = r->neg ? -HUGE_VAL : HUGE_VAL;

		ns->any_special = true;
		ns->all01 = false;
		if (!ns->has_fmm || x < ns->fmin)
			ns->fmin = x;
		if (!ns->has_fmm || x > ns->fmax)
			ns->fmax = x;
		ns->has_fmm = true;
		return;
	}
	for (int i = 0; i < v->nint + v->nfrac; i++)
	{
		if (id[i] != '0')
			zero = false;
		if (!zero)
			sig++;
	}
	if (zero)
		neg = false;
	if (sig > ns->max_sig)
		ns->max_sig = sig;
	if (r->has_exp)
	{
		decnum		tmp;
		char		buf[MAX_TYPED_LEN + 16];
		double		x;

		ns->any_exp = true;
		ns->all01 = false;
		dec_set(&tmp, neg, v->nint, id, v->nfrac, fd);
		inf_dec_format(&tmp, buf, sizeof(buf));
		snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), "e%d", r->exp);
		x = strtod(buf, NULL);
		if (!ns->has_fmm || x < ns->fmin)
			ns->fmin = x;
		if (!ns->has_fmm || x > ns->fmax)
			ns->fmax = x;
		ns->has_fmm = true;
		return;
	}
	if (!ns->has_scale)
	{
		ns->scale = v->nfrac;
		ns->has_scale = true;
	}
	else if (ns->scale != v->nfrac)
	{
		ns->scale_mixed = true;
		if (v->nfrac > ns->scale)
			ns->scale = v->nfrac;
	}
	if (v->nint > ns->max_int)
		ns->max_int = v->nint;
	if (v->has_dec)
		ns->any_dec = true;
	if (v->has_dec || neg || v->nint > 1 || (v->nint == 1 && id[0] != '1'))
		ns->all01 = false;
	if (!v->has_dec && !ns->out_int8)
	{
		if (v->nint > 19)
			ns->out_int8 = ns->out_int4 = true;
		else
		{
			uint64_t	u = 0;

			for (int i = 0; i < v->nint; i++)
				u = u * 10 + (uint64_t) (id[i] - '0');
			if (u > (neg ? UINT64_C(2147483648) : UINT64_C(2147483647)))
				ns->out_int4 = true;
			if (u > (neg ? UINT64_C(9223372036854775808) : UINT64_C(9223372036854775807)))
				ns->out_int8 = true;
		}
	}
	if (!ns->has_dmm)
	{
		dec_set(&ns->dmin, neg, v->nint, id, v->nfrac, fd);
		ns->dmax = ns->dmin;
		ns->has_dmm = true;
	}
	else
	{
		if (dec_cmp(neg, v->nint, id, v->nfrac, fd, &ns->dmin) < 0)
			dec_set(&ns->dmin, neg, v->nint, id, v->nfrac, fd);
		if (dec_cmp(neg, v->nint, id, v->nfrac, fd, &ns->dmax) > 0)
			dec_set(&ns->dmax, neg, v->nint, id, v->nfrac, fd);
	}
}

/* Both number readings of a trimmed value. */
void
inf_num_add(sm_infer *st, const char *t, size_t tl, bool typed,
			const char *raw, size_t rawlen)
{
	numraw		r;
	numval		v;
	static const int decs[2] = {SEP_DOT, SEP_COMMA};

	if (typed && num_parse_raw(t, tl, &r))
	{
		for (int i = 0; i < 2; i++)
		{
			if (num_interp(&r, decs[i], &v))
				num_update(&st->num[i], &r, &v, raw, rawlen);
			else
			{
				if (v.leading_zero)
					st->num_leading_zero = true;
				inf_cand_fail(&st->num[i].c, raw, rawlen);
			}
		}
		return;
	}
	inf_cand_fail(&st->num[0].c, raw, rawlen);
	inf_cand_fail(&st->num[1].c, raw, rawlen);
}
