/*
 * marginal_from_json.c
 *	  Decoding of a column model from JSON (sm_mcol_from_json) and of its
 *	  categorical part.
 *
 * Not here: the readers of the other parts (marginal_read.c).
 */
#include "marginal.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "stats.h"
#include "textmodel.h"
#include "marginal_int.h"

#define MAX_STRLEN			(10 * 1024 * 1024)

/* "categories" and "other" of a categorical column. */
static bool
read_categorical(sm_mcol *c, const sm_json *j, const char *path, sm_error *err)
{
	const sm_json *cats,
			   *other;
	char		p[256],
				q[256];

	if (!mg_get_member(j, path, "categories", SM_JARRAY, true, &cats, err) ||
		!mg_get_member(j, path, "other", SM_JOBJECT, false, &other, err))
		return false;
	if (cats->n > MAX_SLOTS || (c->type == SM_COL_BOOL && cats->n > 2))
		return mg_bad(err, path, "categories", "too many categories");
	c->labels = mg_alloc_array(cats->n, sizeof(char *), err);
	c->lens = mg_alloc_array(cats->n, sizeof(size_t), err);
	c->cat_w = mg_alloc_array(cats->n, sizeof(double), err);
	if (!c->labels || !c->lens || !c->cat_w)
		return mg_oom(err);
	sm_json_path_key(p, sizeof(p), path, "categories", 10);
	for (size_t k = 0; k < cats->n; k++)
	{
		const sm_json *a = cats->items[k];
		const sm_json *lab;

		sm_json_path_index(q, sizeof(q), p, k);
		if (a->type != SM_JARRAY || a->n != 2 || a->items[1]->type != SM_JNUMBER)
			return mg_bad(err, q, NULL, "must be a [label, weight] pair");
		lab = a->items[0];
		if (c->type == SM_COL_BOOL ? (lab->type != SM_JTRUE && lab->type != SM_JFALSE)
			: lab->type != SM_JSTRING)
			return mg_bad(err, q, NULL, "the label must be %s",
						  c->type == SM_COL_BOOL ? "a boolean" : "a string");
		if (c->type == SM_COL_BOOL)
			c->labels[k] = sm_strndup(lab->type == SM_JTRUE ? "true" : "false",
									  lab->type == SM_JTRUE ? 4 : 5);
		else
		{
			if (lab->len > MAX_STRLEN)
				return mg_bad(err, q, NULL, "the label is too long");
			c->labels[k] = sm_strndup(lab->str, lab->len);
		}
		if (c->labels[k] == NULL)
			return mg_oom(err);
		c->lens[k] = strlen(c->labels[k]);
		if (c->type == SM_COL_TEXT)
			c->lens[k] = lab->len;
		c->ncat = (int) k + 1;
		c->cat_w[k] = a->items[1]->num;
		if (!isfinite(c->cat_w[k]) || c->cat_w[k] < 0.0)
			return mg_bad(err, q, NULL, "the weight must be a non-negative finite number");
	}
	c->other_w = 0.0;
	c->other_pos = c->ncat;
	if (other != NULL)
	{
		const sm_json *gen;
		int64_t		pos;

		sm_json_path_key(p, sizeof(p), path, "other", 5);
		if (!mg_get_num(other, p, "weight", true, &c->other_w, NULL, err) ||
			!mg_get_int(other, p, "position", true, 0, c->ncat, &pos, NULL, err) ||
			!mg_get_member(other, p, "generator", SM_JOBJECT, true, &gen, err))
			return false;
		if (c->other_w < 0.0)
			return mg_bad(err, p, "weight", "must not be negative");
		c->other_pos = (int) pos;
		sm_json_path_key(q, sizeof(q), p, "generator", 9);
		if (!mg_read_strgen(&c->tg, gen, q, err))
			return false;
	}
	return true;
}

/* Does the kind of a column suit its type? */
static bool
kind_fits_type(const sm_mcol *c, const char *path, sm_error *err)
{
	switch (c->kind)
	{
		case SM_MK_NUMERIC:
			if (!mg_type_is_numeric(c->type))
				return mg_bad(err, path, "kind", "kind numeric needs a numeric type");
			break;
		case SM_MK_CATEGORICAL:
			if (c->type != SM_COL_TEXT && c->type != SM_COL_BOOL)
				return mg_bad(err, path, "kind", "kind categorical needs a text or bool type");
			break;
		case SM_MK_SEQUENCE:
		case SM_MK_PERMUTATION:
			if (!mg_type_is_numeric(c->type) || c->type == SM_COL_FLOAT)
				return mg_bad(err, path, "kind", "kind %s needs an int, numeric, date or timestamp type",
							  mg_kind_names[c->kind]);
			break;
		case SM_MK_PATTERN:
			if (c->type != SM_COL_TEXT)
				return mg_bad(err, path, "kind", "kind pattern needs a text type");
			break;
		case SM_MK_UUID:
			if (c->type != SM_COL_UUID)
				return mg_bad(err, path, "kind", "kind uuid needs a uuid type");
			break;
		case SM_MK_CONSTANT:
			if (c->type == SM_COL_UUID)
				return mg_bad(err, path, "kind", "a uuid column cannot be constant");
			break;
	}
	return true;
}

/* The members every kind may have: int_bytes, null_rate, unique, bounds, scale, step, max_length. */
static bool
read_common_members(sm_mcol *c, const sm_json *j, const char *path, sm_error *err)
{
	const sm_json *v;
	int64_t		iv;
	bool		present;

	if (!mg_get_int(j, path, "int_bytes", false, 2, 8, &iv, &present, err))
		return false;
	if (present)
	{
		if (c->type != SM_COL_INT || (iv != 2 && iv != 4 && iv != 8))
			return mg_bad(err, path, "int_bytes", "must be 2, 4 or 8 on an int column");
		c->int_bytes = (int) iv;
	}
	if (!mg_get_num(j, path, "null_rate", true, &c->null_rate, NULL, err))
		return false;
	if (c->null_rate < 0.0 || c->null_rate > 1.0)
		return mg_bad(err, path, "null_rate", "must lie between 0 and 1");
	if (!mg_get_member(j, path, "unique", SM_JTRUE, false, &v, err))
		return false;
	c->unique = v != NULL && v->type == SM_JTRUE;
	if (!mg_get_num(j, path, "min", false, &c->min, &c->has_min, err) ||
		!mg_get_num(j, path, "max", false, &c->max, &c->has_max, err))
		return false;
	if (c->has_min && c->has_max && c->min > c->max)
		return mg_bad(err, path, "max", "must not be below min");
	if (!mg_get_int(j, path, "scale", c->type == SM_COL_NUMERIC, -1, 1000, &iv, &present, err))
		return false;
	if (present)
		c->scale = (int) iv;
	if (!mg_get_num(j, path, "step", false, &c->step, &present, err))
		return false;
	if (present)
	{
		if (!(c->step > 0.0) || c->step > 1e15 ||
			((c->type == SM_COL_INT || c->type == SM_COL_TIMESTAMP) && c->step != floor(c->step)) ||
			(c->type == SM_COL_DATE && c->step != 1.0))
			return mg_bad(err, path, "step", "must be a positive whole number of the type's unit");
	}
	else if (c->type == SM_COL_INT || c->type == SM_COL_DATE || c->type == SM_COL_TIMESTAMP)
		c->step = 1.0;
	if (!mg_get_int(j, path, "max_length", false, 1, MAX_STRLEN, &iv, &present, err))
		return false;
	if (present)
		c->max_length = (int) iv;
	return true;
}

/* The members of the column's kind: a constant, the numeric or categorical model, a generator, a range. */
static bool
read_kind_members(sm_mcol *c, const sm_json *j, const char *path, sm_error *err)
{
	const sm_json *v;

	switch (c->kind)
	{
		case SM_MK_CONSTANT:
			v = sm_json_get(j, "value");
			if (v == NULL)
				return mg_bad(err, path, "value", "member \"value\" is missing");
			if (c->type == SM_COL_TEXT)
			{
				if (v->type != SM_JSTRING)
					return mg_bad(err, path, "value", "must be a string");
				c->cstr = sm_strndup(v->str, v->len);
				if (c->cstr == NULL)
					return mg_oom(err);
				c->cstrlen = v->len;
			}
			else if (c->type == SM_COL_BOOL)
			{
				if (v->type != SM_JTRUE && v->type != SM_JFALSE)
					return mg_bad(err, path, "value", "must be a boolean");
				c->cnum = v->type == SM_JTRUE ? 1.0 : 0.0;
			}
			else if (!mg_get_num(j, path, "value", true, &c->cnum, NULL, err))
				return false;
			break;
		case SM_MK_NUMERIC:
			if (!mg_read_numeric(c, j, path, err))
				return false;
			break;
		case SM_MK_CATEGORICAL:
			if (!read_categorical(c, j, path, err))
				return false;
			break;
		case SM_MK_PATTERN:
			{
				char		p[256];

				if (!mg_get_member(j, path, "generator", SM_JOBJECT, true, &v, err))
					return false;
				sm_json_path_key(p, sizeof(p), path, "generator", 9);
				if (!mg_read_strgen(&c->tg, v, p, err))
					return false;
				if (c->tg.kind != SM_TG_PATTERN)
					return mg_bad(err, p, "kind", "a pattern column needs a pattern generator");
				break;
			}
		case SM_MK_SEQUENCE:
			if (!mg_get_int(j, path, "start", true, -(INT64_C(1) << 62), INT64_C(1) << 62,
							&c->start, NULL, err))
				return false;
			break;
		case SM_MK_PERMUTATION:
			if (!mg_get_int(j, path, "lo", true, -(INT64_C(1) << 62), INT64_C(1) << 62,
							&c->lo, NULL, err) ||
				!mg_get_int(j, path, "hi", true, -(INT64_C(1) << 62), INT64_C(1) << 62,
							&c->hi, NULL, err))
				return false;
			break;
		case SM_MK_UUID:
			break;
	}
	return true;
}

/*
 * Read and validate one column: every member is checked before use, so
 * a damaged model is refused with a path instead of misleading the generator.
 */
bool
sm_mcol_from_json(sm_mcol *c, const sm_json *j, const char *path, sm_error *err)
{
	const sm_json *v;
	int			k;

	memset(c, 0, sizeof(*c));
	c->family = -1;
	c->scale = -1;
	c->max_length = -1;
	c->int_bytes = 8;
	c->copula_index = -1;
	if (j->type != SM_JOBJECT)
		return mg_bad(err, path, NULL, "a column must be an object");
	if (!mg_get_member(j, path, "name", SM_JSTRING, true, &v, err))
		return false;
	if (v->len == 0 || v->len > 1024)
		return mg_bad(err, path, "name", "must have 1 to 1024 bytes");
	c->name = sm_strndup(v->str, v->len);
	if (c->name == NULL)
		return mg_oom(err);
	if (!mg_get_member(j, path, "type", SM_JSTRING, true, &v, err))
		return false;
	if (!mg_lookup_name(mg_type_names, 8, v->str, &k))
		return mg_bad(err, path, "type", "unknown type \"%.64s\"", v->str);
	c->type = (sm_coltype) k;
	if (!mg_get_member(j, path, "kind", SM_JSTRING, true, &v, err))
		return false;
	if (!mg_lookup_name(mg_kind_names, 7, v->str, &k))
		return mg_bad(err, path, "kind", "unknown kind \"%.64s\"", v->str);
	c->kind = (sm_mkind) k;

	if (!kind_fits_type(c, path, err) ||
		!read_common_members(c, j, path, err) ||
		!read_kind_members(c, j, path, err))
		return false;
	if (!mg_get_member(j, path, "fit", SM_JOBJECT, false, &v, err))
		return false;
	if (v != NULL)
	{
		c->fit = sm_json_clone(v);
		if (c->fit == NULL)
			return mg_oom(err);
	}
	return sm_mcol_prepare(c, path, err);
}
