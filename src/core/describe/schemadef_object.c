/*
 * schemadef_object.c
 *	  Scanning a definition object: known, alias and extension keys, merged
 *	  alias fields, column lookup.
 *
 * Not here: the typed getters (schemadef_read.c) and the decoders of each
 * object kind (schemadef_columns.c, schemadef_tables.c,
 * schemadef_relationships.c).
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

/* Collect one extension member, refusing duplicate keys inside its value. */
bool
sd_ext_add(decoder *d, extlist *l, const char *key, size_t keylen,
		   const sm_json *val, const char *objpath)
{
	char		p[PATHLEN];

	sm_json_path_key(p, PATHLEN, objpath, key, keylen);
	if (!sd_check_nested(d, val, p))
		return false;
	if (l->n == l->cap)
	{
		size_t		ncap = l->cap ? l->cap * 2 : 8;
		size_t		bytes;
		extent	   *ne;

		if (!sm_mul_size(ncap, sizeof(extent), &bytes))
			return sd_nomem(d);
		ne = sm_realloc(l->e, bytes);
		if (ne == NULL)
			return sd_nomem(d);
		l->e = ne;
		l->cap = ncap;
	}
	l->e[l->n].key = key;
	l->e[l->n].keylen = keylen;
	l->e[l->n].val = val;
	l->e[l->n].objpath = objpath;
	l->n++;
	return true;
}

/* Release a collection (the values belong to the parse tree). */
void
sd_ext_free(extlist *l)
{
	sm_free(l->e);
	l->e = NULL;
	l->n = l->cap = 0;
}

/* Order extension members by key bytes, then by arrival. */
static int
extent_cmp(const void *a, const void *b)
{
	const extent *x = a;
	const extent *y = b;
	size_t		m = x->keylen < y->keylen ? x->keylen : y->keylen;
	int			c = memcmp(x->key, y->key, m);

	if (c != 0)
		return c;
	if (x->keylen != y->keylen)
		return x->keylen < y->keylen ? -1 : 1;
	return (x < y) ? -1 : (x > y);
}

/*
 * Turn collected members into an object sorted by key (NULL when empty).
 * The same key from two objects (a column and its constraints) must carry
 * the same value.
 */
bool
sd_build_ext(decoder *d, extlist *l, sm_json **out)
{
	sm_json    *o;

	*out = NULL;
	if (l->n == 0)
		return true;
	qsort(l->e, l->n, sizeof(extent), extent_cmp);
	o = sm_json_new(SM_JOBJECT);
	if (o == NULL)
		return sd_nomem(d);
	for (size_t i = 0; i < l->n; i++)
	{
		extent	   *e = &l->e[i];
		sm_json    *c;

		if (i > 0 && e->keylen == l->e[i - 1].keylen &&
			memcmp(e->key, l->e[i - 1].key, e->keylen) == 0)
		{
			char		p[PATHLEN];
			char		b[SHOWLEN];

			if (sm_json_equal(e->val, l->e[i - 1].val))
				continue;
			sm_json_path_key(p, PATHLEN, e->objpath, e->key, e->keylen);
			sm_json_free(o);
			sd_fail(d, p, "key \"%s\" conflicts with the same key at %s",
					sd_show(b, e->key, e->keylen), l->e[i - 1].objpath);
			return false;
		}
		c = sm_json_clone(e->val);
		if (c == NULL || !sm_json_object_append(o, e->key, e->keylen, c))
		{
			sm_json_free(o);
			return sd_nomem(d);
		}
	}
	*out = o;
	return true;
}

/*
 * Check an object's keys: duplicates, then unknown keys.  The value of
 * keys[k] goes to vals[k]; "x-"/"x_" members go to ext.  keys[0..ncanon)
 * are the documented keys listed in the error detail; the rest are
 * accepted aliases.
 */
bool
sd_scan_object(decoder *d, const sm_json *obj, const char *path,
			   const char *const *keys, int nkeys, int ncanon,
			   const sm_json **vals, extlist *ext)
{
	if (!sd_want(d, obj, path, SM_JOBJECT))
		return false;
	if (!sd_check_dup_keys(d, obj, path))
		return false;
	for (size_t j = 0; j < obj->n; j++)
	{
		const char *k = obj->keys[j];
		size_t		kl = obj->keylens[j];
		int			found = -1;

		for (int i = 0; i < nkeys; i++)
		{
			if (strlen(keys[i]) == kl && memcmp(keys[i], k, kl) == 0)
			{
				found = i;
				break;
			}
		}
		if (found >= 0)
		{
			vals[found] = obj->items[j];
			continue;
		}
		if (sd_is_ext_key(k, kl))
		{
			if (!sd_ext_add(d, ext, k, kl, obj->items[j], path))
				return false;
			continue;
		}
		{
			char		kp[PATHLEN];
			char		b[SHOWLEN];
			char		list[512];
			size_t		o = 0;
			const char *near = sd_closest_word(k, kl, keys, nkeys);

			sm_json_path_key(kp, PATHLEN, path, k, kl);
			sd_fail(d, kp, "unknown key \"%s\"", sd_show(b, k, kl));
			list[0] = '\0';
			for (int i = 0; i < ncanon && o < sizeof(list); i++)
				o += (size_t) snprintf(list + o, sizeof(list) - o, "%s%s",
									   i ? ", " : "", keys[i]);
			sm_error_detail(d->err, "allowed keys: %s", list);
			if (near)
				sm_error_hint(d->err, "did you mean \"%s\"?", near);
			else
				sm_error_hint(d->err, "keys starting with \"x-\" or \"x_\" are kept as extension metadata");
			return false;
		}
	}
	return true;
}

/* Take v (key at objpath, called label in messages) into f, checking
 * that an alias already seen agrees. */
bool
sd_merge_field(decoder *d, field *f, const sm_json *v, const char *objpath,
			   const char *key, const char *label)
{
	char		p[PATHLEN];

	if (v == NULL)
		return true;
	sd_keypath(p, objpath, key);
	if (f->v != NULL)
	{
		if (sm_json_equal(f->v, v))
			return true;
		sd_fail(d, p, "\"%s\" conflicts with \"%s\"", label, f->label);
		sm_error_detail(d->err, "both keys set the same property and must agree");
		return false;
	}
	f->v = v;
	memcpy(f->path, p, PATHLEN);
	f->label = label;
	return true;
}

/* Like merge_field for booleans; yesno also accepts "YES"/"NO". */
bool
sd_merge_bool(decoder *d, bfield *f, const sm_json *v, const char *objpath,
			  const char *key, const char *label, bool invert, bool yesno)
{
	char		p[PATHLEN];
	bool		b;

	if (v == NULL)
		return true;
	sd_keypath(p, objpath, key);
	if (yesno && v->type == SM_JSTRING)
	{
		if (sd_ieq(v->str, v->len, "yes"))
			b = true;
		else if (sd_ieq(v->str, v->len, "no"))
			b = false;
		else
		{
			char		s[SHOWLEN];

			return sd_fail(d, p, "%s must be a boolean, \"YES\" or \"NO\", got \"%s\"",
						   label, sd_show(s, v->str, v->len));
		}
	}
	else if (yesno && v->type != SM_JTRUE && v->type != SM_JFALSE)
		return sd_fail(d, p, "expected a boolean or \"YES\"/\"NO\", got %s",
					   sm_json_type_phrase(v->type));
	else if (!sd_get_bool(d, v, p, &b))
		return false;
	if (invert)
		b = !b;
	if (f->set)
	{
		if (f->value == b)
			return true;
		sd_fail(d, p, "\"%s\" conflicts with \"%s\"", label, f->label);
		sm_error_detail(d->err, "both keys set the same property and must agree");
		return false;
	}
	f->set = true;
	f->value = b;
	memcpy(f->path, p, PATHLEN);
	f->label = label;
	return true;
}

/* Position of a column by name in a table's sorted index, or -1. */
int
sd_find_col(const tabinfo *ti, size_t ncols, const char *name, size_t len)
{
	size_t		lo = 0,
				hi = ncols;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		const strent *e = &ti->colindex[mid];
		size_t		m = e->len < len ? e->len : len;
		int			c = memcmp(e->s, name, m);

		if (c == 0 && e->len != len)
			c = e->len < len ? -1 : 1;
		if (c == 0)
			return (int) e->idx;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The closest column name of table t to name, if it looks like a typo. */
const char *
sd_closest_column(const sm_table *t, const char *name, size_t len)
{
	const char *best = NULL;
	int			bestd = 99;
	int			maxd = len <= 4 ? 1 : (len <= 8 ? 2 : 3);

	for (size_t i = 0; i < t->ncolumns && i < 2000; i++)
	{
		int			dd = sd_edit_distance(name, len, t->columns[i].name,
										  strlen(t->columns[i].name));

		if (dd < bestd)
		{
			bestd = dd;
			best = t->columns[i].name;
		}
	}
	return bestd <= maxd ? best : NULL;
}
