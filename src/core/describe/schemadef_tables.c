/*
 * schemadef_tables.c
 *	  Decoding of one table of a definition: its columns, primary key,
 *	  unique constraints and checks.
 *
 * Not here: relationships between tables (schemadef_keys.c,
 * schemadef_relationships.c) and the root object (schemadef.c).
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

/* ================================================================
 * Tables
 * ================================================================ */

enum
{
	T_NAME, T_SCHEMA, T_SOURCE, T_DESCRIPTION, T_ROWS, T_COLUMNS,
	T_PRIMARY_KEY, T_UNIQUE, T_CHECKS, T_NKEYS
};

static const char *const table_keys[T_NKEYS] = {
	"name", "schema", "source", "description", "rows", "columns",
	"primary_key", "unique", "checks"
};

enum
{
	CK_NAME, CK_EXPRESSION, CK_NKEYS
};

static const char *const check_keys[CK_NKEYS] = {"name", "expression"};

/*
 * A list of column names of table t (an array at path) into set, each
 * existing and none repeated.  what names the list in messages.
 */
bool
sd_decode_colnames(decoder *d, const sm_table *t, tabinfo *ti, const sm_json *v,
				   const char *path, const char *what, sm_colset *set)
{
	char		b[SHOWLEN];
	char		b2[SHOWLEN];

	if (!sd_want(d, v, path, SM_JARRAY))
		return false;
	if (v->n == 0)
		return sd_fail(d, path, "%s must not be empty", what);
	set->cols = sm_calloc(v->n, sizeof(int));
	if (set->cols == NULL)
		return sd_nomem(d);
	ti->stamp++;
	for (size_t i = 0; i < v->n; i++)
	{
		char		ip[PATHLEN];
		const sm_json *it = v->items[i];
		int			col;

		sd_idxpath(ip, path, i);
		if (!sd_want(d, it, ip, SM_JSTRING))
			return false;
		col = sd_find_col(ti, t->ncolumns, it->str, it->len);
		if (col < 0)
		{
			const char *near = sd_closest_column(t, it->str, it->len);

			sd_fail(d, ip, "column \"%s\" does not exist in table \"%s\"",
					sd_show(b, it->str, it->len), sd_shows(b2, t->name));
			if (near)
				sm_error_hint(d->err, "did you mean \"%s\"?", sd_shows(b, near));
			return false;
		}
		if (ti->mark[col] == ti->stamp)
			return sd_fail(d, ip, "column \"%s\" appears more than once in %s",
						   sd_show(b, it->str, it->len), what);
		ti->mark[col] = ti->stamp;
		set->cols[set->n++] = col;
	}
	return true;
}

/* Path of column i of the table at tpath, or of its member key. */
static void
column_path(char *dst, const char *tpath, size_t i, const char *key)
{
	char		cp[PATHLEN];
	char		ip[PATHLEN];

	sd_keypath(cp, tpath, "columns");
	if (key == NULL)
		sd_idxpath(dst, cp, i);
	else
	{
		sd_idxpath(ip, cp, i);
		sd_keypath(dst, ip, key);
	}
}

/* Resolve the table's primary key from column flags and/or primary_key. */
static bool
decode_primary_key(decoder *d, sm_table *t, tabinfo *ti, const sm_json *v,
				   const char *path)
{
	char		p[PATHLEN];
	char		b[SHOWLEN];
	size_t		nflag = 0;

	for (size_t i = 0; i < t->ncolumns; i++)
		if (ti->cols[i].pk_key)
			nflag++;
	sd_keypath(p, path, "primary_key");
	if (v)
	{
		if (!sd_decode_colnames(d, t, ti, v, p, "primary_key", &t->primary_key))
			return false;
		/* column flags, when given, must name the same columns */
		ti->stamp++;
		for (size_t i = 0; i < t->primary_key.n; i++)
			ti->mark[t->primary_key.cols[i]] = ti->stamp;
		for (size_t i = 0; i < t->primary_key.n && nflag > 0; i++)
		{
			int			col = t->primary_key.cols[i];

			if (ti->cols[col].pk_key == NULL)
			{
				char		ip[PATHLEN];

				sd_idxpath(ip, p, i);
				sd_fail(d, ip, "column \"%s\" is in the table's primary_key but is not marked \"primary_key\": true",
						sd_shows(b, t->columns[col].name));
				sm_error_hint(d->err, "give a composite key only as the table's primary_key, without column flags");
				return false;
			}
		}
		for (size_t i = 0; i < t->ncolumns; i++)
		{
			if (ti->cols[i].pk_key && ti->mark[i] != ti->stamp)
			{
				char		cp[PATHLEN];
				char		fp[PATHLEN];

				column_path(cp, path, i, NULL);
				sd_keypath(fp, cp, ti->cols[i].pk_key);
				sd_fail(d, fp, "column \"%s\" is marked as primary key but is not in the table's primary_key",
						sd_shows(b, t->columns[i].name));
				return false;
			}
		}
	}
	else if (nflag > 0)
	{
		t->primary_key.cols = sm_calloc(nflag, sizeof(int));
		if (t->primary_key.cols == NULL)
			return sd_nomem(d);
		for (size_t i = 0; i < t->ncolumns; i++)
			if (ti->cols[i].pk_key)
				t->primary_key.cols[t->primary_key.n++] = (int) i;
	}
	for (size_t i = 0; i < t->primary_key.n; i++)
	{
		int			col = t->primary_key.cols[i];

		if (ti->cols[col].nullable_explicit)
		{
			char		ip[PATHLEN];

			sd_idxpath(ip, p, i);
			return sd_fail(d, ip, "primary key column \"%s\" cannot be nullable",
						   sd_shows(b, t->columns[col].name));
		}
		t->columns[col].primary_key = true;
		t->columns[col].required = true;
	}
	return true;
}

/* Table-level unique constraints: an array of arrays of column names. */
static bool
decode_unique(decoder *d, sm_table *t, tabinfo *ti, const sm_json *v,
			  const char *path)
{
	char		p[PATHLEN];
	sm_colset  *sets;
	sm_buf		keys;
	size_t	   *offs = NULL;
	size_t	   *lens = NULL;
	const char **ptrs = NULL;
	size_t	   *first = NULL;
	bool		ok = false;

	sd_keypath(p, path, "unique");
	if (!sd_want(d, v, p, SM_JARRAY))
		return false;
	if (v->n == 0)
		return true;
	sets = sm_calloc(v->n, sizeof(sm_colset));
	if (sets == NULL)
		return sd_nomem(d);
	sm_buf_init(&keys);
	for (size_t i = 0; i < v->n; i++)
	{
		char		ip[PATHLEN];

		sd_idxpath(ip, p, i);
		if (v->items[i]->type != SM_JARRAY)
		{
			sd_fail(d, ip, "expected an array, got %s", sm_json_type_phrase(v->items[i]->type));
			sm_error_hint(d->err, "each unique constraint is an array of column names, e.g. \"unique\": [[\"a\", \"b\"]]");
			goto done;
		}
		if (!sd_decode_colnames(d, t, ti, v->items[i], ip, "unique constraint", &sets[i]))
			goto done;
	}
	/* repeated constraints: same columns in the same order */
	offs = sm_calloc(v->n, sizeof(size_t));
	lens = sm_calloc(v->n, sizeof(size_t));
	ptrs = sm_calloc(v->n, sizeof(char *));
	first = sm_calloc(v->n, sizeof(size_t));
	if (offs == NULL || lens == NULL || ptrs == NULL || first == NULL)
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < v->n; i++)
	{
		offs[i] = keys.len;
		for (size_t j = 0; j < sets[i].n; j++)
			sm_buf_printf(&keys, "%d,", sets[i].cols[j]);
		lens[i] = keys.len - offs[i];
	}
	if (keys.oom)
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < v->n; i++)
		ptrs[i] = keys.data + offs[i];
	if (!sd_find_dups(ptrs, lens, v->n, first))
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < v->n; i++)
	{
		if (first[i] != SIZE_MAX)
		{
			char		ip[PATHLEN];

			sd_idxpath(ip, p, i);
			sd_fail(d, ip, "duplicate unique constraint");
			sm_error_detail(d->err, "first defined at %s[%zu]", p, first[i]);
			goto done;
		}
	}
	/* single columns become column flags, the others are kept */
	t->unique = sm_calloc(v->n, sizeof(sm_colset));
	if (t->unique == NULL)
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < v->n; i++)
	{
		if (sets[i].n == 1)
			t->columns[sets[i].cols[0]].unique = true;
		else
		{
			t->unique[t->nunique++] = sets[i];
			sets[i].cols = NULL;
			sets[i].n = 0;
		}
	}
	ok = true;

done:
	for (size_t i = 0; i < v->n; i++)
		sm_free(sets[i].cols);
	sm_free(sets);
	sm_buf_free(&keys);
	sm_free(offs);
	sm_free(lens);
	sm_free(ptrs);
	sm_free(first);
	return ok;
}

/* Table-level check constraints. */
static bool
decode_checks(decoder *d, sm_table *t, const sm_json *v, const char *path)
{
	char		p[PATHLEN];
	const char **names = NULL;
	size_t	   *lens = NULL;
	size_t	   *first = NULL;
	bool		ok = false;

	sd_keypath(p, path, "checks");
	if (!sd_want(d, v, p, SM_JARRAY))
		return false;
	if (v->n == 0)
		return true;
	t->checks = sm_calloc(v->n, sizeof(sm_check));
	names = sm_calloc(v->n, sizeof(char *));
	lens = sm_calloc(v->n, sizeof(size_t));
	first = sm_calloc(v->n, sizeof(size_t));
	if (t->checks == NULL || names == NULL || lens == NULL || first == NULL)
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < v->n; i++)
	{
		const sm_json *nm = sm_json_get(v->items[i], "name");

		if (nm && nm->type == SM_JSTRING)
		{
			names[i] = nm->str;
			lens[i] = nm->len;
		}
	}
	if (!sd_find_dups(names, lens, v->n, first))
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < v->n; i++)
	{
		char		ip[PATHLEN];
		char		kp[PATHLEN];
		char		b[SHOWLEN];
		const sm_json *vals[CK_NKEYS] = {NULL, NULL};
		extlist		ext = {0, 0, NULL};
		sm_check   *ck = &t->checks[i];

		sd_idxpath(ip, p, i);
		t->nchecks++;
		if (v->items[i]->type == SM_JSTRING)
		{
			sd_fail(d, ip, "expected an object, got a string");
			sm_error_hint(d->err, "write a check constraint as {\"name\": \"positive_total\", \"expression\": \"total >= 0\"}");
			goto done;
		}
		if (!sd_scan_object(d, v->items[i], ip, check_keys, CK_NKEYS, CK_NKEYS, vals, &ext))
		{
			sd_ext_free(&ext);
			goto done;
		}
		sd_keypath(kp, ip, "name");
		if (vals[CK_NAME])
		{
			if (!sd_get_identifier(d, vals[CK_NAME], kp, "check constraint name", &ck->name))
			{
				sd_ext_free(&ext);
				goto done;
			}
			if (first[i] != SIZE_MAX)
			{
				sd_ext_free(&ext);
				sd_fail(d, kp, "duplicate check constraint name \"%s\"", sd_shows(b, ck->name));
				sm_error_detail(d->err, "first defined at %s[%zu]", p, first[i]);
				goto done;
			}
		}
		sd_keypath(kp, ip, "expression");
		if (vals[CK_EXPRESSION] == NULL)
		{
			sd_ext_free(&ext);
			sd_fail(d, ip, "missing required key \"expression\"");
			goto done;
		}
		if (!sd_get_string(d, vals[CK_EXPRESSION], kp, "expression", true, &ck->expression) ||
			!sd_build_ext(d, &ext, &ck->ext))
		{
			sd_ext_free(&ext);
			goto done;
		}
		sd_ext_free(&ext);
	}
	ok = true;

done:
	sm_free(names);
	sm_free(lens);
	sm_free(first);
	return ok;
}

/* The columns of a table, decoded in order, and its sorted column index; false on an error. */
static bool
decode_table_columns(decoder *d, sm_table *t, tabinfo *ti, const sm_json *cols,
					 const char *path)
{
	char		p[PATHLEN];
	char		b[SHOWLEN];
	const char **names = NULL;
	size_t	   *lens = NULL;
	size_t	   *first = NULL;
	bool		ok = false;

	sd_keypath(p, path, "columns");
	if (cols == NULL)
	{
		sd_fail(d, path, "missing required key \"columns\"");
		goto done;
	}
	if (!sd_want(d, cols, p, SM_JARRAY))
		goto done;
	if (cols->n == 0)
	{
		sd_fail(d, p, "table \"%s\" has no columns", sd_shows(b, t->name));
		sm_error_hint(d->err, "a table needs at least one column");
		goto done;
	}
	if (cols->n > (size_t) (d->lim.max_columns > 0 ? d->lim.max_columns : 0))
	{
		sd_limit_fail(d, p, "table \"%s\" has %zu columns, the limit is %d",
					  sd_shows(b, t->name), cols->n, d->lim.max_columns);
		goto done;
	}
	t->columns = sm_calloc(cols->n, sizeof(sm_column));
	ti->cols = sm_calloc(cols->n, sizeof(colinfo));
	ti->mark = sm_calloc(cols->n, sizeof(int));
	names = sm_calloc(cols->n, sizeof(char *));
	lens = sm_calloc(cols->n, sizeof(size_t));
	first = sm_calloc(cols->n, sizeof(size_t));
	if (t->columns == NULL || ti->cols == NULL || ti->mark == NULL ||
		names == NULL || lens == NULL || first == NULL)
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < cols->n; i++)
	{
		const sm_json *nm = sm_json_get(cols->items[i], "name");

		if (nm && nm->type == SM_JSTRING)
		{
			names[i] = nm->str;
			lens[i] = nm->len;
		}
	}
	if (!sd_find_dups(names, lens, cols->n, first))
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < cols->n; i++)
	{
		char		cp[PATHLEN];

		sd_idxpath(cp, p, i);
		t->ncolumns++;
		if (!sd_decode_column(d, t, ti, i, cols->items[i], cp, path, first[i]))
			goto done;
	}
	ti->colindex = sm_calloc(t->ncolumns, sizeof(strent));
	if (ti->colindex == NULL)
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < t->ncolumns; i++)
	{
		ti->colindex[i].s = t->columns[i].name;
		ti->colindex[i].len = strlen(t->columns[i].name);
		ti->colindex[i].idx = i;
	}
	qsort(ti->colindex, t->ncolumns, sizeof(strent), sd_strent_cmp);
	ok = true;

done:
	sm_free(names);
	sm_free(lens);
	sm_free(first);
	return ok;
}

/* Decode table ti; dup_of: position of an earlier table with the same identity. */
bool
sd_decode_table(decoder *d, size_t tix, const sm_json *v, const char *path,
				size_t dup_of)
{
	sm_table   *t = &d->s->tables[tix];
	tabinfo    *ti = &d->tabs[tix];
	const sm_json *vals[T_NKEYS];
	extlist		ext = {0, 0, NULL};
	char		p[PATHLEN];
	char		b[SHOWLEN];
	char		b2[SHOWLEN];
	bool		ok = false;

	memset(vals, 0, sizeof(vals));
	t->rows = -1;
	if (!sd_scan_object(d, v, path, table_keys, T_NKEYS, T_NKEYS, vals, &ext))
		goto done;
	if (vals[T_NAME] == NULL)
	{
		sd_fail(d, path, "missing required key \"name\"");
		goto done;
	}
	sd_keypath(p, path, "name");
	if (!sd_get_identifier(d, vals[T_NAME], p, "table name", &t->name))
		goto done;
	{
		char		sp[PATHLEN];

		sd_keypath(sp, path, "schema");
		if (vals[T_SCHEMA] &&
			!sd_get_identifier(d, vals[T_SCHEMA], sp, "schema name", &t->schema))
			goto done;
	}
	if (dup_of != SIZE_MAX)
	{
		if (t->schema)
			sd_fail(d, p, "duplicate table \"%s.%s\"", sd_shows(b2, t->schema), sd_shows(b, t->name));
		else
			sd_fail(d, p, "duplicate table \"%s\"", sd_shows(b, t->name));
		sm_error_detail(d->err, "first defined at tables[%zu]", dup_of);
		goto done;
	}
	sd_keypath(p, path, "source");
	if (vals[T_SOURCE] && !sd_get_string(d, vals[T_SOURCE], p, "source", true, &t->source))
		goto done;
	sd_keypath(p, path, "description");
	if (vals[T_DESCRIPTION] &&
		!sd_get_string(d, vals[T_DESCRIPTION], p, "description", false, &t->description))
		goto done;
	sd_keypath(p, path, "rows");
	if (vals[T_ROWS] && !sd_get_int(d, vals[T_ROWS], p, "rows", 0, INT64_MAX, &t->rows))
		goto done;

	if (!decode_table_columns(d, t, ti, vals[T_COLUMNS], path))
		goto done;

	if (!decode_primary_key(d, t, ti, vals[T_PRIMARY_KEY], path))
		goto done;
	if (vals[T_UNIQUE] && !decode_unique(d, t, ti, vals[T_UNIQUE], path))
		goto done;
	if (vals[T_CHECKS] && !decode_checks(d, t, vals[T_CHECKS], path))
		goto done;
	/* cross-field checks that need the primary key */
	for (size_t i = 0; i < t->ncolumns; i++)
	{
		sm_column  *c = &t->columns[i];

		if (c->required && c->null_rate > 0)
		{
			char		cp[PATHLEN];

			column_path(cp, path, i, "null_rate");
			sd_fail(d, cp, "null_rate must be 0 for a required column");
			if (c->primary_key)
				sm_error_detail(d->err, "primary key columns are implicitly required");
			goto done;
		}
	}
	if (!sd_build_ext(d, &ext, &t->ext))
		goto done;
	ok = true;

done:
	sd_ext_free(&ext);
	return ok;
}
