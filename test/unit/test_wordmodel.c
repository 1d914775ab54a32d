/* Unit tests of src/core/generate/wordmodel*.c and textvocab.c. */
#include <stdlib.h>

#include "json.h"
#include "rng.h"
#include "textvocab.h"
#include "wordmodel.h"
#include "unit.h"

/* Fit on a NUL-separated list of values, each counted count times. */
static sm_wordmodel *
fit_list(const char *const *vals, size_t n, uint64_t count, int k, int maxlen)
{
	sm_wm_value *v = calloc(n, sizeof(sm_wm_value));
	sm_error	err;
	sm_wordmodel *m;

	memset(&err, 0, sizeof(err));
	for (size_t i = 0; i < n; i++)
	{
		v[i].s = vals[i];
		v[i].len = strlen(vals[i]);
		v[i].count = count;
		v[i].target = count;
	}
	m = sm_wordmodel_fit(v, n, k, maxlen, NULL, &err);
	if (m == NULL)
		printf("# fit failed: %s\n", err.message);
	free(v);
	return m;
}

/* Write, parse and decode again. */
static sm_wordmodel *
round_trip(const sm_wordmodel *m, sm_buf *out)
{
	sm_error	err;
	sm_json    *j;
	sm_wordmodel *m2;

	memset(&err, 0, sizeof(err));
	sm_buf_init(out);
	if (!sm_wordmodel_write_json(m, out))
		return NULL;
	j = sm_json_parse(out->data, out->len, &err);
	if (j == NULL)
	{
		printf("# parse failed: %s\n", err.message);
		return NULL;
	}
	m2 = sm_wordmodel_from_json(j, &err);
	if (m2 == NULL)
		printf("# decode failed at %s: %s\n", err.path, err.message);
	sm_json_free(j);
	return m2;
}

/* Draw n values; count those for which pred holds. */
static int
count_samples(const sm_wordmodel *m, int n, bool (*pred) (const char *, size_t))
{
	int			hits = 0;
	sm_buf		b;

	sm_buf_init(&b);
	for (int i = 0; i < n; i++)
	{
		sm_rng		r;

		sm_rng_init(&r, 42, (uint64_t) i, 7);
		b.len = 0;
		if (!sm_wordmodel_sample(m, &r, &b))
			return -1;
		if (b.data == NULL)
			sm_buf_append(&b, "", 0);
		if (pred(b.data, b.len))
			hits++;
	}
	sm_buf_free(&b);
	return hits;
}

/* SKU-dddddd */
static bool
is_sku(const char *s, size_t len)
{
	if (len != 10 || strncmp(s, "SKU-", 4) != 0)
		return false;
	for (size_t i = 4; i < 10; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* local@gmail.com or local@yahoo.com with a non-empty local part */
static bool
is_mail(const char *s, size_t len)
{
	const char *at = memchr(s, '@', len);

	if (at == NULL || at == s)
		return false;
	return (strcmp(at, "@gmail.com") == 0 || strcmp(at, "@yahoo.com") == 0) &&
		memchr(at + 1, '@', len - (size_t) (at - s) - 1) == NULL;
}

/* +1 (ddd) ddd-dddd */
static bool
is_phone(const char *s, size_t len)
{
	const char *f = "+1 (999) 999-9999";

	if (len != strlen(f))
		return false;
	for (size_t i = 0; i < len; i++)
		if (f[i] == '9' ? (s[i] < '0' || s[i] > '9') : s[i] != f[i])
			return false;
	return true;
}

static int	maxlen_seen = 0;

/* records the longest value */
static bool
note_len(const char *s, size_t len)
{
	(void) s;
	if ((int) len > maxlen_seen)
		maxlen_seen = (int) len;
	return true;
}

/* A word that does not begin in lower case. */
static bool
is_cap_word(const char *s, size_t len)
{
	return len > 0 && !(s[0] >= 'a' && s[0] <= 'z');
}

/* "Janine" must never come out (it is rare) in a name-only column */
static bool
is_rare_name(const char *s, size_t len)
{
	return len == 6 && memcmp(s, "Zqxjwv", 6) == 0;
}

int
main(void)
{
	char		buf[64][32];
	const char *vals[64];
	sm_wordmodel *m,
			   *m2;
	sm_buf		js;
	sm_error	err;
	bool		oom;
	char	   *pat;

	/* vocabulary look-ups */
	CHECK(sm_vocab_contains(SM_VOCAB_FIRST_NAME, "Aaron", 5));
	CHECK(!sm_vocab_contains(SM_VOCAB_FIRST_NAME, "Aaronx", 6));
	CHECK(sm_vocab_contains(SM_VOCAB_DOMAIN, "gmail.com", 9));
	CHECK(sm_vocab_by_name("city") == SM_VOCAB_CITY);
	CHECK(sm_vocab_by_name("nope") == SM_VOCAB_NONE);

	/* codes: the constant part is kept, digits vary */
	for (int i = 0; i < 64; i++)
	{
		snprintf(buf[i], sizeof(buf[i]), "SKU-%06d", (i * 7919) % 1000000);
		vals[i] = buf[i];
	}
	m = fit_list(vals, 64, 1, 5, -1);
	CHECK(m != NULL);
	CHECK_STR(sm_wordmodel_mode(m), "template");
	CHECK(count_samples(m, 1000, is_sku) == 1000);
	pat = sm_wordmodel_unique_pattern(m, &oom);
	CHECK_STR(pat, "(SKU)\\-[0-9]{6}");
	free(pat);
	m2 = round_trip(m, &js);
	CHECK(m2 != NULL);
	CHECK(m2 && count_samples(m2, 1000, is_sku) == 1000);
	sm_buf_free(&js);
	sm_wordmodel_free(m2);
	sm_wordmodel_free(m);

	/* e-mails: domains from the frequent ones, local parts replaced */
	for (int i = 0; i < 64; i++)
	{
		snprintf(buf[i], sizeof(buf[i]), "%c%cuser%d@%s", 'a' + i % 26, 'a' + i / 26,
				 i, i % 2 ? "gmail.com" : "yahoo.com");
		vals[i] = buf[i];
	}
	m = fit_list(vals, 64, 1, 5, -1);
	CHECK(m != NULL && count_samples(m, 1000, is_mail) == 1000);
	sm_wordmodel_free(m);

	/* phones */
	for (int i = 0; i < 64; i++)
	{
		snprintf(buf[i], sizeof(buf[i]), "+1 (%03d) %03d-%04d", 200 + i, 555, 1000 + i * 37);
		vals[i] = buf[i];
	}
	m = fit_list(vals, 64, 1, 5, -1);
	CHECK(m != NULL && count_samples(m, 1000, is_phone) == 1000);
	sm_wordmodel_free(m);

	/* names: rare ones never kept, replacements are capitalised names */
	{
		const char *names[] = {"Zqxjwv", "Luis", "Frank", "Maria", "Daan",
		"Helena", "Astrid", "Mark"};

		m = fit_list(names, 8, 1, 5, 20);
		CHECK(m != NULL);
		CHECK(m && count_samples(m, 2000, is_rare_name) == 0);
		CHECK(m && count_samples(m, 2000, is_cap_word) == 2000);
		sm_buf_init(&js);
		CHECK(m && sm_wordmodel_write_json(m, &js));
		CHECK(js.data && strstr(js.data, "Zqxjwv") == NULL);
		CHECK(js.data && strstr(js.data, "first_name") != NULL);
		sm_buf_free(&js);
		sm_wordmodel_free(m);
	}

	/* free text within the length limit, no pile-up at the limit */
	for (int i = 0; i < 64; i++)
	{
		snprintf(buf[i], sizeof(buf[i]), "the quick brown fox %s", i % 3 ? "jumps over" : "sleeps");
		vals[i] = buf[i];
	}
	m = fit_list(vals, 64, 1, 5, 18);
	CHECK(m != NULL);
	maxlen_seen = 0;
	CHECK(m && count_samples(m, 500, note_len) == 500);
	CHECK(maxlen_seen <= 18);
	sm_wordmodel_free(m);

	/* a single value, an empty value, mixed scripts */
	{
		const char *odd[] = {"", "Ωμέγα ünïcödé e\xcc\x81", "日本語テキスト"};

		m = fit_list(odd, 3, 1, 1, 5);
		CHECK(m != NULL);
		maxlen_seen = 0;
		CHECK(m && count_samples(m, 200, note_len) == 200);
		m2 = m ? round_trip(m, &js) : NULL;
		CHECK(m2 != NULL);
		sm_buf_free(&js);
		sm_wordmodel_free(m2);
		sm_wordmodel_free(m);
	}

	/* no values: an error */
	memset(&err, 0, sizeof(err));
	CHECK(sm_wordmodel_fit(NULL, 0, 5, -1, NULL, &err) == NULL && err.code == SM_EINVAL);
	CHECK(sm_vocab_hint("contactFirstName") == SM_VOCAB_FIRST_NAME);
	CHECK(sm_vocab_hint("billing_city") == SM_VOCAB_CITY);
	CHECK(sm_vocab_hint("amount") == SM_VOCAB_NONE);

	/* bad JSON is refused with a path */
	{
		const char *bads[] = {
			"{}",
			"{\"format\":\"synthmig.wordmodel\",\"version\":1,\"mode\":\"template\",\"max_length\":-1,\"templates\":[]}",
			"{\"format\":\"synthmig.wordmodel\",\"version\":1,\"mode\":\"template\",\"max_length\":-1,\"templates\":[{\"weight\":1,\"slots\":[{\"type\":\"word\",\"forms\":[\"a\"],\"counts\":[],\"rare\":0,\"class\":\"none\",\"case\":0,\"lens\":[],\"lead0\":false}]}]}",
			"{\"format\":\"synthmig.wordmodel\",\"version\":1,\"mode\":\"free\",\"max_length\":-1,\"words\":[1],\"first\":{\"type\":\"sep\",\"text\":\" \"},\"rest\":{\"type\":\"sep\",\"text\":\" \"}}",
			"{\"format\":\"synthmig.wordmodel\",\"version\":1,\"mode\":\"template\",\"max_length\":-1,\"templates\":[{\"weight\":-1,\"slots\":[{\"type\":\"sep\",\"text\":\"x\"}]}]}",
		};

		for (size_t i = 0; i < sizeof(bads) / sizeof(bads[0]); i++)
		{
			sm_json    *j;

			memset(&err, 0, sizeof(err));
			j = sm_json_parse(bads[i], strlen(bads[i]), &err);
			CHECK(j != NULL);
			m = sm_wordmodel_from_json(j, &err);
			CHECK(m == NULL && err.code == SM_EINVAL);
			sm_wordmodel_free(m);
			sm_json_free(j);
		}
	}
	return unit_done();
}
