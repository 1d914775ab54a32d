/*
 * model_gen.c
 *	  The row generator of the table model: row i of a run depends only on
 *	  (model, seed, i).
 *
 * Not here: one column's value from a uniform (marginal_sample.c).
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

/* ------------------------------------------------------------------------
 * Generation
 * ------------------------------------------------------------------------ */

struct sm_gen
{
	const sm_tmodel *m;
	uint64_t	seed;
	uint64_t	n;
	sm_gcol    *gc;
	double	   *e;
	double	   *z;
	sm_error	err;
};

/* Release a generator (not its model). */
void
sm_gen_free(sm_gen *g)
{
	if (g == NULL)
		return;
	if (g->gc)
		for (int k = 0; k < g->m->ncols; k++)
			sm_buf_free(&g->gc[k].buf);
	sm_free(g->gc);
	sm_free(g->e);
	sm_free(g->z);
	sm_free(g);
}

/* Per-run state: checked against n, scratch buffers, permutations. */
sm_gen *
sm_gen_new(const sm_tmodel *m, uint64_t seed, uint64_t n, sm_error *err)
{
	sm_gen	   *g;

	if (m == NULL)
	{
		sm_error_set(err, SM_EINVAL, NULL, "null model");
		return NULL;
	}
	if (!sm_tmodel_check_n(m, n, err))
		return NULL;
	g = sm_malloc(sizeof(sm_gen));
	if (g == NULL)
	{
		md_oom(err);
		return NULL;
	}
	memset(g, 0, sizeof(*g));
	g->m = m;
	g->seed = seed;
	g->n = n;
	g->gc = md_alloc_array((size_t) m->ncols, sizeof(sm_gcol), err);
	g->e = md_alloc_array((size_t) m->d + 1, sizeof(double), err);
	g->z = md_alloc_array((size_t) m->d + 1, sizeof(double), err);
	if (!g->gc || !g->e || !g->z)
	{
		sm_free(g->gc);
		g->gc = NULL;
		sm_gen_free(g);
		return NULL;
	}
	for (int k = 0; k < m->ncols; k++)
		sm_gcol_init(&g->gc[k], &m->cols[k], seed, k);
	return g;
}

/* The error of the last failed sm_gen_row. */
const sm_error *
sm_gen_error(const sm_gen *g)
{
	return &g->err;
}

/* d independent N(0,1) deviates, Box-Muller with both outputs used. */
static void
normals(sm_rng *r, double *e, int d)
{
	for (int k = 0; k < d; k += 2)
	{
		double		u1 = sm_rng_uniform(r);
		double		u2 = sm_rng_uniform(r);
		double		rad = sqrt(-2.0 * log(u1));
		double		t = 2.0 * M_PI * u2;

		e[k] = rad * cos(t);
		if (k + 1 < d)
			e[k + 1] = rad * sin(t);
	}
}

/*
 * Row i: copula normals, then per column the NULL decision (its own
 * stream, so NULLs do not disturb the copula) and the value.
 */
bool
sm_gen_row(sm_gen *g, uint64_t i, sm_value *out)
{
	const sm_tmodel *m = g->m;
	uint64_t	rowkey;

	if (i >= g->n)
		return sm_error_set(&g->err, SM_EINVAL, NULL,
							"row %" PRIu64 " is beyond the run's %" PRIu64 " rows",
							i, g->n);
	rowkey = sm_hash2(g->seed, i);
	if (m->d > 0)
	{
		sm_rng		r;

		r.key = sm_hash2(rowkey, SM_STREAM_COPULA);
		r.ctr = 0;
		normals(&r, g->e, m->d);
		sm_copula_apply(m->L, m->d, g->e, g->z);
	}
	for (int k = 0; k < m->ncols; k++)
	{
		const sm_mcol *c = &m->cols[k];
		double		u;

		g->gc[k].last_label = -1;
		if (c->null_rate > 0.0)
		{
			uint64_t	b = sm_rng_at(sm_hash2(rowkey, SM_STREAM_NULL(k)), 0);

			if (((double) (b >> 11) + 0.5) * (1.0 / 9007199254740992.0) < c->null_rate)
			{
				memset(&out[k], 0, sizeof(sm_value));
				out[k].kind = SM_V_NULL;
				continue;
			}
		}
		if (c->copula_index >= 0)
			u = sm_norm_cdf(g->z[c->copula_index]);
		else
		{
			sm_rng		r;

			r.key = sm_hash2(rowkey, SM_STREAM_VALUE(k));
			r.ctr = 0;
			u = sm_rng_uniform(&r);
		}
		if (!sm_mcol_generate(c, &g->gc[k], i, rowkey, u, &out[k], &g->err))
			return false;
	}
	if (m->ndeps > 0)
		md_apply_dependencies(m, g->gc, out);
	return true;
}
