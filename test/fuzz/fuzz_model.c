/*
 * fuzz_model.c
 *	  libFuzzer harness of the table model decoder and generator
 *	  (src/core/generate/model*.c, marginal*.c).
 *
 * The input is a model's JSON text.  A rejected model must come with an
 * error code and message.  An accepted one must: write itself back as JSON
 * that decodes again to the same bytes (the writer's output is a fixed
 * point); generate, for n = 100 (when its unique columns allow that), rows
 * whose values have the kind of their column, lie within the column's
 * declared min and max (and the type's range), are valid UTF-8 within
 * max_length, keep unique keys distinct, and are the same from the
 * re-decoded model.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "model.h"

#define NROWS 100

/* Declared facts of one column, read from the input independently. */
typedef struct colfacts
{
	bool		has_min,
				has_max;
	double		min,
				max;
	long		max_length;
	bool		is_pattern;
	bool		distinct;		/* sequence, permutation, uuid */
	int			int_bytes;
} colfacts;

/* Declared bounds and kinds of every column, read from the input. */
static void
read_facts(const sm_json *root, colfacts *f, int ncols)
{
	const sm_json *cols = sm_json_get(root, "columns");

	for (int k = 0; k < ncols; k++)
	{
		const sm_json *c = cols->items[k];
		const sm_json *v;

		memset(&f[k], 0, sizeof(colfacts));
		f[k].max_length = -1;
		f[k].int_bytes = 8;
		if ((v = sm_json_get(c, "min")) && v->type == SM_JNUMBER)
		{
			f[k].has_min = true;
			f[k].min = v->num;
		}
		if ((v = sm_json_get(c, "max")) && v->type == SM_JNUMBER)
		{
			f[k].has_max = true;
			f[k].max = v->num;
		}
		if ((v = sm_json_get(c, "max_length")) && v->type == SM_JNUMBER)
			f[k].max_length = (long) v->num;
		if ((v = sm_json_get(c, "int_bytes")) && v->type == SM_JNUMBER)
			f[k].int_bytes = (int) v->num;
		if ((v = sm_json_get(c, "kind")) && v->type == SM_JSTRING)
		{
			f[k].is_pattern = strcmp(v->str, "pattern") == 0;
			f[k].distinct = strcmp(v->str, "sequence") == 0 ||
				strcmp(v->str, "permutation") == 0 || strcmp(v->str, "uuid") == 0;
		}
	}
}

/* Number of UTF-8 characters. */
static long
utf8_chars(const char *s, size_t n)
{
	long		c = 0;

	for (size_t i = 0; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

/* A value must suit its column's type and declared bounds. */
static void
check_value(const sm_tmodel *m, int k, const colfacts *f, const sm_value *v)
{
	sm_coltype	t = sm_tmodel_coltype(m, k);
	double		x = NAN;

	if (v->kind == SM_V_NULL)
		return;
	switch (t)
	{
		case SM_COL_INT:
			if (v->kind != SM_V_INT)
				abort();
			x = (double) v->i;
			if (f->int_bytes == 2 && (v->i < -32768 || v->i > 32767))
				abort();
			if (f->int_bytes == 4 && (v->i < INT32_MIN || v->i > INT32_MAX))
				abort();
			break;
		case SM_COL_FLOAT:
			if (v->kind != SM_V_FLOAT || !isfinite(v->f))
				abort();
			x = v->f;
			break;
		case SM_COL_NUMERIC:
			if (v->kind != SM_V_NUMERIC || !isfinite(v->f))
				abort();
			x = v->f;
			break;
		case SM_COL_DATE:
			if (v->kind != SM_V_DATE || v->i < -2451545 || v->i > 2145031948)
				abort();
			x = (double) v->i;
			break;
		case SM_COL_TIMESTAMP:
			if (v->kind != SM_V_TIMESTAMP || v->i < INT64_C(-211813488000000000))
				abort();
			x = (double) v->i;
			break;
		case SM_COL_BOOL:
			if (v->kind != SM_V_BOOL || (v->i != 0 && v->i != 1))
				abort();
			return;
		case SM_COL_TEXT:
			if (v->kind != SM_V_TEXT || (v->s == NULL && v->len > 0))
				abort();
			if (v->len > 0 && (!sm_utf8_valid(v->s, v->len) || memchr(v->s, 0, v->len)))
				abort();
			if (f->max_length >= 0 && !f->is_pattern &&
				utf8_chars(v->s, v->len) > f->max_length)
				abort();
			return;
		case SM_COL_UUID:
			if (v->kind != SM_V_UUID || (v->uuid[6] >> 4) != 4 || (v->uuid[8] >> 6) != 2)
				abort();
			return;
	}
	/* doubles of int64 values may round up by one unit in the last place */
	if (f->has_min && x < f->min - 1e-9 * fmax(1.0, fabs(f->min)))
		abort();
	if (f->has_max && x > f->max + 1e-9 * fmax(1.0, fabs(f->max)))
		abort();
}

/* Two generated values are equal (text by content). */
static bool
same_value(const sm_value *a, const sm_value *b)
{
	if (a->kind != b->kind)
		return false;
	switch (a->kind)
	{
		case SM_V_NULL:
			return true;
		case SM_V_TEXT:
			return a->len == b->len && (a->len == 0 || memcmp(a->s, b->s, a->len) == 0);
		case SM_V_UUID:
			return memcmp(a->uuid, b->uuid, 16) == 0;
		case SM_V_FLOAT:
		case SM_V_NUMERIC:
			return a->f == b->f && a->scale == b->scale;
		default:
			return a->i == b->i;
	}
}

/*
 * A key column's value as an integer for the distinctness check: integers,
 * dates and timestamps as they are, numeric and float keys (a sequence on
 * a numeric column steps by its scale: 0, 0.001, ...) by the bits of their
 * double, NULLs as distinct placeholders.
 */
static int64_t
value_key(const sm_value *v, uint64_t i)
{
	int64_t		bits;

	if (v->kind == SM_V_NULL)
		return INT64_MIN + (int64_t) i;
	if (v->kind == SM_V_NUMERIC || v->kind == SM_V_FLOAT)
	{
		double		f = v->f == 0.0 ? 0.0 : v->f;	/* -0 is 0 */

		memcpy(&bits, &f, sizeof(bits));
		return bits;
	}
	return v->i;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One input: decode, re-encode, generate and check (see the header). */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sm_error	err;
	sm_tmodel  *m,
			   *m2;
	sm_json    *root;
	sm_buf		b1,
				b2;
	sm_gen	   *g,
			   *g2;
	colfacts   *facts;
	sm_value   *row,
			   *row2;
	int			nc;

	memset(&err, 0, sizeof(err));
	m = sm_tmodel_from_json((const char *) data, size, &err);
	if (m == NULL)
	{
		if (err.code == SM_OK || err.message[0] == '\0')
			abort();
		return 0;
	}
	nc = sm_tmodel_ncols(m);
	if (nc < 1 || nc > SM_MODEL_MAX_COLUMNS)
		abort();

	/* the writer's output decodes to itself */
	sm_buf_init(&b1);
	sm_buf_init(&b2);
	if (!sm_tmodel_write_json(m, &b1))
		abort();
	memset(&err, 0, sizeof(err));
	m2 = sm_tmodel_from_json(b1.data, b1.len, &err);
	if (m2 == NULL || !sm_tmodel_write_json(m2, &b2) ||
		b1.len != b2.len || memcmp(b1.data, b2.data, b1.len) != 0)
		abort();

	/* facts from the input itself */
	root = sm_json_parse((const char *) data, size, &err);
	if (root == NULL)
		abort();
	facts = calloc((size_t) nc, sizeof(colfacts));
	row = calloc((size_t) nc, sizeof(sm_value));
	row2 = calloc((size_t) nc, sizeof(sm_value));
	if (!facts || !row || !row2)
		abort();
	read_facts(root, facts, nc);

	memset(&err, 0, sizeof(err));
	g = sm_gen_new(m, 42, NROWS, &err);
	if (g == NULL)
	{
		/* only a unique domain smaller than the run may refuse */
		if (err.code != SM_EDATA)
			abort();
	}
	else
	{
		int64_t    *keys = calloc((size_t) nc * NROWS, sizeof(int64_t));

		g2 = sm_gen_new(m2, 42, NROWS, &err);
		if (g2 == NULL || keys == NULL)
			abort();
		for (uint64_t i = 0; i < NROWS; i += (i < 8 ? 1 : 13))
		{
			if (!sm_gen_row(g, i, row))
			{
				/* an exhausted text model is the only acceptable failure */
				if (sm_gen_error(g)->code != SM_EDATA)
					abort();
				break;
			}
			for (int k = 0; k < nc; k++)
			{
				check_value(m, k, &facts[k], &row[k]);
				if (facts[k].distinct)
					keys[(size_t) k * NROWS + i] = value_key(&row[k], i);
			}
			/* compare before the next call reuses the text scratch */
			if (!sm_gen_row(g2, i, row2))
				abort();
			for (int k = 0; k < nc; k++)
				if (!same_value(&row[k], &row2[k]))
					abort();
		}
		/* keys of the first rows are distinct (sequence, permutation; NULLs
		 * are given distinct placeholders) */
		for (int k = 0; k < nc; k++)
			if (facts[k].distinct && sm_tmodel_coltype(m, k) != SM_COL_UUID)
				for (int i = 0; i < 8; i++)
					for (int j = 0; j < i; j++)
						if (keys[(size_t) k * NROWS + i] == keys[(size_t) k * NROWS + j])
							abort();
		/* past the run's end is an error, not a crash */
		if (sm_gen_row(g, NROWS, row))
			abort();
		free(keys);
		sm_gen_free(g2);
		sm_gen_free(g);
	}
	free(facts);
	free(row);
	free(row2);
	sm_json_free(root);
	sm_buf_free(&b1);
	sm_buf_free(&b2);
	sm_tmodel_free(m2);
	sm_tmodel_free(m);
	return 0;
}
