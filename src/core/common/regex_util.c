/*
 * regex_util.c
 *	  Small helpers of the regex engine: errors, growing arrays, UTF-8, and
 *	  code-point range sets.
 *
 * Not here: anything that knows the syntax (regex_parse_atom.c,
 * regex_parse.c).
 */
#include "regex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regex_int.h"

/* Characters a text value may hold: no NUL, no UTF-16 surrogates. */
const rx_range rx_universe[] = {{0x1, 0xD7FF}, {0xE000, RX_MAX_CP}};

/* What "." and negated classes generate. */
const rx_range rx_printable[] = {{0x20, 0x7E}};

/* Record a pattern error at a byte offset of the pattern; always false. */
bool
rx_error(sm_error *err, sm_errcode code, size_t offset, const char *fmt,...)
{
	char		msg[400];
	char		path[64];
	const char *what;
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	switch (code)
	{
		case SM_EUNSUPPORTED:
			what = "unsupported regular expression feature";
			break;
		case SM_ELIMIT:
			what = "regular expression too complex";
			break;
		default:
			what = "invalid regular expression";
			break;
	}
	snprintf(path, sizeof(path), "offset %zu", offset);
	return sm_error_set(err, code, path, "%s at offset %zu: %s", what, offset,
						msg);
}

/* Record an out-of-memory error; returns false. */
bool
rx_oom(sm_error *err)
{
	return sm_error_set(err, SM_ENOMEM, "", "out of memory");
}

/* Grow an array of elements of size elsize to hold at least need elements. */
bool
rx_grow(void **arr, size_t *cap, size_t need, size_t elsize)
{
	size_t		ncap;
	size_t		bytes;
	void	   *n;

	if (need <= *cap)
		return true;
	ncap = *cap ? *cap : 16;
	while (ncap < need)
	{
		if (ncap > SIZE_MAX / 2)
			return false;
		ncap *= 2;
	}
	if (!sm_mul_size(ncap, elsize, &bytes))
		return false;
	n = sm_realloc(*arr, bytes);
	if (n == NULL)
		return false;
	*arr = n;
	*cap = ncap;
	return true;
}

/*
 * Decode one strict UTF-8 character of s[*pos..len) (no overlong forms,
 * surrogates or values above U+10FFFF); false when invalid.
 */
bool
rx_utf8_decode(const unsigned char *s, size_t len, size_t *pos, uint32_t *cp)
{
	size_t		i = *pos;
	uint32_t	c;
	uint32_t	min;
	size_t		n;

	if (i >= len)
		return false;
	c = s[i];
	if (c < 0x80)
	{
		*cp = c;
		*pos = i + 1;
		return true;
	}
	else if ((c & 0xE0) == 0xC0)
	{
		n = 1;
		c &= 0x1F;
		min = 0x80;
	}
	else if ((c & 0xF0) == 0xE0)
	{
		n = 2;
		c &= 0x0F;
		min = 0x800;
	}
	else if ((c & 0xF8) == 0xF0)
	{
		n = 3;
		c &= 0x07;
		min = 0x10000;
	}
	else
		return false;
	if (len - i - 1 < n)
		return false;
	for (size_t k = 1; k <= n; k++)
	{
		uint32_t	b = s[i + k];

		if ((b & 0xC0) != 0x80)
			return false;
		c = (c << 6) | (b & 0x3F);
	}
	if (c < min || c > RX_MAX_CP || (c >= 0xD800 && c <= 0xDFFF))
		return false;
	*cp = c;
	*pos = i + 1 + n;
	return true;
}

/* Append the UTF-8 encoding of a code point. */
bool
rx_utf8_put(sm_buf *out, uint32_t cp)
{
	char		b[4];

	return sm_buf_append(out, b, sm_utf8_encode(cp, b));
}

/* ---------- range sets ---------- */

/* Append a range to a vector (not normalised). */
bool
rx_rvec_add(rx_rvec *v, uint32_t lo, uint32_t hi)
{
	if (!rx_grow((void **) &v->r, &v->cap, v->n + 1, sizeof(rx_range)))
		return false;
	v->r[v->n].lo = lo;
	v->r[v->n].hi = hi;
	v->n++;
	return true;
}

/* qsort comparator of ranges by lower bound. */
static int
rx_range_cmp(const void *a, const void *b)
{
	const rx_range *x = a;
	const rx_range *y = b;

	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return 0;
}

/* Sort a vector and merge overlapping or adjacent ranges. */
void
rx_rvec_normalize(rx_rvec *v)
{
	size_t		w = 0;

	if (v->n == 0)
		return;
	qsort(v->r, v->n, sizeof(rx_range), rx_range_cmp);
	for (size_t i = 1; i < v->n; i++)
	{
		if (v->r[i].lo <= v->r[w].hi + 1)
		{
			if (v->r[i].hi > v->r[w].hi)
				v->r[w].hi = v->r[i].hi;
		}
		else
			v->r[++w] = v->r[i];
	}
	v->n = w + 1;
}

/* Append a ∩ b to out (a and b sorted and disjoint). */
bool
rx_rvec_add_inter(rx_rvec *out, const rx_range *a, size_t na,
				  const rx_range *b, size_t nb)
{
	size_t		i = 0,
				j = 0;

	while (i < na && j < nb)
	{
		uint32_t	lo = a[i].lo > b[j].lo ? a[i].lo : b[j].lo;
		uint32_t	hi = a[i].hi < b[j].hi ? a[i].hi : b[j].hi;

		if (lo <= hi && !rx_rvec_add(out, lo, hi))
			return false;
		if (a[i].hi < b[j].hi)
			i++;
		else
			j++;
	}
	return true;
}

/* Append a \ b to out (a and b sorted and disjoint). */
bool
rx_rvec_add_diff(rx_rvec *out, const rx_range *a, size_t na,
				 const rx_range *b, size_t nb)
{
	size_t		j = 0;

	for (size_t i = 0; i < na; i++)
	{
		uint32_t	cur = a[i].lo;
		bool		done = false;

		while (j < nb && b[j].hi < cur)
			j++;
		for (size_t k = j; k < nb && b[k].lo <= a[i].hi; k++)
		{
			if (b[k].lo > cur && !rx_rvec_add(out, cur, b[k].lo - 1))
				return false;
			if (b[k].hi >= a[i].hi)
			{
				done = true;
				break;
			}
			if (b[k].hi + 1 > cur)
				cur = b[k].hi + 1;
		}
		if (!done && cur <= a[i].hi && !rx_rvec_add(out, cur, a[i].hi))
			return false;
	}
	return true;
}

/*
 * Add a named class (possibly negated, like \D) to the match and gen sets
 * of a class under construction.
 */
bool
rx_add_class(rx_rvec *m, rx_rvec *g, const rx_class_def *cls, bool negated)
{
	if (!negated)
	{
		for (size_t i = 0; i < cls->n; i++)
		{
			if (!rx_rvec_add(m, cls->r[i].lo, cls->r[i].hi) ||
				!rx_rvec_add(g, cls->r[i].lo, cls->r[i].hi))
				return false;
		}
		return true;
	}
	return rx_rvec_add_diff(m, rx_universe, 2, cls->r, cls->n) &&
		rx_rvec_add_diff(g, rx_printable, 1, cls->r, cls->n);
}

/* Store a normalised range vector as a set; returns its index or -1. */
int32_t
rx_store_set(sm_regex *re, const rx_rvec *v)
{
	uint32_t	cum = 0;
	rx_set	   *s;

	if (!rx_grow((void **) &re->sets, &re->capsets, re->nsets + 1,
				 sizeof(rx_set)) ||
		!rx_grow((void **) &re->ranges, &re->capranges, re->nranges + v->n,
				 sizeof(rx_srange)))
		return -1;
	s = &re->sets[re->nsets];
	s->off = (uint32_t) re->nranges;
	s->n = (uint32_t) v->n;
	for (size_t i = 0; i < v->n; i++)
	{
		rx_srange  *r = &re->ranges[re->nranges++];

		r->lo = v->r[i].lo;
		r->hi = v->r[i].hi;
		r->cum = cum;
		cum += v->r[i].hi - v->r[i].lo + 1;
	}
	s->size = cum;
	return (int32_t) re->nsets++;
}

/* The idx-th member (idx < size) of a stored set, by binary search. */
uint32_t
rx_set_member(const sm_regex *re, int32_t set, uint32_t idx)
{
	const rx_set *s = &re->sets[set];
	const rx_srange *r = &re->ranges[s->off];
	size_t		lo = 0,
				hi = s->n;

	while (hi - lo > 1)
	{
		size_t		mid = (lo + hi) / 2;

		if (r[mid].cum <= idx)
			lo = mid;
		else
			hi = mid;
	}
	return r[lo].lo + (idx - r[lo].cum);
}

/* Whether a code point belongs to a stored set (binary search). */
bool
rx_set_contains(const sm_regex *re, int32_t set, uint32_t cp)
{
	const rx_set *s = &re->sets[set];
	const rx_srange *r = &re->ranges[s->off];
	size_t		lo = 0,
				hi = s->n;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (cp < r[mid].lo)
			hi = mid;
		else if (cp > r[mid].hi)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}
