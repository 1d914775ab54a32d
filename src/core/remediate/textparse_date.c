/*
 * textparse_date.c
 *	  Scanning dates in legacy text: numbers, month and weekday names,
 *	  years, separators and the date fields of every common layout.
 *
 * Not here: times, zones and the public date/timestamp parsers
 * (textparse_time.c).
 */
#include "textparse.h"

#include <string.h>

#include "datetime.h"
#include "infer.h"
#include "textparse_int.h"

/* Digits at the cursor (at most 10 read into *val); returns how many. */
int
tp_scan_number(scan *sc, int *val)
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
int
tp_scan_word(scan *sc, const char **w)
{
	const char *start = sc->p;

	while (sc->p < sc->e && is_alpha((unsigned char) *sc->p))
		sc->p++;
	*w = start;
	return (int) (sc->p - start);
}

/* Skip ASCII blanks; returns how many. */
int
tp_skip_blanks(scan *sc)
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
int
tp_weekday_of(const char *w, int n)
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
bool
tp_make_days(int y, int m, int d, int32_t *days)
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
	if (tp_skip_blanks(sc) > 0)
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
bool
tp_scan_date_fields(scan *sc, sm_field_order order, int32_t *days)
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
		wl = tp_scan_word(sc, &w);
		if ((m = month_of(w, wl)) == 0)
			return false;
		if (sc->p < sc->e && *sc->p == '.' && wl == 3)
			sc->p++;
		if ((s1 = scan_sep(sc)) == '\0' || s1 == '.')
			return false;
		if ((nb = tp_scan_number(sc, &b)) < 1 || nb > 2)
			return false;
		skip_ordinal(sc);
		comma = (s1 == ' ' && sc->p < sc->e && *sc->p == ',');
		sc->p += comma;
		if ((s2 = scan_sep(sc)) != s1 && !(comma && s2 == '\0'))
			return false;
		if (tp_scan_number(sc, &c) != 4)
			return false;
		return tp_make_days(c, m, b, days);
	}

	na = tp_scan_number(sc, &a);
	if (na == 4)
	{
		/* 2023-01-15, 2023/1/5, 2023.01.15, 2023-Jan-15 */
		if ((s1 = scan_sep(sc)) == '\0' || s1 == ' ')
			return false;
		if (sc->p < sc->e && is_alpha((unsigned char) *sc->p))
		{
			wl = tp_scan_word(sc, &w);
			if ((b = month_of(w, wl)) == 0)
				return false;
		}
		else if ((nb = tp_scan_number(sc, &b)) < 1 || nb > 2)
			return false;
		if (scan_sep(sc) != s1)
			return false;
		if ((nc = tp_scan_number(sc, &c)) < 1 || nc > 2)
			return false;
		return tp_make_days(a, b, c, days);
	}
	if (na < 1 || na > 2)
		return false;
	skip_ordinal(sc);
	if ((s1 = scan_sep(sc)) == '\0')
		return false;
	if (sc->p < sc->e && is_alpha((unsigned char) *sc->p))
	{
		/* 15-Jan-2023, 15 Jan 2023, 15 January, 2023, 15-JAN-23 */
		wl = tp_scan_word(sc, &w);
		if ((m = month_of(w, wl)) == 0)
			return false;
		if (sc->p < sc->e && *sc->p == '.' && wl == 3 && s1 != '.')
			sc->p++;
		comma = (s1 == ' ' && sc->p < sc->e && *sc->p == ',');
		sc->p += comma;
		if ((s2 = scan_sep(sc)) != s1 && !(comma && s2 == '\0'))
			return false;
		if ((nc = tp_scan_number(sc, &c)) != 4 && nc != 2)
			return false;
		return tp_make_days(expand_year(c, nc), m, a, days);
	}
	if (s1 == ' ')
		return false;
	if ((nb = tp_scan_number(sc, &b)) < 1 || nb > 2)
		return false;
	if (scan_sep(sc) != s1)
		return false;
	nc = tp_scan_number(sc, &c);
	if (order == SM_ORDER_YMD)
	{
		/* 23/01/15: a two-digit year first */
		if (na != 2 || nc < 1 || nc > 2)
			return false;
		return tp_make_days(expand_year(a, 2), b, c, days);
	}
	if (nc != 4 && nc != 2)
		return false;
	c = expand_year(c, nc);
	if (order == SM_ORDER_MDY || (order == SM_ORDER_AUTO && a <= 12))
		return tp_make_days(c, a, b, days);
	return tp_make_days(c, b, a, days);
}
