/*
 * schemadef_relationships.c
 *	  Decoding of relationships between tables and the check for duplicates.
 *
 * Not here: resolving tables, columns and keys (schemadef_keys.c).
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
 * Relationships
 * ================================================================ */

enum
{
	RL_NAME, RL_SOURCE_SCHEMA, RL_SOURCE_TABLE, RL_SOURCE_COLUMN,
	RL_SOURCE_COLUMNS, RL_TARGET_SCHEMA, RL_TARGET_TABLE, RL_TARGET_COLUMN,
	RL_TARGET_COLUMNS, RL_RELATIONSHIP_TYPE, RL_HIERARCHY, RL_THROUGH_SCHEMA,
	RL_THROUGH, RL_THROUGH_SOURCE_COLUMN, RL_THROUGH_SOURCE_COLUMNS,
	RL_THROUGH_TARGET_COLUMN, RL_THROUGH_TARGET_COLUMNS, RL_ON_DELETE,
	RL_CARDINALITY, RL_DESCRIPTION,
	RL_NCANON,
	RL_TYPE = RL_NCANON,
	RL_NKEYS
};

static const char *const relationship_keys[RL_NKEYS] = {
	"name", "source_schema", "source_table", "source_column",
	"source_columns", "target_schema", "target_table", "target_column",
	"target_columns", "relationship_type", "hierarchy", "through_schema",
	"through", "through_source_column", "through_source_columns",
	"through_target_column", "through_target_columns", "on_delete",
	"cardinality", "description",
	"type"
};

enum
{
	CA_MIN, CA_MAX, CA_MEAN, CA_NKEYS
};

static const char *const cardinality_keys[CA_NKEYS] = {"min", "max", "mean"};

/* The relationship type, from "relationship_type" or "type" (which must agree). */
static bool
rel_decode_kind(decoder *d, const sm_json *const *vals, const char *path, int *rk,
				char *rtpath)
{
	char		p[PATHLEN];
	char		b[SHOWLEN];

	for (int k = 0; k < 2; k++)
	{
		const sm_json *tv = vals[k == 0 ? RL_RELATIONSHIP_TYPE : RL_TYPE];
		const char *key = k == 0 ? "relationship_type" : "type";
		int			parsed;

		if (tv == NULL)
			continue;
		sd_keypath(p, path, key);
		if (!sd_want(d, tv, p, SM_JSTRING))
			return false;
		parsed = sd_reltype_parse(tv->str, tv->len);
		if (parsed < 0)
		{
			sd_fail(d, p, "unknown relationship type \"%s\"", sd_show(b, tv->str, tv->len));
			sm_error_hint(d->err, "use one-to-one, one-to-many, many-to-one, many-to-many or hierarchy");
			return false;
		}
		if (rtpath[0] && parsed != *rk)
		{
			sd_fail(d, p, "\"type\" conflicts with \"relationship_type\"");
			sm_error_detail(d->err, "both keys set the same property and must agree");
			return false;
		}
		*rk = parsed;
		if (!rtpath[0])
			memcpy(rtpath, p, PATHLEN);
	}
	return true;
}

/* A relationship other than many-to-many: no "through" keys, matching types, a referenced key. */
static bool
rel_check_direct(decoder *d, const sm_json *const *vals, const char *path,
				 const relside *src, const relside *tgt)
{
	char		p[PATHLEN];
	bool		kok = true;
	static const int through_keys[] = {
		RL_THROUGH_SCHEMA, RL_THROUGH, RL_THROUGH_SOURCE_COLUMN,
		RL_THROUGH_SOURCE_COLUMNS, RL_THROUGH_TARGET_COLUMN,
		RL_THROUGH_TARGET_COLUMNS
	};

	for (int k = 0; k < 6; k++)
		if (vals[through_keys[k]])
		{
			sd_keypath(p, path, relationship_keys[through_keys[k]]);
			sd_fail(d, p, "\"%s\" is only allowed for many-to-many relationships",
					relationship_keys[through_keys[k]]);
			return false;
		}
	if (!sd_check_ref_types(d, src->table, &src->cols, tgt->table, &tgt->cols, tgt->cpath,
							"target columns", "source columns"))
		return false;
	if (!sd_is_key(d, src->table, &src->cols, &kok))
	{
		if (kok)
			sd_key_error(d, src->table, &src->cols, src->cpath);
		return false;
	}
	return true;
}

/* A many-to-many relationship: its junction table, columns and both referenced keys. */
static bool
rel_decode_through(decoder *d, sm_relationship *r, const sm_json *const *vals,
				   const char *path, const relside *src, const relside *tgt)
{
	bool		kok = true;
	char		tp[PATHLEN];
	char		cp[PATHLEN];

	if (vals[RL_THROUGH] == NULL)
	{
		sd_fail(d, path, "missing required key \"through\" for a many-to-many relationship");
		sm_error_hint(d->err, "name the junction table in \"through\", and its columns in \"through_source_column\" and \"through_target_column\"");
		return false;
	}
	if (!sd_resolve_table(d, vals[RL_THROUGH_SCHEMA], vals[RL_THROUGH], path,
						  "through_schema", "through", &r->through_table, tp) ||
		!sd_resolve_columns(d, r->through_table, vals[RL_THROUGH_SOURCE_COLUMN],
							vals[RL_THROUGH_SOURCE_COLUMNS], path,
							"through_source_column", "through_source_columns",
							&r->through_source_columns, cp) ||
		!sd_check_ref_types(d, src->table, &src->cols, r->through_table,
							&r->through_source_columns, cp,
							"through source columns", "source columns") ||
		!sd_resolve_columns(d, r->through_table, vals[RL_THROUGH_TARGET_COLUMN],
							vals[RL_THROUGH_TARGET_COLUMNS], path,
							"through_target_column", "through_target_columns",
							&r->through_target_columns, cp) ||
		!sd_check_ref_types(d, tgt->table, &tgt->cols, r->through_table,
							&r->through_target_columns, cp,
							"through target columns", "target columns"))
		return false;
	if (!sd_is_key(d, src->table, &src->cols, &kok))
	{
		if (kok)
			sd_key_error(d, src->table, &src->cols, src->cpath);
		return false;
	}
	if (!sd_is_key(d, tgt->table, &tgt->cols, &kok))
	{
		if (kok)
			sd_key_error(d, tgt->table, &tgt->cols, tgt->cpath);
		return false;
	}
	return true;
}

/* The on_delete action; "set null" needs nullable referencing columns. */
static bool
rel_decode_on_delete(decoder *d, sm_relationship *r, const sm_json *const *vals,
					 const char *path, const relside *tgt)
{
	char		p[PATHLEN];
	char		b[SHOWLEN];

	sd_keypath(p, path, "on_delete");
	if (vals[RL_ON_DELETE])
	{
		static const char *const actions[] = {
			"no action", "cascade", "restrict", "set null", "set default"
		};
		const sm_json *od = vals[RL_ON_DELETE];
		char		norm[16];
		int			a = -1;

		if (!sd_want(d, od, p, SM_JSTRING))
			return false;
		if (od->len < sizeof(norm))
		{
			for (size_t i = 0; i < od->len; i++)
			{
				char		c = od->str[i];

				if (c >= 'A' && c <= 'Z')
					c = (char) (c - 'A' + 'a');
				norm[i] = (c == '_' || c == '-') ? ' ' : c;
			}
			norm[od->len] = '\0';
			for (int i = 0; i < 5; i++)
				if (strcmp(norm, actions[i]) == 0)
					a = i;
		}
		if (a < 0)
		{
			sd_fail(d, p, "unknown on_delete action \"%s\"", sd_show(b, od->str, od->len));
			sm_error_hint(d->err, "use \"no action\", \"cascade\", \"restrict\", \"set null\" or \"set default\"");
			return false;
		}
		if (a == 3 && r->type != SM_REL_MANY_TO_MANY)
		{
			for (size_t i = 0; i < tgt->cols.n; i++)
			{
				const sm_column *c = &d->s->tables[tgt->table].columns[tgt->cols.cols[i]];

				if (c->required)
				{
					sd_fail(d, p, "on_delete \"set null\" needs nullable referencing columns");
					sm_error_detail(d->err, "column \"%s\" is required", sd_shows(b, c->name));
					return false;
				}
			}
		}
		if (a > 0 && (r->on_delete = sm_strndup(actions[a], strlen(actions[a]))) == NULL)
		{
			sd_nomem(d);
			return false;
		}
	}
	return true;
}

/* The cardinality object: min, max and mean, checked against each other and the type. */
static bool
rel_decode_cardinality(decoder *d, sm_relationship *r, const sm_json *v,
					   const char *p)
{
	const sm_json *cv[CA_NKEYS] = {NULL, NULL, NULL};
	extlist		cext = {0, 0, NULL};
	char		kp[PATHLEN];
	bool		cok = false;
	char		b[SHOWLEN];

	if (!sd_scan_object(d, v, p, cardinality_keys, CA_NKEYS,
						CA_NKEYS, cv, &cext))
		goto done;
	sd_keypath(kp, p, "min");
	if (cv[CA_MIN] && !sd_get_int(d, cv[CA_MIN], kp, "min", 0, INT64_MAX, &r->card_min))
		goto done;
	sd_keypath(kp, p, "max");
	if (cv[CA_MAX] && !sd_get_int(d, cv[CA_MAX], kp, "max", 0, INT64_MAX, &r->card_max))
		goto done;
	if (r->card_min >= 0 && r->card_max >= 0 && r->card_min > r->card_max)
	{
		sd_fail(d, kp, "min (%lld) is greater than max (%lld)",
				(long long) r->card_min, (long long) r->card_max);
		goto done;
	}
	if (r->type == SM_REL_ONE_TO_ONE && r->card_max > 1)
	{
		sd_fail(d, kp, "max must be at most 1 for a one-to-one relationship, got %lld",
				(long long) r->card_max);
		goto done;
	}
	sd_keypath(kp, p, "mean");
	if (cv[CA_MEAN])
	{
		if (!sd_get_number(d, cv[CA_MEAN], kp, "mean", &r->card_mean))
			goto done;
		if (r->card_mean < 0 ||
			(r->card_min >= 0 && r->card_mean < (double) r->card_min) ||
			(r->card_max >= 0 && r->card_mean > (double) r->card_max))
		{
			sd_fail(d, kp, "mean (%s) is outside the range from min to max",
					sd_numtext(b, cv[CA_MEAN]));
			goto done;
		}
	}
	if (!sd_build_ext(d, &cext, &r->card_ext))
		goto done;
	r->has_cardinality = r->card_min >= 0 || r->card_max >= 0 ||
		r->card_mean >= 0 || r->card_ext != NULL;
	cok = true;

done:
	sd_ext_free(&cext);
	return cok;
}

/* Decode relationship ri. */
bool
sd_decode_relationship(decoder *d, size_t ri, const sm_json *v, const char *path)
{
	sm_relationship *r = &d->s->relationships[ri];
	const sm_json *vals[RL_NKEYS];
	extlist		ext = {0, 0, NULL};
	char		p[PATHLEN];
	char		rtpath[PATHLEN];
	char		hpath[PATHLEN];
	char		b[SHOWLEN];
	relside		src,
				tgt;
	int			rk = RK_ONE_TO_MANY;
	bool		hier = false;
	bool		hier_set = false;
	bool		ok = false;

	memset(vals, 0, sizeof(vals));
	memset(&src, 0, sizeof(src));
	memset(&tgt, 0, sizeof(tgt));
	r->source_table = r->target_table = r->through_table = -1;
	r->card_min = r->card_max = -1;
	r->card_mean = -1;
	rtpath[0] = '\0';
	if (!sd_scan_object(d, v, path, relationship_keys, RL_NKEYS, RL_NCANON, vals, &ext))
		goto done;

	if (!rel_decode_kind(d, vals, path, &rk, rtpath))
		goto done;
	sd_keypath(hpath, path, "hierarchy");
	if (vals[RL_HIERARCHY])
	{
		if (!sd_get_bool(d, vals[RL_HIERARCHY], hpath, &hier))
			goto done;
		hier_set = true;
	}
	sd_keypath(p, path, "name");
	if (vals[RL_NAME] && !sd_get_identifier(d, vals[RL_NAME], p, "relationship name", &r->name))
		goto done;

	/* both sides */
	if (!sd_resolve_table(d, vals[RL_SOURCE_SCHEMA], vals[RL_SOURCE_TABLE], path,
						  "source_schema", "source_table", &src.table, src.tpath) ||
		!sd_resolve_columns(d, src.table, vals[RL_SOURCE_COLUMN], vals[RL_SOURCE_COLUMNS],
							path, "source_column", "source_columns", &src.cols, src.cpath) ||
		!sd_resolve_table(d, vals[RL_TARGET_SCHEMA], vals[RL_TARGET_TABLE], path,
						  "target_schema", "target_table", &tgt.table, tgt.tpath) ||
		!sd_resolve_columns(d, tgt.table, vals[RL_TARGET_COLUMN], vals[RL_TARGET_COLUMNS],
							path, "target_column", "target_columns", &tgt.cols, tgt.cpath))
		goto done;
	if (rk == RK_MANY_TO_ONE)
	{
		relside		tmp = src;

		src = tgt;
		tgt = tmp;
		rk = RK_ONE_TO_MANY;
	}
	if (rk == RK_HIERARCHY)
	{
		if (hier_set && !hier)
		{
			sd_fail(d, hpath, "\"hierarchy\": false conflicts with the relationship type");
			goto done;
		}
		hier = true;
		rk = RK_ONE_TO_MANY;
	}
	if (src.table == tgt.table)
	{
		if (!hier)
		{
			sd_fail(d, tgt.tpath, "relationship from table \"%s\" to itself must be declared as a hierarchy",
					sd_shows(b, d->s->tables[src.table].name));
			sm_error_hint(d->err, "add \"hierarchy\": true, or use \"relationship_type\": \"hierarchy\"");
			goto done;
		}
		if (src.cols.n == tgt.cols.n &&
			memcmp(src.cols.cols, tgt.cols.cols, src.cols.n * sizeof(int)) == 0)
		{
			sd_fail(d, tgt.cpath, "a column cannot reference itself");
			goto done;
		}
	}
	else if (hier)
	{
		sd_fail(d, hier_set ? hpath : rtpath,
				"a hierarchy relates a table to itself, but source and target tables differ");
		goto done;
	}
	r->type = rk == RK_ONE_TO_ONE ? SM_REL_ONE_TO_ONE :
		rk == RK_MANY_TO_MANY ? SM_REL_MANY_TO_MANY : SM_REL_ONE_TO_MANY;
	r->hierarchy = hier;

	if (r->type != SM_REL_MANY_TO_MANY)
	{
		if (!rel_check_direct(d, vals, path, &src, &tgt))
			goto done;
	}
	else if (!rel_decode_through(d, r, vals, path, &src, &tgt))
		goto done;

	if (!rel_decode_on_delete(d, r, vals, path, &tgt))
		goto done;

	/* cardinality */
	sd_keypath(p, path, "cardinality");
	if (vals[RL_CARDINALITY] && !rel_decode_cardinality(d, r, vals[RL_CARDINALITY], p))
		goto done;
	sd_keypath(p, path, "description");
	if (vals[RL_DESCRIPTION] &&
		!sd_get_string(d, vals[RL_DESCRIPTION], p, "description", false, &r->description))
		goto done;
	if (!sd_build_ext(d, &ext, &r->ext))
		goto done;

	r->source_table = src.table;
	r->source_columns = src.cols;
	r->target_table = tgt.table;
	r->target_columns = tgt.cols;
	memset(&src, 0, sizeof(src));
	memset(&tgt, 0, sizeof(tgt));
	ok = true;

done:
	sd_relside_free(&src);
	sd_relside_free(&tgt);
	sd_ext_free(&ext);
	return ok;
}

/* Report the first relationship that repeats an earlier one. */
bool
sd_check_duplicate_relationships(decoder *d)
{
	sm_schema  *s = d->s;
	size_t		n = s->nrelationships;
	sm_buf		keys;
	size_t	   *offs,
			   *lens,
			   *first;
	const char **ptrs;
	bool		ok = false;

	if (n < 2)
		return true;
	sm_buf_init(&keys);
	offs = sm_calloc(n, sizeof(size_t));
	lens = sm_calloc(n, sizeof(size_t));
	first = sm_calloc(n, sizeof(size_t));
	ptrs = sm_calloc(n, sizeof(char *));
	if (offs == NULL || lens == NULL || first == NULL || ptrs == NULL)
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
	{
		const sm_relationship *r = &s->relationships[i];

		offs[i] = keys.len;
		sm_buf_printf(&keys, "%d:", r->source_table);
		for (size_t j = 0; j < r->source_columns.n; j++)
			sm_buf_printf(&keys, "%d,", r->source_columns.cols[j]);
		sm_buf_printf(&keys, ">%d:", r->target_table);
		for (size_t j = 0; j < r->target_columns.n; j++)
			sm_buf_printf(&keys, "%d,", r->target_columns.cols[j]);
		lens[i] = keys.len - offs[i];
	}
	if (keys.oom)
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		ptrs[i] = keys.data + offs[i];
	if (!sd_find_dups(ptrs, lens, n, first))
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
	{
		if (first[i] != SIZE_MAX)
		{
			char		p[PATHLEN];

			sd_idxpath(p, "relationships", i);
			sd_fail(d, p, "duplicate relationship");
			sm_error_detail(d->err, "first defined at relationships[%zu] (same tables and columns)",
							first[i]);
			goto done;
		}
	}
	ok = true;

done:
	sm_buf_free(&keys);
	sm_free(offs);
	sm_free(lens);
	sm_free(first);
	sm_free(ptrs);
	return ok;
}
