/*
 * lens_glue.c
 *	  SQL entry points of the lens engine (core/evolve/lens.c):
 *	  lens_apply(doc, lens, reverse) and lens_check(lens).
 *
 * Moves jsonb in and out and turns core errors into ereports.  A document
 * object goes straight from the jsonb tree to the core's tree and back
 * (no JSON text in between); anything else takes the text path, where the
 * core reports what it is.  The compiled lens is cached per call site
 * (fn_extra), keyed by the bytes of the lens argument, so a query applying
 * one lens to many rows compiles it once.
 */
#include "synthmig.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "lens.h"

PG_FUNCTION_INFO_V1(synthmig_lens_apply);
PG_FUNCTION_INFO_V1(synthmig_lens_check);

typedef struct lens_cache
{
	Jsonb	   *key;			/* copy of the lens argument */
	sm_lens    *lens;
} lens_cache;

/* Compile a lens given as jsonb, in the current memory context; errors are raised. */
static sm_lens *
compile_lens(Jsonb *lens_arg)
{
	char	   *text = JsonbToCString(NULL, &lens_arg->root, VARSIZE(lens_arg));
	sm_error	err;
	sm_lens    *lens;

	sm_error_clear(&err);
	lens = sm_lens_parse(text, strlen(text), &err);
	pfree(text);
	if (lens == NULL)
		synthmig_report(&err, "invalid lens");
	return lens;
}

/* The compiled lens of this call site, compiled again when the argument changes. */
static sm_lens *
cached_lens(FunctionCallInfo fcinfo, Jsonb *lens_arg)
{
	lens_cache *cache = (lens_cache *) fcinfo->flinfo->fn_extra;
	MemoryContext old;

	if (cache != NULL && VARSIZE(cache->key) == VARSIZE(lens_arg) &&
		memcmp(cache->key, lens_arg, VARSIZE(lens_arg)) == 0)
		return cache->lens;
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	if (cache == NULL)
	{
		cache = palloc0(sizeof(lens_cache));
		fcinfo->flinfo->fn_extra = cache;
	}
	else
	{
		sm_lens_free(cache->lens);
		pfree(cache->key);
		cache->lens = NULL;
		cache->key = NULL;
	}
	cache->lens = compile_lens(lens_arg);
	cache->key = palloc(VARSIZE(lens_arg));
	memcpy(cache->key, lens_arg, VARSIZE(lens_arg));
	MemoryContextSwitchTo(old);
	return cache->lens;
}

/* Raise out of memory for a core allocation that failed. */
static void
core_oom(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_OUT_OF_MEMORY),
			 errmsg("out of memory applying a lens"),
			 errdetail("A document tree could not be allocated.")));
}

/* A scalar jsonb value as a core JSON value. */
static sm_json *
scalar_to_core(const JsonbValue *v)
{
	sm_json    *r = NULL;

	switch (v->type)
	{
		case jbvNull:
			r = sm_json_new(SM_JNULL);
			break;
		case jbvBool:
			r = sm_json_new(v->val.boolean ? SM_JTRUE : SM_JFALSE);
			break;
		case jbvString:
			r = sm_json_new_string(v->val.string.val, v->val.string.len);
			break;
		case jbvNumeric:
			{
				char	   *text = DatumGetCString(DirectFunctionCall1(numeric_out,
																	   NumericGetDatum(v->val.numeric)));

				r = sm_json_new(SM_JNUMBER);
				if (r)
				{
					r->len = strlen(text);
					r->str = sm_strndup(text, r->len);
					r->num = strtod(text, NULL);
					if (r->str == NULL)
					{
						sm_json_free(r);
						r = NULL;
					}
				}
				pfree(text);
				break;
			}
		default:
			elog(ERROR, "unexpected jsonb value type %d", (int) v->type);
	}
	if (r == NULL)
		core_oom();
	return r;
}

/* A jsonb object or array (iterated) as a core JSON tree. */
static sm_json *
jsonb_to_core(Jsonb *jb)
{
	JsonbIterator *it = JsonbIteratorInit(&jb->root);
	JsonbValue	v;
	JsonbIteratorToken tok;
	sm_json    *stack[SM_JSON_MAX_DEPTH + 2];
	char	   *keys[SM_JSON_MAX_DEPTH + 2];
	int			keylens[SM_JSON_MAX_DEPTH + 2];
	int			depth = 0;
	sm_json    *root = NULL;

	while ((tok = JsonbIteratorNext(&it, &v, false)) != WJB_DONE)
	{
		sm_json    *item = NULL;

		switch (tok)
		{
			case WJB_BEGIN_OBJECT:
			case WJB_BEGIN_ARRAY:
				if (depth >= SM_JSON_MAX_DEPTH)
					ereport(ERROR,
							(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
							 errmsg("document nests deeper than %d levels", SM_JSON_MAX_DEPTH),
							 errhint("Lenses apply to documents of at most %d levels.", SM_JSON_MAX_DEPTH)));
				stack[depth] = sm_json_new(tok == WJB_BEGIN_OBJECT ? SM_JOBJECT : SM_JARRAY);
				if (stack[depth] == NULL)
					core_oom();
				keys[depth] = NULL;
				depth++;
				continue;
			case WJB_KEY:
				keys[depth - 1] = v.val.string.val;
				keylens[depth - 1] = v.val.string.len;
				continue;
			case WJB_END_OBJECT:
			case WJB_END_ARRAY:
				item = stack[--depth];
				break;
			case WJB_VALUE:
			case WJB_ELEM:
				item = scalar_to_core(&v);
				break;
			default:
				continue;
		}
		if (depth == 0)
		{
			root = item;
			continue;
		}
		if (stack[depth - 1]->type == SM_JOBJECT)
		{
			if (!sm_json_object_append(stack[depth - 1], keys[depth - 1], keylens[depth - 1], item))
				core_oom();
		}
		else if (!sm_json_array_append(stack[depth - 1], item))
			core_oom();
	}
	return root;
}

/* Push a core JSON value into a jsonb being built (as a value, element or root). */
static JsonbValue *
core_to_jsonb(JsonbParseState **state, const sm_json *j, JsonbIteratorToken as)
{
	JsonbValue	v;

	check_stack_depth();
	switch (j->type)
	{
		case SM_JOBJECT:
			pushJsonbValue(state, WJB_BEGIN_OBJECT, NULL);
			for (size_t i = 0; i < j->n; i++)
			{
				JsonbValue	k;

				k.type = jbvString;
				k.val.string.val = j->keys[i];
				k.val.string.len = (int) j->keylens[i];
				pushJsonbValue(state, WJB_KEY, &k);
				core_to_jsonb(state, j->items[i], WJB_VALUE);
			}
			return pushJsonbValue(state, WJB_END_OBJECT, NULL);
		case SM_JARRAY:
			pushJsonbValue(state, WJB_BEGIN_ARRAY, NULL);
			for (size_t i = 0; i < j->n; i++)
				core_to_jsonb(state, j->items[i], WJB_ELEM);
			return pushJsonbValue(state, WJB_END_ARRAY, NULL);
		case SM_JNULL:
			v.type = jbvNull;
			break;
		case SM_JTRUE:
		case SM_JFALSE:
			v.type = jbvBool;
			v.val.boolean = j->type == SM_JTRUE;
			break;
		case SM_JSTRING:
			v.type = jbvString;
			v.val.string.val = j->str;
			v.val.string.len = (int) j->len;
			break;
		case SM_JNUMBER:
			{
				sm_buf		b;

				sm_buf_init(&b);
				if (j->str)
					sm_buf_append(&b, j->str, j->len);
				else if (!sm_json_write_double(&b, j->num))
					sm_buf_puts(&b, "null");
				if (b.oom)
					core_oom();
				v.type = jbvNumeric;
				v.val.numeric = DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(b.data),
																	ObjectIdGetDatum(InvalidOid),
																	Int32GetDatum(-1)));
				sm_buf_free(&b);
				break;
			}
	}
	return pushJsonbValue(state, as, &v);
}

/*
 * lens_apply(doc jsonb, lens jsonb, reverse boolean) -> jsonb: the document
 * translated by the lens (forward, or in reverse for readers of the old
 * version).
 */
Datum
synthmig_lens_apply(PG_FUNCTION_ARGS)
{
	Jsonb	   *doc = PG_GETARG_JSONB_P(0);
	Jsonb	   *lens_arg = PG_GETARG_JSONB_P(1);
	bool		reverse = PG_GETARG_BOOL(2);
	sm_lens    *lens = cached_lens(fcinfo, lens_arg);
	char	   *text;
	sm_error	err;
	sm_buf		out;
	Datum		result;

	sm_error_clear(&err);
	if (JB_ROOT_IS_OBJECT(doc))
	{
		sm_json    *tree = jsonb_to_core(doc);
		JsonbParseState *state = NULL;
		JsonbValue *res;

		if (!sm_lens_apply(lens, tree, reverse, &err))
			synthmig_report(&err, "cannot apply lens");
		res = core_to_jsonb(&state, tree, WJB_VALUE);
		sm_json_free(tree);
		PG_RETURN_JSONB_P(JsonbValueToJsonb(res));
	}
	/* not an object: the core says what it is */
	text = JsonbToCString(NULL, &doc->root, VARSIZE(doc));

	sm_buf_init(&out);
	if (!sm_lens_apply_text(lens, text, strlen(text), reverse, &out, &err))
		synthmig_report(&err, "cannot apply lens");
	if (out.oom)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory applying a lens"),
				 errdetail("The translated document of %zu bytes could not be built.", strlen(text))));
	pfree(text);
	result = DirectFunctionCall1(jsonb_in, CStringGetDatum(out.data));
	sm_buf_free(&out);
	PG_RETURN_DATUM(result);
}

/* lens_check(lens jsonb) -> integer: the number of top-level operations, or an error with its path. */
Datum
synthmig_lens_check(PG_FUNCTION_ARGS)
{
	Jsonb	   *lens_arg = PG_GETARG_JSONB_P(0);
	sm_lens    *lens = compile_lens(lens_arg);
	size_t		n = sm_lens_length(lens);

	sm_lens_free(lens);
	PG_RETURN_INT32((int32) n);
}
