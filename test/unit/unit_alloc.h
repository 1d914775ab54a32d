/*
 * unit_alloc.h
 *	  An allocator for out-of-memory tests of the pure-C core: it fails
 *	  once alloc_budget allocations (malloc or realloc) have been served,
 *	  and counts calls, failures and live blocks so a test can check that
 *	  every failure is reported and nothing leaks.
 *
 * Include after the core header that declares sm_allocator.
 */
#ifndef SM_UNIT_ALLOC_H
#define SM_UNIT_ALLOC_H

#include <stdlib.h>

static long alloc_budget = -1;	/* allocations left before failing; -1: never */
static long alloc_calls = 0;	/* malloc and realloc calls seen */
static long alloc_failures = 0; /* of which refused */
static long live_blocks = 0;	/* blocks handed out and not yet freed */

/* One more allocation against the budget; false when it is spent. */
static inline bool
unit_alloc_take(void)
{
	alloc_calls++;
	if (alloc_budget == 0)
	{
		alloc_failures++;
		return false;
	}
	if (alloc_budget > 0)
		alloc_budget--;
	return true;
}

/* malloc within the budget. */
static inline void *
test_alloc(size_t size)
{
	void	   *p;

	if (!unit_alloc_take())
		return NULL;
	p = malloc(size ? size : 1);
	if (p)
		live_blocks++;
	return p;
}

/* realloc within the budget; realloc(NULL, n) is a new block. */
static inline void *
test_realloc(void *ptr, size_t size)
{
	void	   *p;

	if (!unit_alloc_take())
		return NULL;
	p = realloc(ptr, size ? size : 1);
	if (p && ptr == NULL)
		live_blocks++;
	return p;
}

/* free, counted. */
static inline void
test_free(void *ptr)
{
	if (ptr)
		live_blocks--;
	free(ptr);
}

static const sm_allocator test_allocator
			__attribute__((unused)) = {test_alloc, test_realloc, test_free};

#endif
