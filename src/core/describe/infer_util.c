/*
 * infer_util.c
 *	  Text helpers and small trackers of column inference: case-blind
 *	  comparison, UTF-8, hashing, lengths and character sets.
 *
 * Not here: the one-byte character classes (static inline in infer_int.h)
 * and anything that reads a value as a type.
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

/* Case-insensitive comparison of n bytes of s with a lower-case word. */
bool
inf_eq_nocase(const char *s, size_t n, const char *word)
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
int
inf_utf8_seq(const unsigned char *s, size_t n)
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
size_t
inf_utf8_chars(const char *s, size_t n)
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
			int			k = inf_utf8_seq(p + i, n - i);

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
		int			k = p[i] < 0x80 ? 1 : inf_utf8_seq(p + i, n - i);
		size_t		step = k ? (size_t) k : 1;

		if (i + step > max_bytes)
			break;
		i += step;
		count++;
	}
	return i;
}

/* True when s holds a control character (a NUL byte included). */
bool
inf_has_control(const char *s, size_t n)
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
uint64_t
inf_hash_bytes(const char *s, size_t n)
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
/* Small trackers                                                     */
/* ---------------------------------------------------------------- */

/* Count a value that a typed reading does not explain; keep the first few. */
void
inf_cand_fail(cand_counts *c, const char *v, size_t len)
{
	if (c->nex < 3)
	{
		example    *e = &c->ex[c->nex++];

		e->len = utf8_prefix(v, len, SM_INFER_EXAMPLE_CHARS, EXAMPLE_BYTES);
		memcpy(e->text, v, e->len);
	}
}

/* Count one value of length len. */
void
inf_lens_add(lenstats *l, uint64_t len)
{
	if (l->n == 0 || len < l->min)
		l->min = len;
	if (l->n == 0 || len > l->max)
		l->max = len;
	l->n++;
	l->sum += len;
}

/* Merge b into a. */
void
inf_lens_merge(lenstats *a, const lenstats *b)
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
bool
inf_charset_add(charset_seen *cs, const char *s, size_t n)
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
			cs->cls |= 8;		/* part of a UTF-8 letter (checked by the
								 * caller) */
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
