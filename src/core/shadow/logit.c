/*
 * logit.c
 *	  Logistic regression by iteratively reweighted least squares: each
 *	  iteration solves (X'WX + ridge I) b = X'W z with a Cholesky
 *	  factorisation (LAPACKE_dposv), W = mu (1 - mu), z = eta + (y - mu) / w.
 */
#include <lapacke.h>
#include <math.h>
#include <string.h>

#include "logit.h"

#define LOGIT_MAX_ITER 50
#define LOGIT_TOL 1e-9
#define LOGIT_MIN_WEIGHT 1e-10

/* The logistic function, without overflow for large |t|. */
static double
logistic(double t)
{
	if (t >= 0)
		return 1.0 / (1.0 + exp(-t));
	else
	{
		double		e = exp(t);

		return e / (1.0 + e);
	}
}

/* b0 + b . x */
static double
linear(const double *beta, const double *x, size_t p)
{
	double		eta = beta[0];

	for (size_t j = 0; j < p; j++)
		eta += beta[j + 1] * x[j];
	return eta;
}

/* The fitted probability of one row. */
double
sm_logit_predict(const double *beta, const double *x, size_t p)
{
	return logistic(linear(beta, x, p));
}

/* Check the inputs of sm_logit_fit; false with err set. */
static bool
logit_check(const double *x, const double *y, size_t n, size_t p,
			double ridge, sm_error *err)
{
	bool		seen0 = false,
				seen1 = false;

	if (p == 0 || p > SM_LOGIT_MAX_FEATURES)
		return sm_error_set(err, SM_EINVAL, "features",
							"between 1 and %d features are needed, not %zu",
							SM_LOGIT_MAX_FEATURES, p);
	if (n < p + 1)
		return sm_error_set(err, SM_EINVAL, "rows",
							"%zu rows cannot fit %zu coefficients", n, p + 1);
	if (!(ridge >= 0) || !isfinite(ridge))
		return sm_error_set(err, SM_EINVAL, "ridge", "the ridge penalty must be a finite number >= 0");
	for (size_t i = 0; i < n; i++)
	{
		if (y[i] == 0.0)
			seen0 = true;
		else if (y[i] == 1.0)
			seen1 = true;
		else
			return sm_error_set(err, SM_EINVAL, "outcomes", "outcome %zu is %g, not 0 or 1", i + 1, y[i]);
		for (size_t j = 0; j < p; j++)
			if (!isfinite(x[i * p + j]))
				return sm_error_set(err, SM_EINVAL, "features",
									"feature %zu of row %zu is not a finite number", j + 1, i + 1);
	}
	if (!seen0 || !seen1)
		return sm_error_set(err, SM_EDATA, "outcomes",
							"every outcome is %s: nothing to learn", seen1 ? "1" : "0");
	return true;
}

/* Fit by IRLS; see logit.h. */
bool
sm_logit_fit(const double *x, const double *y, size_t n, size_t p,
			 double ridge, double *beta, int *iterations, sm_error *err)
{
	size_t		k = p + 1;
	double	   *a;
	double	   *b;
	int			iter;

	if (!logit_check(x, y, n, p, ridge, err))
		return false;
	a = sm_calloc(k * k, sizeof(double));
	b = sm_calloc(k, sizeof(double));
	if (a == NULL || b == NULL)
	{
		sm_free(a);
		sm_free(b);
		return sm_error_set(err, SM_ENOMEM, "", "out of memory fitting the risk model");
	}
	memset(beta, 0, k * sizeof(double));
	for (iter = 1; iter <= LOGIT_MAX_ITER; iter++)
	{
		double		change = 0;
		lapack_int	info;

		memset(a, 0, k * k * sizeof(double));
		memset(b, 0, k * sizeof(double));
		for (size_t i = 0; i < n; i++)
		{
			const double *xi = x + i * p;
			double		eta = linear(beta, xi, p);
			double		mu = logistic(eta);
			double		w = mu * (1 - mu);
			double		z;

			if (w < LOGIT_MIN_WEIGHT)
				w = LOGIT_MIN_WEIGHT;
			z = eta + (y[i] - mu) / w;
			/* row (1, xi): accumulate the upper triangle, column-major */
			for (size_t c = 0; c < k; c++)
			{
				double		vc = c == 0 ? 1.0 : xi[c - 1];

				b[c] += w * vc * z;
				for (size_t r = 0; r <= c; r++)
				{
					double		vr = r == 0 ? 1.0 : xi[r - 1];

					a[c * k + r] += w * vr * vc;
				}
			}
			if ((i & 4095) == 0)
				sm_check_interrupts();
		}
		for (size_t j = 1; j < k; j++)
			a[j * k + j] += ridge;
		info = LAPACKE_dposv(LAPACK_COL_MAJOR, 'U', (lapack_int) k, 1, a, (lapack_int) k, b, (lapack_int) k);
		if (info != 0)
		{
			sm_free(a);
			sm_free(b);
			return sm_error_set(err, SM_EDATA, "features",
								"the features are collinear: the model cannot be fitted (LAPACKE_dposv %d)", (int) info);
		}
		for (size_t j = 0; j < k; j++)
		{
			double		d = fabs(b[j] - beta[j]);

			if (d > change)
				change = d;
			beta[j] = b[j];
		}
		if (change < LOGIT_TOL)
			break;
	}
	sm_free(a);
	sm_free(b);
	if (iterations)
		*iterations = iter > LOGIT_MAX_ITER ? LOGIT_MAX_ITER : iter;
	return true;
}
