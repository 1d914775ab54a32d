/*
 * lens.c
 *	  Bidirectional lenses over JSON documents: compiling a lens from its
 *	  JSON text and applying it forward or in reverse (lens.h).
 *
 * Each operation has an inverse (add <-> remove, rename a->b <-> b->a,
 * hoist <-> plunge, wrap <-> head, convert with its pairs swapped, in and
 * map with their nested lens reversed), so one description serves both
 * directions.  Documents are modified in place; nothing here allocates
 * beyond the tree itself and the values copied into it.
 */
#include <string.h>

#include "lens.h"

typedef enum sm_lens_kind
{
	LENS_ADD,
	LENS_REMOVE,
	LENS_RENAME,
	LENS_HOIST,
	LENS_PLUNGE,
	LENS_WRAP,
	LENS_HEAD,
	LENS_CONVERT,
	LENS_IN,
	LENS_MAP
} sm_lens_kind;

typedef struct sm_lens_op
{
	sm_lens_kind kind;
	char	   *name;			/* the field (rename: from) */
	size_t		namelen;
	char	   *other;			/* rename: to; hoist/plunge: host */
	size_t		otherlen;
	sm_json    *value;			/* add/remove: default; convert: pairs */
	sm_lens    *sub;			/* in / map: the nested lens */
} sm_lens_op;

struct sm_lens
{
	size_t		n;
	sm_lens_op *ops;
};

static const char *const op_names[] = {
	"add", "remove", "rename", "hoist", "plunge", "wrap", "head", "convert", "in", "map"
};

/* Free a compiled lens and everything it owns. */
void
sm_lens_free(sm_lens *lens)
{
	if (lens == NULL)
		return;
	for (size_t i = 0; i < lens->n; i++)
	{
		sm_free(lens->ops[i].name);
		sm_free(lens->ops[i].other);
		sm_json_free(lens->ops[i].value);
		sm_lens_free(lens->ops[i].sub);
	}
	sm_free(lens->ops);
	sm_free(lens);
}

/* Number of top-level operations. */
size_t
sm_lens_length(const sm_lens *lens)
{
	return lens ? lens->n : 0;
}

/* A required non-empty string member of an operation, copied into *dst. */
static bool
take_string(const sm_json *op, const char *key, const char *path, char **dst,
			size_t *dstlen, sm_error *err)
{
	const sm_json *v = sm_json_get(op, key);
	char		p[256];

	sm_json_path_key(p, sizeof(p), path, key, strlen(key));
	if (v == NULL)
		return sm_error_set(err, SM_EINVAL, path, "operation needs a \"%s\" member", key);
	if (v->type != SM_JSTRING || v->len == 0)
		return sm_error_set(err, SM_EINVAL, p, "\"%s\" must be a non-empty string", key);
	*dst = sm_strndup(v->str, v->len);
	if (*dst == NULL)
		return sm_error_set(err, SM_ENOMEM, p, "out of memory");
	*dstlen = v->len;
	return true;
}

/* Whether every member of op is one of the allowed keys (NULL-terminated). */
static bool
check_members(const sm_json *op, const char *const *allowed, const char *path,
			  sm_error *err)
{
	for (size_t i = 0; i < op->n; i++)
	{
		bool		ok = false;

		for (const char *const *a = allowed; *a; a++)
			if (strlen(*a) == op->keylens[i] && memcmp(*a, op->keys[i], op->keylens[i]) == 0)
				ok = true;
		if (!ok)
		{
			char		p[256];

			sm_json_path_key(p, sizeof(p), path, op->keys[i], op->keylens[i]);
			sm_error_set(err, SM_EINVAL, p, "unknown member \"%s\" in a lens operation", op->keys[i]);
			sm_error_hint(err, "Each operation is an object with \"op\" and the members docs/evolution.md lists for it.");
			return false;
		}
	}
	return true;
}

static sm_lens *compile(const sm_json *arr, const char *path, int depth,
						size_t *budget, sm_error *err);

/* The "mapping" of a convert: an array of two-element arrays. */
static bool
take_mapping(const sm_json *op, const char *path, sm_json **dst, sm_error *err)
{
	const sm_json *m = sm_json_get(op, "mapping");
	char		p[256];

	sm_json_path_key(p, sizeof(p), path, "mapping", 7);
	if (m == NULL)
		return sm_error_set(err, SM_EINVAL, path, "operation needs a \"mapping\" member");
	if (m->type != SM_JARRAY)
		return sm_error_set(err, SM_EINVAL, p, "\"mapping\" must be an array of [old, new] pairs");
	for (size_t i = 0; i < m->n; i++)
		if (m->items[i]->type != SM_JARRAY || m->items[i]->n != 2)
		{
			char		q[256];

			sm_json_path_index(q, sizeof(q), p, i);
			return sm_error_set(err, SM_EINVAL, q, "a mapping entry must be an [old, new] pair");
		}
	*dst = sm_json_clone(m);
	if (*dst == NULL)
		return sm_error_set(err, SM_ENOMEM, p, "out of memory");
	return true;
}

/* Compile one operation object into *o. */
static bool
compile_op(const sm_json *op, const char *path, int depth, size_t *budget,
		   sm_lens_op *o, sm_error *err)
{
	static const char *const named[] = {"op", "name", NULL};
	static const char *const with_default[] = {"op", "name", "default", NULL};
	static const char *const renamed[] = {"op", "from", "to", NULL};
	static const char *const hosted[] = {"op", "host", "name", NULL};
	static const char *const converted[] = {"op", "name", "mapping", NULL};
	static const char *const nested[] = {"op", "name", "lens", NULL};
	const sm_json *kind;
	int			k = -1;

	if (op->type != SM_JOBJECT)
		return sm_error_set(err, SM_EINVAL, path, "a lens operation must be an object, not %s",
							sm_json_type_phrase(op->type));
	kind = sm_json_get(op, "op");
	if (kind == NULL || kind->type != SM_JSTRING)
		return sm_error_set(err, SM_EINVAL, path, "a lens operation needs an \"op\" string");
	for (size_t i = 0; i < sizeof(op_names) / sizeof(op_names[0]); i++)
		if (strcmp(kind->str, op_names[i]) == 0)
			k = (int) i;
	if (k < 0)
	{
		sm_error_set(err, SM_EINVAL, path, "unknown lens operation \"%s\"", kind->str);
		sm_error_hint(err, "The operations are add, remove, rename, hoist, plunge, wrap, head, convert, in and map.");
		return false;
	}
	o->kind = (sm_lens_kind) k;
	switch (o->kind)
	{
		case LENS_ADD:
		case LENS_REMOVE:
			if (!check_members(op, with_default, path, err) ||
				!take_string(op, "name", path, &o->name, &o->namelen, err))
				return false;
			o->value = sm_json_get(op, "default") ? sm_json_clone(sm_json_get(op, "default"))
				: sm_json_new(SM_JNULL);
			if (o->value == NULL)
				return sm_error_set(err, SM_ENOMEM, path, "out of memory");
			return true;
		case LENS_RENAME:
			return check_members(op, renamed, path, err) &&
				take_string(op, "from", path, &o->name, &o->namelen, err) &&
				take_string(op, "to", path, &o->other, &o->otherlen, err);
		case LENS_HOIST:
		case LENS_PLUNGE:
			return check_members(op, hosted, path, err) &&
				take_string(op, "name", path, &o->name, &o->namelen, err) &&
				take_string(op, "host", path, &o->other, &o->otherlen, err);
		case LENS_WRAP:
		case LENS_HEAD:
			return check_members(op, named, path, err) &&
				take_string(op, "name", path, &o->name, &o->namelen, err);
		case LENS_CONVERT:
			return check_members(op, converted, path, err) &&
				take_string(op, "name", path, &o->name, &o->namelen, err) &&
				take_mapping(op, path, &o->value, err);
		case LENS_IN:
		case LENS_MAP:
			{
				const sm_json *sub = sm_json_get(op, "lens");
				char		p[256];

				if (!check_members(op, nested, path, err) ||
					!take_string(op, "name", path, &o->name, &o->namelen, err))
					return false;
				sm_json_path_key(p, sizeof(p), path, "lens", 4);
				if (sub == NULL)
					return sm_error_set(err, SM_EINVAL, path, "operation needs a \"lens\" member");
				if (depth + 1 > SM_LENS_MAX_DEPTH)
					return sm_error_set(err, SM_ELIMIT, p, "lenses nest deeper than %d levels",
										SM_LENS_MAX_DEPTH);
				o->sub = compile(sub, p, depth + 1, budget, err);
				return o->sub != NULL;
			}
	}
	return false;
}

/* Compile an array of operations. */
static sm_lens *
compile(const sm_json *arr, const char *path, int depth, size_t *budget,
		sm_error *err)
{
	sm_lens    *lens;

	if (arr->type != SM_JARRAY)
	{
		sm_error_set(err, SM_EINVAL, path, "a lens must be an array of operations, not %s",
					 sm_json_type_phrase(arr->type));
		return NULL;
	}
	if (arr->n > *budget)
	{
		sm_error_set(err, SM_ELIMIT, path, "a lens has more than %d operations", SM_LENS_MAX_OPS);
		return NULL;
	}
	*budget -= arr->n;
	lens = sm_calloc(1, sizeof(sm_lens));
	if (lens == NULL || (arr->n > 0 && (lens->ops = sm_calloc(arr->n, sizeof(sm_lens_op))) == NULL))
	{
		sm_free(lens);
		sm_error_set(err, SM_ENOMEM, path, "out of memory");
		return NULL;
	}
	for (size_t i = 0; i < arr->n; i++)
	{
		char		p[256];

		lens->n = i + 1;		/* so that sm_lens_free frees this op too */
		sm_json_path_index(p, sizeof(p), path, i);
		if (!compile_op(arr->items[i], p, depth, budget, &lens->ops[i], err))
		{
			sm_lens_free(lens);
			return NULL;
		}
	}
	lens->n = arr->n;
	return lens;
}

/* Compile a lens from its JSON text. */
sm_lens *
sm_lens_parse(const char *text, size_t len, sm_error *err)
{
	sm_json    *tree = sm_json_parse(text, len, err);
	sm_lens    *lens;
	size_t		budget = SM_LENS_MAX_OPS;

	if (tree == NULL)
		return NULL;
	lens = compile(tree, "", 0, &budget, err);
	sm_json_free(tree);
	return lens;
}

/* Index of the last member named key, or -1. */
static long
member_index(const sm_json *obj, const char *key, size_t keylen)
{
	for (size_t i = obj->n; i > 0; i--)
		if (obj->keylens[i - 1] == keylen && memcmp(obj->keys[i - 1], key, keylen) == 0)
			return (long) (i - 1);
	return -1;
}

/* Remove member i, returning its value (the caller owns it). */
static sm_json *
detach(sm_json *obj, size_t i)
{
	sm_json    *v = obj->items[i];
	size_t		tail = obj->n - i - 1;

	sm_free(obj->keys[i]);
	memmove(&obj->items[i], &obj->items[i + 1], tail * sizeof(obj->items[0]));
	memmove(&obj->keys[i], &obj->keys[i + 1], tail * sizeof(obj->keys[0]));
	memmove(&obj->keylens[i], &obj->keylens[i + 1], tail * sizeof(obj->keylens[0]));
	obj->n--;
	return v;
}

/* Remove every member named key (duplicates included). */
static void
remove_all(sm_json *obj, const char *key, size_t keylen)
{
	long		i;

	while ((i = member_index(obj, key, keylen)) >= 0)
		sm_json_free(detach(obj, (size_t) i));
}

/*
 * Set member key to v, taking ownership of v: in place of the last member
 * of that name (others of the name go), else appended.
 */
static bool
set_member(sm_json *obj, const char *key, size_t keylen, sm_json *v, sm_error *err)
{
	long		i = member_index(obj, key, keylen);

	if (i >= 0)
	{
		sm_json_free(obj->items[i]);
		obj->items[i] = v;
		for (long j = i - 1; j >= 0; j--)
			if (obj->keylens[j] == keylen && memcmp(obj->keys[j], key, keylen) == 0)
				sm_json_free(detach(obj, (size_t) j));
		return true;
	}
	if (!sm_json_object_append(obj, key, keylen, v))
		return sm_error_set(err, SM_ENOMEM, key, "out of memory");
	return true;
}

/* Rename member name to newname in place (members already named newname go). */
static bool
rename_member(sm_json *obj, const char *name, size_t namelen, const char *newname,
			  size_t newlen, sm_error *err)
{
	long		i = member_index(obj, name, namelen);
	char	   *k;

	if (i < 0 || (namelen == newlen && memcmp(name, newname, newlen) == 0))
		return true;
	k = sm_strndup(newname, newlen);
	if (k == NULL)
		return sm_error_set(err, SM_ENOMEM, name, "out of memory");
	for (long j = (long) obj->n - 1; j >= 0; j--)
		if (j != i && obj->keylens[j] == newlen && memcmp(obj->keys[j], newname, newlen) == 0)
		{
			sm_json_free(detach(obj, (size_t) j));
			if (j < i)
				i--;
		}
	sm_free(obj->keys[i]);
	obj->keys[i] = k;
	obj->keylens[i] = newlen;
	return true;
}

/* Move member "name" of "from" to "to" (as "newname"); absent: nothing. */
static bool
move_member(sm_json *from, const char *name, size_t namelen, sm_json *to,
			const char *newname, size_t newlen, sm_error *err)
{
	long		i = member_index(from, name, namelen);

	if (i < 0)
		return true;
	return set_member(to, newname, newlen, detach(from, (size_t) i), err);
}

static bool apply(const sm_lens *lens, sm_json *doc, bool reverse, int depth,
				  sm_error *err);

/* hoist (up = true): host.name -> name; plunge: name -> host.name. */
static bool
apply_hoist(const sm_lens_op *o, sm_json *doc, bool up, sm_error *err)
{
	long		h = member_index(doc, o->other, o->otherlen);
	sm_json    *host;

	if (up)
	{
		if (h < 0 || doc->items[h]->type != SM_JOBJECT)
			return true;
		return move_member(doc->items[h], o->name, o->namelen, doc, o->name, o->namelen, err);
	}
	if (member_index(doc, o->name, o->namelen) < 0)
		return true;
	if (h < 0)
	{
		host = sm_json_new(SM_JOBJECT);
		if (host == NULL || !sm_json_object_append(doc, o->other, o->otherlen, host))
			return sm_error_set(err, SM_ENOMEM, o->other, "out of memory");
		h = member_index(doc, o->other, o->otherlen);
	}
	host = doc->items[h];
	if (host->type != SM_JOBJECT)
	{
		sm_error_set(err, SM_EDATA, o->other, "cannot plunge \"%s\" into \"%s\": it is %s, not an object",
					 o->name, o->other, sm_json_type_phrase(host->type));
		return false;
	}
	return move_member(doc, o->name, o->namelen, host, o->name, o->namelen, err);
}

/* wrap (into = true): v -> [v] (null -> []); head: [v, ...] -> v ([] -> null). */
static bool
apply_wrap(const sm_lens_op *o, sm_json *doc, bool into, sm_error *err)
{
	long		i = member_index(doc, o->name, o->namelen);
	sm_json    *v;
	sm_json    *r;

	if (i < 0)
		return true;
	v = doc->items[i];
	if (into)
	{
		if (v->type == SM_JARRAY)
			return true;
		r = sm_json_new(SM_JARRAY);
		if (r == NULL)
			return sm_error_set(err, SM_ENOMEM, o->name, "out of memory");
		if (v->type != SM_JNULL)
		{
			doc->items[i] = r;
			if (!sm_json_array_append(r, v))
				return sm_error_set(err, SM_ENOMEM, o->name, "out of memory");
			return true;
		}
		return set_member(doc, o->name, o->namelen, r, err);
	}
	if (v->type != SM_JARRAY)
		return true;
	if (v->n == 0)
		r = sm_json_new(SM_JNULL);
	else
	{
		r = v->items[0];
		v->items[0] = NULL;
		/* items[0] is gone: free the rest by hand */
		for (size_t k = 1; k < v->n; k++)
			sm_json_free(v->items[k]);
		v->n = 0;
	}
	if (r == NULL)
		return sm_error_set(err, SM_ENOMEM, o->name, "out of memory");
	return set_member(doc, o->name, o->namelen, r, err);
}

/* convert: the first pair whose old (forward) or new (reverse) side equals the value. */
static bool
apply_convert(const sm_lens_op *o, sm_json *doc, bool reverse, sm_error *err)
{
	long		i = member_index(doc, o->name, o->namelen);
	int			from = reverse ? 1 : 0;

	if (i < 0)
		return true;
	for (size_t k = 0; k < o->value->n; k++)
	{
		const sm_json *pair = o->value->items[k];

		if (sm_json_equal(pair->items[from], doc->items[i]))
		{
			sm_json    *r = sm_json_clone(pair->items[1 - from]);

			if (r == NULL)
				return sm_error_set(err, SM_ENOMEM, o->name, "out of memory");
			sm_json_free(doc->items[i]);
			doc->items[i] = r;
			return true;
		}
	}
	return true;
}

/* One operation, forward or inverted. */
static bool
apply_op(const sm_lens_op *o, sm_json *doc, bool reverse, int depth, sm_error *err)
{
	sm_lens_kind k = o->kind;

	/* the inverse of add is remove, and so on */
	if (reverse)
	{
		if (k == LENS_ADD)
			k = LENS_REMOVE;
		else if (k == LENS_REMOVE)
			k = LENS_ADD;
		else if (k == LENS_HOIST)
			k = LENS_PLUNGE;
		else if (k == LENS_PLUNGE)
			k = LENS_HOIST;
		else if (k == LENS_WRAP)
			k = LENS_HEAD;
		else if (k == LENS_HEAD)
			k = LENS_WRAP;
	}
	switch (k)
	{
		case LENS_ADD:
			{
				sm_json    *v;

				if (member_index(doc, o->name, o->namelen) >= 0)
					return true;
				v = sm_json_clone(o->value);
				if (v == NULL || !sm_json_object_append(doc, o->name, o->namelen, v))
					return sm_error_set(err, SM_ENOMEM, o->name, "out of memory");
				return true;
			}
		case LENS_REMOVE:
			remove_all(doc, o->name, o->namelen);
			return true;
		case LENS_RENAME:
			if (reverse)
				return rename_member(doc, o->other, o->otherlen, o->name, o->namelen, err);
			return rename_member(doc, o->name, o->namelen, o->other, o->otherlen, err);
		case LENS_HOIST:
			return apply_hoist(o, doc, true, err);
		case LENS_PLUNGE:
			return apply_hoist(o, doc, false, err);
		case LENS_WRAP:
			return apply_wrap(o, doc, true, err);
		case LENS_HEAD:
			return apply_wrap(o, doc, false, err);
		case LENS_CONVERT:
			return apply_convert(o, doc, reverse, err);
		case LENS_IN:
		case LENS_MAP:
			{
				long		i = member_index(doc, o->name, o->namelen);
				sm_json    *v;

				if (i < 0)
					return true;
				v = doc->items[i];
				if (k == LENS_IN)
					return v->type != SM_JOBJECT || apply(o->sub, v, reverse, depth + 1, err);
				if (v->type != SM_JARRAY)
					return true;
				for (size_t e = 0; e < v->n; e++)
				{
					sm_check_interrupts();
					if (v->items[e]->type == SM_JOBJECT &&
						!apply(o->sub, v->items[e], reverse, depth + 1, err))
						return false;
				}
				return true;
			}
	}
	return true;
}

/* A lens on an object, its operations in order (reverse: inverted, last first). */
static bool
apply(const sm_lens *lens, sm_json *doc, bool reverse, int depth, sm_error *err)
{
	if (depth > SM_LENS_MAX_DEPTH)
		return sm_error_set(err, SM_ELIMIT, "", "lenses nest deeper than %d levels", SM_LENS_MAX_DEPTH);
	for (size_t i = 0; i < lens->n; i++)
	{
		const sm_lens_op *o = &lens->ops[reverse ? lens->n - 1 - i : i];

		if (!apply_op(o, doc, reverse, depth, err))
			return false;
	}
	return true;
}

/* Apply a lens to a document object in place. */
bool
sm_lens_apply(const sm_lens *lens, sm_json *doc, bool reverse, sm_error *err)
{
	if (lens == NULL || doc == NULL)
		return sm_error_set(err, SM_EINVAL, "", "no lens or no document");
	if (doc->type != SM_JOBJECT)
	{
		sm_error_set(err, SM_EDATA, "", "a document must be a JSON object, not %s",
					 sm_json_type_phrase(doc->type));
		return false;
	}
	return apply(lens, doc, reverse, 0, err);
}

/* Apply a lens to a document given as JSON text; the result is appended to out. */
bool
sm_lens_apply_text(const sm_lens *lens, const char *doc, size_t len, bool reverse,
				   sm_buf *out, sm_error *err)
{
	sm_json    *tree = sm_json_parse(doc, len, err);
	bool		ok;

	if (tree == NULL)
		return false;
	ok = sm_lens_apply(lens, tree, reverse, err);
	if (ok && !sm_json_write(tree, out))
		ok = sm_error_set(err, SM_ENOMEM, "", "out of memory");
	sm_json_free(tree);
	return ok;
}
