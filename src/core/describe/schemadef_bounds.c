/*
 * schemadef_bounds.c
 *	  Column keys and their value checks: min/max bounds, value lists.
 *
 * Holds the tables of known column, constraint, model and privacy keys
 * shared with schemadef_columns.c.
 *
 * Not here: the column decoder itself (schemadef_columns.c).
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

/*
 * data_type is an alias of type; both may be given if they name the same
 * type, in any spelling ("int" and "INTEGER").
 */
bool
sd_merge_type_alias(decoder *d, field *f, const sm_json *v, const char *path)
{
	sm_type		a,
				b;

	if (v && f->v && v->type == SM_JSTRING && f->v->type == SM_JSTRING &&
		sm_type_parse(v->str, v->len, &a) && sm_type_parse(f->v->str, f->v->len, &b) &&
		a.kind == b.kind && a.mod1 == b.mod1 && a.mod2 == b.mod2 &&
		a.is_array == b.is_array && a.serial == b.serial)
		return true;
	return sd_merge_field(d, f, v, path, "data_type", "data_type");
}

/* Decode min or max according to the column's type. */
bool
sd_decode_bound(decoder *d, const sm_column *c, const field *f, const char *what,
				sm_bound *b)
{
	const sm_json *v = f->v;
	sm_typekind k = c->type.kind;
	char		sb[SHOWLEN];

	if (v == NULL)
		return true;
	if (c->type.is_array || !(sm_type_is_numeric(k) || sm_type_is_datetime(k)))
	{
		sd_fail(d, f->path, "%s is not allowed for type %s", what, c->type_name);
		sm_error_hint(d->err, "min and max apply to numeric, date, time and timestamp columns");
		return false;
	}
	if (sm_type_is_numeric(k))
	{
		sm_buf		t;

		if (!sd_want(d, v, f->path, SM_JNUMBER))
			return false;
		sm_buf_init(&t);
		if (sm_type_is_integer(k))
		{
			int64_t		lo,
						hi,
						x = 0;
			int			r;

			sd_int_type_range(k, &lo, &hi);
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
				return sd_fail(d, f->path, "%s must be an integer for type %s, got %s",
							   what, c->type_name, sd_numtext(sb, v));
			if (r == 2 || x < lo || x > hi)
			{
				sd_fail(d, f->path, "%s (%s) is out of range for type %s",
						what, sd_numtext(sb, v), c->type_name);
				sm_error_detail(d->err, "%s holds values from %lld to %lld",
								c->type_name, (long long) lo, (long long) hi);
				return false;
			}
			b->ivalue = x;
			b->value = (double) x;
			sm_buf_printf(&t, "%lld", (long long) x);
		}
		else
		{
			double		x = v->num;
			bool		bad = false;

			if (k == SM_TYPE_REAL)
				bad = !isfinite(x) || fabs(x) > FLT_MAX;
			else if (k == SM_TYPE_DOUBLE)
				bad = !isfinite(x);
			else if (k == SM_TYPE_MONEY)
				bad = !(fabs(x) <= 92233720368547758.07);
			else if (k == SM_TYPE_NUMERIC && c->type.mod1 >= 0)
				bad = !(fabs(x) < pow(10.0, (double) (c->type.mod1 - c->type.mod2)));
			if (bad)
				return sd_fail(d, f->path, "%s (%s) is out of range for type %s",
							   what, sd_numtext(sb, v), c->type_name);
			b->value = x;
			b->ivalue = 0;
			if ((k == SM_TYPE_REAL || k == SM_TYPE_DOUBLE || v->str == NULL))
				sm_json_write_double(&t, x);
			else
				sm_buf_append(&t, v->str, v->len);
		}
		if (t.oom)
		{
			sm_buf_free(&t);
			return sd_nomem(d);
		}
		b->text = t.data;
	}
	else
	{
		bool		ok;
		bool		has_zone = false;
		int32_t		days = 0;
		int64_t		us = 0;
		const char *fmt;

		if (!sd_want(d, v, f->path, SM_JSTRING))
			return false;
		if (k == SM_TYPE_DATE)
		{
			ok = sm_parse_iso_date(v->str, &days);
			us = days;
			fmt = "YYYY-MM-DD";
		}
		else if (k == SM_TYPE_TIME)
		{
			ok = sm_parse_iso_time(v->str, &us);
			fmt = "HH:MM[:SS[.ffffff]]";
		}
		else
		{
			ok = sm_parse_iso_timestamp(v->str, &us, &has_zone);
			fmt = k == SM_TYPE_TIMESTAMP ? "YYYY-MM-DD[ HH:MM[:SS[.ffffff]]]" :
				"YYYY-MM-DD[ HH:MM[:SS[.ffffff]]][Z|+HH[:MM]]";
		}
		if (!ok || memchr(v->str, '\0', v->len) != NULL)
		{
			sd_fail(d, f->path, "%s (\"%s\") is not a valid %s", what,
					sd_show(sb, v->str, v->len), c->type_name);
			sm_error_hint(d->err, "use the ISO 8601 form %s", fmt);
			return false;
		}
		if (has_zone && k == SM_TYPE_TIMESTAMP)
		{
			sd_fail(d, f->path, "%s (\"%s\") has a time zone but the column is %s",
					what, sd_show(sb, v->str, v->len), c->type_name);
			sm_error_hint(d->err, "drop the offset, or use type timestamp with time zone");
			return false;
		}
		b->ivalue = us;
		b->value = (double) us;
		b->text = sm_strndup(v->str, v->len);
		if (b->text == NULL)
			return sd_nomem(d);
	}
	b->set = true;
	return true;
}

/* A sorted copy of a string list, for membership tests. */
strent *
sd_index_strlist(const sm_strlist *l)
{
	strent	   *e = sm_calloc(l->n ? l->n : 1, sizeof(strent));

	if (e == NULL)
		return NULL;
	for (size_t i = 0; i < l->n; i++)
	{
		e[i].s = l->items[i];
		e[i].len = strlen(l->items[i]);
		e[i].idx = i;
	}
	qsort(e, l->n, sizeof(strent), sd_strent_cmp);
	return e;
}

/* Whether s is in a sorted index of n strings. */
bool
sd_in_index(const strent *e, size_t n, const char *s, size_t len)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		size_t		m = e[mid].len < len ? e[mid].len : len;
		int			c = memcmp(e[mid].s, s, m);

		if (c == 0 && e[mid].len != len)
			c = e[mid].len < len ? -1 : 1;
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* Free a column model. */
void
sd_model_free(sm_model *m)
{
	if (m == NULL)
		return;
	for (size_t i = 0; i < m->ncategories; i++)
		sm_free(m->labels[i]);
	sm_free(m->labels);
	sm_free(m->weights);
	sm_json_free(m->params);
	sm_free(m);
}
