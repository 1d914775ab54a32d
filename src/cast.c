/*
 * cast.c
 *	  can_cast(text, type): would the text be accepted as a value of a type?
 *
 * PostgreSQL 15 has no soft input errors (pg_input_is_valid is 16+), so the
 * type's input function runs inside a subtransaction and its error is
 * swallowed.  Common types take a fast path that needs no subtransaction.
 */
#include "synthmig.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "parser/parse_type.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/resowner.h"

PG_FUNCTION_INFO_V1(synthmig_can_cast);

/* What we remember between calls in fn_extra. */
typedef struct CastCache
{
	char	   *type_name;
	Oid			typoid;
	int32		typmod;
	FmgrInfo	input;
	Oid			ioparam;
} CastCache;

/* Fast path for integers: plain optional sign and digits within range. */
static bool
fast_integer(const char *s, int64 lo, int64 hi, bool *result)
{
	const char *p = s;
	bool		neg = false;
	uint64		v = 0;
	int			digits = 0;

	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	if (*p == '-' || *p == '+')
		neg = (*p++ == '-');
	while (*p >= '0' && *p <= '9')
	{
		if (++digits > 19)
			return false;		/* let the input function decide */
		v = v * 10 + (uint64) (*p++ - '0');
	}
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	if (*p != '\0' || digits == 0)
		return false;			/* underscores, hex, garbage: slow path */
	if (v > (uint64) PG_INT64_MAX)
		return false;
	*result = neg ? -(int64) v >= lo : (int64) v <= hi;
	return true;
}

/*
 * Run the input function in a subtransaction; any ERROR means "no".  Errors
 * that are not about the data (out of memory, cancel) are re-thrown.
 */
static bool
input_accepts(CastCache *cc, char *value)
{
	MemoryContext oldcxt = CurrentMemoryContext;
	ResourceOwner oldowner = CurrentResourceOwner;
	volatile bool ok = true;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(oldcxt);
	PG_TRY();
	{
		(void) InputFunctionCall(&cc->input, value, cc->ioparam, cc->typmod);
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcxt);
		CurrentResourceOwner = oldowner;
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(oldcxt);
		edata = CopyErrorData();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcxt);
		CurrentResourceOwner = oldowner;
		if (edata->sqlerrcode == ERRCODE_QUERY_CANCELED ||
			edata->sqlerrcode == ERRCODE_OUT_OF_MEMORY ||
			ERRCODE_TO_CATEGORY(edata->sqlerrcode) == ERRCODE_INSUFFICIENT_RESOURCES ||
			ERRCODE_TO_CATEGORY(edata->sqlerrcode) == ERRCODE_OPERATOR_INTERVENTION)
			ReThrowError(edata);
		FreeErrorData(edata);
		FlushErrorState();
		ok = false;
	}
	PG_END_TRY();
	return ok;
}

/* can_cast(value text, type_name text) -> boolean (NULL value -> true). */
Datum
synthmig_can_cast(PG_FUNCTION_ARGS)
{
	CastCache  *cc = (CastCache *) fcinfo->flinfo->fn_extra;
	char	   *type_name;
	char	   *value;
	bool		result;

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("type name must not be null"),
				 errhint("Pass a type such as 'integer' or 'numeric(10,2)'.")));
	if (PG_ARGISNULL(0))
		PG_RETURN_BOOL(true);	/* NULL is a value of every type */

	type_name = text_to_cstring(PG_GETARG_TEXT_PP(1));
	if (cc == NULL || strcmp(cc->type_name, type_name) != 0)
	{
		MemoryContext mcxt = fcinfo->flinfo->fn_mcxt;
		Oid			infunc;

		cc = MemoryContextAllocZero(mcxt, sizeof(CastCache));
		/* raises a clear error for unknown types */
		parseTypeString(type_name, &cc->typoid, &cc->typmod, false);
		getTypeInputInfo(cc->typoid, &infunc, &cc->ioparam);
		fmgr_info_cxt(infunc, &cc->input, mcxt);
		cc->type_name = MemoryContextStrdup(mcxt, type_name);
		fcinfo->flinfo->fn_extra = cc;
	}

	value = text_to_cstring(PG_GETARG_TEXT_PP(0));
	switch (cc->typoid)
	{
		case INT2OID:
			if (fast_integer(value, PG_INT16_MIN, PG_INT16_MAX, &result))
				PG_RETURN_BOOL(result);
			break;
		case INT4OID:
			if (fast_integer(value, PG_INT32_MIN, PG_INT32_MAX, &result))
				PG_RETURN_BOOL(result);
			break;
		case INT8OID:
			if (fast_integer(value, PG_INT64_MIN, PG_INT64_MAX, &result))
				PG_RETURN_BOOL(result);
			break;
		case TEXTOID:
			PG_RETURN_BOOL(true);
		default:
			break;
	}
	PG_RETURN_BOOL(input_accepts(cc, value));
}
