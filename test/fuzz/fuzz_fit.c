/*
 * fuzz_fit.c
 *	  libFuzzer harness of model training (src/core/generate/model*.c, marginal*.c,
 *	  copula.c, dist.c, textmodel.c): what learn()/train() do with the rows
 *	  of a seed table, whose values are untrusted.
 *
 * Input layout:
 *	byte 0			number of columns (1..4)
 *	5 bytes/column	type and flags (unique, required, bounds), requested
 *					model kind, options (integer width, scale, max_length,
 *					min_count, labels), min and span of the bounds
 *	the rest		cells separated by '\n', row-major, at most 64 rows:
 *					"\N" is NULL, 0x01 + 8 bytes a typed value of the
 *					column's kind (raw int64 or double), anything else text
 *					(which the fitter parses for typed columns).
 * Properties: a refused column set, row or fit comes with an error code
 * and message; an accepted model has the columns and types asked for,
 * writes JSON that decodes to a model writing the same bytes; it generates
 * (n = 24, seed 7) rows whose values have the kind of their column, lie in
 * the declared bounds and the type's range, are valid UTF-8 within
 * max_length, are never NULL in a required column, distinct in a unique
 * integer/date/timestamp/uuid column, and are the same from the decoded
 * model.
 *
 * Built with -DFUZZ_FIT_DUMP, it writes every fitted model to $DUMP_DIR:
 * that is how the seeds fit-*.json of corpus/model were made.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "model.h"

#define MAX_COLS 4
#define MAX_ROWS 64
#define NGEN 24

static const char *const kinds[16] = {
	NULL, "auto", "empirical", "normal", "truncated_normal", "lognormal",
	"gamma", "beta", "uniform", "categorical", "constant", "sequence",
	"pattern", "ngram", "uuid", "dictionary"
};
static const char *const patterns[4] = {
	"[A-Z]{2}-[0-9]{3}", "(foo|bar|baz)[a-c]?", "x*", "[0-9a-f]{8}"
};
static const char *const labels[3] = {"red", "green", "blue"};
static const double weights[3] = {0.5, 0.3, 0.2};

/* Stop the run: libFuzzer reports the crash with the input. */
static void
fail(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz_fit: %s [%s]\n", what, detail ? detail : "");
	abort();
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

/* A generated value must suit its column's spec. */
static void
check_value(const sm_colspec *sp, const sm_value *v)
{
	double		x = NAN;

	if (v->kind == SM_V_NULL)
	{
		if (sp->required)
			fail("NULL in a required column", sp->name);
		return;
	}
	switch (sp->type)
	{
		case SM_COL_INT:
			if (v->kind != SM_V_INT)
				fail("integer column gave another kind", sp->name);
			if (sp->int_bytes == 2 && (v->i < -32768 || v->i > 32767))
				fail("smallint out of range", sp->name);
			if (sp->int_bytes == 4 && (v->i < INT32_MIN || v->i > INT32_MAX))
				fail("integer out of range", sp->name);
			x = (double) v->i;
			break;
		case SM_COL_FLOAT:
			if (v->kind != SM_V_FLOAT || !isfinite(v->f))
				fail("float column gave another kind or a non-finite value", sp->name);
			x = v->f;
			break;
		case SM_COL_NUMERIC:
			if (v->kind != SM_V_NUMERIC || !isfinite(v->f))
				fail("numeric column gave another kind or a non-finite value", sp->name);
			x = v->f;
			break;
		case SM_COL_DATE:
			if (v->kind != SM_V_DATE || v->i < -2451545 || v->i > 2145031948)
				fail("date out of PostgreSQL's range", sp->name);
			x = (double) v->i;
			break;
		case SM_COL_TIMESTAMP:
			if (v->kind != SM_V_TIMESTAMP || v->i < INT64_C(-211813488000000000))
				fail("timestamp out of PostgreSQL's range", sp->name);
			x = (double) v->i;
			break;
		case SM_COL_BOOL:
			if (v->kind != SM_V_BOOL || (v->i != 0 && v->i != 1))
				fail("bad boolean", sp->name);
			return;
		case SM_COL_TEXT:
			if (v->kind != SM_V_TEXT || (v->s == NULL && v->len > 0))
				fail("text column gave another kind", sp->name);
			if (v->len > 0 && (!sm_utf8_valid(v->s, v->len) || memchr(v->s, 0, v->len)))
				fail("text is not UTF-8 without NUL", sp->name);
			if (sp->max_length >= 0 && sp->pattern == NULL &&
				utf8_chars(v->s, v->len) > sp->max_length)
				fail("text longer than max_length", sp->name);
			return;
		case SM_COL_UUID:
			if (v->kind != SM_V_UUID || (v->uuid[6] >> 4) != 4 || (v->uuid[8] >> 6) != 2)
				fail("bad uuid", sp->name);
			return;
	}
	if (sp->has_min && x < sp->min - 1e-9 * fmax(1.0, fabs(sp->min)))
		fail("value below the declared min", sp->name);
	if (sp->has_max && x > sp->max + 1e-9 * fmax(1.0, fabs(sp->max)))
		fail("value above the declared max", sp->name);
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

/* A cell's value for column spec sp. */
static void
cell_value(const sm_colspec *sp, const char *s, size_t len, sm_value *v)
{
	memset(v, 0, sizeof(*v));
	if (len == 2 && s[0] == '\\' && s[1] == 'N')
	{
		v->kind = SM_V_NULL;
		return;
	}
	if (len == 9 && s[0] == 0x01)
	{
		int64_t		i;
		double		f;

		memcpy(&i, s + 1, 8);
		memcpy(&f, s + 1, 8);
		switch (sp->type)
		{
			case SM_COL_INT:
				v->kind = SM_V_INT;
				/* what PostgreSQL can hold in the column */
				if (sp->int_bytes == 2)
					i = (int16_t) i;
				else if (sp->int_bytes == 4)
					i = (int32_t) i;
				v->i = i;
				return;
			case SM_COL_FLOAT:
				v->kind = SM_V_FLOAT;
				v->f = f;
				return;
			case SM_COL_NUMERIC:
				v->kind = SM_V_NUMERIC;
				v->f = f;
				v->scale = (int) ((uint64_t) i % 8) - 1;
				return;
			case SM_COL_DATE:
				v->kind = SM_V_DATE;
				v->i = -2451545 + (int64_t) ((uint64_t) i % (2145031948 + 2451545 + 1));
				return;
			case SM_COL_TIMESTAMP:
				v->kind = SM_V_TIMESTAMP;
				v->i = INT64_C(-211813488000000000) +
					(int64_t) ((uint64_t) i % UINT64_C(9435484800000000000));
				return;
			case SM_COL_BOOL:
				v->kind = SM_V_BOOL;
				v->i = i & 1;
				return;
			case SM_COL_UUID:
				v->kind = SM_V_UUID;
				memcpy(v->uuid, s + 1, 8);
				memcpy(v->uuid + 8, s + 1, 8);
				return;
			case SM_COL_TEXT:
				v->kind = SM_V_INT; /* a typed value in a text column */
				v->i = i;
				return;
		}
	}
	v->kind = SM_V_TEXT;
	v->s = s;
	v->len = len;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[MAX_COLS] = {"a", "b", "c", "d"};
	sm_colspec	spec[MAX_COLS];
	sm_value	row[MAX_COLS],
				row2[MAX_COLS];
	int64_t		keys[MAX_COLS][NGEN];
	sm_error	err;
	sm_fitter  *f;
	sm_tmodel  *m,
			   *m2;
	sm_gen	   *g,
			   *g2;
	sm_buf		b1,
				b2;
	int			nc;
	size_t		pos;
	const char *s;
	int			rows = 0;

	if (size < 1)
		return 0;
	nc = 1 + data[0] % MAX_COLS;
	if (size < 1 + 5 * (size_t) nc)
		return 0;
	for (int k = 0; k < nc; k++)
	{
		const uint8_t *p = data + 1 + 5 * k;
		sm_colspec *sp = &spec[k];
		double		lo;

		sm_colspec_init(sp, names[k], (sm_coltype) (p[0] % 8));
		sp->unique = (p[0] >> 3) & 1;
		sp->required = (p[0] >> 4) & 1;
		sp->has_min = (p[0] >> 5) & 1;
		sp->has_max = (p[0] >> 6) & 1;
		sp->model_kind = kinds[p[1] % 16];
		sp->int_bytes = (p[2] & 3) == 0 ? 8 : (p[2] & 3) == 1 ? 2 : 4;
		sp->scale = (int) ((p[2] >> 2) & 7) - 1;
		sp->max_length = (p[2] >> 5) == 0 ? -1 : 4 * (p[2] >> 5);
		sp->min_count = (p[1] >> 4) & 7;
		if (sp->type == SM_COL_TEXT && (p[1] & 0x80))
		{
			sp->nlabels = 3;
			sp->labels = labels;
			sp->weights = (p[2] & 1) ? weights : NULL;
		}
		if (sp->type == SM_COL_TEXT &&
			(sp->model_kind == kinds[12] || (p[0] & 0x80)))
			sp->pattern = patterns[p[2] & 3];
		/* bounds: a small range around 0, scaled to the column's unit */
		lo = (double) (int8_t) p[3];
		sp->min = lo;
		sp->max = lo + (double) p[4];
		if (sp->type == SM_COL_TIMESTAMP)
		{
			sp->min *= 3600e6;
			sp->max *= 3600e6;
		}
		else if (sp->type == SM_COL_FLOAT || sp->type == SM_COL_NUMERIC)
		{
			sp->min /= 4;
			sp->max /= 4;
		}
	}

	sm_error_clear(&err);
	f = sm_fitter_new(spec, nc, &err);
	if (f == NULL)
	{
		if (err.code == SM_OK || err.message[0] == '\0')
			fail("fitter refused without an error", NULL);
		return 0;
	}
	sm_fitter_set_hash_key(f, 0x1234);

	/* rows */
	pos = 1 + 5 * (size_t) nc;
	s = (const char *) data;
	while (pos < size && rows < MAX_ROWS)
	{
		for (int k = 0; k < nc; k++)
		{
			size_t		start = pos;

			while (pos < size && s[pos] != '\n')
				pos++;
			cell_value(&spec[k], s + start, pos - start, &row[k]);
			if (pos < size)
				pos++;
		}
		sm_error_clear(&err);
		if (!sm_fitter_add_row(f, row, &err))
		{
			if (err.code == SM_OK || err.message[0] == '\0')
				fail("row refused without an error", NULL);
			sm_fitter_free(f);
			return 0;
		}
		rows++;
	}

	sm_error_clear(&err);
	m = sm_fitter_finish(f, &err);
	sm_fitter_free(f);
	if (m == NULL)
	{
		if (err.code == SM_OK || err.message[0] == '\0')
			fail("fit refused without an error", NULL);
		return 0;
	}
	if (sm_tmodel_ncols(m) != nc)
		fail("model with another number of columns", NULL);
	for (int k = 0; k < nc; k++)
		if (sm_tmodel_coltype(m, k) != spec[k].type ||
			strcmp(sm_tmodel_colname(m, k), names[k]) != 0)
			fail("model column differs from its spec", names[k]);

	/* write -> decode -> write */
	sm_buf_init(&b1);
	sm_buf_init(&b2);
	if (!sm_tmodel_write_json(m, &b1))
		fail("write failed", NULL);
	sm_error_clear(&err);
	m2 = sm_tmodel_from_json(b1.data, b1.len, &err);
	if (m2 == NULL)
	{
		fprintf(stderr, "%s\n", b1.data);
		fail("written model does not decode", err.message);
	}
	if (!sm_tmodel_write_json(m2, &b2) || b1.len != b2.len ||
		memcmp(b1.data, b2.data, b1.len) != 0)
		fail("decoded model writes different bytes", NULL);
#ifdef FUZZ_FIT_DUMP
	/* seed generator for corpus/model: write every fitted model to $DUMP_DIR */
	{
		static unsigned seq;
		char		path[512];
		FILE	   *fp;

		snprintf(path, sizeof(path), "%s/fit-%05u.json", getenv("DUMP_DIR"), seq++);
		if ((fp = fopen(path, "w")) != NULL)
		{
			fwrite(b1.data, 1, b1.len, fp);
			fclose(fp);
		}
	}
#endif

	/* generate */
	sm_error_clear(&err);
	g = sm_gen_new(m, 7, NGEN, &err);
	if (g == NULL)
	{
		/* only a unique domain smaller than the run may refuse */
		if (err.code != SM_EDATA)
			fail("generator refused other than with SM_EDATA", err.message);
	}
	else
	{
		int			done = 0;

		g2 = sm_gen_new(m2, 7, NGEN, &err);
		if (g2 == NULL)
			fail("decoded model refuses to generate", err.message);
		for (uint64_t i = 0; i < NGEN; i++)
		{
			if (!sm_gen_row(g, i, row))
			{
				if (sm_gen_error(g)->code != SM_EDATA)
					fail("row generation failed other than with SM_EDATA",
						 sm_gen_error(g)->message);
				break;
			}
			for (int k = 0; k < nc; k++)
			{
				check_value(&spec[k], &row[k]);
				keys[k][i] = row[k].kind == SM_V_NULL ? INT64_MIN + (int64_t) i :
					row[k].kind == SM_V_UUID ? (int64_t) (row[k].uuid[0] | (uint64_t) row[k].uuid[1] << 8 |
														  (uint64_t) row[k].uuid[2] << 16 | (uint64_t) row[k].uuid[3] << 24 |
														  (uint64_t) row[k].uuid[4] << 32 | (uint64_t) row[k].uuid[5] << 40 |
														  (uint64_t) row[k].uuid[7] << 48 | (uint64_t) row[k].uuid[9] << 56) :
					row[k].i;
			}
			if (!sm_gen_row(g2, i, row2))
				fail("decoded model fails a row", NULL);
			for (int k = 0; k < nc; k++)
				if (!same_value(&row[k], &row2[k]))
					fail("decoded model generates another value", names[k]);
			done++;
		}
		for (int k = 0; k < nc; k++)
		{
			sm_coltype	t = spec[k].type;

			if (!spec[k].unique || !(t == SM_COL_INT || t == SM_COL_DATE ||
									 t == SM_COL_TIMESTAMP || t == SM_COL_UUID))
				continue;
			for (int i = 0; i < done; i++)
				for (int j = 0; j < i; j++)
					if (keys[k][i] == keys[k][j])
						fail("duplicate in a unique column", names[k]);
		}
		sm_gen_free(g2);
		sm_gen_free(g);
	}
	sm_buf_free(&b1);
	sm_buf_free(&b2);
	sm_tmodel_free(m2);
	sm_tmodel_free(m);
	return 0;
}
