/*
 * model.c
 *	  The table model: finishing a fit into a trained model
 *	  (sm_fitter_finish) and freeing it.
 *
 * Not here: accumulation (model_fit.c), the copula fit (model_copula.c),
 * the JSON form (model_json.c) and the generator (model_gen.c).
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

/* Release a model (NULL is fine). */
void
sm_tmodel_free(sm_tmodel *m)
{
	if (m == NULL)
		return;
	for (int k = 0; k < m->ncols; k++)
		sm_mcol_free(&m->cols[k]);
	sm_free(m->cols);
	sm_free(m->cop_cols);
	sm_free(m->corr);
	sm_free(m->L);
	sm_free(m);
}

/* An empty model of ncols columns. */
sm_tmodel *
md_tmodel_new(int ncols, sm_error *err)
{
	sm_tmodel  *m = sm_malloc(sizeof(sm_tmodel));

	if (m == NULL)
	{
		md_oom(err);
		return NULL;
	}
	memset(m, 0, sizeof(*m));
	m->cols = md_alloc_array((size_t) ncols, sizeof(sm_mcol), err);
	if (m->cols == NULL)
	{
		sm_free(m);
		return NULL;
	}
	memset(m->cols, 0, sizeof(sm_mcol) * (size_t) ncols);
	return m;
}

/* Fit every column, then the copula over the capable ones. */
sm_tmodel *
sm_fitter_finish(sm_fitter *f, sm_error *err)
{
	sm_tmodel  *m;
	double	  **codes;
	bool	   *nominal;
	copfit		cf;
	bool		ok = true;

	m = md_tmodel_new(f->ncols, err);
	if (m == NULL)
		return NULL;
	m->training_rows = f->nrows;
	codes = md_alloc_array((size_t) f->ncols, sizeof(double *), err);
	nominal = md_alloc_array((size_t) f->ncols, sizeof(bool), err);
	if (!codes || !nominal)
	{
		sm_free(codes);
		sm_free(nominal);
		sm_tmodel_free(m);
		return NULL;
	}
	memset(codes, 0, sizeof(double *) * (size_t) f->ncols);
	for (int k = 0; ok && k < f->ncols; k++)
	{
		fcol	   *c = &f->cols[k];
		sm_coldata	cd;

		/* one column's fit sorts and searches families: ms per column */
		sm_check_interrupts();
		cd.n = f->nrows;
		cd.x = md_is_text(c) ? NULL : c->x;
		cd.arena = c->arena;
		cd.off = c->off;
		cd.len = c->len;
		codes[k] = md_alloc_array(f->nrows, sizeof(double), err);
		ok = codes[k] != NULL &&
			sm_mcol_fit(&m->cols[k], &c->spec, &cd, f->hash_key, codes[k],
						&nominal[k], err);
		if (ok)
			m->ncols = k + 1;
		if (ok && c->unparsed > 0 && m->cols[k].fit != NULL &&
			!sm_json_object_append(m->cols[k].fit, "unparsed", 8,
								   sm_json_new_number((double) c->unparsed)))
			ok = md_oom(err);
		if (ok && !sm_mcol_copula_capable(&m->cols[k]))
		{
			/* only copula columns need their codes: keep wide tables small */
			sm_free(codes[k]);
			codes[k] = NULL;
		}
	}

	/* the copula over the capable columns, with at least 3 rows of data */
	memset(&cf, 0, sizeof(cf));
	if (ok && f->nrows >= 3)
	{
		int			d = 0;

		m->cop_cols = md_alloc_array((size_t) f->ncols, sizeof(int), err);
		ok = m->cop_cols != NULL;
		for (int k = 0; ok && k < f->ncols; k++)
			if (sm_mcol_copula_capable(&m->cols[k]))
				m->cop_cols[d++] = k;
		if (ok && d >= 2)
		{
			cf.n = f->nrows;
			cf.d = d;
			cf.codes = md_alloc_array((size_t) d, sizeof(double *), err);
			cf.z = md_alloc_array((size_t) d, sizeof(double *), err);
			cf.nominal = md_alloc_array((size_t) d, sizeof(bool), err);
			ok = cf.codes && cf.z && cf.nominal;
			if (cf.z)
				memset(cf.z, 0, sizeof(double *) * (size_t) d);
			for (int j = 0; ok && j < d; j++)
			{
				cf.codes[j] = codes[m->cop_cols[j]];
				cf.nominal[j] = nominal[m->cop_cols[j]];
				cf.z[j] = md_alloc_array(f->nrows, sizeof(double), err);
				ok = cf.z[j] != NULL;
			}
			if (ok)
				ok = md_fit_copula(m, &cf, err);
			if (ok)
			{
				m->d = d;
				for (int j = 0; j < d; j++)
					m->cols[m->cop_cols[j]].copula_index = j;
			}
			for (int j = 0; cf.z && j < d; j++)
				sm_free(cf.z[j]);
			sm_free(cf.codes);
			sm_free(cf.z);
			sm_free(cf.nominal);
		}
	}
	for (int k = 0; k < f->ncols; k++)
		sm_free(codes[k]);
	sm_free(codes);
	sm_free(nominal);
	if (!ok)
	{
		sm_tmodel_free(m);
		return NULL;
	}
	return m;
}
