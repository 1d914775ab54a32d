/*
 * schemadef_typeparse.c
 *	  Parsing of PostgreSQL type names in definitions (sm_type_parse) and
 *	  the error for an unknown type.
 *
 * Aliases (int4, character varying, ...) are resolved to format_type
 * spellings; modifiers and array suffixes are checked against PostgreSQL's
 * limits.
 *
 * Not here: formatting a parsed type and the type predicates
 * (schemadef_types.c).
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

/* Longest varchar(n) / char(n) (10485760, PostgreSQL's MaxAttrSize). */
#define MAX_CHAR_LENGTH 10485760

/* Longest bit(n) PostgreSQL accepts (VARBITMAXLEN rounded). */
#define MAX_BIT_LENGTH 83886080

/* ================================================================
 * Types
 * ================================================================ */

#define TF_SERIAL 1				/* serial alias: sets sequence */

#define TF_FLOATP 2				/* float(p) */

typedef struct typealias
{
	const char *name;
	sm_typekind kind;
	int			flags;
} typealias;

static const typealias type_aliases[] = {
	{"smallint", SM_TYPE_SMALLINT, 0},
	{"int2", SM_TYPE_SMALLINT, 0},
	{"smallserial", SM_TYPE_SMALLINT, TF_SERIAL},
	{"serial2", SM_TYPE_SMALLINT, TF_SERIAL},
	{"integer", SM_TYPE_INTEGER, 0},
	{"int", SM_TYPE_INTEGER, 0},
	{"int4", SM_TYPE_INTEGER, 0},
	{"serial", SM_TYPE_INTEGER, TF_SERIAL},
	{"serial4", SM_TYPE_INTEGER, TF_SERIAL},
	{"bigint", SM_TYPE_BIGINT, 0},
	{"int8", SM_TYPE_BIGINT, 0},
	{"bigserial", SM_TYPE_BIGINT, TF_SERIAL},
	{"serial8", SM_TYPE_BIGINT, TF_SERIAL},
	{"real", SM_TYPE_REAL, 0},
	{"float4", SM_TYPE_REAL, 0},
	{"double precision", SM_TYPE_DOUBLE, 0},
	{"double", SM_TYPE_DOUBLE, 0},
	{"float8", SM_TYPE_DOUBLE, 0},
	{"float", SM_TYPE_DOUBLE, TF_FLOATP},
	{"number", SM_TYPE_DOUBLE, 0},
	{"numeric", SM_TYPE_NUMERIC, 0},
	{"decimal", SM_TYPE_NUMERIC, 0},
	{"money", SM_TYPE_MONEY, 0},
	{"boolean", SM_TYPE_BOOLEAN, 0},
	{"bool", SM_TYPE_BOOLEAN, 0},
	{"text", SM_TYPE_TEXT, 0},
	{"string", SM_TYPE_TEXT, 0},
	{"character varying", SM_TYPE_VARCHAR, 0},
	{"char varying", SM_TYPE_VARCHAR, 0},
	{"varchar", SM_TYPE_VARCHAR, 0},
	{"character", SM_TYPE_CHAR, 0},
	{"char", SM_TYPE_CHAR, 0},
	{"bpchar", SM_TYPE_BPCHAR, 0},
	{"\"char\"", SM_TYPE_QCHAR, 0},
	{"name", SM_TYPE_NAME, 0},
	{"citext", SM_TYPE_CITEXT, 0},
	{"bytea", SM_TYPE_BYTEA, 0},
	{"date", SM_TYPE_DATE, 0},
	{"time", SM_TYPE_TIME, 0},
	{"timetz", SM_TYPE_TIMETZ, 0},
	{"timestamp", SM_TYPE_TIMESTAMP, 0},
	{"datetime", SM_TYPE_TIMESTAMP, 0},
	{"timestamptz", SM_TYPE_TIMESTAMPTZ, 0},
	{"interval", SM_TYPE_INTERVAL, 0},
	{"uuid", SM_TYPE_UUID, 0},
	{"json", SM_TYPE_JSONB, 0},
	{"jsonb", SM_TYPE_JSONB, 0},
	{"inet", SM_TYPE_INET, 0},
	{"cidr", SM_TYPE_CIDR, 0},
	{"macaddr", SM_TYPE_MACADDR, 0},
	{"xml", SM_TYPE_XML, 0},
	{"tsvector", SM_TYPE_TSVECTOR, 0},
	{"oid", SM_TYPE_OID, 0},
	{"bit", SM_TYPE_BIT, 0},
	{"bit varying", SM_TYPE_VARBIT, 0},
	{"varbit", SM_TYPE_VARBIT, 0},
	{"enum", SM_TYPE_ENUM, 0},
};

#define TYPE_MAX_WORDS 6

#define TYPE_MAX_WORDLEN 24

/* Read an optionally negative integer of at most 9 digits at s[*i]. */
static bool
type_read_int(const char *s, size_t len, size_t *i, int32_t *out)
{
	bool		neg = false;
	int32_t		v = 0;
	int			nd = 0;

	if (*i < len && s[*i] == '-')
	{
		neg = true;
		(*i)++;
	}
	while (*i < len && s[*i] >= '0' && s[*i] <= '9')
	{
		if (++nd > 9)
			return false;
		v = v * 10 + (s[*i] - '0');
		(*i)++;
	}
	if (nd == 0)
		return false;
	*out = neg ? -v : v;
	return true;
}

/* Skip spaces in a type name. */
static void
type_skip_ws(const char *s, size_t len, size_t *i)
{
	while (*i < len && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\n' ||
						s[*i] == '\r'))
		(*i)++;
}

/* The words, modifiers and array suffixes of a type name, as read. */
typedef struct typetok
{
	char		words[TYPE_MAX_WORDS][TYPE_MAX_WORDLEN];	/* lower case */
	int			nwords;
	int			paren_after;	/* words before the modifiers, or -1 */
	int32_t		args[2];
	int			nargs;
	int			arrays;			/* [] suffixes */
} typetok;

/* Read the words, modifiers and array suffixes of a type name; false on bad syntax. */
static bool
type_tokenize(const char *s, size_t len, typetok *tk)
{
	size_t		i = 0;

	for (;;)
	{
		char		c;

		type_skip_ws(s, len, &i);
		if (i >= len)
			break;
		c = s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')
		{
			size_t		wl = 0;

			if (tk->arrays > 0 || tk->nwords >= TYPE_MAX_WORDS)
				return false;
			while (i < len && ((s[i] >= 'a' && s[i] <= 'z') ||
							   (s[i] >= 'A' && s[i] <= 'Z') ||
							   (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			{
				char		lc = s[i];

				if (lc >= 'A' && lc <= 'Z')
					lc = (char) (lc - 'A' + 'a');
				if (wl + 1 >= TYPE_MAX_WORDLEN)
					return false;
				tk->words[tk->nwords][wl++] = lc;
				i++;
			}
			tk->words[tk->nwords][wl] = '\0';
			tk->nwords++;
		}
		else if (c == '"')
		{
			/* the only quoted name we know: "char" (exact case) */
			if (tk->nwords != 0 || len - i < 6 || memcmp(s + i, "\"char\"", 6) != 0)
				return false;
			strcpy(tk->words[tk->nwords++], "\"char\"");
			i += 6;
		}
		else if (c == '(')
		{
			if (tk->nwords == 0 || tk->paren_after >= 0 || tk->arrays > 0)
				return false;
			tk->paren_after = tk->nwords;
			i++;
			for (;;)
			{
				type_skip_ws(s, len, &i);
				if (tk->nargs >= 2 || !type_read_int(s, len, &i, &tk->args[tk->nargs]))
					return false;
				tk->nargs++;
				type_skip_ws(s, len, &i);
				if (i < len && s[i] == ',')
				{
					i++;
					continue;
				}
				if (i < len && s[i] == ')')
				{
					i++;
					break;
				}
				return false;
			}
		}
		else if (c == '[')
		{
			int32_t		dim;

			if (tk->nwords == 0 || tk->arrays >= 6)
				return false;
			i++;
			type_skip_ws(s, len, &i);
			if (i < len && s[i] >= '0' && s[i] <= '9' &&
				!type_read_int(s, len, &i, &dim))
				return false;
			type_skip_ws(s, len, &i);
			if (i >= len || s[i] != ']')
				return false;
			i++;
			tk->arrays++;
		}
		else
			return false;
	}
	if (tk->nwords == 0)
		return false;
	return true;
}

/* The alias a tokenized name stands for, with its time zone (1 without, 2 with); NULL if none. */
static const typealias *
type_lookup(const typetok *tk, int *zone)
{
	int			nbase;
	char		base[TYPE_MAX_WORDS * TYPE_MAX_WORDLEN];
	const typealias *ta = NULL;

	/* split off "with[out] time zone" */
	nbase = tk->nwords;
	if (tk->nwords >= 4 && strcmp(tk->words[tk->nwords - 2], "time") == 0 &&
		strcmp(tk->words[tk->nwords - 1], "zone") == 0)
	{
		if (strcmp(tk->words[tk->nwords - 3], "with") == 0)
			*zone = 2;
		else if (strcmp(tk->words[tk->nwords - 3], "without") == 0)
			*zone = 1;
		else
			return NULL;
		nbase = tk->nwords - 3;
		if (nbase != 1 || (strcmp(tk->words[0], "time") != 0 &&
						   strcmp(tk->words[0], "timestamp") != 0))
			return NULL;
		if (tk->paren_after >= 0 && tk->paren_after != 1)
			return NULL;
	}
	else if (tk->paren_after >= 0 && tk->paren_after != tk->nwords)
		return NULL;

	base[0] = '\0';
	for (int w = 0; w < nbase; w++)
	{
		if (w > 0)
			strcat(base, " ");
		strcat(base, tk->words[w]);
	}
	for (size_t k = 0; k < sizeof(type_aliases) / sizeof(type_aliases[0]); k++)
	{
		if (strcmp(type_aliases[k].name, base) == 0)
		{
			ta = &type_aliases[k];
			break;
		}
	}
	return ta;
}

/* Check the modifiers against the type and store them in r; false when out of range. */
static bool
type_apply_mods(const typealias *ta, const int32_t *args, int nargs, sm_type *r)
{
	switch (r->kind)
	{
		case SM_TYPE_DOUBLE:
			if (ta->flags & TF_FLOATP)
			{
				if (nargs > 1)
					return false;
				if (nargs == 1)
				{
					if (args[0] < 1 || args[0] > 53)
						return false;
					if (args[0] <= 24)
						r->kind = SM_TYPE_REAL;
				}
			}
			else if (nargs > 0)
				return false;
			break;
		case SM_TYPE_NUMERIC:
			if (nargs >= 1)
			{
				if (args[0] < 1 || args[0] > 1000)
					return false;
				r->mod1 = args[0];
				r->mod2 = 0;
			}
			if (nargs == 2)
			{
				if (args[1] < -1000 || args[1] > 1000)
					return false;
				r->mod2 = args[1];
			}
			break;
		case SM_TYPE_VARCHAR:
		case SM_TYPE_CHAR:
		case SM_TYPE_BPCHAR:
			if (nargs > 1)
				return false;
			if (nargs == 1)
			{
				if (args[0] < 1 || args[0] > MAX_CHAR_LENGTH)
					return false;
				r->mod1 = args[0];
				if (r->kind == SM_TYPE_BPCHAR)
					r->kind = SM_TYPE_CHAR;
			}
			else if (r->kind == SM_TYPE_CHAR)
				r->mod1 = 1;	/* char means char(1) */
			break;
		case SM_TYPE_TIME:
		case SM_TYPE_TIMETZ:
		case SM_TYPE_TIMESTAMP:
		case SM_TYPE_TIMESTAMPTZ:
		case SM_TYPE_INTERVAL:
			if (nargs > 1)
				return false;
			if (nargs == 1)
			{
				if (args[0] > 6)
					return false;
				r->mod1 = args[0];
			}
			break;
		case SM_TYPE_BIT:
		case SM_TYPE_VARBIT:
			if (nargs > 1)
				return false;
			if (nargs == 1)
			{
				if (args[0] < 1 || args[0] > MAX_BIT_LENGTH)
					return false;
				r->mod1 = args[0];
			}
			else if (r->kind == SM_TYPE_BIT)
				r->mod1 = 1;	/* bit means bit(1) */
			break;
		default:
			if (nargs > 0)
				return false;
			break;
	}
	return true;
}

/*
 * Decode a type spelling.  Grammar (case-insensitive, free spacing):
 *   word+ [ "(" int ["," int] ")" ] [with|without time zone] ( "[" [int] "]" )*
 * where the modifiers follow the whole name, except for time and timestamp
 * whose precision comes before the zone clause.
 */
bool
sm_type_parse(const char *s, size_t len, sm_type *t)
{
	typetok		tk;
	int			zone = 0;		/* 1 without, 2 with time zone */
	const typealias *ta;
	sm_type		r;

	if (s == NULL || t == NULL)
		return false;
	memset(&tk, 0, sizeof(tk));
	tk.paren_after = -1;
	if (!type_tokenize(s, len, &tk))
		return false;
	ta = type_lookup(&tk, &zone);
	if (ta == NULL)
		return false;

	r.kind = ta->kind;
	r.mod1 = -1;
	r.mod2 = -1;
	r.is_array = tk.arrays > 0;
	r.serial = (ta->flags & TF_SERIAL) != 0;
	if (r.serial && r.is_array)
		return false;
	if (zone == 2)
		r.kind = (r.kind == SM_TYPE_TIME) ? SM_TYPE_TIMETZ : SM_TYPE_TIMESTAMPTZ;
	if (tk.paren_after >= 0 && tk.nargs == 0)
		return false;
	/* negative values only as a numeric scale */
	if ((tk.nargs >= 1 && tk.args[0] < 0) ||
		(tk.nargs == 2 && r.kind != SM_TYPE_NUMERIC && tk.args[1] < 0))
		return false;
	if (!type_apply_mods(ta, tk.args, tk.nargs, &r))
		return false;
	*t = r;
	return true;
}

/* Report an unknown or malformed type name. */
bool
sd_type_error(decoder *d, const sm_json *v, const char *path)
{
	char		b[SHOWLEN];
	char		low[TYPE_MAX_WORDLEN * 2];
	size_t		n = 0;
	size_t		cut = v->len;
	sm_type		t;
	const char *cands[sizeof(type_aliases) / sizeof(type_aliases[0])];
	const char *near;

	/* a known name with bad modifiers deserves a precise message */
	for (size_t i = 0; i < v->len; i++)
		if (v->str[i] == '(' || v->str[i] == '[')
		{
			cut = i;
			break;
		}
	if (cut < v->len && sm_type_parse(v->str, cut, &t))
	{
		sd_fail(d, path, "invalid type modifier in \"%s\"", sd_show(b, v->str, v->len));
		sm_error_hint(d->err, "lengths run from 1 to %d, numeric precision from 1 to 1000 "
					  "and scale from -1000 to 1000, time precision from 0 to 6; "
					  "serial types cannot be arrays", MAX_CHAR_LENGTH);
		return false;
	}
	sd_fail(d, path, "unknown type \"%s\"", sd_show(b, v->str, v->len));
	for (size_t i = 0; i < v->len && n + 1 < sizeof(low); i++)
	{
		char		c = v->str[i];

		low[n++] = (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
	}
	low[n] = '\0';
	for (size_t i = 0; i < sizeof(type_aliases) / sizeof(type_aliases[0]); i++)
		cands[i] = type_aliases[i].name;
	near = sd_closest_word(low, n, cands, (int) (sizeof(cands) / sizeof(cands[0])));
	sm_error_detail(d->err, TYPE_HINT);
	if (near)
		sm_error_hint(d->err, "did you mean \"%s\"?", near);
	else
		sm_error_hint(d->err, "see the list of accepted types in docs/schema-format.md");
	return false;
}
