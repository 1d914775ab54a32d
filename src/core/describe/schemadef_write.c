/*
 * schemadef_write.c
 *	  The canonical writer of definitions (sm_schema_write_json,
 *	  sm_schemadef_canonicalize).
 *
 * The writer emits the decoded structures with a fixed key order and
 * without defaults; decoding its output gives back the same structures,
 * hence canonicalize(canonicalize(x)) == canonicalize(x).
 *
 * Not here: decoding (schemadef.c and the other parts).
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
 * Canonical writer
 * ================================================================ */

/* Start a member: separator, quoted key, colon. */
static void
w_key(sm_buf *o, bool *first, const char *key)
{
	if (!*first)
		sm_buf_putc(o, ',');
	*first = false;
	sm_json_write_string(o, key, strlen(key));
	sm_buf_putc(o, ':');
}

/* A string member, skipped when s is NULL. */
static void
w_str(sm_buf *o, bool *first, const char *key, const char *s)
{
	if (s == NULL)
		return;
	w_key(o, first, key);
	sm_json_write_string(o, s, strlen(s));
}

/* A boolean member written only when true (false is the default). */
static void
w_true(sm_buf *o, bool *first, const char *key, bool b)
{
	if (!b)
		return;
	w_key(o, first, key);
	sm_buf_puts(o, "true");
}

/* An integer member. */
static void
w_int(sm_buf *o, bool *first, const char *key, int64_t v)
{
	w_key(o, first, key);
	sm_buf_printf(o, "%lld", (long long) v);
}

/* A number member in its shortest exact form. */
static void
w_double(sm_buf *o, bool *first, const char *key, double v)
{
	w_key(o, first, key);
	sm_json_write_double(o, v);
}

/* A list of strings, skipped when empty. */
static void
w_strlist(sm_buf *o, bool *first, const char *key, const sm_strlist *l)
{
	if (l->n == 0)
		return;
	w_key(o, first, key);
	sm_buf_putc(o, '[');
	for (size_t i = 0; i < l->n; i++)
	{
		if (i > 0)
			sm_buf_putc(o, ',');
		sm_json_write_string(o, l->items[i], strlen(l->items[i]));
	}
	sm_buf_putc(o, ']');
}

/* The members of an extension object (already sorted). */
static void
w_ext(sm_buf *o, bool *first, const sm_json *ext)
{
	if (ext == NULL)
		return;
	for (size_t i = 0; i < ext->n; i++)
	{
		if (!*first)
			sm_buf_putc(o, ',');
		*first = false;
		sm_json_write_string(o, ext->keys[i], ext->keylens[i]);
		sm_buf_putc(o, ':');
		sm_json_write(ext->items[i], o);
	}
}

/* Column names of t as a JSON array. */
static void
w_colnames(sm_buf *o, const sm_table *t, const sm_colset *s)
{
	sm_buf_putc(o, '[');
	for (size_t i = 0; i < s->n; i++)
	{
		const char *nm = t->columns[s->cols[i]].name;

		if (i > 0)
			sm_buf_putc(o, ',');
		sm_json_write_string(o, nm, strlen(nm));
	}
	sm_buf_putc(o, ']');
}

/* onekey: "name" for one column, manykey: [...] for several. */
static void
w_cols(sm_buf *o, bool *first, const char *onekey, const char *manykey,
	   const sm_table *t, const sm_colset *s)
{
	if (s->n == 1)
		w_str(o, first, onekey, t->columns[s->cols[0]].name);
	else
	{
		w_key(o, first, manykey);
		w_colnames(o, t, s);
	}
}

/* A min/max member: a number, or an ISO string for date/time types. */
static void
w_bound(sm_buf *o, bool *first, const char *key, const sm_column *c,
		const sm_bound *b)
{
	if (!b->set)
		return;
	w_key(o, first, key);
	if (sm_type_is_datetime(c->type.kind))
		sm_json_write_string(o, b->text, strlen(b->text));
	else
		sm_buf_puts(o, b->text);
}

/* A column object; flags implied by the table's keys are left out. */
static void
w_column(sm_buf *o, const sm_table *t, const sm_column *c)
{
	static const char *const levels[] = {NULL, "low", "medium", "high"};
	bool		first = true;
	bool		sole_pk = c->primary_key && t->primary_key.n == 1;
	int64_t		typelen = -1;

	if (!c->type.is_array &&
		(c->type.kind == SM_TYPE_VARCHAR || c->type.kind == SM_TYPE_CHAR))
		typelen = c->type.mod1;
	sm_buf_putc(o, '{');
	w_str(o, &first, "name", c->name);
	w_str(o, &first, "type", c->type_name);
	w_true(o, &first, "primary_key", sole_pk);
	w_true(o, &first, "unique", c->unique && !sole_pk);
	w_true(o, &first, "required", c->required && !c->primary_key);
	w_true(o, &first, "sequence", c->sequence);
	w_str(o, &first, "default", c->default_expr);
	w_bound(o, &first, "min", c, &c->min);
	w_bound(o, &first, "max", c, &c->max);
	if (c->min_length >= 0)
		w_int(o, &first, "min_length", c->min_length);
	if (c->max_length >= 0 && c->max_length != typelen)
		w_int(o, &first, "max_length", c->max_length);
	w_str(o, &first, "pattern", c->pattern);
	w_strlist(o, &first, "values", &c->values);
	w_str(o, &first, "enum_type", c->enum_type);
	w_str(o, &first, "domain", c->domain);
	w_strlist(o, &first, "checks", &c->checks);
	if (c->null_rate >= 0)
		w_double(o, &first, "null_rate", c->null_rate);
	if (c->distinct_ratio >= 0)
		w_double(o, &first, "distinct_ratio", c->distinct_ratio);
	w_str(o, &first, "format", c->format);
	w_str(o, &first, "semantic", c->semantic);
	w_strlist(o, &first, "missing_markers", &c->missing_markers);
	if (c->privacy != SM_PRIVACY_UNSET)
		w_str(o, &first, "privacy", levels[c->privacy]);
	if (c->model)
	{
		const sm_model *m = c->model;
		bool		mfirst = true;

		w_key(o, &first, "model");
		sm_buf_putc(o, '{');
		w_str(o, &mfirst, "kind", sd_model_kinds[m->kind]);
		if (m->kind == SM_MODEL_CATEGORICAL)
		{
			bool		vfirst = true;

			w_key(o, &mfirst, "values");
			sm_buf_putc(o, '{');
			for (size_t i = 0; i < m->ncategories; i++)
				w_double(o, &vfirst, m->labels[i], m->weights[i]);
			sm_buf_putc(o, '}');
		}
		w_ext(o, &mfirst, m->params);
		sm_buf_putc(o, '}');
	}
	w_str(o, &first, "description", c->description);
	w_ext(o, &first, c->ext);
	sm_buf_putc(o, '}');
}

/* A table object; composite keys at table level. */
static void
w_table(sm_buf *o, const sm_table *t)
{
	bool		first = true;

	sm_buf_putc(o, '{');
	w_str(o, &first, "name", t->name);
	w_str(o, &first, "schema", t->schema);
	w_str(o, &first, "source", t->source);
	w_str(o, &first, "description", t->description);
	if (t->rows >= 0)
		w_int(o, &first, "rows", t->rows);
	w_key(o, &first, "columns");
	sm_buf_putc(o, '[');
	for (size_t i = 0; i < t->ncolumns; i++)
	{
		if (i > 0)
			sm_buf_putc(o, ',');
		w_column(o, t, &t->columns[i]);
	}
	sm_buf_putc(o, ']');
	if (t->primary_key.n > 1)
	{
		w_key(o, &first, "primary_key");
		w_colnames(o, t, &t->primary_key);
	}
	if (t->nunique > 0)
	{
		w_key(o, &first, "unique");
		sm_buf_putc(o, '[');
		for (size_t i = 0; i < t->nunique; i++)
		{
			if (i > 0)
				sm_buf_putc(o, ',');
			w_colnames(o, t, &t->unique[i]);
		}
		sm_buf_putc(o, ']');
	}
	if (t->nchecks > 0)
	{
		w_key(o, &first, "checks");
		sm_buf_putc(o, '[');
		for (size_t i = 0; i < t->nchecks; i++)
		{
			bool		cfirst = true;

			if (i > 0)
				sm_buf_putc(o, ',');
			sm_buf_putc(o, '{');
			w_str(o, &cfirst, "name", t->checks[i].name);
			w_str(o, &cfirst, "expression", t->checks[i].expression);
			w_ext(o, &cfirst, t->checks[i].ext);
			sm_buf_putc(o, '}');
		}
		sm_buf_putc(o, ']');
	}
	w_ext(o, &first, t->ext);
	sm_buf_putc(o, '}');
}

/* A relationship object, tables named with their schema. */
static void
w_relationship(sm_buf *o, const sm_schema *s, const sm_relationship *r)
{
	const sm_table *st = &s->tables[r->source_table];
	const sm_table *tt = &s->tables[r->target_table];
	bool		first = true;

	sm_buf_putc(o, '{');
	w_str(o, &first, "name", r->name);
	w_str(o, &first, "source_schema", st->schema);
	w_str(o, &first, "source_table", st->name);
	w_cols(o, &first, "source_column", "source_columns", st, &r->source_columns);
	w_str(o, &first, "target_schema", tt->schema);
	w_str(o, &first, "target_table", tt->name);
	w_cols(o, &first, "target_column", "target_columns", tt, &r->target_columns);
	if (r->type == SM_REL_ONE_TO_ONE)
		w_str(o, &first, "relationship_type", "one-to-one");
	else if (r->type == SM_REL_MANY_TO_MANY)
		w_str(o, &first, "relationship_type", "many-to-many");
	w_true(o, &first, "hierarchy", r->hierarchy);
	if (r->through_table >= 0)
	{
		const sm_table *jt = &s->tables[r->through_table];

		w_str(o, &first, "through_schema", jt->schema);
		w_str(o, &first, "through", jt->name);
		w_cols(o, &first, "through_source_column", "through_source_columns", jt,
			   &r->through_source_columns);
		w_cols(o, &first, "through_target_column", "through_target_columns", jt,
			   &r->through_target_columns);
	}
	w_str(o, &first, "on_delete", r->on_delete);
	if (r->has_cardinality)
	{
		bool		cfirst = true;

		w_key(o, &first, "cardinality");
		sm_buf_putc(o, '{');
		if (r->card_min >= 0)
			w_int(o, &cfirst, "min", r->card_min);
		if (r->card_max >= 0)
			w_int(o, &cfirst, "max", r->card_max);
		if (r->card_mean >= 0)
			w_double(o, &cfirst, "mean", r->card_mean);
		w_ext(o, &cfirst, r->card_ext);
		sm_buf_putc(o, '}');
	}
	w_str(o, &first, "description", r->description);
	w_ext(o, &first, r->ext);
	sm_buf_putc(o, '}');
}

/* Canonical compact JSON of a decoded definition. */
bool
sm_schema_write_json(const sm_schema *s, sm_buf *o)
{
	bool		first = true;

	if (s == NULL)
		return false;
	sm_buf_putc(o, '{');
	w_str(o, &first, "name", s->name);
	w_str(o, &first, "domain", s->domain);
	w_str(o, &first, "description", s->description);
	w_key(o, &first, "tables");
	sm_buf_putc(o, '[');
	for (size_t i = 0; i < s->ntables; i++)
	{
		if (i > 0)
			sm_buf_putc(o, ',');
		w_table(o, &s->tables[i]);
	}
	sm_buf_putc(o, ']');
	if (s->nrelationships > 0)
	{
		w_key(o, &first, "relationships");
		sm_buf_putc(o, '[');
		for (size_t i = 0; i < s->nrelationships; i++)
		{
			if (i > 0)
				sm_buf_putc(o, ',');
			w_relationship(o, s, &s->relationships[i]);
		}
		sm_buf_putc(o, ']');
	}
	if (s->has_privacy)
	{
		bool		pfirst = true;

		w_key(o, &first, "privacy");
		sm_buf_putc(o, '{');
		w_true(o, &pfirst, "differential_privacy", s->differential_privacy);
		if (s->epsilon > 0)
			w_double(o, &pfirst, "epsilon", s->epsilon);
		if (s->delta > 0)
			w_double(o, &pfirst, "delta", s->delta);
		if (s->synthetic_ratio >= 0)
			w_double(o, &pfirst, "synthetic_ratio", s->synthetic_ratio);
		w_ext(o, &pfirst, s->privacy_ext);
		sm_buf_putc(o, '}');
	}
	if (s->has_target_volume)
	{
		bool		vfirst = true;

		w_key(o, &first, "target_volume");
		sm_buf_putc(o, '{');
		if (s->records_per_day >= 0)
			w_int(o, &vfirst, "records_per_day", s->records_per_day);
		w_ext(o, &vfirst, s->target_volume_ext);
		sm_buf_putc(o, '}');
	}
	w_ext(o, &first, s->ext);
	sm_buf_putc(o, '}');
	return !o->oom;
}

/* Parse, validate and write the canonical form. */
bool
sm_schemadef_canonicalize(const char *json, size_t len,
						  const sm_schemadef_limits *lim, sm_buf *out,
						  sm_error *err)
{
	sm_schema  *s = sm_schema_parse(json, len, lim, err);
	bool		ok;

	if (s == NULL)
		return false;
	ok = sm_schema_write_json(s, out);
	sm_schema_free(s);
	if (!ok)
		return sm_error_set(err, SM_ENOMEM, "$",
							"out of memory while writing the definition");
	return true;
}
