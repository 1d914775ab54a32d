/*
 * rng.c
 *	  Bounded integers, normal deviates and seeded permutations.
 */
#include "rng.h"

#include <math.h>

/* Lemire's multiply-shift with rejection: exact uniformity on [0, n). */
uint64_t
sm_rng_below(sm_rng *r, uint64_t n)
{
	unsigned	__int128 m;
	uint64_t	lo;

	if (n <= 1)
		return 0;
	m = (unsigned __int128) sm_rng_next(r) * n;
	lo = (uint64_t) m;
	if (lo < n)
	{
		uint64_t	t = (0 - n) % n;

		while (lo < t)
		{
			m = (unsigned __int128) sm_rng_next(r) * n;
			lo = (uint64_t) m;
		}
	}
	return (uint64_t) (m >> 64);
}

/* A standard normal draw (Box-Muller on two uniforms). */
double
sm_rng_normal(sm_rng *r)
{
	double		u1 = sm_rng_uniform(r);
	double		u2 = sm_rng_uniform(r);

	return sqrt(-2.0 * log(u1)) * cos(2.0 * M_PI * u2);
}

/* Prepare the seeded bijection on [0, n) (cycle-walking Feistel network). */
void
sm_perm_init(sm_perm *p, uint64_t n, uint64_t seed)
{
	int			bits = 1;

	p->n = n;
	/* smallest even bit width 2h with 2^(2h) >= n */
	while (bits < 64 && (UINT64_C(1) << bits) < n)
		bits++;
	if (bits % 2)
		bits++;
	p->half_bits = bits / 2;
	p->half_mask = (p->half_bits >= 64) ? UINT64_MAX :
		((UINT64_C(1) << p->half_bits) - 1);
	for (int k = 0; k < 4; k++)
		p->keys[k] = sm_hash2(seed, (uint64_t) k + 1);
}

/* One pass of a 4-round balanced Feistel network on 2*half_bits bits. */
static uint64_t
feistel(const sm_perm *p, uint64_t x)
{
	uint64_t	l = (x >> p->half_bits) & p->half_mask;
	uint64_t	r = x & p->half_mask;

	for (int k = 0; k < 4; k++)
	{
		uint64_t	f = sm_mix64(r ^ p->keys[k]) & p->half_mask;
		uint64_t	t = l ^ f;

		l = r;
		r = t;
	}
	return (l << p->half_bits) | r;
}

/*
 * Cycle walking: re-encrypt until the value falls inside [0, n).  The
 * domain is at most 4n (rounded to an even bit width), so the expected
 * number of passes is below 4; the walk always ends because the Feistel
 * network is a permutation of the larger domain.
 */
uint64_t
sm_perm_apply(const sm_perm *p, uint64_t i)
{
	uint64_t	x = i;

	if (p->n <= 1)
		return 0;
	do
		x = feistel(p, x);
	while (x >= p->n);
	return x;
}
