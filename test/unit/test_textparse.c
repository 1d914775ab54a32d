/*
 * Unit tests of src/core/textparse.c: every accepted layout, every rejected
 * one, and the boundaries (bigint, the numeric text limit, calendar edges).
 */
#include <stdint.h>
#include <stdlib.h>

#include "datetime.h"
#include "textparse.h"
#include "unit.h"

/* Canonical numeric text, or "NULL". */
static const char *
num(const char *s, sm_decimal_mark mark)
{
	static char buf[SM_TP_NUMERIC_BUF];

	if (!sm_tp_parse_numeric(s, strlen(s), mark, buf, sizeof(buf)))
		return "NULL";
	return buf;
}

#define NUM(s, want) CHECK_STR(num(s, SM_DECIMAL_AUTO), want)
#define NUM_M(s, m, want) CHECK_STR(num(s, m), want)

/* Integer as text, or "NULL". */
static const char *
integer(const char *s, sm_decimal_mark mark)
{
	static char buf[32];
	int64_t		v;

	if (!sm_tp_parse_int64(s, strlen(s), mark, &v))
		return "NULL";
	snprintf(buf, sizeof(buf), "%lld", (long long) v);
	return buf;
}

#define INT(s, want) CHECK_STR(integer(s, SM_DECIMAL_AUTO), want)

/* A date as ISO text, or "NULL". */
static const char *
date(const char *s, sm_field_order order)
{
	static char buf[40];
	int32_t		d;

	if (!sm_tp_parse_date(s, strlen(s), order, &d))
		return "NULL";
	sm_format_date(d, buf, sizeof(buf));
	return buf;
}

#define DATE(s, want) CHECK_STR(date(s, SM_ORDER_AUTO), want)
#define DATE_O(s, o, want) CHECK_STR(date(s, o), want)

/* A timestamp as ISO text (with a trailing " Z" when zoned), or "NULL". */
static const char *
ts(const char *s, sm_field_order order)
{
	static char buf[48];
	int64_t		u;
	bool		z;

	if (!sm_tp_parse_timestamp(s, strlen(s), order, &u, &z))
		return "NULL";
	sm_format_timestamp(u, buf, 40);
	if (z)
		strcat(buf, " Z");
	return buf;
}

#define TS(s, want) CHECK_STR(ts(s, SM_ORDER_AUTO), want)
#define TS_O(s, o, want) CHECK_STR(ts(s, o), want)

/* A boolean as "t" / "f", or "NULL". */
static const char *
boolean(const char *s)
{
	bool		b;

	if (!sm_tp_parse_boolean(s, strlen(s), &b))
		return "NULL";
	return b ? "t" : "f";
}

/* A name part, or "NULL". */
static const char *
name(const char *s, bool last)
{
	static char buf[256];
	size_t		n;

	if (!sm_tp_split_name(s, strlen(s), last, buf, sizeof(buf), &n))
		return "NULL";
	if (n != strlen(buf))
		return "BADLEN";
	return buf;
}

/* A tiny first-name vocabulary for the known-first-name split. */
static bool
known_first(const char *w, size_t wlen, void *arg)
{
	static const char *const names[] = {"Ann", "Maria", "Luis", "Jean", NULL};

	(void) arg;

	for (int i = 0; names[i] != NULL; i++)
		if (strlen(names[i]) == wlen && memcmp(names[i], w, wlen) == 0)
			return true;
	return false;
}

/* A name part with the vocabulary above, or "NULL". */
static const char *
kname(const char *s, bool last)
{
	static char buf[256];
	size_t		n;

	if (!sm_tp_split_name_known(s, strlen(s), last, known_first, NULL, buf, sizeof(buf), &n))
		return "NULL";
	if (n != strlen(buf))
		return "BADLEN";
	return buf;
}

static void
test_numeric(void)
{
	char		big[1100];
	char		buf[SM_TP_NUMERIC_BUF];

	NUM("42", "42");
	NUM("  42  ", "42");
	NUM("\xC2\xA0" "42\xE2\x80\xAF", "42");
	NUM("-42", "-42");
	NUM("+42", "42");
	NUM("42-", "-42");
	NUM("\xE2\x88\x92" "42", "-42");
	NUM("007", "7");
	NUM("0", "0");
	NUM("-0", "0");
	NUM("-0.00", "0.00");
	NUM("12.50", "12.50");
	NUM(".5", "0.5");
	NUM("-.5", "-0.5");
	NUM("12.", "12");
	NUM("0.05", "0.05");
	NUM("(12.00)", "-12.00");
	NUM("($1,234.50)", "-1234.50");
	NUM("( 12 )", "-12");
	NUM("$12", "12");
	NUM("-$12", "-12");
	NUM("$-12", "-12");
	NUM("- $12", "-12");
	NUM("$ 1,234.56", "1234.56");
	NUM("1,234.56 $", "1234.56");
	NUM("\xE2\x82\xAC" "12,50", "12.50");
	NUM("12,50 \xE2\x82\xAC", "12.50");
	NUM("1.234,56\xE2\x82\xAC", "1234.56");
	NUM("\xC2\xA3" "99", "99");
	NUM("\xC2\xA5" "1000", "1000");
	NUM("\xE2\x82\xB9" "1,23,456", "123456");
	NUM("\xE2\x82\xA9" "5000", "5000");
	NUM("100 \xE2\x82\xBD", "100");
	NUM("\xE2\x82\xBA" "7", "7");
	NUM("\xE2\x82\xAA" "7", "7");
	NUM("\xE0\xB8\xBF" "7", "7");
	NUM("US$ 12", "12");
	NUM("R$ 1.234,56", "1234.56");
	NUM("CHF 1'234.50", "1234.50");
	NUM("USD 12", "12");
	NUM("12 usd", "12");
	NUM("EUR12", "12");
	NUM("12 GBP", "12");
	NUM("JPY 1000", "1000");
	NUM("CAD 5", "5");
	NUM("AUD 5", "5");
	NUM("12 kr", "12");
	NUM("12 kr.", "12");
	NUM("12 z\xC5\x82", "12");
	NUM("12 K\xC4\x8D", "12");
	NUM("12 K\xC4\x8C", "12");
	NUM("1 234 567", "1234567");
	NUM("1\xC2\xA0" "234,5", "1234.5");
	NUM("1\xE2\x80\xAF" "234,5", "1234.5");
	NUM("1'234'567", "1234567");
	NUM("1,234", "1234");
	NUM("1.234", "1234");
	NUM("1,234,567", "1234567");
	NUM("1.234.567", "1234567");
	NUM("1,234.5", "1234.5");
	NUM("1.234,5", "1234.5");
	NUM("12,5", "12.5");
	NUM("12,50", "12.50");
	NUM("0,123", "0.123");
	NUM("1,2345", "1.2345");
	NUM("1234,567", "1234.567");
	NUM("1 234,567", "1234.567");
	NUM("1,23,456", "123456");
	NUM("12,34,56,789", "123456789");
	NUM("12.5%", "0.125");
	NUM("12%", "0.12");
	NUM("12.50 %", "0.1250");
	NUM("0.5%", "0.005");
	NUM("-3%", "-0.03");
	NUM("150%", "1.50");
	NUM("1.5e3", "1500");
	NUM("1.5E-3", "0.0015");
	NUM("2e0", "2");
	NUM("-1e2", "-100");
	NUM("1e-2%", "0.0001");
	NUM("0e5", "0");
	NUM("0.0e-2", "0.000");
	NUM("1234567890123456789012345678901234567890",
		"1234567890123456789012345678901234567890");
	NUM_M("1,234", SM_DECIMAL_COMMA, "1.234");
	NUM_M("1.234", SM_DECIMAL_POINT, "1.234");
	NUM_M("1.234,5", SM_DECIMAL_COMMA, "1234.5");
	NUM_M("1,234.5", SM_DECIMAL_POINT, "1234.5");
	NUM_M("12,5", SM_DECIMAL_COMMA, "12.5");
	NUM_M("1 234", SM_DECIMAL_COMMA, "1234");

	/* rejected */
	NUM("", "NULL");
	NUM("   ", "NULL");
	NUM("N/A", "NULL");
	NUM("-", "NULL");
	NUM("null", "NULL");
	NUM("NaN", "NULL");
	NUM("abc", "NULL");
	NUM("12abc", "NULL");
	NUM("$", "NULL");
	NUM("%", "NULL");
	NUM(".", "NULL");
	NUM("1..2", "NULL");
	NUM("1,,234", "NULL");
	NUM("1.2.3,4,5", "NULL");
	NUM("1,234.567.8", "NULL");
	NUM("1.234,567,8", "NULL");
	NUM("12,3456,789", "NULL");
	NUM("1 2", "NULL");
	NUM("0,123,456", "NULL");
	NUM("1'234,5'6", "NULL");
	NUM("1 234'567", "NULL");
	NUM("--12", "NULL");
	NUM("-12-", "NULL");
	NUM("-(12)", "NULL");
	NUM("(12", "NULL");
	NUM("$12%", "NULL");
	NUM("$$12", "NULL");
	NUM("12 USD EUR", "NULL");
	NUM("12xusd", "NULL");
	NUM("1e", "NULL");
	NUM("1e+", "NULL");
	NUM("e5", "NULL");
	NUM("1,234.5e5", "NULL");
	NUM("1,5e3", "1500");
	NUM_M("1,234e5", SM_DECIMAL_POINT, "NULL");
	NUM("1e1001", "NULL");
	NUM("1e-1001", "NULL");
	NUM("1e99999999999999999999", "NULL");
	NUM("0x1A", "NULL");
	NUM("1_000", "NULL");
	NUM("12 34 5", "NULL");
	NUM("1.5.", "NULL");
	NUM_M("1,23", SM_DECIMAL_POINT, "NULL");
	NUM_M("12,5", SM_DECIMAL_POINT, "NULL");
	NUM_M("1.234.567", SM_DECIMAL_POINT, "NULL");
	NUM_M("1,2,3", SM_DECIMAL_COMMA, "NULL");
	CHECK(!sm_tp_parse_numeric("1\0" "2", 3, SM_DECIMAL_AUTO, buf, sizeof(buf)));
	CHECK(!sm_tp_parse_numeric("\xFF" "12", 3, SM_DECIMAL_AUTO, buf, sizeof(buf)));
	CHECK(!sm_tp_parse_numeric("12", 2, SM_DECIMAL_AUTO, buf, 2));
	CHECK(sm_tp_parse_numeric("12", 2, SM_DECIMAL_AUTO, buf, 3));

	/* the text limit: 1000 characters of output, 1024 bytes of input */
	CHECK_STR(num("1e999", SM_DECIMAL_AUTO) + 997, "000");
	CHECK(strlen(num("1e999", SM_DECIMAL_AUTO)) == SM_TP_NUMERIC_MAX);
	CHECK(strlen(num("-1e998", SM_DECIMAL_AUTO)) == SM_TP_NUMERIC_MAX);
	CHECK(strlen(num("1e-998", SM_DECIMAL_AUTO)) == SM_TP_NUMERIC_MAX);
	NUM("1e1000", "NULL");
	NUM("-1e999", "NULL");
	NUM("1e-999", "NULL");
	CHECK(strlen(num("0e-998", SM_DECIMAL_AUTO)) == SM_TP_NUMERIC_MAX);
	NUM("0e-999", "NULL");
	memset(big, '9', 1000);
	big[1000] = '\0';
	CHECK(strlen(num(big, SM_DECIMAL_AUTO)) == 1000);
	memset(big, '9', 1001);
	big[1001] = '\0';
	NUM(big, "NULL");			/* output limit */
	memset(big, '0', 1023);
	big[1023] = '1';
	big[1024] = '\0';
	NUM(big, "1");
	memset(big, '0', 1024);
	big[1024] = '1';
	big[1025] = '\0';
	NUM(big, "NULL");			/* input limit */
}

static void
test_integer(void)
{
	INT("42", "42");
	INT(" -42 ", "-42");
	INT("1,234.00", "1234");
	INT("1.234", "1234");
	INT("$1,234", "1234");
	INT("(5)", "-5");
	INT("1e3", "1000");
	INT("1.5e1", "15");
	INT("50%", "NULL");
	INT("200%", "2");
	INT("9223372036854775807", "9223372036854775807");
	INT("-9223372036854775808", "-9223372036854775808");
	INT("0009223372036854775807", "9223372036854775807");
	INT("9223372036854775808", "NULL");
	INT("-9223372036854775809", "NULL");
	INT("99999999999999999999", "NULL");
	INT("1234567890123456789012345678901234567890", "NULL");
	INT("12.5", "NULL");
	INT("12.0000001", "NULL");
	INT("1e-1", "NULL");
	INT("", "NULL");
	INT("n/a", "NULL");
	INT("abc", "NULL");
	INT("0", "0");
	INT("-0.0", "0");
	CHECK_STR(integer("1,234", SM_DECIMAL_COMMA), "NULL");
	CHECK_STR(integer("1.234,00", SM_DECIMAL_COMMA), "1234");
}

static void
test_date(void)
{
	int32_t		d;

	DATE("2023-01-15", "2023-01-15");
	DATE("2023/01/15", "2023-01-15");
	DATE("2023.01.15", "2023-01-15");
	DATE("2023-1-5", "2023-01-05");
	DATE("  2023-01-15\xC2\xA0", "2023-01-15");
	DATE("20230115", "2023-01-15");
	DATE("01/15/2023", "2023-01-15");
	DATE("15/01/2023", "2023-01-15");
	DATE("01/02/2023", "2023-01-02");
	DATE("1/2/2023", "2023-01-02");
	DATE("15.01.2023", "2023-01-15");
	DATE("15-01-2023", "2023-01-15");
	DATE("01/15/23", "2023-01-15");
	DATE("01/15/69", "2069-01-15");
	DATE("01/15/70", "1970-01-15");
	DATE("01/15/99", "1999-01-15");
	DATE("01/15/00", "2000-01-15");
	DATE_O("01/02/2023", SM_ORDER_DMY, "2023-02-01");
	DATE_O("01/02/2023", SM_ORDER_MDY, "2023-01-02");
	DATE_O("15/01/2023", SM_ORDER_DMY, "2023-01-15");
	DATE_O("23/01/15", SM_ORDER_YMD, "2023-01-15");
	DATE_O("99.12.31", SM_ORDER_YMD, "1999-12-31");
	DATE_O("2023-01-15", SM_ORDER_DMY, "2023-01-15");
	DATE("15-Jan-2023", "2023-01-15");
	DATE("15-JAN-23", "2023-01-15");
	DATE("15 Jan 2023", "2023-01-15");
	DATE("15 jan. 2023", "2023-01-15");
	DATE("15 January 2023", "2023-01-15");
	DATE("15 January, 2023", "2023-01-15");
	DATE("15th January 2023", "2023-01-15");
	DATE("Jan 15, 2023", "2023-01-15");
	DATE("Jan. 15, 2023", "2023-01-15");
	DATE("Jan 15,2023", "2023-01-15");
	DATE("January 15 2023", "2023-01-15");
	DATE("JANUARY 15, 2023", "2023-01-15");
	DATE("March 1st, 2023", "2023-03-01");
	DATE("Sept 5 2023", "2023-09-05");
	DATE("Jan-15-2023", "2023-01-15");
	DATE("2023-Jan-15", "2023-01-15");
	DATE("Thu, 14 Mar 2019", "2019-03-14");
	DATE("Thu,14 Mar 2019", "2019-03-14");
	DATE("Tue, 12 Mar 2019", "2019-03-12");
	DATE("Thursday, March 14, 2019", "2019-03-14");
	DATE("Sun 15 Jan 2023", "2023-01-15");
	DATE("2023-01-15 00:00", "2023-01-15");
	DATE("2023-01-15 00:00:00", "2023-01-15");
	DATE("2023-01-15T00:00:00.000000", "2023-01-15");
	DATE("01/15/2023 12:00 AM", "2023-01-15");
	DATE("1673740800", "2023-01-15");
	DATE("1673740800000", "2023-01-15");
	DATE("2024-02-29", "2024-02-29");
	DATE("2000-02-29", "2000-02-29");
	DATE("0001-01-01", "0001-01-01");
	DATE("9999-12-31", "9999-12-31");
	DATE("12/31/1999", "1999-12-31");

	/* rejected */
	DATE("", "NULL");
	DATE("N/A", "NULL");
	DATE("unknown", "NULL");
	DATE("2023-02-30", "NULL");
	DATE("2023-02-29", "NULL");
	DATE("1900-02-29", "NULL");
	DATE("2023-13-01", "NULL");
	DATE("2023-00-10", "NULL");
	DATE("2023-01-32", "NULL");
	DATE("0000-01-01", "NULL");
	DATE("2023-01/15", "NULL");
	DATE("13/13/2023", "NULL");
	DATE_O("13/01/2023", SM_ORDER_MDY, "NULL");
	DATE_O("01/13/2023", SM_ORDER_DMY, "NULL");
	DATE_O("15/01/2023", SM_ORDER_YMD, "NULL");
	DATE("30/02/2023", "NULL");
	DATE("1/2/023", "NULL");
	DATE("1/2/20231", "NULL");
	DATE("01 02 2023", "NULL");
	DATE("Foo 15, 2023", "NULL");
	DATE("Jan 15, 23", "NULL");
	DATE("Jan 32, 2023", "NULL");
	DATE("Mon, 14 Mar 2019", "NULL");	/* it was a Thursday */
	DATE("Tue, 14 Mar 2019", "NULL");
	DATE("Funday, 14 Mar 2019", "NULL");
	DATE("2023-01-15 10:00", "NULL");
	DATE("2023-01-15 00:00:01", "NULL");
	DATE("2023-01-15 00:00 Z", "NULL");
	DATE("2023-01-15 00:00+00:00", "NULL");
	DATE("2023-01-15 12:00 PM", "NULL");
	DATE("1673740801", "NULL");
	DATE("20231315", "NULL");
	DATE("09990101", "NULL");
	DATE("30000101", "NULL");
	DATE("2023011", "NULL");
	DATE("123456", "NULL");
	DATE("12345678901", "NULL");
	DATE("123456789012345678901234567890", "NULL");
	DATE("2023-01-15T", "NULL");
	DATE("2023-01-15 garbage", "NULL");
	DATE("yesterday", "NULL");
	CHECK(!sm_tp_parse_date("2023-01-15\0", 11, SM_ORDER_AUTO, &d));
	CHECK(!sm_tp_parse_date("2023\0-01-15", 11, SM_ORDER_AUTO, &d));
	CHECK(!sm_tp_parse_date("2023-01-15\xFF", 11, SM_ORDER_AUTO, &d));
}

static void
test_timestamp(void)
{
	TS("2023-01-15 10:30", "2023-01-15 10:30:00");
	TS("2023-01-15T10:30:45", "2023-01-15 10:30:45");
	TS("2023-01-15 10:30:45.123456", "2023-01-15 10:30:45.123456");
	TS("2023-01-15 10:30:45.5", "2023-01-15 10:30:45.500000");
	TS("2023-01-15 10:30:45,25", "2023-01-15 10:30:45.250000");
	TS("2023-01-15 10:30:45.123456000", "2023-01-15 10:30:45.123456");
	TS("2023-01-15", "2023-01-15 00:00:00");
	/* the compact YYYYMMDD followed by a time */
	TS("20060215 04:34:33", "2006-02-15 04:34:33");
	TS("20060215T04:34", "2006-02-15 04:34:00");
	TS("20060215  04:34:33.5", "2006-02-15 04:34:33.500000");
	TS("20061315 04:34:33", "NULL");
	TS("20060215 25:34:33", "NULL");
	TS("20060215 04:34:33 x", "NULL");
	TS("200602150 04:34:33", "NULL");
	TS("2023-01-15 9:05", "2023-01-15 09:05:00");
	TS("01/15/2023 10:30 PM", "2023-01-15 22:30:00");
	TS("01/15/2023 12:00 AM", "2023-01-15 00:00:00");
	TS("01/15/2023 12:00 PM", "2023-01-15 12:00:00");
	TS("01/15/2023 12:30am", "2023-01-15 00:30:00");
	TS("01/15/2023 1:30 p.m.", "2023-01-15 13:30:00");
	TS("Jan 15, 2023, 10:00 AM", "2023-01-15 10:00:00");
	TS("2023-01-15T10:30:00Z", "2023-01-15 10:30:00 Z");
	TS("2023-01-15 10:30:00 UTC", "2023-01-15 10:30:00 Z");
	TS("2023-01-15 10:30:00 GMT", "2023-01-15 10:30:00 Z");
	TS("2023-01-15T10:30:00+01:00", "2023-01-15 09:30:00 Z");
	TS("2023-01-15T10:30:00+0100", "2023-01-15 09:30:00 Z");
	TS("2023-01-15T10:30:00+01", "2023-01-15 09:30:00 Z");
	TS("2023-01-15T10:30:00-05:30", "2023-01-15 16:00:00 Z");
	TS("2023-01-15 01:00 +02:00", "2023-01-14 23:00:00 Z");
	TS("2023-01-15 10:00 GMT+1", "2023-01-15 09:00:00 Z");
	TS("2023-01-15 10:00 UTC-05:00", "2023-01-15 15:00:00 Z");
	TS("Thu, 14 Mar 2019 10:00:00 +0100", "2019-03-14 09:00:00 Z");
	TS("Tue, 14 Mar 2019 10:00:00 +0100", "NULL");
	TS("Thu, 14 Mar 2019 10:00:00 GMT", "2019-03-14 10:00:00 Z");
	TS("14 Mar 2019 10:00:00 EST", "2019-03-14 15:00:00 Z");
	TS("1673778645", "2023-01-15 10:30:45 Z");
	TS("1673778645.25", "2023-01-15 10:30:45.250000 Z");
	TS("1673778645123", "2023-01-15 10:30:45.123000 Z");
	TS("100000000", "1973-03-03 09:46:40 Z");
	TS("9999999999", "2286-11-20 17:46:39 Z");
	TS_O("15/01/2023 10:00", SM_ORDER_DMY, "2023-01-15 10:00:00");
	TS("0001-01-01 00:30 +01:00", "0000-12-31 23:30:00 Z");

	/* rejected */
	TS("2023-01-15 24:00", "NULL");
	TS("2023-01-15 23:60", "NULL");
	TS("2023-01-15 23:59:60", "NULL");
	TS("2023-01-15 10:30:45.1234567", "NULL");
	TS("2023-01-15 10:30:45.", "NULL");
	TS("2023-01-15 13:00 PM", "NULL");
	TS("2023-01-15 0:00 AM", "NULL");
	TS("2023-01-15 10", "NULL");
	TS("2023-01-15 10:3", "NULL");
	TS("2023-01-15 10:30 XYZ", "NULL");
	TS("2023-01-15 10:30+16:00", "NULL");
	TS("2023-01-15 10:30+01:60", "NULL");
	TS("2023-01-15 10:30+1", "NULL");
	TS("2023-01-15 10:30 Z Z", "NULL");
	TS("2023-01-15 10:30 AM PM", "NULL");
	TS("1673778645.1234567", "NULL");
	TS("1673778645.", "NULL");
	TS("1673778645.1.2", "NULL");
	TS("16737786451", "NULL");
}

static void
test_boolean_missing(void)
{
	CHECK_STR(boolean("true"), "t");
	CHECK_STR(boolean(" TRUE "), "t");
	CHECK_STR(boolean("t"), "t");
	CHECK_STR(boolean("Yes"), "t");
	CHECK_STR(boolean("y"), "t");
	CHECK_STR(boolean("1"), "t");
	CHECK_STR(boolean("on"), "t");
	CHECK_STR(boolean("false"), "f");
	CHECK_STR(boolean("F"), "f");
	CHECK_STR(boolean("no"), "f");
	CHECK_STR(boolean("N"), "f");
	CHECK_STR(boolean("0"), "f");
	CHECK_STR(boolean("OFF"), "f");
	CHECK_STR(boolean("x"), "NULL");
	CHECK_STR(boolean(""), "NULL");
	CHECK_STR(boolean("tru"), "NULL");
	CHECK_STR(boolean("truee"), "NULL");
	CHECK_STR(boolean("2"), "NULL");
	CHECK_STR(boolean("n/a"), "NULL");

	CHECK(sm_tp_is_missing("", 0));
	CHECK(sm_tp_is_missing("  ", 2));
	CHECK(sm_tp_is_missing("\xC2\xA0", 2));
	CHECK(sm_tp_is_missing("N/A", 3));
	CHECK(sm_tp_is_missing(" null ", 6));
	CHECK(sm_tp_is_missing("-", 1));
	CHECK(sm_tp_is_missing("unknown", 7));
	CHECK(sm_tp_is_missing(NULL, 0));
	CHECK(!sm_tp_is_missing("0", 1));
	CHECK(!sm_tp_is_missing("x", 1));
	CHECK(!sm_tp_is_missing("nullx", 5));

	{
		sm_decimal_mark m;
		sm_field_order o;

		CHECK(sm_tp_decimal_mark_option("auto", 4, &m) && m == SM_DECIMAL_AUTO);
		CHECK(sm_tp_decimal_mark_option(",", 1, &m) && m == SM_DECIMAL_COMMA);
		CHECK(sm_tp_decimal_mark_option(".", 1, &m) && m == SM_DECIMAL_POINT);
		CHECK(!sm_tp_decimal_mark_option(";", 1, &m));
		CHECK(!sm_tp_decimal_mark_option("", 0, &m));
		CHECK(sm_tp_field_order_option("dmy", 3, &o) && o == SM_ORDER_DMY);
		CHECK(sm_tp_field_order_option("MDY", 3, &o) && o == SM_ORDER_MDY);
		CHECK(sm_tp_field_order_option("YMD", 3, &o) && o == SM_ORDER_YMD);
		CHECK(sm_tp_field_order_option("Auto", 4, &o) && o == SM_ORDER_AUTO);
		CHECK(!sm_tp_field_order_option("XYZ", 3, &o));
		CHECK(!sm_tp_field_order_option("MD", 2, &o));
	}
}

static void
test_names(void)
{
	char		small[4];
	size_t		n;

	CHECK_STR(name("John Smith", false), "John");
	CHECK_STR(name("John Smith", true), "Smith");
	CHECK_STR(name("  John   van  der Berg ", true), "van der Berg");
	CHECK_STR(name("Smith, John", false), "John");
	CHECK_STR(name("Smith, John", true), "Smith");
	CHECK_STR(name("van der Berg,  Anna  Maria", false), "Anna Maria");
	CHECK_STR(name("Madonna", false), "Madonna");
	CHECK_STR(name("Madonna", true), "NULL");
	CHECK_STR(name("Smith,", true), "Smith");
	CHECK_STR(name("Smith,", false), "NULL");
	CHECK_STR(name(", John", true), "NULL");
	CHECK_STR(name("José\xC2\xA0" "Müller", false), "José");
	CHECK_STR(name("José\xC2\xA0" "Müller", true), "Müller");
	CHECK_STR(name("\xE5\xB1\xB1\xE7\x94\xB0\xE3\x80\x80\xE5\xA4\xAA\xE9\x83\x8E", false),
			  "\xE5\xB1\xB1\xE7\x94\xB0");
	CHECK_STR(name("Ζωή Παπαδοπούλου", true), "Παπαδοπούλου");
	CHECK_STR(name("", false), "NULL");
	CHECK_STR(name("   ", true), "NULL");
	CHECK_STR(name("N/A", false), "NULL");
	CHECK_STR(name("Jos\xE9 Smith", false), "NULL");	/* Latin-1 */
	CHECK_STR(name("\xC0\x80 x", false), "NULL");	/* overlong */
	CHECK_STR(name("\xED\xA0\x80 x", false), "NULL");	/* surrogate */
	CHECK_STR(name("ab\xE2\x82", false), "NULL");	/* truncated */
	CHECK(!sm_tp_split_name("a\0b c", 5, false, small, sizeof(small), &n));
	CHECK(!sm_tp_split_name("abcdef", 6, false, small, sizeof(small), &n));

	/* known first names stay with the first name */
	CHECK_STR(kname("Mary Ann Smith", false), "Mary Ann");
	CHECK_STR(kname("Mary Ann Smith", true), "Smith");
	CHECK_STR(kname("José Luis Da Silva", false), "José Luis");
	CHECK_STR(kname("José Luis Da Silva", true), "Da Silva");
	CHECK_STR(kname("Anna Maria  Nguyễn", false), "Anna Maria");
	CHECK_STR(kname("Anna Maria  Nguyễn", true), "Nguyễn");
	CHECK_STR(kname("Johannes Van der Berg", false), "Johannes");
	CHECK_STR(kname("Johannes Van der Berg", true), "Van der Berg");
	CHECK_STR(kname("Jean Maria Luis Ann", false), "Jean Maria Luis");	/* one word left */
	CHECK_STR(kname("Jean Maria Luis Ann", true), "Ann");
	CHECK_STR(kname("Jean Ann", true), "Ann");	/* two words: never joined */
	CHECK_STR(kname("Jean", true), "NULL");
	CHECK_STR(kname("Smith, Mary Ann", false), "Mary Ann");	/* comma form unchanged */
	CHECK_STR(kname(" Mary \xC2\xA0" "Ann   Smith ", false), "Mary Ann");
	CHECK_STR(kname("Mary Ann ", true), "Ann");
}

int
main(void)
{
	test_numeric();
	test_integer();
	test_date();
	test_timestamp();
	test_boolean_missing();
	test_names();
	return unit_done();
}
