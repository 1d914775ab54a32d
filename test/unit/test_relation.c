/* Unit tests of src/core/generate/relation.c (multi-table generation). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "relation.h"
#include "unit.h"

int
main(void)
{
	/* slots: the first nslots children take every slot exactly once */
	{
		uint64_t	n = 1000;
		int		   *seen = calloc(n, sizeof(int));
		bool		all_once = true;

		for (uint64_t j = 0; j < n; j++)
		{
			uint64_t	s = sm_rel_slot(j, n, 42);

			if (s >= n)
				all_once = false;
			else
				seen[s]++;
		}
		for (uint64_t s = 0; s < n; s++)
			if (seen[s] != 1)
				all_once = false;
		CHECK(all_once);
		/* the next round again, and a pure function of (j, n, seed) */
		CHECK(sm_rel_slot(1000 + 17, n, 42) == sm_rel_slot(17, n, 42));
		CHECK(sm_rel_slot(17, n, 42) == sm_rel_slot(17, n, 42));
		CHECK(sm_rel_slot(17, n, 42) != sm_rel_slot(17, n, 43) ||
			  sm_rel_slot(18, n, 42) != sm_rel_slot(18, n, 43));
		free(seen);
	}
	/* one slot: always 0 */
	CHECK(sm_rel_slot(123456789, 1, 9) == 0);

	/* picks: distinct within a group, different between groups */
	{
		uint64_t	n = 50;
		bool		distinct = true;
		int			same = 0;

		for (uint64_t g = 0; g < 20; g++)
		{
			int			seen[50] = {0};

			for (uint64_t k = 0; k < n; k++)
			{
				uint64_t	p = sm_rel_pick(g, k, n, 7);

				if (p >= n || seen[p]++)
					distinct = false;
			}
			if (sm_rel_pick(g, 0, n, 7) == sm_rel_pick(g + 1, 0, n, 7))
				same++;
		}
		CHECK(distinct);
		CHECK(same < 5);
	}

	/* level sizes: exact sum, proportions, a root */
	{
		double		frac[3] = {0.125, 0.25, 0.625};
		uint64_t	c[3];

		CHECK(sm_rel_level_counts(frac, 3, 8, c));
		CHECK(c[0] == 1 && c[1] == 2 && c[2] == 5);
		CHECK(sm_rel_level_counts(frac, 3, 80, c));
		CHECK(c[0] == 10 && c[1] == 20 && c[2] == 50);
		CHECK(sm_rel_level_counts(frac, 3, 7, c));
		CHECK(c[0] + c[1] + c[2] == 7 && c[0] >= 1);
	}
	{
		/* a root even when the proportions give none */
		double		frac[2] = {0.001, 0.999};
		uint64_t	c[2];

		CHECK(sm_rel_level_counts(frac, 2, 10, c));
		CHECK(c[0] == 1 && c[1] == 9);
		CHECK(sm_rel_level_counts(frac, 2, 0, c));
		CHECK(c[0] == 0 && c[1] == 0);
	}
	{
		/* bad proportions are refused */
		double		neg[2] = {-1, 2};
		double		zero[2] = {0, 0};
		double		nan2[2] = {NAN, 1};
		uint64_t	c[2];

		CHECK(!sm_rel_level_counts(neg, 2, 10, c));
		CHECK(!sm_rel_level_counts(zero, 2, 10, c));
		CHECK(!sm_rel_level_counts(nan2, 2, 10, c));
		CHECK(!sm_rel_level_counts(neg, 0, 10, c));
	}
	{
		/* many levels, a large n: the sum is exact */
		double		frac[1000];
		uint64_t	c[1000];
		uint64_t	sum = 0;

		for (int d = 0; d < 1000; d++)
			frac[d] = 1.0 / (d + 1);
		CHECK(sm_rel_level_counts(frac, 1000, UINT64_C(1000000000007), c));
		for (int d = 0; d < 1000; d++)
			sum += c[d];
		CHECK(sum == UINT64_C(1000000000007));
	}
	return unit_done();
}
