/* Unit tests of src/core/evolve/lens.c: every operation forward and in reverse, round trips, errors. */
#include <stdlib.h>

#include "lens.h"
#include "unit.h"

static char result[4096];

/* Apply lens (JSON text) to doc (JSON text); the output text, or "error: <message> @<path>". */
static const char *
run(const char *lens_text, const char *doc, int reverse)
{
	sm_error	err;
	sm_lens    *lens;
	sm_buf		out;

	sm_error_clear(&err);
	lens = sm_lens_parse(lens_text, strlen(lens_text), &err);
	if (lens == NULL)
	{
		snprintf(result, sizeof(result), "error: %s @%s", err.message, err.path);
		return result;
	}
	sm_buf_init(&out);
	if (!sm_lens_apply_text(lens, doc, strlen(doc), reverse, &out, &err))
		snprintf(result, sizeof(result), "error: %s @%s", err.message, err.path);
	else
		snprintf(result, sizeof(result), "%.*s", (int) out.len, out.data);
	sm_buf_free(&out);
	sm_lens_free(lens);
	return result;
}

/* Structural equality with object members in any order (no duplicate keys). */
static int
same(const sm_json *a, const sm_json *b)
{
	if (a->type != SM_JOBJECT || b->type != SM_JOBJECT)
	{
		if (a->type != b->type || a->n != b->n)
			return 0;
		if (a->type != SM_JARRAY)
			return sm_json_equal(a, b);
		for (size_t i = 0; i < a->n; i++)
			if (!same(a->items[i], b->items[i]))
				return 0;
		return 1;
	}
	if (a->n != b->n)
		return 0;
	for (size_t i = 0; i < a->n; i++)
	{
		const sm_json *o = sm_json_get_n(b, a->keys[i], a->keylens[i]);

		if (o == NULL || !same(a->items[i], o))
			return 0;
	}
	return 1;
}

/* Whether forward then reverse gives doc back (members in any order). */
static int
round_trip(const char *lens_text, const char *doc)
{
	char		fwd[4096];
	sm_error	err;
	sm_json    *a;
	sm_json    *b;
	int			ok;

	snprintf(fwd, sizeof(fwd), "%s", run(lens_text, doc, 0));
	run(lens_text, fwd, 1);
	a = sm_json_parse(doc, strlen(doc), &err);
	b = sm_json_parse(result, strlen(result), &err);
	ok = a && b && same(a, b);
	sm_json_free(a);
	sm_json_free(b);
	return ok;
}

int
main(void)
{
	const char *five = "[{\"op\":\"rename\",\"from\":\"name\",\"to\":\"title\"},"
		"{\"op\":\"add\",\"name\":\"done\",\"default\":false},"
		"{\"op\":\"convert\",\"name\":\"status\",\"mapping\":[[\"todo\",0],[\"done\",1]]},"
		"{\"op\":\"wrap\",\"name\":\"tag\"},"
		"{\"op\":\"plunge\",\"host\":\"meta\",\"name\":\"author\"}]";

	/* each operation forward */
	CHECK_STR(run("[{\"op\":\"add\",\"name\":\"b\",\"default\":2}]", "{\"a\":1}", 0), "{\"a\":1,\"b\":2}");
	CHECK_STR(run("[{\"op\":\"add\",\"name\":\"a\",\"default\":2}]", "{\"a\":1}", 0), "{\"a\":1}");
	CHECK_STR(run("[{\"op\":\"add\",\"name\":\"b\"}]", "{}", 0), "{\"b\":null}");
	CHECK_STR(run("[{\"op\":\"remove\",\"name\":\"a\"}]", "{\"a\":1,\"b\":2}", 0), "{\"b\":2}");
	CHECK_STR(run("[{\"op\":\"rename\",\"from\":\"a\",\"to\":\"c\"}]", "{\"a\":1,\"b\":2}", 0), "{\"c\":1,\"b\":2}");
	CHECK_STR(run("[{\"op\":\"rename\",\"from\":\"a\",\"to\":\"b\"}]", "{\"a\":1,\"b\":2}", 0), "{\"b\":1}");
	CHECK_STR(run("[{\"op\":\"rename\",\"from\":\"x\",\"to\":\"y\"}]", "{\"a\":1}", 0), "{\"a\":1}");
	CHECK_STR(run("[{\"op\":\"hoist\",\"host\":\"h\",\"name\":\"x\"}]", "{\"h\":{\"x\":1,\"y\":2}}", 0), "{\"h\":{\"y\":2},\"x\":1}");
	CHECK_STR(run("[{\"op\":\"plunge\",\"host\":\"h\",\"name\":\"x\"}]", "{\"x\":1}", 0), "{\"h\":{\"x\":1}}");
	CHECK_STR(run("[{\"op\":\"plunge\",\"host\":\"h\",\"name\":\"x\"}]", "{\"x\":1,\"h\":{\"y\":2}}", 0), "{\"h\":{\"y\":2,\"x\":1}}");
	CHECK_STR(run("[{\"op\":\"wrap\",\"name\":\"t\"}]", "{\"t\":\"a\"}", 0), "{\"t\":[\"a\"]}");
	CHECK_STR(run("[{\"op\":\"wrap\",\"name\":\"t\"}]", "{\"t\":null}", 0), "{\"t\":[]}");
	CHECK_STR(run("[{\"op\":\"head\",\"name\":\"t\"}]", "{\"t\":[\"a\",\"b\"]}", 0), "{\"t\":\"a\"}");
	CHECK_STR(run("[{\"op\":\"head\",\"name\":\"t\"}]", "{\"t\":[]}", 0), "{\"t\":null}");
	CHECK_STR(run("[{\"op\":\"convert\",\"name\":\"s\",\"mapping\":[[\"a\",1],[\"b\",2]]}]", "{\"s\":\"b\"}", 0), "{\"s\":2}");
	CHECK_STR(run("[{\"op\":\"convert\",\"name\":\"s\",\"mapping\":[[\"a\",1]]}]", "{\"s\":\"z\"}", 0), "{\"s\":\"z\"}");
	CHECK_STR(run("[{\"op\":\"in\",\"name\":\"o\",\"lens\":[{\"op\":\"rename\",\"from\":\"a\",\"to\":\"b\"}]}]",
				  "{\"o\":{\"a\":1}}", 0), "{\"o\":{\"b\":1}}");
	CHECK_STR(run("[{\"op\":\"map\",\"name\":\"l\",\"lens\":[{\"op\":\"add\",\"name\":\"k\",\"default\":0}]}]",
				  "{\"l\":[{},{\"k\":5},3]}", 0), "{\"l\":[{\"k\":0},{\"k\":5},3]}");

	/* reverse: the inverse operations, last first */
	CHECK_STR(run("[{\"op\":\"add\",\"name\":\"b\",\"default\":2}]", "{\"a\":1,\"b\":2}", 1), "{\"a\":1}");
	CHECK_STR(run("[{\"op\":\"remove\",\"name\":\"b\",\"default\":7}]", "{\"a\":1}", 1), "{\"a\":1,\"b\":7}");
	CHECK_STR(run("[{\"op\":\"convert\",\"name\":\"s\",\"mapping\":[[\"a\",1],[\"b\",2]]}]", "{\"s\":2}", 1), "{\"s\":\"b\"}");
	CHECK_STR(run("[{\"op\":\"hoist\",\"host\":\"h\",\"name\":\"x\"}]", "{\"h\":{},\"x\":1}", 1), "{\"h\":{\"x\":1}}");
	CHECK_STR(run(five, "{\"name\":\"n\",\"status\":\"todo\",\"tag\":\"t\",\"author\":\"me\"}", 0),
			  "{\"title\":\"n\",\"status\":0,\"tag\":[\"t\"],\"done\":false,\"meta\":{\"author\":\"me\"}}");
	CHECK(round_trip("[{\"op\":\"rename\",\"from\":\"name\",\"to\":\"title\"},{\"op\":\"convert\",\"name\":\"status\",\"mapping\":[[\"todo\",0],[\"done\",1]]},"
					 "{\"op\":\"wrap\",\"name\":\"tag\"},{\"op\":\"hoist\",\"host\":\"meta\",\"name\":\"author\"}]",
					 "{\"meta\":{\"v\":1,\"author\":\"me\"},\"name\":\"n\",\"status\":\"done\",\"tag\":\"t\"}"));
	CHECK(round_trip("[{\"op\":\"rename\",\"from\":\"a\",\"to\":\"b\"},{\"op\":\"add\",\"name\":\"c\",\"default\":1}]", "{\"x\":0,\"a\":1}"));
	CHECK(round_trip("[{\"op\":\"in\",\"name\":\"o\",\"lens\":[{\"op\":\"rename\",\"from\":\"a\",\"to\":\"b\"}]}]", "{\"o\":{\"a\":[1,2]}}"));

	/* errors: the path of the offending operation */
	CHECK_STR(run("{}", "{}", 0), "error: a lens must be an array of operations, not an object @");
	CHECK_STR(run("[{\"op\":\"fly\"}]", "{}", 0), "error: unknown lens operation \"fly\" @[0]");
	CHECK_STR(run("[{\"op\":\"add\"}]", "{}", 0), "error: operation needs a \"name\" member @[0]");
	CHECK_STR(run("[{\"op\":\"add\",\"name\":\"\"}]", "{}", 0), "error: \"name\" must be a non-empty string @[0].name");
	CHECK_STR(run("[{\"op\":\"add\",\"name\":\"a\",\"nam\":1}]", "{}", 0), "error: unknown member \"nam\" in a lens operation @[0].nam");
	CHECK_STR(run("[{\"op\":\"convert\",\"name\":\"a\",\"mapping\":[[1]]}]", "{}", 0), "error: a mapping entry must be an [old, new] pair @[0].mapping[0]");
	CHECK_STR(run("[{\"op\":\"in\",\"name\":\"a\",\"lens\":[1]}]", "{}", 0), "error: a lens operation must be an object, not a number @[0].lens[0]");
	CHECK_STR(run("[3]", "{}", 0), "error: a lens operation must be an object, not a number @[0]");
	CHECK_STR(run("[]", "[1]", 0), "error: a document must be a JSON object, not an array @");
	CHECK_STR(run("[{\"op\":\"plunge\",\"host\":\"h\",\"name\":\"x\"}]", "{\"x\":1,\"h\":3}", 0),
			  "error: cannot plunge \"x\" into \"h\": it is a number, not an object @h");

	/* nesting beyond the limit is refused when compiling */
	{
		char		deep[4096] = "";
		char		tail[4096] = "";

		for (int i = 0; i < SM_LENS_MAX_DEPTH + 1; i++)
		{
			strcat(deep, "[{\"op\":\"in\",\"name\":\"a\",\"lens\":");
			strcat(tail, "}]");
		}
		strcat(deep, "[]");
		strcat(deep, tail);
		CHECK(strncmp(run(deep, "{}", 0), "error: lenses nest deeper than", 30) == 0);
	}
	CHECK(sm_lens_length(NULL) == 0);
	return unit_done();
}
