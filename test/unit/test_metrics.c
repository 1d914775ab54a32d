/* Unit tests of src/core/metrics.c: quality and privacy scores, worked by hand. */
#include <stdlib.h>

#include "metrics.h"
#include "unit.h"
#include "unit_alloc.h"

#define EPS 1e-12

static void
test_codebook(void)
{
	sm_codebook *cb = sm_codebook_create();
	bool		ok = true;

	CHECK(cb != NULL);
	CHECK(sm_codebook_code(cb, 0) == 0);
	CHECK(sm_codebook_code(cb, 42) == 1);
	CHECK(sm_codebook_code(cb, 0) == 0);
	CHECK(sm_codebook_size(cb) == 2);
	/* growth keeps every code */
	for (uint64_t k = 1000; k < 11000; k++)
		ok = ok && sm_codebook_code(cb, k * 7919) == (int64_t) (k - 1000 + 2);
	CHECK(ok);
	ok = true;
	for (uint64_t k = 1000; k < 11000; k++)
		ok = ok && sm_codebook_code(cb, k * 7919) == (int64_t) (k - 1000 + 2);
	CHECK(ok);
	CHECK(sm_codebook_size(cb) == 10002);
	CHECK(sm_codebook_code(cb, 42) == 1);
	sm_codebook_free(cb);
	CHECK(sm_codebook_code(NULL, 1) == -1);
}

static void
test_shapes(void)
{
	sm_error	err;
	double		s;

	sm_error_clear(&err);

	/* KS: after 2 the real CDF is 1/2, the synthetic 0: D = 1/2 */
	{
		double		r[] = {1, 2, NAN, 3, 4};
		double		y[] = {6, 5, 4, 3};

		CHECK(sm_metric_ks(r, 5, y, 4, &s, &err));
		CHECK_NEAR(s, 0.5, EPS);
		CHECK(r[0] == 1 && isnan(r[2]) && y[0] == 6);	/* inputs untouched */
		CHECK(sm_metric_ks(r, 5, r, 5, &s, &err));
		CHECK(s == 1.0);
	}
	/* KS: {1,2,3} vs {1,1,1}: F_b(1) = 1, F_a(1) = 1/3: D = 2/3 */
	{
		double		r[] = {1, 2, 3};
		double		y[] = {1, 1, 1};

		CHECK(sm_metric_ks(r, 3, y, 3, &s, &err));
		CHECK_NEAR(s, 1.0 / 3.0, EPS);
	}
	/* KS: a side without values is undefined */
	{
		double		r[] = {1, 2};
		double		y[] = {NAN, NAN};

		CHECK(sm_metric_ks(r, 2, y, 2, &s, &err));
		CHECK(isnan(s));
		CHECK(sm_metric_ks(r, 2, y, 0, &s, &err));
		CHECK(isnan(s));
	}
	/* TV: p = (1/2, 1/4, 1/4), q = (1/3, 2/3, 0): TV = (1/6 + 5/12 + 1/4)/2 = 5/12 */
	{
		double		r[] = {0, 0, 1, 2};
		double		y[] = {0, 1, 1, NAN};

		CHECK(sm_metric_tv(r, 4, y, 4, 3, &s, &err));
		CHECK_NEAR(s, 7.0 / 12.0, EPS);
		CHECK(sm_metric_tv(r, 4, r, 4, 3, &s, &err));
		CHECK(s == 1.0);
		/* disjoint categories */
		{
			double		z[] = {3, 3};

			CHECK(sm_metric_tv(r, 4, z, 2, 4, &s, &err));
			CHECK(s == 0.0);
		}
		/* out-of-range codes are refused */
		sm_error_clear(&err);
		CHECK(!sm_metric_tv(r, 4, y, 4, 2, &s, &err));
		CHECK(err.code == SM_EINVAL);
	}
	/* TV: all NULL */
	{
		double		r[] = {NAN};

		CHECK(sm_metric_tv(r, 1, r, 1, 0, &s, &err));
		CHECK(isnan(s));
	}
}

static void
test_pairs(void)
{
	sm_error	err;
	double		s,
				rr,
				rs;

	sm_error_clear(&err);

	/* Pearson: +1 on the real side, -1 on the synthetic: 1 - 2/2 = 0 */
	{
		double		rx[] = {1, 2, 3, NAN};
		double		ry[] = {2, 4, 6, 8};
		double		sx[] = {1, 2, 3};
		double		sy[] = {3, 2, 1};

		sm_metric_correlation(rx, ry, 4, sx, sy, 3, &s, &rr, &rs);
		CHECK_NEAR(rr, 1.0, EPS);
		CHECK_NEAR(rs, -1.0, EPS);
		CHECK_NEAR(s, 0.0, EPS);
		/* constant side: undefined */
		sm_metric_correlation(rx, ry, 4, sx, (double[]) {1, 1, 1}, 3, &s, &rr, &rs);
		CHECK(isnan(s) && isnan(rs));
	}
	/* Binning over the real range [0, 10]: width 1, values beyond clamp, NULL last */
	{
		double		r[] = {0, 10, 5, NAN, 4.999};
		double		y[] = {-3, 12, 9.99, 1};
		int32_t		cr[5],
					cy[4];
		int			k;

		CHECK(sm_pair_codes(SM_MK_NUMERICAL, 0, r, 5, cr, y, 4, cy, &k, &err));
		CHECK(k == 11);
		CHECK(cr[0] == 0 && cr[1] == 9 && cr[2] == 5 && cr[3] == 10 && cr[4] == 4);
		CHECK(cy[0] == 0 && cy[1] == 9 && cy[2] == 9 && cy[3] == 1);
	}
	/* A constant real column is widened to [v - 0.5, v + 0.5] as NumPy does */
	{
		double		r[] = {3, 3};
		double		y[] = {3, 3.26, 2.0};
		int32_t		cr[2],
					cy[3];
		int			k;

		CHECK(sm_pair_codes(SM_MK_DATETIME, 0, r, 2, cr, y, 3, cy, &k, &err));
		CHECK(cr[0] == 5 && cr[1] == 5);
		CHECK(cy[0] == 5 && cy[1] == 7 && cy[2] == 0);
	}
	/* Categorical codes: NULL gets its own cell */
	{
		double		r[] = {0, 1, NAN};
		double		y[] = {2, NAN};
		int32_t		cr[3],
					cy[2];
		int			k;

		CHECK(sm_pair_codes(SM_MK_CATEGORICAL, 3, r, 3, cr, y, 2, cy, &k, &err));
		CHECK(k == 4);
		CHECK(cr[0] == 0 && cr[1] == 1 && cr[2] == 3 && cy[0] == 2 && cy[1] == 3);
		CHECK(!sm_pair_codes(SM_MK_CATEGORICAL, 2, r, 3, cr, y, 2, cy, &k, &err));
	}
	/*
	 * Contingency: real (0,0) (0,1) (1,1) (1,1): p = 1/4, 1/4, 0, 1/2;
	 * synthetic (0,0) (0,0) (1,0) (1,1): q = 1/2, 0, 1/4, 1/4.
	 * sum |p - q| = 1/4 + 1/4 + 1/4 + 1/4 = 1: score 1/2.
	 */
	{
		int32_t		ra[] = {0, 0, 1, 1},
					rb[] = {0, 1, 1, 1},
					sa[] = {0, 0, 1, 1},
					sb[] = {0, 0, 0, 1};

		CHECK(sm_metric_contingency(ra, rb, 4, sa, sb, 4, 2, 2, &s, &err));
		CHECK_NEAR(s, 0.5, EPS);
		CHECK(sm_metric_contingency(ra, rb, 4, ra, rb, 4, 2, 2, &s, &err));
		CHECK(s == 1.0);
		CHECK(!sm_metric_contingency(ra, rb, 4, sa, sb, 4, 1, 2, &s, &err));
		CHECK(sm_metric_contingency(ra, rb, 0, sa, sb, 4, 2, 2, &s, &err));
		CHECK(isnan(s));
	}
	/* The sparse path (many categories) gives the same as the dense one */
	{
		enum
		{
			N = 3000
		};
		int32_t    *ra = malloc(N * sizeof(int32_t)),
				   *rb = malloc(N * sizeof(int32_t)),
				   *sa = malloc(N * sizeof(int32_t)),
				   *sb = malloc(N * sizeof(int32_t));
		double		dense,
					sparse;

		for (int i = 0; i < N; i++)
		{
			ra[i] = i % 7;
			rb[i] = (i * 3) % 11;
			sa[i] = (i * 5) % 7;
			sb[i] = i % 11;
		}
		CHECK(sm_metric_contingency(ra, rb, N, sa, sb, N, 7, 11, &dense, &err));
		/* same data, declared with many more (empty) categories */
		CHECK(sm_metric_contingency(ra, rb, N, sa, sb, N, 7000, 11000, &sparse, &err));
		CHECK_NEAR(dense, sparse, 1e-12);
		CHECK(dense > 0.0 && dense < 1.0);
		free(ra);
		free(rb);
		free(sa);
		free(sb);
	}
}

static void
test_dcr(void)
{
	sm_error	err;
	double		out[4];

	sm_error_clear(&err);

	/* SDMetrics' example: real 0, 10, 3, 4, 1 (range 10); synthetic 5 -> 1/10 */
	{
		double		ref[] = {0, 10, 3, 4, 1};
		double		q[] = {5, 0, 20, NAN};
		sm_mkind	k[] = {SM_MK_NUMERICAL};
		double		range[] = {10};

		CHECK(sm_dcr(q, 4, ref, 5, 1, k, range, out, &err));
		CHECK_NEAR(out[0], 0.1, EPS);
		CHECK(out[1] == 0.0);
		CHECK(out[2] == 1.0);	/* capped at 1 */
		CHECK(out[3] == 1.0);	/* NULL against values */
	}
	/*
	 * Two columns: number (range 4) and category.  Query (1, A):
	 * to (0, B): (1/4 + 1)/2 = 0.625; to (3, A): (2/4 + 0)/2 = 0.25 -> 0.25.
	 * Query (NULL, B): to (0, B) (1 + 0)/2 = 0.5; to (4, NULL) 1 -> 0.5.
	 */
	{
		double		ref[] = {0, 1, 3, 0, 4, NAN};
		double		q[] = {1, 0, NAN, 1};
		sm_mkind	k[] = {SM_MK_NUMERICAL, SM_MK_CATEGORICAL};
		double		range[] = {4, NAN};

		CHECK(sm_dcr(q, 2, ref, 3, 2, k, range, out, &err));
		CHECK_NEAR(out[0], 0.25, EPS);
		CHECK_NEAR(out[1], 0.5, EPS);
	}
	/* Zero range: equal is 0, different is 1 */
	{
		double		ref[] = {7, 7};
		double		q[] = {7, 8};
		sm_mkind	k[] = {SM_MK_DATETIME};
		double		range[] = {0};

		CHECK(sm_dcr(q, 2, ref, 2, 1, k, range, out, &err));
		CHECK(out[0] == 0.0 && out[1] == 1.0);
	}
	{
		double		x[] = {1};
		sm_mkind	k[] = {SM_MK_NUMERICAL};
		double		range[] = {1};

		CHECK(!sm_dcr(x, 1, x, 0, 1, k, range, out, &err));
		CHECK(err.code == SM_EINVAL);
		CHECK(!sm_dcr(x, 1, x, 1, 0, k, range, out, &err));
	}
}

static void
test_new_rows(void)
{
	sm_error	err;
	size_t		matched,
				exact;
	sm_mkind	k[] = {SM_MK_NUMERICAL, SM_MK_CATEGORICAL};
	double		real[] = {1.0, 0, 100, 1, NAN, 0};
	/*
	 * (1.005, 0): |1 - 1.005| = 0.005 <= 0.01005: match, not exact
	 * (1.0, 0): exact; (102, 1): 2 > 1.02: new; (101, 1): 1 <= 1.01: match
	 * (NULL, 0): exact; (NULL, 1): new; (1.0, 1): category differs: new
	 */
	double		synth[] = {1.005, 0, 1.0, 0, 102, 1, 101, 1, NAN, 0, NAN, 1, 1.0, 1};

	sm_error_clear(&err);

	CHECK(sm_new_rows(real, 3, synth, 7, 2, k, 0.01, &matched, &exact, NULL, &err));
	CHECK(matched == 4);
	CHECK(exact == 2);
	{
		bool		flags[7];

		CHECK(sm_new_rows(real, 3, synth, 7, 2, k, 0.01, &matched, &exact, flags, &err));
		CHECK(!flags[0] && flags[1] && !flags[2] && !flags[3] && flags[4] && !flags[5] && !flags[6]);
	}
	/* tolerance 0: only identical rows match */
	CHECK(sm_new_rows(real, 3, synth, 7, 2, k, 0.0, &matched, &exact, NULL, &err));
	CHECK(matched == 2 && exact == 2);
	/* a table against itself */
	CHECK(sm_new_rows(real, 3, real, 3, 2, k, 0.01, &matched, &exact, NULL, &err));
	CHECK(matched == 3 && exact == 3);
	/* datetimes are compared exactly */
	{
		sm_mkind	kd[] = {SM_MK_DATETIME};
		double		r[] = {1000000};
		double		s[] = {1000001, 1000000};

		CHECK(sm_new_rows(r, 1, s, 2, 1, kd, 0.01, &matched, &exact, NULL, &err));
		CHECK(matched == 1 && exact == 1);
	}
	/* zero matches zero only */
	{
		sm_mkind	kn[] = {SM_MK_NUMERICAL};
		double		r[] = {0, -0.0};
		double		s[] = {0, 1e-300};

		CHECK(sm_new_rows(r, 2, s, 2, 1, kn, 0.01, &matched, &exact, NULL, &err));
		CHECK(matched == 1 && exact == 1);
	}
	/* many rows with one numerical column: the window search finds them all */
	{
		enum
		{
			N = 5000
		};
		double	   *r = malloc(N * sizeof(double));
		double	   *s = malloc(N * sizeof(double));
		sm_mkind	kn[] = {SM_MK_NUMERICAL};

		for (int i = 0; i < N; i++)
		{
			r[i] = (double) ((i * 7919) % N) * 10.0;
			s[i] = (i % 2) ? r[i] * 1.009 : r[i] + 5.0;	/* odd rows match (1% of r) */
		}
		CHECK(sm_new_rows(r, N, s, N, 1, kn, 0.01, &matched, &exact, NULL, &err));
		/* odd rows match; even rows are 5 off a multiple of 10: new unless 5 <= 0.01 * (r + 5) */
		{
			size_t		expect = 0;

			for (int i = 0; i < N; i++)
				if (i % 2 || 5.0 <= 0.01 * (r[i] + 5.0))
					expect++;
			CHECK(matched == expect);
		}
		free(r);
		free(s);
	}
	CHECK(!sm_new_rows(real, 3, synth, 7, 0, k, 0.01, &matched, &exact, NULL, &err));
	CHECK(!sm_new_rows(real, 3, synth, 7, 2, k, NAN, &matched, &exact, NULL, &err));
}

static void
test_random_rows(void)
{
	sm_error	err;
	enum
	{
		N = 4000
	};
	/* columns: integer 3..7, float 0..1 with 1 NULL in 4, category {2, 5} */
	double		real[] = {3, 0.0, 2, 7, NAN, 5, 5, 1.0, 5, 4, 0.5, NAN};
	sm_mkind	k[] = {SM_MK_NUMERICAL, SM_MK_NUMERICAL, SM_MK_CATEGORICAL};
	bool		integer[] = {true, false, false};
	double	   *out = malloc(N * 3 * sizeof(double));
	double	   *again = malloc(N * 3 * sizeof(double));
	bool		ints_ok = true,
				floats_ok = true,
				cats_ok = true;
	int			seen[8] = {0},
				nulls1 = 0,
				nulls2 = 0,
				cat2 = 0;

	sm_error_clear(&err);

	CHECK(sm_random_rows(real, 4, 3, k, integer, 42, N, out, &err));
	for (int i = 0; i < N; i++)
	{
		double		a = out[i * 3],
					b = out[i * 3 + 1],
					c = out[i * 3 + 2];

		if (isnan(a))
			ints_ok = false;
		else if (a < 3 || a > 7 || a != floor(a))
			ints_ok = false;
		else
			seen[(int) a]++;
		if (isnan(b))
			nulls1++;
		else if (b < 0 || b > 1)
			floats_ok = false;
		if (isnan(c))
			nulls2++;
		else if (c != 2 && c != 5)
			cats_ok = false;
		else if (c == 2)
			cat2++;
	}
	CHECK(ints_ok);
	CHECK(seen[3] > 0 && seen[7] > 0);
	CHECK(floats_ok);
	CHECK(cats_ok);
	/* NULL rate 1/4: 1000 expected, sd ~27 */
	CHECK(nulls1 > 850 && nulls1 < 1150);
	CHECK(nulls2 > 850 && nulls2 < 1150);
	/* categories uniformly: 2 and 5 each half of the non-NULL draws */
	CHECK(cat2 > (N - nulls2) * 0.45 && cat2 < (N - nulls2) * 0.55);
	CHECK(sm_random_rows(real, 4, 3, k, integer, 42, N, again, &err));
	CHECK(memcmp(out, again, N * 3 * sizeof(double)) == 0);
	CHECK(sm_random_rows(real, 4, 3, k, integer, 43, N, again, &err));
	CHECK(memcmp(out, again, N * 3 * sizeof(double)) != 0);
	free(out);
	free(again);
}

static void
test_median(void)
{
	double		x[] = {3, 1, NAN, 2, 10};
	double		y[] = {5, NAN, 1};
	double		z[] = {NAN};

	CHECK(sm_median(x, 5) == 2.5);
	CHECK(sm_median(y, 3) == 3.0);
	CHECK(isnan(sm_median(z, 1)));
}

/* Every allocating entry point fails cleanly at every allocation. */
static void
test_oom(void)
{
	double		r[] = {1, 2, 3, 4},
				y[] = {2, 3, 4, 5};
	int32_t		a[] = {0, 1, 0, 1},
				b[] = {1, 1, 0, 0};
	double		s;
	size_t		m,
				e;
	double		out[8];
	sm_mkind	k[] = {SM_MK_NUMERICAL};
	bool		all_ok = true;

	for (long budget = 0; budget < 8; budget++)
	{
		sm_error	err;
		bool		ok;

		sm_error_clear(&err);
		alloc_budget = budget;
		ok = sm_metric_ks(r, 4, y, 4, &s, &err);
		alloc_budget = budget;
		ok = sm_metric_tv((double[]) {0, 1}, 2, (double[]) {1, 1}, 2, 2, &s, &err) && ok;
		alloc_budget = budget;
		ok = sm_metric_contingency(a, b, 4, b, a, 4, 2, 2, &s, &err) && ok;
		alloc_budget = budget;
		ok = sm_new_rows(r, 4, y, 4, 1, k, 0.01, &m, &e, NULL, &err) && ok;
		alloc_budget = budget;
		ok = sm_random_rows(r, 4, 1, k, NULL, 1, 8, out, &err) && ok;
		alloc_budget = budget;
		ok = sm_dcr(r, 4, y, 4, 1, k, (double[]) {3}, out, &err) && ok;
		alloc_budget = budget;
		{
			sm_codebook *cb = sm_codebook_create();

			if (cb)
			{
				for (uint64_t i = 0; i < 100; i++)
					if (sm_codebook_code(cb, i) < 0)
						break;
				sm_codebook_free(cb);
			}
		}
		alloc_budget = -1;
		if (!ok && err.code != SM_ENOMEM)
			all_ok = false;
	}
	CHECK(all_ok);
	CHECK(live_blocks == 0);
}

int
main(void)
{
	sm_set_allocator(&test_allocator);
	test_codebook();
	test_shapes();
	test_pairs();
	test_dcr();
	test_new_rows();
	test_random_rows();
	test_median();
	test_oom();
	CHECK(live_blocks == 0);
	return unit_done();
}
