/*
 * schemadef_columns.c
 *	  Decoding of one column of a definition: its model and every column
 *	  field, in canonical order.
 *
 * Not here: bounds and value lists (schemadef_bounds.c), table-level keys
 * (schemadef_tables.c).
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

/* Largest min_length / max_length: a field is at most 1 GB. */
#define MAX_TEXT_LENGTH 1073741823

/* ================================================================
 * Columns
 * ================================================================ */

enum
{
	C_NAME, C_TYPE, C_PRIMARY_KEY, C_UNIQUE, C_REQUIRED, C_SEQUENCE,
	C_DEFAULT, C_MIN, C_MAX, C_MIN_LENGTH, C_MAX_LENGTH, C_PATTERN,
	C_VALUES, C_ENUM_TYPE, C_DOMAIN, C_CHECKS, C_NULL_RATE,
	C_DISTINCT_RATIO, C_FORMAT, C_SEMANTIC, C_MISSING_MARKERS, C_PRIVACY,
	C_MODEL, C_DESCRIPTION,
	C_NCANON,
	/* aliases */
	C_DATA_TYPE = C_NCANON, C_IS_NULLABLE, C_NULLABLE, C_IS_PRIMARY_KEY,
	C_IS_UNIQUE, C_CONSTRAINTS, C_PRIVACY_LEVEL,
	C_NKEYS
};

static const char *const column_keys[C_NKEYS] = {
	"name", "type", "primary_key", "unique", "required", "sequence",
	"default", "min", "max", "min_length", "max_length", "pattern",
	"values", "enum_type", "domain", "checks", "null_rate",
	"distinct_ratio", "format", "semantic", "missing_markers", "privacy",
	"model", "description",
	"data_type", "is_nullable", "nullable", "is_primary_key",
	"is_unique", "constraints", "privacyLevel"
};

enum
{
	K_MIN, K_MAX, K_PATTERN, K_REQUIRED, K_UNIQUE, K_MIN_LENGTH,
	K_MAX_LENGTH, K_NKEYS
};

static const char *const constraint_keys[K_NKEYS] = {
	"min", "max", "pattern", "required", "unique", "min_length", "max_length"
};

const char *const sd_model_kinds[] = {
	"auto", "empirical", "normal", "truncated_normal", "lognormal", "gamma",
	"beta", "uniform", "categorical", "constant", "sequence", "pattern",
	"ngram", "uuid", "dictionary"
};

#define N_MODEL_KINDS ((int) (sizeof(sd_model_kinds) / sizeof(sd_model_kinds[0])))

static const char *const privacy_levels[] = {"low", "medium", "high"};

/* Decode a column's "model" object. */
static bool
decode_model(decoder *d, sm_column *c, const sm_json *v, const char *path)
{
	const sm_json *kind = NULL;
	const sm_json *values = NULL;
	sm_model   *m;
	extlist		params = {0, 0, NULL};
	char		kp[PATHLEN];
	char		vp[PATHLEN];
	char		b[SHOWLEN];
	int			k = -1;

	if (!sd_want(d, v, path, SM_JOBJECT) || !sd_check_dup_keys(d, v, path))
		return false;
	kind = sm_json_get(v, "kind");
	sd_keypath(kp, path, "kind");
	if (kind == NULL)
	{
		sd_fail(d, path, "missing required key \"kind\"");
		sm_error_hint(d->err, "kinds: auto, empirical, normal, truncated_normal, lognormal, "
					  "gamma, beta, uniform, categorical, constant, sequence, pattern, "
					  "ngram, uuid, dictionary");
		return false;
	}
	if (!sd_want(d, kind, kp, SM_JSTRING))
		return false;
	for (int i = 0; i < N_MODEL_KINDS; i++)
		if (strlen(sd_model_kinds[i]) == kind->len &&
			memcmp(sd_model_kinds[i], kind->str, kind->len) == 0)
			k = i;
	if (k < 0)
	{
		const char *near = sd_closest_word(kind->str, kind->len, sd_model_kinds, N_MODEL_KINDS);

		sd_fail(d, kp, "unknown model kind \"%s\"", sd_show(b, kind->str, kind->len));
		sm_error_detail(d->err, "kinds: auto, empirical, normal, truncated_normal, lognormal, "
						"gamma, beta, uniform, categorical, constant, sequence, pattern, "
						"ngram, uuid, dictionary");
		if (near)
			sm_error_hint(d->err, "did you mean \"%s\"?", near);
		return false;
	}
	m = sm_calloc(1, sizeof(sm_model));
	if (m == NULL)
		return sd_nomem(d);
	c->model = m;
	m->kind = (sm_model_kind) k;
	for (size_t i = 0; i < v->n; i++)
	{
		if (v->keylens[i] == 4 && memcmp(v->keys[i], "kind", 4) == 0)
			continue;
		if (m->kind == SM_MODEL_CATEGORICAL && v->keylens[i] == 6 &&
			memcmp(v->keys[i], "values", 6) == 0)
		{
			values = v->items[i];
			continue;
		}
		if (!sd_ext_add(d, &params, v->keys[i], v->keylens[i], v->items[i], path))
			goto bad;
	}
	if (m->kind == SM_MODEL_CATEGORICAL)
	{
		double		sum = 0;
		strent	   *allowed = NULL;

		sd_keypath(vp, path, "values");
		if (values == NULL)
		{
			sd_fail(d, path, "missing required key \"values\" for model kind categorical");
			sm_error_hint(d->err, "give the categories and their weights, e.g. {\"kind\": \"categorical\", \"values\": {\"a\": 0.7, \"b\": 0.3}}");
			goto bad;
		}
		if (!sd_want(d, values, vp, SM_JOBJECT) || !sd_check_dup_keys(d, values, vp))
			goto bad;
		if (values->n == 0)
		{
			sd_fail(d, vp, "values must not be empty");
			goto bad;
		}
		m->labels = sm_calloc(values->n, sizeof(char *));
		m->weights = sm_calloc(values->n, sizeof(double));
		if (m->labels == NULL || m->weights == NULL)
		{
			sd_nomem(d);
			goto bad;
		}
		if (c->values.n > 0 && (allowed = sd_index_strlist(&c->values)) == NULL)
		{
			sd_nomem(d);
			goto bad;
		}
		for (size_t i = 0; i < values->n; i++)
		{
			char		ip[PATHLEN];
			const sm_json *w = values->items[i];
			double		x;

			sm_json_path_key(ip, PATHLEN, vp, values->keys[i], values->keylens[i]);
			if (!sd_get_number(d, w, ip, "weight", &x))
				goto bad_allowed;
			if (x < 0)
			{
				sd_fail(d, ip, "weight must not be negative, got %s", sd_numtext(b, w));
				goto bad_allowed;
			}
			if (allowed && !sd_in_index(allowed, c->values.n, values->keys[i], values->keylens[i]))
			{
				sd_fail(d, ip, "category \"%s\" is not one of the column's values",
						sd_show(b, values->keys[i], values->keylens[i]));
				goto bad_allowed;
			}
			if (memchr(values->keys[i], '\0', values->keylens[i]) != NULL)
			{
				sd_fail(d, ip, "category is not valid UTF-8");
				goto bad_allowed;
			}
			m->labels[i] = sm_strndup(values->keys[i], values->keylens[i]);
			if (m->labels[i] == NULL)
			{
				sd_nomem(d);
				goto bad_allowed;
			}
			m->weights[i] = x;
			m->ncategories++;
			sum += x;
		}
		sm_free(allowed);
		if (!(sum > 0) || !isfinite(sum))
		{
			sd_fail(d, vp, "the category weights must have a positive, finite sum");
			goto bad;
		}
		goto params;
bad_allowed:
		sm_free(allowed);
		goto bad;
	}
params:
	if (!sd_build_ext(d, &params, &m->params))
		goto bad;
	sd_ext_free(&params);
	return true;

bad:
	sd_ext_free(&params);
	return false;
}

/* Is this column type one where lengths and patterns make sense? */
static bool
column_is_text(const sm_column *c)
{
	return !c->type.is_array && sm_type_is_text(c->type.kind);
}

/* The fields of a column while it is decoded, shared by the steps of sd_decode_column. */
typedef struct colfields
{
	const sm_json *vals[C_NKEYS];
	const sm_json *cv[K_NKEYS]; /* members of "constraints" */
	extlist		ext;
	char		cpath[PATHLEN]; /* path of "constraints" */
	field		ftype,
				fmin,
				fmax,
				fpattern,
				fminlen,
				fmaxlen,
				fprivacy;
	bfield		breq,
				bpk,
				buniq;
	sm_regex   *re;				/* the compiled pattern, or NULL */
	int64_t		eff;			/* effective maximum length, or -1 */
} colfields;

/* Scan the column object and its constraints, read the name and merge every key with its aliases. */
static bool
col_scan_fields(decoder *d, sm_column *c, colfields *cf, const sm_json *v,
				const char *path, const char *tpath, size_t dup_of)
{
	char		p[PATHLEN];
	char		b[SHOWLEN];

	if (!sd_scan_object(d, v, path, column_keys, C_NKEYS, C_NCANON, cf->vals, &cf->ext))
		return false;
	sd_keypath(cf->cpath, path, "constraints");
	if (cf->vals[C_CONSTRAINTS] &&
		!sd_scan_object(d, cf->vals[C_CONSTRAINTS], cf->cpath, constraint_keys, K_NKEYS,
						K_NKEYS, cf->cv, &cf->ext))
		return false;

	/* name */
	if (cf->vals[C_NAME] == NULL)
	{
		sd_fail(d, path, "missing required key \"name\"");
		return false;
	}
	sd_keypath(p, path, "name");
	if (!sd_get_identifier(d, cf->vals[C_NAME], p, "column name", &c->name))
		return false;
	if (dup_of != SIZE_MAX)
	{
		sd_fail(d, p, "duplicate column name \"%s\"", sd_shows(b, c->name));
		sm_error_detail(d->err, "first defined at %s.columns[%zu]", tpath, dup_of);
		return false;
	}

	/* aliases */
	if (!sd_merge_field(d, &cf->ftype, cf->vals[C_TYPE], path, "type", "type") ||
		!sd_merge_type_alias(d, &cf->ftype, cf->vals[C_DATA_TYPE], path) ||
		!sd_merge_bool(d, &cf->bpk, cf->vals[C_PRIMARY_KEY], path, "primary_key", "primary_key", false, false) ||
		!sd_merge_bool(d, &cf->bpk, cf->vals[C_IS_PRIMARY_KEY], path, "is_primary_key", "is_primary_key", false, false) ||
		!sd_merge_bool(d, &cf->buniq, cf->vals[C_UNIQUE], path, "unique", "unique", false, false) ||
		!sd_merge_bool(d, &cf->buniq, cf->vals[C_IS_UNIQUE], path, "is_unique", "is_unique", false, false) ||
		!sd_merge_bool(d, &cf->buniq, cf->cv[K_UNIQUE], cf->cpath, "unique", "constraints.unique", false, false) ||
		!sd_merge_bool(d, &cf->breq, cf->vals[C_REQUIRED], path, "required", "required", false, false) ||
		!sd_merge_bool(d, &cf->breq, cf->vals[C_NULLABLE], path, "nullable", "nullable", true, false) ||
		!sd_merge_bool(d, &cf->breq, cf->vals[C_IS_NULLABLE], path, "is_nullable", "is_nullable", true, true) ||
		!sd_merge_bool(d, &cf->breq, cf->cv[K_REQUIRED], cf->cpath, "required", "constraints.required", false, false) ||
		!sd_merge_field(d, &cf->fmin, cf->vals[C_MIN], path, "min", "min") ||
		!sd_merge_field(d, &cf->fmin, cf->cv[K_MIN], cf->cpath, "min", "constraints.min") ||
		!sd_merge_field(d, &cf->fmax, cf->vals[C_MAX], path, "max", "max") ||
		!sd_merge_field(d, &cf->fmax, cf->cv[K_MAX], cf->cpath, "max", "constraints.max") ||
		!sd_merge_field(d, &cf->fpattern, cf->vals[C_PATTERN], path, "pattern", "pattern") ||
		!sd_merge_field(d, &cf->fpattern, cf->cv[K_PATTERN], cf->cpath, "pattern", "constraints.pattern") ||
		!sd_merge_field(d, &cf->fminlen, cf->vals[C_MIN_LENGTH], path, "min_length", "min_length") ||
		!sd_merge_field(d, &cf->fminlen, cf->cv[K_MIN_LENGTH], cf->cpath, "min_length", "constraints.min_length") ||
		!sd_merge_field(d, &cf->fmaxlen, cf->vals[C_MAX_LENGTH], path, "max_length", "max_length") ||
		!sd_merge_field(d, &cf->fmaxlen, cf->cv[K_MAX_LENGTH], cf->cpath, "max_length", "constraints.max_length") ||
		!sd_merge_field(d, &cf->fprivacy, cf->vals[C_PRIVACY], path, "privacy", "privacy") ||
		!sd_merge_field(d, &cf->fprivacy, cf->vals[C_PRIVACY_LEVEL], path, "privacyLevel", "privacyLevel"))
		return false;
	return true;
}

/* The type of a column, parsed and formatted. */
static bool
col_decode_type(decoder *d, sm_column *c, colfields *cf, const char *path)
{
	if (cf->ftype.v == NULL)
	{
		sd_fail(d, path, "missing required key \"type\"");
		sm_error_hint(d->err, TYPE_HINT);
		return false;
	}
	if (!sd_want(d, cf->ftype.v, cf->ftype.path, SM_JSTRING))
		return false;
	if (!sm_type_parse(cf->ftype.v->str, cf->ftype.v->len, &c->type))
	{
		sd_type_error(d, cf->ftype.v, cf->ftype.path);
		return false;
	}
	{
		sm_buf		tb;

		sm_buf_init(&tb);
		if (!sm_type_format(&c->type, &tb))
		{
			sm_buf_free(&tb);
			sd_nomem(d);
			return false;
		}
		c->type_name = tb.data;
	}
	return true;
}

/* Primary key, unique, required, sequence and default. */
static bool
col_decode_flags(decoder *d, sm_column *c, tabinfo *ti, size_t ci,
				 colfields *cf, const char *path)
{
	char		p[PATHLEN];
	char		b[SHOWLEN];
	bool		seq_set = false;
	bool		seq = false;

	if (cf->bpk.set && cf->bpk.value)
	{
		c->primary_key = true;
		ti->cols[ci].pk_key = cf->bpk.label;
		if (cf->breq.set && !cf->breq.value)
		{
			sd_fail(d, cf->breq.path, "a primary key column cannot be nullable");
			return false;
		}
	}
	c->unique = cf->buniq.set && cf->buniq.value;
	ti->cols[ci].nullable_explicit = cf->breq.set && !cf->breq.value;
	c->required = (cf->breq.set && cf->breq.value) || c->primary_key;
	sd_keypath(p, path, "sequence");
	if (cf->vals[C_SEQUENCE])
	{
		if (!sd_get_bool(d, cf->vals[C_SEQUENCE], p, &seq))
			return false;
		seq_set = true;
	}
	if (c->type.serial)
	{
		if (seq_set && !seq)
		{
			sd_fail(d, p, "sequence cannot be false for type \"%s\"",
					sd_show(b, cf->ftype.v->str, cf->ftype.v->len));
			sm_error_detail(d->err, "serial types are integers filled from a sequence");
			return false;
		}
		seq = true;
	}
	if (seq && (c->type.is_array || !sm_type_is_integer(c->type.kind)))
	{
		sd_fail(d, p, "sequence is not allowed for type %s", c->type_name);
		sm_error_hint(d->err, "only smallint, integer and bigint columns can take values from a sequence");
		return false;
	}
	c->sequence = seq;
	sd_keypath(p, path, "default");
	if (cf->vals[C_DEFAULT] && !sd_get_string(d, cf->vals[C_DEFAULT], p, "default", true, &c->default_expr))
		return false;
	return true;
}

/* min and max, checked against each other. */
static bool
col_decode_bounds(decoder *d, sm_column *c, colfields *cf)
{
	char		b[SHOWLEN];
	char		b2[SHOWLEN];

	if (!sd_decode_bound(d, c, &cf->fmin, "min", &c->min) ||
		!sd_decode_bound(d, c, &cf->fmax, "max", &c->max))
		return false;
	if (c->min.set && c->max.set)
	{
		bool		gt;

		if (sm_type_is_integer(c->type.kind) || sm_type_is_datetime(c->type.kind))
			gt = c->min.ivalue > c->max.ivalue;
		else
			gt = c->min.value > c->max.value;
		if (gt)
		{
			sd_fail(d, cf->fmax.path, "min (%s) is greater than max (%s)",
					sd_shows(b, c->min.text), sd_shows(b2, c->max.text));
			return false;
		}
	}
	return true;
}

/* min_length and max_length, checked against the type; sets the effective maximum length. */
static bool
col_decode_lengths(decoder *d, sm_column *c, colfields *cf)
{
	if ((cf->fminlen.v || cf->fmaxlen.v) && !column_is_text(c))
	{
		sd_fail(d, cf->fminlen.v ? cf->fminlen.path : cf->fmaxlen.path,
				"%s is not allowed for type %s", cf->fminlen.v ? "min_length" : "max_length",
				c->type_name);
		sm_error_hint(d->err, "min_length and max_length apply to text, character varying, character, name and citext columns");
		return false;
	}
	if (cf->fminlen.v && !sd_get_int(d, cf->fminlen.v, cf->fminlen.path, "min_length", 0,
									 MAX_TEXT_LENGTH, &c->min_length))
		return false;
	if (cf->fmaxlen.v && !sd_get_int(d, cf->fmaxlen.v, cf->fmaxlen.path, "max_length", 0,
									 MAX_TEXT_LENGTH, &c->max_length))
		return false;
	if (c->max_length >= 0 && (c->type.kind == SM_TYPE_VARCHAR ||
							   c->type.kind == SM_TYPE_CHAR) &&
		c->type.mod1 >= 0 && c->max_length > c->type.mod1)
	{
		sd_fail(d, cf->fmaxlen.path, "max_length (%lld) exceeds the length of %s",
				(long long) c->max_length, c->type_name);
		return false;
	}
	cf->eff = sm_column_max_length(c);
	if (c->min_length >= 0 && cf->eff >= 0 && c->min_length > cf->eff)
	{
		if (c->max_length >= 0)
			sd_fail(d, cf->fmaxlen.path, "min_length (%lld) is greater than max_length (%lld)",
					(long long) c->min_length, (long long) c->max_length);
		else
			sd_fail(d, cf->fminlen.path, "min_length (%lld) exceeds the length of %s",
					(long long) c->min_length, c->type_name);
		return false;
	}
	return true;
}

/* The pattern, compiled and checked against the lengths. */
static bool
col_decode_pattern(decoder *d, sm_column *c, colfields *cf)
{
	char		b[SHOWLEN];

	if (cf->fpattern.v)
	{
		sm_error	rerr;

		if (!column_is_text(c))
		{
			sd_fail(d, cf->fpattern.path, "pattern is not allowed for type %s", c->type_name);
			sm_error_hint(d->err, "patterns apply to text, character varying, character, name and citext columns");
			return false;
		}
		if (!sd_get_string(d, cf->fpattern.v, cf->fpattern.path, "pattern", false, &c->pattern))
			return false;
		sm_error_clear(&rerr);
		cf->re = sm_regex_compile(cf->fpattern.v->str, cf->fpattern.v->len, &rerr);
		if (cf->re == NULL)
		{
			if (rerr.code == SM_ENOMEM)
				sd_nomem(d);
			else
			{
				sm_error_set(d->err, rerr.code == SM_ELIMIT ? SM_ELIMIT : SM_EINVAL,
							 cf->fpattern.path, "invalid pattern: %s", rerr.message);
				if (rerr.detail[0])
					sm_error_detail(d->err, "%s", rerr.detail);
				else if (rerr.path[0])
					sm_error_detail(d->err, "at %s of the pattern", rerr.path);
				if (rerr.hint[0])
					sm_error_hint(d->err, "%s", rerr.hint);
			}
			return false;
		}
		if (sm_regex_is_empty(cf->re))
		{
			sd_fail(d, cf->fpattern.path, "pattern \"%s\" matches no string",
					sd_show(b, cf->fpattern.v->str, cf->fpattern.v->len));
			return false;
		}
		if (cf->eff >= 0 && sm_regex_min_length(cf->re) > (size_t) cf->eff)
		{
			sd_fail(d, cf->fpattern.path, "pattern \"%s\" needs at least %zu characters, but the column holds at most %lld",
					sd_show(b, cf->fpattern.v->str, cf->fpattern.v->len),
					sm_regex_min_length(cf->re), (long long) cf->eff);
			return false;
		}
	}
	return true;
}

/* The allowed values (checked against lengths and pattern) and the enum type. */
static bool
col_decode_values(decoder *d, sm_column *c, colfields *cf, const char *path)
{
	char		p[PATHLEN];
	char		b[SHOWLEN];
	char		b2[SHOWLEN];

	sd_keypath(p, path, "values");
	if (cf->vals[C_VALUES])
	{
		bool		is_enum = c->type.kind == SM_TYPE_ENUM;

		if (!is_enum && !sm_type_is_text(c->type.kind))
		{
			sd_fail(d, p, "values is not allowed for type %s", c->type_name);
			sm_error_hint(d->err, "values lists the allowed labels of enum and text columns");
			return false;
		}
		if (!sd_get_strlist(d, cf->vals[C_VALUES], p, "values", true, is_enum, true, &c->values))
			return false;
		for (size_t i = 0; i < c->values.n; i++)
		{
			const char *s = c->values.items[i];
			size_t		sl = strlen(s);
			char		ip[PATHLEN];

			sd_idxpath(ip, p, i);
			if (is_enum && sl > SM_MAX_IDENTIFIER_BYTES)
			{
				sd_fail(d, ip, "enum label \"%s\" is too long", sd_show(b, s, sl));
				sm_error_detail(d->err, "it is %zu bytes, the limit is %d bytes",
								sl, SM_MAX_IDENTIFIER_BYTES);
				return false;
			}
			if (!is_enum && !c->type.is_array && cf->eff >= 0 &&
				sd_utf8_chars(s, sl) > (size_t) cf->eff)
			{
				sd_fail(d, ip, "value \"%s\" is longer than %lld characters",
						sd_show(b, s, sl), (long long) cf->eff);
				return false;
			}
			if (!is_enum && !c->type.is_array && c->min_length >= 0 &&
				sd_utf8_chars(s, sl) < (size_t) c->min_length)
			{
				sd_fail(d, ip, "value \"%s\" is shorter than min_length (%lld)",
						sd_show(b, s, sl), (long long) c->min_length);
				return false;
			}
			if (cf->re && !sm_regex_matches(cf->re, s, sl))
			{
				sd_fail(d, ip, "value \"%s\" does not match pattern \"%s\"",
						sd_show(b, s, sl), sd_shows(b2, c->pattern));
				return false;
			}
		}
	}
	else if (c->type.kind == SM_TYPE_ENUM)
	{
		sd_fail(d, path, "missing required key \"values\" for type %s", c->type_name);
		sm_error_hint(d->err, "list the labels of the enum, e.g. \"values\": [\"small\", \"large\"]");
		return false;
	}
	sd_keypath(p, path, "enum_type");
	if (cf->vals[C_ENUM_TYPE])
	{
		if (c->type.kind != SM_TYPE_ENUM)
		{
			sd_fail(d, p, "enum_type is only allowed for type enum");
			return false;
		}
		if (!sd_get_string(d, cf->vals[C_ENUM_TYPE], p, "enum_type", true, &c->enum_type))
			return false;
		if (strlen(c->enum_type) > 2 * SM_MAX_IDENTIFIER_BYTES + 5)
		{
			sd_fail(d, p, "enum_type \"%s\" is too long", sd_shows(b, c->enum_type));
			return false;
		}
	}
	return true;
}

/* The descriptive keys: domain, checks, rates, format, semantic, markers, privacy, model and description. */
static bool
col_decode_rest(decoder *d, sm_column *c, colfields *cf, const char *path)
{
	char		p[PATHLEN];
	char		b[SHOWLEN];

	sd_keypath(p, path, "domain");
	if (cf->vals[C_DOMAIN] && !sd_get_string(d, cf->vals[C_DOMAIN], p, "domain", true, &c->domain))
		return false;
	sd_keypath(p, path, "checks");
	if (cf->vals[C_CHECKS] && !sd_get_strlist(d, cf->vals[C_CHECKS], p, "checks", false, true, false, &c->checks))
		return false;
	sd_keypath(p, path, "null_rate");
	if (cf->vals[C_NULL_RATE] && !sd_get_fraction(d, cf->vals[C_NULL_RATE], p, "null_rate", &c->null_rate))
		return false;
	sd_keypath(p, path, "distinct_ratio");
	if (cf->vals[C_DISTINCT_RATIO] &&
		!sd_get_fraction(d, cf->vals[C_DISTINCT_RATIO], p, "distinct_ratio", &c->distinct_ratio))
		return false;
	sd_keypath(p, path, "format");
	if (cf->vals[C_FORMAT] && !sd_get_string(d, cf->vals[C_FORMAT], p, "format", true, &c->format))
		return false;
	sd_keypath(p, path, "semantic");
	if (cf->vals[C_SEMANTIC] && !sd_get_string(d, cf->vals[C_SEMANTIC], p, "semantic", true, &c->semantic))
		return false;
	sd_keypath(p, path, "missing_markers");
	if (cf->vals[C_MISSING_MARKERS] &&
		!sd_get_strlist(d, cf->vals[C_MISSING_MARKERS], p, "missing_markers", false, false, false,
						&c->missing_markers))
		return false;
	if (cf->fprivacy.v)
	{
		if (!sd_want(d, cf->fprivacy.v, cf->fprivacy.path, SM_JSTRING))
			return false;
		for (int i = 0; i < 3; i++)
			if (sd_ieq(cf->fprivacy.v->str, cf->fprivacy.v->len, privacy_levels[i]))
				c->privacy = (sm_privacy_level) (i + 1);
		if (c->privacy == SM_PRIVACY_UNSET)
		{
			sd_fail(d, cf->fprivacy.path, "unknown privacy level \"%s\"",
					sd_show(b, cf->fprivacy.v->str, cf->fprivacy.v->len));
			sm_error_hint(d->err, "use \"low\", \"medium\" or \"high\"");
			return false;
		}
	}
	sd_keypath(p, path, "model");
	if (cf->vals[C_MODEL] && !decode_model(d, c, cf->vals[C_MODEL], p))
		return false;
	sd_keypath(p, path, "description");
	if (cf->vals[C_DESCRIPTION] &&
		!sd_get_string(d, cf->vals[C_DESCRIPTION], p, "description", false, &c->description))
		return false;
	return true;
}

/*
 * Decode column ci of table t.  dup_of is the position of an earlier
 * column with the same name, or SIZE_MAX.
 */
bool
sd_decode_column(decoder *d, sm_table *t, tabinfo *ti, size_t ci,
				 const sm_json *v, const char *path, const char *tpath,
				 size_t dup_of)
{
	sm_column  *c = &t->columns[ci];
	colfields	cf;
	bool		ok;

	memset(&cf, 0, sizeof(cf));
	c->min_length = c->max_length = -1;
	c->null_rate = c->distinct_ratio = -1;

	ok = col_scan_fields(d, c, &cf, v, path, tpath, dup_of) &&
		col_decode_type(d, c, &cf, path) &&
		col_decode_flags(d, c, ti, ci, &cf, path) &&
		col_decode_bounds(d, c, &cf) &&
		col_decode_lengths(d, c, &cf) &&
		col_decode_pattern(d, c, &cf) &&
		col_decode_values(d, c, &cf, path) &&
		col_decode_rest(d, c, &cf, path) &&
		sd_build_ext(d, &cf.ext, &c->ext);
	sd_ext_free(&cf.ext);
	if (cf.re)
		sm_regex_free(cf.re);
	return ok;
}
