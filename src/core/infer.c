/*
 * infer.c
 *	  Column type and profile inference from text values (schema detection).
 *
 * Every non-NULL value goes through the same steps:
 *
 *	1. its length (UTF-8 characters) and a hash for distinct counting;
 *	2. placeholder check ('', blanks, N/A, null, -, ...): a placeholder is
 *	   kept aside with its spelling, and whether it really means "missing" is
 *	   decided at the end (only when the other values are typed or follow a
 *	   structured shape; in a free-text column it is an ordinary value);
 *	3. every typed reading at once, on the value with surrounding whitespace
 *	   removed: boolean, number (with two readings of the separators: '.'
 *	   decimal and ',' decimal), date/timestamp (with two readings of
 *	   numeric day/month layouts: MM/DD and DD/MM), time, uuid, json.  Each
 *	   reading counts the values it explains and keeps its first failures, so
 *	   that the end can pick the type that explains all values, or report the
 *	   one that explains nearly all of them as an alternative;
 *	4. semantic checks (email, url, ip, postal code, phone) and a "shape"
 *	   (runs of letters / digits / punctuation) for text patterns; each is
 *	   dropped at its first failure since it must hold for every value.
 *
 * Nothing is allocated per value except by distinct tracking, and every
 * reading gives up early on a value that cannot match, so a text column
 * costs little more than a typed one.
 *
 * Decisions, in the order they are taken at the end:
 *
 *	- boolean: every value is one of true/false, t/f, yes/no, y/n, on/off,
 *	  1/0 (any case) and at least one is not a digit.  A column of only 0
 *	  and 1 is an integer with semantic "flag": it could be a count, and
 *	  integer keeps every value while boolean would not.
 *	- YYYYMMDD: 8 digits that are all valid dates between 1900 and 2100 are
 *	  a date (checked before integers); one other number makes it integer.
 *	- numbers: integer when integral and within int4, bigint within int8,
 *	  else numeric; numeric(p,s) when every value has s decimals (p = most
 *	  integer digits + s); double precision for exponents, infinity, or
 *	  decimals that are inconsistent and longer than 15 significant digits
 *	  (float output).  smallint is never chosen.  Leading zeros (00123)
 *	  make a value an identifier, not a number.  When both readings of the
 *	  separators fit every value (1,234 or 1.234) '.' is the decimal mark
 *	  and "ambiguous" is set.  One thousands separator and one currency per
 *	  column; percent and parentheses are reported when seen.
 *	- numeric day/month layouts: a first field above 12 means DD/MM, a
 *	  second above 12 means MM/DD, both mean no date; neither means MM/DD
 *	  (DD.MM for dots) with "ambiguous".
 *	- placeholders are "missing" when the column has a type, or a semantic,
 *	  or 90% of its values have digit-bearing shapes, or an alt_type; in
 *	  free text they are ordinary values (counted in "blanks" when empty).
 *	  NaN is a value of a double precision column.
 *	- categorical: exact distinct count <= 50 and distinct/non-missing <=
 *	  0.5, or boolean, or a 0/1 flag.  unique: at least 10 non-missing
 *	  values, all distinct (above the exact cap: no repeat seen while exact
 *	  and an estimate within 3% of the count).
 *	- alt_type (text columns only): the typed reading explaining the most
 *	  non-placeholder values, if at least 90% of them.
 *	- distinct values are compared as raw bytes (" 12" and "12" differ).
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

/* Longest trimmed value tried as a boolean, number, date, time or uuid. */
#define MAX_TYPED_LEN 128
/* Longest value tried as email / url / ip / postal code / phone. */
#define MAX_SEM_LEN 512
/* Shape patterns: value length, runs per value, distinct shapes tracked. */
#define MAX_SHAPE_LEN 64
#define MAX_SHAPE_TOKENS 24
#define MAX_SKELETONS 8
/* A text pattern is an alternation of at most this many shapes. */
#define MAX_PATTERN_SKELETONS 4
#define SHAPE_CONST_LEN 16
/* A run is written literally when this many values agree on its text. */
#define SHAPE_CONST_MIN 3
/* Largest {n,m} bound PostgreSQL's regex engine accepts. */
#define MAX_REPEAT 255
/* Stored bytes of a label and of an example. */
#define LABEL_MAX_BYTES 1024
#define EXAMPLE_BYTES (SM_INFER_EXAMPLE_CHARS * 4)
/* HyperLogLog sketch: 2^14 registers, about 0.8% standard error. */
#define HLL_P 14
#define HLL_M (1 << HLL_P)
/* Above the cap, "unique" needs an estimate this close to the count. */
#define UNIQUE_ESTIMATE_SHARE 0.97
/* Inconsistent decimals with more significant digits: float output. */
#define DOUBLE_SIG_DIGITS 15
#define NUMERIC_MAX_PRECISION 1000

/* ---------------------------------------------------------------- */
/* Character helpers                                                  */
/* ---------------------------------------------------------------- */

static inline bool
is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static inline bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool
is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static inline bool
is_alpha(unsigned char c)
{
	return is_upper(c) || is_lower(c);
}

static inline bool
is_alnum(unsigned char c)
{
	return is_alpha(c) || is_digit(c);
}

static inline bool
is_hex(unsigned char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static inline unsigned char
to_lower(unsigned char c)
{
	return is_upper(c) ? (unsigned char) (c + 32) : c;
}

/* Case-insensitive comparison of n bytes of s with a lower-case word. */
static bool
eq_nocase(const char *s, size_t n, const char *word)
{
	size_t		wl = strlen(word);

	if (n != wl)
		return false;
	for (size_t i = 0; i < n; i++)
		if (to_lower((unsigned char) s[i]) != (unsigned char) word[i])
			return false;
	return true;
}

/*
 * Length of the valid UTF-8 sequence at s (n bytes available), 0 when the
 * bytes there are not valid UTF-8 (overlong forms and surrogates included).
 */
static int
utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF)
	{
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))
			return 0;
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4)
	{
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
			(s[3] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
			return 0;
		return 4;
	}
	return 0;
}

/* Characters in s: a valid UTF-8 sequence or an invalid byte counts one. */
static size_t
utf8_chars(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0,
				count = 0;

	while (i < n)
	{
		if (p[i] < 0x80)
			i++;
		else
		{
			int			k = utf8_seq(p + i, n - i);

			i += k ? (size_t) k : 1;
		}
		count++;
	}
	return count;
}

/* Bytes of the first max_chars characters of s (never more than max_bytes). */
static size_t
utf8_prefix(const char *s, size_t n, size_t max_chars, size_t max_bytes)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0,
				count = 0;

	while (i < n && count < max_chars)
	{
		int			k = p[i] < 0x80 ? 1 : utf8_seq(p + i, n - i);
		size_t		step = k ? (size_t) k : 1;

		if (i + step > max_bytes)
			break;
		i += step;
		count++;
	}
	return i;
}

/* True when s holds a control character (a NUL byte included). */
static bool
has_control(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < 0x20 || c == 0x7F)
			return true;
	}
	return false;
}

/* A 64-bit hash of arbitrary bytes, for distinct counting. */
static uint64_t
hash_bytes(const char *s, size_t n)
{
	uint64_t	h = UINT64_C(0x243f6a8885a308d3) ^ (uint64_t) n;
	uint64_t	w;

	while (n >= 8)
	{
		memcpy(&w, s, 8);
		h = sm_mix64(h ^ w);
		s += 8;
		n -= 8;
	}
	w = 0;
	if (n)
		memcpy(&w, s, n);
	return sm_mix64(h ^ w ^ UINT64_C(0x9e3779b97f4a7c15));
}

/* ---------------------------------------------------------------- */
/* Accumulator state                                                  */
/* ---------------------------------------------------------------- */

/* Placeholder classes; the spellings are matched case-insensitively. */
enum
{
	MK_EMPTY,
	MK_BLANK,
	MK_NA_SLASH,
	MK_NA,
	MK_DASH,
	MK_DASH2,
	MK_QUESTION,
	MK_NULL,
	MK_NONE,
	MK_NIL,
	MK_UNKNOWN,
	MK_HASH_NA,
	MK_NAN,
	MK_NA_DOTS,
	MK_MISSING,
	MK_PAREN_NULL,
	MK_DOT,
	MK_UNDEFINED,
	MK_NCLASSES
};

static const char *const marker_words[MK_NCLASSES] = {
	[MK_EMPTY] = "",
	[MK_BLANK] = " ",
	[MK_NA_SLASH] = "n/a",
	[MK_NA] = "na",
	[MK_DASH] = "-",
	[MK_DASH2] = "--",
	[MK_QUESTION] = "?",
	[MK_NULL] = "null",
	[MK_NONE] = "none",
	[MK_NIL] = "nil",
	[MK_UNKNOWN] = "unknown",
	[MK_HASH_NA] = "#n/a",
	[MK_NAN] = "nan",
	[MK_NA_DOTS] = "n.a.",
	[MK_MISSING] = "missing",
	[MK_PAREN_NULL] = "(null)",
	[MK_DOT] = ".",
	[MK_UNDEFINED] = "undefined",
};

#define MARKER_SPELLINGS 4
#define MARKER_RAW 16

typedef struct marker_spelling
{
	uint64_t	count;
	uint8_t		len;
	char		raw[MARKER_RAW];
} marker_spelling;

typedef struct marker_class
{
	uint64_t	count;
	uint64_t	minlen,
				maxlen,
				sumlen;
	int			nspell;
	bool		overflow;		/* more spellings than slots were seen */
	marker_spelling spell[MARKER_SPELLINGS];
} marker_class;

/* A value that broke a typed reading. */
typedef struct example
{
	size_t		len;
	char		text[EXAMPLE_BYTES];
} example;

/* A typed reading: values it explains, and its first failures. */
typedef struct cand
{
	uint64_t	n_ok;
	int			nex;
	example		ex[3];
} cand;

typedef struct dentry
{
	uint64_t	hash;			/* 0: free slot */
	uint64_t	count;
	int32_t		label;			/* index in labels[], -1 when not kept */
} dentry;

typedef struct label
{
	char	   *text;
	size_t		len;
	bool		truncated;
} label;

/* Boolean spellings: pair 0 true/false ... pair 5 1/0. */
#define BOOL_PAIRS 6
static const char *const bool_words[BOOL_PAIRS][2] = {
	{"false", "true"}, {"f", "t"}, {"no", "yes"}, {"n", "y"}, {"off", "on"}, {"0", "1"}
};

typedef struct boolstats
{
	cand		c;
	bool		nondigit;		/* a spelling other than 1/0 was seen */
	uint8_t		pairs;			/* bit per pair seen */
	char		spell[BOOL_PAIRS][2][6];	/* first spelling seen, per side */
	uint8_t		spelllen[BOOL_PAIRS][2];
} boolstats;

/* Separators inside numbers. */
enum
{
	SEP_NONE, SEP_DOT, SEP_COMMA, SEP_SPACE, SEP_APOS, SEP_NBSP, SEP_NNBSP
};
static const char *const sep_text[] = {
	"", ".", ",", " ", "'", "\xC2\xA0", "\xE2\x80\xAF"
};

static const char *const currency_text[] = {
	"", "$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "\xE2\x82\xB9",
	"USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD"
};
#define NCURRENCIES ((int) (sizeof(currency_text) / sizeof(currency_text[0])))

/* A decimal number in canonical form: no leading zeros, no sign for 0. */
typedef struct decnum
{
	bool		neg;
	int			nint;
	int			nfrac;
	char		d[MAX_TYPED_LEN];	/* integer digits then fraction digits */
} decnum;

/* One reading of the number separators ('.' or ',' as decimal mark). */
typedef struct numstats
{
	cand		c;
	uint8_t		thousands;		/* SEP_* used for thousands, 0 none yet */
	uint8_t		currency;		/* index in currency_text, 0 none yet */
	bool		cur_suffix;
	bool		percent;
	bool		parens;
	bool		any_dec;		/* some value has a fraction part */
	bool		any_exp;
	bool		any_special;	/* infinity */
	bool		out_int4;
	bool		out_int8;
	bool		all01;			/* only the integers 0 and 1 */
	bool		has_scale;
	bool		scale_mixed;
	int			scale;
	int			max_int;		/* most integer digits */
	int			max_sig;		/* most significant digits */
	bool		has_dmm;		/* decimal min/max of non-exponent values */
	decnum		dmin,
				dmax;
	bool		has_fmm;		/* double min/max of exponent values */
	double		fmin,
				fmax;
} numstats;

/* Date layouts. */
enum
{
	DL_ISO, DL_YMD_SLASH, DL_NUM_SLASH, DL_NUM_DASH, DL_NUM_DOT,
	DL_DMON_DASH, DL_DMON_SPACE, DL_MONDY, DL_COMPACT, DL_COUNT
};
#define DL_NUM_MASK ((1u << DL_NUM_SLASH) | (1u << DL_NUM_DASH) | (1u << DL_NUM_DOT))

enum
{
	ORIENT_MD, ORIENT_DM
};

/* One reading of dates/timestamps (numeric layouts month-first or day-first). */
typedef struct dtstats
{
	cand		c;
	uint32_t	layouts;		/* bit per DL_* seen */
	bool		single_digit;	/* a month or day written with one digit */
	bool		month_full;		/* a month spelled out in full */
	uint64_t	n_time;			/* values with a time part */
	uint64_t	n_date;			/* values without one */
	uint64_t	n_sec;
	uint64_t	n_frac;
	uint64_t	n_zone;
	bool		ampm,
				ampm_space,
				tsep,
				zone_z,
				zone_hh,
				zone_hhmm;
	bool		has_mm;
	int64_t		min,
				max;			/* microseconds since 2000-01-01 (UTC) */
} dtstats;

typedef struct timestats
{
	cand		c;
	uint64_t	n_sec;
	uint64_t	n_frac;
	bool		ampm,
				ampm_space;
	bool		has_mm;
	int64_t		min,
				max;
} timestats;

typedef struct uuidstats
{
	cand		c;
	bool		upper,
				lower;
	uint64_t	n_braces;
} uuidstats;

/* Characters seen in one part of a semantic value, for class patterns. */
typedef struct charset
{
	uint8_t		cls;			/* 1 upper, 2 lower, 4 digit, 8 non-ASCII */
	uint64_t	punct[2];		/* other printable ASCII, bit per byte-64 */
	size_t		minlen,
				maxlen;
	bool		any;
} charset;

enum
{
	SEM_EMAIL = 1, SEM_URL = 2, SEM_IP = 4, SEM_POSTAL = 8, SEM_PHONE = 16
};

enum
{
	POST_US5 = 1, POST_ZIP4 = 2, POST_CA_SP = 4, POST_CA = 8, POST_UK = 16
};

#define MAX_TLDS 8
#define MAX_SCHEMES 4

typedef struct shape_tok
{
	uint8_t		minlen,
				maxlen;
	uint8_t		casemask;		/* 1 upper, 2 lower */
	bool		konst;			/* same text in every value */
	uint8_t		klen;
	char		ktext[SHAPE_CONST_LEN];
} shape_tok;

/* A shape: sequence of runs 'L' (letters), 'D' (digits) or a literal byte. */
typedef struct skeleton
{
	uint64_t	count;
	int			ntok;
	char		sig[MAX_SHAPE_TOKENS];
	shape_tok	tok[MAX_SHAPE_TOKENS];
} skeleton;

typedef struct lenstats
{
	uint64_t	n,
				min,
				max,
				sum;
} lenstats;

struct sm_infer
{
	bool		oom;
	uint64_t	rows;
	uint64_t	nulls;
	uint64_t	nvals;			/* non-NULL values that are not placeholders */
	lenstats	lens;			/* lengths of those values */
	bool		trimmed_any;
	marker_class markers[MK_NCLASSES];

	/* distinct values: exact table, then HyperLogLog */
	dentry	   *tab;
	size_t		tabcap;
	size_t		tabn;
	bool		dup_seen;		/* a repeated value was seen while exact */
	uint8_t    *hll;
	uint64_t	exact_at_switch;
	label		labels[SM_INFER_LABELS];
	int			nlabels;

	/* typed readings */
	boolstats	b;
	numstats	num[2];			/* [0]: '.' decimal, [1]: ',' decimal */
	bool		num_leading_zero;	/* an integer part like 00123 */
	dtstats		dt[2];			/* [ORIENT_MD], [ORIENT_DM] */
	timestats	tm;
	uuidstats	uu;
	cand		js;

	/* semantic checks */
	uint8_t		sem;			/* SEM_* still possible */
	charset		em_local,
				em_domain,
				em_tld;
	int			ntld;
	bool		tld_overflow;
	char		tld[MAX_TLDS][16];
	uint8_t		tldlen[MAX_TLDS];
	int			nscheme;
	char		scheme[MAX_SCHEMES][12];
	uint8_t		schemelen[MAX_SCHEMES];
	charset		url_rest;
	bool		ip4,
				ip6,
				ip6_upper,
				ip6_lower;
	size_t		ip6_min,
				ip6_max;
	uint8_t		postal;
	charset		phone;

	/* shapes */
	bool		shape_ok;
	int			nskel;
	skeleton	skel[MAX_SKELETONS];
};

/* ---------------------------------------------------------------- */
/* Small trackers                                                     */
/* ---------------------------------------------------------------- */

/* Count a value that a typed reading does not explain; keep the first few. */
static void
cand_fail(cand *c, const char *v, size_t len)
{
	if (c->nex < 3)
	{
		example    *e = &c->ex[c->nex++];

		e->len = utf8_prefix(v, len, SM_INFER_EXAMPLE_CHARS, EXAMPLE_BYTES);
		memcpy(e->text, v, e->len);
	}
}

static void
lens_add(lenstats *l, uint64_t len)
{
	if (l->n == 0 || len < l->min)
		l->min = len;
	if (l->n == 0 || len > l->max)
		l->max = len;
	l->n++;
	l->sum += len;
}

/* Merge b into a. */
static void
lens_merge(lenstats *a, const lenstats *b)
{
	if (b->n == 0)
		return;
	if (a->n == 0 || b->min < a->min)
		a->min = b->min;
	if (a->n == 0 || b->max > a->max)
		a->max = b->max;
	a->n += b->n;
	a->sum += b->sum;
}

/* Record the characters of s in a charset; false on a non-printable byte. */
static bool
charset_add(charset *cs, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (is_upper(c))
			cs->cls |= 1;
		else if (is_lower(c))
			cs->cls |= 2;
		else if (is_digit(c))
			cs->cls |= 4;
		else if (c >= 0x20 && c < 0x7F)
			cs->punct[(c - 0x20) >> 6] |= UINT64_C(1) << ((c - 0x20) & 63);
		else if (c >= 0x80)
			cs->cls |= 8;		/* part of a UTF-8 letter (checked by the caller) */
		else
			return false;
	}
	if (!cs->any || n < cs->minlen)
		cs->minlen = n;
	if (!cs->any || n > cs->maxlen)
		cs->maxlen = n;
	cs->any = true;
	return true;
}

/* ---------------------------------------------------------------- */
/* Creation                                                           */
/* ---------------------------------------------------------------- */

/* A new, empty accumulator (NULL when out of memory). */
sm_infer *
sm_infer_create(void)
{
	sm_infer   *st = sm_calloc(1, sizeof(sm_infer));

	if (st == NULL)
		return NULL;
	st->num[0].all01 = st->num[1].all01 = true;
	st->sem = SEM_EMAIL | SEM_URL | SEM_IP | SEM_POSTAL | SEM_PHONE;
	st->shape_ok = true;
	return st;
}

/* Release an accumulator and everything it holds (NULL is fine). */
void
sm_infer_free(sm_infer *st)
{
	if (st == NULL)
		return;
	sm_free(st->tab);
	sm_free(st->hll);
	for (int i = 0; i < st->nlabels; i++)
		sm_free(st->labels[i].text);
	sm_free(st);
}

/* ---------------------------------------------------------------- */
/* Placeholders                                                       */
/* ---------------------------------------------------------------- */

/*
 * Placeholder class of a trimmed value t (raw length rawlen), or -1.  The
 * first-character test keeps the common path to a single comparison.
 */
static int
marker_class_of(const char *t, size_t tl, size_t rawlen)
{
	char		low[10];

	if (tl == 0)
		return rawlen == 0 ? MK_EMPTY : MK_BLANK;
	if (tl > 9 || !strchr("nNuUmM-?#.(", t[0]) || t[0] == '\0')
		return -1;
	for (size_t i = 0; i < tl; i++)
		low[i] = (char) to_lower((unsigned char) t[i]);
	for (int c = MK_NA_SLASH; c < MK_NCLASSES; c++)
		if (strlen(marker_words[c]) == tl && memcmp(low, marker_words[c], tl) == 0)
			return c;
	return -1;
}

/* Exported check, with the same trimming as sm_infer_add. */
bool
sm_infer_is_placeholder(const char *value, size_t len)
{
	size_t		b = 0,
				e = len;

	if (value == NULL)
		return false;
	while (b < e && is_ws((unsigned char) value[b]))
		b++;
	while (e > b && is_ws((unsigned char) value[e - 1]))
		e--;
	return marker_class_of(value + b, e - b, len) >= 0;
}

/* Count a placeholder under its class and raw spelling. */
static void
marker_add(sm_infer *st, int cls, const char *raw, size_t len, uint64_t chars)
{
	marker_class *mc = &st->markers[cls];
	int			i;

	if (mc->count == 0 || chars < mc->minlen)
		mc->minlen = chars;
	if (mc->count == 0 || chars > mc->maxlen)
		mc->maxlen = chars;
	mc->count++;
	mc->sumlen += chars;
	for (i = 0; i < mc->nspell; i++)
		if (mc->spell[i].len == len && memcmp(mc->spell[i].raw, raw, len) == 0)
		{
			mc->spell[i].count++;
			return;
		}
	if (mc->nspell < MARKER_SPELLINGS && len <= MARKER_RAW)
	{
		marker_spelling *sp = &mc->spell[mc->nspell++];

		sp->count = 1;
		sp->len = (uint8_t) len;
		memcpy(sp->raw, raw, len);
		return;
	}
	/* out of slots, or too long to keep: fold into the first spelling */
	mc->overflow = true;
	if (mc->nspell == 0)
	{
		marker_spelling *sp = &mc->spell[mc->nspell++];
		size_t		k = len < MARKER_RAW ? len : MARKER_RAW;

		/* the class word itself stands for an over-long padded spelling */
		if (cls >= MK_NA_SLASH)
		{
			k = strlen(marker_words[cls]);
			memcpy(sp->raw, marker_words[cls], k);
		}
		else
			memcpy(sp->raw, raw, k);
		sp->len = (uint8_t) k;
		sp->count = 0;
	}
	mc->spell[0].count++;
}

/* ---------------------------------------------------------------- */
/* Distinct values                                                    */
/* ---------------------------------------------------------------- */

static void
hll_add(uint8_t *reg, uint64_t h)
{
	uint32_t	idx = (uint32_t) (h >> (64 - HLL_P));
	uint64_t	rest = (h << HLL_P) | (UINT64_C(1) << (HLL_P - 1));
	uint8_t		rank = (uint8_t) (__builtin_clzll(rest) + 1);

	if (rank > reg[idx])
		reg[idx] = rank;
}

/* The HyperLogLog estimate, with linear counting for small cardinalities. */
static double
hll_estimate(const uint8_t *reg)
{
	double		sum = 0.0;
	int			zeros = 0;
	double		m = (double) HLL_M;
	double		e;

	for (int j = 0; j < HLL_M; j++)
	{
		sum += ldexp(1.0, -(int) reg[j]);
		if (reg[j] == 0)
			zeros++;
	}
	e = (0.7213 / (1.0 + 1.079 / m)) * m * m / sum;
	if (e <= 2.5 * m && zeros > 0)
		e = m * log(m / (double) zeros);
	return e;
}

/* Past the exact cap: move every hash into a sketch and drop the table. */
static bool
switch_to_hll(sm_infer *st)
{
	st->hll = sm_calloc(HLL_M, 1);
	if (st->hll == NULL)
		return false;
	for (size_t i = 0; i < st->tabcap; i++)
		if (st->tab[i].hash)
			hll_add(st->hll, st->tab[i].hash);
	st->exact_at_switch = st->tabn;
	sm_free(st->tab);
	st->tab = NULL;
	st->tabcap = 0;
	for (int i = 0; i < st->nlabels; i++)
		sm_free(st->labels[i].text);
	st->nlabels = 0;
	return true;
}

/* Double the open-addressing table (or create it). */
static bool
grow_table(sm_infer *st)
{
	size_t		ncap = st->tabcap ? st->tabcap * 2 : 256;
	dentry	   *nt = sm_calloc(ncap, sizeof(dentry));

	if (nt == NULL)
		return false;
	for (size_t i = 0; i < st->tabcap; i++)
	{
		if (st->tab[i].hash)
		{
			size_t		j = st->tab[i].hash & (ncap - 1);

			while (nt[j].hash)
				j = (j + 1) & (ncap - 1);
			nt[j] = st->tab[i];
		}
	}
	sm_free(st->tab);
	st->tab = nt;
	st->tabcap = ncap;
	return true;
}

/* Count one occurrence of a value; false on allocation failure. */
static bool
distinct_add(sm_infer *st, const char *v, size_t len)
{
	uint64_t	h = hash_bytes(v, len);
	size_t		j;

	if (st->hll)
	{
		hll_add(st->hll, h);
		return true;
	}
	if (h == 0)
		h = 1;
	if ((st->tabn + 1) * 2 > st->tabcap && !grow_table(st))
		return false;
	j = h & (st->tabcap - 1);
	while (st->tab[j].hash)
	{
		if (st->tab[j].hash == h)
		{
			st->tab[j].count++;
			st->dup_seen = true;
			return true;
		}
		j = (j + 1) & (st->tabcap - 1);
	}
	st->tab[j].hash = h;
	st->tab[j].count = 1;
	st->tab[j].label = -1;
	st->tabn++;
	if (st->nlabels < SM_INFER_LABELS)
	{
		label	   *lb = &st->labels[st->nlabels];
		size_t		k = len <= LABEL_MAX_BYTES ? len : LABEL_MAX_BYTES;

		lb->text = sm_malloc(k + 1);
		if (lb->text == NULL)
			return false;		/* the slot stays, without a label */
		memcpy(lb->text, v, k);
		lb->text[k] = '\0';
		lb->len = k;
		lb->truncated = k < len;
		st->tab[j].label = st->nlabels++;
	}
	if (st->tabn > SM_INFER_EXACT_CAP)
		return switch_to_hll(st);
	return true;
}

/* ---------------------------------------------------------------- */
/* Booleans                                                           */
/* ---------------------------------------------------------------- */

/* Boolean reading of a trimmed value. */
static void
bool_add(boolstats *bs, const char *t, size_t tl, bool typed,
		 const char *raw, size_t rawlen)
{
	if (typed && tl <= 5)
	{
		for (int p = 0; p < BOOL_PAIRS; p++)
			for (int side = 0; side < 2; side++)
				if (eq_nocase(t, tl, bool_words[p][side]))
				{
					if (!(bs->pairs & (1 << p)) || bs->spelllen[p][side] == 0)
					{
						memcpy(bs->spell[p][side], t, tl);
						bs->spelllen[p][side] = (uint8_t) tl;
					}
					bs->pairs |= (uint8_t) (1 << p);
					if (p != 5)
						bs->nondigit = true;
					bs->c.n_ok++;
					return;
				}
	}
	cand_fail(&bs->c, raw, rawlen);
}

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
		size_t		l = strlen(currency_text[i]);

		if (p + l <= end && memcmp(s + p, currency_text[i], l) == 0)
		{
			*clen = l;
			return i;
		}
	}
	return 0;
}

/* Currency symbol ending at s[end - 1] (after p): its id, 0 when none. */
static int
currency_suffix(const char *s, size_t p, size_t end, size_t *clen)
{
	for (int i = 1; i < NCURRENCIES; i++)
	{
		size_t		l = strlen(currency_text[i]);

		if (end >= p + l && memcmp(s + end - l, currency_text[i], l) == 0)
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
		cur = currency_suffix(s, p, end, &clen);
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
		(eq_nocase(s + p, end - p, "infinity") || eq_nocase(s + p, end - p, "inf")))
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
static void
dec_format(const decnum *d, char *buf, size_t buflen)
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
static double
dec_to_double(const decnum *d)
{
	char		buf[MAX_TYPED_LEN + 8];

	dec_format(d, buf, sizeof(buf));
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
		cand_fail(&ns->c, raw, rawlen);
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
		dec_format(&tmp, buf, sizeof(buf));
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
static void
num_add(sm_infer *st, const char *t, size_t tl, bool typed,
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
				cand_fail(&st->num[i].c, raw, rawlen);
			}
		}
		return;
	}
	cand_fail(&st->num[0].c, raw, rawlen);
	cand_fail(&st->num[1].c, raw, rawlen);
}

/* ---------------------------------------------------------------- */
/* Dates, timestamps, times                                           */
/* ---------------------------------------------------------------- */

typedef struct dtval
{
	int			layout;
	int			y,
				a,
				b;				/* month, day; first, second when ambig */
	bool		ambig;			/* numeric layout: orientation open */
	bool		single_digit;
	bool		month_full;
	bool		has_time;
	bool		tsep;
	int64_t		tod;
	bool		seconds,
				frac,
				ampm,
				ampm_space;
	bool		zone,
				zone_z,
				zone_hh,
				zone_hhmm;
	int			zone_sec;
} dtval;

static const char *const month_names[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

/* Between mind and maxd digits at s[*p]; a further digit fails. */
static bool
read_num(const char *s, size_t n, size_t *p, int mind, int maxd, int *out, int *nd)
{
	size_t		i = *p;
	int			v = 0,
				k = 0;

	while (i < n && is_digit(s[i]))
	{
		if (k == maxd)
			return false;
		v = v * 10 + (s[i] - '0');
		k++;
		i++;
	}
	if (k < mind)
		return false;
	*p = i;
	*out = v;
	if (nd)
		*nd = k;
	return true;
}

/* An English month name or abbreviation (case-insensitive) at s[*p]. */
static bool
read_month(const char *s, size_t n, size_t *p, int *month, bool *full)
{
	char		buf[10];
	size_t		i = *p,
				k = 0;

	while (i < n && is_alpha(s[i]))
	{
		if (k == 9)
			return false;
		buf[k++] = (char) to_lower((unsigned char) s[i]);
		i++;
	}
	if (k < 3)
		return false;
	for (int m = 0; m < 12; m++)
	{
		size_t		l = strlen(month_names[m]);

		if ((k == 3 && memcmp(buf, month_names[m], 3) == 0) ||
			(k == 4 && m == 8 && memcmp(buf, "sept", 4) == 0) ||
			(k == l && memcmp(buf, month_names[m], l) == 0))
		{
			*month = m + 1;
			*full = k == l && k > 4;
			*p = i;
			return true;
		}
	}
	return false;
}

/* H[H]:MM[:SS[.f{1,6}]][ ][AM|PM|a.m.|p.m.] at s[*p]. */
static bool
read_time(const char *s, size_t n, size_t *p, dtval *v)
{
	size_t		i = *p,
				j;
	int			h,
				mi,
				sec = 0;
	int64_t		frac = 0;
	bool		pm = false;

	if (!read_num(s, n, &i, 1, 2, &h, NULL) || i >= n || s[i] != ':')
		return false;
	i++;
	if (!read_num(s, n, &i, 2, 2, &mi, NULL))
		return false;
	v->seconds = v->frac = v->ampm = false;
	if (i < n && s[i] == ':')
	{
		i++;
		if (!read_num(s, n, &i, 2, 2, &sec, NULL))
			return false;
		v->seconds = true;
		if (i < n && s[i] == '.')
		{
			int			k = 0;
			int64_t		scale = 100000;

			i++;
			while (i < n && is_digit(s[i]))
			{
				if (k == 6)
					return false;
				frac += (s[i] - '0') * scale;
				scale /= 10;
				k++;
				i++;
			}
			if (k == 0)
				return false;
			v->frac = true;
		}
	}
	j = i;
	if (j < n && s[j] == ' ')
		j++;
	if (j < n && strchr("aApP", s[j]) && s[j] != '\0')
	{
		size_t		used = 0;

		if (j + 1 < n && (s[j + 1] == 'm' || s[j + 1] == 'M'))
			used = 2;
		else if (j + 3 < n && s[j + 1] == '.' && (s[j + 2] == 'm' || s[j + 2] == 'M') &&
				 s[j + 3] == '.')
			used = 4;
		if (used && (j + used == n || !is_alpha(s[j + used])))
		{
			pm = s[j] == 'p' || s[j] == 'P';
			v->ampm = true;
			v->ampm_space = j > i;
			i = j + used;
		}
	}
	if (v->ampm)
	{
		if (h < 1 || h > 12)
			return false;
		h = h % 12 + (pm ? 12 : 0);
	}
	else if (h > 23)
		return false;
	if (mi > 59 || sec > 59)
		return false;
	v->tod = ((int64_t) h * 3600 + mi * 60 + sec) * INT64_C(1000000) + frac;
	*p = i;
	return true;
}

/* An optional zone at s[*p]: Z, UTC, GMT, +HH, +HHMM, +HH:MM. */
static void
read_zone(const char *s, size_t n, size_t *p, dtval *v)
{
	size_t		i = *p;

	if (i < n && s[i] == ' ')
		i++;
	if (i + 1 == n && s[i] == 'Z')
	{
		v->zone = v->zone_z = true;
		*p = n;
		return;
	}
	if (i + 3 == n && (memcmp(s + i, "UTC", 3) == 0 || memcmp(s + i, "GMT", 3) == 0))
	{
		v->zone = v->zone_z = true;
		*p = n;
		return;
	}
	if (i < n && (s[i] == '+' || s[i] == '-'))
	{
		int			sign = s[i] == '-' ? -1 : 1;
		int			zh,
					zm = 0;
		bool		hhmm = false;

		i++;
		if (!read_num(s, n, &i, 2, 2, &zh, NULL))
		{
			/* "+HHMM" reads as four digits */
			size_t		q = i;
			int			four;

			if (!read_num(s, n, &q, 4, 4, &four, NULL))
				return;
			zh = four / 100;
			zm = four % 100;
			hhmm = true;
			i = q;
		}
		else if (i < n && s[i] == ':')
		{
			i++;
			if (!read_num(s, n, &i, 2, 2, &zm, NULL))
				return;
			hhmm = true;
		}
		if (zh > 15 || zm > 59)
			return;
		v->zone = true;
		if (hhmm)
			v->zone_hhmm = true;
		else
			v->zone_hh = true;
		v->zone_sec = sign * (zh * 3600 + zm * 60);
		*p = i;
	}
}

/*
 * Parse a trimmed value as a date or timestamp (1), a time of day (2), or
 * [+-]infinity (3); 0 when it is none of these.
 */
static int
parse_dt(const char *s, size_t n, dtval *v)
{
	size_t		p = 0,
				nd = 0;
	int			nd2 = 0;

	memset(v, 0, sizeof(*v));
	if (n < 4 || n > 64)
		return 0;
	if (eq_nocase(s, n, "infinity") || eq_nocase(s, n, "-infinity") ||
		eq_nocase(s, n, "+infinity"))
		return 3;
	while (nd < n && is_digit(s[nd]))
		nd++;
	if (nd == 4 && n >= 10 && (s[4] == '-' || s[4] == '/'))
	{
		char		sep = s[4];

		p = 0;
		if (!read_num(s, n, &p, 4, 4, &v->y, NULL))
			return 0;
		p++;
		if (!read_num(s, n, &p, 2, 2, &v->a, NULL) || p >= n || s[p] != sep)
			return 0;
		p++;
		if (!read_num(s, n, &p, 2, 2, &v->b, NULL))
			return 0;
		v->layout = sep == '-' ? DL_ISO : DL_YMD_SLASH;
	}
	else if (nd == 8)
	{
		if (n != 8)
			return 0;
		v->y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
		v->a = (s[4] - '0') * 10 + (s[5] - '0');
		v->b = (s[6] - '0') * 10 + (s[7] - '0');
		if (v->y < 1900 || v->y > 2100)
			return 0;
		v->layout = DL_COMPACT;
		p = 8;
	}
	else if (nd >= 1 && nd <= 2 && nd < n)
	{
		char		sep = s[nd];
		int			first = nd == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');

		if (sep == ':')
		{
			p = 0;
			if (!read_time(s, n, &p, v) || p != n)
				return 0;
			return 2;
		}
		p = nd + 1;
		if ((sep == '/' || sep == '-' || sep == '.') && p < n && is_digit(s[p]))
		{
			if (!read_num(s, n, &p, 1, 2, &v->b, &nd2) || p >= n || s[p] != sep)
				return 0;
			p++;
			if (!read_num(s, n, &p, 4, 4, &v->y, NULL))
				return 0;
			v->a = first;
			v->ambig = true;
			v->single_digit = nd == 1 || nd2 == 1;
			v->layout = sep == '/' ? DL_NUM_SLASH : sep == '-' ? DL_NUM_DASH : DL_NUM_DOT;
		}
		else if ((sep == '-' || sep == ' ') && p < n && is_alpha(s[p]))
		{
			if (!read_month(s, n, &p, &v->a, &v->month_full) || p >= n || s[p] != sep)
				return 0;
			p++;
			if (!read_num(s, n, &p, 4, 4, &v->y, NULL))
				return 0;
			v->b = first;
			v->single_digit = nd == 1;
			v->layout = sep == '-' ? DL_DMON_DASH : DL_DMON_SPACE;
		}
		else
			return 0;
	}
	else if (is_alpha(s[0]))
	{
		if (!read_month(s, n, &p, &v->a, &v->month_full) || p >= n || s[p] != ' ')
			return 0;
		p++;
		if (!read_num(s, n, &p, 1, 2, &v->b, &nd2) || p + 1 >= n ||
			s[p] != ',' || s[p + 1] != ' ')
			return 0;
		p += 2;
		if (!read_num(s, n, &p, 4, 4, &v->y, NULL))
			return 0;
		v->single_digit = nd2 == 1;
		v->layout = DL_MONDY;
	}
	else
		return 0;
	if (v->y < 1)
		return 0;
	if (!v->ambig && !sm_valid_ymd(v->y, v->a, v->b))
		return 0;
	if (p < n)
	{
		if ((s[p] == ' ' || s[p] == 'T') && p + 1 < n && is_digit(s[p + 1]))
		{
			v->tsep = s[p] == 'T';
			p++;
			if (!read_time(s, n, &p, v))
				return 0;
			v->has_time = true;
			read_zone(s, n, &p, v);
		}
		if (p != n)
			return 0;
	}
	return 1;
}

/* Account a date/timestamp under one orientation of numeric layouts. */
static void
dt_update(dtstats *ds, const dtval *v, int orient, const char *raw, size_t rawlen)
{
	int			m = v->a,
				d = v->b;
	int64_t		us;

	if (v->ambig && orient == ORIENT_DM)
	{
		m = v->b;
		d = v->a;
	}
	if (!sm_valid_ymd(v->y, m, d))
	{
		cand_fail(&ds->c, raw, rawlen);
		return;
	}
	ds->c.n_ok++;
	ds->layouts |= 1u << v->layout;
	ds->single_digit |= v->single_digit;
	ds->month_full |= v->month_full;
	us = (int64_t) sm_days_from_ymd(v->y, m, d) * SM_USECS_PER_DAY;
	if (v->has_time)
	{
		ds->n_time++;
		ds->n_sec += v->seconds;
		ds->n_frac += v->frac;
		ds->ampm |= v->ampm;
		if (v->ampm && v->ampm_space)
			ds->ampm_space = true;
		ds->tsep |= v->tsep;
		us += v->tod;
		if (v->zone)
		{
			ds->n_zone++;
			ds->zone_z |= v->zone_z;
			ds->zone_hh |= v->zone_hh;
			ds->zone_hhmm |= v->zone_hhmm;
			us -= (int64_t) v->zone_sec * INT64_C(1000000);
		}
	}
	else
		ds->n_date++;
	if (!ds->has_mm || us < ds->min)
		ds->min = us;
	if (!ds->has_mm || us > ds->max)
		ds->max = us;
	ds->has_mm = true;
}

/* Date, timestamp and time readings of a trimmed value. */
static void
dt_add(sm_infer *st, const char *t, size_t tl, bool typed,
	   const char *raw, size_t rawlen)
{
	dtval		v;
	int			kind = typed ? parse_dt(t, tl, &v) : 0;

	if (kind == 1)
	{
		dt_update(&st->dt[ORIENT_MD], &v, ORIENT_MD, raw, rawlen);
		dt_update(&st->dt[ORIENT_DM], &v, ORIENT_DM, raw, rawlen);
	}
	else if (kind == 3)
	{
		/* infinity is a valid date/timestamp without a place in the range */
		st->dt[0].c.n_ok++;
		st->dt[1].c.n_ok++;
	}
	else
	{
		cand_fail(&st->dt[0].c, raw, rawlen);
		cand_fail(&st->dt[1].c, raw, rawlen);
	}
	if (kind == 2)
	{
		timestats  *ts = &st->tm;

		ts->c.n_ok++;
		ts->n_sec += v.seconds;
		ts->n_frac += v.frac;
		ts->ampm |= v.ampm;
		if (v.ampm && v.ampm_space)
			ts->ampm_space = true;
		if (!ts->has_mm || v.tod < ts->min)
			ts->min = v.tod;
		if (!ts->has_mm || v.tod > ts->max)
			ts->max = v.tod;
		ts->has_mm = true;
	}
	else
		cand_fail(&st->tm.c, raw, rawlen);
}

/* ---------------------------------------------------------------- */
/* UUID and JSON                                                      */
/* ---------------------------------------------------------------- */

/* 8-4-4-4-12 hex digits, optionally in braces. */
static void
uuid_add(uuidstats *us, const char *t, size_t tl, bool typed,
		 const char *raw, size_t rawlen)
{
	bool		braces = false,
				up = false,
				low = false;

	if (!typed)
		goto fail;
	if (tl == 38 && t[0] == '{' && t[37] == '}')
	{
		braces = true;
		t++;
		tl = 36;
	}
	if (tl != 36)
		goto fail;
	for (size_t i = 0; i < 36; i++)
	{
		unsigned char c = (unsigned char) t[i];

		if (i == 8 || i == 13 || i == 18 || i == 23)
		{
			if (c != '-')
				goto fail;
		}
		else if (!is_hex(c))
			goto fail;
		else if (is_upper(c))
			up = true;
		else if (is_lower(c))
			low = true;
	}
	us->c.n_ok++;
	us->upper |= up;
	us->lower |= low;
	us->n_braces += braces;
	return;
fail:
	cand_fail(&us->c, raw, rawlen);
}

/* Objects and arrays that are valid JSON. */
static void
json_add(cand *c, const char *t, size_t tl, const char *raw, size_t rawlen)
{
	if (tl >= 2 && (t[0] == '{' || t[0] == '[') && sm_json_valid(t, tl))
		c->n_ok++;
	else
		cand_fail(c, raw, rawlen);
}

/* ---------------------------------------------------------------- */
/* Semantic checks                                                    */
/* ---------------------------------------------------------------- */

/* local@domain.tld; records the parts' characters. */
static bool
email_add(sm_infer *st, const char *s, size_t n)
{
	size_t		at = n,
				lastdot = n,
				labstart;

	for (size_t i = 0; i < n; i++)
		if (s[i] == '@')
		{
			if (at != n)
				return false;
			at = i;
		}
	if (at == n || at == 0 || at > 64 || n - at - 1 > 253)
		return false;
	for (size_t i = 0; i < at; i++)
	{
		unsigned char c = (unsigned char) s[i];

		/* internationalised local parts (RFC 6531): UTF-8 letters */
		if (!is_alnum(c) && c < 0x80 && (c == '\0' || !strchr("._%+-", c)))
			return false;
		if (c == '.' && (i == 0 || i + 1 == at || s[i - 1] == '.'))
			return false;
		if (c >= 0x80 && !sm_utf8_valid(s, at))
			return false;
	}
	labstart = at + 1;
	for (size_t i = at + 1; i <= n; i++)
	{
		if (i == n || s[i] == '.')
		{
			size_t		ll = i - labstart;

			if (ll == 0 || ll > 63 || s[labstart] == '-' || s[i - 1] == '-')
				return false;
			if (i < n)
				lastdot = i;
			labstart = i + 1;
		}
		else if (!is_alnum(s[i]) && s[i] != '-')
			return false;
	}
	if (lastdot == n || n - lastdot - 1 < 2 || n - lastdot - 1 > 15)
		return false;
	for (size_t i = lastdot + 1; i < n; i++)
		if (!is_alpha(s[i]))
			return false;
	if (!charset_add(&st->em_local, s, at) ||
		!charset_add(&st->em_domain, s + at + 1, lastdot - at - 1) ||
		!charset_add(&st->em_tld, s + lastdot + 1, n - lastdot - 1))
		return false;
	if (!st->tld_overflow)
	{
		size_t		tl = n - lastdot - 1;
		int			i;

		for (i = 0; i < st->ntld; i++)
			if (st->tldlen[i] == tl && memcmp(st->tld[i], s + lastdot + 1, tl) == 0)
				break;
		if (i == st->ntld)
		{
			if (st->ntld == MAX_TLDS)
				st->tld_overflow = true;
			else
			{
				memcpy(st->tld[st->ntld], s + lastdot + 1, tl);
				st->tldlen[st->ntld++] = (uint8_t) tl;
			}
		}
	}
	return true;
}

/* scheme://rest with printable ASCII, no spaces. */
static bool
url_add(sm_infer *st, const char *s, size_t n)
{
	size_t		i = 0;
	int			k;

	while (i < n && i <= 10 && (is_alnum(s[i]) || s[i] == '+' || s[i] == '.' || s[i] == '-'))
		i++;
	if (i == 0 || i > 10 || !is_alpha(s[0]) || i + 3 >= n || memcmp(s + i, "://", 3) != 0)
		return false;
	if (!is_alnum(s[i + 3]))
		return false;
	for (size_t j = i + 3; j < n; j++)
		if ((unsigned char) s[j] <= 0x20 || (unsigned char) s[j] >= 0x7F)
			return false;
	for (k = 0; k < st->nscheme; k++)
		if (st->schemelen[k] == i && memcmp(st->scheme[k], s, i) == 0)
			break;
	if (k == st->nscheme)
	{
		if (st->nscheme == MAX_SCHEMES)
			return false;
		memcpy(st->scheme[k], s, i);
		st->schemelen[k] = (uint8_t) i;
		st->nscheme++;
	}
	return charset_add(&st->url_rest, s + i + 3, n - i - 3);
}

/* Dotted-quad IPv4 (no leading zeros) or IPv6 (hex groups, one "::"). */
static bool
ip_add(sm_infer *st, const char *s, size_t n)
{
	int			parts = 0,
				v = 0,
				nd = 0;
	bool		ok4 = n >= 7 && n <= 15;

	for (size_t i = 0; ok4 && i <= n; i++)
	{
		if (i == n || s[i] == '.')
		{
			if (nd == 0 || v > 255 || parts == 4)
				ok4 = false;
			parts++;
			v = nd = 0;
		}
		else if (is_digit(s[i]) && nd < 3 && !(nd == 1 && v == 0))
		{
			v = v * 10 + (s[i] - '0');
			nd++;
		}
		else
			ok4 = false;
	}
	if (ok4 && parts == 4)
	{
		st->ip4 = true;
		return true;
	}
	/* IPv6 */
	{
		int			groups = 0,
					hd = 0;
		bool		dbl = false,
					up = false,
					low = false;

		if (n < 2 || n > 39)
			return false;
		for (size_t i = 0; i < n; i++)
		{
			unsigned char c = (unsigned char) s[i];

			if (is_hex(c))
			{
				if (++hd > 4)
					return false;
				up |= is_upper(c);
				low |= is_lower(c);
			}
			else if (c == ':')
			{
				if (i + 1 < n && s[i + 1] == ':')
				{
					if (dbl)
						return false;
					dbl = true;
					if (hd)
						groups++;
					hd = 0;
					i++;
					continue;
				}
				if (hd == 0 || i + 1 == n)
					return false;
				groups++;
				hd = 0;
			}
			else
				return false;
		}
		if (hd)
			groups++;
		if (dbl ? groups > 7 : groups != 8)
			return false;
		if (!st->ip6 || n < st->ip6_min)
			st->ip6_min = n;
		if (!st->ip6 || n > st->ip6_max)
			st->ip6_max = n;
		st->ip6 = true;
		st->ip6_upper |= up;
		st->ip6_lower |= low;
		return true;
	}
}

/* US ZIP / ZIP+4, Canadian, UK postal codes (upper case). */
static bool
postal_add(sm_infer *st, const char *s, size_t n)
{
	size_t		i;

	if (n == 5 || n == 10)
	{
		for (i = 0; i < 5 && is_digit(s[i]); i++)
			;
		if (i == 5 && n == 5)
		{
			st->postal |= POST_US5;
			return true;
		}
		if (i == 5 && s[5] == '-' && is_digit(s[6]) && is_digit(s[7]) &&
			is_digit(s[8]) && is_digit(s[9]))
		{
			st->postal |= POST_ZIP4;
			return true;
		}
	}
	if ((n == 6 || n == 7) && is_upper(s[0]) && is_digit(s[1]) && is_upper(s[2]))
	{
		size_t		o = n == 7 ? 4 : 3;

		if ((n == 6 || s[3] == ' ') && is_digit(s[o]) && is_upper(s[o + 1]) &&
			is_digit(s[o + 2]))
		{
			st->postal |= n == 7 ? POST_CA_SP : POST_CA;
			return true;
		}
	}
	/* UK: A[A]9[A9] 9AA */
	if (n >= 6 && n <= 8 && s[n - 4] == ' ' && is_digit(s[n - 3]) &&
		is_upper(s[n - 2]) && is_upper(s[n - 1]))
	{
		size_t		out = n - 4;

		i = 0;
		while (i < out && i < 2 && is_upper(s[i]))
			i++;
		if (i >= 1 && i < out && is_digit(s[i]))
		{
			i++;
			if (i < out && (is_upper(s[i]) || is_digit(s[i])))
				i++;
			if (i == out)
			{
				st->postal |= POST_UK;
				return true;
			}
		}
	}
	return false;
}

/* A phone number: [+]digits with spaces, dashes, dots, one (area) group. */
static bool
phone_add(sm_infer *st, const char *s, size_t n)
{
	char		last = 'S';		/* Start, Digit, Punct, Open, Close, + */
	int			digits = 0,
				seps = 0,
				paren = 0;
	bool		plus = false;

	if (n < 7 || n > 30)
		return false;
	for (size_t i = 0; i < n; i++)
	{
		char		c = s[i];

		if (is_digit(c))
		{
			digits++;
			last = 'D';
		}
		else if (c == '+' && i == 0)
		{
			plus = true;
			last = '+';
		}
		else if (c == '(')
		{
			if (paren || !(last == 'S' || last == '+' || (last == 'P' && s[i - 1] == ' ')))
				return false;
			paren = 1;
			last = 'O';
		}
		else if (c == ')')
		{
			if (paren != 1 || last != 'D')
				return false;
			paren = 2;
			last = 'C';
		}
		else if (c == ' ' || c == '-' || c == '.')
		{
			if (!(last == 'D' || last == 'C' || (last == '+' && c == ' ')))
				return false;
			seps++;
			last = 'P';
		}
		else
			return false;
	}
	if (last != 'D' || paren == 1 || digits < 7 || digits > 15 ||
		!(plus || seps || paren))
		return false;
	return charset_add(&st->phone, s, n);
}

/* Run the semantic checks still possible on a raw value. */
static void
sem_add(sm_infer *st, const char *s, size_t n)
{
	if (n == 0 || n > MAX_SEM_LEN)
	{
		st->sem = 0;
		return;
	}
	if ((st->sem & SEM_EMAIL) && !email_add(st, s, n))
		st->sem &= ~SEM_EMAIL;
	if ((st->sem & SEM_URL) && !url_add(st, s, n))
		st->sem &= ~SEM_URL;
	if ((st->sem & SEM_IP) && !ip_add(st, s, n))
		st->sem &= ~SEM_IP;
	if ((st->sem & SEM_POSTAL) && !postal_add(st, s, n))
		st->sem &= ~SEM_POSTAL;
	if ((st->sem & SEM_PHONE) && !phone_add(st, s, n))
		st->sem &= ~SEM_PHONE;
}

/* ---------------------------------------------------------------- */
/* Shapes                                                             */
/* ---------------------------------------------------------------- */

/* Tokenise a raw value into runs and merge it into the known shapes. */
static void
shape_add(sm_infer *st, const char *s, size_t n)
{
	char		sig[MAX_SHAPE_TOKENS];
	uint8_t		tstart[MAX_SHAPE_TOKENS],
				tlen[MAX_SHAPE_TOKENS],
				tcase[MAX_SHAPE_TOKENS];
	int			nt = 0,
				k;
	size_t		i = 0;
	skeleton   *sk;

	if (n == 0 || n > MAX_SHAPE_LEN)
	{
		st->shape_ok = false;
		return;
	}
	while (i < n)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		j = i + 1;
		uint8_t		cm = 0;

		if (nt == MAX_SHAPE_TOKENS)
		{
			st->shape_ok = false;
			return;
		}
		if (is_alpha(c))
		{
			cm = is_upper(c) ? 1 : 2;
			while (j < n && is_alpha(s[j]))
				cm |= is_upper(s[j++]) ? 1 : 2;
			sig[nt] = 'L';
		}
		else if (is_digit(c))
		{
			while (j < n && is_digit(s[j]))
				j++;
			sig[nt] = 'D';
		}
		else if (c >= 0x20 && c < 0x7F)
			sig[nt] = (char) c;
		else
		{
			st->shape_ok = false;
			return;
		}
		tstart[nt] = (uint8_t) i;
		tlen[nt] = (uint8_t) (j - i);
		tcase[nt] = cm;
		nt++;
		i = j;
	}
	for (k = 0; k < st->nskel; k++)
		if (st->skel[k].ntok == nt && memcmp(st->skel[k].sig, sig, (size_t) nt) == 0)
			break;
	if (k == st->nskel)
	{
		if (st->nskel == MAX_SKELETONS)
		{
			st->shape_ok = false;
			return;
		}
		sk = &st->skel[st->nskel++];
		sk->ntok = nt;
		memcpy(sk->sig, sig, (size_t) nt);
		for (int t = 0; t < nt; t++)
		{
			shape_tok  *tk = &sk->tok[t];

			tk->minlen = tk->maxlen = tlen[t];
			tk->casemask = tcase[t];
			tk->konst = tlen[t] <= SHAPE_CONST_LEN;
			tk->klen = tlen[t];
			if (tk->konst)
				memcpy(tk->ktext, s + tstart[t], tlen[t]);
		}
		sk->count = 1;
		return;
	}
	sk = &st->skel[k];
	sk->count++;
	for (int t = 0; t < nt; t++)
	{
		shape_tok  *tk = &sk->tok[t];

		if (tlen[t] < tk->minlen)
			tk->minlen = tlen[t];
		if (tlen[t] > tk->maxlen)
			tk->maxlen = tlen[t];
		tk->casemask |= tcase[t];
		if (tk->konst && (tk->klen != tlen[t] ||
						  memcmp(tk->ktext, s + tstart[t], tlen[t]) != 0))
			tk->konst = false;
	}
}

/* ---------------------------------------------------------------- */
/* Adding a value                                                     */
/* ---------------------------------------------------------------- */

/* Feed one value (NULL: SQL NULL); false only when out of memory. */
bool
sm_infer_add(sm_infer *st, const char *value, size_t len)
{
	size_t		b = 0,
				e = len;
	const char *t;
	size_t		tl;
	int			mc;
	uint64_t	chars;
	bool		typed;

	if (st == NULL || st->oom)
		return false;
	st->rows++;
	if (value == NULL)
	{
		st->nulls++;
		return true;
	}
	while (b < e && is_ws((unsigned char) value[b]))
		b++;
	while (e > b && is_ws((unsigned char) value[e - 1]))
		e--;
	t = value + b;
	tl = e - b;
	chars = utf8_chars(value, len);
	mc = marker_class_of(t, tl, len);
	if (mc >= 0)
	{
		marker_add(st, mc, value, len, chars);
		return true;
	}
	st->nvals++;
	lens_add(&st->lens, chars);
	if (b > 0 || e < len)
		st->trimmed_any = true;
	if (!distinct_add(st, value, len))
	{
		st->oom = true;
		return false;
	}
	typed = tl <= MAX_TYPED_LEN && !has_control(t, tl);
	bool_add(&st->b, t, tl, typed, value, len);
	num_add(st, t, tl, typed, value, len);
	dt_add(st, t, tl, typed, value, len);
	uuid_add(&st->uu, t, tl, typed, value, len);
	json_add(&st->js, t, tl, value, len);
	if (st->sem)
		sem_add(st, value, len);
	if (st->shape_ok)
		shape_add(st, value, len);
	return true;
}

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
static sm_kind
num_kind(const numstats *ns, int *prec, int *scale)
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
static sm_kind
dt_kind(const dtstats *ds)
{
	if (ds->n_time == 0)
		return SM_KIND_DATE;
	return ds->n_zone ? SM_KIND_TIMESTAMPTZ : SM_KIND_TIMESTAMP;
}

static void
type_name(sm_kind kind, int prec, int scale, char *buf, size_t buflen)
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

static void
re_literals(sm_buf *b, const char *s, size_t n)
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
re_charset(sm_buf *b, const charset *cs)
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
static bool
re_shapes(const sm_infer *st, sm_buf *b)
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
static void
re_hex(sm_buf *b, bool up, bool low)
{
	sm_buf_puts(b, "([0-9]");
	if (low || !up)
		sm_buf_puts(b, "|a|b|c|d|e|f");
	if (up)
		sm_buf_puts(b, "|A|B|C|D|E|F");
	sm_buf_putc(b, ')');
}

/* Pattern of a semantic type; false when it cannot be written. */
static bool
re_semantic(const sm_infer *st, int sem, sm_buf *b)
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
				re_literals(b, st->tld[i], st->tldlen[i]);
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
				re_literals(b, st->scheme[i], st->schemelen[i]);
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
				re_hex(b, st->ip6_upper, st->ip6_lower);
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
				return re_shapes(st, b);
			return re_charset(b, &st->phone);
	}
	return false;
}

/* A profile string of n bytes, NUL-terminated; NULL when out of memory. */
static char *
dup_text(const char *s, size_t n)
{
	return sm_strndup(s, n);
}

/* Date layout name, e.g. MM/DD/YYYY, under an orientation. */
static void
layout_name(int layout, int orient, bool single, bool full, char *buf, size_t buflen)
{
	const char *mon = full ? "Month" : "Mon";
	const char *dd = single ? "D" : "DD";
	const char *mm = single ? "M" : "MM";
	char		sep = layout == DL_NUM_SLASH ? '/' : layout == DL_NUM_DASH ? '-' : '.';

	switch (layout)
	{
		case DL_ISO:
			snprintf(buf, buflen, "YYYY-MM-DD");
			break;
		case DL_YMD_SLASH:
			snprintf(buf, buflen, "YYYY/MM/DD");
			break;
		case DL_COMPACT:
			snprintf(buf, buflen, "YYYYMMDD");
			break;
		case DL_NUM_SLASH:
		case DL_NUM_DASH:
		case DL_NUM_DOT:
			if (orient == ORIENT_MD)
				snprintf(buf, buflen, "%s%c%s%cYYYY", mm, sep, dd, sep);
			else
				snprintf(buf, buflen, "%s%c%s%cYYYY", dd, sep, mm, sep);
			break;
		case DL_DMON_DASH:
			snprintf(buf, buflen, "%s-%s-YYYY", dd, mon);
			break;
		case DL_DMON_SPACE:
			snprintf(buf, buflen, "%s %s YYYY", dd, mon);
			break;
		case DL_MONDY:
			snprintf(buf, buflen, "%s %s, YYYY", mon, dd);
			break;
		default:
			snprintf(buf, buflen, "?");
	}
}

/* Time layout: HH:MM[:SS][.ffffff][ AM]. */
static void
time_layout(uint64_t n, uint64_t n_sec, uint64_t n_frac, bool ampm, bool ampm_space,
			char *buf, size_t buflen)
{
	snprintf(buf, buflen, "HH:MM%s%s%s",
			 n_sec == n ? ":SS" : n_sec ? "[:SS]" : "",
			 n_frac == 0 ? "" : n_frac == n ? ".ffffff" : "[.ffffff]",
			 !ampm ? "" : ampm_space ? " AM" : "AM");
}

/* Time suffix of a timestamp layout (empty for dates). */
static void
dt_time_suffix(const dtstats *ds, char *buf, size_t buflen)
{
	char		tbuf[48];
	const char *zone = "";

	buf[0] = '\0';
	if (ds->n_time == 0)
		return;
	time_layout(ds->n_time, ds->n_sec, ds->n_frac, ds->ampm, ds->ampm_space,
				tbuf, sizeof(tbuf));
	if (ds->n_zone)
		zone = ds->zone_hhmm ? "+HH:MM" : ds->zone_hh ? "+HH" : "Z";
	snprintf(buf, buflen, "%s%c%s%s%s", ds->n_date ? "[" : "",
			 ds->tsep ? 'T' : ' ', tbuf, zone, ds->n_date ? "]" : "");
}

/* Format strings of a date/timestamp reading. */
static bool
dt_formats(const dtstats *ds, int orient, sm_profile *out)
{
	char		suffix[80];
	char		name[48];
	char		full[140];
	int			nl = 0;

	dt_time_suffix(ds, suffix, sizeof(suffix));
	for (int l = 0; l < DL_COUNT; l++)
		if (ds->layouts & (1u << l))
			nl++;
	if (nl == 0)
		return true;
	if (nl == 1)
	{
		for (int l = 0; l < DL_COUNT; l++)
			if (ds->layouts & (1u << l))
			{
				layout_name(l, orient, ds->single_digit, ds->month_full, name, sizeof(name));
				snprintf(full, sizeof(full), "%s%s", name, suffix);
				out->format = dup_text(full, strlen(full));
				return out->format != NULL;
			}
	}
	out->format = dup_text("mixed", 5);
	out->formats = sm_calloc((size_t) nl, sizeof(char *));
	if (out->format == NULL || out->formats == NULL)
		return false;
	for (int l = 0; l < DL_COUNT; l++)
		if (ds->layouts & (1u << l))
		{
			layout_name(l, orient, ds->single_digit, ds->month_full, name, sizeof(name));
			snprintf(full, sizeof(full), "%s%s", name, suffix);
			out->formats[out->nformats] = dup_text(full, strlen(full));
			if (out->formats[out->nformats] == NULL)
				return false;
			out->nformats++;
		}
	return true;
}

/* Spelling of the unseen side of a boolean pair, in the case of the seen one. */
static void
bool_side(const boolstats *bs, int p, int side, char *buf)
{
	const char *w = bool_words[p][side];
	size_t		l = strlen(w);
	const char *o;
	size_t		ol;
	bool		up,
				cap;

	if (bs->spelllen[p][side])
	{
		memcpy(buf, bs->spell[p][side], bs->spelllen[p][side]);
		buf[bs->spelllen[p][side]] = '\0';
		return;
	}
	o = bs->spell[p][1 - side];
	ol = bs->spelllen[p][1 - side];
	up = ol > 0 && is_upper(o[0]);
	cap = up && ol > 1 && is_lower(o[1]);
	for (size_t i = 0; i < l; i++)
		buf[i] = (char) ((up && (!cap || i == 0) && is_lower(w[i])) ? w[i] - 32 : w[i]);
	buf[l] = '\0';
}

/* Boolean format: true/false spellings of each pair seen, e.g. Y/N. */
static char *
bool_format(const boolstats *bs)
{
	sm_buf		b;

	sm_buf_init(&b);
	for (int p = 0; p < BOOL_PAIRS; p++)
		if (bs->pairs & (1 << p))
		{
			char		t[8],
						f[8];

			bool_side(bs, p, 1, t);
			bool_side(bs, p, 0, f);
			sm_buf_printf(&b, "%s%s/%s", b.len ? "," : "", t, f);
		}
	if (b.oom)
	{
		sm_buf_free(&b);
		return NULL;
	}
	return b.data;
}

/* Shortest text of a double that reads back the same. */
static void
double_text(double x, char *buf, size_t buflen)
{
	if (isinf(x))
	{
		snprintf(buf, buflen, "%s", x < 0 ? "-Infinity" : "Infinity");
		return;
	}
	for (int prec = 15; prec <= 17; prec++)
	{
		snprintf(buf, buflen, "%.*g", prec, x);
		if (strtod(buf, NULL) == x)
			return;
	}
}

/* Time of day text. */
static void
tod_text(int64_t us, char *buf, size_t buflen)
{
	int64_t		s = us / 1000000;

	if (us % 1000000)
		snprintf(buf, buflen, "%02d:%02d:%02d.%06d", (int) (s / 3600), (int) (s / 60 % 60),
				 (int) (s % 60), (int) (us % 1000000));
	else
		snprintf(buf, buflen, "%02d:%02d:%02d", (int) (s / 3600), (int) (s / 60 % 60),
				 (int) (s % 60));
}

/* Sort labels: count descending, then bytes ascending. */
static int
label_cmp(const void *a, const void *b)
{
	const sm_count_label *x = a,
			   *y = b;
	size_t		n = x->len < y->len ? x->len : y->len;
	int			r;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	r = memcmp(x->text, y->text, n);
	if (r)
		return r;
	return x->len < y->len ? -1 : x->len > y->len;
}

/* Candidate readings for alt_type, in order of preference on ties. */
typedef struct altcand
{
	const cand *c;
	sm_kind		kind;
	int			prec,
				scale;
} altcand;

/*
 * The typed reading that explains the most values of a text column, when
 * it explains at least SM_INFER_ALT_SHARE of them.  Ties go to the first
 * in order: numbers, dates, time, uuid, boolean, json.
 */
static bool
find_alt(const sm_infer *st, altcand *best)
{
	altcand		c[8];
	int			nc = 0,
				b = -1;

	if (st->nvals == 0)
		return false;
	for (int i = 0; i < 2; i++)
	{
		c[nc].c = &st->num[i].c;
		c[nc].kind = num_kind(&st->num[i], &c[nc].prec, &c[nc].scale);
		/* leading zeros mean an identifier, not a mistyped number */
		if (!st->num_leading_zero)
			nc++;
	}
	for (int o = 0; o < 2; o++)
	{
		c[nc].c = &st->dt[o].c;
		c[nc].kind = dt_kind(&st->dt[o]);
		c[nc].prec = c[nc].scale = -1;
		nc++;
	}
	c[nc].c = &st->tm.c;
	c[nc].kind = SM_KIND_TIME;
	c[nc].prec = c[nc].scale = -1;
	nc++;
	c[nc].c = &st->uu.c;
	c[nc].kind = SM_KIND_UUID;
	c[nc].prec = c[nc].scale = -1;
	nc++;
	if (st->b.nondigit)
	{
		c[nc].c = &st->b.c;
		c[nc].kind = SM_KIND_BOOLEAN;
		c[nc].prec = c[nc].scale = -1;
		nc++;
	}
	c[nc].c = &st->js;
	c[nc].kind = SM_KIND_JSON;
	c[nc].prec = c[nc].scale = -1;
	nc++;
	for (int i = 0; i < nc; i++)
		if (b < 0 || c[i].c->n_ok > c[b].c->n_ok)
			b = i;
	if (b < 0 || c[b].c->n_ok == 0 ||
		(double) c[b].c->n_ok < SM_INFER_ALT_SHARE * (double) st->nvals)
		return false;
	*best = c[b];
	return true;
}

/*
 * Build the profile.  The accumulator is left as it is, so it can take
 * more values and be finished again.
 */
bool
sm_infer_finish(sm_infer *st, sm_profile *out, sm_error *err)
{
	uint64_t	V;
	sm_kind		kind = SM_KIND_TEXT;
	int			prec = -1,
				scale = -1;
	int			ni = -1,		/* number reading chosen */
				dto = -1;		/* date orientation chosen */
	int			sem = 0;
	bool		structured = false;
	bool		markers_missing;
	bool		class_value[MK_NCLASSES];
	lenstats	lens;
	uint64_t	distinct;
	bool		exact;
	bool		labels_ok = true;
	bool		has_alt = false;
	altcand		alt = {NULL, SM_KIND_EMPTY, -1, -1};
	int			nmarkers = 0;

	if (out == NULL)
		return sm_error_set(err, SM_EINVAL, "", "no profile to fill");
	memset(out, 0, sizeof(*out));
	out->precision = out->scale = -1;
	if (st == NULL)
		return sm_error_set(err, SM_EINVAL, "", "no accumulator");
	if (st->oom)
		return sm_error_set(err, SM_ENOMEM, "", "out of memory while profiling column values");
	V = st->nvals;

	/* the type that explains every value that is not a placeholder */
	if (V == 0)
		kind = SM_KIND_EMPTY;
	else if (st->b.c.n_ok == V && st->b.nondigit)
		kind = SM_KIND_BOOLEAN;
	else if (st->dt[0].c.n_ok == V && st->dt[0].layouts == (1u << DL_COMPACT))
	{
		/* YYYYMMDD: every value a valid date between 1900 and 2100 */
		kind = SM_KIND_DATE;
		dto = 0;
	}
	else if (st->num[0].c.n_ok == V || st->num[1].c.n_ok == V)
	{
		ni = st->num[0].c.n_ok == V ? 0 : 1;
		kind = num_kind(&st->num[ni], &prec, &scale);
		/* both readings fit, and they differ: 1,234 or 1.234 */
		if (ni == 0 && st->num[1].c.n_ok == V &&
			(st->num[0].thousands || st->num[0].any_dec))
			out->ambiguous = true;
	}
	else if (st->dt[0].c.n_ok == V || st->dt[1].c.n_ok == V)
	{
		bool		ok0 = st->dt[0].c.n_ok == V;
		bool		ok1 = st->dt[1].c.n_ok == V;
		uint32_t	numl = st->dt[0].layouts & DL_NUM_MASK;

		if (ok0 && ok1)
		{
			/* neither field ever exceeded 12: month first, but day first for dots */
			dto = numl == (1u << DL_NUM_DOT) ? ORIENT_DM : ORIENT_MD;
			out->ambiguous = numl != 0;
		}
		else
			dto = ok0 ? ORIENT_MD : ORIENT_DM;
		kind = dt_kind(&st->dt[dto]);
	}
	else if (st->tm.c.n_ok == V)
		kind = SM_KIND_TIME;
	else if (st->uu.c.n_ok == V)
		kind = SM_KIND_UUID;
	else if (st->js.n_ok == V)
		kind = SM_KIND_JSON;
	out->kind = kind;
	type_name(kind, prec, scale, out->type_name, sizeof(out->type_name));
	out->precision = prec;
	out->scale = scale;

	/* semantic label of a text column; shapes with digits are structured */
	if (kind == SM_KIND_TEXT)
	{
		static const int order[] = {SEM_EMAIL, SEM_URL, SEM_IP, SEM_POSTAL, SEM_PHONE};

		for (int i = 0; i < 5 && !sem; i++)
			if (st->sem & order[i])
				sem = order[i];
		if (st->shape_ok && st->nskel >= 1 && st->nskel <= MAX_PATTERN_SKELETONS)
		{
			uint64_t	with_digits = 0;

			for (int k = 0; k < st->nskel; k++)
				if (memchr(st->skel[k].sig, 'D', (size_t) st->skel[k].ntok))
					with_digits += st->skel[k].count;
			structured = (double) with_digits >= SM_INFER_ALT_SHARE * (double) V;
		}
		has_alt = find_alt(st, &alt);
	}
	if (sem == SEM_EMAIL)
		out->semantic = "email";
	else if (sem == SEM_URL)
		out->semantic = "url";
	else if (sem == SEM_IP)
		out->semantic = "ip";
	else if (sem == SEM_POSTAL)
		out->semantic = "postal_code";
	else if (sem == SEM_PHONE)
		out->semantic = "phone";
	else if (kind == SM_KIND_UUID)
		out->semantic = "uuid";
	else if (kind == SM_KIND_INTEGER && ni >= 0 && st->num[ni].all01 &&
			 st->num[ni].thousands == 0 && st->num[ni].currency == 0 &&
			 !st->num[ni].percent)
		out->semantic = "flag";

	/*
	 * Placeholders mean "missing" when the other values are typed (or
	 * nearly all: alt_type), carry a semantic, or mostly follow shapes with
	 * digits; in free text they are values.  NaN is a value of a double
	 * precision column.
	 */
	markers_missing = kind != SM_KIND_TEXT || sem != 0 || structured || has_alt;
	for (int c = 0; c < MK_NCLASSES; c++)
		class_value[c] = !markers_missing || (kind == SM_KIND_DOUBLE && c == MK_NAN);

	out->rows = st->rows;
	out->nulls = st->nulls;
	out->nonmissing = V;
	lens = st->lens;
	distinct = st->hll ? (uint64_t) llround(hll_estimate(st->hll)) : st->tabn;
	exact = st->hll == NULL;
	if (st->hll)
	{
		if (distinct < st->exact_at_switch)
			distinct = st->exact_at_switch;
		if (distinct > V)
			distinct = V;
	}
	for (int c = 0; c < MK_NCLASSES; c++)
	{
		const marker_class *mc = &st->markers[c];

		if (mc->count == 0)
			continue;
		if (class_value[c])
		{
			lenstats	ml = {mc->count, mc->minlen, mc->maxlen, mc->sumlen};

			out->nonmissing += mc->count;
			lens_merge(&lens, &ml);
			distinct += (uint64_t) mc->nspell;
			if (mc->overflow)
				exact = false;
			if (c == MK_EMPTY || c == MK_BLANK)
				out->blanks += mc->count;
		}
		else
		{
			out->missing += mc->count;
			nmarkers += mc->nspell;
		}
	}
	out->null_rate = st->rows ? (double) (st->nulls + out->missing) / (double) st->rows : 0.0;
	if (nmarkers)
	{
		int			k = 0;

		out->markers = sm_calloc((size_t) nmarkers, sizeof(sm_count_label));
		if (out->markers == NULL)
			goto oom;
		out->nmarkers = nmarkers;
		for (int c = 0; c < MK_NCLASSES; c++)
		{
			const marker_class *mc = &st->markers[c];

			if (class_value[c])
				continue;
			for (int i = 0; i < mc->nspell; i++)
			{
				out->markers[k].text = dup_text(mc->spell[i].raw, mc->spell[i].len);
				out->markers[k].len = mc->spell[i].len;
				out->markers[k].count = mc->spell[i].count;
				if (out->markers[k].text == NULL)
					goto oom;
				k++;
			}
		}
	}

	/* distinct values and the categorical report */
	out->distinct = distinct;
	out->distinct_exact = exact;
	out->distinct_ratio = out->nonmissing ? (double) distinct / (double) out->nonmissing : 0.0;
	if (out->nonmissing >= SM_INFER_UNIQUE_MIN)
	{
		if (exact)
			out->unique = distinct == out->nonmissing;
		else
			out->unique = !st->dup_seen &&
				(double) distinct >= UNIQUE_ESTIMATE_SHARE * (double) out->nonmissing;
	}
	for (int i = 0; i < st->nlabels; i++)
		if (st->labels[i].truncated)
			labels_ok = false;
	if (exact && labels_ok && out->nonmissing > 0 && distinct > 0 &&
		distinct <= SM_INFER_CATEGORICAL_MAX &&
		st->tabn <= (size_t) st->nlabels &&
		(out->distinct_ratio <= 0.5 || kind == SM_KIND_BOOLEAN ||
		 (out->semantic && strcmp(out->semantic, "flag") == 0)))
	{
		int			k = 0;

		out->categorical = true;
		out->values = sm_calloc((size_t) distinct, sizeof(sm_count_label));
		if (out->values == NULL)
			goto oom;
		for (size_t i = 0; i < st->tabcap && k < (int) distinct; i++)
		{
			const dentry *de = &st->tab[i];

			if (de->hash == 0 || de->label < 0)
				continue;
			out->values[k].text = dup_text(st->labels[de->label].text, st->labels[de->label].len);
			out->values[k].len = st->labels[de->label].len;
			out->values[k].count = de->count;
			if (out->values[k].text == NULL)
			{
				out->nvalues = k;
				goto oom;
			}
			out->nvalues = ++k;
		}
		for (int c = 0; c < MK_NCLASSES; c++)
		{
			const marker_class *mc = &st->markers[c];

			if (!class_value[c])
				continue;
			for (int i = 0; i < mc->nspell && k < (int) distinct; i++)
			{
				out->values[k].text = dup_text(mc->spell[i].raw, mc->spell[i].len);
				out->values[k].len = mc->spell[i].len;
				out->values[k].count = mc->spell[i].count;
				if (out->values[k].text == NULL)
					goto oom;
				out->nvalues = ++k;
			}
		}
		qsort(out->values, (size_t) out->nvalues, sizeof(sm_count_label), label_cmp);
	}

	/* lengths */
	if (lens.n)
	{
		out->has_lengths = true;
		out->min_length = lens.min;
		out->max_length = lens.max;
		out->avg_length = (double) lens.sum / (double) lens.n;
	}
	out->trimmed = st->trimmed_any;

	/* range and format */
	if (ni >= 0)
	{
		const numstats *ns = &st->num[ni];

		if (kind == SM_KIND_DOUBLE && (ns->has_fmm || !ns->has_dmm))
		{
			double		lo = ns->fmin,
						hi = ns->fmax;

			if (ns->has_dmm)
			{
				double		a = dec_to_double(&ns->dmin),
							b = dec_to_double(&ns->dmax);

				if (a < lo)
					lo = a;
				if (b > hi)
					hi = b;
			}
			double_text(lo, out->min, sizeof(out->min));
			double_text(hi, out->max, sizeof(out->max));
			out->has_minmax = true;
		}
		else if (ns->has_dmm)
		{
			dec_format(&ns->dmin, out->min, sizeof(out->min));
			dec_format(&ns->dmax, out->max, sizeof(out->max));
			out->has_minmax = true;
		}
		if (ns->thousands || ni == 1 || ns->currency || ns->percent || ns->parens)
		{
			out->has_number_format = true;
			out->number_format.thousands = ns->thousands ? sep_text[ns->thousands] : NULL;
			out->number_format.decimal = ni == 1 ? ',' : '.';
			out->number_format.currency = ns->currency ? currency_text[ns->currency] : NULL;
			out->number_format.currency_suffix = ns->cur_suffix;
			out->number_format.percent = ns->percent;
			out->number_format.parentheses_negative = ns->parens;
		}
	}
	else if (dto >= 0)
	{
		const dtstats *ds = &st->dt[dto];

		if (ds->has_mm)
		{
			out->has_minmax = true;
			if (kind == SM_KIND_DATE)
			{
				sm_format_date((int32_t) (ds->min / SM_USECS_PER_DAY), out->min, sizeof(out->min));
				sm_format_date((int32_t) (ds->max / SM_USECS_PER_DAY), out->max, sizeof(out->max));
			}
			else
			{
				sm_format_timestamp(ds->min, out->min, sizeof(out->min));
				sm_format_timestamp(ds->max, out->max, sizeof(out->max));
				if (kind == SM_KIND_TIMESTAMPTZ)
				{
					strcat(out->min, "+00");
					strcat(out->max, "+00");
				}
			}
		}
		if (!dt_formats(ds, dto, out))
			goto oom;
	}
	else if (kind == SM_KIND_TIME)
	{
		char		buf[48];

		tod_text(st->tm.min, out->min, sizeof(out->min));
		tod_text(st->tm.max, out->max, sizeof(out->max));
		out->has_minmax = true;
		time_layout(st->tm.c.n_ok, st->tm.n_sec, st->tm.n_frac, st->tm.ampm,
					st->tm.ampm_space, buf, sizeof(buf));
		out->format = dup_text(buf, strlen(buf));
		if (out->format == NULL)
			goto oom;
	}
	else if (kind == SM_KIND_BOOLEAN)
	{
		out->format = bool_format(&st->b);
		if (out->format == NULL)
			goto oom;
	}
	else if (kind == SM_KIND_UUID)
	{
		bool		braces = st->uu.n_braces == V;
		bool		up = st->uu.upper && !st->uu.lower;
		sm_buf		b;

		if (braces || up)
		{
			const char *x = up ? "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX" :
				"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
			char		buf[48];

			snprintf(buf, sizeof(buf), "%s%s%s", braces ? "{" : "", x, braces ? "}" : "");
			out->format = dup_text(buf, strlen(buf));
			if (out->format == NULL)
				goto oom;
		}
		sm_buf_init(&b);
		if (st->uu.n_braces)
			sm_buf_puts(&b, braces ? "\\{" : "\\{?");
		{
			static const int groups[5] = {8, 4, 4, 4, 12};

			for (int g = 0; g < 5; g++)
			{
				if (g)
					sm_buf_putc(&b, '-');
				re_hex(&b, st->uu.upper, st->uu.lower);
				sm_buf_printf(&b, "{%d}", groups[g]);
			}
		}
		if (st->uu.n_braces)
			sm_buf_puts(&b, braces ? "\\}" : "\\}?");
		if (b.oom)
			goto oom;
		out->pattern = b.data;
	}

	/* pattern of a text column */
	if (kind == SM_KIND_TEXT)
	{
		sm_buf		b;
		bool		ok;

		sm_buf_init(&b);
		if (sem)
			ok = re_semantic(st, sem, &b);
		else
			ok = st->shape_ok && st->nskel >= 1 && st->nskel <= MAX_PATTERN_SKELETONS &&
				re_shapes(st, &b);
		/* placeholders that are values must match too: add them as branches */
		if (ok && !markers_missing)
		{
			sm_buf		alt;
			bool		any = false,
						empty = false;

			sm_buf_init(&alt);
			for (int c = 0; c < MK_NCLASSES && ok; c++)
			{
				const marker_class *mc = &st->markers[c];

				if (mc->count == 0)
					continue;
				if (mc->overflow)
					ok = false;
				for (int i = 0; i < mc->nspell && ok; i++)
				{
					if (mc->spell[i].len == 0)
					{
						empty = true;
						continue;
					}
					if (has_control(mc->spell[i].raw, mc->spell[i].len))
						ok = false;
					sm_buf_putc(&alt, '|');
					re_literals(&alt, mc->spell[i].raw, mc->spell[i].len);
					any = true;
				}
			}
			if (ok && (any || empty))
			{
				sm_buf		w;

				sm_buf_init(&w);
				sm_buf_putc(&w, '(');
				sm_buf_append(&w, b.data, b.len);
				sm_buf_append(&w, alt.data ? alt.data : "", alt.len);
				sm_buf_putc(&w, ')');
				if (empty)
					sm_buf_putc(&w, '?');
				sm_buf_free(&b);
				b = w;
			}
			if (alt.oom)
				b.oom = true;
			sm_buf_free(&alt);
		}
		if (b.oom)
		{
			sm_buf_free(&b);
			goto oom;
		}
		if (ok && b.len > 0)
			out->pattern = b.data;
		else
			sm_buf_free(&b);
	}

	/* only patterns the generator accepts (size limits) are reported */
	if (out->pattern)
	{
		sm_error	rerr;
		sm_regex   *re;

		sm_error_clear(&rerr);
		re = sm_regex_compile(out->pattern, strlen(out->pattern), &rerr);
		if (re == NULL)
		{
			if (rerr.code == SM_ENOMEM)
				goto oom;
			sm_free(out->pattern);
			out->pattern = NULL;
		}
		sm_regex_free(re);
	}

	/* a typed reading that explains nearly every value of a text column */
	if (has_alt)
	{
		out->alt_kind = alt.kind;
		type_name(alt.kind, alt.prec, alt.scale, out->alt_type, sizeof(out->alt_type));
		out->alt_share = (double) alt.c->n_ok / (double) V;
		for (int i = 0; i < alt.c->nex; i++)
		{
			out->examples[i].text = dup_text(alt.c->ex[i].text, alt.c->ex[i].len);
			out->examples[i].len = alt.c->ex[i].len;
			if (out->examples[i].text == NULL)
				goto oom;
			out->nexamples = i + 1;
		}
	}
	return true;

oom:
	sm_profile_free(out);
	return sm_error_set(err, SM_ENOMEM, "", "out of memory while building a column profile");
}

/* ---------------------------------------------------------------- */
/* Output                                                             */
/* ---------------------------------------------------------------- */

/*
 * A JSON string.  Invalid UTF-8 bytes and NUL (which jsonb refuses as
 * \u0000) become U+FFFD; other control characters are escaped.
 */
static void
json_str(sm_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0,
				run = 0;

	sm_buf_putc(b, '"');
	while (i < n)
	{
		unsigned char c = p[i];
		int			k;

		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\')
		{
			i++;
			run++;
			continue;
		}
		if (c >= 0x80 && (k = utf8_seq(p + i, n - i)) > 0)
		{
			i += (size_t) k;
			run += (size_t) k;
			continue;
		}
		sm_buf_append(b, s + i - run, run);
		run = 0;
		if (c == '"')
			sm_buf_puts(b, "\\\"");
		else if (c == '\\')
			sm_buf_puts(b, "\\\\");
		else if (c == '\n')
			sm_buf_puts(b, "\\n");
		else if (c == '\t')
			sm_buf_puts(b, "\\t");
		else if (c == '\r')
			sm_buf_puts(b, "\\r");
		else if (c == '\b')
			sm_buf_puts(b, "\\b");
		else if (c == '\f')
			sm_buf_puts(b, "\\f");
		else if (c == 0 || c >= 0x80)
			sm_buf_puts(b, "\\ufffd");
		else
			sm_buf_printf(b, "\\u%04x", c);
		i++;
	}
	sm_buf_append(b, s + i - run, run);
	sm_buf_putc(b, '"');
}

/* A ratio or average: at most six decimals, no exponent, no trailing zeros. */
static void
json_num(sm_buf *b, double x)
{
	char		buf[64];
	size_t		l;

	if (!isfinite(x))
		x = 0.0;
	snprintf(buf, sizeof(buf), "%.6f", x);
	l = strlen(buf);
	while (l > 0 && buf[l - 1] == '0')
		l--;
	if (l > 0 && buf[l - 1] == '.')
		l--;
	sm_buf_append(b, buf, l);
}

static void
json_key(sm_buf *b, const char *key)
{
	sm_buf_printf(b, ",\"%s\":", key);
}

/* The profile as a compact JSON object; see infer.h. */
bool
sm_profile_write_json(const sm_profile *p, sm_buf *out)
{
	sm_buf_puts(out, "{\"type\":");
	json_str(out, p->type_name, strlen(p->type_name));
	json_key(out, "rows");
	sm_buf_printf(out, "%llu", (unsigned long long) p->rows);
	json_key(out, "nulls");
	sm_buf_printf(out, "%llu", (unsigned long long) p->nulls);
	json_key(out, "null_rate");
	json_num(out, p->null_rate);
	json_key(out, "missing_markers");
	sm_buf_putc(out, '{');
	for (int i = 0; i < p->nmarkers; i++)
	{
		if (i)
			sm_buf_putc(out, ',');
		json_str(out, p->markers[i].text, p->markers[i].len);
		sm_buf_printf(out, ":%llu", (unsigned long long) p->markers[i].count);
	}
	sm_buf_putc(out, '}');
	if (p->blanks)
	{
		json_key(out, "blanks");
		sm_buf_printf(out, "%llu", (unsigned long long) p->blanks);
	}
	json_key(out, "distinct");
	sm_buf_printf(out, "%llu", (unsigned long long) p->distinct);
	json_key(out, "distinct_exact");
	sm_buf_puts(out, p->distinct_exact ? "true" : "false");
	json_key(out, "distinct_ratio");
	json_num(out, p->distinct_ratio);
	json_key(out, "unique");
	sm_buf_puts(out, p->unique ? "true" : "false");
	json_key(out, "categorical");
	sm_buf_puts(out, p->categorical ? "true" : "false");
	if (p->categorical)
	{
		json_key(out, "values");
		sm_buf_putc(out, '[');
		for (int i = 0; i < p->nvalues && i < SM_INFER_CATEGORICAL_MAX; i++)
		{
			sm_buf_puts(out, i ? ",{\"value\":" : "{\"value\":");
			json_str(out, p->values[i].text, p->values[i].len);
			sm_buf_printf(out, ",\"count\":%llu}", (unsigned long long) p->values[i].count);
		}
		sm_buf_putc(out, ']');
	}
	if (p->has_minmax)
	{
		json_key(out, "min");
		json_str(out, p->min, strlen(p->min));
		json_key(out, "max");
		json_str(out, p->max, strlen(p->max));
	}
	if (p->has_lengths)
	{
		json_key(out, "min_length");
		sm_buf_printf(out, "%llu", (unsigned long long) p->min_length);
		json_key(out, "max_length");
		sm_buf_printf(out, "%llu", (unsigned long long) p->max_length);
		json_key(out, "avg_length");
		json_num(out, p->avg_length);
	}
	json_key(out, "trimmed");
	sm_buf_puts(out, p->trimmed ? "true" : "false");
	if (p->has_number_format)
	{
		const sm_number_format *f = &p->number_format;

		json_key(out, "format");
		sm_buf_puts(out, "{\"thousands\":");
		if (f->thousands)
			json_str(out, f->thousands, strlen(f->thousands));
		else
			sm_buf_puts(out, "null");
		sm_buf_printf(out, ",\"decimal\":\"%c\",\"currency\":", f->decimal);
		if (f->currency)
			json_str(out, f->currency, strlen(f->currency));
		else
			sm_buf_puts(out, "null");
		if (f->currency)
			sm_buf_printf(out, ",\"currency_position\":\"%s\"",
						  f->currency_suffix ? "suffix" : "prefix");
		sm_buf_printf(out, ",\"percent\":%s,\"parentheses_negative\":%s}",
					  f->percent ? "true" : "false",
					  f->parentheses_negative ? "true" : "false");
	}
	else if (p->format)
	{
		json_key(out, "format");
		json_str(out, p->format, strlen(p->format));
	}
	if (p->nformats)
	{
		json_key(out, "formats");
		sm_buf_putc(out, '[');
		for (int i = 0; i < p->nformats; i++)
		{
			if (i)
				sm_buf_putc(out, ',');
			json_str(out, p->formats[i], strlen(p->formats[i]));
		}
		sm_buf_putc(out, ']');
	}
	if (p->ambiguous)
	{
		json_key(out, "ambiguous");
		sm_buf_puts(out, "true");
	}
	if (p->semantic)
	{
		json_key(out, "semantic");
		json_str(out, p->semantic, strlen(p->semantic));
	}
	if (p->pattern)
	{
		json_key(out, "pattern");
		json_str(out, p->pattern, strlen(p->pattern));
	}
	if (p->alt_kind != SM_KIND_EMPTY)
	{
		json_key(out, "alt_type");
		json_str(out, p->alt_type, strlen(p->alt_type));
		json_key(out, "alt_share");
		json_num(out, p->alt_share);
		json_key(out, "examples_failing");
		sm_buf_putc(out, '[');
		for (int i = 0; i < p->nexamples; i++)
		{
			if (i)
				sm_buf_putc(out, ',');
			json_str(out, p->examples[i].text, p->examples[i].len);
		}
		sm_buf_putc(out, ']');
	}
	sm_buf_putc(out, '}');
	return !out->oom;
}

/* Release what a profile owns and reset it (safe to call twice). */
void
sm_profile_free(sm_profile *p)
{
	if (p == NULL)
		return;
	for (int i = 0; i < p->nmarkers; i++)
		sm_free(p->markers[i].text);
	sm_free(p->markers);
	for (int i = 0; i < p->nvalues; i++)
		sm_free(p->values[i].text);
	sm_free(p->values);
	for (int i = 0; i < p->nformats; i++)
		sm_free(p->formats[i]);
	sm_free(p->formats);
	sm_free(p->format);
	sm_free(p->pattern);
	for (int i = 0; i < p->nexamples; i++)
		sm_free(p->examples[i].text);
	memset(p, 0, sizeof(*p));
	p->precision = p->scale = -1;
}
