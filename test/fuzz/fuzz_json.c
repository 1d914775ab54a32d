/*
 * libFuzzer harness of src/core/common/json.c.
 *
 * Any input: the validator and the parser must agree; an accepted document
 * written back compactly must parse to an equal tree, and writing that tree
 * again must give the same bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "json.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sm_error	err;
	sm_json    *v;
	sm_json    *again;
	sm_buf		out1;
	sm_buf		out2;
	bool		valid = sm_json_valid((const char *) data, size);

	sm_error_clear(&err);
	v = sm_json_parse((const char *) data, size, &err);
	if (v == NULL)
	{
		if (err.code == SM_OK || (valid && err.code != SM_ENOMEM))
			abort();
		return 0;
	}
	if (!valid)
		abort();
	sm_buf_init(&out1);
	sm_buf_init(&out2);
	if (!sm_json_write(v, &out1))
		abort();
	sm_error_clear(&err);
	again = sm_json_parse(out1.data, out1.len, &err);
	if (again == NULL || !sm_json_equal(v, again))
		abort();
	if (!sm_json_write(again, &out2) || out1.len != out2.len ||
		memcmp(out1.data, out2.data, out1.len) != 0)
		abort();
	/* lookups on whatever came out */
	if (v->type == SM_JOBJECT && v->n > 0 &&
		sm_json_get_n(v, v->keys[0], v->keylens[0]) == NULL)
		abort();
	sm_json_free(again);
	sm_json_free(v);
	sm_buf_free(&out1);
	sm_buf_free(&out2);
	return 0;
}
