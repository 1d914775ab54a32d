/*
 * fuzz_regex.c
 *	  libFuzzer harness of src/core/common/regex*.c.
 *
 * The input is a pattern.  A rejected pattern must come with an error code
 * and message.  A compiled one must: sample strings (fixed seeds) that
 * match it and respect the length bounds; when enumerable with a small
 * language, give pairwise distinct strings for the first few hundred
 * indexes (the first ones and the last one matching) and fail past the
 * count; otherwise still give matching strings from sm_regex_nth.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "regex.h"

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

/* qsort comparator of C strings. */
static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* A generated string must match and fit the length bounds (cheap cases). */
static void
check_string(const sm_regex *re, const sm_buf *b, bool do_match)
{
	const char *s = b->data ? b->data : "";
	size_t		chars = utf8_chars(s, b->len);

	if (chars < sm_regex_min_length(re) || chars > sm_regex_max_length(re))
		abort();
	if (strlen(s) != b->len)
		abort();				/* never a NUL inside */
	if (do_match && !sm_regex_matches(re, s, b->len))
		abort();
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sm_error	err;
	sm_regex   *re;
	bool		do_match;
	double		count;

	memset(&err, 0, sizeof(err));
	re = sm_regex_compile((const char *) data, size, &err);
	if (re == NULL)
	{
		if (err.code == SM_OK || err.message[0] == '\0')
			abort();
		return 0;
	}
	/* the NFA simulation is O(length * size): skip matching huge outputs */
	do_match = sm_regex_max_length(re) <= 2000;

	if (sm_regex_is_empty(re))
	{
		sm_rng		rng;
		sm_buf		b;

		sm_rng_init(&rng, 1, 2, 3);
		sm_buf_init(&b);
		if (sm_regex_sample(re, &rng, &b) || sm_regex_nth(re, 0, &b) ||
			sm_regex_count(re) != 0.0)
			abort();
		sm_buf_free(&b);
		sm_regex_free(re);
		return 0;
	}
	for (uint64_t seed = 0; seed < 4; seed++)
	{
		sm_rng		rng;
		sm_buf		b;

		sm_rng_init(&rng, seed, 17, 42);
		sm_buf_init(&b);
		if (!sm_regex_sample(re, &rng, &b))
			abort();
		check_string(re, &b, do_match);
		sm_buf_free(&b);
	}

	count = sm_regex_count(re);
	if (!(count >= 1.0))
		abort();
	if (sm_regex_enumerable(re) && count < 5000)
	{
		uint64_t	n = (uint64_t) count;
		uint64_t	m = n < 300 ? n : 300;
		char	  **all = calloc(m, sizeof(char *));
		sm_buf		b;

		if (all == NULL)
			abort();
		for (uint64_t k = 0; k < m; k++)
		{
			sm_buf_init(&b);
			if (!sm_regex_nth(re, k, &b))
				abort();
			/* matching is O(length * size): check a prefix of the indexes */
			check_string(re, &b, do_match && k < 16);
			all[k] = strdup(b.data ? b.data : "");
			sm_buf_free(&b);
		}
		qsort(all, m, sizeof(char *), cmp_str);
		for (uint64_t k = 1; k < m; k++)
			if (strcmp(all[k - 1], all[k]) == 0)
				abort();
		for (uint64_t k = 0; k < m; k++)
			free(all[k]);
		free(all);
		/* the last index works, the count does not */
		sm_buf_init(&b);
		if (!sm_regex_nth(re, n - 1, &b))
			abort();
		check_string(re, &b, do_match);
		sm_buf_free(&b);
		sm_buf_init(&b);
		if (sm_regex_nth(re, n, &b))
			abort();
		sm_buf_free(&b);
	}
	else
	{
		for (uint64_t k = 0; k < 8; k++)
		{
			sm_buf		b;
			uint64_t	idx = k * UINT64_C(0x9E3779B97F4A7C15);

			/* counts beyond 2^53 are rounded: stay well below them */
			if (count < 9007199254740992.0)
				idx %= (uint64_t) count;
			else
				idx %= UINT64_C(9007199254740992);
			sm_buf_init(&b);
			if (!sm_regex_nth(re, idx, &b))
				abort();
			check_string(re, &b, do_match);
			sm_buf_free(&b);
		}
	}
	sm_regex_free(re);
	return 0;
}
