/*
 * fuzz_textfit.c
 *	  libFuzzer harness of the text model's training (src/core/generate/textmodel*.c:
 *	  sm_textmodel_new / add / finish), which learn() feeds with the text
 *	  values of a seed table, i.e. with untrusted bytes.
 *
 * Input: byte 0 picks the order (1..6) and min_count_verbatim (1..8),
 * byte 1 the context cap (1 .. 2^15, small caps force pruning); the rest is
 * split at newlines into training values.  The trained model must:
 *	- report as many training strings as values were added, and lengths
 *	  with min_len <= max_len <= the longest value's byte count;
 *	- sample (fixed seed, rows 0..7) valid UTF-8 without NUL whose length in
 *	  code points lies in [min_len, max_len], or refuse with SM_EDATA;
 *	- when every value is valid UTF-8 without NUL (so that training keeps
 *	  it as is), never emit a value seen fewer than min_count_verbatim
 *	  times (the privacy rule);
 *	- write JSON that decodes to a model writing the same bytes and giving
 *	  the same samples.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "textmodel.h"

#define MAX_VALUES 2048
#define NSAMPLES 8

/* Stop the run: libFuzzer reports the crash with the input. */
static void
fail(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz_textfit: %s [%s]\n", what, detail ? detail : "");
	abort();
}

/* Code points of valid UTF-8 text: bytes that are not continuations. */
static size_t
count_cps(const char *s, size_t len)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* Occurrences of s among the training values. */
static int
occurrences(const char *const *vals, const size_t *lens, int nv,
			const char *s, size_t len)
{
	int			c = 0;

	for (int i = 0; i < nv; i++)
		if (lens[i] == len && memcmp(vals[i], s, len) == 0)
			c++;
	return c;
}

/* Samples of rows 0..NSAMPLES-1, one per line ("!" for a refusal). */
static void
sample_all(const sm_textmodel *m, const sm_textmodel_info *info, bool exact,
		   const char *const *vals, const size_t *lens, int nv, sm_buf *all)
{
	for (uint64_t row = 0; row < NSAMPLES; row++)
	{
		sm_buf		b;
		sm_error	err;

		sm_buf_init(&b);
		sm_error_clear(&err);
		if (!sm_textmodel_sample_err(m, 777, row, &b, &err))
		{
			if (err.code != SM_EDATA || b.len != 0)
				fail("sampling failed other than with SM_EDATA", err.message);
			sm_buf_puts(all, "!");
		}
		else
		{
			size_t		n;

			if (!sm_utf8_valid(b.data, b.len) || strlen(b.data) != b.len)
				fail("sample is not UTF-8 without NUL", NULL);
			n = count_cps(b.data, b.len);
			if (n < info->min_len || n > info->max_len)
				fail("sample length out of [min_len, max_len]", b.data);
			if (exact && info->min_count_verbatim > 1)
			{
				int			c = occurrences(vals, lens, nv, b.data, b.len);

				if (c > 0 && c < info->min_count_verbatim)
					fail("a rare training value was emitted verbatim", b.data);
			}
			sm_buf_append(all, b.data, b.len);
		}
		sm_buf_putc(all, '\n');
		sm_buf_free(&b);
	}
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *vals[MAX_VALUES];
	static size_t lens[MAX_VALUES];
	sm_textmodel_opts o;
	sm_textmodel *m,
			   *m2;
	sm_textmodel_info info;
	sm_error	err;
	sm_buf		out1,
				out2,
				s1,
				s2;
	sm_json    *v;
	const char *s;
	size_t		n;
	int			nv = 0;
	bool		exact = true;
	size_t		longest = 0;

	if (size < 2)
		return 0;
	sm_textmodel_default_opts(&o);
	o.order = 1 + data[0] % 6;
	o.min_count_verbatim = 1 + (data[0] / 6) % 8;
	o.max_contexts = (size_t) 1 << (data[1] % 16);
	s = (const char *) data + 2;
	n = size - 2;
	for (size_t i = 0, start = 0; i <= n && nv < MAX_VALUES; i++)
	{
		if (i == n || s[i] == '\n')
		{
			vals[nv] = s + start;
			lens[nv] = i - start;
			if (!sm_utf8_valid(vals[nv], lens[nv]) || memchr(vals[nv], 0, lens[nv]))
				exact = false;
			if (lens[nv] > longest)
				longest = lens[nv];
			nv++;
			start = i + 1;
		}
	}

	sm_error_clear(&err);
	m = sm_textmodel_new(&o, &err);
	if (m == NULL)
		fail("new failed", err.message);
	for (int i = 0; i < nv; i++)
		if (!sm_textmodel_add(m, vals[i], lens[i]))
			fail("add failed", NULL);
	sm_error_clear(&err);
	if (!sm_textmodel_finish(m, &err))
		fail("finish failed", err.message);
	if (!sm_textmodel_get_info(m, &info))
		fail("no info after finish", NULL);
	if (info.strings != (uint64_t) nv || info.order != o.order ||
		info.min_count_verbatim != o.min_count_verbatim)
		fail("info disagrees with the training", NULL);
	if (info.min_len > info.max_len || info.max_len > longest)
		fail("inconsistent lengths", NULL);
	if (info.contexts > o.max_contexts && info.contexts > 1)
		fail("context cap not kept", NULL);

	sm_buf_init(&s1);
	sample_all(m, &info, exact, vals, lens, nv, &s1);

	/* write -> parse -> decode -> write: same bytes, same samples */
	sm_buf_init(&out1);
	if (!sm_textmodel_write_json(m, &out1))
		fail("write failed", NULL);
	sm_error_clear(&err);
	v = sm_json_parse(out1.data, out1.len, &err);
	if (v == NULL)
		fail("written model is not JSON", err.message);
	m2 = sm_textmodel_from_json(v, &err);
	sm_json_free(v);
	if (m2 == NULL)
		fail("written model does not decode", err.message);
	sm_buf_init(&out2);
	if (!sm_textmodel_write_json(m2, &out2) || out1.len != out2.len ||
		memcmp(out1.data, out2.data, out1.len) != 0)
		fail("decoded model writes different bytes", NULL);
	sm_buf_init(&s2);
	sample_all(m2, &info, exact, vals, lens, nv, &s2);
	if (s1.len != s2.len || memcmp(s1.data, s2.data, s1.len) != 0)
		fail("decoded model samples differently", NULL);

	sm_buf_free(&s1);
	sm_buf_free(&s2);
	sm_buf_free(&out1);
	sm_buf_free(&out2);
	sm_textmodel_free(m);
	sm_textmodel_free(m2);
	return 0;
}
