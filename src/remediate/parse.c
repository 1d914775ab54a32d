/*
 * remediate/parse.c
 *	  SQL entry points of the remediation value parsers (src/core/textparse.c)
 *	  and try_cast.
 *
 * Contract: a bad *value* (unparseable, impossible, out of range, missing)
 * gives NULL, never an error; a bad *option* raises 22023 naming it.  The
 * common path reads the text in place (no detoasting copy for short values,
 * no cstring), parses with the pure-C core into stack buffers, and
 * allocates only the result; no subtransaction is ever used except by
 * try_cast on types without a fast path.
 */
#include "synthmig.h"

#include <ctype.h>

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "nodes/primnodes.h"
#include "parser/parser.h"
#include "parser/scansup.h"
#include "pgtime.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/resowner.h"
#include "utils/timestamp.h"
#include "utils/uuid.h"

#include "textparse.h"

PG_FUNCTION_INFO_V1(synthmig_parse_numeric);
PG_FUNCTION_INFO_V1(synthmig_parse_integer);
PG_FUNCTION_INFO_V1(synthmig_parse_date);
PG_FUNCTION_INFO_V1(synthmig_parse_timestamp);
PG_FUNCTION_INFO_V1(synthmig_parse_timestamptz);
PG_FUNCTION_INFO_V1(synthmig_parse_boolean);
PG_FUNCTION_INFO_V1(synthmig_is_missing);
PG_FUNCTION_INFO_V1(synthmig_split_name);
PG_FUNCTION_INFO_V1(synthmig_split_name_known);
PG_FUNCTION_INFO_V1(synthmig_try_cast);
PG_FUNCTION_INFO_V1(synthmig_is_one_expression);

#define TEXT_SPAN(t) VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)

/* The decimal_mark argument, or an error naming the bad value. */
static sm_decimal_mark
decimal_mark_arg(text *t)
{
	sm_decimal_mark mark;

	if (!sm_tp_decimal_mark_option(TEXT_SPAN(t), &mark))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid decimal_mark"),
				 errdetail("decimal_mark was \"%s\".", text_to_cstring(t)),
				 errhint("Use '.', ',' or 'auto'.")));
	return mark;
}

/* The field_order argument, or an error naming the bad value. */
static sm_field_order
field_order_arg(text *t)
{
	sm_field_order order;

	if (!sm_tp_field_order_option(TEXT_SPAN(t), &order))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid field_order"),
				 errdetail("field_order was \"%s\".", text_to_cstring(t)),
				 errhint("Use 'MDY', 'DMY', 'YMD' or 'auto'.")));
	return order;
}

/* parse_numeric(value, decimal_mark): exact, via canonical decimal text. */
Datum
synthmig_parse_numeric(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	sm_decimal_mark mark = decimal_mark_arg(PG_GETARG_TEXT_PP(1));
	char		buf[SM_TP_NUMERIC_BUF];

	if (!sm_tp_parse_numeric(TEXT_SPAN(value), mark, buf, sizeof(buf)))
		PG_RETURN_NULL();
	/* the canonical text is within numeric's limits: this cannot fail */
	PG_RETURN_DATUM(DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
										ObjectIdGetDatum(InvalidOid),
										Int32GetDatum(-1)));
}

/* parse_integer(value, decimal_mark): integral values within bigint. */
Datum
synthmig_parse_integer(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	sm_decimal_mark mark = decimal_mark_arg(PG_GETARG_TEXT_PP(1));
	int64_t		v;

	if (!sm_tp_parse_int64(TEXT_SPAN(value), mark, &v))
		PG_RETURN_NULL();
	PG_RETURN_INT64((int64) v);
}

/* parse_date(value, field_order): days since 2000-01-01, like DateADT. */
Datum
synthmig_parse_date(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	sm_field_order order = field_order_arg(PG_GETARG_TEXT_PP(1));
	int32_t		ndays;

	if (!sm_tp_parse_date(TEXT_SPAN(value), order, &ndays))
		PG_RETURN_NULL();
	PG_RETURN_DATEADT((DateADT) ndays);
}

/* parse_timestamp(value, field_order): a zone in the text shifts to UTC. */
Datum
synthmig_parse_timestamp(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	sm_field_order order = field_order_arg(PG_GETARG_TEXT_PP(1));
	int64_t		usecs;
	bool		has_zone;

	if (!sm_tp_parse_timestamp(TEXT_SPAN(value), order, &usecs, &has_zone) ||
		!IS_VALID_TIMESTAMP((Timestamp) usecs))
		PG_RETURN_NULL();
	PG_RETURN_TIMESTAMP((Timestamp) usecs);
}

/* The zone last checked by parse_timestamptz, kept in fn_extra. */
typedef struct ZoneCache
{
	int			len;
	char		name[FLEXIBLE_ARRAY_MEMBER];
} ZoneCache;

/*
 * Would timestamp_zone accept this zone?  The same two look-ups it makes
 * (abbreviation table, then zone database), so that a bad zone is reported
 * here with a clear detail instead of on the first row that needs it.
 */
static void
check_zone(text *zone)
{
	char		tzname[TZ_STRLEN_MAX + 1];
	char	   *lowzone;
	int			type,
				val;
	pg_tz	   *tzp;

	text_to_cstring_buffer(zone, tzname, sizeof(tzname));
	lowzone = downcase_truncate_identifier(tzname, strlen(tzname), false);
	type = DecodeTimezoneAbbrev(0, lowzone, &val, &tzp);
	pfree(lowzone);
	if (type == TZ || type == DTZ || type == DYNTZ)
		return;
	if (pg_tzset(tzname) != NULL)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid zone"),
			 errdetail("zone was \"%s\", which is not a known time zone name or abbreviation.",
					   tzname),
			 errhint("Use a name such as 'UTC' or 'Europe/Paris' (see pg_timezone_names).")));
}

/*
 * parse_timestamptz(value, field_order, zone): a value with its own zone
 * (or an epoch) is that instant; one without is local time in zone.
 */
Datum
synthmig_parse_timestamptz(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	sm_field_order order = field_order_arg(PG_GETARG_TEXT_PP(1));
	text	   *zone = PG_GETARG_TEXT_PP(2);
	ZoneCache  *zc = (ZoneCache *) fcinfo->flinfo->fn_extra;
	int			zlen = (int) VARSIZE_ANY_EXHDR(zone);
	int64_t		usecs;
	bool		has_zone;

	if (zc == NULL || zc->len != zlen || memcmp(zc->name, VARDATA_ANY(zone), zlen) != 0)
	{
		check_zone(zone);
		zc = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(ZoneCache) + zlen);
		zc->len = zlen;
		memcpy(zc->name, VARDATA_ANY(zone), zlen);
		if (fcinfo->flinfo->fn_extra)
			pfree(fcinfo->flinfo->fn_extra);
		fcinfo->flinfo->fn_extra = zc;
	}
	if (!sm_tp_parse_timestamp(TEXT_SPAN(value), order, &usecs, &has_zone) ||
		!IS_VALID_TIMESTAMP((Timestamp) usecs))
		PG_RETURN_NULL();
	if (has_zone)
		PG_RETURN_TIMESTAMPTZ((TimestampTz) usecs);
	/* timestamp AT TIME ZONE zone: wall-clock time in zone -> instant */
	PG_RETURN_DATUM(DirectFunctionCall2(timestamp_zone, PointerGetDatum(zone),
										TimestampGetDatum((Timestamp) usecs)));
}

/* parse_boolean(value) */
Datum
synthmig_parse_boolean(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	bool		b;

	if (!sm_tp_parse_boolean(TEXT_SPAN(value), &b))
		PG_RETURN_NULL();
	PG_RETURN_BOOL(b);
}

/* is_missing(value): NULL, blank or a placeholder; not strict. */
Datum
synthmig_is_missing(PG_FUNCTION_ARGS)
{
	text	   *value;

	if (PG_ARGISNULL(0))
		PG_RETURN_BOOL(true);
	value = PG_GETARG_TEXT_PP(0);
	PG_RETURN_BOOL(sm_tp_is_missing(TEXT_SPAN(value)));
}

/* Whether part names the last name; raises for anything but first/last. */
static bool
name_part_is_last(text *part)
{
	char	   *p = VARDATA_ANY(part);
	size_t		plen = VARSIZE_ANY_EXHDR(part);

	if (plen == 5 && pg_strncasecmp(p, "first", 5) == 0)
		return false;
	if (plen == 4 && pg_strncasecmp(p, "last", 4) == 0)
		return true;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid name part"),
			 errdetail("part was \"%s\".", text_to_cstring(part)),
			 errhint("Use 'first' or 'last'.")));
	return false;				/* not reached */
}

/* split_name(value, part): part is 'first' or 'last' (any case). */
Datum
synthmig_split_name(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	bool		last = name_part_is_last(PG_GETARG_TEXT_PP(1));
	size_t		len = VARSIZE_ANY_EXHDR(value);
	text	   *result;
	size_t		outlen;

	result = (text *) palloc(VARHDRSZ + len + 1);
	if (!sm_tp_split_name(VARDATA_ANY(value), len, last, VARDATA(result), len + 1, &outlen))
	{
		pfree(result);
		PG_RETURN_NULL();
	}
	SET_VARSIZE(result, VARHDRSZ + outlen);
	PG_RETURN_TEXT_P(result);
}

/*
 * The known first names of split_name(value, part, first_names), sorted
 * once per call site and kept in fn_extra with the array they came from
 * (the array is a constant of the plan; another array rebuilds the set).
 */
typedef struct FirstNames
{
	const void *last_arg;		/* the argument pointer seen last */
	ArrayType  *source;			/* copy of the array the set was built from */
	int			n;
	char	  **words;			/* sorted, NUL-terminated */
	int		   *lens;
} FirstNames;

/* Order words by bytes, for bsearch. */
static int
cmp_words(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* Membership callback for the core: binary search in the sorted words. */
static bool
first_name_known(const char *word, size_t wlen, void *arg)
{
	FirstNames *fn = (FirstNames *) arg;
	int			lo = 0,
				hi = fn->n - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		int			c = strncmp(fn->words[mid], word, wlen);

		if (c == 0)
			c = fn->lens[mid] == (int) wlen ? 0 : 1;
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return false;
}

/*
 * Whether the first-names argument keeps its value for the whole statement:
 * a constant or external parameter, or the output of an uncorrelated
 * subquery (an InitPlan's PARAM_EXEC), which is how plans pass the
 * column's first names (SELECT synthmig_internal.first_names(...)).
 */
static bool
first_names_arg_stable(FunctionCallInfo fcinfo)
{
	Node	   *expr = fcinfo->flinfo->fn_expr;
	Node	   *arg;

	if (get_fn_expr_arg_stable(fcinfo->flinfo, 2))
		return true;
	if (expr == NULL || !IsA(expr, FuncExpr) ||
		list_length(((FuncExpr *) expr)->args) < 3)
		return false;
	arg = (Node *) lthird(((FuncExpr *) expr)->args);
	return IsA(arg, Param) && ((Param *) arg)->paramkind == PARAM_EXEC;
}

/* Build (or reuse) the sorted first-name set of an array argument. */
static FirstNames *
first_names_for(FunctionCallInfo fcinfo, ArrayType *arr)
{
	FirstNames *fn = (FirstNames *) fcinfo->flinfo->fn_extra;
	MemoryContext old;
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	int			k = 0;

	/*
	 * A constant (or parameter) argument is the same array on every call; any
	 * other may reuse the same memory for different arrays, so its content is
	 * compared.
	 */
	if (fn != NULL && fn->last_arg == (const void *) arr &&
		first_names_arg_stable(fcinfo))
		return fn;
	if (fn != NULL && VARSIZE(fn->source) == VARSIZE(arr) &&
		memcmp(fn->source, arr, VARSIZE(arr)) == 0)
	{
		fn->last_arg = arr;
		return fn;
	}
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("first names must be a one-dimensional array"),
				 errdetail("The array has %d dimensions.", ARR_NDIM(arr))));
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	fn = (FirstNames *) palloc0(sizeof(FirstNames));
	fn->source = (ArrayType *) palloc(VARSIZE(arr));
	memcpy(fn->source, arr, VARSIZE(arr));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &nelems);
	fn->words = (char **) palloc(sizeof(char *) * Max(nelems, 1));
	fn->lens = (int *) palloc(sizeof(int) * Max(nelems, 1));
	for (int i = 0; i < nelems; i++)
	{
		if (nulls[i])
			continue;
		fn->words[k++] = TextDatumGetCString(elems[i]);
	}
	fn->n = k;
	qsort(fn->words, k, sizeof(char *), cmp_words);
	for (int i = 0; i < k; i++)
		fn->lens[i] = (int) strlen(fn->words[i]);
	MemoryContextSwitchTo(old);
	fn->last_arg = arr;
	fcinfo->flinfo->fn_extra = fn;
	return fn;
}

/*
 * split_name(value, part, first_names): like split_name, but in a name of
 * three or more words, words after the first that are in first_names stay
 * with the first name ("Mary Ann Smith" -> Mary Ann / Smith).  The planner
 * passes the words seen first in two-word names of the same column.
 */
Datum
synthmig_split_name_known(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	bool		last = name_part_is_last(PG_GETARG_TEXT_PP(1));
	FirstNames *fn = first_names_for(fcinfo, PG_GETARG_ARRAYTYPE_P(2));
	size_t		len = VARSIZE_ANY_EXHDR(value);
	text	   *result;
	size_t		outlen;

	result = (text *) palloc(VARHDRSZ + len + 1);
	if (!sm_tp_split_name_known(VARDATA_ANY(value), len, last, first_name_known, fn,
								VARDATA(result), len + 1, &outlen))
	{
		pfree(result);
		PG_RETURN_NULL();
	}
	SET_VARSIZE(result, VARHDRSZ + outlen);
	PG_RETURN_TEXT_P(result);
}

/* ------------------------------------------------------------------------
 * try_cast
 * ------------------------------------------------------------------------
 */

/* What try_cast remembers between calls in fn_extra. */
typedef struct TryCastCache
{
	Oid			typoid;
	FmgrInfo	input;
	Oid			ioparam;
} TryCastCache;

/* The blanks PostgreSQL's integer and boolean input functions skip. */
static inline bool
pg_blank(char c)
{
	return isspace((unsigned char) c);
}

/*
 * Plain [blanks][sign]digits[blanks] as the integer input functions of
 * PostgreSQL 15 read it (they skip isspace() blanks).  Returns false for anything else (the input function decides those);
 * *in_range tells whether the value fits [lo, hi].
 */
static bool
fast_int(const char *s, size_t len, int64 lo, int64 hi, int64 *out, bool *in_range)
{
	const char *p = s,
			   *e = s + len;
	bool		neg = false;
	uint64		v = 0;
	int			digits = 0;

	while (p < e && pg_blank(*p))
		p++;
	if (p < e && (*p == '-' || *p == '+'))
		neg = (*p++ == '-');
	while (p < e && *p >= '0' && *p <= '9')
	{
		if (++digits > 19)
			return false;
		v = v * 10 + (uint64) (*p++ - '0');
	}
	while (p < e && pg_blank(*p))
		p++;
	if (p != e || digits == 0)
		return false;
	if (neg ? v > (uint64) PG_INT64_MAX + 1 : v > (uint64) PG_INT64_MAX)
	{
		*in_range = false;
		return true;
	}
	*out = neg ? (int64) (0 - v) : (int64) v;
	*in_range = *out >= lo && *out <= hi;
	return true;
}

/*
 * The two common uuid spellings (8-4-4-4-12 with hyphens, or 32 hex digits)
 * decoded directly; anything else goes to uuid_in.
 */
static bool
fast_uuid(const char *s, size_t len, pg_uuid_t *out)
{
	int			n = 0;

	if (len != 36 && len != 32)
		return false;
	for (size_t i = 0; i < len; i++)
	{
		int			hi,
					lo;

		if (len == 36 && (i == 8 || i == 13 || i == 18 || i == 23))
		{
			if (s[i] != '-')
				return false;
			continue;
		}
		if (i + 1 >= len || (hi = sm_hex_digit(s[i])) < 0 || (lo = sm_hex_digit(s[i + 1])) < 0)
			return false;
		out->data[n++] = (unsigned char) (hi << 4 | lo);
		i++;
	}
	return n == UUID_LEN;
}

/*
 * try_cast(value, NULL::type): the value read by the type's input function
 * (typmod -1), or NULL where that rejects it (any error about the value:
 * a data error, an unknown name for regclass, ...; a cancel, out of memory
 * and resource errors are raised).
 */
Datum
synthmig_try_cast(PG_FUNCTION_ARGS)
{
	TryCastCache *cc = (TryCastCache *) fcinfo->flinfo->fn_extra;
	Oid			typoid = get_fn_expr_argtype(fcinfo->flinfo, 1);
	text	   *value;
	const char *s;
	size_t		len;
	Datum		result;

	if (!OidIsValid(typoid))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("could not determine the target type of try_cast"),
				 errhint("Pass a typed NULL such as NULL::integer as the second argument.")));
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (cc == NULL || cc->typoid != typoid)
	{
		MemoryContext mcxt = fcinfo->flinfo->fn_mcxt;
		Oid			infunc;

		cc = MemoryContextAllocZero(mcxt, sizeof(TryCastCache));
		getTypeInputInfo(typoid, &infunc, &cc->ioparam);
		fmgr_info_cxt(infunc, &cc->input, mcxt);
		cc->typoid = typoid;
		fcinfo->flinfo->fn_extra = cc;
	}

	value = PG_GETARG_TEXT_PP(0);
	s = VARDATA_ANY(value);
	len = VARSIZE_ANY_EXHDR(value);
	switch (typoid)
	{
		case INT2OID:
		case INT4OID:
		case INT8OID:
			{
				int64		v;
				bool		in_range;
				int64		lo = typoid == INT2OID ? PG_INT16_MIN :
				typoid == INT4OID ? PG_INT32_MIN : PG_INT64_MIN;
				int64		hi = typoid == INT2OID ? PG_INT16_MAX :
				typoid == INT4OID ? PG_INT32_MAX : PG_INT64_MAX;

				if (fast_int(s, len, lo, hi, &v, &in_range))
				{
					if (!in_range)
						PG_RETURN_NULL();	/* 22003 from the input function */
					if (typoid == INT2OID)
						PG_RETURN_INT16((int16) v);
					if (typoid == INT4OID)
						PG_RETURN_INT32((int32) v);
					PG_RETURN_INT64(v);
				}
				break;
			}
		case BOOLOID:
			{
				bool		b;

				/* exactly boolin: trim, parse_bool_with_len, else 22P02 */
				while (len > 0 && pg_blank(*s))
				{
					s++;
					len--;
				}
				while (len > 0 && pg_blank(s[len - 1]))
					len--;
				if (memchr(s, '\0', len) != NULL)
					break;
				if (!parse_bool_with_len(s, len, &b))
					PG_RETURN_NULL();
				PG_RETURN_BOOL(b);
			}
		case UUIDOID:
			{
				pg_uuid_t  *u = palloc(sizeof(pg_uuid_t));

				if (fast_uuid(s, len, u))
					PG_RETURN_UUID_P(u);
				pfree(u);
				break;
			}
		case TEXTOID:
			PG_RETURN_DATUM(PG_GETARG_DATUM(0));	/* textin cannot fail */
		default:
			break;
	}
	if (!synthmig_input_soft(&cc->input, text_to_cstring(value), cc->ioparam, -1, false, &result))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

/*
 * is_one_expression(expr): whether "SELECT (expr)" is exactly one statement
 * to PostgreSQL's own parser.  Remediation rules are SQL fragments written
 * by users; this is what makes sure a template can never end the statement
 * it is put into and start another, whatever its quoting.  Parsing only:
 * nothing is looked up or run.  A syntax error is raised as such (42601).
 */
Datum
synthmig_is_one_expression(PG_FUNCTION_ARGS)
{
	text	   *expr = PG_GETARG_TEXT_PP(0);
	StringInfoData sql;
	List	   *parsed;

	initStringInfo(&sql);
	appendStringInfoString(&sql, "SELECT (");
	appendBinaryStringInfo(&sql, VARDATA_ANY(expr), VARSIZE_ANY_EXHDR(expr));
	appendStringInfoString(&sql, "\n)");
	parsed = raw_parser(sql.data, RAW_PARSE_DEFAULT);
	PG_RETURN_BOOL(list_length(parsed) == 1);
}
