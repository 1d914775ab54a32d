/*
 * dp.c
 *	  Differentially private training: noise mechanisms and the private
 *	  fitter (see dp.h for what is released and with which sensitivity).
 *
 * The fitter keeps the training rows (one double per value, or a copy of
 * the text), then in sm_dp_fitter_finish releases, column by column, a
 * noisy histogram; derives the column model from the released numbers
 * alone (post-processing); computes the clipped normal scores of every row
 * under the released marginals and releases the noisy correlation sums,
 * repaired to a positive-definite matrix by sm_nearest_correlation.
 *
 * Not here: the ordinary fitter (model_fit.c), the model reader
 * (model_json.c), which reads what is written here like any model.
 */
#include "dp.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "copula.h"
#include "json.h"
#include "stats.h"

/* ------------------------------------------------------------------------
 * Mechanisms
 * ------------------------------------------------------------------------ */

/* One draw of Laplace(0, b) by inversion of a uniform in (0, 1). */
double
sm_dp_laplace(sm_rng *r, double b)
{
	double		u = sm_rng_uniform(r) - 0.5;

	if (u < 0)
		return b * log1p(2.0 * u);
	return -b * log1p(-2.0 * u);
}

/* b = sensitivity / epsilon. */
double
sm_dp_laplace_scale(double sensitivity, double epsilon)
{
	return sensitivity / epsilon;
}

/* Phi(x) * exp(e) without overflow: exp(e + log Phi(x)), 0 on underflow. */
static double
exp_times_cdf(double e, double x)
{
	double		p = sm_norm_cdf(x);

	if (p <= 0.0)
		return 0.0;
	return exp(e + log(p));
}

/* The delta of the Gaussian mechanism with sigma (Balle and Wang 2018). */
double
sm_dp_gaussian_delta(double sensitivity, double epsilon, double sigma)
{
	double		a = sensitivity / (2.0 * sigma);
	double		b = epsilon * sigma / sensitivity;

	return sm_norm_cdf(a - b) - exp_times_cdf(epsilon, -a - b);
}

/* Smallest sigma whose delta is at most delta, by bisection. */
double
sm_dp_gaussian_sigma(double sensitivity, double epsilon, double delta)
{
	double		lo = 0.0,
				hi = sensitivity;

	while (sm_dp_gaussian_delta(sensitivity, epsilon, hi) > delta && hi < 1e12 * sensitivity)
		hi *= 2.0;
	for (int it = 0; it < 200; it++)
	{
		double		mid = 0.5 * (lo + hi);

		if (mid <= 0.0 || sm_dp_gaussian_delta(sensitivity, epsilon, mid) > delta)
			lo = mid;
		else
			hi = mid;
		if (hi - lo <= 1e-12 * hi)
			break;
	}
	return hi;
}

/* 1 + b ln(1 / (2 delta)): P(1 + Laplace(b) > t) = delta. */
double
sm_dp_threshold(double b, double delta)
{
	return 1.0 + b * log(1.0 / (2.0 * delta));
}

/* E[clip(Z, -c, c)^2] = 2 Phi(c) - 1 - 2 c phi(c) + 2 c^2 (1 - Phi(c)). */
double
sm_dp_clipped_variance(double c)
{
	return 2.0 * sm_norm_cdf(c) - 1.0 - 2.0 * c * sm_norm_pdf(c) +
		2.0 * c * c * (1.0 - sm_norm_cdf(c));
}

/* P c^2 (L1) or sqrt(P) c^2 (L2). */
double
sm_dp_corr_sensitivity(int pairs, double c, sm_dp_mech mech)
{
	return (mech == SM_DP_LAPLACE ? (double) pairs : sqrt((double) pairs)) * c * c;
}

/* Validate epsilon, delta, bins and the correlation share. */
bool
sm_dp_check_params(const sm_dp_params *p, sm_error *err)
{
	if (!isfinite(p->epsilon) || !(p->epsilon > 0.0) || p->epsilon > SM_DP_MAX_EPSILON)
	{
		sm_error_set(err, SM_EINVAL, "privacy.epsilon",
					 "epsilon must be a finite number in (0, %g], got %g",
					 SM_DP_MAX_EPSILON, p->epsilon);
		sm_error_hint(err, "typical values are 0.1 (strong) to 10 (weak)");
		return false;
	}
	if (!isfinite(p->delta) || p->delta < 0.0 || p->delta >= 1.0)
	{
		sm_error_set(err, SM_EINVAL, "privacy.delta",
					 "delta must lie in (0, 1), got %g", p->delta);
		sm_error_hint(err, "delta should be much smaller than 1 / rows, e.g. 1e-6");
		return false;
	}
	if (p->mech == SM_DP_GAUSSIAN && p->delta == 0.0)
	{
		sm_error_set(err, SM_EINVAL, "privacy.delta",
					 "the Gaussian mechanism needs a delta");
		sm_error_hint(err, "add \"delta\": 1e-6 to \"privacy\", or use \"mechanism\": \"laplace\"");
		return false;
	}
	if (p->bins < 0 || p->bins > SM_DP_MAX_BINS)
	{
		sm_error_set(err, SM_EINVAL, "privacy.bins",
					 "bins must lie between 1 and %d, got %d", SM_DP_MAX_BINS, p->bins);
		return false;
	}
	if (!(p->corr_share < 1.0) || isnan(p->corr_share))
	{
		sm_error_set(err, SM_EINVAL, "privacy.correlation_share",
					 "correlation_share must lie in [0, 1), got %g", p->corr_share);
		return false;
	}
	return true;
}

/* ------------------------------------------------------------------------
 * Fitter
 * ------------------------------------------------------------------------ */

typedef enum dpc_role
{
	DPC_FREE,					/* model from the definition alone */
	DPC_NUM,					/* numeric histogram */
	DPC_LABELS,					/* histogram over public labels */
	DPC_TEXT					/* noisy threshold over the values seen */
} dpc_role;

typedef struct dp_col
{
	const sm_colspec *spec;
	dpc_role	role;
	bool		text_like;
	/* numeric: the grid */
	bool		atoms;			/* one bin per grid value */
	int			nbins;
	double		lo,
				hi,
				unit;
	/* the released marginal (weights in generation order) */
	int			nw;
	double	   *w;
	char	  **labels;			/* DPC_TEXT: released values */
	size_t	   *lens;
	double		wnull;
	double		other_w;		/* DPC_TEXT */
	int		   *grp_rel;		/* DPC_TEXT: group -> released index, -1 */
	/* rows: value, label index, or group id (DPC_TEXT after grouping) */
	double	   *x;
	char	  **s;
	size_t	   *slen;
	/* spending */
	double		eps,
				delta,
				scale,
				scale2,			/* text: totals; bins: the fine level */
				threshold;
	int			coarse;			/* two-level bins: coarse bins (0: one level) */
	bool		in_copula;
	bool		all_null;		/* nothing to generate: NULL only */
} dp_col;

struct sm_dp_fitter
{
	sm_dp_params p;
	int			ncols;
	dp_col	   *cols;
	size_t		nrows,
				cap;
	bool		noise;
	sm_rng		rng;
	double		eps_marg,
				eps_corr;
	int			nmeasured;
	int			ndelta;			/* releases sharing delta */
};

/* Whether the column's model needs no data under DP. */
static bool
is_free(const sm_colspec *c)
{
	if (c->type == SM_COL_UUID)
		return true;
	if (c->unique && c->type != SM_COL_BOOL)
		return true;
	if (c->model_kind && (strcmp(c->model_kind, "sequence") == 0 ||
						  strcmp(c->model_kind, "uuid") == 0))
		return true;
	if (c->model_kind && strcmp(c->model_kind, "pattern") == 0 && c->pattern)
		return true;
	return false;
}

/* The grid unit of a numeric column: 1, or 10^-scale; 0 for none. */
static double
grid_unit(const sm_colspec *c)
{
	if (c->type == SM_COL_INT || c->type == SM_COL_DATE)
		return 1.0;
	if (c->type == SM_COL_NUMERIC && c->scale >= 0 && c->scale <= 15)
		return pow(10.0, -c->scale);
	return 0.0;
}

/* Decide each column's role and grid; errors name the column. */
static bool
plan_column(sm_dp_fitter *f, dp_col *dc, sm_error *err)
{
	const sm_colspec *c = dc->spec;

	if (is_free(c))
	{
		dc->role = DPC_FREE;
		if (c->unique && c->type != SM_COL_INT && c->type != SM_COL_TEXT &&
			c->type != SM_COL_UUID && c->type != SM_COL_DATE)
		{
			sm_error_set(err, SM_EUNSUPPORTED, c->name,
						 "unique column \"%s\" has no differentially private model", c->name);
			sm_error_hint(err, "make it an integer, date, text or uuid key, or drop its uniqueness");
			return false;
		}
		if (c->unique && c->type == SM_COL_DATE && !(c->has_min && c->has_max))
		{
			sm_error_set(err, SM_EINVAL, c->name,
						 "differential privacy needs bounds for column \"%s\"", c->name);
			sm_error_hint(err, "add \"min\" and \"max\" to column \"%s\" of the definition", c->name);
			return false;
		}
		return true;
	}
	switch (c->type)
	{
		case SM_COL_INT:
		case SM_COL_FLOAT:
		case SM_COL_NUMERIC:
		case SM_COL_DATE:
		case SM_COL_TIMESTAMP:
			{
				double		unit = grid_unit(c);

				if (!(c->has_min && c->has_max))
				{
					sm_error_set(err, SM_EINVAL, c->name,
								 "differential privacy needs bounds for column \"%s\"", c->name);
					sm_error_detail(err, "the histogram's bins come from the definition, never from the data");
					sm_error_hint(err, "add public \"min\" and \"max\" to column \"%s\" of the definition", c->name);
					return false;
				}
				dc->role = DPC_NUM;
				dc->lo = c->min;
				dc->hi = c->max;
				dc->unit = unit;
				if (unit > 0 && (dc->hi - dc->lo) / unit + 1.0 <= SM_DP_MAX_ATOMS)
				{
					dc->atoms = true;
					dc->nbins = (int) floor((dc->hi - dc->lo) / unit + 1e-9) + 1;
				}
				else
				{
					dc->nbins = f->p.bins > 0 ? f->p.bins : SM_DP_DEFAULT_BINS;
					if (unit > 0 && (dc->hi - dc->lo) / unit < dc->nbins)
						dc->nbins = (int) ((dc->hi - dc->lo) / unit) + 1;
				}
				if (dc->nbins < 1)
					dc->nbins = 1;
				return true;
			}
		case SM_COL_BOOL:
			dc->role = DPC_LABELS;
			dc->nbins = 2;
			return true;
		case SM_COL_TEXT:
			if (c->nlabels > 0)
			{
				dc->role = DPC_LABELS;
				dc->nbins = (int) c->nlabels;
				return true;
			}
			dc->role = DPC_TEXT;
			if (f->p.delta <= 0.0)
			{
				sm_error_set(err, SM_EINVAL, c->name,
							 "differential privacy on text column \"%s\" needs a delta", c->name);
				sm_error_detail(err, "the values seen in the data are released through a noisy threshold, which is (epsilon, delta)-DP");
				sm_error_hint(err, "add \"delta\" (e.g. 1e-6) to \"privacy\", or declare the column's \"values\"");
				return false;
			}
			return true;
		case SM_COL_UUID:
			dc->role = DPC_FREE;
			return true;
	}
	return true;
}

/* Create the fitter; the budget split is decided here. */
sm_dp_fitter *
sm_dp_fitter_new(const sm_colspec *cols, int ncols, const bool *text_like,
				 const sm_dp_params *p, sm_error *err)
{
	sm_dp_fitter *f;

	if (!sm_dp_check_params(p, err))
		return NULL;
	if (ncols < 1 || ncols > SM_MODEL_MAX_COLUMNS)
	{
		sm_error_set(err, SM_ELIMIT, NULL, "a model has 1 to %d columns, not %d",
					 SM_MODEL_MAX_COLUMNS, ncols);
		return NULL;
	}
	f = sm_calloc(1, sizeof(*f));
	if (f == NULL || (f->cols = sm_calloc((size_t) ncols, sizeof(dp_col))) == NULL)
	{
		sm_free(f);
		sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	f->p = *p;
	if (f->p.corr_share < 0)
		f->p.corr_share = SM_DP_CORR_SHARE;
	f->ncols = ncols;
	f->noise = true;
	sm_rng_init(&f->rng, p->seed, UINT64_C(0x6470), 0);
	for (int j = 0; j < ncols; j++)
	{
		dp_col	   *dc = &f->cols[j];

		dc->spec = &cols[j];
		dc->text_like = text_like ? text_like[j] : true;
		if (!plan_column(f, dc, err))
		{
			sm_dp_fitter_free(f);
			return NULL;
		}
		if (dc->role != DPC_FREE)
		{
			f->nmeasured++;
			if (dc->role == DPC_TEXT || p->mech == SM_DP_GAUSSIAN)
				f->ndelta++;
		}
	}
	f->eps_corr = f->nmeasured >= 2 ? f->p.epsilon * f->p.corr_share : 0.0;
	f->eps_marg = f->p.epsilon - f->eps_corr;
	if (f->eps_corr > 0 && p->mech == SM_DP_GAUSSIAN)
		f->ndelta++;
	return f;
}

/* Test hook: no noise at all. */
void
sm_dp_fitter_disable_noise(sm_dp_fitter *f)
{
	f->noise = false;
}

/* Grow the row arrays to hold one more row. */
static bool
grow(sm_dp_fitter *f)
{
	size_t		cap = f->cap ? f->cap * 2 : 1024;

	if (cap > SIZE_MAX / (2 * sizeof(double)))
		return false;

	for (int j = 0; j < f->ncols; j++)
	{
		dp_col	   *dc = &f->cols[j];

		if (dc->role == DPC_FREE)
			continue;
		if (dc->role == DPC_TEXT)
		{
			char	  **s = sm_realloc(dc->s, cap * sizeof(char *));

			if (s == NULL)
				return false;
			dc->s = s;
			{
				size_t	   *l = sm_realloc(dc->slen, cap * sizeof(size_t));

				if (l == NULL)
					return false;
				dc->slen = l;
			}
		}
		else
		{
			double	   *x = sm_realloc(dc->x, cap * sizeof(double));

			if (x == NULL)
				return false;
			dc->x = x;
		}
	}
	f->cap = cap;
	return true;
}

/* A value as a number of the column's domain; false for NULL or a kind that is not numeric. */
static bool
value_number(const sm_value *v, double *out)
{
	switch (v->kind)
	{
		case SM_V_INT:
		case SM_V_BOOL:
		case SM_V_DATE:
		case SM_V_TIMESTAMP:
			*out = (double) v->i;
			return true;
		case SM_V_FLOAT:
		case SM_V_NUMERIC:
			*out = v->f;
			return isfinite(v->f);
		default:
			return false;
	}
}

/* Store one row. */
bool
sm_dp_fitter_add_row(sm_dp_fitter *f, const sm_value *row, sm_error *err)
{
	size_t		i = f->nrows;

	if (i == f->cap && !grow(f))
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory"), false;
	for (int j = 0; j < f->ncols; j++)
	{
		dp_col	   *dc = &f->cols[j];
		const sm_value *v = &row[j];
		double		d;

		switch (dc->role)
		{
			case DPC_FREE:
				break;
			case DPC_NUM:
				dc->x[i] = value_number(v, &d) ? d : NAN;
				break;
			case DPC_LABELS:
				dc->x[i] = NAN;
				if (dc->spec->type == SM_COL_BOOL)
				{
					if (v->kind == SM_V_BOOL || v->kind == SM_V_INT)
						dc->x[i] = v->i != 0 ? 1 : 0;
					else if (v->kind == SM_V_TEXT && v->len > 0)
						dc->x[i] = (v->s[0] == 't' || v->s[0] == 'T' || v->s[0] == '1') ? 1 : 0;
				}
				else if (v->kind == SM_V_TEXT)
				{
					dc->x[i] = -1;	/* not a declared label: counted nowhere */
					for (size_t k = 0; k < dc->spec->nlabels; k++)
						if (strlen(dc->spec->labels[k]) == v->len &&
							memcmp(dc->spec->labels[k], v->s, v->len) == 0)
						{
							dc->x[i] = (double) k;
							break;
						}
				}
				break;
			case DPC_TEXT:
				dc->s[i] = NULL;
				dc->slen[i] = 0;
				if (v->kind == SM_V_TEXT)
				{
					size_t		len = v->len;

					if (dc->spec->max_length > 0 && len > (size_t) dc->spec->max_length * 4)
						len = (size_t) dc->spec->max_length * 4;
					dc->s[i] = sm_strndup(v->s, len);
					if (dc->s[i] == NULL)
						return sm_error_set(err, SM_ENOMEM, NULL, "out of memory"), false;
					dc->slen[i] = len;
				}
				break;
		}
	}
	f->nrows++;
	return true;
}

/* Noise of one count under the column's mechanism. */
static double
noise(sm_dp_fitter *f, bool laplace, double scale)
{
	if (!f->noise)
		return 0.0;
	return laplace ? sm_dp_laplace(&f->rng, scale) : scale * sm_rng_normal(&f->rng);
}

/* The bin of value x among nb equal-width bins (or grid values). */
static long
bin_of(const dp_col *dc, double x, int nb)
{
	long		k;

	if (dc->atoms)
		k = lround((x - dc->lo) / dc->unit);
	else
		k = (long) floor((x - dc->lo) / (dc->hi - dc->lo) * nb);
	if (k < 0 || x < dc->lo)
		k = 0;
	if (k >= nb)
		k = nb - 1;
	return k;
}

/*
 * Post-processing (free under DP): the level that the noise of an empty
 * bin exceeds with probability about 1 / (2 nb); counts below it are set
 * to 0, so that a sparse histogram does not spread mass over empty bins.
 */
static double
floor_level(const sm_dp_fitter *f, double scale, int nb)
{
	if (!f->noise || nb < 2)
		return 0;
	if (f->p.mech == SM_DP_LAPLACE)
		return scale * log((double) nb);
	return scale * sm_norm_ppf(1.0 - 1.0 / (2.0 * nb));
}

/* Add noise to nb counts, floor them; returns their total. */
static double
noisy_counts(sm_dp_fitter *f, double *cnt, int nb, double scale)
{
	bool		laplace = f->p.mech == SM_DP_LAPLACE;
	double		fl = floor_level(f, scale, nb),
				total = 0;

	for (int k = 0; k < nb; k++)
	{
		cnt[k] += noise(f, laplace, scale);
		if (cnt[k] < fl || cnt[k] < 0)
			cnt[k] = 0;
		total += cnt[k];
	}
	return total;
}

/*
 * Release the histogram of a numeric or label column.  Numeric columns
 * with equal-width bins use two levels, each with half the column's
 * epsilon (and delta): the coarse bins (and NULLs), then SM_DP_SUB_BINS
 * sub-bins of each; a coarse count is spread over its sub-bins in
 * proportion to their noisy counts (post-processing), which gives the
 * resolution of the fine level where the data are.
 */
static bool
release_histogram(sm_dp_fitter *f, dp_col *dc, sm_error *err)
{
	bool		laplace = f->p.mech == SM_DP_LAPLACE;
	int			nb = dc->nbins,
				sub = 1;
	double	   *fine = NULL;
	double		nulls = 0,
				total,
				eps = dc->eps,
				delta = dc->delta;

	if (dc->role == DPC_NUM && !dc->atoms)
	{
		sub = SM_DP_SUB_BINS;
		while (sub > 1 && dc->unit > 0 && (double) nb * sub > (dc->hi - dc->lo) / dc->unit + 1)
			sub--;
	}
	if (sub > 1)
	{
		eps /= 2;
		delta /= 2;
		fine = sm_calloc((size_t) nb * sub, sizeof(double));
		if (fine == NULL)
			return sm_error_set(err, SM_ENOMEM, NULL, "out of memory"), false;
	}
	dc->w = sm_calloc((size_t) nb * sub, sizeof(double));
	if (dc->w == NULL)
	{
		sm_free(fine);
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory"), false;
	}
	for (size_t i = 0; i < f->nrows; i++)
	{
		double		x = dc->x[i];

		if (isnan(x))
			nulls += 1;
		else if (dc->role == DPC_LABELS)
		{
			if (x >= 0)
				dc->w[(long) x] += 1;
		}
		else
		{
			dc->w[bin_of(dc, x, nb)] += 1;
			if (fine)
				fine[bin_of(dc, x, nb * sub)] += 1;
		}
	}
	dc->scale = laplace ? sm_dp_laplace_scale(1.0, eps) : sm_dp_gaussian_sigma(1.0, eps, delta);
	total = noisy_counts(f, dc->w, nb, dc->scale);
	if (!dc->spec->required)
	{
		nulls += noise(f, laplace, dc->scale);
		dc->wnull = nulls > 0 ? nulls : 0;
	}
	if (total <= 0)
	{
		for (int k = 0; k < nb; k++)
			dc->w[k] = 1.0;
		if (dc->wnull > 0)
			dc->wnull = nb;		/* nothing known: half NULL */
	}
	if (fine)
	{
		dc->scale2 = dc->scale;
		noisy_counts(f, fine, nb * sub, dc->scale);
		/* spread each coarse count over its sub-bins, from the last */
		for (int k = nb - 1; k >= 0; k--)
		{
			double		c = dc->w[k],
						fs = 0;

			for (int j = 0; j < sub; j++)
				fs += fine[k * sub + j];
			for (int j = 0; j < sub; j++)
				dc->w[k * sub + j] = fs > 0 ? c * fine[k * sub + j] / fs : c / sub;
		}
		dc->coarse = nb;
		dc->nbins = nb * sub;
		sm_free(fine);
	}
	dc->nw = dc->nbins;
	return true;
}

/* Order of two row indexes by their text. */
static const dp_col *sort_col;

static int
cmp_rows(const void *a, const void *b)
{
	size_t		i = *(const size_t *) a,
				j = *(const size_t *) b;
	const char *s = sort_col->s[i],
			   *t = sort_col->s[j];
	size_t		ls = sort_col->slen[i],
				lt = sort_col->slen[j];
	int			c = memcmp(s, t, ls < lt ? ls : lt);

	if (c != 0)
		return c;
	return ls < lt ? -1 : ls > lt ? 1 : 0;
}

/*
 * Release a free text column: the values passing the noisy threshold with
 * SM_DP_THRESHOLD_SHARE of the column's epsilon, the NULL / not-NULL
 * counts (large, so little hurt by noise) with the rest.
 * Rows get their group number in x (NaN: NULL).
 */
static bool
release_text(sm_dp_fitter *f, dp_col *dc, sm_error *err)
{
	size_t	   *idx = NULL;
	size_t		nn = 0,
				ngroups = 0;
	double		nulls = 0,
				nonnull,
				b = 1.0 / (SM_DP_THRESHOLD_SHARE * dc->eps),
				b_tot = 1.0 / ((1.0 - SM_DP_THRESHOLD_SHARE) * dc->eps),
				released = 0;
	size_t		g0;

	dc->x = sm_calloc(f->nrows ? f->nrows : 1, sizeof(double));
	idx = sm_calloc(f->nrows ? f->nrows : 1, sizeof(size_t));
	dc->grp_rel = sm_calloc(f->nrows ? f->nrows : 1, sizeof(int));
	dc->labels = sm_calloc(SM_MODEL_MAX_CATEGORIES, sizeof(char *));
	dc->lens = sm_calloc(SM_MODEL_MAX_CATEGORIES, sizeof(size_t));
	dc->w = sm_calloc(SM_MODEL_MAX_CATEGORIES, sizeof(double));
	if (!dc->x || !idx || !dc->grp_rel || !dc->labels || !dc->lens || !dc->w)
	{
		sm_free(idx);
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory"), false;
	}
	for (size_t i = 0; i < f->nrows; i++)
	{
		if (dc->s[i] == NULL)
		{
			nulls += 1;
			dc->x[i] = NAN;
		}
		else
			idx[nn++] = i;
	}
	sort_col = dc;
	qsort(idx, nn, sizeof(size_t), cmp_rows);
	dc->scale = b;
	dc->scale2 = b_tot;
	dc->threshold = sm_dp_threshold(b, dc->delta);
	/* groups of equal values, in sorted order: already a fixed order */
	g0 = 0;
	for (size_t k = 1; k <= nn; k++)
	{
		if ((k & 4095) == 0)
			sm_check_interrupts();
		if (k < nn && cmp_rows(&idx[k - 1], &idx[k]) == 0)
			continue;
		{
			double		c = (double) (k - g0) + noise(f, true, b);
			int			rel = -1;

			if ((c > dc->threshold || !f->noise) && dc->nw < SM_MODEL_MAX_CATEGORIES)
			{
				size_t		r = idx[g0];

				rel = dc->nw++;
				dc->labels[rel] = sm_strndup(dc->s[r], dc->slen[r]);
				if (dc->labels[rel] == NULL)
				{
					sm_free(idx);
					return sm_error_set(err, SM_ENOMEM, NULL, "out of memory"), false;
				}
				dc->lens[rel] = dc->slen[r];
				dc->w[rel] = c;
				released += c;
			}
			dc->grp_rel[ngroups] = rel;
			for (size_t t = g0; t < k; t++)
				dc->x[idx[t]] = (double) ngroups;
			ngroups++;
			g0 = k;
		}
	}
	sm_free(idx);
	/* the totals, with the other half of the share */
	nonnull = (double) nn + noise(f, true, b_tot);
	if (!dc->spec->required)
	{
		nulls += noise(f, true, b_tot);
		dc->wnull = nulls > 0 ? nulls : 0;
	}
	dc->other_w = nonnull - released;
	if (dc->other_w < 0 || (!dc->text_like && dc->nw > 0))
		dc->other_w = 0;

	/*
	 * Nothing released: the column is NULL when it may be, else invented
	 * text.  (No error here: an error raised after reading the rows would
	 * reveal a private outcome without charging the ledger, whose row goes
	 * with the failed transaction.)
	 */
	if (dc->nw == 0 && dc->other_w <= 0)
	{
		dc->other_w = 1;
		dc->all_null = !dc->text_like && !dc->spec->required;
	}
	return true;
}

/* Total weight of the released marginal (without NULL). */
static double
marg_total(const dp_col *dc)
{
	double		t = dc->other_w;

	for (int k = 0; k < dc->nw; k++)
		t += dc->w[k];
	return t;
}

/* Number of outcomes with a positive weight. */
static int
outcomes(const dp_col *dc)
{
	int			n = dc->other_w > 0 ? 1 : 0;

	for (int k = 0; k < dc->nw; k++)
		n += dc->w[k] > 0;
	return n;
}

/* The released mid-CDF of row i's value in generation order, or NaN for NULL. */
static double
row_cdf(const dp_col *dc, size_t i, double total)
{
	double		x = dc->x[i],
				cum = 0;

	if (isnan(x))
		return NAN;
	if (dc->role == DPC_NUM && !dc->atoms)
	{
		double		pos = (x - dc->lo) / (dc->hi - dc->lo) * dc->nbins;
		long		k;

		if (pos < 0)
			pos = 0;
		if (pos > dc->nbins)
			pos = dc->nbins;
		k = (long) floor(pos);
		if (k >= dc->nbins)
			k = dc->nbins - 1;
		for (long t = 0; t < k; t++)
			cum += dc->w[t];
		return (cum + (pos - (double) k) * dc->w[k]) / total;
	}
	if (dc->role == DPC_NUM)
	{
		long		k = lround((x - dc->lo) / dc->unit);

		if (k < 0)
			k = 0;
		if (k >= dc->nbins)
			k = dc->nbins - 1;
		for (long t = 0; t < k; t++)
			cum += dc->w[t];
		return (cum + dc->w[k] / 2) / total;
	}
	if (dc->role == DPC_LABELS)
	{
		long		k = (long) x;

		if (k < 0)
			return NAN;
		for (long t = 0; t < k; t++)
			cum += dc->w[t];
		return (cum + dc->w[k] / 2) / total;
	}
	/* text: released values in order, then other */
	{
		int			rel = dc->grp_rel[(size_t) x];

		if (rel < 0)
			return (total - dc->other_w / 2) / total;
		for (int t = 0; t < rel; t++)
			cum += dc->w[t];
		return (cum + dc->w[rel] / 2) / total;
	}
}

/* Clipped normal score of a CDF value (0 for NULL). */
static double
score(double u)
{
	double		z;

	if (isnan(u))
		return 0.0;
	if (u < 1e-12)
		u = 1e-12;
	if (u > 1 - 1e-12)
		u = 1 - 1e-12;
	z = sm_norm_ppf(u);
	if (z < -SM_DP_CLIP)
		z = -SM_DP_CLIP;
	if (z > SM_DP_CLIP)
		z = SM_DP_CLIP;
	return z;
}

/* ------------------------------------------------------------------------
 * Writer
 * ------------------------------------------------------------------------ */

/* Append ,"key":number. */
static bool
put_num(sm_buf *b, const char *key, double d)
{
	return sm_buf_printf(b, ",\"%s\":", key) && sm_json_write_double(b, d);
}

/* Round a grid value to the column's decimals. */
static double
on_grid(const dp_col *dc, double v)
{
	if (dc->spec->type == SM_COL_NUMERIC && dc->spec->scale >= 0 && dc->spec->scale <= 15)
	{
		double		m = pow(10.0, dc->spec->scale);

		return round(v * m) / m;
	}
	return round(v);
}

/* Knots of the piecewise-uniform density over the bins, at K+1 levels. */
static bool
write_knots(const dp_col *dc, sm_buf *b)
{
	const int	K = 256;
	double		total = 0,
				width = (dc->hi - dc->lo) / dc->nbins,
				prev = -DBL_MAX;
	bool		ok = sm_buf_puts(b, "[");

	for (int k = 0; k < dc->nbins; k++)
		total += dc->w[k];
	for (int t = 0; ok && t <= K; t++)
	{
		double		target = total * t / K,
					cum = 0,
					x = dc->hi;

		for (int k = 0; k < dc->nbins; k++)
		{
			if (dc->w[k] > 0 && cum + dc->w[k] >= target)
			{
				x = dc->lo + width * (k + (target - cum) / dc->w[k]);
				break;
			}
			cum += dc->w[k];
		}
		if (x < prev)
			x = prev;
		if (x > dc->hi)
			x = dc->hi;
		prev = x;
		ok = (t == 0 || sm_buf_putc(b, ',')) && sm_json_write_double(b, x);
	}
	return ok && sm_buf_putc(b, ']');
}

/* The generator of invented text: the declared pattern or lorem words. */
static bool
write_textgen(const dp_col *dc, sm_buf *b)
{
	if (dc->spec->pattern)
		return sm_buf_puts(b, "{\"kind\":\"pattern\",\"pattern\":") &&
			sm_json_write_string(b, dc->spec->pattern, strlen(dc->spec->pattern)) &&
			sm_buf_putc(b, '}');
	return sm_buf_puts(b, "{\"kind\":\"lorem\",\"min_words\":1,\"max_words\":3}");
}

/* A unique text column without a pattern: letters, as long as allowed. */
static const char *
default_key_pattern(const sm_colspec *c)
{
	if (c->max_length > 0 && c->max_length < 8)
		return c->max_length >= 4 ? "[A-Z][a-z0-9]{3}" : "[A-Za-z0-9]";
	return "[A-Z][a-z]{7}";
}

/* One column of the model. */
static bool
write_column(const sm_dp_fitter *f, const dp_col *dc, sm_buf *b)
{
	const sm_colspec *c = dc->spec;
	static const char *const tnames[] = {
		"int", "float", "numeric", "bool", "date", "timestamp", "text", "uuid"
	};
	double		total,
				null_rate = 0;
	bool		ok;

	(void) f;
	ok = sm_buf_puts(b, "{\"name\":") && sm_json_write_string(b, c->name, strlen(c->name)) &&
		sm_buf_printf(b, ",\"type\":\"%s\"", tnames[c->type]);
	if (c->type == SM_COL_INT && c->int_bytes != 8 && c->int_bytes != 0)
		ok = ok && sm_buf_printf(b, ",\"int_bytes\":%d", c->int_bytes);
	if (c->type == SM_COL_NUMERIC)
		ok = ok && sm_buf_printf(b, ",\"scale\":%d", c->scale >= 0 && c->scale <= 1000 ? c->scale : -1);
	if (c->type == SM_COL_TIMESTAMP)
		ok = ok && sm_buf_puts(b, ",\"step\":1000000");
	if (c->type == SM_COL_TEXT && c->max_length > 0)
		ok = ok && sm_buf_printf(b, ",\"max_length\":%d", c->max_length);
	if (c->has_min && c->type != SM_COL_TEXT && c->type != SM_COL_BOOL && c->type != SM_COL_UUID)
		ok = ok && put_num(b, "min", c->min);
	if (c->has_max && c->type != SM_COL_TEXT && c->type != SM_COL_BOOL && c->type != SM_COL_UUID)
		ok = ok && put_num(b, "max", c->max);

	if (dc->role == DPC_FREE)
	{
		ok = ok && sm_buf_puts(b, ",\"null_rate\":0");
		if (c->unique)
			ok = ok && sm_buf_puts(b, ",\"unique\":true");
		if (c->type == SM_COL_UUID)
			return ok && sm_buf_puts(b, ",\"kind\":\"uuid\"}");
		if (c->type == SM_COL_INT)
			return ok && sm_buf_printf(b, ",\"kind\":\"sequence\",\"start\":%" PRId64 "}",
									   c->has_min ? (int64_t) c->min : (int64_t) 1);
		if (c->type == SM_COL_DATE)
			return ok && sm_buf_printf(b, ",\"kind\":\"permutation\",\"lo\":%" PRId64 ",\"hi\":%" PRId64 "}",
									   (int64_t) c->min, (int64_t) c->max);
		{
			const char *pat = c->pattern ? c->pattern : default_key_pattern(c);

			return ok && sm_buf_puts(b, ",\"kind\":\"pattern\",\"generator\":{\"kind\":\"pattern\",\"pattern\":") &&
				sm_json_write_string(b, pat, strlen(pat)) && sm_buf_puts(b, "}}");
		}
	}

	total = marg_total(dc);
	if (c->null_rate >= 0)
		null_rate = c->null_rate;
	else if (!c->required && total + dc->wnull > 0)
		null_rate = dc->wnull / (total + dc->wnull);
	if (dc->all_null)
		null_rate = 1;
	if (c->required)
		null_rate = 0;
	ok = ok && put_num(b, "null_rate", null_rate);

	if (dc->role == DPC_NUM)
	{
		ok = ok && sm_buf_puts(b, ",\"kind\":\"numeric\",\"atoms\":[");
		if (dc->atoms)
		{
			bool		first = true;

			for (int k = 0; ok && k < dc->nbins; k++)
			{
				if (!(dc->w[k] > 0))
					continue;
				ok = (first || sm_buf_putc(b, ',')) && sm_buf_putc(b, '[') &&
					sm_json_write_double(b, on_grid(dc, dc->lo + dc->unit * k)) &&
					sm_buf_putc(b, ',') && sm_json_write_double(b, dc->w[k] / total) &&
					sm_buf_putc(b, ']');
				first = false;
			}
			return ok && sm_buf_putc(b, ']');
		}
		return ok && sm_buf_puts(b, "],\"continuous\":{\"weight\":1,\"family\":\"empirical\",\"knots\":") &&
			write_knots(dc, b) && sm_buf_putc(b, '}');
	}

	ok = ok && sm_buf_puts(b, ",\"kind\":\"categorical\",\"categories\":[");
	{
		bool		first = true;

		for (int k = 0; ok && k < dc->nw; k++)
		{
			double		w = dc->w[k];

			if (dc->role == DPC_LABELS && c->weights)
				w = c->weights[k] * total;
			if (!(w > 0))
				continue;
			ok = (first || sm_buf_putc(b, ',')) && sm_buf_putc(b, '[');
			if (c->type == SM_COL_BOOL)
				ok = ok && sm_buf_puts(b, k == 1 ? "true" : "false");
			else if (dc->role == DPC_LABELS)
				ok = ok && sm_json_write_string(b, c->labels[k], strlen(c->labels[k]));
			else
				ok = ok && sm_json_write_string(b, dc->labels[k], dc->lens[k]);
			ok = ok && sm_buf_putc(b, ',') && sm_json_write_double(b, w / total) && sm_buf_putc(b, ']');
			first = false;
		}
	}
	return ok && sm_buf_putc(b, ']');
}

/* The "other" member of a text column and the column's closing brace. */
static bool
write_column_end(const dp_col *dc, sm_buf *b)
{
	bool		ok = true;

	if (dc->role == DPC_TEXT && dc->other_w > 0)
	{
		int			pos = 0;

		for (int k = 0; k < dc->nw; k++)
			pos += dc->w[k] > 0;
		ok = sm_buf_puts(b, ",\"other\":{\"weight\":") &&
			sm_json_write_double(b, dc->other_w / marg_total(dc)) &&
			sm_buf_printf(b, ",\"position\":%d,\"generator\":", pos) &&
			write_textgen(dc, b) && sm_buf_putc(b, '}');
	}
	return ok && sm_buf_putc(b, '}');
}

/* The "dp" member: what was spent where. */
static bool
write_dp(const sm_dp_fitter *f, sm_buf *b, int d, double corr_scale,
		 double corr_sens, double corr_delta, int pairs)
{
	bool		ok,
				first = true;

	ok = sm_buf_puts(b, ",\"dp\":{\"mechanism\":") &&
		sm_buf_puts(b, f->p.mech == SM_DP_LAPLACE ? "\"laplace\"" : "\"gaussian\"") &&
		put_num(b, "epsilon", f->p.epsilon) && put_num(b, "delta", f->p.delta) &&
		sm_buf_puts(b, ",\"neighbours\":\"one row added or removed\",\"clip\":") &&
		sm_json_write_double(b, SM_DP_CLIP) &&
		sm_buf_puts(b, ",\"columns\":[");
	for (int j = 0; ok && j < f->ncols; j++)
	{
		const dp_col *dc = &f->cols[j];

		if (dc->role == DPC_FREE)
			continue;
		ok = (first || sm_buf_putc(b, ',')) &&
			sm_buf_puts(b, "{\"name\":") &&
			sm_json_write_string(b, dc->spec->name, strlen(dc->spec->name)) &&
			sm_buf_printf(b, ",\"release\":\"%s\"",
						  dc->role == DPC_NUM ? (dc->atoms ? "histogram of grid values"
												 : dc->coarse > 0 ? "two-level histogram of equal-width bins"
												 : "histogram of equal-width bins")
						  : dc->role == DPC_LABELS ? "histogram of public labels"
						  : "noisy threshold and totals") &&
			sm_buf_printf(b, ",\"bins\":%d", dc->role == DPC_TEXT ? 0 : dc->nbins) &&
			put_num(b, "epsilon", dc->eps) && put_num(b, "delta", dc->delta) &&
			put_num(b, "sensitivity", 1) &&
			sm_buf_puts(b, dc->role == DPC_TEXT || f->p.mech == SM_DP_LAPLACE
						? ",\"noise\":\"laplace\"" : ",\"noise\":\"gaussian\"") &&
			put_num(b, "scale", dc->scale);
		if (dc->role == DPC_TEXT)
			ok = ok && put_num(b, "threshold", dc->threshold) &&
				put_num(b, "totals_scale", dc->scale2);
		if (dc->coarse > 0)
			ok = ok && sm_buf_printf(b, ",\"coarse_bins\":%d", dc->coarse);
		ok = ok && sm_buf_putc(b, '}');
		first = false;
	}
	ok = ok && sm_buf_putc(b, ']');
	if (f->eps_corr > 0)
	{
		ok = ok && sm_buf_puts(b, ",\"correlation\":{") &&
			sm_buf_printf(b, "\"columns\":%d,\"pairs\":%d", d, pairs) &&
			put_num(b, "epsilon", f->eps_corr) && put_num(b, "delta", corr_delta) &&
			put_num(b, "sensitivity", corr_sens) && put_num(b, "scale", corr_scale) &&
			sm_buf_putc(b, '}');
	}
	return ok && sm_buf_putc(b, '}');
}

/* Release everything and write the model. */
bool
sm_dp_fitter_finish(sm_dp_fitter *f, sm_buf *out, sm_error *err)
{
	double		delta_each = f->ndelta > 0 ? f->p.delta / f->ndelta : 0;
	double		eps_col = f->nmeasured > 0 ? f->eps_marg / f->nmeasured : 0;
	double		n_tilde = -1;
	int			d = 0,
				pairs = 0;
	int		   *cop = NULL;
	double	   *corr = NULL;
	double		corr_scale = 0,
				corr_sens = 0,
				corr_delta = 0;
	bool		ok = true;

	for (int j = 0; j < f->ncols; j++)
	{
		dp_col	   *dc = &f->cols[j];

		sm_check_interrupts();
		if (dc->role == DPC_FREE)
			continue;
		dc->eps = eps_col;
		dc->delta = (dc->role == DPC_TEXT || f->p.mech == SM_DP_GAUSSIAN) ? delta_each : 0;
		if (dc->role == DPC_TEXT ? !release_text(f, dc, err) : !release_histogram(f, dc, err))
			return false;
		if (n_tilde < 0)
			n_tilde = marg_total(dc) + dc->wnull;
	}
	if (n_tilde < 0)
		n_tilde = 0;

	/* the copula over the measured columns with two outcomes or more */
	cop = sm_calloc((size_t) f->ncols, sizeof(int));
	if (cop == NULL)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory"), false;
	if (f->eps_corr > 0)
		for (int j = 0; j < f->ncols; j++)
			if (f->cols[j].role != DPC_FREE && outcomes(&f->cols[j]) >= 2)
			{
				f->cols[j].in_copula = true;
				cop[d++] = j;
			}
	if (d >= 2)
	{
		bool		laplace = f->p.mech == SM_DP_LAPLACE;
		double	   *z = sm_calloc((size_t) d, sizeof(double));
		double	   *tot = sm_calloc((size_t) d * 2, sizeof(double));
		double	   *present = tot ? tot + d : NULL;
		double		denom = (n_tilde > 1 ? n_tilde : 1) * sm_dp_clipped_variance(SM_DP_CLIP);

		corr = sm_calloc((size_t) d * d, sizeof(double));
		if (z == NULL || tot == NULL || corr == NULL)
		{
			sm_free(z);
			sm_free(tot);
			sm_free(corr);
			sm_free(cop);
			return sm_error_set(err, SM_ENOMEM, NULL, "out of memory"), false;
		}
		pairs = d * (d - 1) / 2;
		for (int a = 0; a < d; a++)
		{
			const dp_col *dc = &f->cols[cop[a]];

			tot[a] = marg_total(dc);
			present[a] = tot[a] / (tot[a] + dc->wnull);
			if (present[a] < 0.05)
				present[a] = 0.05;
		}
		for (size_t i = 0; i < f->nrows; i++)
		{
			if ((i & 1023) == 0)
				sm_check_interrupts();
			for (int a = 0; a < d; a++)
				z[a] = score(row_cdf(&f->cols[cop[a]], i, tot[a]));
			for (int a = 0; a < d; a++)
				for (int c = a + 1; c < d; c++)
					corr[(size_t) a * d + c] += z[a] * z[c];
		}
		corr_sens = sm_dp_corr_sensitivity(pairs, SM_DP_CLIP, f->p.mech);
		corr_delta = laplace ? 0 : delta_each;
		corr_scale = laplace ? sm_dp_laplace_scale(corr_sens, f->eps_corr)
			: sm_dp_gaussian_sigma(corr_sens, f->eps_corr, corr_delta);
		for (int a = 0; a < d; a++)
		{
			corr[(size_t) a * d + a] = 1.0;
			for (int c = a + 1; c < d; c++)
			{
				/* NULLs score 0: scale by the released shares of non-NULLs */
				double		r = (corr[(size_t) a * d + c] + noise(f, laplace, corr_scale)) /
				(denom * present[a] * present[c]);

				if (r > 0.999)
					r = 0.999;
				if (r < -0.999)
					r = -0.999;
				corr[(size_t) a * d + c] = r;
				corr[(size_t) c * d + a] = r;
			}
		}
		sm_free(z);
		sm_free(tot);
		if (!sm_nearest_correlation(corr, d, SM_COPULA_MIN_EIG, err))
		{
			sm_free(corr);
			sm_free(cop);
			return false;
		}
	}

	/* the model */
	ok = sm_buf_printf(out, "{\"format\":\"synthmig.model\",\"version\":1,"
					   "\"training_rows\":%.0f,\"columns\":[", floor(n_tilde + 0.5));
	for (int j = 0; ok && j < f->ncols; j++)
		ok = (j == 0 || sm_buf_putc(out, ',')) &&
			write_column(f, &f->cols[j], out) &&
			(f->cols[j].role == DPC_FREE || write_column_end(&f->cols[j], out));
	ok = ok && sm_buf_putc(out, ']');
	if (ok && d >= 2)
	{
		ok = sm_buf_puts(out, ",\"copula\":{\"columns\":[");
		for (int a = 0; ok && a < d; a++)
			ok = (a == 0 || sm_buf_putc(out, ',')) && sm_buf_printf(out, "%d", cop[a]);
		ok = ok && sm_buf_puts(out, "],\"correlation\":[");
		for (int a = 0; ok && a < d; a++)
		{
			ok = (a == 0 || sm_buf_putc(out, ',')) && sm_buf_putc(out, '[');
			for (int c = 0; ok && c < d; c++)
				ok = (c == 0 || sm_buf_putc(out, ',')) &&
					sm_json_write_double(out, corr[(size_t) a * d + c]);
			ok = ok && sm_buf_putc(out, ']');
		}
		ok = ok && sm_buf_puts(out, "]}");
	}
	ok = ok && write_dp(f, out, d, corr_scale, corr_sens, corr_delta, pairs) &&
		sm_buf_putc(out, '}');
	sm_free(corr);
	sm_free(cop);
	if (!ok || out->oom)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory while writing the model"), false;
	return true;
}

/* Free the fitter and the rows it holds. */
void
sm_dp_fitter_free(sm_dp_fitter *f)
{
	if (f == NULL)
		return;
	for (int j = 0; j < f->ncols; j++)
	{
		dp_col	   *dc = &f->cols[j];

		if (dc->s)
			for (size_t i = 0; i < f->nrows; i++)
				sm_free(dc->s[i]);
		if (dc->labels)
			for (int k = 0; k < dc->nw; k++)
				sm_free(dc->labels[k]);
		sm_free(dc->s);
		sm_free(dc->slen);
		sm_free(dc->x);
		sm_free(dc->w);
		sm_free(dc->labels);
		sm_free(dc->lens);
		sm_free(dc->grp_rel);
	}
	sm_free(f->cols);
	sm_free(f);
}
