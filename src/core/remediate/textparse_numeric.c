/*
 * textparse_numeric.c
 *	  Parsing numbers in legacy text: currencies, signs, grouping and
 *	  decimal marks (sm_tp_parse_numeric, sm_tp_parse_int64).
 *
 * Not here: dates and times (textparse_date.c, textparse_time.c).
 */
#include "textparse.h"

#include <string.h>

#include "datetime.h"
#include "infer.h"
#include "textparse_int.h"

/* ------------------------------------------------------------------------
 * Numbers
 * ------------------------------------------------------------------------
 */

/*
 * Currency symbols and codes, matched case-insensitively (ASCII) as a prefix
 * or suffix.  The longest match wins, so "US$" beats "$" and "kr." beats
 * "kr".
 */
typedef struct currency_spelling
{
	const char *text;
	size_t		len;
} currency_spelling;

#define CUR(s) {s, sizeof(s) - 1}

static const currency_spelling currencies[] = {
	CUR("$"), CUR("\xE2\x82\xAC"),	/* € */
	CUR("\xC2\xA3"), CUR("\xC2\xA5"),	/* £ ¥ */
	CUR("\xE2\x82\xB9"), CUR("\xE2\x82\xA9"),	/* ₹ ₩ */
	CUR("\xE2\x82\xBD"), CUR("\xE2\x82\xBA"),	/* ₽ ₺ */
	CUR("\xE2\x82\xAA"), CUR("\xE0\xB8\xBF"),	/* ₪ ฿ */
	CUR("\xE2\x82\xB4"), CUR("\xE2\x82\xB1"),	/* ₴ ₱ */
	CUR("\xE2\x82\xAB"), CUR("\xE5\x85\x83"),	/* ₫ 元 */
	CUR("\xE5\x86\x86"),		/* 円 */
	CUR("us$"), CUR("r$"), CUR("c$"), CUR("a$"), CUR("nz$"), CUR("hk$"),
	CUR("s$"), CUR("mx$"),
	CUR("chf"), CUR("usd"), CUR("eur"), CUR("gbp"), CUR("jpy"), CUR("cad"),
	CUR("aud"), CUR("nzd"), CUR("cny"), CUR("rmb"), CUR("inr"), CUR("rub"),
	CUR("brl"), CUR("sek"), CUR("nok"), CUR("dkk"), CUR("pln"), CUR("czk"),
	CUR("huf"), CUR("mxn"), CUR("zar"), CUR("krw"), CUR("try"), CUR("ils"),
	CUR("thb"), CUR("hkd"), CUR("sgd"),
	CUR("kr"), CUR("kr."), CUR("z\xC5\x82"),	/* zł */
	CUR("k\xC4\x8D"),			/* kč */
	CUR("fr."), CUR("fr"), CUR("rs"), CUR("rs."),
};

#define NCURRENCIES (sizeof(currencies) / sizeof(currencies[0]))

/* Case-insensitive (ASCII) match of a currency spelling at p. */
static bool
currency_eq(const char *p, const char *cur, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) p[i];

		if (to_lower(c) != (unsigned char) cur[i])
		{
			/* Kč: the multibyte č has an upper-case form Č (C4 8C) */
			if (!((unsigned char) cur[i] == 0x8D && c == 0x8C && i > 0 &&
				  (unsigned char) cur[i - 1] == 0xC4))
				return false;
		}
	}
	return true;
}

/* Length of the longest currency spelling that starts at b (0 if none). */
static size_t
currency_prefix(const char *b, const char *e)
{
	size_t		best = 0;

	for (size_t i = 0; i < NCURRENCIES; i++)
	{
		const char *cur = currencies[i].text;
		size_t		n = currencies[i].len;

		if (n > best && n <= (size_t) (e - b) &&
			to_lower((unsigned char) *b) == (unsigned char) cur[0] &&
			currency_eq(b, cur, n))
			best = n;
	}
	return best;
}

/*
 * Length of the longest currency spelling that ends at e (0 if none).  A
 * code made of letters must not be glued to other letters ("xusd").
 */
static size_t
currency_suffix(const char *b, const char *e)
{
	size_t		best = 0;

	for (size_t i = 0; i < NCURRENCIES; i++)
	{
		const char *cur = currencies[i].text;
		size_t		n = currencies[i].len;

		if (n > best && n <= (size_t) (e - b) &&
			(((unsigned char) cur[n - 1] & 0x80) ||
			 to_lower((unsigned char) e[-1]) == (unsigned char) cur[n - 1]) &&
			currency_eq(e - n, cur, n))
		{
			if (is_alpha((unsigned char) cur[0]) && e - n > b &&
				is_alpha((unsigned char) e[-(ptrdiff_t) n - 1]))
				continue;
			best = n;
		}
	}
	return best;
}

/* A minus sign at p: '-' or U+2212; returns its length. */
static size_t
minus_at(const char *p, const char *e)
{
	if (p < e && *p == '-')
		return 1;

	/* false positive: callers pass spans of any length */
	/* cppcheck-suppress knownConditionTrueFalse */
	if (e - p >= 3 && (unsigned char) p[0] == 0xE2 && (unsigned char) p[1] == 0x88 &&
		(unsigned char) p[2] == 0x92)
		return 3;
	return 0;
}

/* A minus sign ending at e: '-' or U+2212; returns its length. */
static size_t
minus_before(const char *b, const char *e)
{
	if (e > b && e[-1] == '-')
		return 1;

	/* false positive: callers pass spans of any length */
	/* cppcheck-suppress knownConditionTrueFalse */
	if (e - b >= 3 && minus_at(e - 3, e) == 3)
		return 3;
	return 0;
}

enum
{
	SEP_NONE, SEP_DOT, SEP_COMMA, SEP_SPACE, SEP_APOS
};

#define MAX_RUNS 48

/* The separator character at p, its kind and length (0 when none). */
static size_t
sep_at(const char *p, const char *e, int *kind)
{
	size_t		k;

	if (*p == '.')
		*kind = SEP_DOT;
	else if (*p == ',')
		*kind = SEP_COMMA;
	else if (*p == '\'')
		*kind = SEP_APOS;
	else if (e - p >= 3 && (unsigned char) p[0] == 0xE2 && (unsigned char) p[1] == 0x80 &&
			 (unsigned char) p[2] == 0x99)
	{
		*kind = SEP_APOS;		/* U+2019, the typographic apostrophe */
		return 3;
	}
	else if ((k = tp_ws_at(p, e)) > 0 && (*p == ' ' || k > 1))
	{
		*kind = SEP_SPACE;
		return k;
	}
	else
		return 0;
	return 1;
}

/*
 * Digit groups of an integer part: western (1-3 digits, then groups of 3)
 * or Indian (1-2 digits, groups of 2, a final group of 3).  The first group
 * may not start with 0 ("0,123" is a decimal, not grouping).
 */
static bool
valid_grouping(const int *runlen, const char *first, int nint)
{
	bool		western = true,
				indian = true;

	if (nint < 2)
		return true;
	if (runlen[0] < 1 || runlen[0] > 3 || *first == '0')
		return false;
	for (int i = 1; i < nint; i++)
		if (runlen[i] != 3)
			western = false;
	if (runlen[0] > 2 || runlen[nint - 1] != 3)
		indian = false;
	for (int i = 1; i < nint - 1; i++)
		if (runlen[i] != 2)
			indian = false;
	return western || indian;
}

/*
 * Canonical decimal text of digits[0..n) with the decimal point after pos
 * digits (pos may be <= 0 or >= n), as numeric_in would print it.
 */
static bool
emit_decimal(bool neg, const char *digits, int n, long pos, long scale,
			 char *out, size_t outsize)
{
	size_t		o = 0;
	int			lead = 0;

	/* leading zeros carry no information */
	while (lead < n && digits[lead] == '0')
	{
		lead++;
		pos--;
	}
	digits += lead;
	n -= lead;
	if (n == 0)
	{
		/* zero keeps its scale but loses its sign, like numeric */
		if (scale < 0 || (size_t) scale + 3 > outsize || scale > SM_TP_NUMERIC_MAX - 2)
			return false;
		out[o++] = '0';
		if (scale > 0)
		{
			out[o++] = '.';
			memset(out + o, '0', (size_t) scale);
			o += (size_t) scale;
		}
		out[o] = '\0';
		return true;
	}
	/* worst case length: sign, "0.", zeros, digits, zeros */
	{
		long		need = (neg ? 1 : 0) +
		(pos <= 0 ? 2 - pos + n : (pos >= n ? pos : n + 1));

		if (need > SM_TP_NUMERIC_MAX || (size_t) need + 1 > outsize)
			return false;
	}
	if (neg)
		out[o++] = '-';
	if (pos <= 0)
	{
		out[o++] = '0';
		out[o++] = '.';
		memset(out + o, '0', (size_t) -pos);
		o += (size_t) -pos;
		memcpy(out + o, digits, (size_t) n);
		o += (size_t) n;
	}
	else if (pos >= n)
	{
		memcpy(out + o, digits, (size_t) n);
		o += (size_t) n;
		memset(out + o, '0', (size_t) (pos - n));
		o += (size_t) (pos - n);
	}
	else
	{
		memcpy(out + o, digits, (size_t) pos);
		o += (size_t) pos;
		out[o++] = '.';
		memcpy(out + o, digits + pos, (size_t) (n - pos));
		o += (size_t) (n - pos);
	}
	out[o] = '\0';
	return true;
}

/* The digit runs of a number and the separators between them, as scanned. */
typedef struct numruns
{
	int			runlen[MAX_RUNS];
	const char *runpos[MAX_RUNS];
	int			sepkind[MAX_RUNS + 1];	/* separator before run i; [nrun]:
										 * trailing */
	int			nrun;
	int			ndot,
				ncomma,
				nother,
				lastmark;
	long		exponent;
	bool		have_exp;
	int			dec_at;			/* decimal mark precedes run dec_at (nrun:
								 * trailing) */
	int			group;
} numruns;

/* Strip parentheses, sign, currency and percent around the digits; false when they conflict. */
static bool
num_strip_affixes(const char **bp, const char **ep, bool *neg, bool *percent)
{
	const char *b = *bp,
			   *e = *ep;
	bool		have_sign = false,
				paren = false,
				have_cur = false;
	size_t		k;

	/* parentheses around the whole value mean negative */
	if (*b == '(' && e[-1] == ')')
	{
		paren = true;
		b++;
		e--;
		tp_trim(&b, &e);
	}

	/* prefix: sign and currency, in either order, once each */
	while (b < e && !is_digit((unsigned char) *b))
	{
		if (!have_sign && (*b == '+' || (k = minus_at(b, e)) > 0))
		{
			*neg = (*b != '+');
			b += (*b == '+') ? 1 : k;
			have_sign = true;
		}
		else if (!have_cur && (k = currency_prefix(b, e)) > 0)
		{
			b += k;
			have_cur = true;
		}
		else
			break;
		while ((k = tp_ws_at(b, e)) > 0)
			b += k;
	}

	/* suffix: percent, currency, trailing minus */
	while (e > b && !is_digit((unsigned char) e[-1]))
	{
		if (!*percent && e[-1] == '%')
		{
			*percent = true;
			e--;
		}
		else if (!have_sign && (k = minus_before(b, e)) > 0)
		{
			*neg = true;
			have_sign = true;
			e -= k;
		}
		else if (!have_cur && (k = currency_suffix(b, e)) > 0)
		{
			have_cur = true;
			e -= k;
		}
		else
			break;
		while ((k = tp_ws_before(b, e)) > 0)
			e -= k;
	}
	if (b == e || (paren && have_sign) || (*percent && have_cur))
		return false;
	if (paren)
		*neg = true;
	*bp = b;
	*ep = e;
	return true;
}

/* Scan the mantissa: digit runs, separators and an exponent; false on anything else. */
static bool
num_scan_runs(const char *b, const char *e, numruns *nr)
{
	size_t		k;

	nr->sepkind[0] = SEP_NONE;
	while (b < e)
	{
		int			kind;

		if (is_digit((unsigned char) *b))
		{
			if (nr->nrun == MAX_RUNS)
				return false;
			nr->runpos[nr->nrun] = b;
			while (b < e && is_digit((unsigned char) *b))
				b++;
			nr->runlen[nr->nrun] = (int) (b - nr->runpos[nr->nrun]);
			nr->nrun++;
			nr->sepkind[nr->nrun] = SEP_NONE;
		}
		else if ((k = sep_at(b, e, &kind)) > 0)
		{
			if (nr->sepkind[nr->nrun] != SEP_NONE)
				return false;	/* two separators in a row */
			nr->sepkind[nr->nrun] = kind;
			b += k;
			if (kind == SEP_DOT)
			{
				nr->ndot++;
				nr->lastmark = kind;
			}
			else if (kind == SEP_COMMA)
			{
				nr->ncomma++;
				nr->lastmark = kind;
			}
			else
				nr->nother++;
		}
		else if ((*b == 'e' || *b == 'E') && nr->nrun > 0)
		{
			bool		eneg = false;
			int			ed = 0;

			b++;
			if (b < e && (*b == '+' || *b == '-'))
				eneg = (*b++ == '-');
			while (b < e && is_digit((unsigned char) *b))
			{
				if (nr->exponent < 100000)
					nr->exponent = nr->exponent * 10 + (*b - '0');
				b++;
				ed++;
			}
			if (ed == 0 || b != e)
				return false;
			if (eneg)
				nr->exponent = -nr->exponent;
			nr->have_exp = true;
		}
		else
			return false;
	}
	if (nr->nrun == 0)
		return false;
	/* blanks and apostrophes only ever group digits */
	if ((nr->sepkind[0] != SEP_NONE && nr->sepkind[0] != SEP_DOT && nr->sepkind[0] != SEP_COMMA) ||
		(nr->sepkind[nr->nrun] != SEP_NONE && nr->sepkind[nr->nrun] != SEP_DOT && nr->sepkind[nr->nrun] != SEP_COMMA))
		return false;
	return true;
}

/* Decide which separator is the decimal mark and which one groups digits; false when they are inconsistent. */
static bool
num_decimal_mark(numruns *nr, sm_decimal_mark mark)
{
	int			dec = SEP_NONE;

	if (mark == SM_DECIMAL_POINT)
		dec = nr->ndot ? SEP_DOT : SEP_NONE;
	else if (mark == SM_DECIMAL_COMMA)
		dec = nr->ncomma ? SEP_COMMA : SEP_NONE;
	else if (nr->ndot && nr->ncomma)
		dec = nr->lastmark;
	else if (nr->ndot + nr->ncomma == 1)
	{
		int			only = nr->ndot ? SEP_DOT : SEP_COMMA;
		int			at = -1;

		for (int i = 0; i <= nr->nrun; i++)
			if (nr->sepkind[i] == only)
				at = i;

		/*
		 * "1,234": thousands; "12,50", "0,123", "1,2345", "1.5e3": decimal
		 */
		if (!nr->have_exp && nr->nother == 0 && at == 1 && nr->nrun == 2 &&
			nr->runlen[1] == 3 && nr->runlen[0] <= 3 && *nr->runpos[0] != '0')
			dec = SEP_NONE;
		else
			dec = only;
	}
	if (dec != SEP_NONE)
	{
		for (int i = 0; i <= nr->nrun; i++)
			if (nr->sepkind[i] == dec)
			{
				if (nr->dec_at >= 0)
					return false;	/* two decimal marks */
				nr->dec_at = i;
			}
	}
	/* every other separator is one grouping kind, before the mark */
	for (int i = 0; i <= nr->nrun; i++)
	{
		if (nr->sepkind[i] == SEP_NONE || i == nr->dec_at)
			continue;
		if (i == 0 || i == nr->nrun || (nr->dec_at >= 0 && i > nr->dec_at))
			return false;
		if (nr->group != SEP_NONE && nr->group != nr->sepkind[i])
			return false;
		nr->group = nr->sepkind[i];
	}
	return true;
}

/*
 * Read a number the way people write them in spreadsheets and exports:
 * optional sign (leading, trailing, or around a currency), parentheses for
 * negatives, currency prefix or suffix, grouping, a decimal mark chosen by
 * the option or guessed, an exponent, a trailing percent.  The rules for
 * ambiguous text are spelled out in textparse.h; everything else fails.
 */
bool
sm_tp_parse_numeric(const char *s, size_t len, sm_decimal_mark mark,
					char *out, size_t outsize)
{
	const char *b,
			   *e;
	bool		neg = false,
				percent = false;
	numruns		nr;
	char		digits[SM_TP_MAX_INPUT];
	int			nd = 0,
				nfrac = 0;

	if (s == NULL || outsize < 2)
		return false;
	b = s;
	e = s + len;
	tp_trim(&b, &e);
	if (b == e || e - b > SM_TP_MAX_INPUT || sm_infer_is_placeholder(b, (size_t) (e - b)))
		return false;

	if (!num_strip_affixes(&b, &e, &neg, &percent))
		return false;

	memset(&nr, 0, sizeof(nr));
	nr.lastmark = SEP_NONE;
	nr.dec_at = -1;
	nr.group = SEP_NONE;
	if (!num_scan_runs(b, e, &nr) || !num_decimal_mark(&nr, mark))
		return false;
	{
		int			nint = nr.dec_at < 0 ? nr.nrun : nr.dec_at;

		if (nr.group != SEP_NONE && (nr.have_exp || !valid_grouping(nr.runlen, nr.runpos[0], nint)))
			return false;
		if (nr.dec_at >= 0 && nr.nrun - nr.dec_at > 1)
			return false;		/* digits after the mark are grouped */
		for (int i = 0; i < nr.nrun; i++)
		{
			memcpy(digits + nd, nr.runpos[i], (size_t) nr.runlen[i]);
			nd += nr.runlen[i];
			if (nr.dec_at >= 0 && i >= nr.dec_at)
				nfrac += nr.runlen[i];
		}
	}

	if (percent)
		nr.exponent -= 2;
	if (nr.exponent > SM_TP_NUMERIC_MAX || nr.exponent < -SM_TP_NUMERIC_MAX)
		return false;
	{
		long		scale = (long) nfrac - nr.exponent;

		return emit_decimal(neg, digits, nd, (long) (nd - nfrac) + nr.exponent,
							scale < 0 ? 0 : scale, out, outsize);
	}
}

/*
 * An integer under the numeric rules: "1,234.00" is 1234, "12.5" is not an
 * integer at all (rounding would lose information), and bigint bounds hold.
 */
bool
sm_tp_parse_int64(const char *s, size_t len, sm_decimal_mark mark, int64_t *out)
{
	char		buf[SM_TP_NUMERIC_BUF];
	const char *p = buf;
	bool		neg = false;
	uint64_t	v = 0;
	int			nd = 0;

	if (!sm_tp_parse_numeric(s, len, mark, buf, sizeof(buf)))
		return false;
	if (*p == '-')
	{
		neg = true;
		p++;
	}
	for (; is_digit((unsigned char) *p); p++)
	{
		if (nd > 0 || *p != '0')
			nd++;
		if (nd > 19)
			return false;
		v = v * 10 + (uint64_t) (*p - '0');
	}
	if (*p == '.')
		for (p++; *p; p++)
			if (*p != '0')
				return false;
	if (neg ? v > (uint64_t) INT64_MAX + 1 : v > (uint64_t) INT64_MAX)
		return false;
	*out = neg ? (int64_t) (0 - v) : (int64_t) v;
	return true;
}
