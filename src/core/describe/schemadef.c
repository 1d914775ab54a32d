/*
 * schemadef.c
 *	  Decoding of a whole definition: the root object, its tables, freeing,
 *	  and the public entry points (sm_schema_from_json, sm_schema_parse).
 *
 * The decoder walks the parsed JSON tree once, top-down; the parts it
 * calls are listed in schemadef_int.h.
 *
 * Not here: the canonical writer (schemadef_write.c).
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
 * Root
 * ================================================================ */

enum
{
	G_NAME, G_DOMAIN, G_DESCRIPTION, G_TABLES, G_RELATIONSHIPS, G_PRIVACY,
	G_TARGET_VOLUME, G_NKEYS
};

static const char *const root_keys[G_NKEYS] = {
	"name", "domain", "description", "tables", "relationships", "privacy",
	"target_volume"
};

static const char *const privacy_keys[4] = {"differential_privacy", "epsilon", "delta",
"synthetic_ratio"};

static const char *const volume_keys[1] = {"records_per_day"};

/* Decode the table list: identities first, then each table. */
static bool
decode_tables(decoder *d, const sm_json *tv)
{
	sm_schema  *s = d->s;
	size_t		n;
	sm_buf		keys;
	size_t	   *offs = NULL;
	size_t	   *lens = NULL;
	size_t	   *first = NULL;
	const char **ptrs = NULL;
	bool		ok = false;

	if (tv == NULL)
	{
		sd_fail(d, "$", "missing required key \"tables\"");
		sm_error_hint(d->err, "a definition needs a \"tables\" array");
		return false;
	}
	if (!sd_want(d, tv, "tables", SM_JARRAY))
		return false;
	n = tv->n;
	if (n == 0)
	{
		sd_fail(d, "tables", "tables must not be empty");
		sm_error_hint(d->err, "a definition needs at least one table");
		return false;
	}
	if (n > (size_t) (d->lim.max_tables > 0 ? d->lim.max_tables : 0))
		return sd_limit_fail(d, "tables", "definition has %zu tables, the limit is %d",
							 n, d->lim.max_tables);
	s->tables = sm_calloc(n, sizeof(sm_table));
	d->tabs = sm_calloc(n, sizeof(tabinfo));
	if (s->tables == NULL || d->tabs == NULL)
		return sd_nomem(d);

	/* identities (schema, name) for the duplicate check */
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
		const sm_json *nm = sm_json_get(tv->items[i], "name");
		const sm_json *sc = sm_json_get(tv->items[i], "schema");

		offs[i] = keys.len;
		lens[i] = SIZE_MAX;
		if (nm == NULL || nm->type != SM_JSTRING || (sc && sc->type != SM_JSTRING))
			continue;
		if (sc)
		{
			sm_buf_putc(&keys, 'S');
			sm_buf_append(&keys, sc->str, sc->len);
			sm_buf_putc(&keys, '\0');
		}
		else
			sm_buf_putc(&keys, 'N');
		sm_buf_append(&keys, nm->str, nm->len);
		lens[i] = keys.len - offs[i];
	}
	if (keys.oom)
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
	{
		ptrs[i] = lens[i] == SIZE_MAX ? NULL : keys.data + offs[i];
		if (lens[i] == SIZE_MAX)
			lens[i] = 0;
	}
	if (!sd_find_dups(ptrs, lens, n, first))
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
	{
		char		p[PATHLEN];

		sd_idxpath(p, "tables", i);
		s->ntables++;
		if (!sd_decode_table(d, i, tv->items[i], p, first[i]))
			goto done;
	}
	d->tabindex = sm_calloc(n, sizeof(strent));
	if (d->tabindex == NULL)
	{
		sd_nomem(d);
		goto done;
	}
	for (size_t i = 0; i < n; i++)
	{
		d->tabindex[i].s = s->tables[i].name;
		d->tabindex[i].len = strlen(s->tables[i].name);
		d->tabindex[i].idx = i;
	}
	qsort(d->tabindex, n, sizeof(strent), sd_strent_cmp);
	ok = true;

done:
	sm_buf_free(&keys);
	sm_free(offs);
	sm_free(lens);
	sm_free(first);
	sm_free(ptrs);
	return ok;
}

/* Decode the whole definition. */
static bool
decode_root(decoder *d, const sm_json *root)
{
	sm_schema  *s = d->s;
	const sm_json *vals[G_NKEYS];
	extlist		ext = {0, 0, NULL};
	bool		ok = false;

	memset(vals, 0, sizeof(vals));
	s->epsilon = -1;
	s->delta = -1;
	s->synthetic_ratio = -1;
	s->records_per_day = -1;
	if (root->type != SM_JOBJECT)
	{
		sd_fail(d, "$", "expected an object, got %s", sm_json_type_phrase(root->type));
		sm_error_hint(d->err, "a definition is an object with a \"tables\" array");
		return false;
	}
	if (!sd_scan_object(d, root, "$", root_keys, G_NKEYS, G_NKEYS, vals, &ext))
		goto done;
	if (vals[G_NAME] && !sd_get_string(d, vals[G_NAME], "name", "name", true, &s->name))
		goto done;
	if (vals[G_DOMAIN] && !sd_get_string(d, vals[G_DOMAIN], "domain", "domain", true, &s->domain))
		goto done;
	if (vals[G_DESCRIPTION] &&
		!sd_get_string(d, vals[G_DESCRIPTION], "description", "description", false, &s->description))
		goto done;
	if (vals[G_PRIVACY])
	{
		const sm_json *pv[4] = {NULL, NULL, NULL, NULL};
		extlist		pext = {0, 0, NULL};
		bool		pok;

		pok = sd_scan_object(d, vals[G_PRIVACY], "privacy", privacy_keys, 4, 4, pv, &pext) &&
			(pv[0] == NULL ||
			 sd_get_bool(d, pv[0], "privacy.differential_privacy", &s->differential_privacy));
		if (pok && pv[1])
		{
			char		b[SHOWLEN];

			pok = sd_get_number(d, pv[1], "privacy.epsilon", "epsilon", &s->epsilon);
			if (pok && !(s->epsilon > 0))
				pok = sd_fail(d, "privacy.epsilon", "epsilon must be greater than 0, got %s",
							  sd_numtext(b, pv[1]));
		}
		if (pok && pv[2])
		{
			char		b[SHOWLEN];

			pok = sd_get_number(d, pv[2], "privacy.delta", "delta", &s->delta);
			if (pok && !(s->delta > 0 && s->delta < 1))
			{
				pok = sd_fail(d, "privacy.delta", "delta must lie between 0 and 1 (both excluded), got %s",
							  sd_numtext(b, pv[2]));
				sm_error_hint(d->err, "delta should be much smaller than 1 / rows, e.g. 1e-6");
			}
		}
		if (pok && pv[3])
		{
			char		b[SHOWLEN];

			pok = sd_get_number(d, pv[3], "privacy.synthetic_ratio", "synthetic_ratio",
								&s->synthetic_ratio);
			if (pok && !(s->synthetic_ratio >= 0 && s->synthetic_ratio <= 1))
				pok = sd_fail(d, "privacy.synthetic_ratio",
							  "synthetic_ratio must lie between 0 and 1, got %s",
							  sd_numtext(b, pv[3]));
		}
		pok = pok && sd_build_ext(d, &pext, &s->privacy_ext);
		sd_ext_free(&pext);
		if (!pok)
			goto done;
		s->has_privacy = s->differential_privacy || s->epsilon > 0 || s->delta > 0 ||
			s->synthetic_ratio >= 0 || s->privacy_ext;
	}
	if (vals[G_TARGET_VOLUME])
	{
		const sm_json *tv[1] = {NULL};
		extlist		text = {0, 0, NULL};
		bool		tok;

		tok = sd_scan_object(d, vals[G_TARGET_VOLUME], "target_volume", volume_keys, 1, 1, tv, &text) &&
			(tv[0] == NULL ||
			 sd_get_int(d, tv[0], "target_volume.records_per_day", "records_per_day", 0,
						INT64_MAX, &s->records_per_day)) &&
			sd_build_ext(d, &text, &s->target_volume_ext);
		sd_ext_free(&text);
		if (!tok)
			goto done;
		s->has_target_volume = s->records_per_day >= 0 || s->target_volume_ext;
	}
	if (!decode_tables(d, vals[G_TABLES]))
		goto done;
	if (vals[G_RELATIONSHIPS])
	{
		const sm_json *rv = vals[G_RELATIONSHIPS];

		if (!sd_want(d, rv, "relationships", SM_JARRAY))
			goto done;
		if (rv->n > (size_t) (d->lim.max_relationships > 0 ? d->lim.max_relationships : 0))
		{
			sd_limit_fail(d, "relationships", "definition has %zu relationships, the limit is %d",
						  rv->n, d->lim.max_relationships);
			goto done;
		}
		if (rv->n > 0)
		{
			s->relationships = sm_calloc(rv->n, sizeof(sm_relationship));
			if (s->relationships == NULL)
			{
				sd_nomem(d);
				goto done;
			}
		}
		for (size_t i = 0; i < rv->n; i++)
		{
			char		p[PATHLEN];

			sd_idxpath(p, "relationships", i);
			s->nrelationships++;
			if (!sd_decode_relationship(d, i, rv->items[i], p))
				goto done;
		}
		if (!sd_check_duplicate_relationships(d))
			goto done;
	}
	if (!sd_build_ext(d, &ext, &s->ext))
		goto done;
	ok = true;

done:
	sd_ext_free(&ext);
	return ok;
}

/* ================================================================
 * Public entry points
 * ================================================================ */

/* Free everything a column owns. */
static void
column_free(sm_column *c)
{
	sm_free(c->name);
	sm_free(c->type_name);
	sm_free(c->default_expr);
	sm_free(c->min.text);
	sm_free(c->max.text);
	sm_free(c->pattern);
	sd_strlist_free(&c->values);
	sm_free(c->enum_type);
	sm_free(c->domain);
	sd_strlist_free(&c->checks);
	sm_free(c->format);
	sm_free(c->semantic);
	sd_strlist_free(&c->missing_markers);
	sm_free(c->description);
	sd_model_free(c->model);
	sm_json_free(c->ext);
}

/* Free everything a table owns. */
static void
table_free(sm_table *t)
{
	sm_free(t->name);
	sm_free(t->schema);
	sm_free(t->source);
	sm_free(t->description);
	for (size_t i = 0; i < t->ncolumns; i++)
		column_free(&t->columns[i]);
	sm_free(t->columns);
	sm_free(t->primary_key.cols);
	for (size_t i = 0; i < t->nunique; i++)
		sm_free(t->unique[i].cols);
	sm_free(t->unique);
	for (size_t i = 0; i < t->nchecks; i++)
	{
		sm_free(t->checks[i].name);
		sm_free(t->checks[i].expression);
		sm_json_free(t->checks[i].ext);
	}
	sm_free(t->checks);
	sm_json_free(t->ext);
}

/* Free a decoded definition (NULL is fine). */
void
sm_schema_free(sm_schema *s)
{
	if (s == NULL)
		return;
	sm_free(s->name);
	sm_free(s->domain);
	sm_free(s->description);
	for (size_t i = 0; i < s->ntables; i++)
		table_free(&s->tables[i]);
	sm_free(s->tables);
	for (size_t i = 0; i < s->nrelationships; i++)
	{
		sm_relationship *r = &s->relationships[i];

		sm_free(r->name);
		sm_free(r->source_columns.cols);
		sm_free(r->target_columns.cols);
		sm_free(r->through_source_columns.cols);
		sm_free(r->through_target_columns.cols);
		sm_free(r->on_delete);
		sm_json_free(r->card_ext);
		sm_free(r->description);
		sm_json_free(r->ext);
	}
	sm_free(s->relationships);
	sm_json_free(s->privacy_ext);
	sm_json_free(s->target_volume_ext);
	sm_json_free(s->ext);
	sm_free(s);
}

/* Decode an already parsed definition. */
sm_schema *
sm_schema_from_json(const sm_json *root, const sm_schemadef_limits *lim,
					sm_error *err)
{
	decoder		d;
	sm_error	local;
	bool		ok;

	sm_error_clear(&local);
	memset(&d, 0, sizeof(d));
	d.err = &local;
	d.lim = lim ? *lim : sm_schemadef_default_limits;
	d.s = sm_calloc(1, sizeof(sm_schema));
	if (d.s == NULL)
		ok = sd_nomem(&d);
	else if (root == NULL)
		ok = sd_fail(&d, "$", "definition is missing");
	else
		ok = decode_root(&d, root);
	if (d.tabs)
	{
		for (size_t i = 0; i < d.s->ntables; i++)
		{
			sm_free(d.tabs[i].colindex);
			sm_free(d.tabs[i].cols);
			sm_free(d.tabs[i].mark);
			sm_free(d.tabs[i].keyindex);
			if (d.tabs[i].keys_built)
				sm_buf_free(&d.tabs[i].keytext);
		}
		sm_free(d.tabs);
	}
	sm_free(d.tabindex);
	if (!ok)
	{
		sm_schema_free(d.s);
		if (err && err->code == SM_OK)
			*err = local;
		return NULL;
	}
	return d.s;
}

/* Parse and decode a definition given as JSON text. */
sm_schema *
sm_schema_parse(const char *json, size_t len, const sm_schemadef_limits *lim,
				sm_error *err)
{
	const sm_schemadef_limits *l = lim ? lim : &sm_schemadef_default_limits;
	sm_json    *root;
	sm_schema  *s;

	if (len > l->max_bytes)
	{
		sm_error_set(err, SM_ELIMIT, "$", "definition is %zu bytes, the limit is %zu bytes",
					 len, l->max_bytes);
		return NULL;
	}
	root = sm_json_parse(json, len, err);
	if (root == NULL)
		return NULL;
	s = sm_schema_from_json(root, l, err);
	sm_json_free(root);
	return s;
}

/* Position of a table by schema and name, or -1. */
int
sm_schema_find_table(const sm_schema *s, const char *schema, const char *name)
{
	int			any = -1;

	if (s == NULL || name == NULL)
		return -1;
	for (size_t i = 0; i < s->ntables; i++)
	{
		const sm_table *t = &s->tables[i];

		if (strcmp(t->name, name) != 0)
			continue;
		if (schema == NULL)
		{
			if (t->schema == NULL)
				return (int) i;
			if (any < 0)
				any = (int) i;
		}
		else if (t->schema && strcmp(t->schema, schema) == 0)
			return (int) i;
	}
	return any;
}

/* Position of a column by name, or -1. */
int
sm_table_find_column(const sm_table *t, const char *name)
{
	if (t == NULL || name == NULL)
		return -1;
	for (size_t i = 0; i < t->ncolumns; i++)
		if (strcmp(t->columns[i].name, name) == 0)
			return (int) i;
	return -1;
}
