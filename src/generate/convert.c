/*
 * convert.c
 *	  Datum <-> sm_value without text round trips for the common types.
 *
 * Training reads integers, floats, numerics, booleans, dates, timestamps
 * and uuids as binary values; generation builds those Datums directly,
 * which is what lets generate_into beat an INSERT ... SELECT of random()
 * expressions.  Other types go through their text input/output functions.
 */
#include "convert.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"
#include "utils/uuid.h"

#include "datetime.h"

static const double pow10_table[16] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
};

/* Prepare the conversion of generated values into one attribute's type. */
void
datum_target_init(DatumTarget *t, Oid typoid, int32 typmod, const char *colname)
{
	Oid			infunc;

	t->typoid = typoid;
	t->typmod = typmod;
	t->colname = colname;
	getTypeInputInfo(typoid, &infunc, &t->ioparam);
	fmgr_info(infunc, &t->input);
	t->is_array = OidIsValid(get_element_type(getBaseType(typoid)));
}

/* Append the value as text: ISO dates and timestamps, plain numbers. */
void
value_to_text(const sm_value *v, StringInfo buf)
{
	char		tmp[64];

	switch (v->kind)
	{
		case SM_V_NULL:
			break;
		case SM_V_INT:
			appendStringInfo(buf, INT64_FORMAT, (int64) v->i);
			break;
		case SM_V_BOOL:
			appendStringInfoString(buf, v->i ? "true" : "false");
			break;
		case SM_V_FLOAT:
			appendStringInfo(buf, "%.17g", v->f);
			break;
		case SM_V_NUMERIC:
			if (v->scale >= 0)
				appendStringInfo(buf, "%.*f", Min(v->scale, 30), v->f);
			else
				appendStringInfo(buf, "%.15g", v->f);
			break;
		case SM_V_DATE:
			sm_format_date((int32_t) v->i, tmp, sizeof(tmp));
			appendStringInfoString(buf, tmp);
			break;
		case SM_V_TIMESTAMP:
			sm_format_timestamp(v->i, tmp, sizeof(tmp));
			appendStringInfoString(buf, tmp);
			break;
		case SM_V_TEXT:
			appendBinaryStringInfo(buf, v->s, (int) v->len);
			break;
		case SM_V_UUID:
			for (int k = 0; k < 16; k++)
			{
				appendStringInfo(buf, "%02x", v->uuid[k]);
				if (k == 3 || k == 5 || k == 7 || k == 9)
					appendStringInfoChar(buf, '-');
			}
			break;
	}
}

/* An integer that must fit the attribute's range. */
static int64
checked_int(DatumTarget *t, const sm_value *v, int64 lo, int64 hi)
{
	int64		x;

	if (v->kind == SM_V_INT || v->kind == SM_V_BOOL || v->kind == SM_V_DATE ||
		v->kind == SM_V_TIMESTAMP)
		x = v->i;
	else
	{
		double		f = rint(v->f);

		if (!(f >= (double) lo && f <= (double) hi))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("generated value %g is out of range for column \"%s\"", v->f, t->colname),
					 errhint("Give the column min and max in the definition, or widen its type.")));
		x = (int64) f;
	}
	if (x < lo || x > hi)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("generated value " INT64_FORMAT " is out of range for column \"%s\"",
						x, t->colname),
				 errhint("Give the column min and max in the definition, or widen its type.")));
	return x;
}

static double
as_double(const sm_value *v)
{
	if (v->kind == SM_V_FLOAT || v->kind == SM_V_NUMERIC)
		return v->f;
	return (double) v->i;
}

/* Through the type's input function, from the value's text. */
static Datum
via_input(DatumTarget *t, const sm_value *v)
{
	StringInfoData buf;

	initStringInfo(&buf);
	value_to_text(v, &buf);
	if (t->is_array && v->kind == SM_V_TEXT && (buf.len == 0 || buf.data[0] != '{'))
	{
		/*
		 * An element for an array column (an enum[] column is modelled by its
		 * labels): the one-element array of it, quoted.
		 */
		StringInfoData arr;

		initStringInfo(&arr);
		appendStringInfoString(&arr, "{\"");
		for (int i = 0; i < buf.len; i++)
		{
			if (buf.data[i] == '"' || buf.data[i] == '\\')
				appendStringInfoChar(&arr, '\\');
			appendStringInfoChar(&arr, buf.data[i]);
		}
		appendStringInfoString(&arr, "\"}");
		return InputFunctionCall(&t->input, arr.data, t->ioparam, t->typmod);
	}
	return InputFunctionCall(&t->input, buf.data, t->ioparam, t->typmod);
}

/* A generated value as a Datum of the target attribute. */
Datum
value_to_datum(DatumTarget *t, const sm_value *v, bool *isnull)
{
	*isnull = (v->kind == SM_V_NULL);
	if (*isnull)
		return (Datum) 0;

	switch (t->typoid)
	{
		case INT2OID:
			return Int16GetDatum((int16) checked_int(t, v, PG_INT16_MIN, PG_INT16_MAX));
		case INT4OID:
			return Int32GetDatum((int32) checked_int(t, v, PG_INT32_MIN, PG_INT32_MAX));
		case INT8OID:
			if (v->kind == SM_V_INT)
				return Int64GetDatum(v->i);
			return Int64GetDatum(checked_int(t, v, PG_INT64_MIN, PG_INT64_MAX));
		case FLOAT4OID:
			if (v->kind == SM_V_TEXT)
				break;
			return Float4GetDatum((float4) as_double(v));
		case FLOAT8OID:
			if (v->kind == SM_V_TEXT)
				break;
			return Float8GetDatum(as_double(v));
		case NUMERICOID:
			if (v->kind == SM_V_INT && t->typmod < 0)
				return NumericGetDatum(int64_to_numeric(v->i));
			if (v->kind == SM_V_NUMERIC && v->scale >= 0 && v->scale <= 15 && isfinite(v->f))
			{
				/* scaled integer / 10^scale: no text round trip */
				int			scale = v->scale;
				int			tscale = t->typmod >= VARHDRSZ ? ((t->typmod - VARHDRSZ) & 0x7ff) : scale;
				double		scaled = rint(v->f * pow10_table[scale]);

				int			tprec = t->typmod >= VARHDRSZ ? (((t->typmod - VARHDRSZ) >> 16) & 0xffff) : 1000;

				/*
				 * within the declared precision, else the input function says
				 * so
				 */
				if (tscale == scale && fabs(scaled) < 9.0e15 &&
					(tprec > 15 || fabs(scaled) < pow10_table[tprec]))
					return NumericGetDatum(int64_div_fast_to_numeric((int64) scaled, scale));
			}
			break;
		case BOOLOID:
			if (v->kind == SM_V_BOOL || v->kind == SM_V_INT)
				return BoolGetDatum(v->i != 0);
			break;
		case DATEOID:
			if (v->kind == SM_V_DATE)
				return DateADTGetDatum((DateADT) v->i);
			if (v->kind == SM_V_TIMESTAMP)
				return DateADTGetDatum((DateADT) (v->i / USECS_PER_DAY - (v->i % USECS_PER_DAY < 0)));
			break;
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			if (v->kind == SM_V_TIMESTAMP && t->typmod < 0)
				return TimestampGetDatum((Timestamp) v->i);
			if (v->kind == SM_V_DATE && t->typmod < 0)
				return TimestampGetDatum((Timestamp) v->i * USECS_PER_DAY);
			break;
		case UUIDOID:
			if (v->kind == SM_V_UUID)
			{
				pg_uuid_t  *u = palloc(sizeof(pg_uuid_t));

				memcpy(u->data, v->uuid, UUID_LEN);
				return UUIDPGetDatum(u);
			}
			break;
		case TEXTOID:
			if (v->kind == SM_V_TEXT)
				return PointerGetDatum(cstring_to_text_with_len(v->s, (int) v->len));
			break;
		case VARCHAROID:
		case BPCHAROID:
			if (v->kind == SM_V_TEXT && t->typmod > VARHDRSZ)
			{
				/* clip to the declared length instead of failing */
				int			maxlen = t->typmod - VARHDRSZ;
				int			len = pg_mbcharcliplen(v->s, (int) v->len, maxlen);
				char	   *s = pnstrdup(v->s, len);

				return InputFunctionCall(&t->input, s, t->ioparam, t->typmod);
			}
			if (v->kind == SM_V_TEXT && t->typoid == VARCHAROID)
				return PointerGetDatum(cstring_to_text_with_len(v->s, (int) v->len));
			break;
		default:
			break;
	}
	return via_input(t, v);
}

/* Prepare the reading of one column's Datums as training values. */
void
datum_source_init(DatumSource *s, Oid typoid)
{
	Oid			outfunc;
	bool		isvarlena;

	s->typoid = typoid;
	getTypeOutputInfo(typoid, &outfunc, &isvarlena);
	fmgr_info(outfunc, &s->output);
}

/* A Datum as a training value (infinite dates and NaN become NULL). */
void
datum_to_value(DatumSource *s, Datum d, bool isnull, sm_value *v)
{
	memset(v, 0, sizeof(*v));
	v->scale = -1;
	if (isnull)
	{
		v->kind = SM_V_NULL;
		return;
	}
	switch (s->typoid)
	{
		case INT2OID:
			v->kind = SM_V_INT;
			v->i = DatumGetInt16(d);
			return;
		case INT4OID:
			v->kind = SM_V_INT;
			v->i = DatumGetInt32(d);
			return;
		case INT8OID:
			v->kind = SM_V_INT;
			v->i = DatumGetInt64(d);
			return;
		case FLOAT4OID:
		case FLOAT8OID:
			/* ±Infinity and NaN (as for numeric): no training value */
			v->f = s->typoid == FLOAT4OID ? DatumGetFloat4(d) : DatumGetFloat8(d);
			v->kind = isfinite(v->f) ? SM_V_FLOAT : SM_V_NULL;
			return;
		case NUMERICOID:
			if (numeric_is_nan(DatumGetNumeric(d)) || numeric_is_inf(DatumGetNumeric(d)))
				v->kind = SM_V_NULL;
			else
			{
				v->kind = SM_V_NUMERIC;
				v->f = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow, d));
			}
			return;
		case BOOLOID:
			v->kind = SM_V_BOOL;
			v->i = DatumGetBool(d) ? 1 : 0;
			return;
		case DATEOID:
			if (DATE_NOT_FINITE(DatumGetDateADT(d)))
				v->kind = SM_V_NULL;
			else
			{
				v->kind = SM_V_DATE;
				v->i = DatumGetDateADT(d);
			}
			return;
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			if (TIMESTAMP_NOT_FINITE(DatumGetTimestamp(d)))
				v->kind = SM_V_NULL;
			else
			{
				v->kind = SM_V_TIMESTAMP;
				v->i = DatumGetTimestamp(d);
			}
			return;
		case UUIDOID:
			v->kind = SM_V_UUID;
			memcpy(v->uuid, DatumGetUUIDP(d)->data, UUID_LEN);
			return;
		case TEXTOID:
		case VARCHAROID:
		case BPCHAROID:
			{
				text	   *t = DatumGetTextPP(d);

				v->kind = SM_V_TEXT;
				v->s = VARDATA_ANY(t);
				v->len = VARSIZE_ANY_EXHDR(t);
				return;
			}
		default:
			{
				char	   *str = OutputFunctionCall(&s->output, d);

				v->kind = SM_V_TEXT;
				v->s = str;
				v->len = strlen(str);
				return;
			}
	}
}
