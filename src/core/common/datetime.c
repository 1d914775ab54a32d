/*
 * datetime.c
 *	  Calendar arithmetic and strict ISO-8601 parsing.
 *
 * The civil-from-days conversions use the era-based algorithm (400-year
 * cycles), exact for the whole proleptic Gregorian calendar.
 */
#include "datetime.h"

#include <stdio.h>
#include <string.h>

/* Days between 1970-01-01 and 2000-01-01. */
#define EPOCH_2000_FROM_1970 10957

/* Is y a leap year of the proleptic Gregorian calendar? */
static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Days in month m of year y (0 for a month out of range). */
int
sm_days_in_month(int y, int m)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	return dim[m - 1] + (m == 2 && is_leap(y));
}

/* Is (y, m, d) a date of the calendar, within the supported years? */
bool
sm_valid_ymd(int y, int m, int d)
{
	return y > -1000000 && y < 1000000 && m >= 1 && m <= 12 &&
		d >= 1 && d <= sm_days_in_month(y, m);
}

/* Days since 2000-01-01 of a valid date (civil-from-days inverse). */
int32_t
sm_days_from_ymd(int y, int m, int d)
{
	int64_t		yy = (int64_t) y - (m <= 2);
	int64_t		era = (yy >= 0 ? yy : yy - 399) / 400;
	int64_t		yoe = yy - era * 400;
	int64_t		doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return (int32_t) (era * 146097 + doe - 719468 - EPOCH_2000_FROM_1970);
}

/* The date of a day count since 2000-01-01. */
void
sm_ymd_from_days(int32_t days, int *y, int *m, int *d)
{
	int64_t		z = (int64_t) days + EPOCH_2000_FROM_1970 + 719468;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t		doe = z - era * 146097;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;
	int64_t		dd = doy - (153 * mp + 2) / 5 + 1;
	int64_t		mm = mp < 10 ? mp + 3 : mp - 9;

	*y = (int) (yoe + era * 400 + (mm <= 2));
	*m = (int) mm;
	*d = (int) dd;
}

/* Read exactly n digits at *p; advances *p. */
static bool
read_digits(const char **p, int n, int *out)
{
	int			v = 0;

	for (int i = 0; i < n; i++)
	{
		char		c = (*p)[i];

		if (c < '0' || c > '9')
			return false;
		v = v * 10 + (c - '0');
	}
	*p += n;
	*out = v;
	return true;
}

/* Read YYYY-MM-DD at *p, advancing *p past it. */
static bool
parse_date_part(const char **p, int32_t *days)
{
	int			y,
				m,
				d;

	if (!read_digits(p, 4, &y) || **p != '-')
		return false;
	(*p)++;
	if (!read_digits(p, 2, &m) || **p != '-')
		return false;
	(*p)++;
	if (!read_digits(p, 2, &d) || !sm_valid_ymd(y, m, d))
		return false;
	*days = sm_days_from_ymd(y, m, d);
	return true;
}

/* HH:MM[:SS[.ffffff]] at *p. */
static bool
parse_time_part(const char **p, int64_t *usecs)
{
	int			h,
				mi,
				s = 0;
	int64_t		frac = 0;

	if (!read_digits(p, 2, &h) || **p != ':')
		return false;
	(*p)++;
	if (!read_digits(p, 2, &mi))
		return false;
	if (**p == ':')
	{
		(*p)++;
		if (!read_digits(p, 2, &s))
			return false;
		if (**p == '.')
		{
			int			ndig = 0;
			int64_t		scale = 100000;

			(*p)++;
			while (**p >= '0' && **p <= '9')
			{
				if (ndig < 6)
				{
					frac += (**p - '0') * scale;
					scale /= 10;
				}
				ndig++;
				(*p)++;
			}
			if (ndig == 0)
				return false;
		}
	}
	if (h > 24 || mi > 59 || s > 60 || (h == 24 && (mi || s || frac)))
		return false;
	*usecs = ((int64_t) h * 3600 + mi * 60 + s) * INT64_C(1000000) + frac;
	return true;
}

/* Parse a whole ISO date (YYYY-MM-DD) into days since 2000-01-01. */
bool
sm_parse_iso_date(const char *s, int32_t *days)
{
	const char *p = s;

	return s && parse_date_part(&p, days) && *p == '\0';
}

/* Parse a whole ISO time of day into microseconds since midnight. */
bool
sm_parse_iso_time(const char *s, int64_t *usecs)
{
	const char *p = s;

	return s && parse_time_part(&p, usecs) && *p == '\0';
}

/* Parse a whole ISO timestamp, with an optional zone, into microseconds. */
bool
sm_parse_iso_timestamp(const char *s, int64_t *usecs, bool *has_zone)
{
	const char *p = s;
	int32_t		days;
	int64_t		t = 0;

	*has_zone = false;
	if (!s || !parse_date_part(&p, &days))
		return false;
	if (*p == ' ' || *p == 'T')
	{
		p++;
		if (!parse_time_part(&p, &t))
			return false;
		if (*p == 'Z')
		{
			*has_zone = true;
			p++;
		}
		else if (*p == '+' || *p == '-')
		{
			int			sign = (*p == '-') ? -1 : 1;
			int			zh,
						zm = 0;

			p++;
			if (!read_digits(&p, 2, &zh))
				return false;
			if (*p == ':')
				p++;
			if (*p >= '0' && *p <= '9' && !read_digits(&p, 2, &zm))
				return false;
			if (zh > 15 || zm > 59)
				return false;
			*has_zone = true;
			t -= sign * ((int64_t) zh * 3600 + zm * 60) * INT64_C(1000000);
		}
	}
	if (*p != '\0')
		return false;
	*usecs = (int64_t) days * SM_USECS_PER_DAY + t;
	return true;
}

/* Write a day count as YYYY-MM-DD. */
void
sm_format_date(int32_t days, char *buf, int buflen)
{
	int			y,
				m,
				d;

	sm_ymd_from_days(days, &y, &m, &d);
	snprintf(buf, buflen, "%04d-%02d-%02d", y, m, d);
}

/* Write microseconds since 2000-01-01 as YYYY-MM-DD HH:MM:SS[.ffffff]. */
void
sm_format_timestamp(int64_t usecs, char *buf, int buflen)
{
	int64_t		days = usecs / SM_USECS_PER_DAY;
	int64_t		rem = usecs % SM_USECS_PER_DAY;
	int			y,
				m,
				d;
	int64_t		secs;

	if (rem < 0)
	{
		rem += SM_USECS_PER_DAY;
		days--;
	}
	sm_ymd_from_days((int32_t) days, &y, &m, &d);
	secs = rem / 1000000;
	if (rem % 1000000)
		snprintf(buf, buflen, "%04d-%02d-%02d %02d:%02d:%02d.%06d", y, m, d,
				 (int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60),
				 (int) (rem % 1000000));
	else
		snprintf(buf, buflen, "%04d-%02d-%02d %02d:%02d:%02d", y, m, d,
				 (int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60));
}
