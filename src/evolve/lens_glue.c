/*
 * lens_glue.c
 *	  SQL entry points of the lens engine (core/evolve/lens.c):
 *	  lens_apply(doc, lens, reverse) and lens_check(lens).
 *
 * Moves jsonb in and out as JSON text and turns core errors into ereports.
 * The compiled lens is cached per call site (fn_extra), keyed by the bytes
 * of the lens argument, so a query applying one lens to many rows compiles
 * it once.
 */
#include "synthmig.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"

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
	char	   *text = JsonbToCString(NULL, &doc->root, VARSIZE(doc));
	sm_error	err;
	sm_buf		out;
	Datum		result;

	sm_error_clear(&err);
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
