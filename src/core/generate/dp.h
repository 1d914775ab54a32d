/*
 * dp.h
 *	  Differentially private training: the noise mechanisms (Laplace,
 *	  Gaussian, noisy threshold) and a fitter that touches the training rows
 *	  only through them and writes a model in the ordinary format
 *	  (docs/model-format.md), with the spending recorded in its "dp" member.
 *
 * Neighbouring data sets differ by one row added or removed.  What is
 * released, and with which sensitivity (docs/privacy.md has the proofs in
 * words):
 *
 *	numeric column		a histogram over bins fixed by the definition's min
 *						and max (one bin per value of the grid when it has at
 *						most SM_DP_MAX_ATOMS values, else `bins` equal-width
 *						bins, then SM_DP_SUB_BINS sub-bins of each, each level
 *						with half the column's share; values outside are
 *						clamped) plus a NULL bin: L1 = L2 sensitivity 1
 *	bool, declared		a histogram over the public labels plus NULL: 1
 *	labels
 *	free text			SM_DP_THRESHOLD_SHARE of the column's share: the
 *						counts of the values seen, each released only when its
 *						noisy count passes the threshold 1 + b ln(1 / (2
 *						delta_t)) (Laplace, b = 1 / (0.9 eps_col)): a value
 *						held by one row appears with probability delta_t at
 *						most; the rest: the NULL / not NULL counts
 *						(sensitivity 1)
 *	correlation			the sums over rows of z_j z_k for every pair of
 *						copula columns, z = Phi^-1 of the value's mid-CDF
 *						under the released marginal, clipped to [-c, c] (NULL:
 *						0): one row moves each of the P sums by c^2 at most,
 *						L1 = P c^2, L2 = sqrt(P) c^2
 *
 * The budget: epsilon is split into corr_share * epsilon for the
 * correlation (when at least two columns can take part) and the rest
 * equally over the measured columns; delta equally over the releases that
 * need one (thresholds, and Gaussian releases).  Sequential composition:
 * the model is (epsilon, delta)-DP.  Columns whose model needs no data
 * (keys, uuids, patterns, constants) cost nothing.
 *
 * Noise comes from the counter-based generator of rng.h keyed by the
 * caller's seed: the glue must pass a seed from a strong random source.
 * (Floating-point Laplace noise is subject to the attacks of Mironov 2012;
 * the documentation says so.)
 */
#ifndef SM_DP_H
#define SM_DP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "rng.h"
#include "sm_common.h"

/* A grid of at most this many values is released value by value (atoms). */
#define SM_DP_MAX_ATOMS		256
/* Default and largest number of equal-width bins of other numeric columns. */
#define SM_DP_DEFAULT_BINS	32
#define SM_DP_MAX_BINS		4096
/* Default share of epsilon spent on the correlation matrix. */
#define SM_DP_CORR_SHARE	0.2
/* Clipping bound of the normal scores entering the correlation. */
#define SM_DP_CLIP			2.0
/* Share of a text column's epsilon spent on the noisy threshold. */
#define SM_DP_THRESHOLD_SHARE	0.9
/* Sub-bins of each coarse bin of the two-level numeric histogram. */
#define SM_DP_SUB_BINS		16
/* Largest epsilon accepted (beyond it DP means nothing anyway). */
#define SM_DP_MAX_EPSILON	1000.0

typedef enum sm_dp_mech
{
	SM_DP_LAPLACE,
	SM_DP_GAUSSIAN
} sm_dp_mech;

typedef struct sm_dp_params
{
	double		epsilon;		/* total, > 0 and finite */
	double		delta;			/* total, 0 (none) or in (0, 1) */
	sm_dp_mech	mech;			/* mechanism of histograms and correlation */
	int			bins;			/* equal-width bins, 0: SM_DP_DEFAULT_BINS */
	double		corr_share;		/* share of epsilon for the correlation, in
								 * [0, 1); negative: SM_DP_CORR_SHARE */
	uint64_t	seed;			/* key of the noise stream */
} sm_dp_params;

/* ---------------------------------------------------------------- mechanisms */

/* One draw of Laplace(0, b). */
extern double sm_dp_laplace(sm_rng *r, double b);

/* Laplace scale b = sensitivity / epsilon (L1 sensitivity). */
extern double sm_dp_laplace_scale(double sensitivity, double epsilon);

/*
 * Smallest sigma of the Gaussian mechanism that is (epsilon, delta)-DP for
 * an L2 sensitivity, by the analytic condition of Balle and Wang (2018):
 * Phi(D/(2s) - e s/D) - exp(e) Phi(-D/(2s) - e s/D) <= delta, solved by
 * bisection (valid for every epsilon, unlike the classic
 * sqrt(2 ln(1.25/delta)) D / epsilon, which it never exceeds for epsilon < 1).
 */
extern double sm_dp_gaussian_sigma(double sensitivity, double epsilon,
								   double delta);

/* The left side of that condition: the delta of sigma (for tests). */
extern double sm_dp_gaussian_delta(double sensitivity, double epsilon,
								   double sigma);

/*
 * Release threshold of counts noised with Laplace(b): a count of 1 passes
 * with probability delta: 1 + b ln(1 / (2 delta)).
 */
extern double sm_dp_threshold(double b, double delta);

/* Variance of a standard normal clipped to [-c, c] (scales the sums). */
extern double sm_dp_clipped_variance(double c);

/*
 * Sensitivity of the P correlation sums with scores clipped to c: L1
 * (Laplace) P c^2, L2 (Gaussian) sqrt(P) c^2.
 */
extern double sm_dp_corr_sensitivity(int pairs, double c, sm_dp_mech mech);

/*
 * Check epsilon and delta: SM_EINVAL with path "privacy.epsilon" or
 * "privacy.delta" and a hint; the Gaussian mechanism needs a delta.
 */
extern bool sm_dp_check_params(const sm_dp_params *p, sm_error *err);

/* ---------------------------------------------------------------- fitter */

typedef struct sm_dp_fitter sm_dp_fitter;

/*
 * A private fitter for ncols columns.  text_like[j] (may be NULL: all
 * true) says whether column j of type text may receive invented words
 * (false for types such as interval or inet that are carried as text).
 * SM_EINVAL (path: the column) for a measured numeric, date or timestamp
 * column without min and max, or for a free text column when delta is 0;
 * the hint says what to add.  cols (and its strings) must outlive the
 * fitter.
 */
extern sm_dp_fitter *sm_dp_fitter_new(const sm_colspec *cols, int ncols,
									  const bool *text_like,
									  const sm_dp_params *p, sm_error *err);

/* One training row (kinds as sm_fitter_add_row after the glue's casts). */
extern bool sm_dp_fitter_add_row(sm_dp_fitter *f, const sm_value *row,
								 sm_error *err);

/* Test hook: release the exact statistics (no noise; NOT private). */
extern void sm_dp_fitter_disable_noise(sm_dp_fitter *f);

/*
 * Compute the noisy statistics and append the model JSON to out, with a
 * "dp" member: epsilon, delta, mechanism and, per column and for the
 * correlation, the epsilon, delta, sensitivity and noise scale spent.
 */
extern bool sm_dp_fitter_finish(sm_dp_fitter *f, sm_buf *out, sm_error *err);
extern void sm_dp_fitter_free(sm_dp_fitter *f);

#endif							/* SM_DP_H */
