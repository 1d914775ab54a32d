/*
 * textparse_words.c
 *	  Parsing booleans and splitting names in legacy text.
 *
 * Not here: numbers and dates (textparse_numeric.c, textparse_date.c).
 */
#include "textparse.h"

#include <string.h>

#include "datetime.h"
#include "infer.h"
#include "textparse_int.h"

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
	const char *b,
			   *e;
	size_t		n;

	if (s == NULL)
		return false;
	b = s;
	e = s + len;
	tp_trim(&b, &e);
	n = (size_t) (e - b);
	if (n == 0 || n > 5)
		return false;
	for (int i = 0; i < 6; i++)
	{
		if (tp_word_is(b, n, yes[i]))
		{
			*out = true;
			return true;
		}
		if (tp_word_is(b, n, no[i]))
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
		size_t		k = tp_ws_at(b, e);

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
	const char *b,
			   *e;
	const char *comma;
	const char *pb,
			   *pe;
	size_t		k;

	if (s == NULL || outsize < len + 1)
		return false;
	b = s;
	e = s + len;
	if (!utf8_valid((const unsigned char *) s, len))
		return false;
	tp_trim(&b, &e);
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

		while (w < e && tp_ws_at(w, e) == 0)
			w++;
		/* further known first names join the first name */
		if (is_first != NULL)
		{
			for (;;)
			{
				const char *nb = w,
						   *ne,
						   *rest;

				while (nb < e && tp_ws_at(nb, e) > 0)
					nb += tp_ws_at(nb, e);
				ne = nb;
				while (ne < e && tp_ws_at(ne, e) == 0)
					ne++;
				rest = ne;
				while (rest < e && tp_ws_at(rest, e) > 0)
					rest += tp_ws_at(rest, e);
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
	tp_trim(&pb, &pe);
	if (pb == pe)
		return false;
	k = copy_words(pb, pe, out);
	out[k] = '\0';
	*outlen = k;
	return true;
}
