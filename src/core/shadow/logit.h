/*
 * logit.h
 *	  Logistic regression fitted by iteratively reweighted least squares
 *	  (LAPACKE), for the learned risk of shadow runs (pure C).
 */
#ifndef SM_SHADOW_LOGIT_H
#define SM_SHADOW_LOGIT_H

#include <stdbool.h>
#include <stddef.h>

#include "sm_common.h"

/* most features (intercept excluded) */
#define SM_LOGIT_MAX_FEATURES 32

/*
 * Fit P(y = 1 | x) = 1 / (1 + exp(-(b0 + b . x))) on n rows of p features
 * (x row-major, n * p values; y 0 or 1).  beta receives p + 1 coefficients,
 * the intercept first.  A small ridge penalty (not on the intercept) keeps
 * separable data finite.  Returns false with err set on invalid input
 * (SM_EINVAL), allocation failure (SM_ENOMEM) or a singular system
 * (SM_EDATA).  *iterations receives the IRLS iterations used.
 */
extern bool sm_logit_fit(const double *x, const double *y, size_t n, size_t p,
						 double ridge, double *beta, int *iterations,
						 sm_error *err);

/* The fitted probability of one row of p features. */
extern double sm_logit_predict(const double *beta, const double *x, size_t p);

#endif							/* SM_SHADOW_LOGIT_H */
