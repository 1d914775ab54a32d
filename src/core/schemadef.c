/*
 * schemadef.c
 *	  Decoding, validation and canonical form of synthmig schema definitions.
 *
 * The decoder walks the parsed JSON tree once, top-down, in a fixed order
 * (keys of an object first: duplicates, unknown keys; then each field in
 * canonical order; then cross-field and cross-table checks), and stops at
 * the first error, which it reports with the JSON path of the offending
 * element.  Every count is checked against the limits before the arrays
 * that depend on it are allocated, and every uniqueness check sorts instead
 * of comparing all pairs, so that no input can make it quadratic.
 *
 * The writer emits the decoded structures with a fixed key order and
 * without defaults; decoding its output gives back the same structures,
 * hence canonicalize(canonicalize(x)) == canonicalize(x).
 */
#include "schemadef.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "regex.h"

const sm_schemadef_limits sm_schemadef_default_limits = {
	8 * 1024 * 1024,			/* max_bytes */
	1000,						/* max_tables */
	1600,						/* max_columns */
	10000						/* max_relationships */
};

#define PATHLEN 256				/* = sizeof(sm_error.path) */
#define SHOWLEN 100				/* user text quoted in messages */

/* Longest varchar(n) / char(n) (10485760, PostgreSQL's MaxAttrSize). */
#define MAX_CHAR_LENGTH 10485760
/* Longest bit(n) PostgreSQL accepts (VARBITMAXLEN rounded). */
#define MAX_BIT_LENGTH 83886080
/* Largest min_length / max_length: a field is at most 1 GB. */
#define MAX_TEXT_LENGTH 1073741823

/* ================================================================
 * Small helpers
 * ================================================================ */

/*
 * A printable excerpt of user text for messages: at most SHOWLEN - 4 bytes,
 * cut at a character boundary, control characters shown as '?'.  Keeps
 * messages short and valid UTF-8 whatever the input.
 */
static const char *
show(char *buf, const char *s, size_t len)
{
	size_t		o = 0;
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		n = 1;

		if (c >= 0xF0)
			n = 4;
		else if (c >= 0xE0)
			n = 3;
		else if (c >= 0xC0)
			n = 2;
		if (i + n > len || o + n > SHOWLEN - 4)
			break;
		if (c < 0x20 || c == 0x7f)
			buf[o++] = '?';
		else
		{
			memcpy(buf + o, s + i, n);
			o += n;
		}
		i += n;
	}
	if (i < len)
	{
		memcpy(buf + o, "...", 3);
		o += 3;
	}
	buf[o] = '\0';
	return buf;
}

/* Same for a NUL-terminated string. */
static const char *
shows(char *buf, const char *s)
{
	return show(buf, s, strlen(s));
}

/* An entry of a sortable list of strings, remembering its position. */
typedef struct strent
{
	const char *s;
	size_t		len;
	size_t		idx;
} strent;

/* Order by bytes, then length, then position. */
static int
strent_cmp(const void *a, const void *b)
{
	const strent *x = a;
	const strent *y = b;
	size_t		m = x->len < y->len ? x->len : y->len;
	int			c = memcmp(x->s, y->s, m);

	if (c != 0)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	if (x->idx != y->idx)
		return x->idx < y->idx ? -1 : 1;
	return 0;
}

/*
 * Duplicate detection in O(n log n).  For n strings (s[i] NULL: ignored),
 * first[i] becomes the position of the earliest equal string before i, or
 * SIZE_MAX.  Scanning first[] in order then reports duplicates exactly as
 * a pairwise scan would.  False on allocation failure.
 */
static bool
find_dups(const char *const *s, const size_t *lens, size_t n, size_t *first)
{
	strent	   *e;
	size_t		m = 0;

	for (size_t i = 0; i < n; i++)
		first[i] = SIZE_MAX;
	if (n < 2)
		return true;
	e = sm_calloc(n, sizeof(strent));
	if (e == NULL)
		return false;
	for (size_t i = 0; i < n; i++)
	{
		if (s[i] == NULL)
			continue;
		e[m].s = s[i];
		e[m].len = lens[i];
		e[m].idx = i;
		m++;
	}
	qsort(e, m, sizeof(strent), strent_cmp);
	for (size_t i = 1; i < m; i++)
	{
		if (e[i].len == e[i - 1].len && memcmp(e[i].s, e[i - 1].s, e[i].len) == 0)
			first[e[i].idx] = (first[e[i - 1].idx] == SIZE_MAX) ?
				e[i - 1].idx : first[e[i - 1].idx];
	}
	sm_free(e);
	return true;
}

/*
 * Edit distance of two short strings, counting a swap of two adjacent
 * characters as one edit ("nmae" is one edit from "name"); longer strings
 * are "far".
 */
static int
edit_distance(const char *a, size_t alen, const char *b, size_t blen)
{
	int			d[41][41];

	if (alen > 40 || blen > 40)
		return 99;
	for (size_t i = 0; i <= alen; i++)
		d[i][0] = (int) i;
	for (size_t j = 0; j <= blen; j++)
		d[0][j] = (int) j;
	for (size_t i = 1; i <= alen; i++)
	{
		for (size_t j = 1; j <= blen; j++)
		{
			int			best = d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);

			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
				d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	}
	return d[alen][blen];
}

/* The closest of n candidate words to s, if close enough to be a typo. */
static const char *
closest_word(const char *s, size_t len, const char *const *cands, int n)
{
	const char *best = NULL;
	int			bestd = 99;
	int			maxd = len <= 4 ? 1 : (len <= 8 ? 2 : 3);

	for (int i = 0; i < n; i++)
	{
		int			dd = edit_distance(s, len, cands[i], strlen(cands[i]));

		if (dd < bestd)
		{
			bestd = dd;
			best = cands[i];
		}
	}
	return bestd <= maxd ? best : NULL;
}

/* Lower-case ASCII comparison of s[0..len) with a lower-case word. */
static bool
ieq(const char *s, size_t len, const char *word)
{
	size_t		wl = strlen(word);

	if (len != wl)
		return false;
	for (size_t i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (c != word[i])
			return false;
	}
	return true;
}

/* Number of characters of valid UTF-8 text. */
static size_t
utf8_chars(const char *s, size_t len)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/*
 * Exact integer value of a JSON number's text.  Returns 0 when it is an
 * integer within int64 (*out set), 1 when it has a fractional part, 2 when
 * it is an integer out of int64 range.  "1e3" and "2.50e1" are integers.
 */
static int
number_text_to_int64(const char *t, size_t len, int64_t *out)
{
	size_t		i = 0;
	bool		neg = false;
	const char *ip;
	size_t		il;
	const char *fp = NULL;
	size_t		fl = 0;
	long		ex = 0;
	char		digits[40];
	size_t		nd = 0;
	size_t		tz = 0;
	long		e;
	unsigned __int128 v = 0;

	if (i < len && t[i] == '-')
	{
		neg = true;
		i++;
	}
	ip = t + i;
	while (i < len && t[i] >= '0' && t[i] <= '9')
		i++;
	il = (size_t) (t + i - ip);
	if (i < len && t[i] == '.')
	{
		i++;
		fp = t + i;
		while (i < len && t[i] >= '0' && t[i] <= '9')
			i++;
		fl = (size_t) (t + i - fp);
	}
	if (i < len && (t[i] == 'e' || t[i] == 'E'))
	{
		bool		eneg = false;

		i++;
		if (i < len && (t[i] == '+' || t[i] == '-'))
			eneg = (t[i++] == '-');
		while (i < len && t[i] >= '0' && t[i] <= '9')
		{
			if (ex < 100000000)
				ex = ex * 10 + (t[i] - '0');
			i++;
		}
		if (eneg)
			ex = -ex;
	}
	/*
	 * Significant digits: integer part then fraction, leading zeros dropped.
	 * Only the first 40 are stored; the value is D * 10^e.
	 */
	e = ex - (long) fl;
	for (size_t k = 0; k < il + fl; k++)
	{
		char		c = (k < il) ? ip[k] : fp[k - il];

		if (nd == 0 && c == '0')
			continue;
		if (nd < sizeof(digits))
			digits[nd] = c;
		nd++;
		tz = (c == '0') ? tz + 1 : 0;
	}
	if (nd == 0)
	{
		*out = 0;
		return 0;
	}
	/* trailing zeros go into the exponent */
	nd -= tz;
	e += (long) tz;
	if (e < 0)
		return 1;
	if ((long) nd + e > 19)
		return 2;
	for (size_t k = 0; k < nd; k++)
		v = v * 10 + (unsigned) (digits[k] - '0');
	for (long k = 0; k < e; k++)
		v *= 10;
	if (neg)
	{
		if (v > (unsigned __int128) INT64_MAX + 1)
			return 2;
		*out = (v == (unsigned __int128) INT64_MAX + 1) ? INT64_MIN : -(int64_t) v;
	}
	else
	{
		if (v > (unsigned __int128) INT64_MAX)
			return 2;
		*out = (int64_t) v;
	}
	return 0;
}

/* ================================================================
 * Types
 * ================================================================ */

#define TF_SERIAL 1				/* serial alias: sets sequence */
#define TF_FLOATP 2				/* float(p) */

typedef struct typealias
{
	const char *name;
	sm_typekind kind;
	int			flags;
} typealias;

static const typealias type_aliases[] = {
	{"smallint", SM_TYPE_SMALLINT, 0},
	{"int2", SM_TYPE_SMALLINT, 0},
	{"smallserial", SM_TYPE_SMALLINT, TF_SERIAL},
	{"serial2", SM_TYPE_SMALLINT, TF_SERIAL},
	{"integer", SM_TYPE_INTEGER, 0},
	{"int", SM_TYPE_INTEGER, 0},
	{"int4", SM_TYPE_INTEGER, 0},
	{"serial", SM_TYPE_INTEGER, TF_SERIAL},
	{"serial4", SM_TYPE_INTEGER, TF_SERIAL},
	{"bigint", SM_TYPE_BIGINT, 0},
	{"int8", SM_TYPE_BIGINT, 0},
	{"bigserial", SM_TYPE_BIGINT, TF_SERIAL},
	{"serial8", SM_TYPE_BIGINT, TF_SERIAL},
	{"real", SM_TYPE_REAL, 0},
	{"float4", SM_TYPE_REAL, 0},
	{"double precision", SM_TYPE_DOUBLE, 0},
	{"double", SM_TYPE_DOUBLE, 0},
	{"float8", SM_TYPE_DOUBLE, 0},
	{"float", SM_TYPE_DOUBLE, TF_FLOATP},
	{"number", SM_TYPE_DOUBLE, 0},
	{"numeric", SM_TYPE_NUMERIC, 0},
	{"decimal", SM_TYPE_NUMERIC, 0},
	{"money", SM_TYPE_MONEY, 0},
	{"boolean", SM_TYPE_BOOLEAN, 0},
	{"bool", SM_TYPE_BOOLEAN, 0},
	{"text", SM_TYPE_TEXT, 0},
	{"string", SM_TYPE_TEXT, 0},
	{"character varying", SM_TYPE_VARCHAR, 0},
	{"char varying", SM_TYPE_VARCHAR, 0},
	{"varchar", SM_TYPE_VARCHAR, 0},
	{"character", SM_TYPE_CHAR, 0},
	{"char", SM_TYPE_CHAR, 0},
	{"bpchar", SM_TYPE_BPCHAR, 0},
	{"\"char\"", SM_TYPE_QCHAR, 0},
	{"name", SM_TYPE_NAME, 0},
	{"citext", SM_TYPE_CITEXT, 0},
	{"bytea", SM_TYPE_BYTEA, 0},
	{"date", SM_TYPE_DATE, 0},
	{"time", SM_TYPE_TIME, 0},
	{"timetz", SM_TYPE_TIMETZ, 0},
	{"timestamp", SM_TYPE_TIMESTAMP, 0},
	{"datetime", SM_TYPE_TIMESTAMP, 0},
	{"timestamptz", SM_TYPE_TIMESTAMPTZ, 0},
	{"interval", SM_TYPE_INTERVAL, 0},
	{"uuid", SM_TYPE_UUID, 0},
	{"json", SM_TYPE_JSONB, 0},
	{"jsonb", SM_TYPE_JSONB, 0},
	{"inet", SM_TYPE_INET, 0},
	{"cidr", SM_TYPE_CIDR, 0},
	{"macaddr", SM_TYPE_MACADDR, 0},
	{"xml", SM_TYPE_XML, 0},
	{"tsvector", SM_TYPE_TSVECTOR, 0},
	{"oid", SM_TYPE_OID, 0},
	{"bit", SM_TYPE_BIT, 0},
	{"bit varying", SM_TYPE_VARBIT, 0},
	{"varbit", SM_TYPE_VARBIT, 0},
	{"enum", SM_TYPE_ENUM, 0},
};

#define TYPE_MAX_WORDS 6
#define TYPE_MAX_WORDLEN 24

/* Read an optionally negative integer of at most 9 digits at s[*i]. */
static bool
type_read_int(const char *s, size_t len, size_t *i, int32_t *out)
{
	bool		neg = false;
	int32_t		v = 0;
	int			nd = 0;

	if (*i < len && s[*i] == '-')
	{
		neg = true;
		(*i)++;
	}
	while (*i < len && s[*i] >= '0' && s[*i] <= '9')
	{
		if (++nd > 9)
			return false;
		v = v * 10 + (s[*i] - '0');
		(*i)++;
	}
	if (nd == 0)
		return false;
	*out = neg ? -v : v;
	return true;
}

/* Skip spaces in a type name. */
static void
type_skip_ws(const char *s, size_t len, size_t *i)
{
	while (*i < len && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\n' ||
						s[*i] == '\r'))
		(*i)++;
}

/*
 * Decode a type spelling.  Grammar (case-insensitive, free spacing):
 *   word+ [ "(" int ["," int] ")" ] [with|without time zone] ( "[" [int] "]" )*
 * where the modifiers follow the whole name, except for time and timestamp
 * whose precision comes before the zone clause.
 */
bool
sm_type_parse(const char *s, size_t len, sm_type *t)
{
	char		words[TYPE_MAX_WORDS][TYPE_MAX_WORDLEN];
	int			nwords = 0;
	int			paren_after = -1;
	int32_t		args[2] = {0, 0};
	int			nargs = 0;
	int			arrays = 0;
	size_t		i = 0;
	int			zone = 0;		/* 1 without, 2 with time zone */
	int			nbase;
	char		base[TYPE_MAX_WORDS * TYPE_MAX_WORDLEN];
	const typealias *ta = NULL;
	sm_type		r;

	if (s == NULL || t == NULL)
		return false;
	for (;;)
	{
		char		c;

		type_skip_ws(s, len, &i);
		if (i >= len)
			break;
		c = s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')
		{
			size_t		wl = 0;

			if (arrays > 0 || nwords >= TYPE_MAX_WORDS)
				return false;
			while (i < len && ((s[i] >= 'a' && s[i] <= 'z') ||
							   (s[i] >= 'A' && s[i] <= 'Z') ||
							   (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			{
				char		lc = s[i];

				if (lc >= 'A' && lc <= 'Z')
					lc = (char) (lc - 'A' + 'a');
				if (wl + 1 >= TYPE_MAX_WORDLEN)
					return false;
				words[nwords][wl++] = lc;
				i++;
			}
			words[nwords][wl] = '\0';
			nwords++;
		}
		else if (c == '"')
		{
			/* the only quoted name we know: "char" (exact case) */
			if (nwords != 0 || len - i < 6 || memcmp(s + i, "\"char\"", 6) != 0)
				return false;
			strcpy(words[nwords++], "\"char\"");
			i += 6;
		}
		else if (c == '(')
		{
			if (nwords == 0 || paren_after >= 0 || arrays > 0)
				return false;
			paren_after = nwords;
			i++;
			for (;;)
			{
				type_skip_ws(s, len, &i);
				if (nargs >= 2 || !type_read_int(s, len, &i, &args[nargs]))
					return false;
				nargs++;
				type_skip_ws(s, len, &i);
				if (i < len && s[i] == ',')
				{
					i++;
					continue;
				}
				if (i < len && s[i] == ')')
				{
					i++;
					break;
				}
				return false;
			}
		}
		else if (c == '[')
		{
			int32_t		dim;

			if (nwords == 0 || arrays >= 6)
				return false;
			i++;
			type_skip_ws(s, len, &i);
			if (i < len && s[i] >= '0' && s[i] <= '9' &&
				!type_read_int(s, len, &i, &dim))
				return false;
			type_skip_ws(s, len, &i);
			if (i >= len || s[i] != ']')
				return false;
			i++;
			arrays++;
		}
		else
			return false;
	}
	if (nwords == 0)
		return false;

	/* split off "with[out] time zone" */
	nbase = nwords;
	if (nwords >= 4 && strcmp(words[nwords - 2], "time") == 0 &&
		strcmp(words[nwords - 1], "zone") == 0)
	{
		if (strcmp(words[nwords - 3], "with") == 0)
			zone = 2;
		else if (strcmp(words[nwords - 3], "without") == 0)
			zone = 1;
		else
			return false;
		nbase = nwords - 3;
		if (nbase != 1 || (strcmp(words[0], "time") != 0 &&
						   strcmp(words[0], "timestamp") != 0))
			return false;
		if (paren_after >= 0 && paren_after != 1)
			return false;
	}
	else if (paren_after >= 0 && paren_after != nwords)
		return false;

	base[0] = '\0';
	for (int w = 0; w < nbase; w++)
	{
		if (w > 0)
			strcat(base, " ");
		strcat(base, words[w]);
	}
	for (size_t k = 0; k < sizeof(type_aliases) / sizeof(type_aliases[0]); k++)
	{
		if (strcmp(type_aliases[k].name, base) == 0)
		{
			ta = &type_aliases[k];
			break;
		}
	}
	if (ta == NULL)
		return false;

	r.kind = ta->kind;
	r.mod1 = -1;
	r.mod2 = -1;
	r.is_array = arrays > 0;
	r.serial = (ta->flags & TF_SERIAL) != 0;
	if (r.serial && r.is_array)
		return false;
	if (zone == 2)
		r.kind = (r.kind == SM_TYPE_TIME) ? SM_TYPE_TIMETZ : SM_TYPE_TIMESTAMPTZ;
	if (paren_after >= 0 && nargs == 0)
		return false;
	/* negative values only as a numeric scale */
	if ((nargs >= 1 && args[0] < 0) ||
		(nargs == 2 && r.kind != SM_TYPE_NUMERIC && args[1] < 0))
		return false;

	switch (r.kind)
	{
		case SM_TYPE_DOUBLE:
			if (ta->flags & TF_FLOATP)
			{
				if (nargs > 1)
					return false;
				if (nargs == 1)
				{
					if (args[0] < 1 || args[0] > 53)
						return false;
					if (args[0] <= 24)
						r.kind = SM_TYPE_REAL;
				}
			}
			else if (nargs > 0)
				return false;
			break;
		case SM_TYPE_NUMERIC:
			if (nargs >= 1)
			{
				if (args[0] < 1 || args[0] > 1000)
					return false;
				r.mod1 = args[0];
				r.mod2 = 0;
			}
			if (nargs == 2)
			{
				if (args[1] < -1000 || args[1] > 1000)
					return false;
				r.mod2 = args[1];
			}
			break;
		case SM_TYPE_VARCHAR:
		case SM_TYPE_CHAR:
		case SM_TYPE_BPCHAR:
			if (nargs > 1)
				return false;
			if (nargs == 1)
			{
				if (args[0] < 1 || args[0] > MAX_CHAR_LENGTH)
					return false;
				r.mod1 = args[0];
				if (r.kind == SM_TYPE_BPCHAR)
					r.kind = SM_TYPE_CHAR;
			}
			else if (r.kind == SM_TYPE_CHAR)
				r.mod1 = 1;		/* char means char(1) */
			break;
		case SM_TYPE_TIME:
		case SM_TYPE_TIMETZ:
		case SM_TYPE_TIMESTAMP:
		case SM_TYPE_TIMESTAMPTZ:
		case SM_TYPE_INTERVAL:
			if (nargs > 1)
				return false;
			if (nargs == 1)
			{
				if (args[0] > 6)
					return false;
				r.mod1 = args[0];
			}
			break;
		case SM_TYPE_BIT:
		case SM_TYPE_VARBIT:
			if (nargs > 1)
				return false;
			if (nargs == 1)
			{
				if (args[0] < 1 || args[0] > MAX_BIT_LENGTH)
					return false;
				r.mod1 = args[0];
			}
			else if (r.kind == SM_TYPE_BIT)
				r.mod1 = 1;		/* bit means bit(1) */
			break;
		default:
			if (nargs > 0)
				return false;
			break;
	}
	*t = r;
	return true;
}

/* Canonical (format_type) spelling of t. */
bool
sm_type_format(const sm_type *t, sm_buf *out)
{
	const char *zone = NULL;
	const char *name = NULL;

	switch (t->kind)
	{
		case SM_TYPE_SMALLINT:
			name = "smallint";
			break;
		case SM_TYPE_INTEGER:
			name = "integer";
			break;
		case SM_TYPE_BIGINT:
			name = "bigint";
			break;
		case SM_TYPE_REAL:
			name = "real";
			break;
		case SM_TYPE_DOUBLE:
			name = "double precision";
			break;
		case SM_TYPE_NUMERIC:
			if (t->mod1 >= 0)
				sm_buf_printf(out, "numeric(%d,%d)", (int) t->mod1, (int) t->mod2);
			else
				name = "numeric";
			break;
		case SM_TYPE_MONEY:
			name = "money";
			break;
		case SM_TYPE_BOOLEAN:
			name = "boolean";
			break;
		case SM_TYPE_TEXT:
			name = "text";
			break;
		case SM_TYPE_VARCHAR:
			if (t->mod1 >= 0)
				sm_buf_printf(out, "character varying(%d)", (int) t->mod1);
			else
				name = "character varying";
			break;
		case SM_TYPE_CHAR:
			sm_buf_printf(out, "character(%d)", (int) (t->mod1 >= 0 ? t->mod1 : 1));
			break;
		case SM_TYPE_BPCHAR:
			name = "bpchar";
			break;
		case SM_TYPE_QCHAR:
			name = "\"char\"";
			break;
		case SM_TYPE_NAME:
			name = "name";
			break;
		case SM_TYPE_CITEXT:
			name = "citext";
			break;
		case SM_TYPE_BYTEA:
			name = "bytea";
			break;
		case SM_TYPE_DATE:
			name = "date";
			break;
		case SM_TYPE_TIME:
			name = "time";
			zone = " without time zone";
			break;
		case SM_TYPE_TIMETZ:
			name = "time";
			zone = " with time zone";
			break;
		case SM_TYPE_TIMESTAMP:
			name = "timestamp";
			zone = " without time zone";
			break;
		case SM_TYPE_TIMESTAMPTZ:
			name = "timestamp";
			zone = " with time zone";
			break;
		case SM_TYPE_INTERVAL:
			name = "interval";
			zone = "";
			break;
		case SM_TYPE_UUID:
			name = "uuid";
			break;
		case SM_TYPE_JSONB:
			name = "jsonb";
			break;
		case SM_TYPE_INET:
			name = "inet";
			break;
		case SM_TYPE_CIDR:
			name = "cidr";
			break;
		case SM_TYPE_MACADDR:
			name = "macaddr";
			break;
		case SM_TYPE_XML:
			name = "xml";
			break;
		case SM_TYPE_TSVECTOR:
			name = "tsvector";
			break;
		case SM_TYPE_OID:
			name = "oid";
			break;
		case SM_TYPE_BIT:
			sm_buf_printf(out, "bit(%d)", (int) (t->mod1 >= 0 ? t->mod1 : 1));
			break;
		case SM_TYPE_VARBIT:
			if (t->mod1 >= 0)
				sm_buf_printf(out, "bit varying(%d)", (int) t->mod1);
			else
				name = "bit varying";
			break;
		case SM_TYPE_ENUM:
			name = "enum";
			break;
	}
	if (name)
	{
		sm_buf_puts(out, name);
		if (zone)
		{
			/* time and timestamp precision goes before the zone clause */
			if (t->mod1 >= 0)
				sm_buf_printf(out, "(%d)", (int) t->mod1);
			sm_buf_puts(out, zone);
		}
	}
	if (t->is_array)
		sm_buf_puts(out, "[]");
	return !out->oom;
}

/* Map a type name or alias to its canonical spelling. */
bool
sm_type_normalize(const char *type, size_t len, sm_buf *out)
{
	sm_type		t;

	if (!sm_type_parse(type, len, &t))
		return false;
	return sm_type_format(&t, out);
}

/* smallint, integer, bigint. */
bool
sm_type_is_integer(sm_typekind k)
{
	return k == SM_TYPE_SMALLINT || k == SM_TYPE_INTEGER || k == SM_TYPE_BIGINT;
}

/* Types whose bounds are numbers. */
bool
sm_type_is_numeric(sm_typekind k)
{
	return sm_type_is_integer(k) || k == SM_TYPE_REAL || k == SM_TYPE_DOUBLE ||
		k == SM_TYPE_NUMERIC || k == SM_TYPE_MONEY;
}

/* Types with lengths and patterns. */
bool
sm_type_is_text(sm_typekind k)
{
	return k == SM_TYPE_TEXT || k == SM_TYPE_VARCHAR || k == SM_TYPE_CHAR ||
		k == SM_TYPE_BPCHAR || k == SM_TYPE_NAME || k == SM_TYPE_CITEXT;
}

/* Types whose bounds are ISO strings. */
bool
sm_type_is_datetime(sm_typekind k)
{
	return k == SM_TYPE_DATE || k == SM_TYPE_TIME ||
		k == SM_TYPE_TIMESTAMP || k == SM_TYPE_TIMESTAMPTZ;
}

/* Inclusive integer range of an integer type. */
static void
int_type_range(sm_typekind k, int64_t *lo, int64_t *hi)
{
	if (k == SM_TYPE_SMALLINT)
	{
		*lo = INT16_MIN;
		*hi = INT16_MAX;
	}
	else if (k == SM_TYPE_INTEGER)
	{
		*lo = INT32_MIN;
		*hi = INT32_MAX;
	}
	else
	{
		*lo = INT64_MIN;
		*hi = INT64_MAX;
	}
}

/* Effective maximum length of a text column, or -1. */
int64_t
sm_column_max_length(const sm_column *c)
{
	int64_t		n = -1;

	if (!c->type.is_array &&
		(c->type.kind == SM_TYPE_VARCHAR || c->type.kind == SM_TYPE_CHAR))
		n = c->type.mod1;
	if (c->max_length >= 0 && (n < 0 || c->max_length < n))
		n = c->max_length;
	return n;
}

/* Whether a referencing column of type b can point at a column of type a. */
static bool
types_compatible(const sm_type *a, const sm_type *b)
{
	if (a->is_array != b->is_array)
		return false;
	if (a->kind == b->kind)
		return true;
	if (sm_type_is_numeric(a->kind) && a->kind != SM_TYPE_MONEY &&
		sm_type_is_numeric(b->kind) && b->kind != SM_TYPE_MONEY)
		return true;
	if (sm_type_is_text(a->kind) && sm_type_is_text(b->kind))
		return true;
	if ((a->kind == SM_TYPE_TIMESTAMP || a->kind == SM_TYPE_TIMESTAMPTZ) &&
		(b->kind == SM_TYPE_TIMESTAMP || b->kind == SM_TYPE_TIMESTAMPTZ))
		return true;
	return false;
}

/* ================================================================
 * Decoder infrastructure
 * ================================================================ */

/* Decoder-side facts about a column, not kept in sm_column. */
typedef struct colinfo
{
	bool		nullable_explicit;	/* required false / nullable given */
	const char *pk_key;			/* key that marked it primary key, or NULL */
} colinfo;

/* Decoder-side facts about a table. */
typedef struct tabinfo
{
	strent	   *colindex;		/* columns sorted by name */
	colinfo    *cols;
	int		   *mark;			/* scratch, one per column */
	int			stamp;
	/* keys (primary key, composite unique constraints) as sorted positions */
	bool		keys_built;
	sm_buf		keytext;
	strent	   *keyindex;
	size_t		nkeys;
} tabinfo;

typedef struct decoder
{
	sm_error   *err;
	sm_schemadef_limits lim;
	sm_schema  *s;
	tabinfo    *tabs;
	strent	   *tabindex;		/* tables sorted by name */
} decoder;

/* Record a validation error (SM_EINVAL); always returns false. */
static bool
fail(decoder *d, const char *path, const char *fmt,...)
	__attribute__((format(printf, 3, 4)));

static bool
fail(decoder *d, const char *path, const char *fmt,...)
{
	char		msg[512];
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return sm_error_set(d->err, SM_EINVAL, path, "%s", msg);
}

/* Record an exceeded limit (SM_ELIMIT); always returns false. */
static bool
limit_fail(decoder *d, const char *path, const char *fmt,...)
	__attribute__((format(printf, 3, 4)));

static bool
limit_fail(decoder *d, const char *path, const char *fmt,...)
{
	char		msg[512];
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return sm_error_set(d->err, SM_ELIMIT, path, "%s", msg);
}

/* Record an allocation failure; always returns false. */
static bool
nomem(decoder *d)
{
	return sm_error_set(d->err, SM_ENOMEM, "$",
						"out of memory while decoding the schema definition");
}

/* path + "." + key into dst. */
static void
keypath(char *dst, const char *path, const char *key)
{
	sm_json_path_key(dst, PATHLEN, path, key, strlen(key));
}

/* path + "[i]" into dst. */
static void
idxpath(char *dst, const char *path, size_t i)
{
	sm_json_path_index(dst, PATHLEN, path, i);
}

/* Check the JSON type of v: SM_JTRUE stands for "a boolean". */
static bool
want(decoder *d, const sm_json *v, const char *path, sm_jtype t)
{
	bool		ok;

	if (t == SM_JTRUE || t == SM_JFALSE)
		ok = (v->type == SM_JTRUE || v->type == SM_JFALSE);
	else
		ok = (v->type == t);
	if (!ok)
		return fail(d, path, "expected %s, got %s", sm_json_type_phrase(t),
					sm_json_type_phrase(v->type));
	return true;
}

/* Text of a number for messages. */
static const char *
numtext(char *buf, const sm_json *v)
{
	if (v->str)
		return show(buf, v->str, v->len);
	snprintf(buf, SHOWLEN, "%.17g", v->num);
	return buf;
}

/* A copy of a string value; nonempty refuses "". */
static bool
get_string(decoder *d, const sm_json *v, const char *path, const char *what,
		   bool nonempty, char **out)
{
	if (!want(d, v, path, SM_JSTRING))
		return false;
	if (nonempty && v->len == 0)
		return fail(d, path, "%s must not be empty", what);
	/* trees built by hand may hold anything */
	if (v->str == NULL || memchr(v->str, '\0', v->len) != NULL ||
		!sm_utf8_valid(v->str, v->len))
		return fail(d, path, "%s is not valid UTF-8", what);
	*out = sm_strndup(v->str, v->len);
	if (*out == NULL)
		return nomem(d);
	return true;
}

/* A table, schema, column or constraint name: 1 to 63 bytes. */
static bool
get_identifier(decoder *d, const sm_json *v, const char *path,
			   const char *what, char **out)
{
	char		b[SHOWLEN];

	if (!get_string(d, v, path, what, true, out))
		return false;
	if (v->len > SM_MAX_IDENTIFIER_BYTES)
	{
		fail(d, path, "%s \"%s\" is too long", what, show(b, v->str, v->len));
		sm_error_detail(d->err, "it is %zu bytes, the limit is %d bytes (NAMEDATALEN - 1)",
						v->len, SM_MAX_IDENTIFIER_BYTES);
		return false;
	}
	return true;
}

/* A boolean. */
static bool
get_bool(decoder *d, const sm_json *v, const char *path, bool *out)
{
	if (!want(d, v, path, SM_JTRUE))
		return false;
	*out = (v->type == SM_JTRUE);
	return true;
}

/* An integral number within [lo, hi] (exact, from the number's text). */
static bool
get_int(decoder *d, const sm_json *v, const char *path, const char *what,
		int64_t lo, int64_t hi, int64_t *out)
{
	char		b[SHOWLEN];
	int64_t		x = 0;
	int			r;

	if (!want(d, v, path, SM_JNUMBER))
		return false;
	if (v->str)
		r = number_text_to_int64(v->str, v->len, &x);
	else if (!isfinite(v->num) || fabs(v->num) >= 9.2e18)
		r = 2;
	else if (v->num != floor(v->num))
		r = 1;
	else
	{
		x = (int64_t) v->num;
		r = 0;
	}
	if (r == 1)
		return fail(d, path, "expected an integer, got %s", numtext(b, v));
	if (r == 2 || x > hi)
		return fail(d, path, "%s must be at most %lld, got %s", what,
					(long long) hi, numtext(b, v));
	if (x < lo)
		return fail(d, path, "%s must be at least %lld, got %s", what,
					(long long) lo, numtext(b, v));
	*out = x;
	return true;
}

/* A finite number. */
static bool
get_number(decoder *d, const sm_json *v, const char *path, const char *what,
		   double *out)
{
	char		b[SHOWLEN];

	if (!want(d, v, path, SM_JNUMBER))
		return false;
	if (!isfinite(v->num))
		return fail(d, path, "%s is out of range, got %s", what, numtext(b, v));
	*out = v->num;
	return true;
}

/* A number in [0, 1]. */
static bool
get_fraction(decoder *d, const sm_json *v, const char *path, const char *what,
			 double *out)
{
	char		b[SHOWLEN];

	if (!get_number(d, v, path, what, out))
		return false;
	if (*out < 0 || *out > 1)
		return fail(d, path, "%s must be between 0 and 1, got %s", what,
					numtext(b, v));
	return true;
}

/*
 * An array of strings.  nonempty_items refuses "" elements, unique refuses
 * repeated ones, nonempty refuses [].
 */
static bool
get_strlist(decoder *d, const sm_json *v, const char *path, const char *what,
			bool nonempty, bool nonempty_items, bool unique, sm_strlist *out)
{
	size_t	   *first = NULL;
	const char **ss = NULL;

	if (!want(d, v, path, SM_JARRAY))
		return false;
	if (nonempty && v->n == 0)
		return fail(d, path, "%s must not be empty", what);
	if (v->n == 0)
		return true;
	out->items = sm_calloc(v->n, sizeof(char *));
	if (out->items == NULL)
		return nomem(d);
	if (unique)
	{
		first = sm_calloc(v->n, sizeof(size_t));
		ss = sm_calloc(v->n, sizeof(char *));
		if (first == NULL || ss == NULL)
			goto oom;
		for (size_t i = 0; i < v->n; i++)
		{
			const sm_json *it = v->items[i];

			first[i] = SIZE_MAX;
			ss[i] = (it->type == SM_JSTRING) ? it->str : NULL;
		}
		{
			size_t	   *lens = sm_calloc(v->n, sizeof(size_t));

			if (lens == NULL)
				goto oom;
			for (size_t i = 0; i < v->n; i++)
				lens[i] = v->items[i]->len;
			if (!find_dups(ss, lens, v->n, first))
			{
				sm_free(lens);
				goto oom;
			}
			sm_free(lens);
		}
	}
	for (size_t i = 0; i < v->n; i++)
	{
		char		ip[PATHLEN];
		char		b[SHOWLEN];
		const sm_json *it = v->items[i];

		idxpath(ip, path, i);
		if (nonempty_items && it->type == SM_JSTRING && it->len == 0)
		{
			fail(d, ip, "%s must not contain an empty string", what);
			goto bad;
		}
		if (!get_string(d, it, ip, what, false, &out->items[i]))
			goto bad;
		out->n++;
		if (first && first[i] != SIZE_MAX)
		{
			fail(d, ip, "duplicate value \"%s\" in %s", show(b, it->str, it->len), what);
			sm_error_detail(d->err, "first given at %s[%zu]", path, first[i]);
			goto bad;
		}
	}
	sm_free(first);
	sm_free(ss);
	return true;

oom:
	nomem(d);
bad:
	sm_free(first);
	sm_free(ss);
	return false;
}

/* Free the strings of a list and empty it. */
static void
strlist_free(sm_strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		sm_free(l->items[i]);
	sm_free(l->items);
	l->items = NULL;
	l->n = 0;
}

/* Keys starting with "x-" or "x_" are extension metadata. */
static bool
is_ext_key(const char *k, size_t len)
{
	return len >= 2 && k[0] == 'x' && (k[1] == '-' || k[1] == '_');
}

/* Report the first repeated key of an object, if any. */
static bool
check_dup_keys(decoder *d, const sm_json *obj, const char *path)
{
	size_t		n = obj->n;
	size_t		dup = SIZE_MAX;

	if (n < 2)
		return true;
	if (n <= 16)
	{
		for (size_t j = 1; j < n && dup == SIZE_MAX; j++)
			for (size_t i = 0; i < j; i++)
				if (obj->keylens[i] == obj->keylens[j] &&
					memcmp(obj->keys[i], obj->keys[j], obj->keylens[j]) == 0)
				{
					dup = j;
					break;
				}
	}
	else
	{
		size_t	   *first = sm_calloc(n, sizeof(size_t));

		if (first == NULL)
			return nomem(d);
		if (!find_dups((const char *const *) obj->keys, obj->keylens, n, first))
		{
			sm_free(first);
			return nomem(d);
		}
		for (size_t j = 0; j < n; j++)
			if (first[j] != SIZE_MAX)
			{
				dup = j;
				break;
			}
		sm_free(first);
	}
	if (dup != SIZE_MAX)
	{
		char		kp[PATHLEN];
		char		b[SHOWLEN];

		sm_json_path_key(kp, PATHLEN, path, obj->keys[dup], obj->keylens[dup]);
		fail(d, kp, "duplicate key \"%s\"", show(b, obj->keys[dup], obj->keylens[dup]));
		sm_error_detail(d->err, "a key may appear only once in an object");
		return false;
	}
	return true;
}

/* Duplicate keys anywhere inside a free-form value. */
static bool
check_nested(decoder *d, const sm_json *v, const char *path)
{
	char		p[PATHLEN];

	if (v->type == SM_JARRAY)
	{
		for (size_t i = 0; i < v->n; i++)
		{
			if (v->items[i]->type != SM_JARRAY && v->items[i]->type != SM_JOBJECT)
				continue;
			idxpath(p, path, i);
			if (!check_nested(d, v->items[i], p))
				return false;
		}
	}
	else if (v->type == SM_JOBJECT)
	{
		if (!check_dup_keys(d, v, path))
			return false;
		for (size_t i = 0; i < v->n; i++)
		{
			if (v->items[i]->type != SM_JARRAY && v->items[i]->type != SM_JOBJECT)
				continue;
			sm_json_path_key(p, PATHLEN, path, v->keys[i], v->keylens[i]);
			if (!check_nested(d, v->items[i], p))
				return false;
		}
	}
	return true;
}

/* Extension members (or model parameters) collected from objects. */
typedef struct extent
{
	const char *key;
	size_t		keylen;
	const sm_json *val;
	const char *objpath;		/* path of the object it came from */
} extent;

typedef struct extlist
{
	size_t		n;
	size_t		cap;
	extent	   *e;
} extlist;

/* Collect one extension member, refusing duplicate keys inside its value. */
static bool
ext_add(decoder *d, extlist *l, const char *key, size_t keylen,
		const sm_json *val, const char *objpath)
{
	char		p[PATHLEN];

	sm_json_path_key(p, PATHLEN, objpath, key, keylen);
	if (!check_nested(d, val, p))
		return false;
	if (l->n == l->cap)
	{
		size_t		ncap = l->cap ? l->cap * 2 : 8;
		size_t		bytes;
		extent	   *ne;

		if (!sm_mul_size(ncap, sizeof(extent), &bytes))
			return nomem(d);
		ne = sm_realloc(l->e, bytes);
		if (ne == NULL)
			return nomem(d);
		l->e = ne;
		l->cap = ncap;
	}
	l->e[l->n].key = key;
	l->e[l->n].keylen = keylen;
	l->e[l->n].val = val;
	l->e[l->n].objpath = objpath;
	l->n++;
	return true;
}

/* Release a collection (the values belong to the parse tree). */
static void
ext_free(extlist *l)
{
	sm_free(l->e);
	l->e = NULL;
	l->n = l->cap = 0;
}

/* Order extension members by key bytes, then by arrival. */
static int
extent_cmp(const void *a, const void *b)
{
	const extent *x = a;
	const extent *y = b;
	size_t		m = x->keylen < y->keylen ? x->keylen : y->keylen;
	int			c = memcmp(x->key, y->key, m);

	if (c != 0)
		return c;
	if (x->keylen != y->keylen)
		return x->keylen < y->keylen ? -1 : 1;
	return (x < y) ? -1 : (x > y);
}

/*
 * Turn collected members into an object sorted by key (NULL when empty).
 * The same key from two objects (a column and its constraints) must carry
 * the same value.
 */
static bool
build_ext(decoder *d, extlist *l, sm_json **out)
{
	sm_json    *o;

	*out = NULL;
	if (l->n == 0)
		return true;
	qsort(l->e, l->n, sizeof(extent), extent_cmp);
	o = sm_json_new(SM_JOBJECT);
	if (o == NULL)
		return nomem(d);
	for (size_t i = 0; i < l->n; i++)
	{
		extent	   *e = &l->e[i];
		sm_json    *c;

		if (i > 0 && e->keylen == l->e[i - 1].keylen &&
			memcmp(e->key, l->e[i - 1].key, e->keylen) == 0)
		{
			char		p[PATHLEN];
			char		b[SHOWLEN];

			if (sm_json_equal(e->val, l->e[i - 1].val))
				continue;
			sm_json_path_key(p, PATHLEN, e->objpath, e->key, e->keylen);
			sm_json_free(o);
			fail(d, p, "key \"%s\" conflicts with the same key at %s",
				 show(b, e->key, e->keylen), l->e[i - 1].objpath);
			return false;
		}
		c = sm_json_clone(e->val);
		if (c == NULL || !sm_json_object_append(o, e->key, e->keylen, c))
		{
			sm_json_free(o);
			return nomem(d);
		}
	}
	*out = o;
	return true;
}

/*
 * Check an object's keys: duplicates, then unknown keys.  The value of
 * keys[k] goes to vals[k]; "x-"/"x_" members go to ext.  keys[0..ncanon)
 * are the documented keys listed in the error detail; the rest are
 * accepted aliases.
 */
static bool
scan_object(decoder *d, const sm_json *obj, const char *path,
			const char *const *keys, int nkeys, int ncanon,
			const sm_json **vals, extlist *ext)
{
	if (!want(d, obj, path, SM_JOBJECT))
		return false;
	if (!check_dup_keys(d, obj, path))
		return false;
	for (size_t j = 0; j < obj->n; j++)
	{
		const char *k = obj->keys[j];
		size_t		kl = obj->keylens[j];
		int			found = -1;

		for (int i = 0; i < nkeys; i++)
		{
			if (strlen(keys[i]) == kl && memcmp(keys[i], k, kl) == 0)
			{
				found = i;
				break;
			}
		}
		if (found >= 0)
		{
			vals[found] = obj->items[j];
			continue;
		}
		if (is_ext_key(k, kl))
		{
			if (!ext_add(d, ext, k, kl, obj->items[j], path))
				return false;
			continue;
		}
		{
			char		kp[PATHLEN];
			char		b[SHOWLEN];
			char		list[512];
			size_t		o = 0;
			const char *near = closest_word(k, kl, keys, nkeys);

			sm_json_path_key(kp, PATHLEN, path, k, kl);
			fail(d, kp, "unknown key \"%s\"", show(b, k, kl));
			list[0] = '\0';
			for (int i = 0; i < ncanon && o < sizeof(list); i++)
				o += (size_t) snprintf(list + o, sizeof(list) - o, "%s%s",
									   i ? ", " : "", keys[i]);
			sm_error_detail(d->err, "allowed keys: %s", list);
			if (near)
				sm_error_hint(d->err, "did you mean \"%s\"?", near);
			else
				sm_error_hint(d->err, "keys starting with \"x-\" or \"x_\" are kept as extension metadata");
			return false;
		}
	}
	return true;
}

/* A value given under a key or one of its aliases. */
typedef struct field
{
	const sm_json *v;
	char		path[PATHLEN];
	const char *label;
} field;

/* Take v (key at objpath, called label in messages) into f, checking
 * that an alias already seen agrees. */
static bool
merge_field(decoder *d, field *f, const sm_json *v, const char *objpath,
			const char *key, const char *label)
{
	char		p[PATHLEN];

	if (v == NULL)
		return true;
	keypath(p, objpath, key);
	if (f->v != NULL)
	{
		if (sm_json_equal(f->v, v))
			return true;
		fail(d, p, "\"%s\" conflicts with \"%s\"", label, f->label);
		sm_error_detail(d->err, "both keys set the same property and must agree");
		return false;
	}
	f->v = v;
	memcpy(f->path, p, PATHLEN);
	f->label = label;
	return true;
}

/* A boolean given under a key or one of its (possibly inverted) aliases. */
typedef struct bfield
{
	bool		set;
	bool		value;
	char		path[PATHLEN];
	const char *label;
} bfield;

/* Like merge_field for booleans; yesno also accepts "YES"/"NO". */
static bool
merge_bool(decoder *d, bfield *f, const sm_json *v, const char *objpath,
		   const char *key, const char *label, bool invert, bool yesno)
{
	char		p[PATHLEN];
	bool		b;

	if (v == NULL)
		return true;
	keypath(p, objpath, key);
	if (yesno && v->type == SM_JSTRING)
	{
		if (ieq(v->str, v->len, "yes"))
			b = true;
		else if (ieq(v->str, v->len, "no"))
			b = false;
		else
		{
			char		s[SHOWLEN];

			return fail(d, p, "%s must be a boolean, \"YES\" or \"NO\", got \"%s\"",
						label, show(s, v->str, v->len));
		}
	}
	else if (yesno && v->type != SM_JTRUE && v->type != SM_JFALSE)
		return fail(d, p, "expected a boolean or \"YES\"/\"NO\", got %s",
					sm_json_type_phrase(v->type));
	else if (!get_bool(d, v, p, &b))
		return false;
	if (invert)
		b = !b;
	if (f->set)
	{
		if (f->value == b)
			return true;
		fail(d, p, "\"%s\" conflicts with \"%s\"", label, f->label);
		sm_error_detail(d->err, "both keys set the same property and must agree");
		return false;
	}
	f->set = true;
	f->value = b;
	memcpy(f->path, p, PATHLEN);
	f->label = label;
	return true;
}

/* Position of a column by name in a table's sorted index, or -1. */
static int
find_col(const tabinfo *ti, size_t ncols, const char *name, size_t len)
{
	size_t		lo = 0,
				hi = ncols;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		const strent *e = &ti->colindex[mid];
		size_t		m = e->len < len ? e->len : len;
		int			c = memcmp(e->s, name, m);

		if (c == 0 && e->len != len)
			c = e->len < len ? -1 : 1;
		if (c == 0)
			return (int) e->idx;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The closest column name of table t to name, if it looks like a typo. */
static const char *
closest_column(const sm_table *t, const char *name, size_t len)
{
	const char *best = NULL;
	int			bestd = 99;
	int			maxd = len <= 4 ? 1 : (len <= 8 ? 2 : 3);

	for (size_t i = 0; i < t->ncolumns && i < 2000; i++)
	{
		int			dd = edit_distance(name, len, t->columns[i].name,
									   strlen(t->columns[i].name));

		if (dd < bestd)
		{
			bestd = dd;
			best = t->columns[i].name;
		}
	}
	return bestd <= maxd ? best : NULL;
}

/* ================================================================
 * Columns
 * ================================================================ */

enum
{
	C_NAME, C_TYPE, C_PRIMARY_KEY, C_UNIQUE, C_REQUIRED, C_SEQUENCE,
	C_DEFAULT, C_MIN, C_MAX, C_MIN_LENGTH, C_MAX_LENGTH, C_PATTERN,
	C_VALUES, C_ENUM_TYPE, C_DOMAIN, C_CHECKS, C_NULL_RATE,
	C_DISTINCT_RATIO, C_FORMAT, C_SEMANTIC, C_MISSING_MARKERS, C_PRIVACY,
	C_MODEL, C_DESCRIPTION,
	C_NCANON,
	/* aliases */
	C_DATA_TYPE = C_NCANON, C_IS_NULLABLE, C_NULLABLE, C_IS_PRIMARY_KEY,
	C_IS_UNIQUE, C_CONSTRAINTS, C_PRIVACY_LEVEL,
	C_NKEYS
};

static const char *const column_keys[C_NKEYS] = {
	"name", "type", "primary_key", "unique", "required", "sequence",
	"default", "min", "max", "min_length", "max_length", "pattern",
	"values", "enum_type", "domain", "checks", "null_rate",
	"distinct_ratio", "format", "semantic", "missing_markers", "privacy",
	"model", "description",
	"data_type", "is_nullable", "nullable", "is_primary_key",
	"is_unique", "constraints", "privacyLevel"
};

enum
{
	K_MIN, K_MAX, K_PATTERN, K_REQUIRED, K_UNIQUE, K_MIN_LENGTH,
	K_MAX_LENGTH, K_NKEYS
};

static const char *const constraint_keys[K_NKEYS] = {
	"min", "max", "pattern", "required", "unique", "min_length", "max_length"
};

static const char *const model_kinds[] = {
	"auto", "empirical", "normal", "truncated_normal", "lognormal", "gamma",
	"beta", "uniform", "categorical", "constant", "sequence", "pattern",
	"ngram", "uuid", "dictionary"
};

#define N_MODEL_KINDS ((int) (sizeof(model_kinds) / sizeof(model_kinds[0])))

static const char *const privacy_levels[] = {"low", "medium", "high"};

#define TYPE_HINT "accepted types include smallint, integer, bigint, numeric(p,s), real, " \
	"double precision, text, varchar(n), char(n), boolean, date, timestamp, " \
	"timestamptz, time, interval, uuid, jsonb, bytea, inet and enum; append [] for an array"

/* Report an unknown or malformed type name. */
static bool
type_error(decoder *d, const sm_json *v, const char *path)
{
	char		b[SHOWLEN];
	char		low[TYPE_MAX_WORDLEN * 2];
	size_t		n = 0;
	size_t		cut = v->len;
	sm_type		t;
	const char *cands[sizeof(type_aliases) / sizeof(type_aliases[0])];
	const char *near;

	/* a known name with bad modifiers deserves a precise message */
	for (size_t i = 0; i < v->len; i++)
		if (v->str[i] == '(' || v->str[i] == '[')
		{
			cut = i;
			break;
		}
	if (cut < v->len && sm_type_parse(v->str, cut, &t))
	{
		fail(d, path, "invalid type modifier in \"%s\"", show(b, v->str, v->len));
		sm_error_hint(d->err, "lengths run from 1 to %d, numeric precision from 1 to 1000 "
					  "and scale from -1000 to 1000, time precision from 0 to 6; "
					  "serial types cannot be arrays", MAX_CHAR_LENGTH);
		return false;
	}
	fail(d, path, "unknown type \"%s\"", show(b, v->str, v->len));
	for (size_t i = 0; i < v->len && n + 1 < sizeof(low); i++)
	{
		char		c = v->str[i];

		low[n++] = (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
	}
	low[n] = '\0';
	for (size_t i = 0; i < sizeof(type_aliases) / sizeof(type_aliases[0]); i++)
		cands[i] = type_aliases[i].name;
	near = closest_word(low, n, cands, (int) (sizeof(cands) / sizeof(cands[0])));
	sm_error_detail(d->err, TYPE_HINT);
	if (near)
		sm_error_hint(d->err, "did you mean \"%s\"?", near);
	else
		sm_error_hint(d->err, "see the list of accepted types in docs/schema-format.md");
	return false;
}

/*
 * data_type is an alias of type; both may be given if they name the same
 * type, in any spelling ("int" and "INTEGER").
 */
static bool
merge_type_alias(decoder *d, field *f, const sm_json *v, const char *path)
{
	sm_type		a,
				b;

	if (v && f->v && v->type == SM_JSTRING && f->v->type == SM_JSTRING &&
		sm_type_parse(v->str, v->len, &a) && sm_type_parse(f->v->str, f->v->len, &b) &&
		a.kind == b.kind && a.mod1 == b.mod1 && a.mod2 == b.mod2 &&
		a.is_array == b.is_array && a.serial == b.serial)
		return true;
	return merge_field(d, f, v, path, "data_type", "data_type");
}

/* Decode min or max according to the column's type. */
static bool
decode_bound(decoder *d, const sm_column *c, const field *f, const char *what,
			 sm_bound *b)
{
	const sm_json *v = f->v;
	sm_typekind k = c->type.kind;
	char		sb[SHOWLEN];

	if (v == NULL)
		return true;
	if (c->type.is_array || !(sm_type_is_numeric(k) || sm_type_is_datetime(k)))
	{
		fail(d, f->path, "%s is not allowed for type %s", what, c->type_name);
		sm_error_hint(d->err, "min and max apply to numeric, date, time and timestamp columns");
		return false;
	}
	if (sm_type_is_numeric(k))
	{
		sm_buf		t;

		if (!want(d, v, f->path, SM_JNUMBER))
			return false;
		sm_buf_init(&t);
		if (sm_type_is_integer(k))
		{
			int64_t		lo,
						hi,
						x = 0;
			int			r;

			int_type_range(k, &lo, &hi);
			if (v->str)
				r = number_text_to_int64(v->str, v->len, &x);
			else if (!isfinite(v->num) || fabs(v->num) >= 9.2e18)
				r = 2;
			else if (v->num != floor(v->num))
				r = 1;
			else
			{
				x = (int64_t) v->num;
				r = 0;
			}
			if (r == 1)
				return fail(d, f->path, "%s must be an integer for type %s, got %s",
							what, c->type_name, numtext(sb, v));
			if (r == 2 || x < lo || x > hi)
			{
				fail(d, f->path, "%s (%s) is out of range for type %s",
					 what, numtext(sb, v), c->type_name);
				sm_error_detail(d->err, "%s holds values from %lld to %lld",
								c->type_name, (long long) lo, (long long) hi);
				return false;
			}
			b->ivalue = x;
			b->value = (double) x;
			sm_buf_printf(&t, "%lld", (long long) x);
		}
		else
		{
			double		x = v->num;
			bool		bad = false;

			if (k == SM_TYPE_REAL)
				bad = !isfinite(x) || fabs(x) > FLT_MAX;
			else if (k == SM_TYPE_DOUBLE)
				bad = !isfinite(x);
			else if (k == SM_TYPE_MONEY)
				bad = !(fabs(x) <= 92233720368547758.07);
			else if (k == SM_TYPE_NUMERIC && c->type.mod1 >= 0)
				bad = !(fabs(x) < pow(10.0, (double) (c->type.mod1 - c->type.mod2)));
			if (bad)
				return fail(d, f->path, "%s (%s) is out of range for type %s",
							what, numtext(sb, v), c->type_name);
			b->value = x;
			b->ivalue = 0;
			if ((k == SM_TYPE_REAL || k == SM_TYPE_DOUBLE || v->str == NULL))
				sm_json_write_double(&t, x);
			else
				sm_buf_append(&t, v->str, v->len);
		}
		if (t.oom)
		{
			sm_buf_free(&t);
			return nomem(d);
		}
		b->text = t.data;
	}
	else
	{
		bool		ok;
		bool		has_zone = false;
		int32_t		days = 0;
		int64_t		us = 0;
		const char *fmt;

		if (!want(d, v, f->path, SM_JSTRING))
			return false;
		if (k == SM_TYPE_DATE)
		{
			ok = sm_parse_iso_date(v->str, &days);
			us = days;
			fmt = "YYYY-MM-DD";
		}
		else if (k == SM_TYPE_TIME)
		{
			ok = sm_parse_iso_time(v->str, &us);
			fmt = "HH:MM[:SS[.ffffff]]";
		}
		else
		{
			ok = sm_parse_iso_timestamp(v->str, &us, &has_zone);
			fmt = k == SM_TYPE_TIMESTAMP ? "YYYY-MM-DD[ HH:MM[:SS[.ffffff]]]" :
				"YYYY-MM-DD[ HH:MM[:SS[.ffffff]]][Z|+HH[:MM]]";
		}
		if (!ok || memchr(v->str, '\0', v->len) != NULL)
		{
			fail(d, f->path, "%s (\"%s\") is not a valid %s", what,
				 show(sb, v->str, v->len), c->type_name);
			sm_error_hint(d->err, "use the ISO 8601 form %s", fmt);
			return false;
		}
		if (has_zone && k == SM_TYPE_TIMESTAMP)
		{
			fail(d, f->path, "%s (\"%s\") has a time zone but the column is %s",
				 what, show(sb, v->str, v->len), c->type_name);
			sm_error_hint(d->err, "drop the offset, or use type timestamp with time zone");
			return false;
		}
		b->ivalue = us;
		b->value = (double) us;
		b->text = sm_strndup(v->str, v->len);
		if (b->text == NULL)
			return nomem(d);
	}
	b->set = true;
	return true;
}

/* A sorted copy of a string list, for membership tests. */
static strent *
index_strlist(const sm_strlist *l)
{
	strent	   *e = sm_calloc(l->n ? l->n : 1, sizeof(strent));

	if (e == NULL)
		return NULL;
	for (size_t i = 0; i < l->n; i++)
	{
		e[i].s = l->items[i];
		e[i].len = strlen(l->items[i]);
		e[i].idx = i;
	}
	qsort(e, l->n, sizeof(strent), strent_cmp);
	return e;
}

/* Whether s is in a sorted index of n strings. */
static bool
in_index(const strent *e, size_t n, const char *s, size_t len)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		size_t		m = e[mid].len < len ? e[mid].len : len;
		int			c = memcmp(e[mid].s, s, m);

		if (c == 0 && e[mid].len != len)
			c = e[mid].len < len ? -1 : 1;
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* Free a column model. */
static void
model_free(sm_model *m)
{
	if (m == NULL)
		return;
	for (size_t i = 0; i < m->ncategories; i++)
		sm_free(m->labels[i]);
	sm_free(m->labels);
	sm_free(m->weights);
	sm_json_free(m->params);
	sm_free(m);
}

/* Decode a column's "model" object. */
static bool
decode_model(decoder *d, sm_column *c, const sm_json *v, const char *path)
{
	const sm_json *kind = NULL;
	const sm_json *values = NULL;
	sm_model   *m;
	extlist		params = {0, 0, NULL};
	char		kp[PATHLEN];
	char		vp[PATHLEN];
	char		b[SHOWLEN];
	int			k = -1;

	if (!want(d, v, path, SM_JOBJECT) || !check_dup_keys(d, v, path))
		return false;
	kind = sm_json_get(v, "kind");
	keypath(kp, path, "kind");
	if (kind == NULL)
	{
		fail(d, path, "missing required key \"kind\"");
		sm_error_hint(d->err, "kinds: auto, empirical, normal, truncated_normal, lognormal, "
					  "gamma, beta, uniform, categorical, constant, sequence, pattern, "
					  "ngram, uuid, dictionary");
		return false;
	}
	if (!want(d, kind, kp, SM_JSTRING))
		return false;
	for (int i = 0; i < N_MODEL_KINDS; i++)
		if (strlen(model_kinds[i]) == kind->len &&
			memcmp(model_kinds[i], kind->str, kind->len) == 0)
			k = i;
	if (k < 0)
	{
		const char *near = closest_word(kind->str, kind->len, model_kinds, N_MODEL_KINDS);

		fail(d, kp, "unknown model kind \"%s\"", show(b, kind->str, kind->len));
		sm_error_detail(d->err, "kinds: auto, empirical, normal, truncated_normal, lognormal, "
						"gamma, beta, uniform, categorical, constant, sequence, pattern, "
						"ngram, uuid, dictionary");
		if (near)
			sm_error_hint(d->err, "did you mean \"%s\"?", near);
		return false;
	}
	m = sm_calloc(1, sizeof(sm_model));
	if (m == NULL)
		return nomem(d);
	c->model = m;
	m->kind = (sm_model_kind) k;
	for (size_t i = 0; i < v->n; i++)
	{
		if (v->keylens[i] == 4 && memcmp(v->keys[i], "kind", 4) == 0)
			continue;
		if (m->kind == SM_MODEL_CATEGORICAL && v->keylens[i] == 6 &&
			memcmp(v->keys[i], "values", 6) == 0)
		{
			values = v->items[i];
			continue;
		}
		if (!ext_add(d, &params, v->keys[i], v->keylens[i], v->items[i], path))
			goto bad;
	}
	if (m->kind == SM_MODEL_CATEGORICAL)
	{
		double		sum = 0;
		strent	   *allowed = NULL;

		keypath(vp, path, "values");
		if (values == NULL)
		{
			fail(d, path, "missing required key \"values\" for model kind categorical");
			sm_error_hint(d->err, "give the categories and their weights, e.g. {\"kind\": \"categorical\", \"values\": {\"a\": 0.7, \"b\": 0.3}}");
			goto bad;
		}
		if (!want(d, values, vp, SM_JOBJECT) || !check_dup_keys(d, values, vp))
			goto bad;
		if (values->n == 0)
		{
			fail(d, vp, "values must not be empty");
			goto bad;
		}
		m->labels = sm_calloc(values->n, sizeof(char *));
		m->weights = sm_calloc(values->n, sizeof(double));
		if (m->labels == NULL || m->weights == NULL)
		{
			nomem(d);
			goto bad;
		}
		if (c->values.n > 0 && (allowed = index_strlist(&c->values)) == NULL)
		{
			nomem(d);
			goto bad;
		}
		for (size_t i = 0; i < values->n; i++)
		{
			char		ip[PATHLEN];
			const sm_json *w = values->items[i];
			double		x;

			sm_json_path_key(ip, PATHLEN, vp, values->keys[i], values->keylens[i]);
			if (!get_number(d, w, ip, "weight", &x))
				goto bad_allowed;
			if (x < 0)
			{
				fail(d, ip, "weight must not be negative, got %s", numtext(b, w));
				goto bad_allowed;
			}
			if (allowed && !in_index(allowed, c->values.n, values->keys[i], values->keylens[i]))
			{
				fail(d, ip, "category \"%s\" is not one of the column's values",
					 show(b, values->keys[i], values->keylens[i]));
				goto bad_allowed;
			}
			if (memchr(values->keys[i], '\0', values->keylens[i]) != NULL)
			{
				fail(d, ip, "category is not valid UTF-8");
				goto bad_allowed;
			}
			m->labels[i] = sm_strndup(values->keys[i], values->keylens[i]);
			if (m->labels[i] == NULL)
			{
				nomem(d);
				goto bad_allowed;
			}
			m->weights[i] = x;
			m->ncategories++;
			sum += x;
		}
		sm_free(allowed);
		if (!(sum > 0) || !isfinite(sum))
		{
			fail(d, vp, "the category weights must have a positive, finite sum");
			goto bad;
		}
		goto params;
bad_allowed:
		sm_free(allowed);
		goto bad;
	}
params:
	if (!build_ext(d, &params, &m->params))
		goto bad;
	ext_free(&params);
	return true;

bad:
	ext_free(&params);
	return false;
}

/* Is this column type one where lengths and patterns make sense? */
static bool
column_is_text(const sm_column *c)
{
	return !c->type.is_array && sm_type_is_text(c->type.kind);
}

/*
 * Decode column ci of table t.  dup_of is the position of an earlier
 * column with the same name, or SIZE_MAX.
 */
static bool
decode_column(decoder *d, sm_table *t, tabinfo *ti, size_t ci,
			  const sm_json *v, const char *path, const char *tpath,
			  size_t dup_of)
{
	sm_column  *c = &t->columns[ci];
	const sm_json *vals[C_NKEYS];
	const sm_json *cv[K_NKEYS];
	extlist		ext = {0, 0, NULL};
	char		cpath[PATHLEN];
	char		p[PATHLEN];
	char		b[SHOWLEN];
	char		b2[SHOWLEN];
	field		ftype,
				fmin,
				fmax,
				fpattern,
				fminlen,
				fmaxlen,
				fprivacy;
	bfield		breq,
				bpk,
				buniq;
	bool		seq_set = false;
	bool		seq = false;
	sm_regex   *re = NULL;
	int64_t		eff;

	memset(vals, 0, sizeof(vals));
	memset(cv, 0, sizeof(cv));
	memset(&ftype, 0, sizeof(field));
	fmin = fmax = fpattern = fminlen = fmaxlen = fprivacy = ftype;
	memset(&breq, 0, sizeof(bfield));
	bpk = buniq = breq;
	c->min_length = c->max_length = -1;
	c->null_rate = c->distinct_ratio = -1;

	if (!scan_object(d, v, path, column_keys, C_NKEYS, C_NCANON, vals, &ext))
		goto bad;
	keypath(cpath, path, "constraints");
	if (vals[C_CONSTRAINTS] &&
		!scan_object(d, vals[C_CONSTRAINTS], cpath, constraint_keys, K_NKEYS,
					 K_NKEYS, cv, &ext))
		goto bad;

	/* name */
	if (vals[C_NAME] == NULL)
	{
		fail(d, path, "missing required key \"name\"");
		goto bad;
	}
	keypath(p, path, "name");
	if (!get_identifier(d, vals[C_NAME], p, "column name", &c->name))
		goto bad;
	if (dup_of != SIZE_MAX)
	{
		fail(d, p, "duplicate column name \"%s\"", shows(b, c->name));
		sm_error_detail(d->err, "first defined at %s.columns[%zu]", tpath, dup_of);
		goto bad;
	}

	/* aliases */
	if (!merge_field(d, &ftype, vals[C_TYPE], path, "type", "type") ||
		!merge_type_alias(d, &ftype, vals[C_DATA_TYPE], path) ||
		!merge_bool(d, &bpk, vals[C_PRIMARY_KEY], path, "primary_key", "primary_key", false, false) ||
		!merge_bool(d, &bpk, vals[C_IS_PRIMARY_KEY], path, "is_primary_key", "is_primary_key", false, false) ||
		!merge_bool(d, &buniq, vals[C_UNIQUE], path, "unique", "unique", false, false) ||
		!merge_bool(d, &buniq, vals[C_IS_UNIQUE], path, "is_unique", "is_unique", false, false) ||
		!merge_bool(d, &buniq, cv[K_UNIQUE], cpath, "unique", "constraints.unique", false, false) ||
		!merge_bool(d, &breq, vals[C_REQUIRED], path, "required", "required", false, false) ||
		!merge_bool(d, &breq, vals[C_NULLABLE], path, "nullable", "nullable", true, false) ||
		!merge_bool(d, &breq, vals[C_IS_NULLABLE], path, "is_nullable", "is_nullable", true, true) ||
		!merge_bool(d, &breq, cv[K_REQUIRED], cpath, "required", "constraints.required", false, false) ||
		!merge_field(d, &fmin, vals[C_MIN], path, "min", "min") ||
		!merge_field(d, &fmin, cv[K_MIN], cpath, "min", "constraints.min") ||
		!merge_field(d, &fmax, vals[C_MAX], path, "max", "max") ||
		!merge_field(d, &fmax, cv[K_MAX], cpath, "max", "constraints.max") ||
		!merge_field(d, &fpattern, vals[C_PATTERN], path, "pattern", "pattern") ||
		!merge_field(d, &fpattern, cv[K_PATTERN], cpath, "pattern", "constraints.pattern") ||
		!merge_field(d, &fminlen, vals[C_MIN_LENGTH], path, "min_length", "min_length") ||
		!merge_field(d, &fminlen, cv[K_MIN_LENGTH], cpath, "min_length", "constraints.min_length") ||
		!merge_field(d, &fmaxlen, vals[C_MAX_LENGTH], path, "max_length", "max_length") ||
		!merge_field(d, &fmaxlen, cv[K_MAX_LENGTH], cpath, "max_length", "constraints.max_length") ||
		!merge_field(d, &fprivacy, vals[C_PRIVACY], path, "privacy", "privacy") ||
		!merge_field(d, &fprivacy, vals[C_PRIVACY_LEVEL], path, "privacyLevel", "privacyLevel"))
		goto bad;

	/* type */
	if (ftype.v == NULL)
	{
		fail(d, path, "missing required key \"type\"");
		sm_error_hint(d->err, TYPE_HINT);
		goto bad;
	}
	if (!want(d, ftype.v, ftype.path, SM_JSTRING))
		goto bad;
	if (!sm_type_parse(ftype.v->str, ftype.v->len, &c->type))
	{
		type_error(d, ftype.v, ftype.path);
		goto bad;
	}
	{
		sm_buf		tb;

		sm_buf_init(&tb);
		if (!sm_type_format(&c->type, &tb))
		{
			sm_buf_free(&tb);
			nomem(d);
			goto bad;
		}
		c->type_name = tb.data;
	}

	/* flags */
	if (bpk.set && bpk.value)
	{
		c->primary_key = true;
		ti->cols[ci].pk_key = bpk.label;
		if (breq.set && !breq.value)
		{
			fail(d, breq.path, "a primary key column cannot be nullable");
			goto bad;
		}
	}
	c->unique = buniq.set && buniq.value;
	ti->cols[ci].nullable_explicit = breq.set && !breq.value;
	c->required = (breq.set && breq.value) || c->primary_key;
	keypath(p, path, "sequence");
	if (vals[C_SEQUENCE])
	{
		if (!get_bool(d, vals[C_SEQUENCE], p, &seq))
			goto bad;
		seq_set = true;
	}
	if (c->type.serial)
	{
		if (seq_set && !seq)
		{
			fail(d, p, "sequence cannot be false for type \"%s\"",
				 show(b, ftype.v->str, ftype.v->len));
			sm_error_detail(d->err, "serial types are integers filled from a sequence");
			goto bad;
		}
		seq = true;
	}
	if (seq && (c->type.is_array || !sm_type_is_integer(c->type.kind)))
	{
		fail(d, p, "sequence is not allowed for type %s", c->type_name);
		sm_error_hint(d->err, "only smallint, integer and bigint columns can take values from a sequence");
		goto bad;
	}
	c->sequence = seq;
	keypath(p, path, "default");
	if (vals[C_DEFAULT] && !get_string(d, vals[C_DEFAULT], p, "default", true, &c->default_expr))
		goto bad;

	/* min, max */
	if (!decode_bound(d, c, &fmin, "min", &c->min) ||
		!decode_bound(d, c, &fmax, "max", &c->max))
		goto bad;
	if (c->min.set && c->max.set)
	{
		bool		gt;

		if (sm_type_is_integer(c->type.kind) || sm_type_is_datetime(c->type.kind))
			gt = c->min.ivalue > c->max.ivalue;
		else
			gt = c->min.value > c->max.value;
		if (gt)
		{
			fail(d, fmax.path, "min (%s) is greater than max (%s)",
				 shows(b, c->min.text), shows(b2, c->max.text));
			goto bad;
		}
	}

	/* lengths */
	if ((fminlen.v || fmaxlen.v) && !column_is_text(c))
	{
		fail(d, fminlen.v ? fminlen.path : fmaxlen.path,
			 "%s is not allowed for type %s", fminlen.v ? "min_length" : "max_length",
			 c->type_name);
		sm_error_hint(d->err, "min_length and max_length apply to text, character varying, character, name and citext columns");
		goto bad;
	}
	if (fminlen.v && !get_int(d, fminlen.v, fminlen.path, "min_length", 0,
							  MAX_TEXT_LENGTH, &c->min_length))
		goto bad;
	if (fmaxlen.v && !get_int(d, fmaxlen.v, fmaxlen.path, "max_length", 0,
							  MAX_TEXT_LENGTH, &c->max_length))
		goto bad;
	if (c->max_length >= 0 && (c->type.kind == SM_TYPE_VARCHAR ||
							   c->type.kind == SM_TYPE_CHAR) &&
		c->type.mod1 >= 0 && c->max_length > c->type.mod1)
	{
		fail(d, fmaxlen.path, "max_length (%lld) exceeds the length of %s",
			 (long long) c->max_length, c->type_name);
		goto bad;
	}
	eff = sm_column_max_length(c);
	if (c->min_length >= 0 && eff >= 0 && c->min_length > eff)
	{
		if (c->max_length >= 0)
			fail(d, fmaxlen.path, "min_length (%lld) is greater than max_length (%lld)",
				 (long long) c->min_length, (long long) c->max_length);
		else
			fail(d, fminlen.path, "min_length (%lld) exceeds the length of %s",
				 (long long) c->min_length, c->type_name);
		goto bad;
	}

	/* pattern */
	if (fpattern.v)
	{
		sm_error	rerr;

		if (!column_is_text(c))
		{
			fail(d, fpattern.path, "pattern is not allowed for type %s", c->type_name);
			sm_error_hint(d->err, "patterns apply to text, character varying, character, name and citext columns");
			goto bad;
		}
		if (!get_string(d, fpattern.v, fpattern.path, "pattern", false, &c->pattern))
			goto bad;
		sm_error_clear(&rerr);
		re = sm_regex_compile(fpattern.v->str, fpattern.v->len, &rerr);
		if (re == NULL)
		{
			if (rerr.code == SM_ENOMEM)
				nomem(d);
			else
			{
				sm_error_set(d->err, rerr.code == SM_ELIMIT ? SM_ELIMIT : SM_EINVAL,
							 fpattern.path, "invalid pattern: %s", rerr.message);
				if (rerr.detail[0])
					sm_error_detail(d->err, "%s", rerr.detail);
				else if (rerr.path[0])
					sm_error_detail(d->err, "at %s of the pattern", rerr.path);
				if (rerr.hint[0])
					sm_error_hint(d->err, "%s", rerr.hint);
			}
			goto bad;
		}
		if (sm_regex_is_empty(re))
		{
			fail(d, fpattern.path, "pattern \"%s\" matches no string",
				 show(b, fpattern.v->str, fpattern.v->len));
			goto bad;
		}
		if (eff >= 0 && sm_regex_min_length(re) > (size_t) eff)
		{
			fail(d, fpattern.path, "pattern \"%s\" needs at least %zu characters, but the column holds at most %lld",
				 show(b, fpattern.v->str, fpattern.v->len),
				 sm_regex_min_length(re), (long long) eff);
			goto bad;
		}
	}

	/* values */
	keypath(p, path, "values");
	if (vals[C_VALUES])
	{
		bool		is_enum = c->type.kind == SM_TYPE_ENUM;

		if (!is_enum && !sm_type_is_text(c->type.kind))
		{
			fail(d, p, "values is not allowed for type %s", c->type_name);
			sm_error_hint(d->err, "values lists the allowed labels of enum and text columns");
			goto bad;
		}
		if (!get_strlist(d, vals[C_VALUES], p, "values", true, is_enum, true, &c->values))
			goto bad;
		for (size_t i = 0; i < c->values.n; i++)
		{
			const char *s = c->values.items[i];
			size_t		sl = strlen(s);
			char		ip[PATHLEN];

			idxpath(ip, p, i);
			if (is_enum && sl > SM_MAX_IDENTIFIER_BYTES)
			{
				fail(d, ip, "enum label \"%s\" is too long", show(b, s, sl));
				sm_error_detail(d->err, "it is %zu bytes, the limit is %d bytes",
								sl, SM_MAX_IDENTIFIER_BYTES);
				goto bad;
			}
			if (!is_enum && !c->type.is_array && eff >= 0 &&
				utf8_chars(s, sl) > (size_t) eff)
			{
				fail(d, ip, "value \"%s\" is longer than %lld characters",
					 show(b, s, sl), (long long) eff);
				goto bad;
			}
			if (!is_enum && !c->type.is_array && c->min_length >= 0 &&
				utf8_chars(s, sl) < (size_t) c->min_length)
			{
				fail(d, ip, "value \"%s\" is shorter than min_length (%lld)",
					 show(b, s, sl), (long long) c->min_length);
				goto bad;
			}
			if (re && !sm_regex_matches(re, s, sl))
			{
				fail(d, ip, "value \"%s\" does not match pattern \"%s\"",
					 show(b, s, sl), shows(b2, c->pattern));
				goto bad;
			}
		}
	}
	else if (c->type.kind == SM_TYPE_ENUM)
	{
		fail(d, path, "missing required key \"values\" for type %s", c->type_name);
		sm_error_hint(d->err, "list the labels of the enum, e.g. \"values\": [\"small\", \"large\"]");
		goto bad;
	}
	keypath(p, path, "enum_type");
	if (vals[C_ENUM_TYPE])
	{
		if (c->type.kind != SM_TYPE_ENUM)
		{
			fail(d, p, "enum_type is only allowed for type enum");
			goto bad;
		}
		if (!get_string(d, vals[C_ENUM_TYPE], p, "enum_type", true, &c->enum_type))
			goto bad;
		if (strlen(c->enum_type) > 2 * SM_MAX_IDENTIFIER_BYTES + 5)
		{
			fail(d, p, "enum_type \"%s\" is too long", shows(b, c->enum_type));
			goto bad;
		}
	}
	keypath(p, path, "domain");
	if (vals[C_DOMAIN] && !get_string(d, vals[C_DOMAIN], p, "domain", true, &c->domain))
		goto bad;
	keypath(p, path, "checks");
	if (vals[C_CHECKS] && !get_strlist(d, vals[C_CHECKS], p, "checks", false, true, false, &c->checks))
		goto bad;
	keypath(p, path, "null_rate");
	if (vals[C_NULL_RATE] && !get_fraction(d, vals[C_NULL_RATE], p, "null_rate", &c->null_rate))
		goto bad;
	keypath(p, path, "distinct_ratio");
	if (vals[C_DISTINCT_RATIO] &&
		!get_fraction(d, vals[C_DISTINCT_RATIO], p, "distinct_ratio", &c->distinct_ratio))
		goto bad;
	keypath(p, path, "format");
	if (vals[C_FORMAT] && !get_string(d, vals[C_FORMAT], p, "format", true, &c->format))
		goto bad;
	keypath(p, path, "semantic");
	if (vals[C_SEMANTIC] && !get_string(d, vals[C_SEMANTIC], p, "semantic", true, &c->semantic))
		goto bad;
	keypath(p, path, "missing_markers");
	if (vals[C_MISSING_MARKERS] &&
		!get_strlist(d, vals[C_MISSING_MARKERS], p, "missing_markers", false, false, false,
					 &c->missing_markers))
		goto bad;
	if (fprivacy.v)
	{
		if (!want(d, fprivacy.v, fprivacy.path, SM_JSTRING))
			goto bad;
		for (int i = 0; i < 3; i++)
			if (ieq(fprivacy.v->str, fprivacy.v->len, privacy_levels[i]))
				c->privacy = (sm_privacy_level) (i + 1);
		if (c->privacy == SM_PRIVACY_UNSET)
		{
			fail(d, fprivacy.path, "unknown privacy level \"%s\"",
				 show(b, fprivacy.v->str, fprivacy.v->len));
			sm_error_hint(d->err, "use \"low\", \"medium\" or \"high\"");
			goto bad;
		}
	}
	keypath(p, path, "model");
	if (vals[C_MODEL] && !decode_model(d, c, vals[C_MODEL], p))
		goto bad;
	keypath(p, path, "description");
	if (vals[C_DESCRIPTION] &&
		!get_string(d, vals[C_DESCRIPTION], p, "description", false, &c->description))
		goto bad;
	if (!build_ext(d, &ext, &c->ext))
		goto bad;
	ext_free(&ext);
	if (re)
		sm_regex_free(re);
	return true;

bad:
	ext_free(&ext);
	if (re)
		sm_regex_free(re);
	return false;
}

/* ================================================================
 * Tables
 * ================================================================ */

enum
{
	T_NAME, T_SCHEMA, T_SOURCE, T_DESCRIPTION, T_ROWS, T_COLUMNS,
	T_PRIMARY_KEY, T_UNIQUE, T_CHECKS, T_NKEYS
};

static const char *const table_keys[T_NKEYS] = {
	"name", "schema", "source", "description", "rows", "columns",
	"primary_key", "unique", "checks"
};

enum
{
	CK_NAME, CK_EXPRESSION, CK_NKEYS
};

static const char *const check_keys[CK_NKEYS] = {"name", "expression"};

/*
 * A list of column names of table t (an array at path) into set, each
 * existing and none repeated.  what names the list in messages.
 */
static bool
decode_colnames(decoder *d, const sm_table *t, tabinfo *ti, const sm_json *v,
				const char *path, const char *what, sm_colset *set)
{
	char		b[SHOWLEN];
	char		b2[SHOWLEN];

	if (!want(d, v, path, SM_JARRAY))
		return false;
	if (v->n == 0)
		return fail(d, path, "%s must not be empty", what);
	set->cols = sm_calloc(v->n, sizeof(int));
	if (set->cols == NULL)
		return nomem(d);
	ti->stamp++;
	for (size_t i = 0; i < v->n; i++)
	{
		char		ip[PATHLEN];
		const sm_json *it = v->items[i];
		int			col;

		idxpath(ip, path, i);
		if (!want(d, it, ip, SM_JSTRING))
			return false;
		col = find_col(ti, t->ncolumns, it->str, it->len);
		if (col < 0)
		{
			const char *near = closest_column(t, it->str, it->len);

			fail(d, ip, "column \"%s\" does not exist in table \"%s\"",
				 show(b, it->str, it->len), shows(b2, t->name));
			if (near)
				sm_error_hint(d->err, "did you mean \"%s\"?", shows(b, near));
			return false;
		}
		if (ti->mark[col] == ti->stamp)
			return fail(d, ip, "column \"%s\" appears more than once in %s",
						show(b, it->str, it->len), what);
		ti->mark[col] = ti->stamp;
		set->cols[set->n++] = col;
	}
	return true;
}

/* Path of column i of the table at tpath, or of its member key. */
static void
column_path(char *dst, const char *tpath, size_t i, const char *key)
{
	char		cp[PATHLEN];
	char		ip[PATHLEN];

	keypath(cp, tpath, "columns");
	if (key == NULL)
		idxpath(dst, cp, i);
	else
	{
		idxpath(ip, cp, i);
		keypath(dst, ip, key);
	}
}

/* Resolve the table's primary key from column flags and/or primary_key. */
static bool
decode_primary_key(decoder *d, sm_table *t, tabinfo *ti, const sm_json *v,
				   const char *path)
{
	char		p[PATHLEN];
	char		b[SHOWLEN];
	size_t		nflag = 0;

	for (size_t i = 0; i < t->ncolumns; i++)
		if (ti->cols[i].pk_key)
			nflag++;
	keypath(p, path, "primary_key");
	if (v)
	{
		if (!decode_colnames(d, t, ti, v, p, "primary_key", &t->primary_key))
			return false;
		/* column flags, when given, must name the same columns */
		ti->stamp++;
		for (size_t i = 0; i < t->primary_key.n; i++)
			ti->mark[t->primary_key.cols[i]] = ti->stamp;
		for (size_t i = 0; i < t->primary_key.n && nflag > 0; i++)
		{
			int			col = t->primary_key.cols[i];

			if (ti->cols[col].pk_key == NULL)
			{
				char		ip[PATHLEN];

				idxpath(ip, p, i);
				fail(d, ip, "column \"%s\" is in the table's primary_key but is not marked \"primary_key\": true",
					 shows(b, t->columns[col].name));
				sm_error_hint(d->err, "give a composite key only as the table's primary_key, without column flags");
				return false;
			}
		}
		for (size_t i = 0; i < t->ncolumns; i++)
		{
			if (ti->cols[i].pk_key && ti->mark[i] != ti->stamp)
			{
				char		cp[PATHLEN];
				char		fp[PATHLEN];

				column_path(cp, path, i, NULL);
				keypath(fp, cp, ti->cols[i].pk_key);
				fail(d, fp, "column \"%s\" is marked as primary key but is not in the table's primary_key",
					 shows(b, t->columns[i].name));
				return false;
			}
		}
	}
	else if (nflag > 0)
	{
		t->primary_key.cols = sm_calloc(nflag, sizeof(int));
		if (t->primary_key.cols == NULL)
			return nomem(d);
		for (size_t i = 0; i < t->ncolumns; i++)
			if (ti->cols[i].pk_key)
				t->primary_key.cols[t->primary_key.n++] = (int) i;
	}
	for (size_t i = 0; i < t->primary_key.n; i++)
	{
		int			col = t->primary_key.cols[i];

		if (ti->cols[col].nullable_explicit)
		{
			char		ip[PATHLEN];

			idxpath(ip, p, i);
			return fail(d, ip, "primary key column \"%s\" cannot be nullable",
						shows(b, t->columns[col].name));
		}
		t->columns[col].primary_key = true;
		t->columns[col].required = true;
	}
	return true;
}

/* Table-level unique constraints: an array of arrays of column names. */
static bool
decode_unique(decoder *d, sm_table *t, tabinfo *ti, const sm_json *v,
			  const char *path)
{
	char		p[PATHLEN];
	sm_colset  *sets;
	sm_buf		keys;
	size_t	   *offs = NULL;
	size_t	   *lens = NULL;
	const char **ptrs = NULL;
	size_t	   *first = NULL;
	bool		ok = false;

	keypath(p, path, "unique");
	if (!want(d, v, p, SM_JARRAY))
		return false;
	if (v->n == 0)
		return true;
	sets = sm_calloc(v->n, sizeof(sm_colset));
	if (sets == NULL)
		return nomem(d);
	sm_buf_init(&keys);
	for (size_t i = 0; i < v->n; i++)
	{
		char		ip[PATHLEN];

		idxpath(ip, p, i);
		if (v->items[i]->type != SM_JARRAY)
		{
			fail(d, ip, "expected an array, got %s", sm_json_type_phrase(v->items[i]->type));
			sm_error_hint(d->err, "each unique constraint is an array of column names, e.g. \"unique\": [[\"a\", \"b\"]]");
			goto done;
		}
		if (!decode_colnames(d, t, ti, v->items[i], ip, "unique constraint", &sets[i]))
			goto done;
	}
	/* repeated constraints: same columns in the same order */
	offs = sm_calloc(v->n, sizeof(size_t));
	lens = sm_calloc(v->n, sizeof(size_t));
	ptrs = sm_calloc(v->n, sizeof(char *));
	first = sm_calloc(v->n, sizeof(size_t));
	if (offs == NULL || lens == NULL || ptrs == NULL || first == NULL)
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < v->n; i++)
	{
		offs[i] = keys.len;
		for (size_t j = 0; j < sets[i].n; j++)
			sm_buf_printf(&keys, "%d,", sets[i].cols[j]);
		lens[i] = keys.len - offs[i];
	}
	if (keys.oom)
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < v->n; i++)
		ptrs[i] = keys.data + offs[i];
	if (!find_dups(ptrs, lens, v->n, first))
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < v->n; i++)
	{
		if (first[i] != SIZE_MAX)
		{
			char		ip[PATHLEN];

			idxpath(ip, p, i);
			fail(d, ip, "duplicate unique constraint");
			sm_error_detail(d->err, "first defined at %s[%zu]", p, first[i]);
			goto done;
		}
	}
	/* single columns become column flags, the others are kept */
	t->unique = sm_calloc(v->n, sizeof(sm_colset));
	if (t->unique == NULL)
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < v->n; i++)
	{
		if (sets[i].n == 1)
			t->columns[sets[i].cols[0]].unique = true;
		else
		{
			t->unique[t->nunique++] = sets[i];
			sets[i].cols = NULL;
			sets[i].n = 0;
		}
	}
	ok = true;

done:
	for (size_t i = 0; i < v->n; i++)
		sm_free(sets[i].cols);
	sm_free(sets);
	sm_buf_free(&keys);
	sm_free(offs);
	sm_free(lens);
	sm_free(ptrs);
	sm_free(first);
	return ok;
}

/* Table-level check constraints. */
static bool
decode_checks(decoder *d, sm_table *t, const sm_json *v, const char *path)
{
	char		p[PATHLEN];
	const char **names = NULL;
	size_t	   *lens = NULL;
	size_t	   *first = NULL;
	bool		ok = false;

	keypath(p, path, "checks");
	if (!want(d, v, p, SM_JARRAY))
		return false;
	if (v->n == 0)
		return true;
	t->checks = sm_calloc(v->n, sizeof(sm_check));
	names = sm_calloc(v->n, sizeof(char *));
	lens = sm_calloc(v->n, sizeof(size_t));
	first = sm_calloc(v->n, sizeof(size_t));
	if (t->checks == NULL || names == NULL || lens == NULL || first == NULL)
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < v->n; i++)
	{
		const sm_json *nm = sm_json_get(v->items[i], "name");

		if (nm && nm->type == SM_JSTRING)
		{
			names[i] = nm->str;
			lens[i] = nm->len;
		}
	}
	if (!find_dups(names, lens, v->n, first))
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < v->n; i++)
	{
		char		ip[PATHLEN];
		char		kp[PATHLEN];
		char		b[SHOWLEN];
		const sm_json *vals[CK_NKEYS] = {NULL, NULL};
		extlist		ext = {0, 0, NULL};
		sm_check   *ck = &t->checks[i];

		idxpath(ip, p, i);
		t->nchecks++;
		if (v->items[i]->type == SM_JSTRING)
		{
			fail(d, ip, "expected an object, got a string");
			sm_error_hint(d->err, "write a check constraint as {\"name\": \"positive_total\", \"expression\": \"total >= 0\"}");
			goto done;
		}
		if (!scan_object(d, v->items[i], ip, check_keys, CK_NKEYS, CK_NKEYS, vals, &ext))
		{
			ext_free(&ext);
			goto done;
		}
		keypath(kp, ip, "name");
		if (vals[CK_NAME])
		{
			if (!get_identifier(d, vals[CK_NAME], kp, "check constraint name", &ck->name))
			{
				ext_free(&ext);
				goto done;
			}
			if (first[i] != SIZE_MAX)
			{
				ext_free(&ext);
				fail(d, kp, "duplicate check constraint name \"%s\"", shows(b, ck->name));
				sm_error_detail(d->err, "first defined at %s[%zu]", p, first[i]);
				goto done;
			}
		}
		keypath(kp, ip, "expression");
		if (vals[CK_EXPRESSION] == NULL)
		{
			ext_free(&ext);
			fail(d, ip, "missing required key \"expression\"");
			goto done;
		}
		if (!get_string(d, vals[CK_EXPRESSION], kp, "expression", true, &ck->expression) ||
			!build_ext(d, &ext, &ck->ext))
		{
			ext_free(&ext);
			goto done;
		}
		ext_free(&ext);
	}
	ok = true;

done:
	sm_free(names);
	sm_free(lens);
	sm_free(first);
	return ok;
}

/* Decode table ti; dup_of: position of an earlier table with the same identity. */
static bool
decode_table(decoder *d, size_t tix, const sm_json *v, const char *path,
			 size_t dup_of)
{
	sm_table   *t = &d->s->tables[tix];
	tabinfo    *ti = &d->tabs[tix];
	const sm_json *vals[T_NKEYS];
	extlist		ext = {0, 0, NULL};
	char		p[PATHLEN];
	char		b[SHOWLEN];
	char		b2[SHOWLEN];
	const sm_json *cols;
	const char **names = NULL;
	size_t	   *lens = NULL;
	size_t	   *first = NULL;
	bool		ok = false;

	memset(vals, 0, sizeof(vals));
	t->rows = -1;
	if (!scan_object(d, v, path, table_keys, T_NKEYS, T_NKEYS, vals, &ext))
		goto done;
	if (vals[T_NAME] == NULL)
	{
		fail(d, path, "missing required key \"name\"");
		goto done;
	}
	keypath(p, path, "name");
	if (!get_identifier(d, vals[T_NAME], p, "table name", &t->name))
		goto done;
	{
		char		sp[PATHLEN];

		keypath(sp, path, "schema");
		if (vals[T_SCHEMA] &&
			!get_identifier(d, vals[T_SCHEMA], sp, "schema name", &t->schema))
			goto done;
	}
	if (dup_of != SIZE_MAX)
	{
		if (t->schema)
			fail(d, p, "duplicate table \"%s.%s\"", shows(b2, t->schema), shows(b, t->name));
		else
			fail(d, p, "duplicate table \"%s\"", shows(b, t->name));
		sm_error_detail(d->err, "first defined at tables[%zu]", dup_of);
		goto done;
	}
	keypath(p, path, "source");
	if (vals[T_SOURCE] && !get_string(d, vals[T_SOURCE], p, "source", true, &t->source))
		goto done;
	keypath(p, path, "description");
	if (vals[T_DESCRIPTION] &&
		!get_string(d, vals[T_DESCRIPTION], p, "description", false, &t->description))
		goto done;
	keypath(p, path, "rows");
	if (vals[T_ROWS] && !get_int(d, vals[T_ROWS], p, "rows", 0, INT64_MAX, &t->rows))
		goto done;

	/* columns */
	cols = vals[T_COLUMNS];
	keypath(p, path, "columns");
	if (cols == NULL)
	{
		fail(d, path, "missing required key \"columns\"");
		goto done;
	}
	if (!want(d, cols, p, SM_JARRAY))
		goto done;
	if (cols->n == 0)
	{
		fail(d, p, "table \"%s\" has no columns", shows(b, t->name));
		sm_error_hint(d->err, "a table needs at least one column");
		goto done;
	}
	if (cols->n > (size_t) (d->lim.max_columns > 0 ? d->lim.max_columns : 0))
	{
		limit_fail(d, p, "table \"%s\" has %zu columns, the limit is %d",
				   shows(b, t->name), cols->n, d->lim.max_columns);
		goto done;
	}
	t->columns = sm_calloc(cols->n, sizeof(sm_column));
	ti->cols = sm_calloc(cols->n, sizeof(colinfo));
	ti->mark = sm_calloc(cols->n, sizeof(int));
	names = sm_calloc(cols->n, sizeof(char *));
	lens = sm_calloc(cols->n, sizeof(size_t));
	first = sm_calloc(cols->n, sizeof(size_t));
	if (t->columns == NULL || ti->cols == NULL || ti->mark == NULL ||
		names == NULL || lens == NULL || first == NULL)
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < cols->n; i++)
	{
		const sm_json *nm = sm_json_get(cols->items[i], "name");

		if (nm && nm->type == SM_JSTRING)
		{
			names[i] = nm->str;
			lens[i] = nm->len;
		}
	}
	if (!find_dups(names, lens, cols->n, first))
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < cols->n; i++)
	{
		char		cp[PATHLEN];

		idxpath(cp, p, i);
		t->ncolumns++;
		if (!decode_column(d, t, ti, i, cols->items[i], cp, path, first[i]))
			goto done;
	}
	ti->colindex = sm_calloc(t->ncolumns, sizeof(strent));
	if (ti->colindex == NULL)
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < t->ncolumns; i++)
	{
		ti->colindex[i].s = t->columns[i].name;
		ti->colindex[i].len = strlen(t->columns[i].name);
		ti->colindex[i].idx = i;
	}
	qsort(ti->colindex, t->ncolumns, sizeof(strent), strent_cmp);

	if (!decode_primary_key(d, t, ti, vals[T_PRIMARY_KEY], path))
		goto done;
	if (vals[T_UNIQUE] && !decode_unique(d, t, ti, vals[T_UNIQUE], path))
		goto done;
	if (vals[T_CHECKS] && !decode_checks(d, t, vals[T_CHECKS], path))
		goto done;
	/* cross-field checks that need the primary key */
	for (size_t i = 0; i < t->ncolumns; i++)
	{
		sm_column  *c = &t->columns[i];

		if (c->required && c->null_rate > 0)
		{
			char		cp[PATHLEN];

			column_path(cp, path, i, "null_rate");
			fail(d, cp, "null_rate must be 0 for a required column");
			if (c->primary_key)
				sm_error_detail(d->err, "primary key columns are implicitly required");
			goto done;
		}
	}
	if (!build_ext(d, &ext, &t->ext))
		goto done;
	ok = true;

done:
	ext_free(&ext);
	sm_free(names);
	sm_free(lens);
	sm_free(first);
	return ok;
}

/* ================================================================
 * Relationships
 * ================================================================ */

enum
{
	RL_NAME, RL_SOURCE_SCHEMA, RL_SOURCE_TABLE, RL_SOURCE_COLUMN,
	RL_SOURCE_COLUMNS, RL_TARGET_SCHEMA, RL_TARGET_TABLE, RL_TARGET_COLUMN,
	RL_TARGET_COLUMNS, RL_RELATIONSHIP_TYPE, RL_HIERARCHY, RL_THROUGH_SCHEMA,
	RL_THROUGH, RL_THROUGH_SOURCE_COLUMN, RL_THROUGH_SOURCE_COLUMNS,
	RL_THROUGH_TARGET_COLUMN, RL_THROUGH_TARGET_COLUMNS, RL_ON_DELETE,
	RL_CARDINALITY, RL_DESCRIPTION,
	RL_NCANON,
	RL_TYPE = RL_NCANON,
	RL_NKEYS
};

static const char *const relationship_keys[RL_NKEYS] = {
	"name", "source_schema", "source_table", "source_column",
	"source_columns", "target_schema", "target_table", "target_column",
	"target_columns", "relationship_type", "hierarchy", "through_schema",
	"through", "through_source_column", "through_source_columns",
	"through_target_column", "through_target_columns", "on_delete",
	"cardinality", "description",
	"type"
};

enum
{
	CA_MIN, CA_MAX, CA_MEAN, CA_NKEYS
};

static const char *const cardinality_keys[CA_NKEYS] = {"min", "max", "mean"};

/* Relationship kinds as written (before many-to-one is swapped). */
enum
{
	RK_ONE_TO_MANY, RK_ONE_TO_ONE, RK_MANY_TO_ONE, RK_MANY_TO_MANY,
	RK_HIERARCHY
};

/* One side of a relationship while it is decoded. */
typedef struct relside
{
	int			table;
	sm_colset	cols;
	char		tpath[PATHLEN];	/* path of the table key */
	char		cpath[PATHLEN];	/* path of the column(s) key */
} relside;

/* Parse a relationship kind, accepting any case and '_' or ' ' for '-'. */
static int
reltype_parse(const char *s, size_t len)
{
	static const char *const names[] = {
		"one-to-many", "one-to-one", "many-to-one", "many-to-many",
		"hierarchy", "self-referencing", "self-reference"
	};
	char		buf[32];

	if (len >= sizeof(buf))
		return -1;
	for (size_t i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (c == '_' || c == ' ')
			c = '-';
		buf[i] = c;
	}
	buf[len] = '\0';
	for (int i = 0; i < 7; i++)
		if (strcmp(buf, names[i]) == 0)
			return i >= RK_HIERARCHY ? RK_HIERARCHY : i;
	return -1;
}

/* The closest table name to name, if it looks like a typo. */
static const char *
closest_table(const sm_schema *s, const char *name, size_t len)
{
	const char *best = NULL;
	int			bestd = 99;
	int			maxd = len <= 4 ? 1 : (len <= 8 ? 2 : 3);

	for (size_t i = 0; i < s->ntables; i++)
	{
		int			dd = edit_distance(name, len, s->tables[i].name,
									   strlen(s->tables[i].name));

		if (dd < bestd)
		{
			bestd = dd;
			best = s->tables[i].name;
		}
	}
	return bestd <= maxd ? best : NULL;
}

/*
 * Find the table named by tablekey (and schemakey) of a relationship.
 * Without a schema, a table without schema wins, else the only table of
 * that name; several in different schemas are ambiguous.
 */
static bool
resolve_table(decoder *d, const sm_json *schema_v, const sm_json *table_v,
			  const char *relpath, const char *schemakey, const char *tablekey,
			  int *out, char *tpath)
{
	char		sp[PATHLEN];
	char		b[SHOWLEN];
	char		b2[SHOWLEN];
	size_t		n = d->s->ntables;
	size_t		lo = 0,
				hi = n;
	int			found = -1;
	int			found_null = -1;
	int			count = 0;

	keypath(tpath, relpath, tablekey);
	keypath(sp, relpath, schemakey);
	if (table_v == NULL)
		return fail(d, relpath, "missing required key \"%s\"", tablekey);
	if (!want(d, table_v, tpath, SM_JSTRING))
		return false;
	if (schema_v && !want(d, schema_v, sp, SM_JSTRING))
		return false;
	/* lower bound of the name in the sorted index */
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		const strent *e = &d->tabindex[mid];
		size_t		m = e->len < table_v->len ? e->len : table_v->len;
		int			c = memcmp(e->s, table_v->str, m);

		if (c == 0 && e->len != table_v->len)
			c = e->len < table_v->len ? -1 : 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < n; i++)
	{
		const strent *e = &d->tabindex[i];
		const sm_table *t;

		if (e->len != table_v->len || memcmp(e->s, table_v->str, e->len) != 0)
			break;
		t = &d->s->tables[e->idx];
		if (schema_v)
		{
			if (t->schema && strlen(t->schema) == schema_v->len &&
				memcmp(t->schema, schema_v->str, schema_v->len) == 0)
				found = (int) e->idx;
		}
		else
		{
			if (t->schema == NULL && found_null < 0)
				found_null = (int) e->idx;
			if (count == 0)
				found = (int) e->idx;
			count++;
		}
	}
	if (schema_v == NULL && found_null >= 0)
		found = found_null;
	else if (schema_v == NULL && count > 1)
	{
		fail(d, tpath, "table name \"%s\" is ambiguous", show(b, table_v->str, table_v->len));
		sm_error_detail(d->err, "%d tables of that name exist in different schemas", count);
		sm_error_hint(d->err, "set \"%s\" to choose one", schemakey);
		return false;
	}
	if (found < 0)
	{
		const char *near = closest_table(d->s, table_v->str, table_v->len);

		if (schema_v)
			fail(d, tpath, "table \"%s.%s\" does not exist",
				 show(b2, schema_v->str, schema_v->len), show(b, table_v->str, table_v->len));
		else
			fail(d, tpath, "table \"%s\" does not exist", show(b, table_v->str, table_v->len));
		if (near)
			sm_error_hint(d->err, "did you mean \"%s\"?", shows(b, near));
		return false;
	}
	*out = found;
	return true;
}

/* The column(s) of one side: onekey (a name) or manykey (an array). */
static bool
resolve_columns(decoder *d, int tix, const sm_json *one, const sm_json *many,
				const char *relpath, const char *onekey, const char *manykey,
				sm_colset *set, char *cpath)
{
	sm_table   *t = &d->s->tables[tix];
	tabinfo    *ti = &d->tabs[tix];
	char		b[SHOWLEN];
	char		b2[SHOWLEN];

	if (one && many)
	{
		keypath(cpath, relpath, manykey);
		return fail(d, cpath, "\"%s\" and \"%s\" cannot both be given", onekey, manykey);
	}
	if (one == NULL && many == NULL)
	{
		keypath(cpath, relpath, onekey);
		fail(d, relpath, "missing required key \"%s\"", onekey);
		sm_error_hint(d->err, "use \"%s\" for a composite key", manykey);
		return false;
	}
	if (many)
	{
		keypath(cpath, relpath, manykey);
		return decode_colnames(d, t, ti, many, cpath, manykey, set);
	}
	keypath(cpath, relpath, onekey);
	if (!want(d, one, cpath, SM_JSTRING))
		return false;
	{
		int			col = find_col(ti, t->ncolumns, one->str, one->len);

		if (col < 0)
		{
			const char *near = closest_column(t, one->str, one->len);

			fail(d, cpath, "column \"%s\" does not exist in table \"%s\"",
				 show(b, one->str, one->len), shows(b2, t->name));
			if (near)
				sm_error_hint(d->err, "did you mean \"%s\"?", shows(b, near));
			return false;
		}
		set->cols = sm_calloc(1, sizeof(int));
		if (set->cols == NULL)
			return nomem(d);
		set->cols[0] = col;
		set->n = 1;
	}
	return true;
}

/* qsort order of ints. */
static int
int_cmp(const void *a, const void *b)
{
	int			x = *(const int *) a;
	int			y = *(const int *) b;

	return (x > y) - (x < y);
}

/* Append the sorted positions of a column set ("3,7,") to b. */
static bool
colset_key(sm_buf *b, const sm_colset *s)
{
	int		   *tmp = sm_calloc(s->n ? s->n : 1, sizeof(int));

	if (tmp == NULL)
		return false;
	memcpy(tmp, s->cols, s->n * sizeof(int));
	qsort(tmp, s->n, sizeof(int), int_cmp);
	for (size_t i = 0; i < s->n; i++)
		sm_buf_printf(b, "%d,", tmp[i]);
	sm_free(tmp);
	return !b->oom;
}

/*
 * Index the multi-column keys of a table (its primary key and composite
 * unique constraints) by their sorted column positions, so that checking
 * a relationship costs O(log n) however many constraints the table has.
 */
static bool
build_key_index(decoder *d, int tix)
{
	sm_table   *t = &d->s->tables[tix];
	tabinfo    *ti = &d->tabs[tix];
	size_t		n = t->nunique + 1;
	size_t	   *offs;

	ti->keys_built = true;
	sm_buf_init(&ti->keytext);
	offs = sm_calloc(n, sizeof(size_t));
	ti->keyindex = sm_calloc(n, sizeof(strent));
	if (offs == NULL || ti->keyindex == NULL)
	{
		sm_free(offs);
		return nomem(d);
	}
	for (size_t i = 0; i < n; i++)
	{
		const sm_colset *set = (i == 0) ? &t->primary_key : &t->unique[i - 1];

		if (set->n == 0)
			continue;
		offs[ti->nkeys] = ti->keytext.len;
		if (!colset_key(&ti->keytext, set))
		{
			sm_free(offs);
			return nomem(d);
		}
		ti->keyindex[ti->nkeys].len = ti->keytext.len - offs[ti->nkeys];
		ti->keyindex[ti->nkeys].idx = i;
		ti->nkeys++;
	}
	for (size_t i = 0; i < ti->nkeys; i++)
		ti->keyindex[i].s = ti->keytext.data + offs[i];
	sm_free(offs);
	qsort(ti->keyindex, ti->nkeys, sizeof(strent), strent_cmp);
	return true;
}

/*
 * Whether cols are exactly (as a set) the primary key or a unique
 * constraint of table tix; *ok is false after an allocation failure.
 */
static bool
is_key(decoder *d, int tix, const sm_colset *cols, bool *ok)
{
	sm_table   *t = &d->s->tables[tix];
	tabinfo    *ti = &d->tabs[tix];
	sm_buf		k;
	bool		found;

	*ok = true;
	if (cols->n == 1 && t->columns[cols->cols[0]].unique)
		return true;
	if (!ti->keys_built && !build_key_index(d, tix))
	{
		*ok = false;
		return false;
	}
	sm_buf_init(&k);
	if (!colset_key(&k, cols))
	{
		sm_buf_free(&k);
		*ok = nomem(d);
		return false;
	}
	found = in_index(ti->keyindex, ti->nkeys, k.data, k.len);
	sm_buf_free(&k);
	return found;
}

/* Referencing columns ref (of table rt) must fit referenced ones (of st). */
static bool
check_ref_types(decoder *d, int st, const sm_colset *src, int rt,
				const sm_colset *ref, const char *refpath, const char *what_ref,
				const char *what_src)
{
	char		b[SHOWLEN];
	char		b2[SHOWLEN];

	if (ref->n != src->n)
		return fail(d, refpath, "the number of %s (%zu) does not match the number of %s (%zu)",
					what_ref, ref->n, what_src, src->n);
	for (size_t i = 0; i < ref->n; i++)
	{
		const sm_column *a = &d->s->tables[st].columns[src->cols[i]];
		const sm_column *c = &d->s->tables[rt].columns[ref->cols[i]];

		if (!types_compatible(&a->type, &c->type))
			return fail(d, refpath, "column \"%s\" (%s) cannot reference column \"%s\" (%s)",
						shows(b, c->name), c->type_name, shows(b2, a->name), a->type_name);
	}
	return true;
}

/* Report referenced columns that are not a key. */
static bool
key_error(decoder *d, int tix, const sm_colset *cols, const char *path)
{
	const sm_table *t = &d->s->tables[tix];
	char		b[SHOWLEN];
	char		b2[SHOWLEN];

	if (cols->n == 1)
	{
		fail(d, path, "column \"%s\" of table \"%s\" is not a primary key or unique",
			 shows(b, t->columns[cols->cols[0]].name), shows(b2, t->name));
		sm_error_hint(d->err, "a referenced column needs \"primary_key\": true or \"unique\": true");
	}
	else
	{
		fail(d, path, "the referenced columns are not the primary key or a unique constraint of table \"%s\"",
			 shows(b2, t->name));
		sm_error_hint(d->err, "declare them as the table's \"primary_key\" or in its \"unique\" list");
	}
	return false;
}

/* Free the columns of a relationship side not handed over to the result. */
static void
relside_free(relside *s)
{
	sm_free(s->cols.cols);
	s->cols.cols = NULL;
	s->cols.n = 0;
}

/* Decode relationship ri. */
static bool
decode_relationship(decoder *d, size_t ri, const sm_json *v, const char *path)
{
	sm_relationship *r = &d->s->relationships[ri];
	const sm_json *vals[RL_NKEYS];
	extlist		ext = {0, 0, NULL};
	char		p[PATHLEN];
	char		rtpath[PATHLEN];
	char		hpath[PATHLEN];
	char		b[SHOWLEN];
	relside		src,
				tgt;
	int			rk = RK_ONE_TO_MANY;
	bool		hier = false;
	bool		hier_set = false;
	bool		kok = true;
	bool		ok = false;

	memset(vals, 0, sizeof(vals));
	memset(&src, 0, sizeof(src));
	memset(&tgt, 0, sizeof(tgt));
	r->source_table = r->target_table = r->through_table = -1;
	r->card_min = r->card_max = -1;
	r->card_mean = -1;
	rtpath[0] = '\0';
	if (!scan_object(d, v, path, relationship_keys, RL_NKEYS, RL_NCANON, vals, &ext))
		goto done;

	/* kind */
	for (int k = 0; k < 2; k++)
	{
		const sm_json *tv = vals[k == 0 ? RL_RELATIONSHIP_TYPE : RL_TYPE];
		const char *key = k == 0 ? "relationship_type" : "type";
		int			parsed;

		if (tv == NULL)
			continue;
		keypath(p, path, key);
		if (!want(d, tv, p, SM_JSTRING))
			goto done;
		parsed = reltype_parse(tv->str, tv->len);
		if (parsed < 0)
		{
			fail(d, p, "unknown relationship type \"%s\"", show(b, tv->str, tv->len));
			sm_error_hint(d->err, "use one-to-one, one-to-many, many-to-one, many-to-many or hierarchy");
			goto done;
		}
		if (rtpath[0] && parsed != rk)
		{
			fail(d, p, "\"type\" conflicts with \"relationship_type\"");
			sm_error_detail(d->err, "both keys set the same property and must agree");
			goto done;
		}
		rk = parsed;
		if (!rtpath[0])
			memcpy(rtpath, p, PATHLEN);
	}
	keypath(hpath, path, "hierarchy");
	if (vals[RL_HIERARCHY])
	{
		if (!get_bool(d, vals[RL_HIERARCHY], hpath, &hier))
			goto done;
		hier_set = true;
	}
	keypath(p, path, "name");
	if (vals[RL_NAME] && !get_identifier(d, vals[RL_NAME], p, "relationship name", &r->name))
		goto done;

	/* both sides */
	if (!resolve_table(d, vals[RL_SOURCE_SCHEMA], vals[RL_SOURCE_TABLE], path,
					   "source_schema", "source_table", &src.table, src.tpath) ||
		!resolve_columns(d, src.table, vals[RL_SOURCE_COLUMN], vals[RL_SOURCE_COLUMNS],
						 path, "source_column", "source_columns", &src.cols, src.cpath) ||
		!resolve_table(d, vals[RL_TARGET_SCHEMA], vals[RL_TARGET_TABLE], path,
					   "target_schema", "target_table", &tgt.table, tgt.tpath) ||
		!resolve_columns(d, tgt.table, vals[RL_TARGET_COLUMN], vals[RL_TARGET_COLUMNS],
						 path, "target_column", "target_columns", &tgt.cols, tgt.cpath))
		goto done;
	if (rk == RK_MANY_TO_ONE)
	{
		relside		tmp = src;

		src = tgt;
		tgt = tmp;
		rk = RK_ONE_TO_MANY;
	}
	if (rk == RK_HIERARCHY)
	{
		if (hier_set && !hier)
		{
			fail(d, hpath, "\"hierarchy\": false conflicts with the relationship type");
			goto done;
		}
		hier = true;
		rk = RK_ONE_TO_MANY;
	}
	if (src.table == tgt.table)
	{
		if (!hier)
		{
			fail(d, tgt.tpath, "relationship from table \"%s\" to itself must be declared as a hierarchy",
				 shows(b, d->s->tables[src.table].name));
			sm_error_hint(d->err, "add \"hierarchy\": true, or use \"relationship_type\": \"hierarchy\"");
			goto done;
		}
		if (src.cols.n == tgt.cols.n &&
			memcmp(src.cols.cols, tgt.cols.cols, src.cols.n * sizeof(int)) == 0)
		{
			fail(d, tgt.cpath, "a column cannot reference itself");
			goto done;
		}
	}
	else if (hier)
	{
		fail(d, hier_set ? hpath : rtpath,
			 "a hierarchy relates a table to itself, but source and target tables differ");
		goto done;
	}
	r->type = rk == RK_ONE_TO_ONE ? SM_REL_ONE_TO_ONE :
		rk == RK_MANY_TO_MANY ? SM_REL_MANY_TO_MANY : SM_REL_ONE_TO_MANY;
	r->hierarchy = hier;

	if (r->type != SM_REL_MANY_TO_MANY)
	{
		static const int through_keys[] = {
			RL_THROUGH_SCHEMA, RL_THROUGH, RL_THROUGH_SOURCE_COLUMN,
			RL_THROUGH_SOURCE_COLUMNS, RL_THROUGH_TARGET_COLUMN,
			RL_THROUGH_TARGET_COLUMNS
		};

		for (int k = 0; k < 6; k++)
			if (vals[through_keys[k]])
			{
				keypath(p, path, relationship_keys[through_keys[k]]);
				fail(d, p, "\"%s\" is only allowed for many-to-many relationships",
					 relationship_keys[through_keys[k]]);
				goto done;
			}
		if (!check_ref_types(d, src.table, &src.cols, tgt.table, &tgt.cols, tgt.cpath,
							 "target columns", "source columns"))
			goto done;
		if (!is_key(d, src.table, &src.cols, &kok))
		{
			if (kok)
				key_error(d, src.table, &src.cols, src.cpath);
			goto done;
		}
	}
	else
	{
		char		tp[PATHLEN];
		char		cp[PATHLEN];

		if (vals[RL_THROUGH] == NULL)
		{
			fail(d, path, "missing required key \"through\" for a many-to-many relationship");
			sm_error_hint(d->err, "name the junction table in \"through\", and its columns in \"through_source_column\" and \"through_target_column\"");
			goto done;
		}
		if (!resolve_table(d, vals[RL_THROUGH_SCHEMA], vals[RL_THROUGH], path,
						   "through_schema", "through", &r->through_table, tp) ||
			!resolve_columns(d, r->through_table, vals[RL_THROUGH_SOURCE_COLUMN],
							 vals[RL_THROUGH_SOURCE_COLUMNS], path,
							 "through_source_column", "through_source_columns",
							 &r->through_source_columns, cp) ||
			!check_ref_types(d, src.table, &src.cols, r->through_table,
							 &r->through_source_columns, cp,
							 "through source columns", "source columns") ||
			!resolve_columns(d, r->through_table, vals[RL_THROUGH_TARGET_COLUMN],
							 vals[RL_THROUGH_TARGET_COLUMNS], path,
							 "through_target_column", "through_target_columns",
							 &r->through_target_columns, cp) ||
			!check_ref_types(d, tgt.table, &tgt.cols, r->through_table,
							 &r->through_target_columns, cp,
							 "through target columns", "target columns"))
			goto done;
		if (!is_key(d, src.table, &src.cols, &kok))
		{
			if (kok)
				key_error(d, src.table, &src.cols, src.cpath);
			goto done;
		}
		if (!is_key(d, tgt.table, &tgt.cols, &kok))
		{
			if (kok)
				key_error(d, tgt.table, &tgt.cols, tgt.cpath);
			goto done;
		}
	}

	/* on_delete */
	keypath(p, path, "on_delete");
	if (vals[RL_ON_DELETE])
	{
		static const char *const actions[] = {
			"no action", "cascade", "restrict", "set null", "set default"
		};
		const sm_json *od = vals[RL_ON_DELETE];
		char		norm[16];
		int			a = -1;

		if (!want(d, od, p, SM_JSTRING))
			goto done;
		if (od->len < sizeof(norm))
		{
			for (size_t i = 0; i < od->len; i++)
			{
				char		c = od->str[i];

				if (c >= 'A' && c <= 'Z')
					c = (char) (c - 'A' + 'a');
				norm[i] = (c == '_' || c == '-') ? ' ' : c;
			}
			norm[od->len] = '\0';
			for (int i = 0; i < 5; i++)
				if (strcmp(norm, actions[i]) == 0)
					a = i;
		}
		if (a < 0)
		{
			fail(d, p, "unknown on_delete action \"%s\"", show(b, od->str, od->len));
			sm_error_hint(d->err, "use \"no action\", \"cascade\", \"restrict\", \"set null\" or \"set default\"");
			goto done;
		}
		if (a == 3 && r->type != SM_REL_MANY_TO_MANY)
		{
			for (size_t i = 0; i < tgt.cols.n; i++)
			{
				const sm_column *c = &d->s->tables[tgt.table].columns[tgt.cols.cols[i]];

				if (c->required)
				{
					fail(d, p, "on_delete \"set null\" needs nullable referencing columns");
					sm_error_detail(d->err, "column \"%s\" is required", shows(b, c->name));
					goto done;
				}
			}
		}
		if (a > 0 && (r->on_delete = sm_strndup(actions[a], strlen(actions[a]))) == NULL)
		{
			nomem(d);
			goto done;
		}
	}

	/* cardinality */
	keypath(p, path, "cardinality");
	if (vals[RL_CARDINALITY])
	{
		const sm_json *cv[CA_NKEYS] = {NULL, NULL, NULL};
		extlist		cext = {0, 0, NULL};
		char		kp[PATHLEN];
		bool		cok = false;

		if (!scan_object(d, vals[RL_CARDINALITY], p, cardinality_keys, CA_NKEYS,
						 CA_NKEYS, cv, &cext))
			goto card_done;
		keypath(kp, p, "min");
		if (cv[CA_MIN] && !get_int(d, cv[CA_MIN], kp, "min", 0, INT64_MAX, &r->card_min))
			goto card_done;
		keypath(kp, p, "max");
		if (cv[CA_MAX] && !get_int(d, cv[CA_MAX], kp, "max", 0, INT64_MAX, &r->card_max))
			goto card_done;
		if (r->card_min >= 0 && r->card_max >= 0 && r->card_min > r->card_max)
		{
			fail(d, kp, "min (%lld) is greater than max (%lld)",
				 (long long) r->card_min, (long long) r->card_max);
			goto card_done;
		}
		if (r->type == SM_REL_ONE_TO_ONE && r->card_max > 1)
		{
			fail(d, kp, "max must be at most 1 for a one-to-one relationship, got %lld",
				 (long long) r->card_max);
			goto card_done;
		}
		keypath(kp, p, "mean");
		if (cv[CA_MEAN])
		{
			if (!get_number(d, cv[CA_MEAN], kp, "mean", &r->card_mean))
				goto card_done;
			if (r->card_mean < 0 ||
				(r->card_min >= 0 && r->card_mean < (double) r->card_min) ||
				(r->card_max >= 0 && r->card_mean > (double) r->card_max))
			{
				fail(d, kp, "mean (%s) is outside the range from min to max",
					 numtext(b, cv[CA_MEAN]));
				goto card_done;
			}
		}
		if (!build_ext(d, &cext, &r->card_ext))
			goto card_done;
		r->has_cardinality = r->card_min >= 0 || r->card_max >= 0 ||
			r->card_mean >= 0 || r->card_ext != NULL;
		cok = true;
card_done:
		ext_free(&cext);
		if (!cok)
			goto done;
	}
	keypath(p, path, "description");
	if (vals[RL_DESCRIPTION] &&
		!get_string(d, vals[RL_DESCRIPTION], p, "description", false, &r->description))
		goto done;
	if (!build_ext(d, &ext, &r->ext))
		goto done;

	r->source_table = src.table;
	r->source_columns = src.cols;
	r->target_table = tgt.table;
	r->target_columns = tgt.cols;
	memset(&src, 0, sizeof(src));
	memset(&tgt, 0, sizeof(tgt));
	ok = true;

done:
	relside_free(&src);
	relside_free(&tgt);
	ext_free(&ext);
	return ok;
}

/* Report the first relationship that repeats an earlier one. */
static bool
check_duplicate_relationships(decoder *d)
{
	sm_schema  *s = d->s;
	size_t		n = s->nrelationships;
	sm_buf		keys;
	size_t	   *offs,
			   *lens,
			   *first;
	const char **ptrs;
	bool		ok = false;

	if (n < 2)
		return true;
	sm_buf_init(&keys);
	offs = sm_calloc(n, sizeof(size_t));
	lens = sm_calloc(n, sizeof(size_t));
	first = sm_calloc(n, sizeof(size_t));
	ptrs = sm_calloc(n, sizeof(char *));
	if (offs == NULL || lens == NULL || first == NULL || ptrs == NULL)
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
	{
		const sm_relationship *r = &s->relationships[i];

		offs[i] = keys.len;
		sm_buf_printf(&keys, "%d:", r->source_table);
		for (size_t j = 0; j < r->source_columns.n; j++)
			sm_buf_printf(&keys, "%d,", r->source_columns.cols[j]);
		sm_buf_printf(&keys, ">%d:", r->target_table);
		for (size_t j = 0; j < r->target_columns.n; j++)
			sm_buf_printf(&keys, "%d,", r->target_columns.cols[j]);
		lens[i] = keys.len - offs[i];
	}
	if (keys.oom)
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		ptrs[i] = keys.data + offs[i];
	if (!find_dups(ptrs, lens, n, first))
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
	{
		if (first[i] != SIZE_MAX)
		{
			char		p[PATHLEN];

			idxpath(p, "relationships", i);
			fail(d, p, "duplicate relationship");
			sm_error_detail(d->err, "first defined at relationships[%zu] (same tables and columns)",
							first[i]);
			goto done;
		}
	}
	ok = true;

done:
	sm_buf_free(&keys);
	sm_free(offs);
	sm_free(lens);
	sm_free(first);
	sm_free(ptrs);
	return ok;
}

/* ================================================================
 * Root
 * ================================================================ */

enum
{
	G_NAME, G_DOMAIN, G_DESCRIPTION, G_TABLES, G_RELATIONSHIPS, G_PRIVACY,
	G_TARGET_VOLUME, G_NKEYS
};

static const char *const root_keys[G_NKEYS] = {
	"name", "domain", "description", "tables", "relationships", "privacy",
	"target_volume"
};

static const char *const privacy_keys[2] = {"differential_privacy", "epsilon"};
static const char *const volume_keys[1] = {"records_per_day"};

/* Decode the table list: identities first, then each table. */
static bool
decode_tables(decoder *d, const sm_json *tv)
{
	sm_schema  *s = d->s;
	size_t		n;
	sm_buf		keys;
	size_t	   *offs = NULL;
	size_t	   *lens = NULL;
	size_t	   *first = NULL;
	const char **ptrs = NULL;
	bool		ok = false;

	if (tv == NULL)
	{
		fail(d, "$", "missing required key \"tables\"");
		sm_error_hint(d->err, "a schema definition needs a \"tables\" array");
		return false;
	}
	if (!want(d, tv, "tables", SM_JARRAY))
		return false;
	n = tv->n;
	if (n == 0)
	{
		fail(d, "tables", "tables must not be empty");
		sm_error_hint(d->err, "a schema definition needs at least one table");
		return false;
	}
	if (n > (size_t) (d->lim.max_tables > 0 ? d->lim.max_tables : 0))
		return limit_fail(d, "tables", "definition has %zu tables, the limit is %d",
						  n, d->lim.max_tables);
	s->tables = sm_calloc(n, sizeof(sm_table));
	d->tabs = sm_calloc(n, sizeof(tabinfo));
	if (s->tables == NULL || d->tabs == NULL)
		return nomem(d);

	/* identities (schema, name) for the duplicate check */
	sm_buf_init(&keys);
	offs = sm_calloc(n, sizeof(size_t));
	lens = sm_calloc(n, sizeof(size_t));
	first = sm_calloc(n, sizeof(size_t));
	ptrs = sm_calloc(n, sizeof(char *));
	if (offs == NULL || lens == NULL || first == NULL || ptrs == NULL)
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
	{
		const sm_json *nm = sm_json_get(tv->items[i], "name");
		const sm_json *sc = sm_json_get(tv->items[i], "schema");

		offs[i] = keys.len;
		lens[i] = SIZE_MAX;
		if (nm == NULL || nm->type != SM_JSTRING || (sc && sc->type != SM_JSTRING))
			continue;
		if (sc)
		{
			sm_buf_putc(&keys, 'S');
			sm_buf_append(&keys, sc->str, sc->len);
			sm_buf_putc(&keys, '\0');
		}
		else
			sm_buf_putc(&keys, 'N');
		sm_buf_append(&keys, nm->str, nm->len);
		lens[i] = keys.len - offs[i];
	}
	if (keys.oom)
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
	{
		ptrs[i] = lens[i] == SIZE_MAX ? NULL : keys.data + offs[i];
		if (lens[i] == SIZE_MAX)
			lens[i] = 0;
	}
	if (!find_dups(ptrs, lens, n, first))
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
	{
		char		p[PATHLEN];

		idxpath(p, "tables", i);
		s->ntables++;
		if (!decode_table(d, i, tv->items[i], p, first[i]))
			goto done;
	}
	d->tabindex = sm_calloc(n, sizeof(strent));
	if (d->tabindex == NULL)
	{
		nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
	{
		d->tabindex[i].s = s->tables[i].name;
		d->tabindex[i].len = strlen(s->tables[i].name);
		d->tabindex[i].idx = i;
	}
	qsort(d->tabindex, n, sizeof(strent), strent_cmp);
	ok = true;

done:
	sm_buf_free(&keys);
	sm_free(offs);
	sm_free(lens);
	sm_free(first);
	sm_free(ptrs);
	return ok;
}

/* Decode the whole definition. */
static bool
decode_root(decoder *d, const sm_json *root)
{
	sm_schema  *s = d->s;
	const sm_json *vals[G_NKEYS];
	extlist		ext = {0, 0, NULL};
	bool		ok = false;

	memset(vals, 0, sizeof(vals));
	s->epsilon = -1;
	s->records_per_day = -1;
	if (root->type != SM_JOBJECT)
	{
		fail(d, "$", "expected an object, got %s", sm_json_type_phrase(root->type));
		sm_error_hint(d->err, "a schema definition is an object with a \"tables\" array");
		return false;
	}
	if (!scan_object(d, root, "$", root_keys, G_NKEYS, G_NKEYS, vals, &ext))
		goto done;
	if (vals[G_NAME] && !get_string(d, vals[G_NAME], "name", "name", true, &s->name))
		goto done;
	if (vals[G_DOMAIN] && !get_string(d, vals[G_DOMAIN], "domain", "domain", true, &s->domain))
		goto done;
	if (vals[G_DESCRIPTION] &&
		!get_string(d, vals[G_DESCRIPTION], "description", "description", false, &s->description))
		goto done;
	if (vals[G_PRIVACY])
	{
		const sm_json *pv[2] = {NULL, NULL};
		extlist		pext = {0, 0, NULL};
		bool		pok;

		pok = scan_object(d, vals[G_PRIVACY], "privacy", privacy_keys, 2, 2, pv, &pext) &&
			(pv[0] == NULL ||
			 get_bool(d, pv[0], "privacy.differential_privacy", &s->differential_privacy));
		if (pok && pv[1])
		{
			char		b[SHOWLEN];

			pok = get_number(d, pv[1], "privacy.epsilon", "epsilon", &s->epsilon);
			if (pok && !(s->epsilon > 0))
				pok = fail(d, "privacy.epsilon", "epsilon must be greater than 0, got %s",
						   numtext(b, pv[1]));
		}
		pok = pok && build_ext(d, &pext, &s->privacy_ext);
		ext_free(&pext);
		if (!pok)
			goto done;
		s->has_privacy = s->differential_privacy || s->epsilon > 0 || s->privacy_ext;
	}
	if (vals[G_TARGET_VOLUME])
	{
		const sm_json *tv[1] = {NULL};
		extlist		text = {0, 0, NULL};
		bool		tok;

		tok = scan_object(d, vals[G_TARGET_VOLUME], "target_volume", volume_keys, 1, 1, tv, &text) &&
			(tv[0] == NULL ||
			 get_int(d, tv[0], "target_volume.records_per_day", "records_per_day", 0,
					 INT64_MAX, &s->records_per_day)) &&
			build_ext(d, &text, &s->target_volume_ext);
		ext_free(&text);
		if (!tok)
			goto done;
		s->has_target_volume = s->records_per_day >= 0 || s->target_volume_ext;
	}
	if (!decode_tables(d, vals[G_TABLES]))
		goto done;
	if (vals[G_RELATIONSHIPS])
	{
		const sm_json *rv = vals[G_RELATIONSHIPS];

		if (!want(d, rv, "relationships", SM_JARRAY))
			goto done;
		if (rv->n > (size_t) (d->lim.max_relationships > 0 ? d->lim.max_relationships : 0))
		{
			limit_fail(d, "relationships", "definition has %zu relationships, the limit is %d",
					   rv->n, d->lim.max_relationships);
			goto done;
		}
		if (rv->n > 0)
		{
			s->relationships = sm_calloc(rv->n, sizeof(sm_relationship));
			if (s->relationships == NULL)
			{
				nomem(d);
				goto done;
			}
		}
		for (size_t i = 0; i < rv->n; i++)
		{
			char		p[PATHLEN];

			idxpath(p, "relationships", i);
			s->nrelationships++;
			if (!decode_relationship(d, i, rv->items[i], p))
				goto done;
		}
		if (!check_duplicate_relationships(d))
			goto done;
	}
	if (!build_ext(d, &ext, &s->ext))
		goto done;
	ok = true;

done:
	ext_free(&ext);
	return ok;
}

/* ================================================================
 * Public entry points
 * ================================================================ */

/* Free everything a column owns. */
static void
column_free(sm_column *c)
{
	sm_free(c->name);
	sm_free(c->type_name);
	sm_free(c->default_expr);
	sm_free(c->min.text);
	sm_free(c->max.text);
	sm_free(c->pattern);
	strlist_free(&c->values);
	sm_free(c->enum_type);
	sm_free(c->domain);
	strlist_free(&c->checks);
	sm_free(c->format);
	sm_free(c->semantic);
	strlist_free(&c->missing_markers);
	sm_free(c->description);
	model_free(c->model);
	sm_json_free(c->ext);
}

/* Free everything a table owns. */
static void
table_free(sm_table *t)
{
	sm_free(t->name);
	sm_free(t->schema);
	sm_free(t->source);
	sm_free(t->description);
	for (size_t i = 0; i < t->ncolumns; i++)
		column_free(&t->columns[i]);
	sm_free(t->columns);
	sm_free(t->primary_key.cols);
	for (size_t i = 0; i < t->nunique; i++)
		sm_free(t->unique[i].cols);
	sm_free(t->unique);
	for (size_t i = 0; i < t->nchecks; i++)
	{
		sm_free(t->checks[i].name);
		sm_free(t->checks[i].expression);
		sm_json_free(t->checks[i].ext);
	}
	sm_free(t->checks);
	sm_json_free(t->ext);
}

/* Free a decoded definition (NULL is fine). */
void
sm_schema_free(sm_schema *s)
{
	if (s == NULL)
		return;
	sm_free(s->name);
	sm_free(s->domain);
	sm_free(s->description);
	for (size_t i = 0; i < s->ntables; i++)
		table_free(&s->tables[i]);
	sm_free(s->tables);
	for (size_t i = 0; i < s->nrelationships; i++)
	{
		sm_relationship *r = &s->relationships[i];

		sm_free(r->name);
		sm_free(r->source_columns.cols);
		sm_free(r->target_columns.cols);
		sm_free(r->through_source_columns.cols);
		sm_free(r->through_target_columns.cols);
		sm_free(r->on_delete);
		sm_json_free(r->card_ext);
		sm_free(r->description);
		sm_json_free(r->ext);
	}
	sm_free(s->relationships);
	sm_json_free(s->privacy_ext);
	sm_json_free(s->target_volume_ext);
	sm_json_free(s->ext);
	sm_free(s);
}

/* Decode an already parsed definition. */
sm_schema *
sm_schema_from_json(const sm_json *root, const sm_schemadef_limits *lim,
					sm_error *err)
{
	decoder		d;
	sm_error	local;
	bool		ok;

	sm_error_clear(&local);
	memset(&d, 0, sizeof(d));
	d.err = &local;
	d.lim = lim ? *lim : sm_schemadef_default_limits;
	d.s = sm_calloc(1, sizeof(sm_schema));
	if (d.s == NULL)
		ok = nomem(&d);
	else if (root == NULL)
		ok = fail(&d, "$", "schema definition is missing");
	else
		ok = decode_root(&d, root);
	if (d.tabs)
	{
		for (size_t i = 0; i < d.s->ntables; i++)
		{
			sm_free(d.tabs[i].colindex);
			sm_free(d.tabs[i].cols);
			sm_free(d.tabs[i].mark);
			sm_free(d.tabs[i].keyindex);
			if (d.tabs[i].keys_built)
				sm_buf_free(&d.tabs[i].keytext);
		}
		sm_free(d.tabs);
	}
	sm_free(d.tabindex);
	if (!ok)
	{
		sm_schema_free(d.s);
		if (err && err->code == SM_OK)
			*err = local;
		return NULL;
	}
	return d.s;
}

/* Parse and decode a definition given as JSON text. */
sm_schema *
sm_schema_parse(const char *json, size_t len, const sm_schemadef_limits *lim,
				sm_error *err)
{
	const sm_schemadef_limits *l = lim ? lim : &sm_schemadef_default_limits;
	sm_json    *root;
	sm_schema  *s;

	if (len > l->max_bytes)
	{
		sm_error_set(err, SM_ELIMIT, "$", "definition is %zu bytes, the limit is %zu bytes",
					 len, l->max_bytes);
		return NULL;
	}
	root = sm_json_parse(json, len, err);
	if (root == NULL)
		return NULL;
	s = sm_schema_from_json(root, l, err);
	sm_json_free(root);
	return s;
}

/* ================================================================
 * Canonical writer
 * ================================================================ */

/* Start a member: separator, quoted key, colon. */
static void
w_key(sm_buf *o, bool *first, const char *key)
{
	if (!*first)
		sm_buf_putc(o, ',');
	*first = false;
	sm_json_write_string(o, key, strlen(key));
	sm_buf_putc(o, ':');
}

/* A string member, skipped when s is NULL. */
static void
w_str(sm_buf *o, bool *first, const char *key, const char *s)
{
	if (s == NULL)
		return;
	w_key(o, first, key);
	sm_json_write_string(o, s, strlen(s));
}

/* A boolean member written only when true (false is the default). */
static void
w_true(sm_buf *o, bool *first, const char *key, bool b)
{
	if (!b)
		return;
	w_key(o, first, key);
	sm_buf_puts(o, "true");
}

/* An integer member. */
static void
w_int(sm_buf *o, bool *first, const char *key, int64_t v)
{
	w_key(o, first, key);
	sm_buf_printf(o, "%lld", (long long) v);
}

/* A number member in its shortest exact form. */
static void
w_double(sm_buf *o, bool *first, const char *key, double v)
{
	w_key(o, first, key);
	sm_json_write_double(o, v);
}

/* A list of strings, skipped when empty. */
static void
w_strlist(sm_buf *o, bool *first, const char *key, const sm_strlist *l)
{
	if (l->n == 0)
		return;
	w_key(o, first, key);
	sm_buf_putc(o, '[');
	for (size_t i = 0; i < l->n; i++)
	{
		if (i > 0)
			sm_buf_putc(o, ',');
		sm_json_write_string(o, l->items[i], strlen(l->items[i]));
	}
	sm_buf_putc(o, ']');
}

/* The members of an extension object (already sorted). */
static void
w_ext(sm_buf *o, bool *first, const sm_json *ext)
{
	if (ext == NULL)
		return;
	for (size_t i = 0; i < ext->n; i++)
	{
		if (!*first)
			sm_buf_putc(o, ',');
		*first = false;
		sm_json_write_string(o, ext->keys[i], ext->keylens[i]);
		sm_buf_putc(o, ':');
		sm_json_write(ext->items[i], o);
	}
}

/* Column names of t as a JSON array. */
static void
w_colnames(sm_buf *o, const sm_table *t, const sm_colset *s)
{
	sm_buf_putc(o, '[');
	for (size_t i = 0; i < s->n; i++)
	{
		const char *nm = t->columns[s->cols[i]].name;

		if (i > 0)
			sm_buf_putc(o, ',');
		sm_json_write_string(o, nm, strlen(nm));
	}
	sm_buf_putc(o, ']');
}

/* onekey: "name" for one column, manykey: [...] for several. */
static void
w_cols(sm_buf *o, bool *first, const char *onekey, const char *manykey,
	   const sm_table *t, const sm_colset *s)
{
	if (s->n == 1)
		w_str(o, first, onekey, t->columns[s->cols[0]].name);
	else
	{
		w_key(o, first, manykey);
		w_colnames(o, t, s);
	}
}

/* A min/max member: a number, or an ISO string for date/time types. */
static void
w_bound(sm_buf *o, bool *first, const char *key, const sm_column *c,
		const sm_bound *b)
{
	if (!b->set)
		return;
	w_key(o, first, key);
	if (sm_type_is_datetime(c->type.kind))
		sm_json_write_string(o, b->text, strlen(b->text));
	else
		sm_buf_puts(o, b->text);
}

/* A column object; flags implied by the table's keys are left out. */
static void
w_column(sm_buf *o, const sm_table *t, const sm_column *c)
{
	static const char *const levels[] = {NULL, "low", "medium", "high"};
	bool		first = true;
	bool		sole_pk = c->primary_key && t->primary_key.n == 1;
	int64_t		typelen = -1;

	if (!c->type.is_array &&
		(c->type.kind == SM_TYPE_VARCHAR || c->type.kind == SM_TYPE_CHAR))
		typelen = c->type.mod1;
	sm_buf_putc(o, '{');
	w_str(o, &first, "name", c->name);
	w_str(o, &first, "type", c->type_name);
	w_true(o, &first, "primary_key", sole_pk);
	w_true(o, &first, "unique", c->unique && !sole_pk);
	w_true(o, &first, "required", c->required && !c->primary_key);
	w_true(o, &first, "sequence", c->sequence);
	w_str(o, &first, "default", c->default_expr);
	w_bound(o, &first, "min", c, &c->min);
	w_bound(o, &first, "max", c, &c->max);
	if (c->min_length >= 0)
		w_int(o, &first, "min_length", c->min_length);
	if (c->max_length >= 0 && c->max_length != typelen)
		w_int(o, &first, "max_length", c->max_length);
	w_str(o, &first, "pattern", c->pattern);
	w_strlist(o, &first, "values", &c->values);
	w_str(o, &first, "enum_type", c->enum_type);
	w_str(o, &first, "domain", c->domain);
	w_strlist(o, &first, "checks", &c->checks);
	if (c->null_rate >= 0)
		w_double(o, &first, "null_rate", c->null_rate);
	if (c->distinct_ratio >= 0)
		w_double(o, &first, "distinct_ratio", c->distinct_ratio);
	w_str(o, &first, "format", c->format);
	w_str(o, &first, "semantic", c->semantic);
	w_strlist(o, &first, "missing_markers", &c->missing_markers);
	if (c->privacy != SM_PRIVACY_UNSET)
		w_str(o, &first, "privacy", levels[c->privacy]);
	if (c->model)
	{
		const sm_model *m = c->model;
		bool		mfirst = true;

		w_key(o, &first, "model");
		sm_buf_putc(o, '{');
		w_str(o, &mfirst, "kind", model_kinds[m->kind]);
		if (m->kind == SM_MODEL_CATEGORICAL)
		{
			bool		vfirst = true;

			w_key(o, &mfirst, "values");
			sm_buf_putc(o, '{');
			for (size_t i = 0; i < m->ncategories; i++)
				w_double(o, &vfirst, m->labels[i], m->weights[i]);
			sm_buf_putc(o, '}');
		}
		w_ext(o, &mfirst, m->params);
		sm_buf_putc(o, '}');
	}
	w_str(o, &first, "description", c->description);
	w_ext(o, &first, c->ext);
	sm_buf_putc(o, '}');
}

/* A table object; composite keys at table level. */
static void
w_table(sm_buf *o, const sm_table *t)
{
	bool		first = true;

	sm_buf_putc(o, '{');
	w_str(o, &first, "name", t->name);
	w_str(o, &first, "schema", t->schema);
	w_str(o, &first, "source", t->source);
	w_str(o, &first, "description", t->description);
	if (t->rows >= 0)
		w_int(o, &first, "rows", t->rows);
	w_key(o, &first, "columns");
	sm_buf_putc(o, '[');
	for (size_t i = 0; i < t->ncolumns; i++)
	{
		if (i > 0)
			sm_buf_putc(o, ',');
		w_column(o, t, &t->columns[i]);
	}
	sm_buf_putc(o, ']');
	if (t->primary_key.n > 1)
	{
		w_key(o, &first, "primary_key");
		w_colnames(o, t, &t->primary_key);
	}
	if (t->nunique > 0)
	{
		w_key(o, &first, "unique");
		sm_buf_putc(o, '[');
		for (size_t i = 0; i < t->nunique; i++)
		{
			if (i > 0)
				sm_buf_putc(o, ',');
			w_colnames(o, t, &t->unique[i]);
		}
		sm_buf_putc(o, ']');
	}
	if (t->nchecks > 0)
	{
		w_key(o, &first, "checks");
		sm_buf_putc(o, '[');
		for (size_t i = 0; i < t->nchecks; i++)
		{
			bool		cfirst = true;

			if (i > 0)
				sm_buf_putc(o, ',');
			sm_buf_putc(o, '{');
			w_str(o, &cfirst, "name", t->checks[i].name);
			w_str(o, &cfirst, "expression", t->checks[i].expression);
			w_ext(o, &cfirst, t->checks[i].ext);
			sm_buf_putc(o, '}');
		}
		sm_buf_putc(o, ']');
	}
	w_ext(o, &first, t->ext);
	sm_buf_putc(o, '}');
}

/* A relationship object, tables named with their schema. */
static void
w_relationship(sm_buf *o, const sm_schema *s, const sm_relationship *r)
{
	const sm_table *st = &s->tables[r->source_table];
	const sm_table *tt = &s->tables[r->target_table];
	bool		first = true;

	sm_buf_putc(o, '{');
	w_str(o, &first, "name", r->name);
	w_str(o, &first, "source_schema", st->schema);
	w_str(o, &first, "source_table", st->name);
	w_cols(o, &first, "source_column", "source_columns", st, &r->source_columns);
	w_str(o, &first, "target_schema", tt->schema);
	w_str(o, &first, "target_table", tt->name);
	w_cols(o, &first, "target_column", "target_columns", tt, &r->target_columns);
	if (r->type == SM_REL_ONE_TO_ONE)
		w_str(o, &first, "relationship_type", "one-to-one");
	else if (r->type == SM_REL_MANY_TO_MANY)
		w_str(o, &first, "relationship_type", "many-to-many");
	w_true(o, &first, "hierarchy", r->hierarchy);
	if (r->through_table >= 0)
	{
		const sm_table *jt = &s->tables[r->through_table];

		w_str(o, &first, "through_schema", jt->schema);
		w_str(o, &first, "through", jt->name);
		w_cols(o, &first, "through_source_column", "through_source_columns", jt,
			   &r->through_source_columns);
		w_cols(o, &first, "through_target_column", "through_target_columns", jt,
			   &r->through_target_columns);
	}
	w_str(o, &first, "on_delete", r->on_delete);
	if (r->has_cardinality)
	{
		bool		cfirst = true;

		w_key(o, &first, "cardinality");
		sm_buf_putc(o, '{');
		if (r->card_min >= 0)
			w_int(o, &cfirst, "min", r->card_min);
		if (r->card_max >= 0)
			w_int(o, &cfirst, "max", r->card_max);
		if (r->card_mean >= 0)
			w_double(o, &cfirst, "mean", r->card_mean);
		w_ext(o, &cfirst, r->card_ext);
		sm_buf_putc(o, '}');
	}
	w_str(o, &first, "description", r->description);
	w_ext(o, &first, r->ext);
	sm_buf_putc(o, '}');
}

/* Canonical compact JSON of a decoded definition. */
bool
sm_schema_write_json(const sm_schema *s, sm_buf *o)
{
	bool		first = true;

	if (s == NULL)
		return false;
	sm_buf_putc(o, '{');
	w_str(o, &first, "name", s->name);
	w_str(o, &first, "domain", s->domain);
	w_str(o, &first, "description", s->description);
	w_key(o, &first, "tables");
	sm_buf_putc(o, '[');
	for (size_t i = 0; i < s->ntables; i++)
	{
		if (i > 0)
			sm_buf_putc(o, ',');
		w_table(o, &s->tables[i]);
	}
	sm_buf_putc(o, ']');
	if (s->nrelationships > 0)
	{
		w_key(o, &first, "relationships");
		sm_buf_putc(o, '[');
		for (size_t i = 0; i < s->nrelationships; i++)
		{
			if (i > 0)
				sm_buf_putc(o, ',');
			w_relationship(o, s, &s->relationships[i]);
		}
		sm_buf_putc(o, ']');
	}
	if (s->has_privacy)
	{
		bool		pfirst = true;

		w_key(o, &first, "privacy");
		sm_buf_putc(o, '{');
		w_true(o, &pfirst, "differential_privacy", s->differential_privacy);
		if (s->epsilon > 0)
			w_double(o, &pfirst, "epsilon", s->epsilon);
		w_ext(o, &pfirst, s->privacy_ext);
		sm_buf_putc(o, '}');
	}
	if (s->has_target_volume)
	{
		bool		vfirst = true;

		w_key(o, &first, "target_volume");
		sm_buf_putc(o, '{');
		if (s->records_per_day >= 0)
			w_int(o, &vfirst, "records_per_day", s->records_per_day);
		w_ext(o, &vfirst, s->target_volume_ext);
		sm_buf_putc(o, '}');
	}
	w_ext(o, &first, s->ext);
	sm_buf_putc(o, '}');
	return !o->oom;
}

/* Parse, validate and write the canonical form. */
bool
sm_schemadef_canonicalize(const char *json, size_t len,
						  const sm_schemadef_limits *lim, sm_buf *out,
						  sm_error *err)
{
	sm_schema  *s = sm_schema_parse(json, len, lim, err);
	bool		ok;

	if (s == NULL)
		return false;
	ok = sm_schema_write_json(s, out);
	sm_schema_free(s);
	if (!ok)
		return sm_error_set(err, SM_ENOMEM, "$",
							"out of memory while writing the schema definition");
	return true;
}

/* Position of a table by schema and name, or -1. */
int
sm_schema_find_table(const sm_schema *s, const char *schema, const char *name)
{
	int			any = -1;

	if (s == NULL || name == NULL)
		return -1;
	for (size_t i = 0; i < s->ntables; i++)
	{
		const sm_table *t = &s->tables[i];

		if (strcmp(t->name, name) != 0)
			continue;
		if (schema == NULL)
		{
			if (t->schema == NULL)
				return (int) i;
			if (any < 0)
				any = (int) i;
		}
		else if (t->schema && strcmp(t->schema, schema) == 0)
			return (int) i;
	}
	return any;
}

/* Position of a column by name, or -1. */
int
sm_table_find_column(const sm_table *t, const char *name)
{
	if (t == NULL || name == NULL)
		return -1;
	for (size_t i = 0; i < t->ncolumns; i++)
		if (strcmp(t->columns[i].name, name) == 0)
			return (int) i;
	return -1;
}
