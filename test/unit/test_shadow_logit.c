/* Unit tests of src/core/shadow/logit.c (IRLS logistic regression). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "logit.h"
#include "rng.h"
#include "unit.h"

int
main(void)
{
	size_t		n = 20000,
				p = 3;
	double	   *x = malloc(n * p * sizeof(double));
	double	   *y = malloc(n * sizeof(double));
	double		truth[4] = {-3.0, 4.0, 2.5, 1.0};
	double		beta[4];
	double		brier = 0,
				brier0 = 0,
				rate = 0;
	int			iters = 0;
	sm_error	err;
	sm_rng		r;

	/* outcomes drawn from a known logistic model: the fit recovers it */
	sm_rng_init(&r, 11, 0, 0);
	for (size_t i = 0; i < n; i++)
	{
		for (size_t j = 0; j < p; j++)
			x[i * p + j] = sm_rng_uniform(&r);
		y[i] = sm_rng_uniform(&r) < sm_logit_predict(truth, x + i * p, p) ? 1.0 : 0.0;
		rate += y[i];
	}
	rate /= n;
	memset(&err, 0, sizeof(err));
	CHECK(sm_logit_fit(x, y, n, p, 1e-6, beta, &iters, &err));
	CHECK(iters > 1 && iters < 50);
	for (int j = 0; j < 4; j++)
		CHECK_NEAR(beta[j], truth[j], 0.35);
	/* calibrated: the Brier score beats the base rate's */
	for (size_t i = 0; i < n; i++)
	{
		double		q = sm_logit_predict(beta, x + i * p, p);

		brier += (q - y[i]) * (q - y[i]);
		brier0 += (rate - y[i]) * (rate - y[i]);
	}
	CHECK(brier / n < brier0 / n);

	/* separable data stays finite with the ridge penalty */
	for (size_t i = 0; i < 100; i++)
	{
		x[i] = (double) i;
		y[i] = i >= 50 ? 1.0 : 0.0;
	}
	CHECK(sm_logit_fit(x, y, 100, 1, 1e-3, beta, &iters, &err));
	CHECK(isfinite(beta[0]) && isfinite(beta[1]) && beta[1] > 0);

	/* invalid inputs */
	sm_error_clear(&err);
	CHECK(!sm_logit_fit(x, y, 100, 0, 0, beta, NULL, &err) && err.code == SM_EINVAL);
	sm_error_clear(&err);
	CHECK(!sm_logit_fit(x, y, 1, 1, 0, beta, NULL, &err) && err.code == SM_EINVAL);
	y[3] = 0.5;
	sm_error_clear(&err);
	CHECK(!sm_logit_fit(x, y, 100, 1, 0, beta, NULL, &err) && err.code == SM_EINVAL);
	for (size_t i = 0; i < 100; i++)
		y[i] = 1.0;
	sm_error_clear(&err);
	CHECK(!sm_logit_fit(x, y, 100, 1, 0, beta, NULL, &err) && err.code == SM_EDATA);
	x[5] = NAN;
	y[0] = 0.0;
	sm_error_clear(&err);
	CHECK(!sm_logit_fit(x, y, 100, 1, 0, beta, NULL, &err) && err.code == SM_EINVAL);
	/* collinear features: a singular system */
	for (size_t i = 0; i < 100; i++)
	{
		x[2 * i] = (double) (i % 7);
		x[2 * i + 1] = 2.0 * (i % 7);
		y[i] = (i % 3) == 0 ? 1.0 : 0.0;
	}
	sm_error_clear(&err);
	CHECK(!sm_logit_fit(x, y, 100, 2, 0, beta, NULL, &err) && err.code == SM_EDATA);
	free(x);
	free(y);
	return unit_done();
}
