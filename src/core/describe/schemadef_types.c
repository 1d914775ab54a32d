/*
 * schemadef_types.c
 *	  Formatting and predicates of parsed types: sm_type_format,
 *	  sm_type_normalize, sm_type_is_*, ranges and compatibility.
 *
 * Not here: parsing a type name (schemadef_typeparse.c).
 */
#include "schemadef.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "regex.h"
#include "schemadef_int.h"

/* Canonical (format_type) spelling of t. */
bool
sm_type_format(const sm_type *t, sm_buf *out)
{
	const char *zone = NULL;
	const char *name = NULL;

	switch (t->kind)
	{
		case SM_TYPE_SMALLINT:
			name = "smallint";
			break;
		case SM_TYPE_INTEGER:
			name = "integer";
			break;
		case SM_TYPE_BIGINT:
			name = "bigint";
			break;
		case SM_TYPE_REAL:
			name = "real";
			break;
		case SM_TYPE_DOUBLE:
			name = "double precision";
			break;
		case SM_TYPE_NUMERIC:
			if (t->mod1 >= 0)
				sm_buf_printf(out, "numeric(%d,%d)", (int) t->mod1, (int) t->mod2);
			else
				name = "numeric";
			break;
		case SM_TYPE_MONEY:
			name = "money";
			break;
		case SM_TYPE_BOOLEAN:
			name = "boolean";
			break;
		case SM_TYPE_TEXT:
			name = "text";
			break;
		case SM_TYPE_VARCHAR:
			if (t->mod1 >= 0)
				sm_buf_printf(out, "character varying(%d)", (int) t->mod1);
			else
				name = "character varying";
			break;
		case SM_TYPE_CHAR:
			sm_buf_printf(out, "character(%d)", (int) (t->mod1 >= 0 ? t->mod1 : 1));
			break;
		case SM_TYPE_BPCHAR:
			name = "bpchar";
			break;
		case SM_TYPE_QCHAR:
			name = "\"char\"";
			break;
		case SM_TYPE_NAME:
			name = "name";
			break;
		case SM_TYPE_CITEXT:
			name = "citext";
			break;
		case SM_TYPE_BYTEA:
			name = "bytea";
			break;
		case SM_TYPE_DATE:
			name = "date";
			break;
		case SM_TYPE_TIME:
			name = "time";
			zone = " without time zone";
			break;
		case SM_TYPE_TIMETZ:
			name = "time";
			zone = " with time zone";
			break;
		case SM_TYPE_TIMESTAMP:
			name = "timestamp";
			zone = " without time zone";
			break;
		case SM_TYPE_TIMESTAMPTZ:
			name = "timestamp";
			zone = " with time zone";
			break;
		case SM_TYPE_INTERVAL:
			name = "interval";
			zone = "";
			break;
		case SM_TYPE_UUID:
			name = "uuid";
			break;
		case SM_TYPE_JSONB:
			name = "jsonb";
			break;
		case SM_TYPE_INET:
			name = "inet";
			break;
		case SM_TYPE_CIDR:
			name = "cidr";
			break;
		case SM_TYPE_MACADDR:
			name = "macaddr";
			break;
		case SM_TYPE_XML:
			name = "xml";
			break;
		case SM_TYPE_TSVECTOR:
			name = "tsvector";
			break;
		case SM_TYPE_OID:
			name = "oid";
			break;
		case SM_TYPE_BIT:
			sm_buf_printf(out, "bit(%d)", (int) (t->mod1 >= 0 ? t->mod1 : 1));
			break;
		case SM_TYPE_VARBIT:
			if (t->mod1 >= 0)
				sm_buf_printf(out, "bit varying(%d)", (int) t->mod1);
			else
				name = "bit varying";
			break;
		case SM_TYPE_ENUM:
			name = "enum";
			break;
	}
	if (name)
	{
		sm_buf_puts(out, name);
		if (zone)
		{
			/* time and timestamp precision goes before the zone clause */
			if (t->mod1 >= 0)
				sm_buf_printf(out, "(%d)", (int) t->mod1);
			sm_buf_puts(out, zone);
		}
	}
	if (t->is_array)
		sm_buf_puts(out, "[]");
	return !out->oom;
}

/* Map a type name or alias to its canonical spelling. */
bool
sm_type_normalize(const char *type, size_t len, sm_buf *out)
{
	sm_type		t;

	if (!sm_type_parse(type, len, &t))
		return false;
	return sm_type_format(&t, out);
}

/* smallint, integer, bigint. */
bool
sm_type_is_integer(sm_typekind k)
{
	return k == SM_TYPE_SMALLINT || k == SM_TYPE_INTEGER || k == SM_TYPE_BIGINT;
}

/* Types whose bounds are numbers. */
bool
sm_type_is_numeric(sm_typekind k)
{
	return sm_type_is_integer(k) || k == SM_TYPE_REAL || k == SM_TYPE_DOUBLE ||
		k == SM_TYPE_NUMERIC || k == SM_TYPE_MONEY;
}

/* Types with lengths and patterns. */
bool
sm_type_is_text(sm_typekind k)
{
	return k == SM_TYPE_TEXT || k == SM_TYPE_VARCHAR || k == SM_TYPE_CHAR ||
		k == SM_TYPE_BPCHAR || k == SM_TYPE_NAME || k == SM_TYPE_CITEXT;
}

/* Types whose bounds are ISO strings. */
bool
sm_type_is_datetime(sm_typekind k)
{
	return k == SM_TYPE_DATE || k == SM_TYPE_TIME ||
		k == SM_TYPE_TIMESTAMP || k == SM_TYPE_TIMESTAMPTZ;
}

/* Inclusive integer range of an integer type. */
void
sd_int_type_range(sm_typekind k, int64_t *lo, int64_t *hi)
{
	if (k == SM_TYPE_SMALLINT)
	{
		*lo = INT16_MIN;
		*hi = INT16_MAX;
	}
	else if (k == SM_TYPE_INTEGER)
	{
		*lo = INT32_MIN;
		*hi = INT32_MAX;
	}
	else
	{
		*lo = INT64_MIN;
		*hi = INT64_MAX;
	}
}

/* Effective maximum length of a text column, or -1. */
int64_t
sm_column_max_length(const sm_column *c)
{
	int64_t		n = -1;

	if (!c->type.is_array &&
		(c->type.kind == SM_TYPE_VARCHAR || c->type.kind == SM_TYPE_CHAR))
		n = c->type.mod1;
	if (c->max_length >= 0 && (n < 0 || c->max_length < n))
		n = c->max_length;
	return n;
}

/* Whether a referencing column of type b can point at a column of type a. */
bool
sd_types_compatible(const sm_type *a, const sm_type *b)
{
	if (a->is_array != b->is_array)
		return false;
	if (a->kind == b->kind)
		return true;
	if (sm_type_is_numeric(a->kind) && a->kind != SM_TYPE_MONEY &&
		sm_type_is_numeric(b->kind) && b->kind != SM_TYPE_MONEY)
		return true;
	if (sm_type_is_text(a->kind) && sm_type_is_text(b->kind))
		return true;
	if ((a->kind == SM_TYPE_TIMESTAMP || a->kind == SM_TYPE_TIMESTAMPTZ) &&
		(b->kind == SM_TYPE_TIMESTAMP || b->kind == SM_TYPE_TIMESTAMPTZ))
		return true;
	return false;
}
