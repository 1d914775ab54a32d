/*
 * relation.h
 *	  Multi-table generation: how child rows find their parents.
 *
 * Pure functions of (seed, index), like the row generator: child row j of a
 * run always gets the same parent, so a table can be regenerated alone and
 * still match its parents.  The SQL layer (sql/src/generate/schema.sql)
 * expands each parent into as many "slots" as the children it was given and
 * asks these functions which slot, or which parent, a child takes.
 */
#ifndef SM_RELATION_H
#define SM_RELATION_H

#include <stdbool.h>
#include <stdint.h>

/*
 * The slot of child j among nslots slots (nslots > 0): a seeded bijection
 * of [0, nslots) applied to j mod nslots, so that the first nslots children
 * take every slot exactly once, the next nslots again, and so on.
 */
extern uint64_t sm_rel_slot(uint64_t j, uint64_t nslots, uint64_t seed);

/*
 * Pick k of a group: the k-th element (k < n) of a seeded permutation of
 * [0, n) that depends on (seed, group).  Distinct k of one group give
 * distinct results: the picks of a junction's group never repeat a parent.
 */
extern uint64_t sm_rel_pick(uint64_t group, uint64_t k, uint64_t n, uint64_t seed);

/*
 * Split n rows into nlevels levels in the proportions frac[] (non-negative,
 * not all zero): counts[] sum to n exactly (largest remainders), and level 0
 * gets at least one row when n > 0.  Returns false for bad proportions.
 */
extern bool sm_rel_level_counts(const double *frac, int nlevels, uint64_t n,
								uint64_t *counts);

#endif							/* SM_RELATION_H */
