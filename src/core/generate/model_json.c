/*
 * model_json.c
 *	  The JSON form of a trained table model, its validating reader, and the
 *	  accessors of a model.
 *
 * Not here: one column's JSON (marginal_write.c, marginal_read.c).
 */
#include "model.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base64.h"
#include "copula.h"
#include "datetime.h"
#include "json.h"
#include "marginal.h"
#include "schemadef.h"
#include "stats.h"
#include "model_int.h"

/* ------------------------------------------------------------------------
 * Model JSON
 * ------------------------------------------------------------------------ */

/*
 * The strict lower triangle of a wide copula's matrix, row by row
 * (a[1][0], a[2][0], a[2][1], ...), as base64 of IEEE-754 doubles in
 * little-endian byte order.  A 1,000-column matrix is 5 MB of text instead
 * of 22 MB of numbers, and PostgreSQL's jsonb input, which cannot be
 * cancelled, reads one string in milliseconds instead of a million numbers
 * in seconds.
 */
static bool
write_packed_correlation(const sm_tmodel *m, sm_buf *out)
{
	size_t		d = (size_t) m->d,
				n = d * (d - 1) / 2,
				k = 0;
	uint8_t    *bytes = sm_calloc(n ? n : 1, 8);
	bool		ok;

	if (bytes == NULL)
		return false;
	for (size_t a = 1; a < d; a++)
		for (size_t b = 0; b < a; b++, k++)
		{
			uint64_t	u;

			memcpy(&u, &m->corr[a * d + b], 8);
			for (int i = 0; i < 8; i++)
				bytes[8 * k + i] = (uint8_t) (u >> (8 * i));
		}
	ok = sm_buf_puts(out, "],\"correlation_packed\":\"") &&
		sm_base64_append(out, bytes, 8 * n) &&
		sm_buf_putc(out, '"');
	sm_free(bytes);
	return ok;
}

/* Write the model in the documented layout (docs/model-format.md). */
bool
sm_tmodel_write_json(const sm_tmodel *m, sm_buf *out)
{
	bool		ok;

	ok = sm_buf_printf(out, "{\"format\":\"synthmig.model\",\"version\":1,"
					   "\"training_rows\":%" PRIu64 ",\"columns\":[",
					   m->training_rows);
	for (int k = 0; ok && k < m->ncols; k++)
		ok = (k == 0 || sm_buf_putc(out, ',')) && sm_mcol_write_json(&m->cols[k], out);
	ok = ok && sm_buf_putc(out, ']');
	if (m->d > 0)
	{
		ok = ok && sm_buf_puts(out, ",\"copula\":{\"columns\":[");
		for (int j = 0; ok && j < m->d; j++)
			ok = (j == 0 || sm_buf_putc(out, ',')) && sm_buf_printf(out, "%d", m->cop_cols[j]);
		if (m->d >= SM_COPULA_PACK_MIN_DIM)
			ok = ok && write_packed_correlation(m, out) &&
				sm_buf_puts(out, "}");
		else
		{
			ok = ok && sm_buf_puts(out, "],\"correlation\":[");
			for (int a = 0; ok && a < m->d; a++)
			{
				ok = (a == 0 || sm_buf_putc(out, ',')) && sm_buf_putc(out, '[');
				for (int b = 0; ok && b < m->d; b++)
					ok = (b == 0 || sm_buf_putc(out, ',')) &&
						sm_json_write_double(out, m->corr[(size_t) a * m->d + b]);
				ok = ok && sm_buf_putc(out, ']');
			}
			ok = ok && sm_buf_puts(out, "]}");
		}
	}
	return ok && sm_buf_putc(out, '}');
}

/* Record an SM_EINVAL at a path; returns false. */
static bool
invalid(sm_error *err, const char *path, const char *msg)
{
	return sm_error_set(err, SM_EINVAL, path, "%s", msg);
}

/* The matrix as rows of numbers: copula.correlation. */
static bool
read_correlation_rows(sm_tmodel *m, const sm_json *corr, int d, sm_error *err)
{
	char		p[64],
				q[64];

	if (corr == NULL || corr->type != SM_JARRAY || corr->n != (size_t) d)
		return invalid(err, "copula.correlation", "must be an array of one row per copula column");
	for (int a = 0; a < d; a++)
	{
		const sm_json *row = corr->items[a];

		sm_check_interrupts();
		snprintf(p, sizeof(p), "copula.correlation[%d]", a);
		if (row->type != SM_JARRAY || row->n != (size_t) d)
			return invalid(err, p, "must be an array of one number per copula column");
		for (int b = 0; b < d; b++)
		{
			const sm_json *v = row->items[b];

			snprintf(q, sizeof(q), "copula.correlation[%d][%d]", a, b);
			if (v->type != SM_JNUMBER || !isfinite(v->num) || fabs(v->num) > 1.0)
				return invalid(err, q, "must be a number between -1 and 1");
			if (a == b && fabs(v->num - 1.0) > 1e-9)
				return invalid(err, q, "the diagonal must be 1");
			m->corr[(size_t) a * d + b] = a == b ? 1.0 : v->num;
		}
	}
	return true;
}

/* The matrix packed (see write_packed_correlation): copula.correlation_packed. */
static bool
read_packed_correlation(sm_tmodel *m, const sm_json *packed, int d,
						sm_error *err)
{
	size_t		n = (size_t) d * (size_t) (d - 1) / 2,
				k = 0;
	uint8_t    *bytes;

	if (packed->type != SM_JSTRING)
		return invalid(err, "copula.correlation_packed", "must be a base64 string");
	if (sm_base64_decoded_len(packed->str, packed->len) != (long long) (8 * n))
	{
		sm_error_set(err, SM_EINVAL, "copula.correlation_packed",
					 "must hold %zu doubles (the strict lower triangle)", n);
		return false;
	}
	bytes = sm_malloc(8 * n + 1);
	if (bytes == NULL)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	if (!sm_base64_decode(packed->str, packed->len, bytes,
						  "copula.correlation_packed", err))
	{
		sm_free(bytes);
		return false;
	}
	for (int a = 0; a < d; a++)
	{
		m->corr[(size_t) a * d + a] = 1.0;
		for (int b = 0; b < a; b++, k++)
		{
			uint64_t	u = 0;
			double		v;

			for (int i = 0; i < 8; i++)
				u |= (uint64_t) bytes[8 * k + i] << (8 * i);
			memcpy(&v, &u, 8);
			if (!isfinite(v) || fabs(v) > 1.0)
			{
				char		q[80];

				sm_free(bytes);
				snprintf(q, sizeof(q), "copula.correlation_packed[%d][%d]", a, b);
				return invalid(err, q, "must be a number between -1 and 1");
			}
			m->corr[(size_t) a * d + b] = m->corr[(size_t) b * d + a] = v;
		}
	}
	sm_free(bytes);
	return true;
}

/* The "copula" member: column indexes and a positive-definite matrix. */
static bool
read_copula(sm_tmodel *m, const sm_json *cop, sm_error *err)
{
	const sm_json *cols = sm_json_get(cop, "columns");
	const sm_json *corr = sm_json_get(cop, "correlation");
	const sm_json *packed = sm_json_get(cop, "correlation_packed");
	char		p[64],
				q[64];
	int			d;

	if (cop->type != SM_JOBJECT)
		return invalid(err, "copula", "must be an object");
	if (cols == NULL || cols->type != SM_JARRAY)
		return invalid(err, "copula.columns", "must be an array");
	if (cols->n < 1 || cols->n > (size_t) m->ncols)
		return invalid(err, "copula.columns", "must list 1 to ncolumns columns");
	d = (int) cols->n;
	m->cop_cols = md_alloc_array((size_t) d, sizeof(int), err);
	m->corr = md_alloc_array((size_t) d * (size_t) d, sizeof(double), err);
	m->L = md_alloc_array((size_t) d * (size_t) d, sizeof(double), err);
	if (!m->cop_cols || !m->corr || !m->L)
		return false;
	for (int j = 0; j < d; j++)
	{
		const sm_json *v = cols->items[j];
		sm_mcol    *c;

		snprintf(p, sizeof(p), "copula.columns[%d]", j);
		if (v->type != SM_JNUMBER || v->num != floor(v->num) || v->num < 0 ||
			v->num >= m->ncols)
			return invalid(err, p, "must be a column index");
		c = &m->cols[(int) v->num];
		if (c->copula_index >= 0)
			return invalid(err, p, "column listed twice");
		if (!sm_mcol_copula_capable(c))
			return invalid(err, p, "this column cannot take part in the copula");
		c->copula_index = j;
		m->cop_cols[j] = (int) v->num;
	}
	if (packed != NULL && corr != NULL)
		return invalid(err, "copula.correlation_packed",
					   "give either correlation or correlation_packed, not both");
	if (packed != NULL)
	{
		if (!read_packed_correlation(m, packed, d, err))
			return false;
	}
	else if (!read_correlation_rows(m, corr, d, err))
		return false;
	for (int a = 0; a < d; a++)
		for (int b = a + 1; b < d; b++)
			if (fabs(m->corr[(size_t) a * d + b] - m->corr[(size_t) b * d + a]) > 1e-9)
			{
				snprintf(q, sizeof(q), "copula.correlation[%d][%d]", b, a);
				return invalid(err, q, "the matrix must be symmetric");
			}
	{
		sm_error	e;

		memset(&e, 0, sizeof(e));
		if (!sm_cholesky(m->corr, d, m->L, &e))
		{
			if (e.code == SM_ENOMEM || e.code == SM_ELIMIT)
			{
				*err = e;
				return false;
			}
			return invalid(err, "copula.correlation", "the matrix is not positive definite");
		}
	}
	m->d = d;
	return true;
}

/* Read and validate a stored model. */
sm_tmodel *
sm_tmodel_from_json(const char *json, size_t len, sm_error *err)
{
	sm_json    *root;
	const sm_json *v,
			   *cols;
	sm_tmodel  *m = NULL;
	char		p[64];

	root = sm_json_parse(json, len, err);
	if (root == NULL)
		return NULL;
	if (root->type != SM_JOBJECT)
	{
		invalid(err, "$", "a model must be a JSON object");
		goto fail;
	}
	v = sm_json_get(root, "format");
	if (v == NULL || v->type != SM_JSTRING || strcmp(v->str, "synthmig.model") != 0)
	{
		invalid(err, "format", "must be \"synthmig.model\"");
		goto fail;
	}
	v = sm_json_get(root, "version");
	if (v == NULL || v->type != SM_JNUMBER || v->num != 1.0)
	{
		sm_error_set(err, SM_EUNSUPPORTED, "version", "unsupported model version");
		goto fail;
	}
	cols = sm_json_get(root, "columns");
	if (cols == NULL || cols->type != SM_JARRAY || cols->n < 1 ||
		cols->n > SM_MODEL_MAX_COLUMNS)
	{
		invalid(err, "columns", "must be an array of 1 to 1600 columns");
		goto fail;
	}
	m = md_tmodel_new((int) cols->n, err);
	if (m == NULL)
		goto fail;
	v = sm_json_get(root, "training_rows");
	if (v != NULL)
	{
		if (v->type != SM_JNUMBER || !(v->num >= 0) || v->num != floor(v->num) ||
			v->num > 1e18)
		{
			invalid(err, "training_rows", "must be a non-negative integer");
			goto fail;
		}
		m->training_rows = (uint64_t) v->num;
	}
	for (size_t k = 0; k < cols->n; k++)
	{
		snprintf(p, sizeof(p), "columns[%zu]", k);
		m->ncols = (int) k + 1;
		if (!sm_mcol_from_json(&m->cols[k], cols->items[k], p, err))
			goto fail;
		for (size_t j = 0; j < k; j++)
			if (strcmp(m->cols[j].name, m->cols[k].name) == 0)
			{
				snprintf(p, sizeof(p), "columns[%zu].name", k);
				invalid(err, p, "duplicate column name");
				goto fail;
			}
	}
	v = sm_json_get(root, "copula");
	if (v != NULL && v->type != SM_JNULL && !read_copula(m, v, err))
		goto fail;
	sm_json_free(root);
	return m;
fail:
	sm_json_free(root);
	sm_tmodel_free(m);
	return NULL;
}

/* Number of columns of a model. */
int
sm_tmodel_ncols(const sm_tmodel *m)
{
	return m->ncols;
}

/* Name of column col, or NULL when out of range. */
const char *
sm_tmodel_colname(const sm_tmodel *m, int col)
{
	return col >= 0 && col < m->ncols ? m->cols[col].name : NULL;
}

/* Type of column col (text when out of range). */
sm_coltype
sm_tmodel_coltype(const sm_tmodel *m, int col)
{
	return col >= 0 && col < m->ncols ? m->cols[col].type : SM_COL_TEXT;
}

/* Whether every column can take n rows; see sm_mcol_check_n. */
bool
sm_tmodel_check_n(const sm_tmodel *m, uint64_t n, sm_error *err)
{
	for (int k = 0; k < m->ncols; k++)
		if (!sm_mcol_check_n(&m->cols[k], n, err))
			return false;
	return true;
}
