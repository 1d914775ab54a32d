/* Unit tests of src/core/infer.c: type and profile inference. */
#include <stdlib.h>

#include "infer.h"
#include "json.h"
#include "regex.h"
#include "unit.h"
#include "unit_alloc.h"

static sm_profile prof;
static bool have_prof = false;
static sm_buf out;
static int	bad_json = 0;		/* outputs that were not valid JSON */
static int	bad_pattern = 0;	/* patterns that failed to compile or match */

/* The value to match: typed kinds describe the value without surrounding blanks. */
static void
match_span(sm_kind kind, const char **v, size_t *len)
{
	if (kind == SM_KIND_TEXT)
		return;
	while (*len > 0 && strchr(" \t\n\r\v\f", (*v)[0]) && (*v)[0] != '\0')
	{
		(*v)++;
		(*len)--;
	}
	while (*len > 0 && strchr(" \t\n\r\v\f", (*v)[*len - 1]) && (*v)[*len - 1] != '\0')
		(*len)--;
}

/*
 * Check the current profile's pattern against the values: it must compile
 * and match every value that is not a placeholder counted as missing.
 */
static void
check_pattern(const char *const *vals, const size_t *lens, int n)
{
	sm_error	err;
	sm_regex   *re;

	if (prof.pattern == NULL)
		return;
	sm_error_clear(&err);
	re = sm_regex_compile(prof.pattern, strlen(prof.pattern), &err);
	if (re == NULL)
	{
		printf("# pattern %s does not compile: %s\n", prof.pattern, err.message);
		bad_pattern++;
		return;
	}
	for (int i = 0; i < n; i++)
	{
		if (vals[i] == NULL)
			continue;
		if (prof.missing > 0 && sm_infer_is_placeholder(vals[i], lens[i]))
			continue;
		{
			const char *v = vals[i];
			size_t		l = lens[i];

			match_span(prof.kind, &v, &l);
			if (sm_regex_matches(re, v, l))
				continue;
		}
		{
			printf("# pattern %s does not match '%.*s'\n", prof.pattern,
				   (int) lens[i], vals[i]);
			bad_pattern++;
			break;
		}
	}
	sm_regex_free(re);
}

/* Profile n values (NULL: SQL NULL); returns the JSON text. */
static const char *
profile_n(const char *const *vals, const size_t *lens, int n)
{
	sm_infer   *st = sm_infer_create();
	sm_error	err;

	if (have_prof)
		sm_profile_free(&prof);
	have_prof = false;
	sm_buf_free(&out);
	if (st == NULL)
		return "";
	for (int i = 0; i < n; i++)
		if (!sm_infer_add(st, vals[i], lens[i]))
			printf("# add failed\n");
	sm_error_clear(&err);
	if (!sm_infer_finish(st, &prof, &err))
	{
		sm_infer_free(st);
		return "";
	}
	have_prof = true;
	sm_infer_free(st);
	if (!sm_profile_write_json(&prof, &out))
		return "";
	if (!sm_json_valid(out.data, out.len))
	{
		printf("# invalid JSON: %s\n", out.data);
		bad_json++;
	}
	check_pattern(vals, lens, n);
	return out.data;
}

/* Profile newline-separated values; a line "\N" is an SQL NULL. */
static const char *
profile(const char *text)
{
	const char *vals[512];
	size_t		lens[512];
	int			n = 0;
	const char *p = text;

	while (*p && n < 512)
	{
		const char *nl = strchr(p, '\n');
		size_t		l = nl ? (size_t) (nl - p) : strlen(p);

		if (l == 2 && p[0] == '\\' && p[1] == 'N')
		{
			vals[n] = NULL;
			lens[n] = 0;
		}
		else
		{
			vals[n] = p;
			lens[n] = l;
		}
		n++;
		if (!nl)
			break;
		p = nl + 1;
		if (*p == '\0')
		{
			/* "a\n" ends with an empty line: the value '' */
			vals[n] = p;
			lens[n] = 0;
			n++;
		}
	}
	return profile_n(vals, lens, n);
}

static bool
has(const char *needle)
{
	return out.data && strstr(out.data, needle) != NULL;
}

/* Dates, timestamps and times in every layout. */
static void
test_dates(void)
{
	CHECK_STR(profile("2021-03-04\n2021-12-31\n\n2020-02-29"),
			  "{\"type\":\"date\",\"rows\":4,\"nulls\":0,\"null_rate\":0.25,"
			  "\"missing_markers\":{\"\":1},\"distinct\":3,\"distinct_exact\":true,"
			  "\"distinct_ratio\":1,\"unique\":false,\"categorical\":false,"
			  "\"min\":\"2020-02-29\",\"max\":\"2021-12-31\",\"min_length\":10,"
			  "\"max_length\":10,\"avg_length\":10,\"trimmed\":false,"
			  "\"format\":\"YYYY-MM-DD\"}");
	/* MM/DD vs DD/MM decided by the values */
	profile("03/04/2021\n12/25/2021");
	CHECK(prof.kind == SM_KIND_DATE && has("\"format\":\"MM/DD/YYYY\"") &&
		  has("\"min\":\"2021-03-04\"") && !prof.ambiguous);
	profile("25/12/2021\n03/04/2021");
	CHECK(prof.kind == SM_KIND_DATE && has("\"format\":\"DD/MM/YYYY\"") &&
		  has("\"min\":\"2021-04-03\"") && !prof.ambiguous);
	profile("03/04/2021\n04/05/2021");
	CHECK(prof.kind == SM_KIND_DATE && has("\"format\":\"MM/DD/YYYY\"") &&
		  has("\"ambiguous\":true"));
	profile("13/04/2021\n04/13/2021");
	CHECK(prof.kind == SM_KIND_TEXT);
	profile("3/4/2021\n12/25/2021");
	CHECK(has("\"format\":\"M/D/YYYY\""));
	profile("04.03.2021\n05.06.2021");
	CHECK(prof.kind == SM_KIND_DATE && has("\"format\":\"DD.MM.YYYY\"") &&
		  has("\"min\":\"2021-03-04\"") && prof.ambiguous);
	profile("31.12.2021\n01.02.2021");
	CHECK(has("\"format\":\"DD.MM.YYYY\"") && !prof.ambiguous);
	profile("05-Mar-2021\n17-DEC-2020\n01-jan-1999");
	CHECK(prof.kind == SM_KIND_DATE && has("\"format\":\"DD-Mon-YYYY\"") &&
		  has("\"min\":\"1999-01-01\",\"max\":\"2021-03-05\""));
	profile("Mar 05, 2021\nDec 25, 2020");
	CHECK(prof.kind == SM_KIND_DATE && has("\"format\":\"Mon DD, YYYY\"") &&
		  has("\"max\":\"2021-03-05\""));
	profile("5 March 2021\n25 December 2020");
	CHECK(prof.kind == SM_KIND_DATE && has("\"format\":\"D Month YYYY\""));
	profile("2021/03/04\n1999/12/31");
	CHECK(prof.kind == SM_KIND_DATE && has("\"format\":\"YYYY/MM/DD\""));
	profile("2021/03/04\n2021-03-05");
	CHECK(has("\"format\":\"mixed\",\"formats\":[\"YYYY-MM-DD\",\"YYYY/MM/DD\"]"));
	/* YYYYMMDD only when every value is a plausible date */
	profile("20210304\n19991231\n20000229");
	CHECK(prof.kind == SM_KIND_DATE && has("\"format\":\"YYYYMMDD\"") &&
		  has("\"min\":\"1999-12-31\""));
	profile("20210304\n12345678");
	CHECK(prof.kind == SM_KIND_INTEGER);
	profile("20210304\n20211301");
	CHECK(prof.kind == SM_KIND_INTEGER);
	profile("21010101\n20200101");
	CHECK(prof.kind == SM_KIND_INTEGER);
	profile("2021-02-29\n2021-03-01");
	CHECK(prof.kind == SM_KIND_TEXT);
	profile("0000-01-01\n2021-03-01");
	CHECK(prof.kind == SM_KIND_TEXT);

	/* timestamps */
	profile("2021-03-04 10:00:00\n2021-03-04T11:30:00.5");
	CHECK(prof.kind == SM_KIND_TIMESTAMP &&
		  has("\"max\":\"2021-03-04 11:30:00.500000\"") &&
		  has("\"format\":\"YYYY-MM-DDTHH:MM:SS[.ffffff]\""));
	profile("2021-03-04T10:00:00Z\n2021-03-04 10:00:00+02:00\n2021-03-04 10:00:00+01");
	CHECK(prof.kind == SM_KIND_TIMESTAMPTZ &&
		  has("\"min\":\"2021-03-04 08:00:00+00\",\"max\":\"2021-03-04 10:00:00+00\""));
	CHECK_STR(prof.type_name, "timestamp with time zone");
	profile("03/04/2021 10:30 PM\n03/05/2021 9:15 AM\n03/25/2021 12:00 AM");
	CHECK(prof.kind == SM_KIND_TIMESTAMP && !prof.ambiguous &&
		  has("\"min\":\"2021-03-04 22:30:00\"") &&
		  has("\"max\":\"2021-03-25 00:00:00\"") &&
		  has("\"format\":\"MM/DD/YYYY HH:MM AM\""));
	profile("2021-03-04\n2021-03-05 10:00");
	CHECK(prof.kind == SM_KIND_TIMESTAMP &&
		  has("\"format\":\"YYYY-MM-DD[ HH:MM]\""));
	profile("05-Mar-2021 10:00:00\n06-Mar-2021 11:00:00");
	CHECK(prof.kind == SM_KIND_TIMESTAMP && has("\"format\":\"DD-Mon-YYYY HH:MM:SS\""));
	profile("2021-03-04 25:00:00");
	CHECK(prof.kind == SM_KIND_TEXT);
	profile("2021-03-04 13:00 PM");
	CHECK(prof.kind == SM_KIND_TEXT);
	/* times of day */
	profile("10:30\n23:59:59\n9:05 AM");
	CHECK(prof.kind == SM_KIND_TIME && has("\"min\":\"09:05:00\",\"max\":\"23:59:59\"") &&
		  has("\"format\":\"HH:MM[:SS] AM\""));
	CHECK_STR(prof.type_name, "time without time zone");
	profile("10:30:00.25\n08:00:00");
	CHECK(prof.kind == SM_KIND_TIME && has("\"max\":\"10:30:00.250000\""));
	profile("10:30\n2021-03-04");
	CHECK(prof.kind == SM_KIND_TEXT);
	/* PostgreSQL's own infinity */
	profile("2021-03-04\ninfinity\n-infinity");
	CHECK(prof.kind == SM_KIND_DATE && has("\"min\":\"2021-03-04\",\"max\":\"2021-03-04\""));
}

/* Numbers: integer ranges, numeric(p,s), double, formats. */
static void
test_numbers(void)
{
	CHECK_STR(profile("1\n2\n3\n\\N\nN/A"),
			  "{\"type\":\"integer\",\"rows\":5,\"nulls\":1,\"null_rate\":0.4,"
			  "\"missing_markers\":{\"N/A\":1},\"distinct\":3,\"distinct_exact\":true,"
			  "\"distinct_ratio\":1,\"unique\":false,\"categorical\":false,"
			  "\"min\":\"1\",\"max\":\"3\",\"min_length\":1,\"max_length\":1,"
			  "\"avg_length\":1,\"trimmed\":false}");
	CHECK_STR(profile("$1,234.50\n$12.00\n-$5.00\n($3.25)\nN/A\n"),
			  "{\"type\":\"numeric(6,2)\",\"rows\":6,\"nulls\":0,\"null_rate\":0.333333,"
			  "\"missing_markers\":{\"\":1,\"N/A\":1},\"distinct\":4,\"distinct_exact\":true,"
			  "\"distinct_ratio\":1,\"unique\":false,\"categorical\":false,"
			  "\"min\":\"-5.00\",\"max\":\"1234.50\",\"min_length\":6,\"max_length\":9,"
			  "\"avg_length\":7,\"trimmed\":false,\"format\":{\"thousands\":\",\","
			  "\"decimal\":\".\",\"currency\":\"$\",\"currency_position\":\"prefix\","
			  "\"percent\":false,\"parentheses_negative\":true}}");
	CHECK(prof.precision == 6 && prof.scale == 2 && prof.missing == 2);
	/* int4 / int8 / numeric boundaries */
	profile("2147483647\n-2147483648");
	CHECK(prof.kind == SM_KIND_INTEGER && has("\"min\":\"-2147483648\",\"max\":\"2147483647\""));
	profile("2147483648\n1");
	CHECK(prof.kind == SM_KIND_BIGINT);
	profile("-2147483649");
	CHECK(prof.kind == SM_KIND_BIGINT);
	profile("9223372036854775807\n-9223372036854775808");
	CHECK(prof.kind == SM_KIND_BIGINT &&
		  has("\"min\":\"-9223372036854775808\",\"max\":\"9223372036854775807\""));
	profile("9223372036854775808");
	CHECK(prof.kind == SM_KIND_NUMERIC && has("\"type\":\"numeric\""));
	profile("-9223372036854775809");
	CHECK(prof.kind == SM_KIND_NUMERIC);
	profile("123456789012345678901234567890");
	CHECK(prof.kind == SM_KIND_NUMERIC && has("\"max\":\"123456789012345678901234567890\""));
	/* scale */
	profile("0.50\n0.25\n.75");
	CHECK(has("\"type\":\"numeric(2,2)\"") && has("\"min\":\"0.25\",\"max\":\"0.75\""));
	profile("1.5\n22.75\n3");
	CHECK(has("\"type\":\"numeric\"") && prof.precision == -1);
	profile("-0.0\n0.0");
	CHECK(has("\"min\":\"0.0\",\"max\":\"0.0\""));
	/* double precision: exponents, infinity, float output */
	profile("1.5\n2.25\n1e10\nNaN");
	CHECK(prof.kind == SM_KIND_DOUBLE && prof.missing == 0 && prof.distinct == 4 &&
		  has("\"min\":\"1.5\",\"max\":\"10000000000\""));
	CHECK_STR(prof.type_name, "double precision");
	profile("1.5\n2.25\nNaN");
	CHECK(prof.kind == SM_KIND_NUMERIC && has("\"missing_markers\":{\"NaN\":1}"));
	profile("0.30000000000000004\n1.5");
	CHECK(prof.kind == SM_KIND_DOUBLE);
	profile("Infinity\n1.5\n-inf");
	CHECK(prof.kind == SM_KIND_DOUBLE && has("\"min\":\"-Infinity\",\"max\":\"Infinity\""));
	profile("-2.5E-3\n4e+2");
	CHECK(prof.kind == SM_KIND_DOUBLE && has("\"min\":\"-0.0025\",\"max\":\"400\""));
	/* separators and currencies */
	profile("\xE2\x82\xAC" "1.234,50\n" "\xE2\x82\xAC" "12,00");
	CHECK(has("\"type\":\"numeric(6,2)\"") &&
		  has("\"format\":{\"thousands\":\".\",\"decimal\":\",\",\"currency\":\"\xE2\x82\xAC\""));
	profile("1 234,50\n12,00\n-3,10");
	CHECK(has("\"type\":\"numeric(6,2)\"") && has("\"thousands\":\" \",\"decimal\":\",\"") &&
		  has("\"min\":\"-3.10\",\"max\":\"1234.50\""));
	profile("12,50 \xE2\x82\xAC\n1.234,00 \xE2\x82\xAC");
	CHECK(has("\"currency_position\":\"suffix\"") && has("\"max\":\"1234.00\""));
	profile("CHF 1'234.50\nCHF 99.95");
	CHECK(has("\"thousands\":\"'\",\"decimal\":\".\",\"currency\":\"CHF\""));
	profile("1,234\n5,678\n9,000");
	CHECK(prof.kind == SM_KIND_INTEGER && has("\"max\":\"9000\"") && prof.ambiguous);
	profile("1.234\n5.678");
	CHECK(has("\"type\":\"numeric(4,3)\"") && prof.ambiguous);
	profile("1,5\n2,25");
	CHECK(prof.kind == SM_KIND_NUMERIC && has("\"decimal\":\",\"") && !prof.ambiguous);
	profile("1,234.5\n1.234,5");
	CHECK(prof.kind == SM_KIND_TEXT);
	profile("$5\n\xE2\x82\xAC" "5");
	CHECK(prof.kind == SM_KIND_TEXT);
	profile("12%\n5.5%\n-3%");
	CHECK(prof.kind == SM_KIND_NUMERIC && has("\"percent\":true") && has("\"min\":\"-3\""));
	profile("12,34,567");
	CHECK(prof.kind == SM_KIND_TEXT);
	profile("5.\n6.");
	CHECK(prof.kind == SM_KIND_TEXT);
	/* markers in a numeric column */
	profile("1,234.50\nN/A\n\n  \n12.00\n-\nnull");
	CHECK(has("\"type\":\"numeric(6,2)\"") && prof.missing == 5 && prof.nonmissing == 2 &&
		  has("\"missing_markers\":{\"\":1,\"  \":1,\"N/A\":1,\"-\":1,\"null\":1}") &&
		  has("\"null_rate\":0.714286"));
	/* leading zeros: identifiers, not numbers */
	profile("007\n012\n123");
	CHECK(prof.kind == SM_KIND_TEXT && has("\"pattern\":\"[0-9]{3}\"") &&
		  prof.alt_kind == SM_KIND_EMPTY);
	/* whitespace is trimmed for typed readings */
	profile(" 12 \n13\n\t14");
	CHECK(prof.kind == SM_KIND_INTEGER && prof.trimmed && has("\"trimmed\":true") &&
		  has("\"max_length\":4"));
}

/* Booleans, uuid, json. */
static void
test_bool_uuid_json(void)
{
	CHECK_STR(profile("Y\nN\nY\nY"),
			  "{\"type\":\"boolean\",\"rows\":4,\"nulls\":0,\"null_rate\":0,"
			  "\"missing_markers\":{},\"distinct\":2,\"distinct_exact\":true,"
			  "\"distinct_ratio\":0.5,\"unique\":false,\"categorical\":true,"
			  "\"values\":[{\"value\":\"Y\",\"count\":3},{\"value\":\"N\",\"count\":1}],"
			  "\"min_length\":1,\"max_length\":1,\"avg_length\":1,\"trimmed\":false,"
			  "\"format\":\"Y/N\"}");
	profile("yes\nno\nYes\nN/A");
	CHECK(prof.kind == SM_KIND_BOOLEAN && has("\"format\":\"yes/no\"") && prof.missing == 1);
	profile("TRUE\nFALSE");
	CHECK(prof.kind == SM_KIND_BOOLEAN && has("\"format\":\"TRUE/FALSE\""));
	profile("t\nf\nt");
	CHECK(prof.kind == SM_KIND_BOOLEAN && has("\"format\":\"t/f\""));
	profile("on\noff");
	CHECK(has("\"format\":\"on/off\""));
	profile("Yes\nYes");
	CHECK(prof.kind == SM_KIND_BOOLEAN && has("\"format\":\"Yes/No\""));
	/* only 0 and 1: an integer flag, not a boolean */
	profile("1\n0\n1\n1\n0");
	CHECK(prof.kind == SM_KIND_INTEGER && has("\"semantic\":\"flag\"") && prof.categorical);
	profile("1\n0\nyes\nno");
	CHECK(prof.kind == SM_KIND_BOOLEAN && has("\"format\":\"yes/no,1/0\""));
	profile("true\nfalse\nmaybe");
	CHECK(prof.kind == SM_KIND_TEXT);

	profile("8c5f1e3a-0d4b-4c9e-9f1a-2b3c4d5e6f70\n\n123e4567-e89b-12d3-a456-426614174000");
	CHECK(prof.kind == SM_KIND_UUID && has("\"semantic\":\"uuid\"") && prof.format == NULL &&
		  prof.pattern != NULL && prof.missing == 1);
	profile("{8C5F1E3A-0D4B-4C9E-9F1A-2B3C4D5E6F70}\n{123E4567-E89B-12D3-A456-426614174000}");
	CHECK(prof.kind == SM_KIND_UUID &&
		  has("\"format\":\"{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}\""));
	/* typed patterns describe the trimmed values */
	profile(" 8c5f1e3a-0d4b-4c9e-9f1a-2b3c4d5e6f70\t\n{8C5F1E3A-0D4B-4C9E-9F1A-2B3C4D5E6F71}");
	CHECK(prof.kind == SM_KIND_UUID && prof.trimmed && prof.pattern != NULL &&
		  has("\"pattern\":\"\\\\{?([0-9]|a|b|c|d|e|f|A|B|C|D|E|F){8}-"));
	profile("8c5f1e3a-0d4b-4c9e-9f1a-2b3c4d5e6f7");
	CHECK(prof.kind == SM_KIND_TEXT);

	profile("{\"a\":1}\n[1,2]\n {\"b\":[true,null]} ");
	CHECK(prof.kind == SM_KIND_JSON && has("\"type\":\"jsonb\""));
	profile("{\"a\":1}\n[1,2");
	CHECK(prof.kind == SM_KIND_TEXT);
	profile("\"just a string\"\n42x");
	CHECK(prof.kind == SM_KIND_TEXT);
}

/* Semantic labels and patterns of text columns. */
static void
test_semantics(void)
{
	profile("john.doe@example.com\nalice+x@mail.example.org\nN/A\nbob@test.com");
	CHECK(prof.kind == SM_KIND_TEXT && has("\"semantic\":\"email\"") && prof.missing == 1 &&
		  has("\\\\.(com|org)\""));
	profile("a@b.co\nnot an email");
	CHECK(prof.semantic == NULL);
	/* internationalised local parts are e-mail addresses too */
	profile("stanis\xc5\x82" "aw.w\xc3\xb3" "jcik@wp.pl\nleonekohler@surfeu.de\nfrank@apple.com");
	CHECK(prof.semantic != NULL && strcmp(prof.semantic, "email") == 0 && prof.pattern != NULL);
	if (prof.pattern)
	{
		sm_error	rerr;
		sm_regex   *re;

		sm_error_clear(&rerr);
		re = sm_regex_compile(prof.pattern, strlen(prof.pattern), &rerr);
		CHECK(re != NULL);
		if (re)
		{
			const char *v = "stanis\xc5\x82" "aw.w\xc3\xb3" "jcik@wp.pl";

			CHECK(sm_regex_matches(re, v, strlen(v)));
			CHECK(sm_regex_matches(re, "frank@apple.com", 15));
			sm_regex_free(re);
		}
	}
	CHECK_STR(profile("+1 (555) 123-4567\n+1 (555) 987-6543\n+1 (555) 222-0000"),
			  "{\"type\":\"text\",\"rows\":3,\"nulls\":0,\"null_rate\":0,"
			  "\"missing_markers\":{},\"distinct\":3,\"distinct_exact\":true,"
			  "\"distinct_ratio\":1,\"unique\":false,\"categorical\":false,"
			  "\"min_length\":17,\"max_length\":17,\"avg_length\":17,\"trimmed\":false,"
			  "\"semantic\":\"phone\",\"pattern\":\"\\\\+1 \\\\(555\\\\) [0-9]{3}-[0-9]{4}\"}");
	profile("555-123-4567\n(555) 123-4567\n+49 30 1234567\n555.123.4567");
	CHECK(has("\"semantic\":\"phone\"") && prof.pattern != NULL);
	profile("555-1234567890123456\n555-123-4567");
	CHECK(prof.semantic == NULL);
	profile("12345\n12345-6789\n02134");
	CHECK(has("\"semantic\":\"postal_code\",\"pattern\":\"[0-9]{5}(-[0-9]{4})?\""));
	profile("00123\n04567\n90210");
	CHECK(prof.kind == SM_KIND_TEXT && has("\"semantic\":\"postal_code\"") &&
		  prof.alt_kind == SM_KIND_EMPTY);
	profile("K1A 0B1\nM5V3L9");
	CHECK(has("\"semantic\":\"postal_code\",\"pattern\":\"[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]\""));
	profile("SW1A 1AA\nEC1A 1BB\nW1A 0AX\nM1 1AE");
	CHECK(has("\"semantic\":\"postal_code\""));
	profile("http://example.com/a\nhttps://foo.org/b?x=1");
	CHECK(has("\"semantic\":\"url\",\"pattern\":\"(http|https)://"));
	profile("192.168.1.1\n10.0.0.255");
	CHECK(has("\"semantic\":\"ip\",\"pattern\":\"[0-9]{1,3}\\\\.[0-9]{1,3}"));
	profile("192.168.1.256\n10.0.0.1");
	CHECK(prof.semantic == NULL || strcmp(prof.semantic, "ip") != 0);
	profile("2001:db8::1\n::1\nfe80::1ff:fe23:4567:890a");
	CHECK(has("\"semantic\":\"ip\""));
	profile("1:2:3\n::1");
	CHECK(prof.semantic == NULL || strcmp(prof.semantic, "ip") != 0);
	/* shapes */
	profile("INV-000123\nINV-004567\nINV-999999\nN/A");
	CHECK(has("\"pattern\":\"INV-[0-9]{6}\"") && prof.missing == 1);
	profile("ABC-1234\nXYZ-5678\nQRS-0001");
	CHECK(has("\"pattern\":\"[A-Z]{3}-[0-9]{4}\""));
	profile("ab12\nCD345\nx.y");
	CHECK(has("\"pattern\":\"([A-Za-z]{2}[0-9]{2,3}|[a-z]\\\\.[a-z])\""));
	/* free text: placeholders are ordinary values, and in the pattern */
	profile("Alice Smith\nBob Jones\nN/A\n");
	CHECK(prof.missing == 0 && prof.blanks == 1 && prof.nonmissing == 4 &&
		  has("\"blanks\":1") &&
		  has("\"pattern\":\"([A-Za-z]{3,5} [A-Za-z]{5}|N/A)?\""));
	profile("a long sentence with many words in it, more than any shape allows");
	CHECK(prof.pattern == NULL && prof.semantic == NULL);
}

/* Distinct counting, uniqueness, the categorical rule. */
static void
test_distinct(void)
{
	char		text[4096];
	size_t		o = 0;

	for (int i = 0; i < 20; i++)
		o += (size_t) snprintf(text + o, sizeof(text) - o, "red\ngreen\nblue\n");
	text[o - 1] = '\0';
	profile(text);
	CHECK(prof.categorical && prof.nvalues == 3 &&
		  has("\"values\":[{\"value\":\"blue\",\"count\":20},{\"value\":\"green\",\"count\":20},"
			  "{\"value\":\"red\",\"count\":20}]"));
	/* 40 distinct values twice each: categorical; 51 is too many */
	o = 0;
	for (int r = 0; r < 2; r++)
		for (int i = 0; i < 40; i++)
			o += (size_t) snprintf(text + o, sizeof(text) - o, "c%d\n", i);
	text[o - 1] = '\0';
	profile(text);
	CHECK(prof.categorical && prof.distinct == 40 && prof.nvalues == 40);
	o = 0;
	for (int r = 0; r < 2; r++)
		for (int i = 0; i < 51; i++)
			o += (size_t) snprintf(text + o, sizeof(text) - o, "c%d\n", i);
	text[o - 1] = '\0';
	profile(text);
	CHECK(!prof.categorical && prof.distinct == 51 && !has("\"values\""));
	/* distinct ratio above 0.5: not categorical */
	profile("a\nb\nc\nd\na");
	CHECK(!prof.categorical && prof.distinct == 4 && has("\"distinct_ratio\":0.8"));
	/* unique needs at least 10 values */
	profile("1\n2\n3\n4\n5\n6\n7\n8\n9\n10");
	CHECK(prof.unique && has("\"unique\":true"));
	profile("1\n2\n3\n4\n5\n6\n7\n8\n9");
	CHECK(!prof.unique);
	profile("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n10");
	CHECK(!prof.unique);

	/* beyond the exact cap: a HyperLogLog estimate within a few % */
	{
		sm_infer   *st = sm_infer_create();
		sm_profile	p;
		sm_error	err;
		char		buf[32];
		int			n = 1000000;

		for (int i = 0; i < n; i++)
		{
			int			l = snprintf(buf, sizeof(buf), "id-%d", i * 7);

			sm_infer_add(st, buf, (size_t) l);
		}
		sm_error_clear(&err);
		CHECK(sm_infer_finish(st, &p, &err));
		CHECK(!p.distinct_exact && p.unique);
		CHECK_NEAR((double) p.distinct / n, 1.0, 0.03);
		sm_profile_free(&p);
		sm_infer_free(st);

		/* 150,000 distinct values, each twice */
		st = sm_infer_create();
		for (int r = 0; r < 2; r++)
			for (int i = 0; i < 150000; i++)
			{
				int			l = snprintf(buf, sizeof(buf), "%d", i);

				sm_infer_add(st, buf, (size_t) l);
			}
		CHECK(sm_infer_finish(st, &p, &err));
		CHECK(!p.distinct_exact && !p.unique && p.kind == SM_KIND_INTEGER);
		CHECK_NEAR((double) p.distinct / 150000.0, 1.0, 0.03);
		sm_profile_free(&p);
		sm_infer_free(st);

		/* exactly at the cap: still exact */
		st = sm_infer_create();
		for (int i = 0; i < SM_INFER_EXACT_CAP; i++)
		{
			int			l = snprintf(buf, sizeof(buf), "%d", i);

			sm_infer_add(st, buf, (size_t) l);
		}
		CHECK(sm_infer_finish(st, &p, &err));
		CHECK(p.distinct_exact && p.distinct == SM_INFER_EXACT_CAP && p.unique);
		sm_profile_free(&p);
		sm_infer_free(st);
	}
}

/* alt_type and examples for nearly-typed text columns. */
static void
test_alt(void)
{
	char		text[4096];
	size_t		o = 0;

	for (int i = 1; i <= 28; i++)
		o += (size_t) snprintf(text + o, sizeof(text) - o, "2021-03-%02d\n", i);
	o += (size_t) snprintf(text + o, sizeof(text) - o,
						   "garbage\n31/02/2021\nN/A\nthis value is far longer than forty characters, cut");
	profile(text);
	CHECK(prof.kind == SM_KIND_TEXT && prof.alt_kind == SM_KIND_DATE &&
		  has("\"alt_type\":\"date\",\"alt_share\":0.903226") && prof.missing == 1 &&
		  has("\"examples_failing\":[\"garbage\",\"31/02/2021\","
			  "\"this value is far longer than forty char\"]"));
	o = 0;
	for (int i = 1; i <= 95; i++)
		o += (size_t) snprintf(text + o, sizeof(text) - o, "%d.25\n", i);
	o += (size_t) snprintf(text + o, sizeof(text) - o, "x1\nx2\nx3\nx4\nx5");
	profile(text);
	CHECK(prof.alt_kind == SM_KIND_NUMERIC && has("\"alt_type\":\"numeric(4,2)\"") &&
		  has("\"alt_share\":0.95") && prof.nexamples == 3);
	/* below 90%: no alternative */
	profile("1\n2\n3\n4\n5\n6\n7\n8\nx\ny");
	CHECK(prof.alt_kind == SM_KIND_EMPTY && !has("alt_type"));
}

/* Edge cases: nothing, NULLs, long values, bad bytes. */
static void
test_edges(void)
{
	const char *vals[4] = {NULL, NULL, NULL, NULL};
	size_t		lens[4] = {0, 0, 0, 0};

	CHECK_STR(profile_n(vals, lens, 0),
			  "{\"type\":\"text\",\"rows\":0,\"nulls\":0,\"null_rate\":0,"
			  "\"missing_markers\":{},\"distinct\":0,\"distinct_exact\":true,"
			  "\"distinct_ratio\":0,\"unique\":false,\"categorical\":false,"
			  "\"trimmed\":false}");
	CHECK(prof.kind == SM_KIND_EMPTY);
	CHECK_STR(profile("\\N\n\\N"),
			  "{\"type\":\"text\",\"rows\":2,\"nulls\":2,\"null_rate\":1,"
			  "\"missing_markers\":{},\"distinct\":0,\"distinct_exact\":true,"
			  "\"distinct_ratio\":0,\"unique\":false,\"categorical\":false,"
			  "\"trimmed\":false}");
	profile("N/A\n\n\\N");
	CHECK(prof.kind == SM_KIND_EMPTY && prof.missing == 2 && has("\"null_rate\":1"));

	/* a very long value, and a very long JSON value */
	{
		size_t		n = 1 << 20;
		char	   *big = malloc(n + 2);

		memset(big, 'x', n);
		vals[0] = big;
		lens[0] = n;
		vals[1] = "short";
		lens[1] = 5;
		profile_n(vals, lens, 2);
		CHECK(prof.kind == SM_KIND_TEXT && prof.max_length == n && prof.pattern == NULL);
		big[0] = '[';
		for (size_t i = 1; i + 1 < n; i += 2)
		{
			big[i] = '1';
			big[i + 1] = ',';
		}
		big[n - 1] = '1';
		big[n] = ']';
		lens[0] = n + 1;
		profile_n(vals, lens, 1);
		CHECK(prof.kind == SM_KIND_JSON);
		free(big);
	}

	/* invalid UTF-8: counted per byte, replaced in the JSON */
	vals[0] = "\xff\xfe";
	lens[0] = 2;
	vals[1] = "\xc3\xa9t\xc3\xa9";
	lens[1] = 5;
	vals[2] = "\xff\xfe";
	lens[2] = 2;
	vals[3] = "\xc3\xa9t\xc3\xa9";
	lens[3] = 5;
	profile_n(vals, lens, 4);
	CHECK(prof.kind == SM_KIND_TEXT && prof.min_length == 2 && prof.max_length == 3 &&
		  prof.categorical &&
		  has("{\"value\":\"\\ufffd\\ufffd\",\"count\":2}") && has("\"value\":\"\xc3\xa9t\xc3\xa9\""));
	vals[0] = "\xed\xa0\x80";	/* an encoded surrogate */
	lens[0] = 3;
	vals[1] = "\xf0\x9f\x98\x80";	/* U+1F600 */
	lens[1] = 4;
	profile_n(vals, lens, 2);
	CHECK(prof.min_length == 1 && prof.max_length == 3);

	/* embedded NUL bytes: never typed, escaped safely for jsonb */
	vals[0] = "1\0002";
	lens[0] = 3;
	vals[1] = "1\0002";
	lens[1] = 3;
	vals[2] = "12";
	lens[2] = 2;
	vals[3] = "12";
	lens[3] = 2;
	profile_n(vals, lens, 4);
	CHECK(prof.kind == SM_KIND_TEXT && prof.distinct == 2 && prof.max_length == 3 &&
		  has("{\"value\":\"1\\ufffd2\",\"count\":2}") && !has("\\u0000"));
	vals[0] = "N\000A";
	lens[0] = 3;
	profile_n(vals, lens, 1);
	CHECK(prof.missing == 0 && prof.nonmissing == 1);

	/* control characters and quotes are escaped */
	vals[0] = "\"q\"\\\t\x01";
	lens[0] = 6;
	vals[1] = vals[0];
	lens[1] = lens[0];
	profile_n(vals, lens, 2);
	CHECK(has("{\"value\":\"\\\"q\\\"\\\\\\t\\u0001\",\"count\":2}"));
	CHECK(bad_json == 0);

	/* the accumulator takes more values after finish */
	{
		sm_infer   *st = sm_infer_create();
		sm_profile	p;
		sm_error	err;

		sm_error_clear(&err);
		sm_infer_add(st, "1", 1);
		CHECK(sm_infer_finish(st, &p, &err) && p.kind == SM_KIND_INTEGER);
		sm_profile_free(&p);
		sm_infer_add(st, "x", 1);
		CHECK(sm_infer_finish(st, &p, &err) && p.kind == SM_KIND_TEXT && p.rows == 2);
		sm_profile_free(&p);
		sm_profile_free(&p);	/* twice is harmless */
		sm_infer_free(st);
		sm_infer_free(NULL);
		CHECK(!sm_infer_finish(NULL, &p, &err) && err.code == SM_EINVAL);
	}
	CHECK(sm_infer_is_placeholder(" n/a ", 5) && sm_infer_is_placeholder("", 0) &&
		  !sm_infer_is_placeholder("n/ab", 4) && !sm_infer_is_placeholder(NULL, 0));
	CHECK_STR(sm_kind_name(SM_KIND_TIMESTAMPTZ), "timestamp with time zone");
}


/* Every allocation failure is reported, never crashes nor leaks. */
static void
test_oom(void)
{
	static const sm_allocator failing = {test_alloc, test_realloc, test_free};
	static const sm_allocator plain = {malloc, realloc, test_free};
	static const char *const vals[] = {
		"red", "green", "N/A", "red", "", "blue", "\xff", "2021-03-04", "x@y.org"
	};
	int			ok = 0,
				failed = 0,
				wrong = 0;

	sm_set_allocator(&failing);
	for (long budget = 0; budget < 40; budget++)
	{
		sm_infer   *st;
		sm_profile	p;
		sm_error	err;
		sm_buf		b;
		bool		good = true;

		alloc_budget = budget;
		sm_error_clear(&err);
		st = sm_infer_create();
		if (st == NULL)
		{
			failed++;
			continue;
		}
		for (int r = 0; r < 3; r++)
			for (size_t i = 0; i < sizeof(vals) / sizeof(vals[0]); i++)
				good &= sm_infer_add(st, vals[i], strlen(vals[i]));
		if (sm_infer_finish(st, &p, &err))
		{
			sm_buf_init(&b);
			if (sm_profile_write_json(&p, &b))
				ok++;
			else
				failed++;
			sm_buf_free(&b);
			sm_profile_free(&p);
			if (!good)
				wrong++;
		}
		else if (err.code == SM_ENOMEM)
			failed++;
		else
			wrong++;
		sm_infer_free(st);
	}
	alloc_budget = -1;
	sm_set_allocator(&plain);
	CHECK(ok > 0 && failed > 0 && wrong == 0);
}

int
main(void)
{
	sm_buf_init(&out);
	test_dates();
	test_numbers();
	test_bool_uuid_json();
	test_semantics();
	test_distinct();
	test_alt();
	test_edges();
	test_oom();
	CHECK(bad_json == 0);
	CHECK(bad_pattern == 0);
	if (have_prof)
		sm_profile_free(&prof);
	sm_buf_free(&out);
	return unit_done();
}
