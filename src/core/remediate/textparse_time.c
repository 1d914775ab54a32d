/*
 * textparse_time.c
 *	  Scanning times and zones, and the public date and timestamp parsers
 *	  (sm_tp_parse_date, sm_tp_parse_timestamp).
 *
 * Not here: the date fields (textparse_date.c).
 */
#include "textparse.h"

#include <string.h>

#include "datetime.h"
#include "infer.h"
#include "textparse_int.h"

#define USECS_PER_SEC INT64_C(1000000)

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

		wl = tp_scan_word(sc, &w);
		if (tp_word_is(w, (size_t) wl, "z") || tp_word_is(w, (size_t) wl, "utc") ||
			tp_word_is(w, (size_t) wl, "gmt") || tp_word_is(w, (size_t) wl, "ut"))
			named = true;
		else
		{
			for (size_t i = 0; i < sizeof(rfc) / sizeof(rfc[0]); i++)
				if (tp_word_is(w, (size_t) wl, rfc[i].name))
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
	nh = tp_scan_number(sc, &h);
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
			if (tp_scan_number(sc, &mi) != 2)
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

	nh = tp_scan_number(sc, &h);
	if (nh < 1 || nh > 2 || sc->p >= sc->e || *sc->p != ':')
		return false;
	sc->p++;
	if (tp_scan_number(sc, &mi) != 2)
		return false;
	if (sc->p < sc->e && *sc->p == ':')
	{
		sc->p++;
		if (tp_scan_number(sc, &sec) != 2)
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

		tp_skip_blanks(sc);
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
		tp_skip_blanks(sc);
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
		return tp_make_days(y, m, d, &dt->days);
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
	const char *b,
			   *e;
	scan		sc;
	int			weekday = -1;

	memset(dt, 0, sizeof(*dt));
	if (s == NULL)
		return false;
	b = s;
	e = s + len;
	tp_trim(&b, &e);
	if (b == e || e - b > 96 || sm_infer_is_placeholder(b, (size_t) (e - b)))
		return false;

	if (is_digit((unsigned char) *b))
	{
		const char *p = b;

		while (p < e && is_digit((unsigned char) *p))
			p++;
		if (p == e || (*p == '.' && p - b >= 9 && p - b <= 10))
			return scan_all_digits(b, e, dt);
		/* the compact YYYYMMDD followed by a time: 20060215 04:34:33 */
		if (p - b == 8 && (*p == ' ' || *p == 'T' || *p == 't'))
		{
			if (!scan_all_digits(b, p, dt))
				return false;
			sc.p = p;
			sc.e = e;
			goto time_part;
		}
	}

	sc.p = b;
	sc.e = e;
	if (is_alpha((unsigned char) *sc.p))
	{
		scan		save = sc;
		const char *w;
		int			wl = tp_scan_word(&sc, &w);

		if ((weekday = tp_weekday_of(w, wl)) >= 0)
		{
			if (sc.p < sc.e && *sc.p == '.')
				sc.p++;
			if (sc.p < sc.e && *sc.p == ',')
				sc.p++;
			if (tp_skip_blanks(&sc) == 0 && sc.p[-1] != ',')
				return false;
		}
		else
			sc = save;
	}
	if (!tp_scan_date_fields(&sc, order, &dt->days))
		return false;
	if (weekday >= 0 && (((dt->days % 7) + 7 + 6) % 7) != weekday)
		return false;			/* 2000-01-01 was a Saturday */
	if (sc.p == sc.e)
		return true;

	/* the time part */
time_part:
	if ((*sc.p == 'T' || *sc.p == 't') && sc.e - sc.p > 1 && is_digit((unsigned char) sc.p[1]))
		sc.p++;
	else
	{
		if (*sc.p == ',')
			sc.p++;
		if (tp_skip_blanks(&sc) == 0)
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
