/*
 * textparse.c
 *	  Forgiving parsers of legacy text values for schema remediation.
 *
 * Each parser reads a byte span with a hand-written scanner: no allocation,
 * no locale, no floating point.  They are deliberately strict where reading
 * would lose information (12.5 as an integer, 2023-01-15 10:00 as a date,
 * a weekday that contradicts its date) and forgiving about layout (currency,
 * grouping, separators, month names).
 */
#include "textparse.h"

#include <string.h>

#include "datetime.h"
#include "infer.h"

#define USECS_PER_SEC INT64_C(1000000)

static inline bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline unsigned char
to_lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c + 32) : c;
}

/*
 * Bytes of the whitespace character starting at p (0 when none): ASCII
 * blanks and the Unicode spaces spreadsheets and web forms leave behind.
 */
static size_t
ws_at(const char *p, const char *e)
{
	const unsigned char *u = (const unsigned char *) p;
	size_t		n = (size_t) (e - p);

	if (n == 0)
		return 0;
	if (u[0] == ' ' || (u[0] >= '\t' && u[0] <= '\r'))
		return 1;
	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;				/* U+00A0 */
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
		(u[2] == 0xAF || u[2] == 0x87 || u[2] == 0x89))
		return 3;				/* U+202F, U+2007, U+2009 */
	if (n >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
		return 3;				/* U+3000 */
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		return 3;				/* byte-order mark */
	return 0;
}

/* Bytes of the whitespace character that ends at e (0 when none). */
static size_t
ws_before(const char *b, const char *e)
{
	size_t		n = (size_t) (e - b);

	for (size_t k = 1; k <= 3 && k <= n; k++)
		if (ws_at(e - k, e) == k)
			return k;
	return 0;
}

/* Narrow [*b, *e) to its content without surrounding whitespace. */
static void
trim(const char **b, const char **e)
{
	size_t		k;

	while ((k = ws_at(*b, *e)) > 0)
		*b += k;
	while ((k = ws_before(*b, *e)) > 0)
		*e -= k;
}

/* ASCII case-insensitive comparison of a span with a lower-case word. */
static bool
word_is(const char *p, size_t n, const char *lower)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (lower[i] == '\0' || to_lower((unsigned char) p[i]) != (unsigned char) lower[i])
			return false;
	return lower[i] == '\0';
}

/*
 * Missing after trimming: blank, or a placeholder of schema detection, so
 * that remediation and detection agree on what "missing" means.
 */
bool
sm_tp_is_missing(const char *s, size_t len)
{
	const char *b = s,
			   *e = s + len;

	if (s == NULL)
		return true;
	trim(&b, &e);
	return b == e || sm_infer_is_placeholder(b, (size_t) (e - b));
}

/* The decimal_mark option: a bad spelling is the caller's error to raise. */
bool
sm_tp_decimal_mark_option(const char *s, size_t len, sm_decimal_mark *out)
{
	if (len == 1 && s[0] == '.')
		*out = SM_DECIMAL_POINT;
	else if (len == 1 && s[0] == ',')
		*out = SM_DECIMAL_COMMA;
	else if (word_is(s, len, "auto"))
		*out = SM_DECIMAL_AUTO;
	else
		return false;
	return true;
}

/* The field_order option, in any case. */
bool
sm_tp_field_order_option(const char *s, size_t len, sm_field_order *out)
{
	if (word_is(s, len, "auto"))
		*out = SM_ORDER_AUTO;
	else if (word_is(s, len, "mdy"))
		*out = SM_ORDER_MDY;
	else if (word_is(s, len, "dmy"))
		*out = SM_ORDER_DMY;
	else if (word_is(s, len, "ymd"))
		*out = SM_ORDER_YMD;
	else
		return false;
	return true;
}

/* ------------------------------------------------------------------------
 * Numbers
 * ------------------------------------------------------------------------
 */

/*
 * Currency symbols and codes, matched case-insensitively (ASCII) as a prefix
 * or suffix.  The longest match wins, so "US$" beats "$" and "kr." beats
 * "kr".
 */
typedef struct currency
{
	const char *text;
	size_t		len;
} currency;

#define CUR(s) {s, sizeof(s) - 1}

static const currency currencies[] = {
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
	CUR("k\xC4\x8D"),		/* kč */
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
	else if ((k = ws_at(p, e)) > 0 && (*p == ' ' || k > 1))
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
	const char *b = s,
			   *e = s + len;
	bool		neg = false,
				have_sign = false,
				paren = false,
				percent = false,
				have_cur = false;
	int			runlen[MAX_RUNS];
	const char *runpos[MAX_RUNS];
	int			sepkind[MAX_RUNS + 1];	/* separator before run i; [nrun]:
										 * trailing */
	int			nrun = 0;
	long		exponent = 0;
	bool		have_exp = false;
	int			ndot = 0,
				ncomma = 0,
				nother = 0,
				lastmark = SEP_NONE;
	int			dec_at = -1;	/* decimal mark precedes run dec_at (nrun:
								 * trailing) */
	int			group = SEP_NONE;
	char		digits[SM_TP_MAX_INPUT];
	int			nd = 0,
				nfrac = 0;
	size_t		k = 0;

	if (s == NULL || outsize < 2)
		return false;
	trim(&b, &e);
	if (b == e || e - b > SM_TP_MAX_INPUT || sm_infer_is_placeholder(b, (size_t) (e - b)))
		return false;

	/* parentheses around the whole value mean negative */
	if (*b == '(' && e[-1] == ')')
	{
		paren = true;
		b++;
		e--;
		trim(&b, &e);
	}

	/* prefix: sign and currency, in either order, once each */
	while (b < e && !is_digit((unsigned char) *b))
	{
		if (!have_sign && (*b == '+' || (k = minus_at(b, e)) > 0))
		{
			neg = (*b != '+');
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
		while ((k = ws_at(b, e)) > 0)
			b += k;
	}

	/* suffix: percent, currency, trailing minus */
	while (e > b && !is_digit((unsigned char) e[-1]))
	{
		if (!percent && e[-1] == '%')
		{
			percent = true;
			e--;
		}
		else if (!have_sign && (k = minus_before(b, e)) > 0)
		{
			neg = true;
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
		while ((k = ws_before(b, e)) > 0)
			e -= k;
	}
	if (b == e || (paren && have_sign) || (percent && have_cur))
		return false;
	if (paren)
		neg = true;

	/* mantissa: digit runs and the separators between them */
	sepkind[0] = SEP_NONE;
	while (b < e)
	{
		int			kind;

		if (is_digit((unsigned char) *b))
		{
			if (nrun == MAX_RUNS)
				return false;
			runpos[nrun] = b;
			while (b < e && is_digit((unsigned char) *b))
				b++;
			runlen[nrun] = (int) (b - runpos[nrun]);
			nrun++;
			sepkind[nrun] = SEP_NONE;
		}
		else if ((k = sep_at(b, e, &kind)) > 0)
		{
			if (sepkind[nrun] != SEP_NONE)
				return false;	/* two separators in a row */
			sepkind[nrun] = kind;
			b += k;
			if (kind == SEP_DOT)
			{
				ndot++;
				lastmark = kind;
			}
			else if (kind == SEP_COMMA)
			{
				ncomma++;
				lastmark = kind;
			}
			else
				nother++;
		}
		else if ((*b == 'e' || *b == 'E') && nrun > 0)
		{
			bool		eneg = false;
			int			ed = 0;

			b++;
			if (b < e && (*b == '+' || *b == '-'))
				eneg = (*b++ == '-');
			while (b < e && is_digit((unsigned char) *b))
			{
				if (exponent < 100000)
					exponent = exponent * 10 + (*b - '0');
				b++;
				ed++;
			}
			if (ed == 0 || b != e)
				return false;
			if (eneg)
				exponent = -exponent;
			have_exp = true;
		}
		else
			return false;
	}
	if (nrun == 0)
		return false;
	/* blanks and apostrophes only ever group digits */
	if ((sepkind[0] != SEP_NONE && sepkind[0] != SEP_DOT && sepkind[0] != SEP_COMMA) ||
		(sepkind[nrun] != SEP_NONE && sepkind[nrun] != SEP_DOT && sepkind[nrun] != SEP_COMMA))
		return false;

	/* which separator is the decimal mark? */
	{
		int			dec = SEP_NONE;

		if (mark == SM_DECIMAL_POINT)
			dec = ndot ? SEP_DOT : SEP_NONE;
		else if (mark == SM_DECIMAL_COMMA)
			dec = ncomma ? SEP_COMMA : SEP_NONE;
		else if (ndot && ncomma)
			dec = lastmark;
		else if (ndot + ncomma == 1)
		{
			int			only = ndot ? SEP_DOT : SEP_COMMA;
			int			at = -1;

			for (int i = 0; i <= nrun; i++)
				if (sepkind[i] == only)
					at = i;
			/* "1,234": thousands; "12,50", "0,123", "1,2345", "1.5e3": decimal */
			if (!have_exp && nother == 0 && at == 1 && nrun == 2 &&
				runlen[1] == 3 && runlen[0] <= 3 && *runpos[0] != '0')
				dec = SEP_NONE;
			else
				dec = only;
		}
		if (dec != SEP_NONE)
		{
			for (int i = 0; i <= nrun; i++)
				if (sepkind[i] == dec)
				{
					if (dec_at >= 0)
						return false;	/* two decimal marks */
					dec_at = i;
				}
		}
		/* every other separator is one grouping kind, before the mark */
		for (int i = 0; i <= nrun; i++)
		{
			if (sepkind[i] == SEP_NONE || i == dec_at)
				continue;
			if (i == 0 || i == nrun || (dec_at >= 0 && i > dec_at))
				return false;
			if (group != SEP_NONE && group != sepkind[i])
				return false;
			group = sepkind[i];
		}
	}
	{
		int			nint = dec_at < 0 ? nrun : dec_at;

		if (group != SEP_NONE && (have_exp || !valid_grouping(runlen, runpos[0], nint)))
			return false;
		if (dec_at >= 0 && nrun - dec_at > 1)
			return false;		/* digits after the mark are grouped */
		for (int i = 0; i < nrun; i++)
		{
			memcpy(digits + nd, runpos[i], (size_t) runlen[i]);
			nd += runlen[i];
			if (dec_at >= 0 && i >= dec_at)
				nfrac += runlen[i];
		}
	}

	if (percent)
		exponent -= 2;
	if (exponent > SM_TP_NUMERIC_MAX || exponent < -SM_TP_NUMERIC_MAX)
		return false;
	{
		long		scale = (long) nfrac - exponent;

		return emit_decimal(neg, digits, nd, (long) (nd - nfrac) + exponent,
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

/* ------------------------------------------------------------------------
 * Dates and timestamps
 * ------------------------------------------------------------------------
 */

/* What the date scanner found. */
typedef struct dt_parts
{
	int32_t		days;
	int64_t		tod;			/* microseconds since midnight */
	bool		has_time;
	bool		has_zone;
	int32_t		zone_secs;		/* east of UTC */
	bool		epoch;			/* an epoch count: days/tod already UTC */
} dt_parts;

/* A scanner position over [p, e). */
typedef struct scan
{
	const char *p;
	const char *e;
} scan;

/* Digits at the cursor (at most 10 read into *val); returns how many. */
static int
scan_number(scan *sc, int *val)
{
	int			n = 0;
	int			v = 0;

	while (sc->p < sc->e && is_digit((unsigned char) *sc->p))
	{
		if (n < 9)
			v = v * 10 + (*sc->p - '0');
		n++;
		sc->p++;
	}
	*val = v;
	return n;
}

/* ASCII letters at the cursor; returns how many (word starts at *w). */
static int
scan_word(scan *sc, const char **w)
{
	const char *start = sc->p;

	while (sc->p < sc->e && is_alpha((unsigned char) *sc->p))
		sc->p++;
	*w = start;
	return (int) (sc->p - start);
}

/* Skip ASCII blanks; returns how many. */
static int
skip_blanks(scan *sc)
{
	int			n = 0;

	while (sc->p < sc->e && (*sc->p == ' ' || *sc->p == '\t'))
	{
		sc->p++;
		n++;
	}
	return n;
}

static const char *const month_names[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

/* 1-12 for an English month name, full or 3 letters ("sept" too); else 0. */
static int
month_of(const char *w, int n)
{
	for (int m = 0; m < 12; m++)
	{
		if (n == 3 || (int) strlen(month_names[m]) == n || (m == 8 && n == 4))
		{
			int			i;

			for (i = 0; i < n; i++)
				if (to_lower((unsigned char) w[i]) != (unsigned char) month_names[m][i])
					break;
			if (i == n)
				return m + 1;
		}
	}
	return 0;
}

static const char *const weekday_names[7] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"
};

/* 0 (Sunday) - 6 for an English weekday name, full or 3 letters; else -1. */
static int
weekday_of(const char *w, int n)
{
	for (int d = 0; d < 7; d++)
	{
		if (n == 3 || (int) strlen(weekday_names[d]) == n)
		{
			int			i;

			for (i = 0; i < n; i++)
				if (to_lower((unsigned char) w[i]) != (unsigned char) weekday_names[d][i])
					break;
			if (i == n)
				return d;
		}
	}
	return -1;
}

/* Two-digit years pivot like PostgreSQL: 00-69 -> 20xx, 70-99 -> 19xx. */
static int
expand_year(int y, int ndigits)
{
	if (ndigits == 2)
		return y < 70 ? 2000 + y : 1900 + y;
	return y;
}

/* Days of a validated calendar date (years 1-9999 only). */
static bool
make_days(int y, int m, int d, int32_t *days)
{
	if (y < 1 || y > 9999 || !sm_valid_ymd(y, m, d))
		return false;
	*days = sm_days_from_ymd(y, m, d);
	return true;
}

/* A date separator: '-', '/', '.', or a run of blanks (returned as ' '). */
static char
scan_sep(scan *sc)
{
	if (sc->p < sc->e && (*sc->p == '-' || *sc->p == '/' || *sc->p == '.'))
		return *sc->p++;
	if (skip_blanks(sc) > 0)
		return ' ';
	return '\0';
}

/* Skip "st", "nd", "rd", "th" after a day number. */
static void
skip_ordinal(scan *sc)
{
	if (sc->e - sc->p >= 2)
	{
		char		a = (char) to_lower((unsigned char) sc->p[0]),
					b = (char) to_lower((unsigned char) sc->p[1]);

		if ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
			(a == 'r' && b == 'd') || (a == 't' && b == 'h'))
		{
			if (sc->e - sc->p == 2 || !is_alpha((unsigned char) sc->p[2]))
				sc->p += 2;
		}
	}
}

/*
 * The date fields: "Mon D[,] Y", "Y-M-D" / "Y-Mon-D", "D-Mon-Y", and the
 * numeric "A/B/C" whose order the option (or the auto rule) decides.
 */
static bool
scan_date_fields(scan *sc, sm_field_order order, int32_t *days)
{
	int			a,
				b,
				c,
				na,
				nb,
				nc,
				m;
	const char *w;
	int			wl;
	char		s1,
				s2;
	bool		comma;

	if (sc->p < sc->e && is_alpha((unsigned char) *sc->p))
	{
		/* Jan 15, 2023 / January 15 2023 / Jan-15-2023 */
		wl = scan_word(sc, &w);
		if ((m = month_of(w, wl)) == 0)
			return false;
		if (sc->p < sc->e && *sc->p == '.' && wl == 3)
			sc->p++;
		if ((s1 = scan_sep(sc)) == '\0' || s1 == '.')
			return false;
		if ((nb = scan_number(sc, &b)) < 1 || nb > 2)
			return false;
		skip_ordinal(sc);
		comma = (s1 == ' ' && sc->p < sc->e && *sc->p == ',');
		sc->p += comma;
		if ((s2 = scan_sep(sc)) != s1 && !(comma && s2 == '\0'))
			return false;
		if (scan_number(sc, &c) != 4)
			return false;
		return make_days(c, m, b, days);
	}

	na = scan_number(sc, &a);
	if (na == 4)
	{
		/* 2023-01-15, 2023/1/5, 2023.01.15, 2023-Jan-15 */
		if ((s1 = scan_sep(sc)) == '\0' || s1 == ' ')
			return false;
		if (sc->p < sc->e && is_alpha((unsigned char) *sc->p))
		{
			wl = scan_word(sc, &w);
			if ((b = month_of(w, wl)) == 0)
				return false;
		}
		else if ((nb = scan_number(sc, &b)) < 1 || nb > 2)
			return false;
		if (scan_sep(sc) != s1)
			return false;
		if ((nc = scan_number(sc, &c)) < 1 || nc > 2)
			return false;
		return make_days(a, b, c, days);
	}
	if (na < 1 || na > 2)
		return false;
	skip_ordinal(sc);
	if ((s1 = scan_sep(sc)) == '\0')
		return false;
	if (sc->p < sc->e && is_alpha((unsigned char) *sc->p))
	{
		/* 15-Jan-2023, 15 Jan 2023, 15 January, 2023, 15-JAN-23 */
		wl = scan_word(sc, &w);
		if ((m = month_of(w, wl)) == 0)
			return false;
		if (sc->p < sc->e && *sc->p == '.' && wl == 3 && s1 != '.')
			sc->p++;
		comma = (s1 == ' ' && sc->p < sc->e && *sc->p == ',');
		sc->p += comma;
		if ((s2 = scan_sep(sc)) != s1 && !(comma && s2 == '\0'))
			return false;
		if ((nc = scan_number(sc, &c)) != 4 && nc != 2)
			return false;
		return make_days(expand_year(c, nc), m, a, days);
	}
	if (s1 == ' ')
		return false;
	if ((nb = scan_number(sc, &b)) < 1 || nb > 2)
		return false;
	if (scan_sep(sc) != s1)
		return false;
	nc = scan_number(sc, &c);
	if (order == SM_ORDER_YMD)
	{
		/* 23/01/15: a two-digit year first */
		if (na != 2 || nc < 1 || nc > 2)
			return false;
		return make_days(expand_year(a, 2), b, c, days);
	}
	if (nc != 4 && nc != 2)
		return false;
	c = expand_year(c, nc);
	if (order == SM_ORDER_MDY || (order == SM_ORDER_AUTO && a <= 12))
		return make_days(c, a, b, days);
	return make_days(c, b, a, days);
}

/*
 * A zone after a time: Z, UTC / GMT / UT (optionally followed by an
 * offset), the RFC 2822 North American names, or +HH, +HHMM, +HH:MM.
 */
static bool
scan_zone(scan *sc, int32_t *secs)
{
	const char *w;
	int			wl;
	int			h,
				mi = 0,
				nh;
	int			sign;
	bool		named = false;

	*secs = 0;
	if (sc->p < sc->e && is_alpha((unsigned char) *sc->p))
	{
		static const struct
		{
			const char *name;
			int			hours;
		}			rfc[] = {
			{"est", -5}, {"edt", -4}, {"cst", -6}, {"cdt", -5},
			{"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}
		};

		wl = scan_word(sc, &w);
		if (word_is(w, (size_t) wl, "z") || word_is(w, (size_t) wl, "utc") ||
			word_is(w, (size_t) wl, "gmt") || word_is(w, (size_t) wl, "ut"))
			named = true;
		else
		{
			for (size_t i = 0; i < sizeof(rfc) / sizeof(rfc[0]); i++)
				if (word_is(w, (size_t) wl, rfc[i].name))
				{
					*secs = rfc[i].hours * 3600;
					return true;
				}
			return false;
		}
		if (sc->p == sc->e || wl == 1)
			return true;
	}
	if (sc->p >= sc->e || (*sc->p != '+' && *sc->p != '-'))
		return false;
	sign = (*sc->p++ == '-') ? -1 : 1;
	nh = scan_number(sc, &h);
	if (nh == 4 && !named)
	{
		mi = h % 100;
		h /= 100;
	}
	else if (nh == 2 || (named && nh == 1))
	{
		if (sc->p < sc->e && *sc->p == ':')
		{
			sc->p++;
			if (scan_number(sc, &mi) != 2)
				return false;
		}
	}
	else
		return false;
	if (h > 15 || mi > 59)
		return false;
	*secs = sign * (h * 3600 + mi * 60);
	return true;
}

/*
 * AM / PM (also a.m. / p.m.) at the cursor: 0 for AM, 1 for PM, -1 when
 * there is none (the cursor is then unspecified).
 */
static int
scan_meridiem(scan *sc)
{
	size_t		n = (size_t) (sc->e - sc->p);
	char		c0;

	if (n < 2)
		return -1;
	c0 = (char) to_lower((unsigned char) sc->p[0]);
	if (c0 != 'a' && c0 != 'p')
		return -1;
	if (to_lower((unsigned char) sc->p[1]) == 'm' &&
		(n == 2 || !is_alpha((unsigned char) sc->p[2])))
		sc->p += 2;
	else if (n >= 4 && sc->p[1] == '.' && to_lower((unsigned char) sc->p[2]) == 'm' &&
			 sc->p[3] == '.')
		sc->p += 4;
	else
		return -1;
	return c0 == 'p';
}

/*
 * A time "H:MM[:SS[.ffffff]]" with optional AM/PM and zone.  Fraction
 * digits beyond microseconds must be zeros: nothing is rounded away.
 */
static bool
scan_time(scan *sc, dt_parts *dt)
{
	int			h,
				mi,
				sec = 0,
				nh;
	int64_t		frac = 0;

	nh = scan_number(sc, &h);
	if (nh < 1 || nh > 2 || sc->p >= sc->e || *sc->p != ':')
		return false;
	sc->p++;
	if (scan_number(sc, &mi) != 2)
		return false;
	if (sc->p < sc->e && *sc->p == ':')
	{
		sc->p++;
		if (scan_number(sc, &sec) != 2)
			return false;
		if (sc->p < sc->e && (*sc->p == '.' || *sc->p == ','))
		{
			int			nf = 0;

			sc->p++;
			while (sc->p < sc->e && is_digit((unsigned char) *sc->p))
			{
				if (nf < 6)
					frac = frac * 10 + (*sc->p - '0');
				else if (*sc->p != '0')
					return false;
				nf++;
				sc->p++;
			}
			if (nf == 0)
				return false;
			for (; nf < 6; nf++)
				frac *= 10;
		}
	}
	if (mi > 59 || sec > 59)
		return false;

	/* AM / PM, a.m. / p.m. */
	{
		scan		save = *sc;
		int			pm;

		skip_blanks(sc);
		if ((pm = scan_meridiem(sc)) >= 0)
		{
			if (h < 1 || h > 12)
				return false;
			h = h % 12 + (pm ? 12 : 0);
		}
		else
			*sc = save;
	}
	if (h > 23)
		return false;
	dt->has_time = true;
	dt->tod = ((int64_t) h * 3600 + mi * 60 + sec) * USECS_PER_SEC + frac;

	/* zone, glued or after blanks */
	{
		skip_blanks(sc);
		if (sc->p == sc->e)
			return true;		/* no zone */
		if (!scan_zone(sc, &dt->zone_secs))
			return false;
		dt->has_zone = true;
	}
	return true;
}

/*
 * Epoch seconds (9-10 digits, optional fraction) and milliseconds (13
 * digits), and the compact YYYYMMDD.  Other all-digit values are rejected.
 */
static bool
scan_all_digits(const char *b, const char *e, dt_parts *dt)
{
	const char *p = b;
	int			n;
	int64_t		v = 0,
				frac = 0;

	while (p < e && is_digit((unsigned char) *p))
		p++;
	n = (int) (p - b);
	if (n > 13)
		return false;
	for (const char *q = b; q < p; q++)
		v = v * 10 + (*q - '0');
	if (n == 8 && p == e)
	{
		int			y = (int) (v / 10000),
					m = (int) (v / 100 % 100),
					d = (int) (v % 100);

		if (y < 1000 || y > 2999)
			return false;
		return make_days(y, m, d, &dt->days);
	}
	if (n == 9 || n == 10)
	{
		int			nf = 0;

		if (p < e && *p == '.')
		{
			for (p++; p < e && is_digit((unsigned char) *p); p++, nf++)
			{
				if (nf < 6)
					frac = frac * 10 + (*p - '0');
				else if (*p != '0')
					return false;
			}
			if (nf == 0)
				return false;
			for (; nf < 6; nf++)
				frac *= 10;
		}
		if (p != e)
			return false;
		v = v * USECS_PER_SEC + frac;
	}
	else if (n == 13 && p == e)
		v *= 1000;
	else
		return false;
	/* v: microseconds since 1970-01-01 */
	v -= (int64_t) 10957 * SM_USECS_PER_DAY;
	dt->days = (int32_t) (v >= 0 ? v / SM_USECS_PER_DAY : -((-v + SM_USECS_PER_DAY - 1) / SM_USECS_PER_DAY));
	dt->tod = v - (int64_t) dt->days * SM_USECS_PER_DAY;
	dt->has_time = true;
	dt->has_zone = true;
	dt->epoch = true;
	return true;
}

/*
 * The whole date / timestamp grammar: optional weekday (checked against the
 * date), the date fields, then an optional time after blanks, 'T' or ", ".
 */
static bool
scan_datetime(const char *s, size_t len, sm_field_order order, dt_parts *dt)
{
	const char *b = s,
			   *e = s + len;
	scan		sc;
	int			weekday = -1;

	memset(dt, 0, sizeof(*dt));
	if (s == NULL)
		return false;
	trim(&b, &e);
	if (b == e || e - b > 96 || sm_infer_is_placeholder(b, (size_t) (e - b)))
		return false;

	if (is_digit((unsigned char) *b))
	{
		const char *p = b;

		while (p < e && is_digit((unsigned char) *p))
			p++;
		if (p == e || (*p == '.' && p - b >= 9 && p - b <= 10))
			return scan_all_digits(b, e, dt);
	}

	sc.p = b;
	sc.e = e;
	if (is_alpha((unsigned char) *sc.p))
	{
		scan		save = sc;
		const char *w;
		int			wl = scan_word(&sc, &w);

		if ((weekday = weekday_of(w, wl)) >= 0)
		{
			if (sc.p < sc.e && *sc.p == '.')
				sc.p++;
			if (sc.p < sc.e && *sc.p == ',')
				sc.p++;
			if (skip_blanks(&sc) == 0 && sc.p[-1] != ',')
				return false;
		}
		else
			sc = save;
	}
	if (!scan_date_fields(&sc, order, &dt->days))
		return false;
	if (weekday >= 0 && (((dt->days % 7) + 7 + 6) % 7) != weekday)
		return false;			/* 2000-01-01 was a Saturday */
	if (sc.p == sc.e)
		return true;

	/* the time part */
	if ((*sc.p == 'T' || *sc.p == 't') && sc.e - sc.p > 1 && is_digit((unsigned char) sc.p[1]))
		sc.p++;
	else
	{
		if (*sc.p == ',')
			sc.p++;
		if (skip_blanks(&sc) == 0)
			return false;
	}
	return scan_time(&sc, dt) && sc.p == sc.e;
}

/*
 * A date: the time, if any, must be exactly midnight and carry no zone
 * (otherwise the date alone would drop part of the value).
 */
bool
sm_tp_parse_date(const char *s, size_t len, sm_field_order order, int32_t *days)
{
	dt_parts	dt;

	if (!scan_datetime(s, len, order, &dt))
		return false;
	if (dt.has_time && (dt.tod != 0 || (dt.has_zone && !dt.epoch)))
		return false;
	*days = dt.days;
	return true;
}

/* A timestamp; a zone given in the text is applied (the result is UTC). */
bool
sm_tp_parse_timestamp(const char *s, size_t len, sm_field_order order,
					  int64_t *usecs, bool *has_zone)
{
	dt_parts	dt;

	if (!scan_datetime(s, len, order, &dt))
		return false;
	*usecs = (int64_t) dt.days * SM_USECS_PER_DAY + dt.tod -
		(int64_t) dt.zone_secs * USECS_PER_SEC;
	*has_zone = dt.has_zone;
	return true;
}

/* ------------------------------------------------------------------------
 * Booleans and names
 * ------------------------------------------------------------------------
 */

/* The usual boolean spellings, whole word only ("tru" is not true). */
bool
sm_tp_parse_boolean(const char *s, size_t len, bool *out)
{
	static const char *const yes[] = {"true", "t", "yes", "y", "1", "on"};
	static const char *const no[] = {"false", "f", "no", "n", "0", "off"};
	const char *b = s,
			   *e = s + len;
	size_t		n;

	if (s == NULL)
		return false;
	trim(&b, &e);
	n = (size_t) (e - b);
	if (n == 0 || n > 5)
		return false;
	for (int i = 0; i < 6; i++)
	{
		if (word_is(b, n, yes[i]))
		{
			*out = true;
			return true;
		}
		if (word_is(b, n, no[i]))
		{
			*out = false;
			return true;
		}
	}
	return false;
}

/* Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF). */
static bool
utf8_valid(const unsigned char *p, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		unsigned char c = p[i];
		size_t		k;
		uint32_t	cp;

		if (c < 0x80)
		{
			if (c == 0)
				return false;
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			k = 1, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			k = 2, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			k = 3, cp = c & 0x07;
		else
			return false;
		if (i + k >= n)
			return false;		/* truncated sequence */
		for (size_t j = 1; j <= k; j++)
		{
			if ((p[i + j] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (p[i + j] & 0x3F);
		}
		if ((k == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
			(k == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
			return false;
		i += k + 1;
	}
	return true;
}

/* Copy the words of [b, e) joined by single spaces; returns the length. */
static size_t
copy_words(const char *b, const char *e, char *out)
{
	size_t		o = 0;
	bool		gap = false;

	while (b < e)
	{
		size_t		k = ws_at(b, e);

		if (k > 0)
		{
			gap = true;
			b += k;
			continue;
		}
		if (gap && o > 0)
			out[o++] = ' ';
		gap = false;
		out[o++] = *b++;
	}
	return o;
}

/*
 * "Last, First" is reversed at the first comma; otherwise the first word is
 * the first name and the remaining words are the last name.  Splitting only
 * at whole characters (ASCII blanks, Unicode spaces, comma) keeps
 * multibyte characters intact.
 */
bool
sm_tp_split_name(const char *s, size_t len, bool last, char *out,
				 size_t outsize, size_t *outlen)
{
	return sm_tp_split_name_known(s, len, last, NULL, NULL, out, outsize, outlen);
}

/*
 * Like sm_tp_split_name, but in a name of three or more words each word
 * after the first that is_first() knows as a first name stays with the
 * first name, as long as one word is left for the last name: with "Ann"
 * known, "Mary Ann Smith" is Mary Ann / Smith, while "Johannes Van der
 * Berg" stays Johannes / Van der Berg.  is_first may be NULL.
 */
bool
sm_tp_split_name_known(const char *s, size_t len, bool last,
					   bool (*is_first) (const char *word, size_t wlen, void *arg), void *arg,
					   char *out, size_t outsize, size_t *outlen)
{
	const char *b = s,
			   *e = s + len;
	const char *comma;
	const char *pb,
			   *pe;
	size_t		k;

	if (s == NULL || outsize < len + 1)
		return false;
	if (!utf8_valid((const unsigned char *) s, len))
		return false;
	trim(&b, &e);
	if (b == e || sm_infer_is_placeholder(b, (size_t) (e - b)))
		return false;
	comma = memchr(b, ',', (size_t) (e - b));
	if (comma != NULL)
	{
		pb = last ? b : comma + 1;
		pe = last ? comma : e;
	}
	else
	{
		const char *w = b;

		while (w < e && ws_at(w, e) == 0)
			w++;
		/* further known first names join the first name */
		if (is_first != NULL)
		{
			for (;;)
			{
				const char *nb = w,
						   *ne,
						   *rest;

				while (nb < e && ws_at(nb, e) > 0)
					nb += ws_at(nb, e);
				ne = nb;
				while (ne < e && ws_at(ne, e) == 0)
					ne++;
				rest = ne;
				while (rest < e && ws_at(rest, e) > 0)
					rest += ws_at(rest, e);
				if (nb == ne || rest >= e)
					break;		/* no next word, or it is the last one */
				if (!is_first(nb, (size_t) (ne - nb), arg))
					break;
				w = ne;
			}
		}
		pb = last ? w : b;
		pe = last ? e : w;
	}
	trim(&pb, &pe);
	if (pb == pe)
		return false;
	k = copy_words(pb, pe, out);
	out[k] = '\0';
	*outlen = k;
	return true;
}
