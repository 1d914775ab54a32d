/*
 * metrics.h
 *	  Quality and privacy scores of synthetic data against real data
 *	  (SDMetrics definitions): the per-column, per-pair and per-row work of
 *	  synthmig.quality() and synthmig.privacy().
 *
 * Data arrive as doubles.  NaN marks a missing value (SQL NULL).  Numerical
 * and datetime columns hold their values (datetimes as epoch seconds);
 * categorical columns hold dense category codes 0..k-1 (see sm_codebook),
 * shared by the real and the synthetic side so that equal codes mean equal
 * values.  The privacy functions take row-major matrices (row i, column c
 * at m[i * d + c]).
 */
#ifndef SM_METRICS_H
#define SM_METRICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sm_common.h"

/* How a column is compared. */
typedef enum sm_mkind
{
	SM_MK_NUMERICAL = 0,		/* values; NewRowSynthesis with a relative
								 * tolerance */
	SM_MK_DATETIME,				/* epoch seconds; compared exactly by
								 * NewRowSynthesis */
	SM_MK_CATEGORICAL			/* category codes; equal or not */
} sm_mkind;

/* Bins of numerical columns in ContingencySimilarity (SDMetrics default). */
#define SM_CONTINGENCY_BINS 10

/*
 * A codebook: 64-bit keys (hashes of category values) to dense codes
 * 0, 1, 2, ... in order of first appearance.
 */
typedef struct sm_codebook sm_codebook;

extern sm_codebook *sm_codebook_create(void);
extern void sm_codebook_free(sm_codebook *cb);

/* The code of key, added if new; -1 when out of memory. */
extern int64_t sm_codebook_code(sm_codebook *cb, uint64_t key);
extern size_t sm_codebook_size(const sm_codebook *cb);

/*
 * Column Shapes.  KSComplement of two numerical samples (NaN ignored; the
 * inputs are not modified).  *score is NaN when a side has no value.  False
 * only when out of memory.
 */
extern bool sm_metric_ks(const double *real, size_t nr,
						 const double *synth, size_t ns,
						 double *score, sm_error *err);

/*
 * TVComplement of two categorical samples with codes 0..k-1 (NaN ignored),
 * over the union of the categories.  *score is NaN when a side has no value.
 * False when out of memory or a code is outside 0..k-1.
 */
extern bool sm_metric_tv(const double *real, size_t nr,
						 const double *synth, size_t ns, int k,
						 double *score, sm_error *err);

/*
 * Column Pair Trends of two numerical columns: Pearson on the rows where
 * both are present, on each side, and CorrelationSimilarity
 * 1 - |r_real - r_synth| / 2.  NaN when a coefficient is undefined.
 */
extern void sm_metric_correlation(const double *real_x, const double *real_y, size_t nr,
								  const double *synth_x, const double *synth_y, size_t ns,
								  double *score, double *r_real, double *r_synth);

/*
 * Discrete codes of one column for ContingencySimilarity, on both sides.
 * Categorical: the code itself (0..ncat-1), NULL -> ncat; *k = ncat + 1.
 * Numerical/datetime: SM_CONTINGENCY_BINS equal-width bins over the real
 * values' [min, max] (NumPy's histogram edges: a constant column gets
 * [v - 0.5, v + 0.5]); values beyond the range fall in the first/last bin;
 * NULL -> SM_CONTINGENCY_BINS; *k = SM_CONTINGENCY_BINS + 1.
 * False when a categorical code is outside 0..ncat-1.
 */
extern bool sm_pair_codes(sm_mkind kind, int ncat,
						  const double *real, size_t nr, int32_t *code_real,
						  const double *synth, size_t ns, int32_t *code_synth,
						  int *k, sm_error *err);

/*
 * ContingencySimilarity of two discretised columns a (codes 0..ka-1) and b
 * (0..kb-1): 1 - 1/2 sum |p_ij - q_ij| over the joint frequency tables.
 * NaN when a side has no row.  False when out of memory or a code is out
 * of range.
 */
extern bool sm_metric_contingency(const int32_t *real_a, const int32_t *real_b, size_t nr,
								  const int32_t *synth_a, const int32_t *synth_b, size_t ns,
								  int ka, int kb, double *score, sm_error *err);

/* Smallest and largest non-NaN value of column c of a row-major matrix (NaN if none). */
extern void sm_matrix_minmax(const double *m, size_t n, int d, int c,
							 double *lo, double *hi);

/*
 * Distance to closest record (SDMetrics DCR): for each row of query, the
 * smallest distance to a row of ref, the distance between two rows being
 * the mean over the d columns of
 *   numerical/datetime: both NULL 0, one NULL 1; else |a - b| / range
 *     capped at 1, or (a != b) when the range is 0 or NaN;
 *   categorical: 0 if equal (NULL equals NULL), else 1.
 * range[c] is the real data's max - min of column c.  out has nq entries.
 */
extern bool sm_dcr(const double *query, size_t nq, const double *ref, size_t nref,
				   int d, const sm_mkind *kinds, const double *range,
				   double *out, sm_error *err);

/*
 * NewRowSynthesis: how many synthetic rows match some real row
 * (*matched) and how many are identical to one (*exact).  A cell matches
 * when both are NULL, or for numerical columns |r - s| <= |tol * s|, for
 * the others r == s.  Identical means every cell equal (NULL equals NULL).
 * exact_rows, when not NULL, receives one flag per synthetic row: identical
 * to a real row (its DCR is 0 whatever real rows the DCR searches).
 */
extern bool sm_new_rows(const double *real, size_t nr, const double *synth, size_t ns,
						int d, const sm_mkind *kinds, double tol,
						size_t *matched, size_t *exact, bool *exact_rows,
						sm_error *err);

/*
 * The random baseline of DCRBaselineProtection: n rows drawn column by
 * column, independently, from the real data's support: uniform on
 * [min, max] (uniform integers when integer[c]), categories uniformly among
 * those present in the real data; NULL with the real column's NULL rate.
 * Deterministic for a seed.  out is n x d, row-major.
 */
extern bool sm_random_rows(const double *real, size_t nr, int d,
						   const sm_mkind *kinds, const bool *integer,
						   uint64_t seed, size_t n, double *out, sm_error *err);

/* Median (the mean of the middle two for an even count) of the non-NaN values; x is reordered. */
extern double sm_median(double *x, size_t n);

#endif							/* SM_METRICS_H */
