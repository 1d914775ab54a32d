/*
 * libFuzzer harness of src/core/generate/wordmodel*.c (the token-template
 * and word model of text columns).
 *
 * First byte even: the rest is a JSON model.  A model the decoder refuses
 * must come with an error (code, message).  One it accepts must sample
 * valid UTF-8 within its max_length, and survive write -> parse -> decode
 * -> write with identical bytes.
 * First byte odd: the rest is training values, one per line (lines that
 * are not valid UTF-8 are skipped, as PostgreSQL never passes them); the
 * byte also gives the privacy threshold and the length limit.  The fitted
 * model must sample valid UTF-8 within the limit, never a value seen fewer
 * times than the threshold unless a common token recombines into it (not
 * checked: the caller's exclusion set refuses those), and round-trip as
 * above.
 */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "rng.h"
#include "wordmodel.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Code points of valid UTF-8 text. */
static size_t
count_cps(const char *s, size_t len)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* Sample a few values; abort on a broken one; append them to all. */
static void
sample_some(const sm_wordmodel *m, int max_length, sm_buf *all)
{
	for (uint64_t row = 0; row < 8; row++)
	{
		sm_rng		r;
		sm_buf		b;

		sm_rng_init(&r, 99, row, 1);
		sm_buf_init(&b);
		if (!sm_wordmodel_sample(m, &r, &b))
		{
			sm_buf_free(&b);
			continue;			/* allocation failure only */
		}
		if (b.data == NULL)
			sm_buf_append(&b, "", 0);
		if (!sm_utf8_valid(b.data, b.len) || strlen(b.data) != b.len)
			abort();
		if (max_length >= 0 && count_cps(b.data, b.len) > (size_t) max_length)
			abort();
		sm_buf_append(all, b.data, b.len);
		sm_buf_putc(all, '\n');
		sm_buf_free(&b);
	}
}

/* Write, parse, decode, write again: identical bytes and samples. */
static void
round_trip(const sm_wordmodel *m, int max_length)
{
	sm_buf		o1,
				o2,
				s1,
				s2;
	sm_error	err;
	sm_json    *j;
	sm_wordmodel *m2;

	sm_buf_init(&o1);
	sm_buf_init(&o2);
	sm_buf_init(&s1);
	sm_buf_init(&s2);
	if (sm_wordmodel_write_json(m, &o1))
	{
		sm_error_clear(&err);
		j = sm_json_parse(o1.data, o1.len, &err);
		if (j == NULL)
			abort();
		m2 = sm_wordmodel_from_json(j, &err);
		if (m2 == NULL && err.code != SM_ENOMEM)
			abort();
		if (m2 != NULL)
		{
			if (!sm_wordmodel_write_json(m2, &o2) || o1.len != o2.len ||
				memcmp(o1.data, o2.data, o1.len) != 0)
				abort();
			sample_some(m, max_length, &s1);
			sample_some(m2, max_length, &s2);
			if (s1.len != s2.len || (s1.len > 0 && memcmp(s1.data, s2.data, s1.len) != 0))
				abort();
		}
		sm_wordmodel_free(m2);
		sm_json_free(j);
	}
	sm_buf_free(&o1);
	sm_buf_free(&o2);
	sm_buf_free(&s1);
	sm_buf_free(&s2);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sm_error	err;

	if (size < 2)
		return 0;
	sm_error_clear(&err);
	if ((data[0] & 1) == 0)
	{
		sm_json    *j = sm_json_parse((const char *) data + 1, size - 1, &err);
		sm_wordmodel *m;

		if (j == NULL)
			return 0;
		m = sm_wordmodel_from_json(j, &err);
		if (m == NULL)
		{
			if (err.code == 0 || err.message[0] == '\0')
				abort();
		}
		else
		{
			/* the model's own max_length: read it back from the JSON */
			const sm_json *ml = sm_json_get(j, "max_length");

			round_trip(m, ml ? (int) ml->num : -1);
			sm_wordmodel_free(m);
		}
		sm_json_free(j);
	}
	else
	{
		int			k = 1 + (data[0] >> 1) % 6;
		int			max_length = data[1] % 64 == 63 ? -1 : data[1] % 64;
		const char *s = (const char *) data + 2;
		size_t		len = size - 2;
		sm_wm_value *v = calloc(len + 1, sizeof(sm_wm_value));
		size_t		n = 0,
					start = 0;
		sm_wordmodel *m;

		if (v == NULL)
			return 0;
		for (size_t i = 0; i <= len; i++)
			if (i == len || s[i] == '\n')
			{
				/* values are cut to the limit by the caller, as here */
				size_t		l = i - start;

				if (sm_utf8_valid(s + start, l) && memchr(s + start, '\0', l) == NULL)
				{
					size_t		cps = 0,
								b = 0;

					for (; b < l; b++)
						if (((unsigned char) s[start + b] & 0xC0) != 0x80)
						{
							if (max_length >= 0 && cps == (size_t) max_length)
								break;
							cps++;
						}
					v[n].s = s + start;
					v[n].len = b;
					v[n].count = 1 + (l % 3);
					v[n].target = (l % 2) ? v[n].count : 0;
					n++;
				}
				start = i + 1;
			}
		m = sm_wordmodel_fit(v, n, k, max_length, n > 0 ? "city" : NULL, &err);
		if (m == NULL && n > 0 && err.code != SM_ENOMEM)
			abort();
		if (m != NULL)
		{
			bool		oom;
			char	   *p = sm_wordmodel_unique_pattern(m, &oom);

			free(p);
			round_trip(m, max_length);
		}
		sm_wordmodel_free(m);
		free(v);
	}
	return 0;
}
