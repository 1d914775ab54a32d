/*
 * schemadef_read.c
 *	  Decoder infrastructure: errors with JSON paths, typed getters for JSON
 *	  members, string lists, duplicate and nested-key checks.
 *
 * Every get_* helper checks one JSON member and reports the first error
 * with its path; the decoders of columns, tables and relationships are
 * built from them.
 *
 * Not here: extension keys and object scanning (schemadef_object.c).
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

/* Record a decoding error at a JSON path; always false. */
bool
sd_fail(decoder *d, const char *path, const char *fmt,...)
{
	char		msg[512];
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return sm_error_set(d->err, SM_EINVAL, path, "%s", msg);
}

/* Record a limit error (SM_ELIMIT) at a JSON path; always false. */
bool
sd_limit_fail(decoder *d, const char *path, const char *fmt,...)
{
	char		msg[512];
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return sm_error_set(d->err, SM_ELIMIT, path, "%s", msg);
}

/* Record an allocation failure; always returns false. */
bool
sd_nomem(decoder *d)
{
	return sm_error_set(d->err, SM_ENOMEM, "$",
						"out of memory while decoding the definition");
}

/* path + "." + key into dst. */
void
sd_keypath(char *dst, const char *path, const char *key)
{
	sm_json_path_key(dst, PATHLEN, path, key, strlen(key));
}

/* path + "[i]" into dst. */
void
sd_idxpath(char *dst, const char *path, size_t i)
{
	sm_json_path_index(dst, PATHLEN, path, i);
}

/* Check the JSON type of v: SM_JTRUE stands for "a boolean". */
bool
sd_want(decoder *d, const sm_json *v, const char *path, sm_jtype t)
{
	bool		ok;

	if (t == SM_JTRUE || t == SM_JFALSE)
		ok = (v->type == SM_JTRUE || v->type == SM_JFALSE);
	else
		ok = (v->type == t);
	if (!ok)
		return sd_fail(d, path, "expected %s, got %s", sm_json_type_phrase(t),
					   sm_json_type_phrase(v->type));
	return true;
}

/* Text of a number for messages. */
const char *
sd_numtext(char *buf, const sm_json *v)
{
	if (v->str)
		return sd_show(buf, v->str, v->len);
	snprintf(buf, SHOWLEN, "%.17g", v->num);
	return buf;
}

/* A copy of a string value; nonempty refuses "". */
bool
sd_get_string(decoder *d, const sm_json *v, const char *path, const char *what,
			  bool nonempty, char **out)
{
	if (!sd_want(d, v, path, SM_JSTRING))
		return false;
	if (nonempty && v->len == 0)
		return sd_fail(d, path, "%s must not be empty", what);
	/* trees built by hand may hold anything */
	if (v->str == NULL || memchr(v->str, '\0', v->len) != NULL ||
		!sm_utf8_valid(v->str, v->len))
		return sd_fail(d, path, "%s is not valid UTF-8", what);
	*out = sm_strndup(v->str, v->len);
	if (*out == NULL)
		return sd_nomem(d);
	return true;
}

/* A table, schema, column or constraint name: 1 to 63 bytes. */
bool
sd_get_identifier(decoder *d, const sm_json *v, const char *path,
				  const char *what, char **out)
{
	char		b[SHOWLEN];

	if (!sd_get_string(d, v, path, what, true, out))
		return false;
	if (v->len > SM_MAX_IDENTIFIER_BYTES)
	{
		sd_fail(d, path, "%s \"%s\" is too long", what, sd_show(b, v->str, v->len));
		sm_error_detail(d->err, "it is %zu bytes, the limit is %d bytes (NAMEDATALEN - 1)",
						v->len, SM_MAX_IDENTIFIER_BYTES);
		return false;
	}
	return true;
}

/* A boolean. */
bool
sd_get_bool(decoder *d, const sm_json *v, const char *path, bool *out)
{
	if (!sd_want(d, v, path, SM_JTRUE))
		return false;
	*out = (v->type == SM_JTRUE);
	return true;
}

/* An integral number within [lo, hi] (exact, from the number's text). */
bool
sd_get_int(decoder *d, const sm_json *v, const char *path, const char *what,
		   int64_t lo, int64_t hi, int64_t *out)
{
	char		b[SHOWLEN];
	int64_t		x = 0;
	int			r;

	if (!sd_want(d, v, path, SM_JNUMBER))
		return false;
	if (v->str)
		r = sd_number_text_to_int64(v->str, v->len, &x);
	else if (!isfinite(v->num) || fabs(v->num) >= 9.2e18)
		r = 2;
	else if (v->num != floor(v->num))
		r = 1;
	else
	{
		x = (int64_t) v->num;
		r = 0;
	}
	if (r == 1)
		return sd_fail(d, path, "expected an integer, got %s", sd_numtext(b, v));
	if (r == 2 || x > hi)
		return sd_fail(d, path, "%s must be at most %lld, got %s", what,
					   (long long) hi, sd_numtext(b, v));
	if (x < lo)
		return sd_fail(d, path, "%s must be at least %lld, got %s", what,
					   (long long) lo, sd_numtext(b, v));
	*out = x;
	return true;
}

/* A finite number. */
bool
sd_get_number(decoder *d, const sm_json *v, const char *path, const char *what,
			  double *out)
{
	char		b[SHOWLEN];

	if (!sd_want(d, v, path, SM_JNUMBER))
		return false;
	if (!isfinite(v->num))
		return sd_fail(d, path, "%s is out of range, got %s", what, sd_numtext(b, v));
	*out = v->num;
	return true;
}

/* A number in [0, 1]. */
bool
sd_get_fraction(decoder *d, const sm_json *v, const char *path, const char *what,
				double *out)
{
	char		b[SHOWLEN];

	if (!sd_get_number(d, v, path, what, out))
		return false;
	if (*out < 0 || *out > 1)
		return sd_fail(d, path, "%s must be between 0 and 1, got %s", what,
					   sd_numtext(b, v));
	return true;
}

/*
 * An array of strings.  nonempty_items refuses "" elements, unique refuses
 * repeated ones, nonempty refuses [].
 */
bool
sd_get_strlist(decoder *d, const sm_json *v, const char *path, const char *what,
			   bool nonempty, bool nonempty_items, bool unique, sm_strlist *out)
{
	size_t	   *first = NULL;
	const char **ss = NULL;

	if (!sd_want(d, v, path, SM_JARRAY))
		return false;
	if (nonempty && v->n == 0)
		return sd_fail(d, path, "%s must not be empty", what);
	if (v->n == 0)
		return true;
	out->items = sm_calloc(v->n, sizeof(char *));
	if (out->items == NULL)
		return sd_nomem(d);
	if (unique)
	{
		first = sm_calloc(v->n, sizeof(size_t));
		ss = sm_calloc(v->n, sizeof(char *));
		if (first == NULL || ss == NULL)
			goto oom;
		for (size_t i = 0; i < v->n; i++)
		{
			const sm_json *it = v->items[i];

			first[i] = SIZE_MAX;
			ss[i] = (it->type == SM_JSTRING) ? it->str : NULL;
		}
		{
			size_t	   *lens = sm_calloc(v->n, sizeof(size_t));

			if (lens == NULL)
				goto oom;
			for (size_t i = 0; i < v->n; i++)
				lens[i] = v->items[i]->len;
			if (!sd_find_dups(ss, lens, v->n, first))
			{
				sm_free(lens);
				goto oom;
			}
			sm_free(lens);
		}
	}
	for (size_t i = 0; i < v->n; i++)
	{
		char		ip[PATHLEN];
		char		b[SHOWLEN];
		const sm_json *it = v->items[i];

		sd_idxpath(ip, path, i);
		if (nonempty_items && it->type == SM_JSTRING && it->len == 0)
		{
			sd_fail(d, ip, "%s must not contain an empty string", what);
			goto bad;
		}
		if (!sd_get_string(d, it, ip, what, false, &out->items[i]))
			goto bad;
		out->n++;
		if (first && first[i] != SIZE_MAX)
		{
			sd_fail(d, ip, "duplicate value \"%s\" in %s", sd_show(b, it->str, it->len), what);
			sm_error_detail(d->err, "first given at %s[%zu]", path, first[i]);
			goto bad;
		}
	}
	sm_free(first);
	sm_free(ss);
	return true;

oom:
	sd_nomem(d);
bad:
	sm_free(first);
	sm_free(ss);
	return false;
}

/* Free the strings of a list and empty it. */
void
sd_strlist_free(sm_strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		sm_free(l->items[i]);
	sm_free(l->items);
	l->items = NULL;
	l->n = 0;
}

/* Keys starting with "x-" or "x_" are extension metadata. */
bool
sd_is_ext_key(const char *k, size_t len)
{
	return len >= 2 && k[0] == 'x' && (k[1] == '-' || k[1] == '_');
}

/* Report the first repeated key of an object, if any. */
bool
sd_check_dup_keys(decoder *d, const sm_json *obj, const char *path)
{
	size_t		n = obj->n;
	size_t		dup = SIZE_MAX;

	if (n < 2)
		return true;
	if (n <= 16)
	{
		for (size_t j = 1; j < n && dup == SIZE_MAX; j++)
			for (size_t i = 0; i < j; i++)
				if (obj->keylens[i] == obj->keylens[j] &&
					memcmp(obj->keys[i], obj->keys[j], obj->keylens[j]) == 0)
				{
					dup = j;
					break;
				}
	}
	else
	{
		size_t	   *first = sm_calloc(n, sizeof(size_t));

		if (first == NULL)
			return sd_nomem(d);
		if (!sd_find_dups((const char *const *) obj->keys, obj->keylens, n, first))
		{
			sm_free(first);
			return sd_nomem(d);
		}
		for (size_t j = 0; j < n; j++)
			if (first[j] != SIZE_MAX)
			{
				dup = j;
				break;
			}
		sm_free(first);
	}
	if (dup != SIZE_MAX)
	{
		char		kp[PATHLEN];
		char		b[SHOWLEN];

		sm_json_path_key(kp, PATHLEN, path, obj->keys[dup], obj->keylens[dup]);
		sd_fail(d, kp, "duplicate key \"%s\"", sd_show(b, obj->keys[dup], obj->keylens[dup]));
		sm_error_detail(d->err, "a key may appear only once in an object");
		return false;
	}
	return true;
}

/* Duplicate keys anywhere inside a free-form value. */
bool
sd_check_nested(decoder *d, const sm_json *v, const char *path)
{
	char		p[PATHLEN];

	if (v->type == SM_JARRAY)
	{
		for (size_t i = 0; i < v->n; i++)
		{
			if (v->items[i]->type != SM_JARRAY && v->items[i]->type != SM_JOBJECT)
				continue;
			sd_idxpath(p, path, i);
			if (!sd_check_nested(d, v->items[i], p))
				return false;
		}
	}
	else if (v->type == SM_JOBJECT)
	{
		if (!sd_check_dup_keys(d, v, path))
			return false;
		for (size_t i = 0; i < v->n; i++)
		{
			if (v->items[i]->type != SM_JARRAY && v->items[i]->type != SM_JOBJECT)
				continue;
			sm_json_path_key(p, PATHLEN, path, v->keys[i], v->keylens[i]);
			if (!sd_check_nested(d, v->items[i], p))
				return false;
		}
	}
	return true;
}
