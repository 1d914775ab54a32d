/*
 * stats.h
 *	  Normal distribution, quantiles, and the quality metrics of the
 *	  evaluation report (SDMetrics-compatible definitions).
 *
 * Conventions: NaN marks a missing value and is ignored (or skipped
 * pairwise); functions that return a double return NaN when the result is
 * undefined (no data, zero variance, invalid argument).  Functions that take
 * a non-const array sort or reorder it in place, as documented.
 */
#ifndef SM_STATS_H
#define SM_STATS_H

#include <stdbool.h>
#include <stddef.h>

#include "sm_common.h"

/* Standard normal density, CDF (erfc-based, ~1e-15 relative) and inverse. */
extern double sm_norm_pdf(double x);
extern double sm_norm_cdf(double x);

/*
 * Inverse standard normal CDF: Acklam's rational approximation refined by
 * one Halley step (relative error ~1e-15 over (0,1)); -inf at 0, +inf at 1,
 * NaN outside [0,1].
 */
extern double sm_norm_ppf(double p);

/*
 * Move the NaNs of x to its end and sort the rest ascending; returns the
 * number of non-NaN values (the sorted prefix).
 */
extern size_t sm_sort_values(double *x, size_t n);

/* Hyndman-Fan type 7 quantile of n >= 1 sorted values; NaN if undefined. */
extern double sm_quantile_sorted(const double *sorted, size_t n, double p);

/*
 * out[0..k] = quantiles at 0, 1/k, ..., 1 of the non-NaN values of x
 * (x is reordered by sm_sort_values).  False (out all NaN) when k < 1 or no
 * value is present.
 */
extern bool sm_quantiles(double *x, size_t n, int k, double *out);

/*
 * Two-sample Kolmogorov-Smirnov statistic D = sup |F_a - F_b|; NaN values
 * are ignored, a and b are reordered by sm_sort_values.  NaN if either
 * sample is empty.
 */
extern double sm_ks_statistic(double *a, size_t na, double *b, size_t nb);

/* The same on already sorted NaN-free samples. */
extern double sm_ks_statistic_sorted(const double *a, size_t na,
									 const double *b, size_t nb);

/* SDMetrics KSComplement: 1 - D. */
extern double sm_ks_complement(double *a, size_t na, double *b, size_t nb);

/*
 * SDMetrics TVComplement: 1 - 0.5 * sum |p_i - q_i| over k categories, the
 * inputs being counts or frequencies (each normalised to sum 1 here).  NaN if
 * k < 1, an entry is negative or not finite, or a side sums to zero.
 */
extern double sm_tv_complement(const double *freq_real, const double *freq_synth,
							   int k);

/* SDMetrics CorrelationSimilarity: 1 - |r_real - r_synth| / 2. */
extern double sm_correlation_similarity(double r_real, double r_synth);

/*
 * SDMetrics ContingencySimilarity: 1 - 0.5 * sum |p_ij - q_ij| over a
 * rows x cols table of counts (row-major), each normalised to sum 1.  NaN on
 * the same conditions as sm_tv_complement.
 */
extern double sm_contingency_similarity(const double *tab_real,
										const double *tab_synth,
										int rows, int cols);

/*
 * Equal-width bin index 0..bins-1 of each value on [lo, hi]; values outside
 * are clamped to the first / last bin, NaN gives -1, lo == hi puts every
 * non-NaN value in bin 0.  False when bins < 1, lo > hi or a bound is not
 * finite.
 */
extern bool sm_equal_width_bins(const double *x, size_t n, int bins,
								double lo, double hi, int *out);

/*
 * Pearson correlation over the pairs where both values are finite; NaN with
 * fewer than two pairs or a constant side.
 */
extern double sm_pearson(const double *x, const double *y, size_t n);

/*
 * Average ranks (1-based, ties get the mean of their positions) of the
 * non-NaN values; NaN stays NaN.  rank may alias x.  False when out of
 * memory.
 */
extern bool sm_ranks(const double *x, size_t n, double *rank);

/*
 * Spearman rank correlation over the pairs where both values are finite;
 * NaN when undefined (as sm_pearson) or out of memory.
 */
extern double sm_spearman(const double *x, const double *y, size_t n);

/*
 * One-sample Kolmogorov-Smirnov statistic of x against a continuous CDF
 * cdf(value, params); NaN values are ignored, x is reordered.  NaN if no
 * value is present.
 */
extern double sm_ks_one_sample(double *x, size_t n,
							   double (*cdf) (double, const void *),
							   const void *params);

/* The same on an already sorted NaN-free sample. */
extern double sm_ks_one_sample_sorted(const double *x, size_t n,
									  double (*cdf) (double, const void *),
									  const void *params);

#endif							/* SM_STATS_H */
