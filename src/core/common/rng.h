/*
 * rng.h
 *	  Counter-based, seekable random numbers.
 *
 * A value is a pure function of (key, counter): no hidden state, so row i of
 * a generation run can be produced without producing rows 0..i-1, and the
 * same seed always yields the same rows.  The mixer is a two-round
 * SplitMix64/Murmur finaliser chain; it passes the statistical batteries that
 * matter for sampling and is far cheaper than a cryptographic generator.
 * (It is NOT suitable for secrets.)
 */
#ifndef SM_RNG_H
#define SM_RNG_H

#include <stdint.h>

/* A stream: key identifies (seed, model, row, column...), ctr advances. */
typedef struct sm_rng
{
	uint64_t	key;
	uint64_t	ctr;
} sm_rng;

/* Strong 64-bit mixing function (bijective). */
static inline uint64_t
sm_mix64(uint64_t z)
{
	z += UINT64_C(0x9e3779b97f4a7c15);
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

/* Combine two 64-bit values into one key (order matters). */
static inline uint64_t
sm_hash2(uint64_t a, uint64_t b)
{
	return sm_mix64(a ^ sm_mix64(b + UINT64_C(0x632be59bd9b4e019)));
}

/* The counter-th value of stream key. */
static inline uint64_t
sm_rng_at(uint64_t key, uint64_t counter)
{
	return sm_mix64(sm_mix64(counter ^ key) + key);
}

/* Start a stream for (seed, a, b), e.g. (seed, row, column). */
static inline void
sm_rng_init(sm_rng *r, uint64_t seed, uint64_t a, uint64_t b)
{
	r->key = sm_hash2(sm_hash2(seed, a), b);
	r->ctr = 0;
}

static inline uint64_t
sm_rng_next(sm_rng *r)
{
	return sm_rng_at(r->key, r->ctr++);
}

/* Uniform double in the open interval (0, 1): never 0, never 1. */
static inline double
sm_rng_uniform(sm_rng *r)
{
	return ((double) (sm_rng_next(r) >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

/* Uniform integer in [0, n) without modulo bias (n > 0). */
extern uint64_t sm_rng_below(sm_rng *r, uint64_t n);

/* Standard normal deviate (Box-Muller on two uniforms; one is discarded). */
extern double sm_rng_normal(sm_rng *r);

/*
 * A seeded bijection on [0, n): the basis of "unique by construction".
 * sm_perm_init picks the round keys; sm_perm_apply maps i to a distinct
 * value for every i < n (cycle-walking Feistel network).
 */
typedef struct sm_perm
{
	uint64_t	n;
	int			half_bits;
	uint64_t	half_mask;
	uint64_t	keys[4];
} sm_perm;

extern void sm_perm_init(sm_perm *p, uint64_t n, uint64_t seed);
extern uint64_t sm_perm_apply(const sm_perm *p, uint64_t i);

#endif							/* SM_RNG_H */
