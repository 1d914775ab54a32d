/*
 * fuzz_datetime.c
 *	  libFuzzer harness of src/core/common/datetime.c: the strict ISO-8601 parsers
 *	  (sm_parse_iso_date, sm_parse_iso_time, sm_parse_iso_timestamp) that
 *	  read the bounds of date/time columns in a schema definition and the
 *	  text values of date/timestamp columns during training, and the
 *	  calendar arithmetic behind them.
 *
 * The input, as a C string (an embedded NUL ends it, as for the callers),
 * goes to every parser.  Properties:
 *	- a parsed date formats back to exactly the input (the grammar is
 *	  YYYY-MM-DD, nothing else), and days <-> y/m/d round-trip;
 *	- a parsed time lies in [00:00, 24:00] and is the time part of the
 *	  same text parsed as a timestamp on 2000-01-01;
 *	- a parsed timestamp without a zone formats to text that parses to the
 *	  same instant, and lies within a day (plus a leap second) of its date
 *	  part parsed alone;
 *	- with a zone, the instant is the zone-free reading shifted by at most
 *	  15:59.
 * The first 8 bytes, read as a day count and a microsecond count, also
 * drive the calendar arithmetic: ymd_from_days/days_from_ymd are inverse,
 * and format_date/format_timestamp of years 1..9999 re-parse exactly.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"

/* Stop the run: libFuzzer reports the crash with the input. */
static void
fail(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz_datetime: %s [%s]\n", what, detail ? detail : "");
	abort();
}

/* 24:00:00 in microseconds. */
#define DAY_USECS SM_USECS_PER_DAY

static void
check_text(const char *s)
{
	int32_t		days;
	int64_t		t,
				u,
				u2;
	bool		zone,
				zone2;
	char		buf[64];
	bool		dok = sm_parse_iso_date(s, &days);
	bool		tok = sm_parse_iso_time(s, &t);
	bool		sok = sm_parse_iso_timestamp(s, &u, &zone);

	if (dok)
	{
		int			y,
					m,
					d;

		sm_format_date(days, buf, sizeof(buf));
		if (strcmp(buf, s) != 0)
			fail("date does not format back to its text", s);
		sm_ymd_from_days(days, &y, &m, &d);
		if (!sm_valid_ymd(y, m, d) || sm_days_from_ymd(y, m, d) != days)
			fail("date does not round-trip through y/m/d", s);
		/* a date is a timestamp at midnight */
		if (!sok || zone || u != (int64_t) days * DAY_USECS)
			fail("date is not the matching midnight timestamp", s);
	}
	if (tok)
	{
		char		ts[96];

		if (t < 0 || t > DAY_USECS)
			fail("time out of [00:00, 24:00]", s);
		if (dok || sok)
			fail("text parses both as a time and as a date", s);
		snprintf(ts, sizeof(ts), "2000-01-01 %s", s);
		if (!sm_parse_iso_timestamp(ts, &u2, &zone2) || zone2 || u2 != t)
			fail("time differs from the time part of a timestamp", s);
	}
	if (sok)
	{
		char		datepart[16];
		int32_t		d2;

		/* the date part on its own */
		if (strlen(s) < 10)
			fail("timestamp shorter than a date", s);
		memcpy(datepart, s, 10);
		datepart[10] = '\0';
		if (!sm_parse_iso_date(datepart, &d2))
			fail("timestamp whose date part is not a date", s);
		if (!zone)
		{
			int64_t		off = u - (int64_t) d2 * DAY_USECS;

			/* 23:59:60.x rolls over into the next day, as in PostgreSQL */
			if (off < 0 || off >= DAY_USECS + INT64_C(1000000))
				fail("time of day out of range", s);
			/* 9999-12-31 24:00 is in year 10000, which has no 4-digit form */
			if (u < (int64_t) (sm_days_from_ymd(9999, 12, 31) + 1) * DAY_USECS)
			{
				sm_format_timestamp(u, buf, sizeof(buf));
				if (!sm_parse_iso_timestamp(buf, &u2, &zone2) || zone2 || u2 != u)
					fail("timestamp does not re-parse to the same instant", buf);
			}
		}
		else
		{
			/* strip the zone: the instant moves by at most 15:59 */
			size_t		n = strlen(s);
			char	   *local = malloc(n + 1);
			size_t		cut = n;
			int64_t		lu;
			bool		lz;

			if (local == NULL)
				return;
			if (s[n - 1] == 'Z')
				cut = n - 1;
			else
			{
				cut = 10;
				while (cut < n && s[cut] != '+' && s[cut] != '-')
					cut++;
			}
			memcpy(local, s, cut);
			local[cut] = '\0';
			if (!sm_parse_iso_timestamp(local, &lu, &lz) || lz)
				fail("zoned timestamp without a valid local part", s);
			if (u - lu > INT64_C(57540000000) || lu - u > INT64_C(57540000000))
				fail("zone offset beyond 15:59", s);
			if (s[n - 1] == 'Z' && u != lu)
				fail("Z moved the instant", s);
			free(local);
		}
	}
}

/* Calendar arithmetic on the day and microsecond counts of the input. */
static void
check_numbers(const uint8_t *data, size_t size)
{
	int32_t		days;
	int64_t		us;
	int			y,
				m,
				d;
	char		buf[64];
	uint8_t		raw[12] = {0};

	memcpy(raw, data, size < sizeof(raw) ? size : sizeof(raw));
	memcpy(&days, raw, 4);
	memcpy(&us, raw + 4, 8);

	/* the PostgreSQL date range: 4713 BC .. 5874897 AD */
	days = (int32_t) (((int64_t) days % 2147483647 + 2147483647) % 2147483647)
		- 2451545;
	if (days > 2145031948)
		days = 2145031948;
	sm_ymd_from_days(days, &y, &m, &d);
	if (m < 1 || m > 12 || d < 1 || d > sm_days_in_month(y, m))
		fail("ymd_from_days gave an invalid date", NULL);
	if (sm_days_from_ymd(y, m, d) != days)
		fail("days_from_ymd is not the inverse of ymd_from_days", NULL);
	if (y >= 1 && y <= 9999)
	{
		int32_t		back;

		sm_format_date(days, buf, sizeof(buf));
		if (!sm_parse_iso_date(buf, &back) || back != days)
			fail("formatted date does not re-parse", buf);
	}

	/* timestamps of years 1..9999 */
	{
		const int64_t lo = (int64_t) sm_days_from_ymd(1, 1, 1) * DAY_USECS;
		const int64_t hi = (int64_t) (sm_days_from_ymd(9999, 12, 31) + 1) * DAY_USECS;
		uint64_t	span = (uint64_t) (hi - lo);
		int64_t		u2;
		bool		z;

		us = lo + (int64_t) ((uint64_t) us % span);
		sm_format_timestamp(us, buf, sizeof(buf));
		if (!sm_parse_iso_timestamp(buf, &u2, &z) || z || u2 != us)
			fail("formatted timestamp does not re-parse", buf);
	}
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* an exact-size copy, so that any read past the NUL is caught */
	size_t		n = strnlen((const char *) data, size);
	char	   *s = malloc(n + 1);

	if (s == NULL)
		return 0;
	memcpy(s, data, n);
	s[n] = '\0';
	check_text(s);
	free(s);
	check_numbers(data, size);
	return 0;
}
