/*
 * definition.c
 *	  SQL entry point for validating and canonicalising schema definitions.
 *
 * The validation itself is pure C (core/schemadef.c) working on JSON text,
 * so it is unit-tested and fuzzed outside the server; this file only moves
 * the jsonb in and out and turns core errors into ereports.
 */
#include "synthmig.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "schemadef.h"

PG_FUNCTION_INFO_V1(synthmig_canonical_definition);

/*
 * canonical_definition(jsonb) -> jsonb: raises 22023 with the JSON path of
 * the first problem, or returns the canonical form (aliases resolved, types
 * normalised, key order fixed).
 */
Datum
synthmig_canonical_definition(PG_FUNCTION_ARGS)
{
	Jsonb	   *in = PG_GETARG_JSONB_P(0);
	size_t		limit = (size_t) synthmig_max_definition_kb * 1024;
	sm_schemadef_limits lim = sm_schemadef_default_limits;
	sm_error	err;
	sm_buf		out;
	char	   *text;
	size_t		len;

	/* refuse absurd sizes before spending time on them */
	if (VARSIZE(in) > limit)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("definition is too large: %zu bytes", (size_t) VARSIZE(in)),
				 errdetail("The limit synthmig.max_definition_size is %d kB.",
						   synthmig_max_definition_kb)));

	text = JsonbToCString(NULL, &in->root, VARSIZE(in));

	len = strlen(text);
	lim.max_bytes = Max(limit, len);
	sm_error_clear(&err);
	sm_buf_init(&out);
	if (!sm_schemadef_canonicalize(text, len, &lim, &out, &err))
		synthmig_report(&err, "invalid definition");

	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(out.data)));
}
