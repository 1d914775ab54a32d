/*
 * schemadef_keys.c
 *	  Resolving the two sides of a relationship: tables, column lists, key
 *	  indexes and type compatibility.
 *
 * Not here: the relationship decoder (schemadef_relationships.c).
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

/* Parse a relationship kind, accepting any case and '_' or ' ' for '-'. */
int
sd_reltype_parse(const char *s, size_t len)
{
	static const char *const names[] = {
		"one-to-many", "one-to-one", "many-to-one", "many-to-many",
		"hierarchy", "self-referencing", "self-reference"
	};
	char		buf[32];

	if (len >= sizeof(buf))
		return -1;
	for (size_t i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (c == '_' || c == ' ')
			c = '-';
		buf[i] = c;
	}
	buf[len] = '\0';
	for (int i = 0; i < 7; i++)
		if (strcmp(buf, names[i]) == 0)
			return i >= RK_HIERARCHY ? RK_HIERARCHY : i;
	return -1;
}

/* The closest table name to name, if it looks like a typo. */
static const char *
closest_table(const sm_schema *s, const char *name, size_t len)
{
	const char *best = NULL;
	int			bestd = 99;
	int			maxd = len <= 4 ? 1 : (len <= 8 ? 2 : 3);

	for (size_t i = 0; i < s->ntables; i++)
	{
		int			dd = sd_edit_distance(name, len, s->tables[i].name,
										  strlen(s->tables[i].name));

		if (dd < bestd)
		{
			bestd = dd;
			best = s->tables[i].name;
		}
	}
	return bestd <= maxd ? best : NULL;
}

/*
 * Find the table named by tablekey (and schemakey) of a relationship.
 * Without a schema, a table without schema wins, else the only table of
 * that name; several in different schemas are ambiguous.
 */
bool
sd_resolve_table(decoder *d, const sm_json *schema_v, const sm_json *table_v,
				 const char *relpath, const char *schemakey, const char *tablekey,
				 int *out, char *tpath)
{
	char		sp[PATHLEN];
	char		b[SHOWLEN];
	char		b2[SHOWLEN];
	size_t		n = d->s->ntables;
	size_t		lo = 0,
				hi = n;
	int			found = -1;
	int			found_null = -1;
	int			count = 0;

	sd_keypath(tpath, relpath, tablekey);
	sd_keypath(sp, relpath, schemakey);
	if (table_v == NULL)
		return sd_fail(d, relpath, "missing required key \"%s\"", tablekey);
	if (!sd_want(d, table_v, tpath, SM_JSTRING))
		return false;
	if (schema_v && !sd_want(d, schema_v, sp, SM_JSTRING))
		return false;
	/* lower bound of the name in the sorted index */
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		const strent *e = &d->tabindex[mid];
		size_t		m = e->len < table_v->len ? e->len : table_v->len;
		int			c = memcmp(e->s, table_v->str, m);

		if (c == 0 && e->len != table_v->len)
			c = e->len < table_v->len ? -1 : 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < n; i++)
	{
		const strent *e = &d->tabindex[i];
		const sm_table *t;

		if (e->len != table_v->len || memcmp(e->s, table_v->str, e->len) != 0)
			break;
		t = &d->s->tables[e->idx];
		if (schema_v)
		{
			if (t->schema && strlen(t->schema) == schema_v->len &&
				memcmp(t->schema, schema_v->str, schema_v->len) == 0)
				found = (int) e->idx;
		}
		else
		{
			if (t->schema == NULL && found_null < 0)
				found_null = (int) e->idx;
			if (count == 0)
				found = (int) e->idx;
			count++;
		}
	}
	if (schema_v == NULL && found_null >= 0)
		found = found_null;
	else if (schema_v == NULL && count > 1)
	{
		sd_fail(d, tpath, "table name \"%s\" is ambiguous", sd_show(b, table_v->str, table_v->len));
		sm_error_detail(d->err, "%d tables of that name exist in different schemas", count);
		sm_error_hint(d->err, "set \"%s\" to choose one", schemakey);
		return false;
	}
	if (found < 0)
	{
		const char *near = closest_table(d->s, table_v->str, table_v->len);

		if (schema_v)
			sd_fail(d, tpath, "table \"%s.%s\" does not exist",
					sd_show(b2, schema_v->str, schema_v->len), sd_show(b, table_v->str, table_v->len));
		else
			sd_fail(d, tpath, "table \"%s\" does not exist", sd_show(b, table_v->str, table_v->len));
		if (near)
			sm_error_hint(d->err, "did you mean \"%s\"?", sd_shows(b, near));
		return false;
	}
	*out = found;
	return true;
}

/* The column(s) of one side: onekey (a name) or manykey (an array). */
bool
sd_resolve_columns(decoder *d, int tix, const sm_json *one, const sm_json *many,
				   const char *relpath, const char *onekey, const char *manykey,
				   sm_colset *set, char *cpath)
{
	sm_table   *t = &d->s->tables[tix];
	tabinfo    *ti = &d->tabs[tix];
	char		b[SHOWLEN];
	char		b2[SHOWLEN];

	if (one && many)
	{
		sd_keypath(cpath, relpath, manykey);
		return sd_fail(d, cpath, "\"%s\" and \"%s\" cannot both be given", onekey, manykey);
	}
	if (one == NULL && many == NULL)
	{
		sd_keypath(cpath, relpath, onekey);
		sd_fail(d, relpath, "missing required key \"%s\"", onekey);
		sm_error_hint(d->err, "use \"%s\" for a composite key", manykey);
		return false;
	}
	if (many)
	{
		sd_keypath(cpath, relpath, manykey);
		return sd_decode_colnames(d, t, ti, many, cpath, manykey, set);
	}
	sd_keypath(cpath, relpath, onekey);
	if (!sd_want(d, one, cpath, SM_JSTRING))
		return false;
	{
		int			col = sd_find_col(ti, t->ncolumns, one->str, one->len);

		if (col < 0)
		{
			const char *near = sd_closest_column(t, one->str, one->len);

			sd_fail(d, cpath, "column \"%s\" does not exist in table \"%s\"",
					sd_show(b, one->str, one->len), sd_shows(b2, t->name));
			if (near)
				sm_error_hint(d->err, "did you mean \"%s\"?", sd_shows(b, near));
			return false;
		}
		set->cols = sm_calloc(1, sizeof(int));
		if (set->cols == NULL)
			return sd_nomem(d);
		set->cols[0] = col;
		set->n = 1;
	}
	return true;
}

/* qsort order of ints. */
static int
int_cmp(const void *a, const void *b)
{
	int			x = *(const int *) a;
	int			y = *(const int *) b;

	return (x > y) - (x < y);
}

/* Append the sorted positions of a column set ("3,7,") to b. */
static bool
colset_key(sm_buf *b, const sm_colset *s)
{
	int		   *tmp = sm_calloc(s->n ? s->n : 1, sizeof(int));

	if (tmp == NULL)
		return false;
	memcpy(tmp, s->cols, s->n * sizeof(int));
	qsort(tmp, s->n, sizeof(int), int_cmp);
	for (size_t i = 0; i < s->n; i++)
		sm_buf_printf(b, "%d,", tmp[i]);
	sm_free(tmp);
	return !b->oom;
}

/*
 * Index the multi-column keys of a table (its primary key and composite
 * unique constraints) by their sorted column positions, so that checking
 * a relationship costs O(log n) however many constraints the table has.
 */
static bool
build_key_index(decoder *d, int tix)
{
	sm_table   *t = &d->s->tables[tix];
	tabinfo    *ti = &d->tabs[tix];
	size_t		n = t->nunique + 1;
	size_t	   *offs;

	ti->keys_built = true;
	sm_buf_init(&ti->keytext);
	offs = sm_calloc(n, sizeof(size_t));
	ti->keyindex = sm_calloc(n, sizeof(strent));
	if (offs == NULL || ti->keyindex == NULL)
	{
		sm_free(offs);
		return sd_nomem(d);
	}
	for (size_t i = 0; i < n; i++)
	{
		const sm_colset *set = (i == 0) ? &t->primary_key : &t->unique[i - 1];

		if (set->n == 0)
			continue;
		offs[ti->nkeys] = ti->keytext.len;
		if (!colset_key(&ti->keytext, set))
		{
			sm_free(offs);
			return sd_nomem(d);
		}
		ti->keyindex[ti->nkeys].len = ti->keytext.len - offs[ti->nkeys];
		ti->keyindex[ti->nkeys].idx = i;
		ti->nkeys++;
	}
	for (size_t i = 0; i < ti->nkeys; i++)
		ti->keyindex[i].s = ti->keytext.data + offs[i];
	sm_free(offs);
	qsort(ti->keyindex, ti->nkeys, sizeof(strent), sd_strent_cmp);
	return true;
}

/*
 * Whether cols are exactly (as a set) the primary key or a unique
 * constraint of table tix; *ok is false after an allocation failure.
 */
bool
sd_is_key(decoder *d, int tix, const sm_colset *cols, bool *ok)
{
	sm_table   *t = &d->s->tables[tix];
	tabinfo    *ti = &d->tabs[tix];
	sm_buf		k;
	bool		found;

	*ok = true;
	if (cols->n == 1 && t->columns[cols->cols[0]].unique)
		return true;
	if (!ti->keys_built && !build_key_index(d, tix))
	{
		*ok = false;
		return false;
	}
	sm_buf_init(&k);
	if (!colset_key(&k, cols))
	{
		sm_buf_free(&k);
		*ok = sd_nomem(d);
		return false;
	}
	found = sd_in_index(ti->keyindex, ti->nkeys, k.data, k.len);
	sm_buf_free(&k);
	return found;
}

/* Referencing columns ref (of table rt) must fit referenced ones (of st). */
bool
sd_check_ref_types(decoder *d, int st, const sm_colset *src, int rt,
				   const sm_colset *ref, const char *refpath, const char *what_ref,
				   const char *what_src)
{
	char		b[SHOWLEN];
	char		b2[SHOWLEN];

	if (ref->n != src->n)
		return sd_fail(d, refpath, "the number of %s (%zu) does not match the number of %s (%zu)",
					   what_ref, ref->n, what_src, src->n);
	for (size_t i = 0; i < ref->n; i++)
	{
		const sm_column *a = &d->s->tables[st].columns[src->cols[i]];
		const sm_column *c = &d->s->tables[rt].columns[ref->cols[i]];

		if (!sd_types_compatible(&a->type, &c->type))
			return sd_fail(d, refpath, "column \"%s\" (%s) cannot reference column \"%s\" (%s)",
						   sd_shows(b, c->name), c->type_name, sd_shows(b2, a->name), a->type_name);
	}
	return true;
}

/* Report referenced columns that are not a key. */
bool
sd_key_error(decoder *d, int tix, const sm_colset *cols, const char *path)
{
	const sm_table *t = &d->s->tables[tix];
	char		b[SHOWLEN];
	char		b2[SHOWLEN];

	if (cols->n == 1)
	{
		sd_fail(d, path, "column \"%s\" of table \"%s\" is not a primary key or unique",
				sd_shows(b, t->columns[cols->cols[0]].name), sd_shows(b2, t->name));
		sm_error_hint(d->err, "a referenced column needs \"primary_key\": true or \"unique\": true");
	}
	else
	{
		sd_fail(d, path, "the referenced columns are not the primary key or a unique constraint of table \"%s\"",
				sd_shows(b2, t->name));
		sm_error_hint(d->err, "declare them as the table's \"primary_key\" or in its \"unique\" list");
	}
	return false;
}

/* Free the columns of a relationship side not handed over to the result. */
void
sd_relside_free(relside *s)
{
	sm_free(s->cols.cols);
	s->cols.cols = NULL;
	s->cols.n = 0;
}
