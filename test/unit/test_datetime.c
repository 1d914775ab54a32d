/* Unit tests of src/core/datetime.c. */
#include "datetime.h"
#include "unit.h"

int
main(void)
{
	int32_t		d;
	int64_t		t;
	bool		z;
	int			y, m, dd;
	char		buf[64];

	CHECK(sm_days_from_ymd(2000, 1, 1) == 0);
	CHECK(sm_days_from_ymd(1970, 1, 1) == -10957);
	CHECK(sm_days_from_ymd(2000, 3, 1) == 60);
	sm_ymd_from_days(-10957, &y, &m, &dd);
	CHECK(y == 1970 && m == 1 && dd == 1);
	/* round trip over a wide range, including BC years */
	{
		int			bad = 0;

		for (int32_t x = -800000; x <= 800000; x += 7)
		{
			sm_ymd_from_days(x, &y, &m, &dd);
			if (!sm_valid_ymd(y, m, dd) || sm_days_from_ymd(y, m, dd) != x)
				bad++;
		}
		CHECK(bad == 0);
	}
	CHECK(sm_parse_iso_date("2021-03-04", &d) && d == sm_days_from_ymd(2021, 3, 4));
	CHECK(!sm_parse_iso_date("2021-02-29", &d));
	CHECK(sm_parse_iso_date("2020-02-29", &d));
	CHECK(!sm_parse_iso_date("2021-3-4", &d));
	CHECK(!sm_parse_iso_date("2021-03-04x", &d));
	CHECK(!sm_parse_iso_date("", &d));
	CHECK(!sm_parse_iso_date(NULL, &d));
	CHECK(sm_parse_iso_timestamp("2000-01-01 00:00:01", &t, &z) && t == 1000000 && !z);
	CHECK(sm_parse_iso_timestamp("2000-01-01T01:00:00+01:00", &t, &z) && t == 0 && z);
	CHECK(sm_parse_iso_timestamp("2000-01-01T00:00:00.5Z", &t, &z) && t == 500000 && z);
	CHECK(sm_parse_iso_timestamp("2000-01-02", &t, &z) && t == SM_USECS_PER_DAY);
	CHECK(!sm_parse_iso_timestamp("2000-01-01 25:00", &t, &z));
	CHECK(!sm_parse_iso_timestamp("2000-01-01 10:00:00.", &t, &z));
	CHECK(sm_parse_iso_time("23:59:59.999999", &t) && t == INT64_C(86399999999));
	/* a leap second reaches 24:00:00 at most (fuzz_datetime) */
	CHECK(sm_parse_iso_time("23:59:60", &t) && t == SM_USECS_PER_DAY);
	CHECK(!sm_parse_iso_time("23:59:60.5", &t));
	CHECK(sm_parse_iso_timestamp("2000-01-01 23:59:60.5", &t, &z) && t == SM_USECS_PER_DAY + 500000);
	sm_format_date(sm_days_from_ymd(1999, 12, 31), buf, sizeof(buf));
	CHECK_STR(buf, "1999-12-31");
	sm_format_timestamp(-1, buf, sizeof(buf));
	CHECK_STR(buf, "1999-12-31 23:59:59.999999");
	return unit_done();
}
