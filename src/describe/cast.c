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
 * Run a type's input function in a subtransaction (PostgreSQL 15 has no
 * soft input errors) and tell whether it accepted the value.  An error
 * about the value means "no": with data_only, only data exceptions and
 * integrity violations (classes 22 and 23) count as such and every other
 * error is re-thrown; without it, anything but a cancel, out of memory, a
 * resource or an operator-intervention error.  *result gets the value.
 */
bool
synthmig_input_soft(FmgrInfo *input, char *value, Oid ioparam, int32 typmod,
					bool data_only, Datum *result)
{
	MemoryContext oldcxt = CurrentMemoryContext;
	ResourceOwner oldowner = CurrentResourceOwner;
	volatile bool ok = true;
	volatile Datum res = (Datum) 0;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(oldcxt);
	PG_TRY();
	{
		res = InputFunctionCall(input, value, ioparam, typmod);
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcxt);
		CurrentResourceOwner = oldowner;
	}
	PG_CATCH();
	{
		ErrorData  *edata;
		int			cat;

		MemoryContextSwitchTo(oldcxt);
		edata = CopyErrorData();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcxt);
		CurrentResourceOwner = oldowner;
		cat = ERRCODE_TO_CATEGORY(edata->sqlerrcode);
		if (data_only ? (cat != ERRCODE_DATA_EXCEPTION && cat != ERRCODE_INTEGRITY_CONSTRAINT_VIOLATION)
			: (edata->sqlerrcode == ERRCODE_QUERY_CANCELED ||
			   edata->sqlerrcode == ERRCODE_OUT_OF_MEMORY ||
			   cat == ERRCODE_INSUFFICIENT_RESOURCES ||
			   cat == ERRCODE_OPERATOR_INTERVENTION))
			ReThrowError(edata);
		FreeErrorData(edata);
		FlushErrorState();
		ok = false;
	}
	PG_END_TRY();
	if (result)
		*result = res;
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
	PG_RETURN_BOOL(synthmig_input_soft(&cc->input, value, cc->ioparam, cc->typmod, false, NULL));
}
