/*
 * copula.h
 *	  Gaussian copula: normal scores, pairwise-complete correlation, repair
 *	  to the nearest positive-definite correlation matrix, Cholesky factor,
 *	  and correlated normal draws.
 *
 * Matrices are row-major double[d*d] with 1 <= d <= SM_COPULA_MAX_DIM (the
 * PostgreSQL column limit); larger d is refused with SM_ELIMIT.  Matrix
 * entries are reported in error paths as "[i,j]" (0-based).
 *
 * Memory: sm_correlation copies the data once (8*n*d bytes);
 * sm_nearest_correlation needs about 3*d*d doubles of workspace.  All of it
 * comes from sm_malloc and is released before return, also on errors.
 * LAPACK is called through the LAPACKE *_work interfaces in column-major
 * layout on symmetric matrices, so LAPACKE itself allocates nothing.
 */
#ifndef SM_COPULA_H
#define SM_COPULA_H

#include <stdbool.h>
#include <stddef.h>

#include "rng.h"
#include "sm_common.h"

#define SM_COPULA_MAX_DIM		1600
/* Defaults of sm_nearest_correlation (see there for SM_NCM_WORK). */
#define SM_COPULA_MIN_EIG		1e-6
/* From this many copula columns the model stores the matrix packed. */
#define SM_COPULA_PACK_MIN_DIM	64
#define SM_NCM_MAX_ITER			100
#define SM_NCM_TOL				1e-6
#define SM_NCM_WORK				1e9

/*
 * Pearson correlation of the d columns of an n x d row-major matrix.  NaN
 * entries are missing and each pair uses its complete rows; a pair with
 * fewer than two complete rows, or constant on them, gets 0 off the
 * diagonal; the diagonal is 1.  SM_EINVAL for n == 0, d < 1 or an infinite
 * entry ("row R, column C"), SM_ELIMIT for d too large.
 */
extern bool sm_correlation(const double *data, size_t n, int d, double *corr,
						   sm_error *err);

/*
 * Replace corr, in place, by the nearest (Frobenius norm) symmetric matrix
 * with unit diagonal and all eigenvalues >= min_eig, 0 < min_eig < 1:
 * Higham's alternating projections with Dykstra's correction to a relative
 * change of SM_NCM_TOL, followed by an eigenvalue clip and rescale to unit
 * diagonal that guarantees the bound whether or not the iteration
 * converged (verified by a Cholesky factorisation of corr - min_eig I).
 * The input is symmetrised first; when it already qualifies it is
 * returned unchanged.  SM_EINVAL names a NaN or infinite entry [i,j].
 *
 * Cost: O(d^3) per iteration (one tridiagonalisation, about 5 s at
 * d = 1600 with the reference BLAS, 0.02 s at d = 200), so the iteration
 * limit is SM_NCM_MAX_ITER up to d = 215 and then shrinks like
 * SM_NCM_WORK / d^3, down to 2 iterations.
 */
extern bool sm_nearest_correlation(double *corr, int d, double min_eig,
								   sm_error *err);

/* The same with explicit iteration limits; *iterations (if not NULL) gets
 * the number of alternating-projection iterations performed. */
extern bool sm_nearest_correlation_ex(double *corr, int d, double min_eig,
									  int max_iter, double tol,
									  int *iterations, sm_error *err);

/*
 * Lower Cholesky factor L (C = L L^T) of a positive-definite matrix, upper
 * triangle zeroed; only the lower triangle of corr is read and L may alias
 * corr.  SM_EDATA if corr is not positive definite.
 */
extern bool sm_cholesky(const double *corr, int d, double *L, sm_error *err);

/*
 * z = L e for a lower-triangular L; z may alias e (computed from the last
 * row up).
 */
extern void sm_copula_apply(const double *L, int d, const double *e, double *z);

/*
 * One copula draw: z = L e with e i.i.d. N(0,1) from the stream r (d normal
 * deviates consumed).
 */
extern void sm_copula_sample(const double *L, int d, sm_rng *r, double *z);

/*
 * Rank-based van der Waerden scores Phi^-1(rank / (m+1)), m the number of
 * non-NaN values, ties averaged, NaN kept NaN; z may alias x.  False when
 * out of memory.
 */
extern bool sm_normal_scores(const double *x, size_t n, double *z);

/*
 * The whole fit: normal scores of every column of the n x d row-major
 * data (NaN missing; infinities are ranked like any value), their
 * pairwise-complete correlation repaired with min_eig, and its Cholesky
 * factor.  corr (the repaired matrix) and L are d*d outputs.
 */
extern bool sm_copula_fit(const double *data, size_t n, int d, double min_eig,
						  double *corr, double *L, sm_error *err);

#endif							/* SM_COPULA_H */
