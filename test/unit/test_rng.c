/* Unit tests of src/core/rng.c. */
#include <stdlib.h>

#include "rng.h"
#include "unit.h"

int
main(void)
{
	sm_rng		r;
	double		sum = 0,
				sum2 = 0;
	int			n = 200000;

	/* determinism: same key and counter, same value */
	CHECK(sm_rng_at(42, 7) == sm_rng_at(42, 7));
	CHECK(sm_rng_at(42, 7) != sm_rng_at(42, 8));
	sm_rng_init(&r, 1, 2, 3);
	for (int i = 0; i < n; i++)
	{
		double		u = sm_rng_uniform(&r);

		if (u <= 0.0 || u >= 1.0)
			sum = NAN;
		sum += u;
		sum2 += u * u;
	}
	CHECK_NEAR(sum / n, 0.5, 0.005);
	CHECK_NEAR(sum2 / n - (sum / n) * (sum / n), 1.0 / 12, 0.002);

	/* normal deviates: mean 0, variance 1 */
	sum = sum2 = 0;
	for (int i = 0; i < n; i++)
	{
		double		z = sm_rng_normal(&r);

		sum += z;
		sum2 += z * z;
	}
	CHECK_NEAR(sum / n, 0.0, 0.01);
	CHECK_NEAR(sum2 / n, 1.0, 0.02);

	/* bounded integers stay in range and hit every value */
	{
		int			hits[7] = {0};
		int			bad = 0;

		for (int i = 0; i < 70000; i++)
		{
			uint64_t	v = sm_rng_below(&r, 7);

			if (v >= 7)
				bad++;
			else
				hits[v]++;
		}
		CHECK(bad == 0);
		for (int k = 0; k < 7; k++)
			CHECK(hits[k] > 9000 && hits[k] < 11000);
	}

	/* permutations are bijections for awkward sizes */
	{
		uint64_t	sizes[] = {1, 2, 3, 17, 1000, 65537};

		for (size_t s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++)
		{
			sm_perm		p;
			uint64_t	N = sizes[s];
			unsigned char *seen = calloc(N, 1);
			int			ok = 1;

			sm_perm_init(&p, N, 99);
			for (uint64_t i = 0; i < N; i++)
			{
				uint64_t	v = sm_perm_apply(&p, i);

				if (v >= N || seen[v])
					ok = 0;
				else
					seen[v] = 1;
			}
			free(seen);
			CHECK(ok);
		}
	}
	/* huge domain: apply works without enumerating */
	{
		sm_perm		p;

		sm_perm_init(&p, UINT64_C(1) << 62, 5);
		CHECK(sm_perm_apply(&p, 12345) < (UINT64_C(1) << 62));
		CHECK(sm_perm_apply(&p, 12345) != sm_perm_apply(&p, 12346));
	}
	return unit_done();
}
