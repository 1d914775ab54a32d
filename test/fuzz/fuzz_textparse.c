/*
 * Fuzz harness of src/core/remediate/textparse*.c.
 *
 * The input is one value, given to every parser with every option.  The
 * results must be self-consistent: canonical numeric text is a plain
 * decimal that re-parses to itself, an integer agrees with the numeric
 * reading, a date re-formatted as ISO re-parses to the same day under every
 * field order, a timestamp re-formatted re-parses to the same instant, a
 * missing value parses as nothing, and name parts are trimmed, single-spaced
 * and no longer than the input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "textparse.h"

/* Stop the run: libFuzzer reports the crash with the input. */
static void
fail(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz_textparse: %s [%s]\n", what, detail ? detail : "");
	abort();
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)? and not "-0" */
static bool
plain_decimal(const char *s)
{
	const char *p = s;

	if (*p == '-')
		p++;
	if (*p < '0' || *p > '9')
		return false;
	if (*p == '0' && p[1] >= '0' && p[1] <= '9')
		return false;
	while (*p >= '0' && *p <= '9')
		p++;
	if (*p == '.')
	{
		p++;
		if (*p < '0' || *p > '9')
			return false;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	if (*p != '\0')
		return false;
	if (s[0] == '-' && strspn(s + 1, "0.") == strlen(s + 1))
		return false;			/* negative zero */
	return true;
}

static void
check_numbers(const char *v, size_t n, bool missing)
{
	static const sm_decimal_mark marks[] = {SM_DECIMAL_AUTO, SM_DECIMAL_POINT, SM_DECIMAL_COMMA};
	char		out[SM_TP_NUMERIC_BUF];
	char		again[SM_TP_NUMERIC_BUF];

	for (int i = 0; i < 3; i++)
	{
		bool		ok = sm_tp_parse_numeric(v, n, marks[i], out, sizeof(out));
		int64_t		iv,
					iv2;
		bool		iok = sm_tp_parse_int64(v, n, marks[i], &iv);

		if (ok && missing)
			fail("missing value parsed as a number", out);
		if (iok && !ok)
			fail("integer without numeric", NULL);
		if (!ok)
			continue;
		if (strlen(out) > SM_TP_NUMERIC_MAX || !plain_decimal(out))
			fail("canonical text is not a plain decimal", out);
		if (!sm_tp_parse_numeric(out, strlen(out), SM_DECIMAL_POINT, again, sizeof(again)) ||
			strcmp(out, again) != 0)
			fail("canonical text does not re-parse to itself", out);
		if (sm_tp_parse_int64(out, strlen(out), SM_DECIMAL_POINT, &iv2) != iok ||
			(iok && iv != iv2))
			fail("integer reading disagrees with the canonical text", out);
		if (iok)
		{
			char		ib[32];
			const char *dot = strchr(out, '.');

			snprintf(ib, sizeof(ib), "%lld", (long long) iv);
			if (strncmp(ib, out, dot ? (size_t) (dot - out) : strlen(out) + 1) != 0 &&
				!(iv == 0 && strncmp(out, "0", 1) == 0))
				fail("integer differs from the canonical text", out);
		}
	}
}

static void
check_dates(const char *v, size_t n, bool missing)
{
	static const sm_field_order orders[] = {SM_ORDER_AUTO, SM_ORDER_MDY, SM_ORDER_DMY, SM_ORDER_YMD};

	for (int i = 0; i < 4; i++)
	{
		int32_t		d,
					d2;
		int64_t		u,
					u2;
		bool		z,
					z2;
		char		buf[64];
		bool		dok = sm_tp_parse_date(v, n, orders[i], &d);
		bool		tok = sm_tp_parse_timestamp(v, n, orders[i], &u, &z);

		if ((dok || tok) && missing)
			fail("missing value parsed as a date", NULL);
		if (dok && !(tok && u == (int64_t) d * SM_USECS_PER_DAY))
			fail("date without the matching midnight timestamp", NULL);
		if (dok)
		{
			int			y,
						m,
						dd;

			sm_ymd_from_days(d, &y, &m, &dd);
			if (y < 1 || y > 9999)
				fail("date out of the year range", NULL);
			sm_format_date(d, buf, sizeof(buf));
			for (int j = 0; j < 4; j++)
				if (!sm_tp_parse_date(buf, strlen(buf), orders[j], &d2) || d2 != d)
					fail("ISO date does not re-parse to the same day", buf);
		}
		if (tok)
		{
			int			y,
						m,
						dd;
			int64_t		day = u / SM_USECS_PER_DAY - (u % SM_USECS_PER_DAY < 0);

			sm_ymd_from_days((int32_t) day, &y, &m, &dd);
			if (y < 0 || y > 10000)
				fail("timestamp far out of range", NULL);
			if (y < 1 || y > 9999)
				continue;		/* a zone moved it past the calendar ends */
			sm_format_timestamp(u, buf, sizeof(buf));
			if (!sm_tp_parse_timestamp(buf, strlen(buf), orders[i], &u2, &z2) ||
				u2 != u || z2)
				fail("timestamp does not re-parse to the same instant", buf);
		}
	}
}

/* Every word with an odd first byte counts as a known first name. */
static bool
odd_first(const char *w, size_t wlen, void *arg)
{
	(void) arg;
	return wlen > 0 && ((unsigned char) w[0] & 1);
}

static void
check_names(const char *v, size_t n, bool missing)
{
	char	   *out = malloc(n + 1);
	size_t		k;
	bool		first,
				last;

	first = sm_tp_split_name(v, n, false, out, n + 1, &k);
	if (first)
	{
		if (k > n || k == 0 || out[0] == ' ' || out[k - 1] == ' ' ||
			strstr(out, "  ") != NULL || strlen(out) != k)
			fail("bad first name", out);
	}
	last = sm_tp_split_name(v, n, true, out, n + 1, &k);
	if (last)
	{
		if (k > n || k == 0 || out[0] == ' ' || out[k - 1] == ' ' ||
			strstr(out, "  ") != NULL || strlen(out) != k)
			fail("bad last name", out);
	}
	if ((first || last) && missing)
		fail("missing value split as a name", NULL);
	/* with known first names: the same shape, and both parts still exist */
	{
		bool		kfirst = sm_tp_split_name_known(v, n, false, odd_first, NULL, out, n + 1, &k);

		if (kfirst && (k > n || k == 0 || out[0] == ' ' || out[k - 1] == ' ' || strlen(out) != k))
			fail("bad known first name", out);
		if (kfirst != first)
			fail("known first names changed whether there is a first name", NULL);
		if (sm_tp_split_name_known(v, n, true, odd_first, NULL, out, n + 1, &k) != last)
			fail("known first names changed whether there is a last name", NULL);
	}
	free(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* an exact-size copy, so that any read past the end is caught */
	char	   *v = malloc(size ? size : 1);
	bool		missing,
				b;

	memcpy(v, data, size);
	missing = sm_tp_is_missing(v, size);
	check_numbers(v, size, missing);
	check_dates(v, size, missing);
	check_names(v, size, missing);
	if (sm_tp_parse_boolean(v, size, &b) && missing)
		fail("missing value parsed as a boolean", NULL);
	{
		sm_decimal_mark m;
		sm_field_order o;

		(void) sm_tp_decimal_mark_option(v, size, &m);
		(void) sm_tp_field_order_option(v, size, &o);
	}
	free(v);
	return 0;
}
