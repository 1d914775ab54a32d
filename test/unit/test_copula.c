/* Unit tests of src/core/copula.c. */
#include <lapacke.h>
#include <stdlib.h>

#include "copula.h"
#include "rng.h"
#include "stats.h"
#include "unit.h"
#include "unit_alloc.h"

/* Eigenvalues (ascending) by the independent dsyev driver. */
static void
eigenvalues(const double *A, int d, double *w)
{
	double	   *a = malloc(sizeof(double) * d * d);

	memcpy(a, A, sizeof(double) * d * d);
	if (LAPACKE_dsyev(LAPACK_ROW_MAJOR, 'N', 'U', d, a, d, w) != 0)
		w[0] = NAN;
	free(a);
}

static double
frobenius_dist(const double *A, const double *B, int d)
{
	double		s = 0.0;

	for (int i = 0; i < d * d; i++)
		s += (A[i] - B[i]) * (A[i] - B[i]);
	return sqrt(s);
}

/* A valid repaired matrix: symmetric, unit diagonal, spectrum >= min_eig. */
static bool
is_valid_corr(const double *C, int d, double min_eig)
{
	double	   *w = malloc(sizeof(double) * d);
	bool		ok = true;

	for (int i = 0; i < d; i++)
	{
		ok &= C[i * d + i] == 1.0;
		for (int j = 0; j < d; j++)
			ok &= C[i * d + j] == C[j * d + i];
	}
	eigenvalues(C, d, w);
	/* dsyev's own error is a few ulps of the norm (<= d) */
	ok &= w[0] >= min_eig - 1e-13 * d;
	free(w);
	return ok;
}

/*
 * The naive repair, for comparison: clip the spectrum at t and rescale to
 * unit diagonal (full dsyev in row-major, independent of copula.c).
 */
static void
clip_rescale(const double *A, int d, double t, double *X)
{
	double	   *v = malloc(sizeof(double) * d * d);
	double	   *w = malloc(sizeof(double) * d);

	memcpy(v, A, sizeof(double) * d * d);
	LAPACKE_dsyev(LAPACK_ROW_MAJOR, 'V', 'U', d, v, d, w);
	for (int i = 0; i < d; i++)
		for (int j = 0; j < d; j++)
		{
			double		s = 0.0;

			for (int k = 0; k < d; k++)
				s += v[i * d + k] * fmax(w[k], t) * v[j * d + k];
			X[i * d + j] = s;
		}
	for (int i = 0; i < d; i++)
		for (int j = 0; j < d; j++)
			if (i != j)
				X[i * d + j] /= sqrt(X[i * d + i] * X[j * d + j]);
	for (int i = 0; i < d; i++)
		X[i * d + i] = 1.0;
	free(v);
	free(w);
}

static void
test_correlation(void)
{
	/* columns x, y, w = 5 - x, constant c */
	double		data[] = {
		1, 2, 4, 5,
		2, 4, 3, 5,
		3, 5, 2, 5,
		4, 9, 1, 5
	};
	double		c[16];
	sm_error	err;
	double		rxy = 11.0 / sqrt(130.0);

	sm_error_clear(&err);
	CHECK(sm_correlation(data, 4, 4, c, &err));
	CHECK(c[0] == 1.0 && c[5] == 1.0 && c[10] == 1.0 && c[15] == 1.0);
	CHECK_NEAR(c[0 * 4 + 1], rxy, 1e-15);
	CHECK_NEAR(c[1 * 4 + 0], rxy, 1e-15);
	CHECK_NEAR(c[0 * 4 + 2], -1.0, 1e-15);
	CHECK_NEAR(c[1 * 4 + 2], -rxy, 1e-15);
	CHECK(c[0 * 4 + 3] == 0.0 && c[3 * 4 + 1] == 0.0 && c[2 * 4 + 3] == 0.0);

	/*
	 * pairwise complete: row 2 of y missing, so x, y use rows 1, 3, 4:
	 * x = 1,3,4 (mean 8/3), y = 2,5,9 (mean 16/3), Sxy = 93/9, Sxx = 42/9,
	 * Syy = 222/9; column z misses row 4 only.
	 */
	{
		double		d2[] = {
			1, 2, 1,
			2, NAN, 2,
			3, 5, 9,
			4, 9, NAN
		};
		double		c2[9];

		CHECK(sm_correlation(d2, 4, 3, c2, &err));
		CHECK_NEAR(c2[1], 93.0 / sqrt(42.0 * 222.0), 1e-14);
		/* x, z over rows 1..3: x = 1,2,3; z = 1,2,9: Sxz = 8, Sxx = 2, Szz = 38 */
		CHECK_NEAR(c2[2], 8.0 / sqrt(2.0 * 38.0), 1e-14);
		/* y, z over rows 1, 3: two points, a perfect line */
		CHECK_NEAR(c2[5], 1.0, 1e-15);
		CHECK(c2[7] == c2[5]);
	}
	/* all-missing and single-value columns: 0 off the diagonal */
	{
		double		d3[] = {
			1, NAN, 7,
			2, NAN, NAN,
			3, NAN, NAN
		};
		double		c3[9];

		CHECK(sm_correlation(d3, 3, 3, c3, &err));
		CHECK(c3[1] == 0.0 && c3[2] == 0.0 && c3[5] == 0.0 && c3[4] == 1.0);
	}
	/* constancy is exact even when the mean does not round back */
	{
		double		d4[] = {0.1, 1, 0.1, 2, 0.1, 4};
		double		c4[4];

		CHECK(sm_correlation(d4, 3, 2, c4, &err) && c4[1] == 0.0);
	}
	/* huge magnitudes: no overflow, same coefficient */
	{
		double		d5[8];
		double		c5[4];

		for (int i = 0; i < 4; i++)
		{
			d5[2 * i] = data[4 * i] * 1e300;
			d5[2 * i + 1] = data[4 * i + 1] * -1e-300;
		}
		CHECK(sm_correlation(d5, 4, 2, c5, &err));
		CHECK_NEAR(c5[1], -rxy, 1e-14);
	}
	/* bad input */
	{
		double		d6[] = {1, 2, 3, 4, INFINITY, 6};
		double		c6[4];

		sm_error_clear(&err);
		CHECK(!sm_correlation(d6, 3, 2, c6, &err) && err.code == SM_EINVAL &&
			  strcmp(err.path, "[2,0]") == 0);
		sm_error_clear(&err);
		CHECK(!sm_correlation(d6, 0, 2, c6, &err) && err.code == SM_EINVAL);
		sm_error_clear(&err);
		CHECK(!sm_correlation(d6, 3, 0, c6, &err) && err.code == SM_EINVAL);
		sm_error_clear(&err);
		CHECK(!sm_correlation(d6, 3, SM_COPULA_MAX_DIM + 1, c6, &err) &&
			  err.code == SM_ELIMIT);
		sm_error_clear(&err);
		CHECK(!sm_correlation(NULL, 3, 2, c6, &err) && err.code == SM_EINVAL);
		sm_error_clear(&err);
		CHECK(!sm_correlation(d6, SIZE_MAX / 2, 4, c6, &err) &&
			  err.code == SM_ELIMIT);
	}
}

static void
test_nearest(void)
{
	/* det = 0.19 - 0.729 + 0.071 = -0.468 < 0: indefinite */
	double		A[9] = {1, .9, .1, .9, 1, .9, .1, .9, 1};
	double		X[9],
				N[9],
				w[3];
	double		min_eig = 1e-6;
	double		neg = 0.0;
	int			iters = -1;
	sm_error	err;

	eigenvalues(A, 3, w);
	CHECK(w[0] < 0.0);
	for (int k = 0; k < 3; k++)
		if (w[k] < 0.0)
			neg += w[k] * w[k];
	memcpy(X, A, sizeof(A));
	sm_error_clear(&err);
	CHECK(sm_nearest_correlation_ex(X, 3, min_eig, SM_NCM_MAX_ITER, SM_NCM_TOL,
									&iters, &err));
	CHECK(iters > 0 && iters < SM_NCM_MAX_ITER);
	CHECK(is_valid_corr(X, 3, min_eig));

	/*
	 * Distance bounds: the feasible set lies inside the PSD cone, so the
	 * result is no nearer than the nearest PSD matrix (sqrt of the sum of
	 * the squared negative eigenvalues); and it is the nearest feasible
	 * point, so no farther than the naive clip-and-rescale repair, which is
	 * feasible (up to O(min_eig)).
	 */
	clip_rescale(A, 3, min_eig, N);
	CHECK(frobenius_dist(X, A, 3) >= sqrt(neg) - 1e-9);
	CHECK(frobenius_dist(X, A, 3) <= frobenius_dist(N, A, 3) + 1e-6);
	/* and here strictly better than the naive repair */
	CHECK(frobenius_dist(X, A, 3) < frobenius_dist(N, A, 3) - 1e-3);
	{
		double		L[9];

		CHECK(sm_cholesky(X, 3, L, &err));
	}

	/*
	 * Higham (2002), section 4: the nearest correlation matrix to
	 * [1 1 0; 1 1 1; 0 1 1] has off-diagonals 0.7607, 0.1573, 0.7607.
	 */
	{
		double		H[9] = {1, 1, 0, 1, 1, 1, 0, 1, 1};

		CHECK(sm_nearest_correlation(H, 3, 1e-8, &err));
		CHECK_NEAR(H[1], 0.7607, 1e-4);
		CHECK_NEAR(H[2], 0.1573, 1e-4);
		CHECK_NEAR(H[5], 0.7607, 1e-4);
		CHECK(is_valid_corr(H, 3, 1e-8));
	}

	/* already valid: returned bit for bit, no iteration */
	{
		double		P[9] = {1, .6, -.3, .6, 1, .2, -.3, .2, 1};
		double		P0[9];

		memcpy(P0, P, sizeof(P));
		CHECK(sm_nearest_correlation_ex(P, 3, min_eig, 10, 1e-8, &iters, &err));
		CHECK(iters == 0 && memcmp(P, P0, sizeof(P)) == 0);
	}
	/* asymmetric input is symmetrised */
	{
		double		S[4] = {1, .5, .3, 1};

		CHECK(sm_nearest_correlation(S, 2, min_eig, &err));
		CHECK(S[1] == S[2] && fabs(S[1] - 0.4) < 1e-15);
	}
	/* a large floor is honoured */
	{
		memcpy(X, A, sizeof(A));
		CHECK(sm_nearest_correlation(X, 3, 0.3, &err));
		CHECK(is_valid_corr(X, 3, 0.3));
	}
	/* no iteration at all: the clip-and-rescale fallback is still valid */
	{
		memcpy(X, A, sizeof(A));
		CHECK(sm_nearest_correlation_ex(X, 3, min_eig, 0, 1e-8, &iters, &err));
		CHECK(iters == 0 && is_valid_corr(X, 3, min_eig));
	}
	/* a random symmetric matrix with unit diagonal, badly indefinite */
	{
		int			d = 40;
		double	   *R = malloc(sizeof(double) * d * d);
		double	   *R0 = malloc(sizeof(double) * d * d);
		double	   *Nv = malloc(sizeof(double) * d * d);
		double	   *wr = malloc(sizeof(double) * d);
		sm_rng		r;

		sm_rng_init(&r, 11, 0, 0);
		for (int i = 0; i < d; i++)
		{
			R[i * d + i] = 1.0;
			for (int j = 0; j < i; j++)
				R[i * d + j] = R[j * d + i] = 2.0 * sm_rng_uniform(&r) - 1.0;
		}
		memcpy(R0, R, sizeof(double) * d * d);
		eigenvalues(R, d, wr);
		CHECK(wr[0] < -1.0);
		/* cut short after 2 iterations: valid, but farther away */
		memcpy(Nv, R0, sizeof(double) * d * d);
		CHECK(sm_nearest_correlation_ex(Nv, d, min_eig, 2, 1e-9, &iters, &err) &&
			  iters == 2 && is_valid_corr(Nv, d, min_eig));
		CHECK(sm_nearest_correlation_ex(R, d, min_eig, 1000, 1e-9, &iters, &err));
		CHECK(iters > 2 && iters < 1000 && is_valid_corr(R, d, min_eig));
		CHECK(frobenius_dist(R, R0, d) < frobenius_dist(Nv, R0, d));
		clip_rescale(R0, d, min_eig, Nv);
		CHECK(frobenius_dist(R, R0, d) < frobenius_dist(Nv, R0, d));
		free(R);
		free(R0);
		free(Nv);
		free(wr);
	}
	/* entries with a magnitude above 1 (a bad estimate) are repaired too */
	{
		double		B[4] = {1, 1.2, 1.2, 1};

		CHECK(sm_nearest_correlation(B, 2, min_eig, &err));
		CHECK(is_valid_corr(B, 2, min_eig) && B[1] < 1.0 && B[1] > 0.99);
	}
	/* d = 1 */
	{
		double		one = 0.5;

		CHECK(sm_nearest_correlation(&one, 1, min_eig, &err) && one == 1.0);
	}
	/* bad input */
	{
		double		Bad[9] = {1, .2, .3, .2, 1, NAN, .3, .4, 1};

		sm_error_clear(&err);
		CHECK(!sm_nearest_correlation(Bad, 3, min_eig, &err) &&
			  err.code == SM_EINVAL && strcmp(err.path, "[1,2]") == 0);
		Bad[5] = .4;
		Bad[6] = -INFINITY;
		sm_error_clear(&err);
		CHECK(!sm_nearest_correlation(Bad, 3, min_eig, &err) &&
			  err.code == SM_EINVAL && strcmp(err.path, "[2,0]") == 0);
		Bad[6] = .3;
		sm_error_clear(&err);
		CHECK(!sm_nearest_correlation(Bad, 0, min_eig, &err) && err.code == SM_EINVAL);
		sm_error_clear(&err);
		CHECK(!sm_nearest_correlation(Bad, SM_COPULA_MAX_DIM + 1, min_eig, &err) &&
			  err.code == SM_ELIMIT);
		sm_error_clear(&err);
		CHECK(!sm_nearest_correlation(Bad, 3, 0.0, &err) && err.code == SM_EINVAL);
		sm_error_clear(&err);
		CHECK(!sm_nearest_correlation(Bad, 3, 1.0, &err) && err.code == SM_EINVAL);
		sm_error_clear(&err);
		CHECK(!sm_nearest_correlation(Bad, 3, NAN, &err) && err.code == SM_EINVAL);
		sm_error_clear(&err);
		CHECK(!sm_nearest_correlation(NULL, 3, min_eig, &err) && err.code == SM_EINVAL);
	}
}

static void
test_cholesky(void)
{
	double		C[4] = {4, 2, 2, 3},
				L[4];
	double		T[9] = {1, .6, -.3, .6, 1, .2, -.3, .2, 1},
				L3[9];
	sm_error	err;

	sm_error_clear(&err);
	CHECK(sm_cholesky(C, 2, L, &err));
	CHECK_NEAR(L[0], 2.0, 1e-15);
	CHECK(L[1] == 0.0);
	CHECK_NEAR(L[2], 1.0, 1e-15);
	CHECK_NEAR(L[3], sqrt(2.0), 1e-15);

	CHECK(sm_cholesky(T, 3, L3, &err));
	{
		double		worst = 0.0;

		for (int i = 0; i < 3; i++)
			for (int j = 0; j < 3; j++)
			{
				double		s = 0.0;

				for (int k = 0; k < 3; k++)
					s += L3[i * 3 + k] * L3[j * 3 + k];
				worst = fmax(worst, fabs(s - T[i * 3 + j]));
			}
		CHECK(worst < 1e-15);
		CHECK(L3[1] == 0.0 && L3[2] == 0.0 && L3[5] == 0.0);
		CHECK(L3[0] > 0 && L3[4] > 0 && L3[8] > 0);
	}
	/* in place */
	{
		double		M[4] = {4, 2, 2, 3};

		CHECK(sm_cholesky(M, 2, M, &err) && M[0] == L[0] && M[3] == L[3] &&
			  M[1] == 0.0);
	}
	/* not positive definite */
	{
		double		A[9] = {1, .9, .1, .9, 1, .9, .1, .9, 1};

		sm_error_clear(&err);
		CHECK(!sm_cholesky(A, 3, L3, &err) && err.code == SM_EDATA &&
			  strstr(err.detail, "order 3") != NULL);
	}
	/* NaN in the lower triangle */
	{
		double		A[4] = {1, 0, NAN, 1};

		sm_error_clear(&err);
		CHECK(!sm_cholesky(A, 2, L, &err) && err.code == SM_EINVAL &&
			  strcmp(err.path, "[1,0]") == 0);
		sm_error_clear(&err);
		CHECK(!sm_cholesky(A, 0, L, &err) && err.code == SM_EINVAL);
		sm_error_clear(&err);
		CHECK(!sm_cholesky(A, 1601, L, &err) && err.code == SM_ELIMIT);
	}
}

static void
test_sampling(void)
{
	double		T[9] = {1, .6, -.3, .6, 1, .2, -.3, .2, 1},
				L[9];
	double		Lm[4] = {2, 0, 1, 3},
				e[2] = {1, 2},
				z[3];
	sm_rng		r;
	int			n = 100000;
	double	   *zs = malloc(sizeof(double) * 3 * n);
	double		C[9];
	sm_error	err;

	/* z = L e by hand */
	sm_copula_apply(Lm, 2, e, z);
	CHECK(z[0] == 2.0 && z[1] == 7.0);
	sm_copula_apply(Lm, 2, e, e);
	CHECK(e[0] == 2.0 && e[1] == 7.0);

	sm_error_clear(&err);
	CHECK(sm_cholesky(T, 3, L, &err));
	sm_rng_init(&r, 2024, 1, 0);
	for (int i = 0; i < n; i++)
		sm_copula_sample(L, 3, &r, zs + 3 * i);
	CHECK(sm_correlation(zs, n, 3, C, &err));
	{
		double		worst = 0.0,
					var = 0.0;

		for (int k = 0; k < 9; k++)
			worst = fmax(worst, fabs(C[k] - T[k]));
		CHECK(worst < 0.02);
		for (int i = 0; i < n; i++)
			var += zs[3 * i + 2] * zs[3 * i + 2];
		CHECK_NEAR(var / n, 1.0, 0.02);
	}
	/* determinism: the same stream gives the same draw */
	{
		double		a[3],
					b[3];

		sm_rng_init(&r, 5, 6, 7);
		sm_copula_sample(L, 3, &r, a);
		sm_rng_init(&r, 5, 6, 7);
		sm_copula_sample(L, 3, &r, b);
		CHECK(memcmp(a, b, sizeof(a)) == 0);
	}

	/*
	 * The whole fit on monotone transforms of the sample (exp, cube,
	 * negation): ranks do not see the transforms, so the copula
	 * correlation is recovered.  Van der Waerden scores are asymptotically
	 * efficient, the bias at n = 100k is far below the tolerance.
	 */
	{
		double		Cf[9],
					Lf[9];

		for (int i = 0; i < n; i++)
		{
			zs[3 * i] = exp(zs[3 * i]);
			zs[3 * i + 1] = pow(zs[3 * i + 1], 3.0);
			zs[3 * i + 2] = -zs[3 * i + 2];
			if (i % 10 == 0)
				zs[3 * i + 1] = NAN;
		}
		CHECK(sm_copula_fit(zs, n, 3, SM_COPULA_MIN_EIG, Cf, Lf, &err));
		CHECK_NEAR(Cf[1], 0.6, 0.02);
		CHECK_NEAR(Cf[2], 0.3, 0.02);
		CHECK_NEAR(Cf[5], -0.2, 0.02);
		CHECK(Lf[0] == 1.0 && Lf[1] == 0.0);
	}
	free(zs);
}

static void
test_scores(void)
{
	double		x[] = {10, 20, 20, 30, NAN};
	double		z[5];

	CHECK(sm_normal_scores(x, 5, z));
	/* m = 4 values, ranks 1, 2.5, 2.5, 4 over m + 1 = 5 */
	CHECK_NEAR(z[0], -0.8416212335729143, 1e-14);
	CHECK(z[1] == 0.0 && z[2] == 0.0);
	CHECK_NEAR(z[3], 0.8416212335729143, 1e-14);
	CHECK(isnan(z[4]));
	CHECK(sm_normal_scores(x, 5, x) && x[1] == 0.0 && x[0] == z[0]);
	CHECK(sm_normal_scores(x, 0, z));
	CHECK(!sm_normal_scores(NULL, 3, z));
}

/*
 * Every allocation of the fit is made to fail in turn: each failure must be
 * reported as SM_ENOMEM and leave nothing allocated.
 */
static void
test_out_of_memory(void)
{
	double		data[40];
	double		C[16],
				L[16];
	int			failures = 0,
				bad = 0;

	for (int i = 0; i < 10; i++)
	{
		data[4 * i] = i;
		data[4 * i + 1] = (i * 7) % 10;
		data[4 * i + 2] = (i % 3 == 0) ? NAN : (double) (i * i);
		data[4 * i + 3] = 10 - i + ((i * 3) % 4);
	}
	sm_set_allocator(&test_allocator);
	for (long budget = 0; budget < 100; budget++)
	{
		sm_error	err;
		bool		ok;

		sm_error_clear(&err);
		alloc_budget = budget;
		ok = sm_copula_fit(data, 10, 4, SM_COPULA_MIN_EIG, C, L, &err);
		alloc_budget = -1;
		if (live_blocks != 0)
			bad++;
		if (ok)
			break;
		failures++;
		if (err.code != SM_ENOMEM)
			bad++;
	}
	CHECK(failures > 3);
	CHECK(bad == 0);
	/* and the repair alone, from an indefinite start */
	failures = bad = 0;
	for (long budget = 0; budget < 100; budget++)
	{
		double		A[9] = {1, .9, .1, .9, 1, .9, .1, .9, 1};
		sm_error	err;
		bool		ok;

		sm_error_clear(&err);
		alloc_budget = budget;
		ok = sm_nearest_correlation(A, 3, SM_COPULA_MIN_EIG, &err);
		alloc_budget = -1;
		if (live_blocks != 0)
			bad++;
		if (ok)
			break;
		failures++;
		if (err.code != SM_ENOMEM)
			bad++;
	}
	CHECK(failures > 3);
	CHECK(bad == 0);
}

int
main(void)
{
	test_correlation();
	test_nearest();
	test_cholesky();
	test_sampling();
	test_scores();
	test_out_of_memory();
	return unit_done();
}
