/*
 * schemadef_util.c
 *	  Small helpers of the definition decoder: user text in messages,
 *	  duplicate detection, closest-word suggestions, integer text.
 *
 * What lives here has no knowledge of the definition format; it is shared
 * by every other part of the decoder (see schemadef_int.h).
 *
 * Not here: the decoder state and its error reporting (schemadef_read.c).
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
#include "schemadef_int.h"

const sm_schemadef_limits sm_schemadef_default_limits = {
	8 * 1024 * 1024,			/* max_bytes */
	1000,						/* max_tables */
	1600,						/* max_columns */
	10000						/* max_relationships */
};

/* ================================================================
 * Small helpers
 * ================================================================ */

/*
 * A printable excerpt of user text for messages: at most SHOWLEN - 4 bytes,
 * cut at a character boundary, control characters shown as '?'.  Keeps
 * messages short and valid UTF-8 whatever the input.
 */
const char *
sd_show(char *buf, const char *s, size_t len)
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
const char *
sd_shows(char *buf, const char *s)
{
	return sd_show(buf, s, strlen(s));
}

/* Order by bytes, then length, then position. */
int
sd_strent_cmp(const void *a, const void *b)
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
bool
sd_find_dups(const char *const *s, const size_t *lens, size_t n, size_t *first)
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
	qsort(e, m, sizeof(strent), sd_strent_cmp);
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
int
sd_edit_distance(const char *a, size_t alen, const char *b, size_t blen)
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
const char *
sd_closest_word(const char *s, size_t len, const char *const *cands, int n)
{
	const char *best = NULL;
	int			bestd = 99;
	int			maxd = len <= 4 ? 1 : (len <= 8 ? 2 : 3);

	for (int i = 0; i < n; i++)
	{
		int			dd = sd_edit_distance(s, len, cands[i], strlen(cands[i]));

		if (dd < bestd)
		{
			bestd = dd;
			best = cands[i];
		}
	}
	return bestd <= maxd ? best : NULL;
}

/* Lower-case ASCII comparison of s[0..len) with a lower-case word. */
bool
sd_ieq(const char *s, size_t len, const char *word)
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
size_t
sd_utf8_chars(const char *s, size_t len)
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
int
sd_number_text_to_int64(const char *t, size_t len, int64_t *out)
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
	unsigned	__int128 v = 0;

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
