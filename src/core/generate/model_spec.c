/*
 * model_spec.c
 *	  Column specs of the table model: what each column of a definition asks
 *	  the model for.
 *
 * Not here: the fitter that consumes them (model_fit.c).
 */
#include "model.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "copula.h"
#include "datetime.h"
#include "json.h"
#include "marginal.h"
#include "schemadef.h"
#include "stats.h"
#include "model_int.h"

/* Report an allocation failure; returns false for convenience. */
bool
md_oom(sm_error *err)
{
	return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
}

/* An overflow-checked array (at least one element). */
void *
md_alloc_array(size_t n, size_t size, sm_error *err)
{
	size_t		bytes;
	void	   *p = NULL;

	if (sm_mul_size(n ? n : 1, size, &bytes))
		p = sm_malloc(bytes);
	if (p == NULL)
		md_oom(err);
	return p;
}

/* ------------------------------------------------------------------------
 * Column specifications
 * ------------------------------------------------------------------------ */

/* Defaults of a column specification: nothing declared, learn everything. */
void
sm_colspec_init(sm_colspec *spec, const char *name, sm_coltype type)
{
	memset(spec, 0, sizeof(*spec));
	spec->name = name;
	spec->type = type;
	spec->int_bytes = 8;
	spec->scale = -1;
	spec->max_length = -1;
	spec->null_rate = -1.0;
}

/* Names of schemadef's model kinds, as sm_colspec.model_kind takes them. */
static const char *
model_kind_name(sm_model_kind k)
{
	static const char *const names[] = {
		"auto", "empirical", "normal", "truncated_normal", "lognormal",
		"gamma", "beta", "uniform", "categorical", "constant", "sequence",
		"pattern", "ngram", "uuid", "dictionary"
	};

	if ((int) k < 0 || (size_t) k >= sizeof(names) / sizeof(names[0]))
		return "auto";
	return names[k];
}

/*
 * Map a decoded definition column onto a specification, so the glue
 * needs no knowledge of the model.
 */
void
sm_colspec_from_table(const struct sm_table *t, int colno, sm_colspec *spec)
{
	sm_colspec_from_column(&t->columns[colno], spec);
	/* a primary key makes its column unique only when it has one column */
	spec->unique = t->columns[colno].unique ||
		(t->primary_key.n == 1 && t->primary_key.cols[0] == colno);
}

/*
 * The same without the table: any primary-key column counts as unique,
 * which over-constrains the columns of a composite key (each one then
 * unique) but never breaks the key.
 */
void
sm_colspec_from_column(const struct sm_column *col, sm_colspec *spec)
{
	int64_t		maxlen = sm_column_max_length(col);
	sm_coltype	type = SM_COL_TEXT;
	int			bytes = 8,
				scale = -1;

	if (!col->type.is_array)
	{
		switch (col->type.kind)
		{
			case SM_TYPE_SMALLINT:
				type = SM_COL_INT;
				bytes = 2;
				break;
			case SM_TYPE_INTEGER:
				type = SM_COL_INT;
				bytes = 4;
				break;
			case SM_TYPE_BIGINT:
				type = SM_COL_INT;
				break;
			case SM_TYPE_REAL:
			case SM_TYPE_DOUBLE:
				type = SM_COL_FLOAT;
				break;
			case SM_TYPE_NUMERIC:
				type = SM_COL_NUMERIC;
				scale = col->type.mod1 >= 0 ? (col->type.mod2 >= 0 ? col->type.mod2 : 0) : -1;
				break;
			case SM_TYPE_MONEY:
				type = SM_COL_NUMERIC;
				scale = 2;
				break;
			case SM_TYPE_BOOLEAN:
				type = SM_COL_BOOL;
				break;
			case SM_TYPE_DATE:
				type = SM_COL_DATE;
				break;
			case SM_TYPE_TIMESTAMP:
			case SM_TYPE_TIMESTAMPTZ:
				type = SM_COL_TIMESTAMP;
				break;
			case SM_TYPE_UUID:
				type = SM_COL_UUID;
				break;
			default:
				type = SM_COL_TEXT;
				break;
		}
	}
	sm_colspec_init(spec, col->name, type);
	spec->int_bytes = bytes;
	spec->scale = scale;
	if (type != SM_COL_TEXT && type != SM_COL_BOOL && type != SM_COL_UUID)
	{
		bool		as_int = type == SM_COL_INT || type == SM_COL_DATE ||
		type == SM_COL_TIMESTAMP;

		if (col->min.set)
		{
			spec->has_min = true;
			spec->min = as_int ? (double) col->min.ivalue : col->min.value;
		}
		if (col->max.set)
		{
			spec->has_max = true;
			spec->max = as_int ? (double) col->max.ivalue : col->max.value;
		}
	}
	spec->required = col->required || col->primary_key;
	spec->unique = col->unique || col->primary_key;
	spec->pattern = col->pattern;
	spec->max_length = maxlen > 0 && maxlen < INT32_MAX ? (int) maxlen : -1;
	spec->null_rate = col->null_rate;
	if (col->privacy == SM_PRIVACY_HIGH)
		spec->min_count = 10;
	else if (col->privacy == SM_PRIVACY_LOW)
		spec->min_count = 1;	/* low: every observed value is kept */
	if (col->model != NULL)
	{
		spec->model_kind = model_kind_name(col->model->kind);
		spec->model_params = col->model->params;
		if (col->model->kind == SM_MODEL_CATEGORICAL && col->model->ncategories > 0)
		{
			spec->nlabels = col->model->ncategories;
			spec->labels = (const char *const *) col->model->labels;
			spec->weights = col->model->weights;
		}
	}
	else if (col->sequence)
		spec->model_kind = "sequence";
	if (spec->nlabels == 0 && col->values.n > 0 && type == SM_COL_TEXT)
	{
		spec->nlabels = col->values.n;
		spec->labels = (const char *const *) col->values.items;
	}
}
