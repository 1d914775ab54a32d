/* Unit tests of src/core/regex.c. */
#include <stdlib.h>

#include "regex.h"
#include "unit.h"
#include "unit_alloc.h"

/* Compile a NUL-terminated pattern, reporting failures as TAP comments. */
static sm_regex *
compile(const char *p)
{
	sm_error	err;
	sm_regex   *re;

	memset(&err, 0, sizeof(err));
	re = sm_regex_compile(p, strlen(p), &err);
	if (re == NULL)
		printf("# compile of /%s/ failed: %s\n", p, err.message);
	return re;
}

/* Number of UTF-8 characters in s[0..n). */
static size_t
utf8_chars(const char *s, size_t n)
{
	size_t		c = 0;

	for (size_t i = 0; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

/* Whether pattern p matches string s (full match). */
static int
matches(const char *p, const char *s)
{
	sm_regex   *re = compile(p);
	int			r;

	if (re == NULL)
		return -1;
	r = sm_regex_matches(re, s, strlen(s));
	sm_regex_free(re);
	return r;
}

/*
 * Compilation of p (len bytes) must fail with the given code, with path
 * "offset N" and the offset in a lower-case message without final period.
 */
static int
expect_error(const char *p, size_t len, sm_errcode code, size_t offset)
{
	sm_error	err;
	sm_regex   *re;
	char		path[64];
	char		at[64];
	size_t		ml;
	int			ok;

	memset(&err, 0, sizeof(err));
	re = sm_regex_compile(p, len, &err);
	if (re != NULL)
	{
		printf("# /%.*s/ unexpectedly compiled\n", (int) (len > 60 ? 60 : len), p);
		sm_regex_free(re);
		return 0;
	}
	snprintf(path, sizeof(path), "offset %zu", offset);
	snprintf(at, sizeof(at), "at offset %zu: ", offset);
	ml = strlen(err.message);
	ok = err.code == code && strcmp(err.path, path) == 0 &&
		strstr(err.message, at) != NULL && ml > 0 &&
		err.message[ml - 1] != '.' &&
		!(err.message[0] >= 'A' && err.message[0] <= 'Z');
	if (!ok)
		printf("# /%.*s/: code %d path \"%s\" message \"%s\"\n",
			   (int) (len > 60 ? 60 : len), p, err.code, err.path, err.message);
	return ok;
}

typedef struct err_case
{
	const char *pattern;
	sm_errcode	code;
	size_t		offset;
} err_case;

static const err_case error_cases[] = {
	/* syntax */
	{"(a", SM_EREGEX, 0},
	{"a)", SM_EREGEX, 1},
	{"(a|b", SM_EREGEX, 0},
	{"x(a(b)", SM_EREGEX, 1},
	{"[abc", SM_EREGEX, 0},
	{"[]", SM_EREGEX, 0},
	{"[^]", SM_EREGEX, 0},
	{"[[:alpha:]", SM_EREGEX, 0},
	{"*a", SM_EREGEX, 0},
	{"+a", SM_EREGEX, 0},
	{"?a", SM_EREGEX, 0},
	{"{3}", SM_EREGEX, 0},
	{"a**", SM_EREGEX, 2},
	{"a+*", SM_EREGEX, 2},
	{"a?*", SM_EREGEX, 2},
	{"a*??", SM_EREGEX, 3},
	{"a|*b", SM_EREGEX, 2},
	{"(*a)", SM_EREGEX, 1},
	{"a{2}{3}", SM_EREGEX, 4},
	{"^*", SM_EREGEX, 1},
	{"a$+", SM_EREGEX, 2},
	{"a{3,2}", SM_EREGEX, 1},
	{"a{3", SM_EREGEX, 1},
	{"a{1,x}", SM_EREGEX, 4},
	{"a{1, 2}", SM_EREGEX, 4},
	{"[z-a]", SM_EREGEX, 1},
	{"[a-c-e]", SM_EREGEX, 4},
	{"[\\d-z]", SM_EREGEX, 3},
	{"[a-\\d]", SM_EREGEX, 3},
	{"[a-[:digit:]]", SM_EREGEX, 3},
	{"[[:foo:]]", SM_EREGEX, 1},
	{"a\\", SM_EREGEX, 1},
	{"\\q", SM_EREGEX, 0},
	{"ab\\N", SM_EREGEX, 2},
	{"\\x", SM_EREGEX, 0},
	{"\\u12", SM_EREGEX, 0},
	{"\\x110000", SM_EREGEX, 0},
	{"\\U00110000", SM_EREGEX, 0},
	{"[\\A]", SM_EREGEX, 1},
	{"(?", SM_EREGEX, 0},
	{"(?)", SM_EREGEX, 0},
	{"a(?#comment", SM_EREGEX, 1},
	/* unsupported */
	{"\\1", SM_EUNSUPPORTED, 0},
	{"(a)b\\1", SM_EUNSUPPORTED, 4},
	{"\\0", SM_EUNSUPPORTED, 0},
	{"(?=a)", SM_EUNSUPPORTED, 0},
	{"x(?!a)", SM_EUNSUPPORTED, 1},
	{"(?<=a)b", SM_EUNSUPPORTED, 0},
	{"(?<!a)b", SM_EUNSUPPORTED, 0},
	{"(?<name>a)", SM_EUNSUPPORTED, 0},
	{"(?P<name>a)", SM_EUNSUPPORTED, 0},
	{"(?i)abc", SM_EUNSUPPORTED, 0},
	{"a(?x:b)", SM_EUNSUPPORTED, 1},
	{"\\bword", SM_EUNSUPPORTED, 0},
	{"a\\B", SM_EUNSUPPORTED, 1},
	{"\\ya", SM_EUNSUPPORTED, 0},
	{"a\\Y", SM_EUNSUPPORTED, 1},
	{"\\ma", SM_EUNSUPPORTED, 0},
	{"a\\M", SM_EUNSUPPORTED, 1},
	{"[[=a=]]", SM_EUNSUPPORTED, 1},
	{"[[.a.]]", SM_EUNSUPPORTED, 1},
	{"***=abc", SM_EUNSUPPORTED, 0},
	{"a^b", SM_EUNSUPPORTED, 1},
	{"a$b", SM_EUNSUPPORTED, 1},
	{"(a$)b", SM_EUNSUPPORTED, 2},
	{"x*^", SM_EUNSUPPORTED, 2},
	{"(^a)*", SM_EUNSUPPORTED, 1},
	{"a\\Ab", SM_EUNSUPPORTED, 1},
	{"a\\Zb", SM_EUNSUPPORTED, 1},
	/* limits */
	{"a{256}", SM_ELIMIT, 1},
	{"a{1,300}", SM_ELIMIT, 1},
	{"a{99999999999}", SM_ELIMIT, 1},
	{"x(a{200}){100}", SM_ELIMIT, 9},
	{"((a{20}){20}){40}", SM_ELIMIT, 13},
};

/* Patterns whose samples must all match and stay within the length bounds. */
static const char *const sample_patterns[] = {
	"[a-z]{4,10}@example\\.(com|org)",
	"[A-Z]{3}-[0-9]{4}",
	"\\d{5}(-\\d{4})?",
	"(Mr|Ms|Dr)\\. [A-Z][a-z]+",
	"INV-\\d{6}",
	"\\d{3}-\\d{3}-\\d{4}",
	"[A-F0-9]{8}",
	"^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,6}$",
	"\\w+\\s\\w+",
	"[^aeiou]{3,5}",
	".*foo.*",
	"(a|b)*abb",
	"(?:ab|cd)+e?",
	"[[:upper:]][[:lower:]]{2,8}",
	"[[:alnum:]_-]{8}",
	"[[:xdigit:]]{4}(:[[:xdigit:]]{4}){3}",
	"[[:punct:][:space:]]{1,4}",
	"\\D\\W\\S",
	"[\\d\\s]{2,3}",
	"\xc3\xa9{1,3}[\xce\xb1-\xcf\x89]+\xe2\x82\xac",
	"\\u00e9\\x41BC\\U0001F600",
	"(a|)(b|)(c|)",
	"x{0}y",
	"((a|b){2}|c{3,})d",
	"\\(\\d{3}\\) \\d{3}-\\d{4}",
	"[]a-]{2}",
	"[^]a-]{2}",
	"a*?b+?c??d{1,2}?",
	"(?#comment)z(?:)",
	"\\n\\t[\\r\\f\\v\\b]\\a\\e\\cA",
	"\\Aabc\\Z",
	"(foo|foobar)(bar)?",
	"[a-c]{1,3}|[b-d]{2,4}",
	"(ab|a)(bc|c)",
	"[--/]{2}[%--]",
	"\\/\\-\\.\\\\\\[\\]\\(\\)\\{\\}\\*\\+\\?\\|\\^\\$",
	"a{,3}b{x}c{",
	"(^a|b$)",
	"^^a$$",
	"()^(?:$)",
	"[\\u0041-\\u005A\\x30-\\x39]{3}",
	"(a|b|c|d|e|f|g|h){0,30}a(a|b|c|d|e|f|g|h){30}",
};

/* Sample n strings of p: each must match and have a length within bounds. */
static int
check_samples(const char *p, int n, uint64_t seed)
{
	sm_regex   *re = compile(p);
	sm_rng		rng;
	int			ok = 1;

	if (re == NULL)
		return 0;
	sm_rng_init(&rng, seed, 1, 2);
	for (int i = 0; i < n && ok; i++)
	{
		sm_buf		b;
		size_t		chars;

		sm_buf_init(&b);
		if (!sm_regex_sample(re, &rng, &b))
		{
			printf("# /%s/: sample failed\n", p);
			ok = 0;
		}
		else
		{
			const char *s = b.data ? b.data : "";

			chars = utf8_chars(s, b.len);
			if (!sm_regex_matches(re, s, b.len) ||
				chars < sm_regex_min_length(re) ||
				chars > sm_regex_max_length(re))
			{
				printf("# /%s/: bad sample \"%s\"\n", p, s);
				ok = 0;
			}
		}
		sm_buf_free(&b);
	}
	sm_regex_free(re);
	return ok;
}

/* qsort comparator of C strings. */
static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/*
 * For an enumerable pattern with a small language: nth over [0, count)
 * gives matching, pairwise distinct strings and nth(count) fails.  When
 * alpha is given, also checks that every string uses only those bytes and
 * at most maxlen of them (so that the set equals a brute-force one).
 */
static int
check_enumeration(const char *p, uint64_t expect_count, const char *alpha,
				  size_t maxlen)
{
	sm_regex   *re = compile(p);
	uint64_t	n;
	char	  **all;
	int			ok = 1;
	sm_buf		b;

	if (re == NULL)
		return 0;
	if (!sm_regex_enumerable(re) || sm_regex_count(re) != (double) expect_count)
	{
		printf("# /%s/: enumerable %d count %.17g, expected %llu\n", p,
			   sm_regex_enumerable(re), sm_regex_count(re),
			   (unsigned long long) expect_count);
		sm_regex_free(re);
		return 0;
	}
	n = expect_count;
	all = calloc(n + 1, sizeof(char *));
	for (uint64_t k = 0; k < n && ok; k++)
	{
		sm_buf_init(&b);
		if (!sm_regex_nth(re, k, &b))
		{
			printf("# /%s/: nth(%llu) failed\n", p, (unsigned long long) k);
			ok = 0;
		}
		else
		{
			const char *s = b.data ? b.data : "";

			if (!sm_regex_matches(re, s, b.len))
			{
				printf("# /%s/: nth(%llu) = \"%s\" does not match\n", p,
					   (unsigned long long) k, s);
				ok = 0;
			}
			if (alpha && (b.len > maxlen || strspn(s, alpha) != b.len))
			{
				printf("# /%s/: nth(%llu) = \"%s\" outside the alphabet\n", p,
					   (unsigned long long) k, s);
				ok = 0;
			}
			all[k] = malloc(b.len + 1);
			memcpy(all[k], s, b.len + 1);
		}
		sm_buf_free(&b);
	}
	if (ok)
	{
		qsort(all, n, sizeof(char *), cmp_str);
		for (uint64_t k = 1; k < n; k++)
		{
			if (strcmp(all[k - 1], all[k]) == 0)
			{
				printf("# /%s/: duplicate \"%s\"\n", p, all[k]);
				ok = 0;
				break;
			}
		}
	}
	sm_buf_init(&b);
	if (sm_regex_nth(re, n, &b))
	{
		printf("# /%s/: nth(count) succeeded\n", p);
		ok = 0;
	}
	sm_buf_free(&b);
	for (uint64_t k = 0; k < n; k++)
		free(all[k]);
	free(all);
	sm_regex_free(re);
	return ok;
}

/*
 * Count the strings over alphabet alpha of length <= maxlen that the
 * pattern matches, by brute force (an independent check of the count).
 */
static uint64_t
brute_count(const char *p, const char *alpha, size_t maxlen)
{
	sm_regex   *re = compile(p);
	size_t		na = strlen(alpha);
	uint64_t	c = 0;
	char		s[32];
	size_t		idx[32];

	if (re == NULL)
		return UINT64_MAX;
	for (size_t len = 0; len <= maxlen; len++)
	{
		memset(idx, 0, sizeof(idx));
		for (;;)
		{
			size_t		i;

			for (i = 0; i < len; i++)
				s[i] = alpha[idx[i]];
			s[len] = '\0';
			if (sm_regex_matches(re, s, len))
				c++;
			/* odometer */
			for (i = 0; i < len; i++)
			{
				if (++idx[i] < na)
					break;
				idx[i] = 0;
			}
			if (i == len)
				break;
		}
	}
	sm_regex_free(re);
	return c;
}

/* The k-th string of p, in a static buffer ("<fail>" on failure). */
static const char *
nth_str(sm_regex *re, uint64_t k)
{
	static char out[256];
	sm_buf		b;

	sm_buf_init(&b);
	if (sm_regex_nth(re, k, &b))
		snprintf(out, sizeof(out), "%s", b.data ? b.data : "");
	else
		snprintf(out, sizeof(out), "<fail>");
	sm_buf_free(&b);
	return out;
}


/* Sum of 26^k for k in [lo, hi]. */
static uint64_t
pow_sum(uint64_t base, int lo, int hi)
{
	uint64_t	s = 0,
				p = 1;

	for (int k = 0; k <= hi; k++)
	{
		if (k >= lo)
			s += p;
		p *= base;
	}
	return s;
}

int
main(void)
{
	char		what[300];

	/* ---- errors: code, path and offset ---- */
	for (size_t i = 0; i < sizeof(error_cases) / sizeof(error_cases[0]); i++)
	{
		const err_case *e = &error_cases[i];

		snprintf(what, sizeof(what), "error for /%s/", e->pattern);
		unit_check(expect_error(e->pattern, strlen(e->pattern), e->code,
								e->offset), __FILE__, __LINE__, what);
	}
	/* invalid UTF-8, NUL bytes */
	CHECK(expect_error("ab\xff", 3, SM_EREGEX, 2));
	CHECK(expect_error("a\xc3(", 3, SM_EREGEX, 1));
	CHECK(expect_error("[a\xed\xa0\x80]", 6, SM_EREGEX, 2));
	CHECK(expect_error("a\0b", 3, SM_EREGEX, 1));
	/* pattern length, node count and nesting limits */
	{
		static char big[SM_REGEX_MAX_PATTERN + 2];
		char		nest[200];
		sm_regex   *re;
		int			d;

		memset(big, 'a', SM_REGEX_MAX_PATTERN + 1);
		CHECK(expect_error(big, SM_REGEX_MAX_PATTERN + 1, SM_ELIMIT,
						   SM_REGEX_MAX_PATTERN));
		CHECK(expect_error(big, SM_REGEX_MAX_NODES + 1, SM_ELIMIT,
						   SM_REGEX_MAX_NODES));
		/* SM_REGEX_MAX_NODES - 1 literals (plus the concatenation) fit */
		big[SM_REGEX_MAX_NODES - 1] = '\0';
		re = compile(big);
		CHECK(re != NULL && sm_regex_count(re) == 1.0 &&
			  sm_regex_min_length(re) == SM_REGEX_MAX_NODES - 1);
		sm_regex_free(re);

		d = 0;
		for (int i = 0; i < SM_REGEX_MAX_DEPTH + 1; i++)
			nest[d++] = '(';
		nest[d++] = 'a';
		for (int i = 0; i < SM_REGEX_MAX_DEPTH + 1; i++)
			nest[d++] = ')';
		CHECK(expect_error(nest, d, SM_ELIMIT, SM_REGEX_MAX_DEPTH));
		/* exactly SM_REGEX_MAX_DEPTH levels are accepted */
		re = sm_regex_compile(nest + 1, d - 2, NULL);
		CHECK(re != NULL && sm_regex_matches(re, "a", 1));
		sm_regex_free(re);
		/* deep nesting of ')' alone fails cleanly too */
		memset(big, '(', SM_REGEX_MAX_PATTERN);
		CHECK(expect_error(big, SM_REGEX_MAX_PATTERN, SM_ELIMIT,
						   SM_REGEX_MAX_DEPTH));
		memset(big, ')', SM_REGEX_MAX_PATTERN);
		CHECK(expect_error(big, SM_REGEX_MAX_PATTERN, SM_EREGEX, 0));
	}
	/* the largest repeat bound is accepted */
	{
		sm_regex   *re = compile("a{255}");

		CHECK(re != NULL && sm_regex_min_length(re) == 255 &&
			  sm_regex_count(re) == 1.0);
		sm_regex_free(re);
	}

	/* ---- samples fully match ---- */
	for (size_t i = 0; i < sizeof(sample_patterns) / sizeof(sample_patterns[0]); i++)
	{
		snprintf(what, sizeof(what), "1000 samples of /%s/ match",
				 sample_patterns[i]);
		unit_check(check_samples(sample_patterns[i], 1000, i), __FILE__,
				   __LINE__, what);
	}

	/* ---- counts of small languages equal brute force ---- */
	{
		static const struct
		{
			const char *p;
			const char *alpha;
			size_t		maxlen;
		}			bc[] = {
			{"(a|ab)(c|bcd)?", "abcd", 6},
			{"a?a?a?", "ab", 4},
			{"(a|b){0,3}", "abc", 4},
			{"(ab|a)(ba|a)?", "ab", 5},
			{"[ab]{1,2}c?", "abc", 4},
			{"(a|)(b|)", "ab", 3},
			{"a{2,4}|a{3,5}", "a", 7},
			{"(aa|a){0,4}", "a", 10},
			{"(a|b|ab){1,3}", "ab", 7},
			{"[a-c]{1,3}|[b-d]{2,4}", "abcde", 5},
			{"x(y|yy)(y|)", "xy", 6},
			{"((a|b){2}|c{1,2})d?", "abcd", 4},
			{"(a|b)(a|b)?(a|b)?|(ab){1,3}", "ab", 7},
			{"(a?){5}b?", "ab", 7},
			{"[^\\s\\S]|z", "z", 2},
			{"(a|a|a)(b|b)", "ab", 3},
		};

		for (size_t i = 0; i < sizeof(bc) / sizeof(bc[0]); i++)
		{
			uint64_t	want = brute_count(bc[i].p, bc[i].alpha, bc[i].maxlen);

			snprintf(what, sizeof(what),
					 "count and enumeration of /%s/ equal brute force (%llu)",
					 bc[i].p, (unsigned long long) want);
			unit_check(check_enumeration(bc[i].p, want, bc[i].alpha,
										 bc[i].maxlen), __FILE__, __LINE__, what);
		}
	}

	/* ---- exact counts and injective enumeration of larger languages ---- */
	{
		static const struct
		{
			const char *p;
			uint64_t	count;
		}			ec[] = {
			{"[A-Z]{2}-\\d{2}", 67600},
			{"(a|b)*abb", 511},
			{"a*a*", 17},
			{"[a-c]{1,3}(x|xy)?", 39 * 3},
			{"(Mr|Ms|Dr)\\. [A-C][a-b]{0,2}", 3 * 3 * 7},
			{"\\d{3}(-\\d{2})?", 1000 + 100000},
			{"[[:xdigit:]]{3}", 22 * 22 * 22},
			{"(\\w|-){0,2}", 1 + 64 + 64 * 64},
			{".{0,2}", 1 + 95 + 95 * 95},
			{"[^a-z]{2}", 69 * 69},
		};

		for (size_t i = 0; i < sizeof(ec) / sizeof(ec[0]); i++)
		{
			uint64_t	want = ec[i].count;

			snprintf(what, sizeof(what),
					 "/%s/ count is %llu and nth is injective", ec[i].p,
					 (unsigned long long) want);
			unit_check(check_enumeration(ec[i].p, want, NULL, 0), __FILE__,
					   __LINE__, what);
		}
	}
	/* ambiguous unbounded patterns: count = number of distinct nth strings */
	{
		static const char *const amb[] = {
			"(a|ab)*(b|ba)*", "(0|1|01|10){1,6}", "(x|y)*(y|x)*", ".?.?",
			"(a*|b*){1,2}", "(ab|a)*(ba|b)?", "(a?b?){3}", "(a|b|ab|ba){0,4}"
		};

		for (size_t i = 0; i < sizeof(amb) / sizeof(amb[0]); i++)
		{
			sm_regex   *re = compile(amb[i]);
			double		c = re ? sm_regex_count(re) : -1;

			sm_regex_free(re);
			snprintf(what, sizeof(what),
					 "/%s/ (count %.0f) is enumerable and injective", amb[i], c);
			unit_check(c > 0 && c < 3e6 &&
					   check_enumeration(amb[i], (uint64_t) c, NULL, 0),
					   __FILE__, __LINE__, what);
		}
	}

	/* ---- real key patterns: exact counts, enumerable, order ---- */
	{
		sm_regex   *re;
		uint64_t	email = 2 * pow_sum(26, 4, 10);

		re = compile("[A-Z]{3}-\\d{4}");
		CHECK(re && sm_regex_enumerable(re) && sm_regex_count(re) == 175760000.0);
		CHECK_STR(nth_str(re, 0), "AAA-0000");
		CHECK_STR(nth_str(re, 1), "AAA-0001");
		CHECK_STR(nth_str(re, 10000), "AAB-0000");
		CHECK_STR(nth_str(re, 175759999), "ZZZ-9999");
		CHECK_STR(nth_str(re, 175760000), "<fail>");
		sm_regex_free(re);

		re = compile("INV-\\d{6}");
		CHECK(re && sm_regex_enumerable(re) && sm_regex_count(re) == 1e6);
		CHECK_STR(nth_str(re, 123456), "INV-123456");
		sm_regex_free(re);

		re = compile("\\d{3}-\\d{3}-\\d{4}");
		CHECK(re && sm_regex_enumerable(re) && sm_regex_count(re) == 1e10);
		CHECK_STR(nth_str(re, 5551234567ULL), "555-123-4567");
		sm_regex_free(re);

		re = compile("[A-F0-9]{8}");
		CHECK(re && sm_regex_enumerable(re) && sm_regex_count(re) == 4294967296.0);
		CHECK_STR(nth_str(re, 0xDEADBEEF), "DEADBEEF");
		CHECK(sm_regex_min_length(re) == 8 && sm_regex_max_length(re) == 8);
		sm_regex_free(re);

		re = compile("[a-z]{4,10}@example\\.(com|org)");
		CHECK(re && sm_regex_enumerable(re) && sm_regex_count(re) == (double) email);
		CHECK(sm_regex_min_length(re) == 16 && sm_regex_max_length(re) == 22);
		CHECK_STR(nth_str(re, 0), "aaaa@example.com");
		CHECK_STR(nth_str(re, 1), "aaaa@example.org");
		CHECK_STR(nth_str(re, email - 1), "zzzzzzzzzz@example.org");
		sm_regex_free(re);

		re = compile("\\d{5}(-\\d{4})?");
		CHECK(re && sm_regex_enumerable(re) && sm_regex_count(re) == 1000100000.0);
		CHECK(sm_regex_min_length(re) == 5 && sm_regex_max_length(re) == 10);
		sm_regex_free(re);

		/* random k far apart give distinct matching strings */
		re = compile("(Mr|Ms|Dr)\\. [A-Z][a-z]+ [A-Z][a-z]{2,12}");
		if (re)
		{
			sm_rng		rng;
			char	  **v = calloc(2000, sizeof(char *));
			double		cd = sm_regex_count(re);
			uint64_t	c = cd > 1e18 ? UINT64_C(1000000000000000000) : (uint64_t) cd;
			int			ok = sm_regex_enumerable(re) && cd > 1e20;

			sm_rng_init(&rng, 5, 6, 7);
			for (int i = 0; i < 2000 && ok; i++)
			{
				sm_buf		b;

				sm_buf_init(&b);
				ok = sm_regex_nth(re, (uint64_t) i * (c / 2000) +
								  sm_rng_below(&rng, c / 2000), &b) &&
					sm_regex_matches(re, b.data, b.len);
				v[i] = malloc(b.len + 1);
				memcpy(v[i], b.data ? b.data : "", b.len + 1);
				sm_buf_free(&b);
			}
			if (ok)
			{
				qsort(v, 2000, sizeof(char *), cmp_str);
				for (int i = 1; i < 2000; i++)
					if (strcmp(v[i - 1], v[i]) == 0)
						ok = 0;
			}
			for (int i = 0; i < 2000; i++)
				free(v[i]);
			free(v);
			CHECK(ok);
		}
		sm_regex_free(re);
	}

	/* ---- huge languages saturate to +inf without overflow ---- */
	{
		sm_regex   *re = compile(".{255}");
		sm_buf		b;

		CHECK(re && sm_regex_enumerable(re) && isinf(sm_regex_count(re)));
		sm_buf_init(&b);
		CHECK(re && sm_regex_nth(re, UINT64_MAX - 1, &b) && b.len == 255 &&
			  sm_regex_matches(re, b.data, b.len));
		sm_buf_free(&b);
		sm_regex_free(re);

		re = compile("[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,255}\\.[a-z]{2,6}");
		CHECK(re && sm_regex_enumerable(re) && isinf(sm_regex_count(re)));
		CHECK(re && sm_regex_min_length(re) == 6 && sm_regex_max_length(re) == 327);
		sm_regex_free(re);

		re = compile("(\\d{3}){3}");
		CHECK(re && sm_regex_count(re) == 1e9);
		sm_regex_free(re);
	}

	/* ---- non-enumerable fallback: upper bound, still valid strings ---- */
	{
		sm_regex   *re = compile("(a|b){0,30}a(a|b){20}");
		int			ok = re != NULL;

		CHECK(re && !sm_regex_enumerable(re));
		/* parse trees: sum over r of 2^r * 2^20 */
		CHECK(re && sm_regex_count(re) == (double) ((UINT64_C(1) << 31) - 1) *
			  (double) (UINT64_C(1) << 20));
		for (uint64_t k = 0; ok && k < 200; k++)
		{
			sm_buf		b;

			sm_buf_init(&b);
			ok = sm_regex_nth(re, k * 1234567, &b) &&
				sm_regex_matches(re, b.data, b.len);
			sm_buf_free(&b);
		}
		CHECK(ok);
		sm_regex_free(re);
	}

	/* ---- emptiness ---- */
	{
		static const char *const empty[] = {
			"[^\\s\\S]", "a[^\\s\\S]b", "([^\\x20-\\x7e])", "\\x00", "[^[:print:]]{2}",
			"(a|[^\\s\\S]){2}[^\\s\\S]+"
		};
		static const char *const nonempty[] = {
			"[^\\s\\S]*", "a|[^\\s\\S]", "([^\\s\\S]|)", "(a[^\\s\\S])?b"
		};

		for (size_t i = 0; i < sizeof(empty) / sizeof(empty[0]); i++)
		{
			sm_regex   *re = compile(empty[i]);
			sm_rng		rng;
			sm_buf		b;

			sm_rng_init(&rng, 1, 1, 1);
			sm_buf_init(&b);
			snprintf(what, sizeof(what), "/%s/ is empty", empty[i]);
			unit_check(re && sm_regex_is_empty(re) && sm_regex_count(re) == 0 &&
					   !sm_regex_sample(re, &rng, &b) && !sm_regex_nth(re, 0, &b) &&
					   sm_regex_min_length(re) == 0 && sm_regex_max_length(re) == 0,
					   __FILE__, __LINE__, what);
			sm_regex_free(re);
		}
		for (size_t i = 0; i < sizeof(nonempty) / sizeof(nonempty[0]); i++)
		{
			sm_regex   *re = compile(nonempty[i]);

			snprintf(what, sizeof(what), "/%s/ is not empty", nonempty[i]);
			unit_check(re && !sm_regex_is_empty(re) && sm_regex_count(re) == 1.0,
					   __FILE__, __LINE__, what);
			sm_regex_free(re);
		}
	}

	/* ---- lengths ---- */
	{
		static const struct
		{
			const char *p;
			size_t		min;
			size_t		max;
		}			lc[] = {
			{"", 0, 0},
			{"abc", 3, 3},
			{"a*", 0, 8},
			{"a+", 1, 9},
			{"a{3,}", 3, 11},
			{"(ab){2,5}", 4, 10},
			{"x|yyy|zz", 1, 3},
			{"(a|bcd)?e", 1, 4},
			{"(ab*){2}", 2, 18},
			{"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 3, 3},
			{"[\xce\xb1-\xcf\x89]{2,4}", 2, 4},
		};

		for (size_t i = 0; i < sizeof(lc) / sizeof(lc[0]); i++)
		{
			sm_regex   *re = compile(lc[i].p);

			snprintf(what, sizeof(what), "/%s/ lengths %zu..%zu", lc[i].p,
					 lc[i].min, lc[i].max);
			unit_check(re && sm_regex_min_length(re) == lc[i].min &&
					   sm_regex_max_length(re) == lc[i].max, __FILE__, __LINE__,
					   what);
			sm_regex_free(re);
		}
	}

	/* ---- UTF-8 literals and escapes ---- */
	{
		sm_regex   *re = compile("\xc3\xa9t\xc3\xa9|\xe2\x82\xac{2}");

		CHECK(re && sm_regex_count(re) == 2.0);
		CHECK(re && sm_regex_matches(re, "\xc3\xa9t\xc3\xa9", 5));
		CHECK(re && sm_regex_matches(re, "\xe2\x82\xac\xe2\x82\xac", 6));
		CHECK(re && !sm_regex_matches(re, "\xe2\x82\xac", 3));
		CHECK(re && !sm_regex_matches(re, "ete", 3));
		CHECK_STR(nth_str(re, 0), "\xc3\xa9t\xc3\xa9");
		CHECK_STR(nth_str(re, 1), "\xe2\x82\xac\xe2\x82\xac");
		sm_regex_free(re);

		re = compile("[\xce\xb1-\xcf\x89]");	/* Greek small alpha..omega */
		CHECK(re && sm_regex_count(re) == 25.0);
		CHECK(re && sm_regex_matches(re, "\xce\xbb", 2));
		CHECK(re && !sm_regex_matches(re, "\xce\xb1\xce\xb1", 4));
		sm_regex_free(re);

		CHECK(matches("\\u00e9", "\xc3\xa9") == 1);
		CHECK(matches("\\x41BC", "\xe4\x86\xbc") == 1);	/* greedy: U+41BC */
		CHECK(matches("\\x41BC", "ABC") == 0);
		CHECK(matches("\\x41", "A") == 1);
		CHECK(matches("\\U0001F600", "\xf0\x9f\x98\x80") == 1);
		CHECK(matches("[^a]", "\xf0\x9f\x98\x80") == 1);
		CHECK(matches(".", "\xe2\x82\xac") == 1);
		CHECK(matches("\\cA\\cz", "\x01\x1a") == 1);
	}

	/* ---- matching: positive and negative cases ---- */
	{
		static const struct
		{
			const char *p;
			const char *s;
			int			want;
		}			mc[] = {
			{"abc", "abc", 1},
			{"abc", "abd", 0},
			{"abc", "ab", 0},
			{"abc", "abcd", 0},
			{"abc", "", 0},
			{"", "", 1},
			{"", "a", 0},
			{"a*", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1},
			{"a+", "", 0},
			{"(a|b)*abb", "babababb", 1},
			{"(a|b)*abb", "ababa", 0},
			{"[A-Z]{3}-\\d{4}", "ABC-1234", 1},
			{"[A-Z]{3}-\\d{4}", "ABC-123", 0},
			{"[A-Z]{3}-\\d{4}", "abc-1234", 0},
			{"[A-Z]{3}-\\d{4}", "ABCD-1234", 0},
			{"\\d{5}(-\\d{4})?", "12345-", 0},
			{"\\d{5}(-\\d{4})?", "12345-6789", 1},
			{"[^abc]", "b", 0},
			{"[^abc]", "d", 1},
			{"[^abc]", "\n", 1},	/* PostgreSQL: [^...] matches newline */
			{".", "\n", 1},		/* PostgreSQL: "." matches newline */
			{"\\w", "_", 1},
			{"\\w", "-", 0},
			{"\\W", "-", 1},
			{"\\s", "\v", 1},
			{"\\S", " ", 0},
			{"\\D", "5", 0},
			{"[[:punct:]]", "_", 1},
			{"[[:punct:]]", "a", 0},
			{"[[:blank:]]", "\t", 1},
			{"[[:word:]]+", "ab_9", 1},
			{"[]a]", "]", 1},
			{"[]a]", "b", 0},
			{"[a-]", "-", 1},
			{"[\\w-]", "-", 1},
			{"a{,3}", "a{,3}", 1},
			{"a{x}", "a{x}", 1},
			{"a{0}b", "b", 1},
			{"a{0}b", "ab", 0},
			{"(a|)", "", 1},
			{"a|b|", "", 1},
			{"^a|^b$", "b", 1},
			{"\\Aab\\Z", "ab", 1},
			{"a*?b??c+?", "aacc", 1},
			{"(?:ab)+", "abab", 1},
			{"(?:ab)+", "aba", 0},
			{"x(?#note)y", "xy", 1},
			{"(a*)*", "aaa", 1},
			{"(a*)+b", "b", 1},
			{"(a|b){2,3}", "abab", 0},
			{"(a|b){2,3}", "aba", 1},
			{"\\.", "a", 0},
			{"a.c", "a\xff" "c", 0},	/* invalid UTF-8 never matches */
		};

		for (size_t i = 0; i < sizeof(mc) / sizeof(mc[0]); i++)
		{
			snprintf(what, sizeof(what), "/%s/ %s \"%s\"", mc[i].p,
					 mc[i].want ? "matches" : "does not match",
					 strchr(mc[i].s, '\n') || strchr(mc[i].s, '\v') ? "<control>" : mc[i].s);
			unit_check(matches(mc[i].p, mc[i].s) == mc[i].want, __FILE__,
					   __LINE__, what);
		}
		/* matching is linear: a classic exponential case is instant */
		{
			char		s[101];
			sm_regex   *re = compile("(a*)*(a|b)*(a*)*c");

			memset(s, 'a', 100);
			s[100] = '\0';
			CHECK(re && !sm_regex_matches(re, s, 100));
			s[99] = 'c';
			CHECK(re && sm_regex_matches(re, s, 100));
			sm_regex_free(re);
		}
	}

	/* ---- sampling distribution ---- */
	{
		sm_regex   *re = compile("a{0,3}");
		sm_rng		rng;
		int			hist[4] = {0};
		int			ok = 1;

		sm_rng_init(&rng, 9, 9, 9);
		for (int i = 0; i < 8000 && re; i++)
		{
			sm_buf		b;

			sm_buf_init(&b);
			sm_regex_sample(re, &rng, &b);
			if (b.len <= 3)
				hist[b.len]++;
			sm_buf_free(&b);
		}
		for (int i = 0; i < 4; i++)
			ok &= hist[i] > 1800 && hist[i] < 2200;
		CHECK(ok);
		sm_regex_free(re);

		re = compile("x|yy|[a-j]");
		memset(hist, 0, sizeof(hist));
		for (int i = 0; i < 9000 && re; i++)
		{
			sm_buf		b;

			sm_buf_init(&b);
			sm_regex_sample(re, &rng, &b);
			if (b.len == 2)
				hist[1]++;
			else if (b.data[0] == 'x')
				hist[0]++;
			else if (b.data[0] == 'c')
				hist[2]++;
			sm_buf_free(&b);
		}
		/* branches uniform (3000 each); class members uniform (300 each) */
		CHECK(hist[0] > 2750 && hist[0] < 3250 && hist[1] > 2750 &&
			  hist[1] < 3250 && hist[2] > 220 && hist[2] < 380);
		sm_regex_free(re);

		re = compile("[^\\s\\S]|ok");
		{
			int			allok = re != NULL;

			for (int i = 0; i < 100 && allok; i++)
			{
				sm_buf		b;

				sm_buf_init(&b);
				allok = sm_regex_sample(re, &rng, &b) && strcmp(b.data, "ok") == 0;
				sm_buf_free(&b);
			}
			CHECK(allok);	/* empty branches are never chosen */
		}
		sm_regex_free(re);

		/* "." and negated classes generate printable ASCII only */
		re = compile(".[^a][\\D]\\W");
		{
			int			allok = re != NULL;

			for (int i = 0; i < 2000 && allok; i++)
			{
				sm_buf		b;

				sm_buf_init(&b);
				allok = sm_regex_sample(re, &rng, &b) && b.len == 4;
				for (size_t k = 0; allok && k < b.len; k++)
					allok = b.data[k] >= 0x20 && b.data[k] <= 0x7E;
				allok = allok && b.data[1] != 'a' && !(b.data[2] >= '0' && b.data[2] <= '9');
				sm_buf_free(&b);
			}
			CHECK(allok);
			CHECK(re && sm_regex_count(re) == 95.0 * 94 * 85 * 32);
		}
		sm_regex_free(re);
	}

	/* ---- out of memory is reported, never crashes or leaks ---- */
	{
		static const char *const pats[] = {
			"[a-z]{4,10}@example\\.(com|org)", "(a|b)*abb[^x-z]", ".*foo.*",
			"(a|b){0,30}a(a|b){20}"
		};
		sm_allocator fa = {test_alloc, test_realloc, test_free};
		sm_allocator pa = {test_alloc, test_realloc, test_free};
		int			ok = 1;

		sm_set_allocator(&fa);
		for (size_t i = 0; i < sizeof(pats) / sizeof(pats[0]); i++)
		{
			int			compiled = 0;

			for (long budget = 0; budget < 5000 && !compiled; budget++)
			{
				sm_error	err;
				sm_regex   *re;

				memset(&err, 0, sizeof(err));
				alloc_budget = budget;
				re = sm_regex_compile(pats[i], strlen(pats[i]), &err);
				if (re == NULL && err.code != SM_ENOMEM)
					ok = 0;
				if (re != NULL)
				{
					sm_buf		b;
					sm_rng		rng;

					/* with no memory left, the rest fails cleanly */
					alloc_budget = 0;
					sm_buf_init(&b);
					sm_rng_init(&rng, 1, 2, 3);
					if (sm_regex_sample(re, &rng, &b) || sm_regex_nth(re, 0, &b) ||
						sm_regex_matches(re, "abc", 3))
						ok = 0;
					sm_buf_free(&b);
					alloc_budget = -1;
					sm_regex_free(re);
					compiled = 1;
				}
			}
			if (!compiled)
				ok = 0;
		}
		alloc_budget = -1;
		sm_set_allocator(&pa);
		CHECK(ok);
	}

	/* ---- NULL error report and zero-length input ---- */
	{
		sm_regex   *re = sm_regex_compile(NULL, 0, NULL);

		CHECK(re && sm_regex_count(re) == 1.0 && sm_regex_matches(re, "", 0));
		sm_regex_free(re);
		CHECK(sm_regex_compile("(", 1, NULL) == NULL);
		sm_regex_free(NULL);
	}

	return unit_done();
}
