/*
 * marginal_write.c
 *	  The JSON writer of a column model (sm_mcol_write_json).
 *
 * Not here: the reader (marginal_read.c, marginal_from_json.c).
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
#include "wordmodel.h"
#include "marginal_int.h"

const char *const mg_kind_names[] = {
	"constant", "numeric", "categorical", "sequence", "permutation",
	"pattern", "uuid"
};

/* ------------------------------------------------------------------------
 * JSON writer
 * ------------------------------------------------------------------------ */

/* Append "key": (with a leading comma unless first). */
static bool
put_key(sm_buf *b, const char *key, bool first)
{
	return (first || sm_buf_putc(b, ',')) &&
		sm_json_write_string(b, key, strlen(key)) && sm_buf_putc(b, ':');
}

/* Append a number member; null for infinities (truncnorm bounds). */
static bool
put_num(sm_buf *b, const char *key, double d)
{
	return put_key(b, key, false) &&
		(isfinite(d) ? sm_json_write_double(b, d) : sm_buf_puts(b, "null"));
}

/* Append an integer member exactly (doubles lose bigints). */
static bool
put_i64(sm_buf *b, const char *key, int64_t v)
{
	return put_key(b, key, false) && sm_buf_printf(b, "%" PRId64, v);
}

/* Append a 64-bit hash as 16 hex digits (JSON numbers cannot hold it). */
static bool
put_hex(sm_buf *b, uint64_t v)
{
	return sm_buf_printf(b, "\"%016" PRIx64 "\"", v);
}

/* The generator object of a pattern column or an other bucket. */
static bool
write_strgen(const sm_strgen *g, sm_buf *b)
{
	bool		ok = sm_buf_putc(b, '{');

	switch (g->kind)
	{
		case SM_TG_PATTERN:
			ok = ok && put_key(b, "kind", true) && sm_buf_puts(b, "\"pattern\"") &&
				put_key(b, "pattern", false) &&
				sm_json_write_string(b, g->pattern, strlen(g->pattern));
			if (g->derived)
				ok = ok && put_key(b, "derived", false) && sm_buf_puts(b, "true");
			break;
		case SM_TG_LOREM:
			ok = ok && put_key(b, "kind", true) && sm_buf_puts(b, "\"lorem\"") &&
				put_i64(b, "min_words", g->min_words) &&
				put_i64(b, "max_words", g->max_words);
			break;
		case SM_TG_WORDS:
			ok = ok && put_key(b, "kind", true) && sm_buf_puts(b, "\"words\"") &&
				put_key(b, "model", false) && sm_wordmodel_write_json(g->wm, b);
			break;
		case SM_TG_NGRAM:
			ok = ok && put_key(b, "kind", true) && sm_buf_puts(b, "\"ngram\"") &&
				put_key(b, "model", false) && sm_textmodel_write_json(g->tm, b);
			break;
		default:
			return false;
	}
	if (g->nexclude > 0 && g->kind == SM_TG_WORDS)
	{
		/* many hashes: one string of 16 hex digits each, fast to read */
		ok = ok && put_key(b, "hash_key", false) && put_hex(b, g->hash_key) &&
			put_key(b, "exclude_hex", false) && sm_buf_putc(b, '"');
		for (size_t k = 0; ok && k < g->nexclude; k++)
			ok = sm_buf_printf(b, "%016" PRIx64, g->exclude[k]);
		ok = ok && sm_buf_putc(b, '"');
	}
	else if (g->nexclude > 0)
	{
		ok = ok && put_key(b, "hash_key", false) && put_hex(b, g->hash_key) &&
			put_key(b, "exclude", false) && sm_buf_putc(b, '[');
		for (size_t k = 0; ok && k < g->nexclude; k++)
			ok = (k == 0 || sm_buf_putc(b, ',')) && put_hex(b, g->exclude[k]);
		ok = ok && sm_buf_putc(b, ']');
	}
	return ok && sm_buf_putc(b, '}');
}

/* Write one column in the documented layout (docs/model-format.md). */
bool
sm_mcol_write_json(const sm_mcol *c, sm_buf *b)
{
	bool		ok;

	ok = sm_buf_putc(b, '{') &&
		put_key(b, "name", true) && sm_json_write_string(b, c->name, strlen(c->name)) &&
		put_key(b, "type", false) && sm_json_write_string(b, mg_type_names[c->type], strlen(mg_type_names[c->type]));
	if (c->type == SM_COL_INT && c->int_bytes != 8)
		ok = ok && put_i64(b, "int_bytes", c->int_bytes);
	ok = ok && put_key(b, "kind", false) &&
		sm_json_write_string(b, mg_kind_names[c->kind], strlen(mg_kind_names[c->kind])) &&
		put_num(b, "null_rate", c->null_rate);
	if (c->unique)
		ok = ok && put_key(b, "unique", false) && sm_buf_puts(b, "true");
	if (c->has_min)
		ok = ok && put_num(b, "min", c->min);
	if (c->has_max)
		ok = ok && put_num(b, "max", c->max);
	if (c->type == SM_COL_NUMERIC)
		ok = ok && put_i64(b, "scale", c->scale);
	if (c->type != SM_COL_NUMERIC && c->step > 0.0)
		ok = ok && put_num(b, "step", c->step);
	if (c->max_length >= 0)
		ok = ok && put_i64(b, "max_length", c->max_length);

	switch (c->kind)
	{
		case SM_MK_CONSTANT:
			ok = ok && put_key(b, "value", false);
			if (c->type == SM_COL_TEXT)
				ok = ok && sm_json_write_string(b, c->cstr, c->cstrlen);
			else if (c->type == SM_COL_BOOL)
				ok = ok && sm_buf_puts(b, c->cnum != 0.0 ? "true" : "false");
			else
				ok = ok && sm_json_write_double(b, c->cnum);
			break;
		case SM_MK_NUMERIC:
			ok = ok && put_key(b, "atoms", false) && sm_buf_putc(b, '[');
			for (int k = 0; ok && k < c->natoms; k++)
				ok = (k == 0 || sm_buf_putc(b, ',')) && sm_buf_putc(b, '[') &&
					sm_json_write_double(b, c->atom_v[k]) && sm_buf_putc(b, ',') &&
					sm_json_write_double(b, c->atom_w[k]) && sm_buf_putc(b, ']');
			ok = ok && sm_buf_putc(b, ']');
			if (c->cont_w > 0.0)
			{
				ok = ok && put_key(b, "continuous", false) && sm_buf_putc(b, '{') &&
					put_key(b, "weight", true) && sm_json_write_double(b, c->cont_w);
				if (c->family < 0)
				{
					ok = ok && put_key(b, "family", false) && sm_buf_puts(b, "\"empirical\"") &&
						put_key(b, "knots", false) && sm_buf_putc(b, '[');
					for (int k = 0; ok && k < c->nknots; k++)
						ok = (k == 0 || sm_buf_putc(b, ',')) &&
							sm_json_write_double(b, c->knots[k]);
					ok = ok && sm_buf_putc(b, ']');
				}
				else
				{
					const char *fam = sm_dist_name(c->dist.family);

					ok = ok && put_key(b, "family", false) &&
						sm_json_write_string(b, fam, strlen(fam)) &&
						put_num(b, "a", c->dist.a) && put_num(b, "b", c->dist.b) &&
						put_num(b, "lo", c->dist.lo) && put_num(b, "hi", c->dist.hi);
				}
				ok = ok && sm_buf_putc(b, '}');
			}
			break;
		case SM_MK_CATEGORICAL:
			ok = ok && put_key(b, "categories", false) && sm_buf_putc(b, '[');
			for (int k = 0; ok && k < c->ncat; k++)
			{
				ok = (k == 0 || sm_buf_putc(b, ',')) && sm_buf_putc(b, '[');
				if (c->type == SM_COL_BOOL)
					ok = ok && sm_buf_puts(b, c->labels[k][0] == 't' ? "true" : "false");
				else
					ok = ok && sm_json_write_string(b, c->labels[k], c->lens[k]);
				ok = ok && sm_buf_putc(b, ',') && sm_json_write_double(b, c->cat_w[k]) &&
					sm_buf_putc(b, ']');
			}
			ok = ok && sm_buf_putc(b, ']');
			if (c->other_w > 0.0)
				ok = ok && put_key(b, "other", false) && sm_buf_putc(b, '{') &&
					put_key(b, "weight", true) && sm_json_write_double(b, c->other_w) &&
					put_i64(b, "position", c->other_pos) &&
					put_key(b, "generator", false) && write_strgen(&c->tg, b) &&
					sm_buf_putc(b, '}');
			break;
		case SM_MK_PATTERN:
			ok = ok && put_key(b, "generator", false) && write_strgen(&c->tg, b);
			break;
		case SM_MK_SEQUENCE:
			ok = ok && put_i64(b, "start", c->start);
			break;
		case SM_MK_PERMUTATION:
			ok = ok && put_i64(b, "lo", c->lo) && put_i64(b, "hi", c->hi);
			break;
		case SM_MK_UUID:
			break;
	}
	if (c->fit)
		ok = ok && put_key(b, "fit", false) && sm_json_write(c->fit, b);
	return ok && sm_buf_putc(b, '}');
}
