/*
 * libFuzzer harness of src/core/generate/textmodel*.c.
 *
 * The input is JSON text.  A model the decoder refuses must come with an
 * error (code, path, message).  A model it accepts must sample a few
 * strings quickly, each valid UTF-8 with a length within the model's
 * [min_len, max_len] (or be refused with SM_EDATA when every candidate is
 * a rare value), and must survive write -> parse -> decode -> write with
 * identical bytes and identical samples.
 */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "textmodel.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Code points of valid UTF-8 text: bytes that are not continuations. */
static size_t
count_cps(const char *s, size_t len)
{
	size_t		n = 0;
	size_t		i;

	for (i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* Sample rows 0..3 into out (one after another); abort on a broken one. */
static void
sample_some(const sm_textmodel *m, const sm_textmodel_info *info, sm_buf *all)
{
	uint64_t	row;

	for (row = 0; row < 4; row++)
	{
		sm_buf		b;
		sm_error	err;

		sm_buf_init(&b);
		sm_error_clear(&err);
		if (!sm_textmodel_sample_err(m, 12345, row, &b, &err))
		{
			if (err.code != SM_EDATA || b.len != 0)
				abort();
			sm_buf_puts(all, "!");
		}
		else
		{
			size_t		n;

			if (!sm_utf8_valid(b.data, b.len) || strlen(b.data) != b.len)
				abort();
			n = count_cps(b.data, b.len);
			if (n < info->min_len || n > info->max_len)
				abort();
			sm_buf_append(all, b.data, b.len);
		}
		sm_buf_putc(all, '\n');
		sm_buf_free(&b);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sm_error	err;
	sm_json    *v;
	sm_json    *v2;
	sm_textmodel *m;
	sm_textmodel *m2;
	sm_textmodel_info info;
	sm_buf		out1;
	sm_buf		out2;
	sm_buf		s1;
	sm_buf		s2;

	sm_error_clear(&err);
	v = sm_json_parse((const char *) data, size, &err);
	if (v == NULL)
		return 0;
	sm_error_clear(&err);
	m = sm_textmodel_from_json(v, &err);
	sm_json_free(v);
	if (m == NULL)
	{
		if (err.code != SM_EINVAL || err.message[0] == '\0' ||
			err.path[0] == '\0')
			abort();
		return 0;
	}
	if (!sm_textmodel_get_info(m, &info))
		abort();
	sm_buf_init(&s1);
	sample_some(m, &info, &s1);

	/* re-encode, decode, re-encode: same bytes, same samples */
	sm_buf_init(&out1);
	if (!sm_textmodel_write_json(m, &out1))
		abort();
	sm_error_clear(&err);
	v2 = sm_json_parse(out1.data, out1.len, &err);
	if (v2 == NULL)
		abort();
	m2 = sm_textmodel_from_json(v2, &err);
	sm_json_free(v2);
	if (m2 == NULL)
		abort();
	sm_buf_init(&out2);
	if (!sm_textmodel_write_json(m2, &out2) || out1.len != out2.len ||
		memcmp(out1.data, out2.data, out1.len) != 0)
		abort();
	sm_buf_init(&s2);
	sample_some(m2, &info, &s2);
	if (s1.len != s2.len || memcmp(s1.data, s2.data, s1.len) != 0)
		abort();

	sm_buf_free(&s1);
	sm_buf_free(&s2);
	sm_buf_free(&out1);
	sm_buf_free(&out2);
	sm_textmodel_free(m);
	sm_textmodel_free(m2);
	return 0;
}
