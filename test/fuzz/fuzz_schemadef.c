/*
 * libFuzzer harness of src/core/describe/schemadef*.c.
 *
 * Any input must be either rejected with a proper error (code, path and
 * message set) or canonicalised; a canonical text must be accepted again
 * and canonicalise to exactly the same bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "schemadef.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sm_error	err;
	sm_buf		out1;
	sm_buf		out2;

	sm_buf_init(&out1);
	sm_error_clear(&err);
	if (!sm_schemadef_canonicalize((const char *) data, size, NULL, &out1, &err))
	{
		if (err.code == SM_OK || err.message[0] == '\0' || err.path[0] == '\0')
			abort();
		sm_buf_free(&out1);
		return 0;
	}
	sm_buf_init(&out2);
	sm_error_clear(&err);
	if (!sm_schemadef_canonicalize(out1.data, out1.len, NULL, &out2, &err))
		abort();
	if (out1.len != out2.len || memcmp(out1.data, out2.data, out1.len) != 0)
		abort();
	sm_buf_free(&out1);
	sm_buf_free(&out2);
	return 0;
}
