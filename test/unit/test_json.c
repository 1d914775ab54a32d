/* Unit tests of src/core/json.c. */
#include <stdlib.h>

#include "json.h"
#include "unit.h"
#include "unit_alloc.h"

/* Parse a NUL-terminated text; err is cleared first. */
static sm_json *
parse(const char *s, sm_error *err)
{
	sm_error_clear(err);
	return sm_json_parse(s, strlen(s), err);
}

/* Whether s is rejected with code, by both the parser and the validator. */
static int
rejects(const char *s, size_t len, sm_errcode code)
{
	sm_error	err;
	sm_json    *v;

	sm_error_clear(&err);
	v = sm_json_parse(s, len, &err);
	if (v)
	{
		sm_json_free(v);
		return 0;
	}
	return err.code == code && !sm_json_valid(s, len);
}

#define REJECTS(lit) rejects((lit), sizeof(lit) - 1, SM_EINVAL)

/* Whether s is accepted by both the parser and the validator. */
static int
accepts(const char *s, size_t len)
{
	sm_error	err;
	sm_json    *v;

	sm_error_clear(&err);
	v = sm_json_parse(s, len, &err);
	if (v == NULL)
	{
		printf("# unexpected error: %s\n", err.message);
		return 0;
	}
	sm_json_free(v);
	return sm_json_valid(s, len);
}

#define ACCEPTS(lit) accepts((lit), sizeof(lit) - 1)

/* Compact output of a parsed text, in a static buffer ("" on error). */
static const char *
rewrite(const char *s)
{
	static char out[4096];
	sm_error	err;
	sm_json    *v = parse(s, &err);
	sm_buf		b;

	out[0] = '\0';
	if (v == NULL)
		return out;
	sm_buf_init(&b);
	if (sm_json_write(v, &b))
		snprintf(out, sizeof(out), "%s", b.data);
	sm_buf_free(&b);
	sm_json_free(v);
	return out;
}

/* Text of sm_json_write_double(d). */
static const char *
dbl(double d)
{
	static char out[64];
	sm_buf		b;

	sm_buf_init(&b);
	out[0] = '\0';
	if (sm_json_write_double(&b, d))
		snprintf(out, sizeof(out), "%s", b.data);
	else
		snprintf(out, sizeof(out), "<false>");
	sm_buf_free(&b);
	return out;
}

/* Deeply nested arrays or objects: depth levels. */
static char *
nested(int depth, int objects)
{
	char	   *s = malloc((size_t) depth * 8 + 8);
	size_t		o = 0;

	for (int i = 0; i < depth; i++)
	{
		if (objects)
		{
			memcpy(s + o, "{\"k\":", 5);
			o += 5;
		}
		else
			s[o++] = '[';
	}
	s[o++] = '1';
	for (int i = 0; i < depth; i++)
		s[o++] = objects ? '}' : ']';
	s[o] = '\0';
	return s;
}


int
main(void)
{
	sm_error	err;
	sm_json    *v;
	const sm_json *m;
	char		path[256];

	/* scalars */
	v = parse("null", &err);
	CHECK(v && v->type == SM_JNULL);
	sm_json_free(v);
	v = parse(" true ", &err);
	CHECK(v && v->type == SM_JTRUE);
	sm_json_free(v);
	v = parse("false", &err);
	CHECK(v && v->type == SM_JFALSE);
	sm_json_free(v);
	v = parse("-12.50e1", &err);
	CHECK(v && v->type == SM_JNUMBER && v->num == -125.0);
	CHECK(v && v->len == 8 && strcmp(v->str, "-12.50e1") == 0);
	sm_json_free(v);
	v = parse("12345678901234567890123", &err);
	CHECK(v && strcmp(v->str, "12345678901234567890123") == 0 && v->num > 1.2e22);
	sm_json_free(v);
	v = parse("1e999", &err);
	CHECK(v && isinf(v->num) && strcmp(v->str, "1e999") == 0);
	sm_json_free(v);
	v = parse("-0", &err);
	CHECK(v && v->num == 0 && strcmp(v->str, "-0") == 0);
	sm_json_free(v);

	/* strings and escapes */
	v = parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", &err);
	CHECK(v && v->type == SM_JSTRING && v->len == 12 &&
		  memcmp(v->str, "a\"b\\c/d\b\f\n\r\t", 12) == 0);
	sm_json_free(v);
	v = parse("\"\\u00e9\\u20AC\"", &err);
	CHECK(v && v->len == 5 && memcmp(v->str, "\xc3\xa9\xe2\x82\xac", 5) == 0);
	sm_json_free(v);
	v = parse("\"\\ud83d\\ude00\"", &err);
	CHECK(v && v->len == 4 && memcmp(v->str, "\xf0\x9f\x98\x80", 4) == 0);
	sm_json_free(v);
	v = parse("\"caf\xc3\xa9 \xf0\x9f\x98\x80\"", &err);
	CHECK(v && v->len == 10 && v->str[10] == '\0');
	sm_json_free(v);
	v = parse("\"\"", &err);
	CHECK(v && v->type == SM_JSTRING && v->len == 0 && v->str && v->str[0] == '\0');
	sm_json_free(v);

	/* containers */
	v = parse("{\"a\": [1, 2, {\"b\": null}], \"c\": \"d\", \"\": 0}", &err);
	CHECK(v && v->type == SM_JOBJECT && v->n == 3);
	CHECK(v && v->keylens[2] == 0 && v->keys[2][0] == '\0');
	m = sm_json_get(v, "a");
	CHECK(m && m->type == SM_JARRAY && m->n == 3 && m->items[1]->num == 2);
	CHECK(m && sm_json_get(m->items[2], "b") && sm_json_get(m->items[2], "b")->type == SM_JNULL);
	CHECK(sm_json_get(v, "zz") == NULL);
	CHECK(sm_json_get(m, "a") == NULL);	/* not an object */
	CHECK(sm_json_get(NULL, "a") == NULL);
	CHECK(sm_json_get(v, "") && sm_json_get(v, "")->num == 0);
	sm_json_free(v);
	v = parse("[]", &err);
	CHECK(v && v->type == SM_JARRAY && v->n == 0);
	sm_json_free(v);
	v = parse("{}", &err);
	CHECK(v && v->type == SM_JOBJECT && v->n == 0);
	sm_json_free(v);

	/* duplicate keys are kept in order; lookup returns the last */
	v = parse("{\"a\": 1, \"b\": 2, \"a\": 3}", &err);
	CHECK(v && v->n == 3 && strcmp(v->keys[0], "a") == 0 && strcmp(v->keys[2], "a") == 0);
	CHECK(sm_json_get(v, "a") && sm_json_get(v, "a")->num == 3);
	sm_json_free(v);

	/* input is not NUL-terminated: only len bytes are read */
	{
		const char	buf[] = "[1,2]garbage";
		const char	num[] = "12345";

		v = sm_json_parse(buf, 5, &err);
		CHECK(v && v->n == 2);
		sm_json_free(v);
		CHECK(!sm_json_valid(buf, 6));
		v = sm_json_parse(num, 2, &err);
		CHECK(v && v->num == 12 && strcmp(v->str, "12") == 0);
		sm_json_free(v);
		CHECK(!sm_json_valid("\"abc\"", 4));
	}

	/* syntax errors */
	CHECK(REJECTS(""));
	CHECK(REJECTS("   "));
	CHECK(REJECTS("nul"));
	CHECK(REJECTS("True"));
	CHECK(REJECTS("01"));
	CHECK(REJECTS("-01"));
	CHECK(REJECTS("-"));
	CHECK(REJECTS("1."));
	CHECK(REJECTS(".5"));
	CHECK(REJECTS("+1"));
	CHECK(REJECTS("1e"));
	CHECK(REJECTS("1e+"));
	CHECK(REJECTS("0x10"));
	CHECK(REJECTS("NaN"));
	CHECK(REJECTS("Infinity"));
	CHECK(REJECTS("1 2"));
	CHECK(REJECTS("[1,]"));
	CHECK(REJECTS("[,1]"));
	CHECK(REJECTS("[1 2]"));
	CHECK(REJECTS("{\"a\":1,}"));
	CHECK(REJECTS("{a:1}"));
	CHECK(REJECTS("{'a':1}"));
	CHECK(REJECTS("{\"a\" 1}"));
	CHECK(REJECTS("{\"a\":}"));
	CHECK(REJECTS("["));
	CHECK(REJECTS("{"));
	CHECK(REJECTS("]"));
	CHECK(REJECTS("\"abc"));
	CHECK(REJECTS("\"a\\x\""));
	CHECK(REJECTS("\"a\\u12\""));
	CHECK(REJECTS("\"a\\u12G4\""));
	CHECK(REJECTS("\"tab\there\""));
	CHECK(REJECTS("\"nl\nhere\""));
	CHECK(REJECTS("\xef\xbb\xbf{}"));	/* byte order mark */
	CHECK(REJECTS("[1]\x00"));
	/* what jsonb refuses */
	CHECK(REJECTS("\"\\u0000\""));
	CHECK(REJECTS("\"\\ud800\""));
	CHECK(REJECTS("\"\\ud800x\""));
	CHECK(REJECTS("\"\\ud800\\u0041\""));
	CHECK(REJECTS("\"\\udc00\""));
	CHECK(REJECTS("\"\\udc00\\ud800\""));
	/* invalid UTF-8 */
	CHECK(REJECTS("\"\xc3\x28\""));
	CHECK(REJECTS("\"\xc0\xaf\""));	/* overlong '/' */
	CHECK(REJECTS("\"\xe0\x80\xaf\""));	/* overlong */
	CHECK(REJECTS("\"\xed\xa0\x80\""));	/* encoded surrogate */
	CHECK(REJECTS("\"\xf4\x90\x80\x80\""));	/* above U+10FFFF */
	CHECK(REJECTS("\"\xf8\x88\x80\x80\x80\""));
	CHECK(REJECTS("\"\x80\""));
	CHECK(REJECTS("\"\xe2\x82\""));	/* truncated */
	CHECK(REJECTS("\xc3\xa9"));	/* non-ASCII outside a string */
	CHECK(ACCEPTS("\"\xf4\x8f\xbf\xbf\""));	/* U+10FFFF */
	CHECK(ACCEPTS("\"\xef\xbf\xbf\""));	/* U+FFFF */
	CHECK(ACCEPTS(" \t\r\n[ 1 , -0.0e-0 , { } , [ ] ] \n"));
	CHECK(ACCEPTS("\"\\u00e9\\u002F\\uFFFF\""));

	/* error reports: offset in the message, path of the enclosing element */
	v = parse("{\"a\": [1, 2, x]}", &err);
	CHECK(v == NULL && err.code == SM_EINVAL);
	CHECK_STR(err.path, "a[2]");
	CHECK(strstr(err.message, "byte offset 13") != NULL);
	CHECK(strstr(err.message, "unexpected character 'x'") != NULL);
	v = parse("{\"tables\": [{\"name\": \"t\"}, {\"na me\": \"\\u0000\"}]}", &err);
	CHECK(v == NULL && err.code == SM_EINVAL);
	CHECK_STR(err.path, "tables[1][\"na me\"]");
	CHECK(strstr(err.message, "\\u0000 is not allowed") != NULL);
	v = parse("[1] x", &err);
	CHECK(v == NULL && strstr(err.message, "byte offset 4") && strstr(err.message, "after the JSON value"));
	v = parse("01", &err);
	CHECK(v == NULL && strstr(err.message, "leading zeros") != NULL);
	v = parse("\"\xff\"", &err);
	CHECK(v == NULL && strstr(err.message, "invalid UTF-8") && strstr(err.message, "byte offset 1"));

	/* depth limit */
	{
		char	   *ok = nested(SM_JSON_MAX_DEPTH, 0);
		char	   *deep = nested(SM_JSON_MAX_DEPTH + 1, 0);
		char	   *okobj = nested(SM_JSON_MAX_DEPTH, 1);
		char	   *deepobj = nested(SM_JSON_MAX_DEPTH + 1, 1);
		char	   *huge = nested(100000, 0);

		v = parse(ok, &err);
		CHECK(v != NULL);
		sm_json_free(v);
		v = parse(deep, &err);
		CHECK(v == NULL && err.code == SM_ELIMIT);
		CHECK(strstr(err.message, "128") != NULL);
		CHECK(!sm_json_valid(deep, strlen(deep)));
		CHECK(sm_json_valid(ok, strlen(ok)));
		v = parse(okobj, &err);
		CHECK(v != NULL);
		sm_json_free(v);
		v = parse(deepobj, &err);
		CHECK(v == NULL && err.code == SM_ELIMIT);
		v = parse(huge, &err);
		CHECK(v == NULL && err.code == SM_ELIMIT);
		free(ok);
		free(deep);
		free(okobj);
		free(deepobj);
		free(huge);
	}

	/* a wide array */
	{
		size_t		n = 200000;
		char	   *s = malloc(n * 2 + 2);
		size_t		o = 0;

		s[o++] = '[';
		for (size_t i = 0; i < n; i++)
		{
			s[o++] = '7';
			s[o++] = (i + 1 < n) ? ',' : ']';
		}
		v = sm_json_parse(s, o, &err);
		CHECK(v && v->n == n && v->items[n - 1]->num == 7);
		sm_json_free(v);
		free(s);
	}

	/* writer */
	CHECK_STR(rewrite(" { \"a\" : [ 1 , 2.50 , \"x\\ny\" ] , \"b\" : null , \"c\" : true } "),
			  "{\"a\":[1,2.50,\"x\\ny\"],\"b\":null,\"c\":true}");
	CHECK_STR(rewrite("\"\\u0001\\u001f\\\"\\\\\\/\\u00e9\""),
			  "\"\\u0001\\u001f\\\"\\\\/\xc3\xa9\"");
	CHECK_STR(rewrite("\"\\b\\f\\r\\t\""), "\"\\b\\f\\r\\t\"");
	CHECK_STR(rewrite("[1e999,-0,1E+2]"), "[1e999,-0,1E+2]");
	CHECK_STR(rewrite("{\"a\":1,\"a\":2}"), "{\"a\":1,\"a\":2}");
	CHECK_STR(dbl(0.1), "0.1");
	CHECK_STR(dbl(1.0), "1");
	CHECK_STR(dbl(-0.0), "0");
	CHECK_STR(dbl(-2.5), "-2.5");
	CHECK_STR(dbl(1e20), "1e+20");
	CHECK_STR(dbl(123456789012345.0), "123456789012345");
	CHECK_STR(dbl(1.0 / 3.0), "0.3333333333333333");
	CHECK_STR(dbl(NAN), "<false>");
	CHECK_STR(dbl(INFINITY), "<false>");
	CHECK(strtod(dbl(2.0 / 3.0), NULL) == 2.0 / 3.0);
	CHECK(strtod(dbl(5e-324), NULL) == 5e-324);
	{
		sm_buf		b;

		sm_buf_init(&b);
		CHECK(sm_json_write_string(&b, "a\0b", 3) && strcmp(b.data, "\"a\\u0000b\"") == 0);
		sm_buf_free(&b);
	}

	/* round trip: parse, write, parse gives an equal tree */
	{
		const char *docs[] = {
			"{\"name\":\"x\",\"list\":[1,2.5,-3e-7,\"\\u2028\",{\"\":[]}],\"t\":true,\"f\":false,\"n\":null}",
			"[\"\\u00e9\\ud83d\\ude00\\t\\\"\",[[[]]],{}]",
			"-1.5E+300"
		};

		for (int i = 0; i < 3; i++)
		{
			sm_json    *a = parse(docs[i], &err);
			sm_json    *b2 = NULL;
			sm_json    *c = NULL;
			sm_buf		out;

			sm_buf_init(&out);
			CHECK(a && sm_json_write(a, &out));
			if (a)
				b2 = sm_json_parse(out.data, out.len, &err);
			CHECK(b2 && sm_json_equal(a, b2));
			c = sm_json_clone(a);
			CHECK(c && sm_json_equal(a, c) && c != a);
			sm_json_free(a);
			sm_json_free(b2);
			sm_json_free(c);
			sm_buf_free(&out);
		}
	}

	/* equality */
	{
		sm_json    *a = parse("{\"a\":[1,\"x\"]}", &err);
		sm_json    *b2 = parse("{\"a\":[1.0,\"x\"]}", &err);
		sm_json    *c = parse("{\"a\":[1,\"y\"]}", &err);
		sm_json    *d = parse("{\"b\":[1,\"x\"]}", &err);
		sm_json    *e = parse("[1e999]", &err);
		sm_json    *f = parse("[2e999]", &err);

		CHECK(sm_json_equal(a, b2));
		CHECK(!sm_json_equal(a, c));
		CHECK(!sm_json_equal(a, d));
		CHECK(!sm_json_equal(e, f));
		CHECK(!sm_json_equal(a, NULL));
		sm_json_free(a);
		sm_json_free(b2);
		sm_json_free(c);
		sm_json_free(d);
		sm_json_free(e);
		sm_json_free(f);
	}

	/* building trees by hand */
	{
		sm_json    *o = sm_json_new(SM_JOBJECT);
		sm_json    *arr = sm_json_new(SM_JARRAY);
		sm_buf		b;

		for (int i = 0; i < 10; i++)
			CHECK(i >= 0 && sm_json_array_append(arr, sm_json_new_number(i * 0.5)));
		CHECK(sm_json_object_append(o, "k\"", 2, sm_json_new_string("v", 1)));
		CHECK(sm_json_object_append(o, "arr", 3, arr));
		CHECK(!sm_json_array_append(o, sm_json_new(SM_JNULL)));	/* not an array */
		sm_buf_init(&b);
		CHECK(sm_json_write(o, &b));
		CHECK_STR(b.data, "{\"k\\\"\":\"v\",\"arr\":[0,0.5,1,1.5,2,2.5,3,3.5,4,4.5]}");
		sm_buf_free(&b);
		sm_json_free(o);
	}

	/* type names */
	CHECK_STR(sm_json_type_name(SM_JTRUE), "boolean");
	CHECK_STR(sm_json_type_phrase(SM_JARRAY), "an array");
	CHECK_STR(sm_json_type_phrase(SM_JOBJECT), "an object");
	CHECK_STR(sm_json_type_phrase(SM_JSTRING), "a string");

	/* UTF-8 */
	CHECK(sm_utf8_valid("abc\xc3\xa9", 5));
	CHECK(!sm_utf8_valid("abc\xc3", 4));
	CHECK(!sm_utf8_valid("\xed\xbf\xbf", 3));
	CHECK(sm_utf8_valid("", 0));

	/* paths */
	sm_json_path_key(path, sizeof(path), "tables[0]", "x-owner", 7);
	CHECK_STR(path, "tables[0].x-owner");
	sm_json_path_key(path, sizeof(path), "$", "name", 4);
	CHECK_STR(path, "name");
	sm_json_path_key(path, sizeof(path), NULL, "a b", 3);
	CHECK_STR(path, "[\"a b\"]");
	sm_json_path_key(path, sizeof(path), "x", "q\"\n", 3);
	CHECK_STR(path, "x[\"q\\\"\\u000a\"]");
	sm_json_path_key(path, sizeof(path), "x", "", 0);
	CHECK_STR(path, "x[\"\"]");
	sm_json_path_index(path, sizeof(path), "tables", 12);
	CHECK_STR(path, "tables[12]");
	sm_json_path_index(path, sizeof(path), "$", 3);
	CHECK_STR(path, "[3]");
	{
		char		small[8];
		char		longkey[300];

		memset(longkey, 'k', sizeof(longkey));
		sm_json_path_key(path, sizeof(path), "p", longkey, sizeof(longkey));
		CHECK(strlen(path) == 255);
		sm_json_path_key(small, sizeof(small), "p", "\xc3\xa9\xc3\xa9\xc3\xa9", 6);
		CHECK(sm_utf8_valid(small, strlen(small)));
	}

	/* allocation failures: always SM_ENOMEM, never a leak or a crash */
	{
		const char *doc = "{\"a\":[1,2,3,{\"b\":\"\\u00e9x\"}],\"c\":[[],{}],\"d\":\"long string value\"}";
		sm_allocator failing = {test_alloc, test_realloc, test_free};
		sm_allocator plain = {test_alloc, test_realloc, test_free};
		int			bad = 0;
		int			succeeded = 0;

		sm_set_allocator(&failing);
		for (long budget = 0; budget < 200 && !succeeded; budget++)
		{
			alloc_budget = budget;
			v = parse(doc, &err);
			if (v)
				succeeded = 1;
			else if (err.code != SM_ENOMEM)
				bad++;
			sm_json_free(v);
		}
		alloc_budget = -1;
		sm_set_allocator(&plain);
		CHECK(succeeded && bad == 0);
	}

	return unit_done();
}
