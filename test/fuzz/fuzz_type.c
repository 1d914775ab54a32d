/*
 * fuzz_type.c
 *	  libFuzzer harness of the column type parser of src/core/describe/schemadef*.c
 *	  (sm_type_parse, sm_type_format, sm_type_normalize): the "type" text of
 *	  every column of a schema definition, and of remediate()'s column list.
 *
 * The input is a type spelling.  A decoded type must: keep its modifiers in
 * range (lengths >= 1, numeric precision 1..1000 and scale -1000..1000,
 * time precision 0..6); format to a canonical spelling that is short,
 * printable ASCII without doubled or edge spaces, and decodes again to the
 * same type (kind, modifiers, array; the serial flag is a spelling and is
 * not kept); normalise idempotently (normalize(normalize(x)) ==
 * normalize(x)); and the canonical spelling with different case and
 * spacing decodes to the same type.  Refusal must not depend on the bytes
 * after an embedded NUL being read.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schemadef.h"

/* Stop the run: libFuzzer reports the crash with the input. */
static void
fail(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz_type: %s [%s]\n", what, detail ? detail : "");
	abort();
}

static bool
same_type(const sm_type *a, const sm_type *b)
{
	return a->kind == b->kind && a->mod1 == b->mod1 && a->mod2 == b->mod2 &&
		a->is_array == b->is_array;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* an exact-size copy, so that any read past the end is caught */
	char	   *s = malloc(size ? size : 1);
	sm_type		t,
				t2;
	sm_buf		out1,
				out2;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	if (!sm_type_parse(s, size, &t))
	{
		sm_buf_init(&out1);
		if (sm_type_normalize(s, size, &out1))
			fail("normalize accepts what parse refuses", NULL);
		sm_buf_free(&out1);
		free(s);
		return 0;
	}

	/* modifiers in range */
	if (t.mod1 < -1 || (t.mod1 == 0 && t.kind != SM_TYPE_TIME &&
		t.kind != SM_TYPE_TIMETZ && t.kind != SM_TYPE_TIMESTAMP &&
		t.kind != SM_TYPE_TIMESTAMPTZ && t.kind != SM_TYPE_INTERVAL))
		fail("length modifier out of range", NULL);
	if (t.kind == SM_TYPE_NUMERIC && t.mod1 >= 0 &&
		(t.mod1 < 1 || t.mod1 > 1000 || t.mod2 < -1000 || t.mod2 > 1000))
		fail("numeric modifiers out of range", NULL);
	if (t.kind != SM_TYPE_NUMERIC && t.mod2 != -1)
		fail("scale on a type that is not numeric", NULL);
	if ((t.kind == SM_TYPE_TIME || t.kind == SM_TYPE_TIMETZ ||
		 t.kind == SM_TYPE_TIMESTAMP || t.kind == SM_TYPE_TIMESTAMPTZ ||
		 t.kind == SM_TYPE_INTERVAL) && t.mod1 > 6)
		fail("time precision out of range", NULL);
	if (t.serial && (t.is_array || !sm_type_is_integer(t.kind)))
		fail("serial that is not an integer", NULL);

	/* canonical spelling */
	sm_buf_init(&out1);
	if (!sm_type_format(&t, &out1) || out1.len == 0 || out1.len > 64)
		fail("format failed or too long", out1.data);
	for (size_t i = 0; i < out1.len; i++)
		if (out1.data[i] < 0x20 || out1.data[i] > 0x7e)
			fail("canonical spelling not printable ASCII", out1.data);
	if (out1.data[0] == ' ' || out1.data[out1.len - 1] == ' ' ||
		strstr(out1.data, "  ") != NULL)
		fail("canonical spelling with odd spaces", out1.data);
	if (!sm_type_parse(out1.data, out1.len, &t2) || !same_type(&t, &t2) || t2.serial)
		fail("canonical spelling does not decode to the same type", out1.data);

	/* normalize is parse + format, and idempotent */
	sm_buf_init(&out2);
	if (!sm_type_normalize(s, size, &out2) || out2.len != out1.len ||
		memcmp(out1.data, out2.data, out1.len) != 0)
		fail("normalize differs from parse + format", out2.data);
	sm_buf_free(&out2);
	sm_buf_init(&out2);
	if (!sm_type_normalize(out1.data, out1.len, &out2) || out2.len != out1.len ||
		memcmp(out1.data, out2.data, out1.len) != 0)
		fail("normalize is not idempotent", out2.data);
	sm_buf_free(&out2);

	/* upper case and extra spaces around punctuation: the same type */
	{
		sm_buf		v;

		sm_buf_init(&v);
		for (size_t i = 0; i < out1.len; i++)
		{
			char		c = out1.data[i];

			if (c == '(' || c == ')' || c == ',' || c == '[' || c == ']')
			{
				sm_buf_puts(&v, " ");
				sm_buf_putc(&v, c);
				sm_buf_puts(&v, "\t");
			}
			else if (c == '"')
				sm_buf_putc(&v, c); /* "char" is case-sensitive */
			else
				sm_buf_putc(&v, (char) toupper((unsigned char) c));
		}
		/* keep the quoted "char" exact */
		if (t.kind == SM_TYPE_QCHAR)
		{
			sm_buf_free(&v);
			sm_buf_init(&v);
			sm_buf_append(&v, out1.data, out1.len);
		}
		if (!sm_type_parse(v.data, v.len, &t2) || !same_type(&t, &t2))
			fail("respelt canonical type does not decode to the same type", v.data);
		sm_buf_free(&v);
	}
	sm_buf_free(&out1);
	free(s);
	return 0;
}
