/*
 * infer_dates.c
 *	  The date, timestamp and time reading of column inference: month names,
 *	  times, zones and both day/month layouts.
 *
 * Not here: naming the layout that was found (infer_formats.c).
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
	if (inf_eq_nocase(s, n, "infinity") || inf_eq_nocase(s, n, "-infinity") ||
		inf_eq_nocase(s, n, "+infinity"))
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
		inf_cand_fail(&ds->c, raw, rawlen);
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
void
inf_dt_add(sm_infer *st, const char *t, size_t tl, bool typed,
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
		inf_cand_fail(&st->dt[0].c, raw, rawlen);
		inf_cand_fail(&st->dt[1].c, raw, rawlen);
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
		inf_cand_fail(&st->tm.c, raw, rawlen);
}
