/*
 * relation.c
 *	  Multi-table generation: parent slots, picks within a group and the
 *	  level sizes of a hierarchy (see relation.h).  The orchestration
 *	  (which tables, in which order, the joins) is SQL in
 *	  sql/src/generate/schema.sql; the glue is src/generate/relation.c.
 */
#include <math.h>
#include <stdlib.h>

#include "relation.h"
#include "rng.h"

/* Child j's slot: a seeded permutation of [0, nslots) at j mod nslots. */
uint64_t
sm_rel_slot(uint64_t j, uint64_t nslots, uint64_t seed)
{
	sm_perm		p;

	if (nslots <= 1)
		return 0;
	sm_perm_init(&p, nslots, seed);
	return sm_perm_apply(&p, j % nslots);
}

/* The k-th element of the permutation of [0, n) of (seed, group). */
uint64_t
sm_rel_pick(uint64_t group, uint64_t k, uint64_t n, uint64_t seed)
{
	sm_perm		p;

	if (n <= 1)
		return 0;
	sm_perm_init(&p, n, sm_hash2(seed, group));
	return sm_perm_apply(&p, k % n);
}

/* Level sizes in proportion to frac[], summing to n (largest remainders). */
bool
sm_rel_level_counts(const double *frac, int nlevels, uint64_t n, uint64_t *counts)
{
	double		total = 0;
	uint64_t	given = 0;

	if (nlevels < 1)
		return false;
	for (int d = 0; d < nlevels; d++)
	{
		if (!isfinite(frac[d]) || frac[d] < 0)
			return false;
		total += frac[d];
	}
	if (!(total > 0))
		return false;
	for (int d = 0; d < nlevels; d++)
	{
		counts[d] = (uint64_t) floor((double) n * (frac[d] / total));
		given += counts[d];
	}
	/* the rows left by the floors go to the largest remainders, in order */
	while (given < n)
	{
		int			best = 0;
		double		best_rem = -1;

		for (int d = 0; d < nlevels; d++)
		{
			double		rem = (double) n * (frac[d] / total) - (double) counts[d];

			if (rem > best_rem)
			{
				best_rem = rem;
				best = d;
			}
		}
		counts[best]++;
		given++;
	}
	/* floors of rounded quotients could overshoot: give back from the end */
	for (int d = nlevels - 1; given > n && d >= 0; d--)
		while (given > n && counts[d] > 0)
		{
			counts[d]--;
			given--;
		}
	/* a hierarchy needs a root: take it from the largest level */
	if (n > 0 && counts[0] == 0)
	{
		int			largest = 0;

		for (int d = 1; d < nlevels; d++)
			if (counts[d] > counts[largest])
				largest = d;
		counts[largest]--;
		counts[0]++;
	}
	return true;
}
