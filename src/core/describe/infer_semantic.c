/*
 * infer_semantic.c
 *	  UUID, JSON and semantic readings of column inference: email, url, ip,
 *	  postal code and phone.
 *
 * Each semantic check is dropped at its first failure, since it must hold
 * for every value.
 *
 * Not here: shapes (infer.c) and the patterns written from them
 * (infer_patterns.c).
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

/* Longest value tried as email / url / ip / postal code / phone. */
#define MAX_SEM_LEN 512

/* ---------------------------------------------------------------- */
/* UUID and JSON                                                      */
/* ---------------------------------------------------------------- */

/* 8-4-4-4-12 hex digits, optionally in braces. */
void
inf_uuid_add(uuidstats *us, const char *t, size_t tl, bool typed,
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
	inf_cand_fail(&us->c, raw, rawlen);
}

/* Objects and arrays that are valid JSON. */
void
inf_json_add(cand_counts *c, const char *t, size_t tl, const char *raw, size_t rawlen)
{
	if (tl >= 2 && (t[0] == '{' || t[0] == '[') && sm_json_valid(t, tl))
		c->n_ok++;
	else
		inf_cand_fail(c, raw, rawlen);
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
	if (!inf_charset_add(&st->em_local, s, at) ||
		!inf_charset_add(&st->em_domain, s + at + 1, lastdot - at - 1) ||
		!inf_charset_add(&st->em_tld, s + lastdot + 1, n - lastdot - 1))
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
	return inf_charset_add(&st->url_rest, s + i + 3, n - i - 3);
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
	return inf_charset_add(&st->phone, s, n);
}

/* Run the semantic checks still possible on a raw value. */
void
inf_sem_add(sm_infer *st, const char *s, size_t n)
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
