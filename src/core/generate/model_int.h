/*
 * model_int.h
 *	  Private declarations shared by the parts of the table model.
 *
 * The trained model (struct sm_tmodel) and the training-data accumulator
 * (sm_fitter).
 *
 * The parts: model_spec.c (column specs), model_fit.c (accumulating
 * training rows), model_copula.c (the copula fit), model.c (finishing and
 * freeing a model), model_json.c (its JSON form) and model_gen.c (the row
 * generator).
 *
 * Only for src/core/generate/model*.c; everything else uses model.h.
 */
#ifndef MODEL_INT_H
#define MODEL_INT_H

#include "model.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* B depends on A (model_dep.c): label_of[category of A] = category of B. */
typedef struct md_dep
{
	int			col;			/* B */
	int			given;			/* A */
	int		   *label_of;		/* A's categories; -1: none */
} md_dep;

struct sm_tmodel
{
	int			ncols;
	sm_mcol    *cols;
	uint64_t	training_rows;
	int			d;				/* copula dimension (0: none) */
	int		   *cop_cols;		/* model column of each copula position */
	double	   *corr;			/* d x d */
	double	   *L;				/* Cholesky factor */
	int			ndeps;			/* functional dependencies (model_dep.c) */
	md_dep	   *deps;
};

/* ------------------------------------------------------------------------
 * The fitter
 * ------------------------------------------------------------------------ */

typedef struct fcol
{
	sm_colspec	spec;			/* strings owned by the fitter */
	sm_json    *params;
	double	   *x;				/* numeric, bool and uuid columns */
	char	   *arena;			/* text columns */
	size_t		alen;
	size_t		acap;
	size_t	   *off;
	size_t	   *len;
	size_t		unparsed;		/* values that could not be converted */
} fcol;

struct sm_fitter
{
	int			ncols;
	fcol	   *cols;
	size_t		nrows;
	size_t		cap;
	uint64_t	hash_key;
};

/* Copula-side data of the fit: per copula column, codes and scores. */
typedef struct copfit
{
	size_t		n;
	int			d;
	double	  **codes;			/* per copula column, n codes */
	double	  **z;				/* per copula column, n scores */
	bool	   *nominal;
} copfit;

/* model_spec.c */
extern bool md_oom(sm_error *err);
extern void *md_alloc_array(size_t n, size_t size, sm_error *err);

/* model_fit.c */
extern bool md_is_text(const fcol *c);

/* model_copula.c */
extern bool md_fit_copula(sm_tmodel *m, copfit *cf, sm_error *err);

/* model.c */
extern sm_tmodel *md_tmodel_new(int ncols, sm_error *err);

/* model_dep.c */
struct sm_gcol;
extern bool md_fit_dependencies(sm_tmodel *m, const sm_fitter *f, sm_error *err);
extern bool md_write_dependencies(const sm_tmodel *m, sm_buf *out);
extern bool md_read_dependencies(sm_tmodel *m, const sm_json *v, sm_error *err);
extern void md_apply_dependencies(const sm_tmodel *m, const struct sm_gcol *gc,
								  sm_value *out);
extern void md_deps_free(sm_tmodel *m);

#endif							/* MODEL_INT_H */
