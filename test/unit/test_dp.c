/* Unit tests of src/core/generate/dp.c: noise scales against their
 * formulas, sensitivities, thresholds, parameter checks and the private
 * fitter's model. */
#include <stdlib.h>

#include "dp.h"
#include "json.h"
#include "model.h"
#include "rng.h"
#include "stats.h"
#include "unit.h"

#define DRAWS 200000

/* Empirical mean and variance of DRAWS Laplace(b) draws. */
static void
laplace_moments(double b, double *mean, double *var)
{
	sm_rng		r;
	double		s = 0,
				s2 = 0;

	sm_rng_init(&r, 42, 1, 2);
	for (int i = 0; i < DRAWS; i++)
	{
		double		x = sm_dp_laplace(&r, b);

		s += x;
		s2 += x * x;
	}
	*mean = s / DRAWS;
	*var = s2 / DRAWS - *mean * *mean;
}

/* Laplace: variance 2 b^2 with b = sensitivity / epsilon. */
static void
test_laplace(void)
{
	double		mean,
				var,
				b = sm_dp_laplace_scale(1.0, 0.5);

	CHECK_NEAR(b, 2.0, 1e-12);
	CHECK_NEAR(sm_dp_laplace_scale(9.0, 3.0), 3.0, 1e-12);
	laplace_moments(b, &mean, &var);
	CHECK_NEAR(mean, 0.0, 0.03);
	CHECK(fabs(var / (2 * b * b) - 1) < 0.03);
	laplace_moments(0.1, &mean, &var);
	CHECK(fabs(var / (2 * 0.01) - 1) < 0.03);
}

/* Gaussian: the analytic sigma meets delta, tightly, and beats the classic bound. */
static void
test_gaussian(void)
{
	double		sigma = sm_dp_gaussian_sigma(1.0, 0.5, 1e-5);
	double		classic = sqrt(2 * log(1.25 / 1e-5)) / 0.5;
	sm_rng		r;
	double		s2 = 0;

	CHECK(sm_dp_gaussian_delta(1.0, 0.5, sigma) <= 1e-5 * (1 + 1e-9));
	CHECK(sm_dp_gaussian_delta(1.0, 0.5, sigma * 0.99) > 1e-5);
	CHECK(sigma <= classic);
	CHECK(sigma > classic * 0.5);
	/* scales with the sensitivity */
	CHECK_NEAR(sm_dp_gaussian_sigma(3.0, 0.5, 1e-5) / sigma, 3.0, 1e-6);
	/* defined for large epsilon too, and decreasing in epsilon */
	CHECK(sm_dp_gaussian_sigma(1.0, 10.0, 1e-6) < sm_dp_gaussian_sigma(1.0, 1.0, 1e-6));
	CHECK(sm_dp_gaussian_delta(1.0, 10.0, sm_dp_gaussian_sigma(1.0, 10.0, 1e-6)) <= 1e-6 * (1 + 1e-9));
	/* the draws have variance sigma^2 */
	sm_rng_init(&r, 7, 0, 0);
	for (int i = 0; i < DRAWS; i++)
	{
		double		x = sigma * sm_rng_normal(&r);

		s2 += x * x;
	}
	CHECK(fabs(s2 / DRAWS / (sigma * sigma) - 1) < 0.03);
}

/* Threshold: a count of 1 passes with probability delta. */
static void
test_threshold(void)
{
	double		b = 2.0,
				delta = 0.05,
				t = sm_dp_threshold(b, delta);
	sm_rng		r;
	int			pass = 0;

	CHECK_NEAR(t, 1 + 2 * log(10.0), 1e-12);
	sm_rng_init(&r, 3, 0, 0);
	for (int i = 0; i < DRAWS; i++)
		pass += 1 + sm_dp_laplace(&r, b) > t;
	CHECK(fabs((double) pass / DRAWS - delta) < 0.003);
}

/* Clipped scores: the variance formula against simulation, and the sensitivities. */
static void
test_clip(void)
{
	sm_rng		r;
	double		s2 = 0,
				c = SM_DP_CLIP;

	sm_rng_init(&r, 11, 0, 0);
	for (int i = 0; i < DRAWS; i++)
	{
		double		z = sm_rng_normal(&r);

		z = z > c ? c : z < -c ? -c : z;
		s2 += z * z;
	}
	CHECK(fabs(s2 / DRAWS - sm_dp_clipped_variance(c)) < 0.01);
	CHECK_NEAR(sm_dp_clipped_variance(40), 1.0, 1e-9);
	CHECK_NEAR(sm_dp_corr_sensitivity(6, 2.0, SM_DP_LAPLACE), 24.0, 1e-12);
	CHECK_NEAR(sm_dp_corr_sensitivity(9, 2.0, SM_DP_GAUSSIAN), 12.0, 1e-12);
}

/* Parameter checks: paths and classes. */
static void
test_params(void)
{
	sm_dp_params p = {1.0, 0.0, SM_DP_LAPLACE, 0, -1, 1};
	sm_error	err;

	sm_error_clear(&err);
	CHECK(sm_dp_check_params(&p, &err));
	p.epsilon = 0;
	CHECK(!sm_dp_check_params(&p, &err) && err.code == SM_EINVAL);
	CHECK_STR(err.path, "privacy.epsilon");
	p.epsilon = -1;
	CHECK(!sm_dp_check_params(&p, &err));
	p.epsilon = INFINITY;
	CHECK(!sm_dp_check_params(&p, &err));
	p.epsilon = NAN;
	CHECK(!sm_dp_check_params(&p, &err));
	p.epsilon = 1;
	p.delta = 1;
	sm_error_clear(&err);
	CHECK(!sm_dp_check_params(&p, &err));
	CHECK_STR(err.path, "privacy.delta");
	p.delta = -1e-9;
	CHECK(!sm_dp_check_params(&p, &err));
	p.delta = 0;
	p.mech = SM_DP_GAUSSIAN;
	sm_error_clear(&err);
	CHECK(!sm_dp_check_params(&p, &err));
	CHECK_STR(err.path, "privacy.delta");
	p.delta = 1e-6;
	CHECK(sm_dp_check_params(&p, &err));
	p.corr_share = 1.0;
	CHECK(!sm_dp_check_params(&p, &err));
}

/* A column without bounds, a text column without delta: errors naming them. */
static void
test_bad_columns(void)
{
	sm_colspec	cs[2];
	sm_dp_params p = {1.0, 0.0, SM_DP_LAPLACE, 0, -1, 1};
	sm_error	err;

	sm_colspec_init(&cs[0], "id", SM_COL_INT);
	cs[0].unique = true;
	sm_colspec_init(&cs[1], "amount", SM_COL_FLOAT);
	cs[1].has_min = true;
	sm_error_clear(&err);
	CHECK(sm_dp_fitter_new(cs, 2, NULL, &p, &err) == NULL);
	CHECK(err.code == SM_EINVAL);
	CHECK_STR(err.path, "amount");
	CHECK(strstr(err.hint, "\"max\"") != NULL);
	sm_colspec_init(&cs[1], "name", SM_COL_TEXT);
	sm_error_clear(&err);
	CHECK(sm_dp_fitter_new(cs, 2, NULL, &p, &err) == NULL);
	CHECK_STR(err.path, "name");
	CHECK(strstr(err.hint, "delta") != NULL);
	p.delta = 1e-6;
	{
		sm_dp_fitter *f = sm_dp_fitter_new(cs, 2, NULL, &p, &err);

		CHECK(f != NULL);
		sm_dp_fitter_free(f);
	}
}

/* A fitted model as JSON text (NULL on error). */
static char *
fit(const sm_colspec *cs, int ncols, const sm_value *rows, size_t n,
	const sm_dp_params *p, bool noise)
{
	sm_error	err;
	sm_buf		out;
	sm_dp_fitter *f;

	sm_error_clear(&err);
	f = sm_dp_fitter_new(cs, ncols, NULL, p, &err);
	if (f == NULL)
		return NULL;
	if (!noise)
		sm_dp_fitter_disable_noise(f);
	for (size_t i = 0; i < n; i++)
		if (!sm_dp_fitter_add_row(f, rows + i * ncols, &err))
		{
			sm_dp_fitter_free(f);
			return NULL;
		}
	sm_buf_init(&out);
	if (!sm_dp_fitter_finish(f, &out, &err))
	{
		fprintf(stderr, "# %s: %s\n", err.path, err.message);
		sm_dp_fitter_free(f);
		sm_buf_free(&out);
		return NULL;
	}
	sm_dp_fitter_free(f);
	return out.data;
}

enum
{
	T_ID, T_LEVEL, T_AMOUNT, T_FLAG, T_CITY, T_NCOLS
};

/* The test table: id key, level 1..5, amount in [0, 1000], flag, city. */
static void
table_specs(sm_colspec *cs)
{
	sm_colspec_init(&cs[T_ID], "id", SM_COL_INT);
	cs[T_ID].unique = cs[T_ID].required = true;
	sm_colspec_init(&cs[T_LEVEL], "level", SM_COL_INT);
	cs[T_LEVEL].has_min = cs[T_LEVEL].has_max = cs[T_LEVEL].required = true;
	cs[T_LEVEL].min = 1;
	cs[T_LEVEL].max = 5;
	sm_colspec_init(&cs[T_AMOUNT], "amount", SM_COL_FLOAT);
	cs[T_AMOUNT].has_min = cs[T_AMOUNT].has_max = true;
	cs[T_AMOUNT].min = 0;
	cs[T_AMOUNT].max = 1000;
	sm_colspec_init(&cs[T_FLAG], "flag", SM_COL_BOOL);
	sm_colspec_init(&cs[T_CITY], "city", SM_COL_TEXT);
}

static const char *const cities[] = {"Paris", "Lyon", "Nantes"};

/* n rows; level and amount correlated; city "Secret" once. */
static sm_value *
table_rows(size_t n)
{
	sm_value   *v = calloc(n * T_NCOLS, sizeof(sm_value));
	sm_rng		r;

	sm_rng_init(&r, 5, 0, 0);
	for (size_t i = 0; i < n; i++)
	{
		sm_value   *row = v + i * T_NCOLS;
		int			level = 1 + (int) sm_rng_below(&r, 5);
		const char *city = i == 17 ? "Secret" : cities[sm_rng_below(&r, 3)];

		row[T_ID].kind = SM_V_INT;
		row[T_ID].i = (int64_t) i + 1;
		row[T_LEVEL].kind = SM_V_INT;
		row[T_LEVEL].i = level;
		row[T_AMOUNT].kind = i % 10 == 0 ? SM_V_NULL : SM_V_FLOAT;
		row[T_AMOUNT].f = level * 150 + 100 * sm_rng_uniform(&r);
		row[T_FLAG].kind = SM_V_BOOL;
		row[T_FLAG].i = level > 3;
		row[T_CITY].kind = SM_V_TEXT;
		row[T_CITY].s = city;
		row[T_CITY].len = strlen(city);
	}
	return v;
}

/* The model is readable and generates rows; the split is recorded. */
static void
test_fitter_model(void)
{
	sm_colspec	cs[T_NCOLS];
	sm_value   *rows = table_rows(2000);
	sm_dp_params p = {1.0, 1e-6, SM_DP_LAPLACE, 0, -1, 99};
	char	   *json;
	sm_error	err;
	sm_tmodel  *m;
	sm_json    *doc;

	table_specs(cs);
	json = fit(cs, T_NCOLS, rows, 2000, &p, true);
	CHECK(json != NULL);
	sm_error_clear(&err);
	m = json ? sm_tmodel_from_json(json, strlen(json), &err) : NULL;
	CHECK(m != NULL);
	if (m == NULL && json)
		fprintf(stderr, "# %s: %s\n%s\n", err.path, err.message, json);
	if (m)
	{
		sm_gen	   *g = sm_gen_new(m, 1, 100, &err);
		sm_value	out[T_NCOLS];
		bool		ok = g != NULL;

		for (uint64_t i = 0; ok && i < 100; i++)
			ok = sm_gen_row(g, i, out) && out[T_ID].i == (int64_t) i + 1 &&
				(out[T_AMOUNT].kind == SM_V_NULL ||
				 (out[T_AMOUNT].f >= 0 && out[T_AMOUNT].f <= 1000));
		CHECK(ok);
		sm_gen_free(g);
		sm_tmodel_free(m);
	}
	/* the rare value never appears; the common ones do */
	CHECK(json && strstr(json, "Secret") == NULL);
	CHECK(json && strstr(json, "\"Paris\"") != NULL);
	/* the split: 4 measured columns share 0.8, the correlation 0.2 */
	doc = json ? sm_json_parse(json, strlen(json), &err) : NULL;
	CHECK(doc != NULL);
	if (doc)
	{
		const sm_json *dp = sm_json_get(doc, "dp");
		const sm_json *cols = dp ? sm_json_get(dp, "columns") : NULL;
		const sm_json *corr = dp ? sm_json_get(dp, "correlation") : NULL;
		double		sum = 0;

		CHECK(cols && cols->type == SM_JARRAY && cols->n == 4);
		for (size_t k = 0; cols && k < cols->n; k++)
		{
			const sm_json *e = sm_json_get(cols->items[k], "epsilon");
			const sm_json *s = sm_json_get(cols->items[k], "scale");
			const sm_json *name = sm_json_get(cols->items[k], "name");

			sum += e->num;
			CHECK_NEAR(e->num, 0.2, 1e-12);
			/*
			 * text: Laplace(1 / (0.9 eps)) on the counts; two-level bins:
			 * 1 / (eps / 2) per level; grid values and labels: 1 / eps
			 */
			CHECK_NEAR(s->num, strcmp(name->str, "city") == 0 ? 1 / (SM_DP_THRESHOLD_SHARE * 0.2)
					   : strcmp(name->str, "amount") == 0 ? 10.0 : 5.0, 1e-9);
			if (strcmp(name->str, "city") == 0)
				CHECK_NEAR(sm_json_get(cols->items[k], "totals_scale")->num,
						   1 / ((1 - SM_DP_THRESHOLD_SHARE) * 0.2), 1e-9);
		}
		CHECK(corr != NULL);
		if (corr)
		{
			const sm_json *cn = sm_json_get(corr, "columns");
			const sm_json *pairs = sm_json_get(corr, "pairs");
			const sm_json *sens = sm_json_get(corr, "sensitivity");
			const sm_json *scale = sm_json_get(corr, "scale");

			sum += sm_json_get(corr, "epsilon")->num;
			CHECK(cn->num == 4 && pairs->num == 6);
			CHECK_NEAR(sens->num, 6 * SM_DP_CLIP * SM_DP_CLIP, 1e-9);
			CHECK_NEAR(scale->num, sens->num / 0.2, 1e-9);
		}
		CHECK_NEAR(sum, 1.0, 1e-9);
		sm_json_free(doc);
	}
	free(json);
	free(rows);
}

/* Without noise the released marginal is the exact histogram. */
static void
test_exact(void)
{
	sm_colspec	cs[T_NCOLS];
	sm_value   *rows = table_rows(1000);
	sm_dp_params p = {1.0, 1e-6, SM_DP_LAPLACE, 0, -1, 1};
	char	   *json;
	int			counts[6] = {0};
	sm_json    *doc;
	sm_error	err;

	table_specs(cs);
	for (int i = 0; i < 1000; i++)
		counts[rows[i * T_NCOLS + T_LEVEL].i]++;
	json = fit(cs, T_NCOLS, rows, 1000, &p, false);
	doc = json ? sm_json_parse(json, strlen(json), &err) : NULL;
	CHECK(doc != NULL);
	if (doc)
	{
		const sm_json *cols = sm_json_get(doc, "columns");
		const sm_json *atoms = sm_json_get(cols->items[T_LEVEL], "atoms");
		const sm_json *amount = cols->items[T_AMOUNT];
		bool		ok = atoms && atoms->n == 5;

		for (size_t k = 0; ok && k < 5; k++)
			ok = atoms->items[k]->items[0]->num == (double) k + 1 &&
				fabs(atoms->items[k]->items[1]->num - counts[k + 1] / 1000.0) < 1e-12;
		CHECK(ok);
		CHECK_NEAR(sm_json_get(amount, "null_rate")->num, 0.1, 1e-12);
		CHECK(sm_json_get(doc, "training_rows")->num == 1000);
		/* the exact correlation of level and amount is strongly positive */
		{
			const sm_json *corr = sm_json_get(sm_json_get(doc, "copula"), "correlation");

			CHECK(corr->items[0]->items[1]->num > 0.8);
		}
		sm_json_free(doc);
	}
	free(json);
	free(rows);
}

/*
 * The noise of the histograms end to end: training_rows is the noisy total
 * of the first measured column (5 atoms, NOT NULL), so over many fits its
 * variance is 5 * 2 b^2 with b = 1 / eps_col.
 */
static void
test_histogram_scale(void)
{
	sm_colspec	cs[2];
	sm_value   *rows = calloc(5000 * 2, sizeof(sm_value));
	const int	fits = 400;
	double		s = 0,
				s2 = 0,
				b;

	sm_colspec_init(&cs[0], "id", SM_COL_INT);
	cs[0].unique = cs[0].required = true;
	sm_colspec_init(&cs[1], "level", SM_COL_INT);
	cs[1].has_min = cs[1].has_max = cs[1].required = true;
	cs[1].min = 1;
	cs[1].max = 5;
	for (int i = 0; i < 5000; i++)
	{
		rows[2 * i].kind = rows[2 * i + 1].kind = SM_V_INT;
		rows[2 * i].i = i + 1;
		rows[2 * i + 1].i = 1 + i % 5;
	}
	for (int t = 0; t < fits; t++)
	{
		sm_dp_params p = {0.5, 0, SM_DP_LAPLACE, 0, -1, (uint64_t) t + 1000};
		char	   *json = fit(cs, 2, rows, 5000, &p, true);
		sm_error	err;
		sm_json    *doc = json ? sm_json_parse(json, strlen(json), &err) : NULL;
		double		x = doc ? sm_json_get(doc, "training_rows")->num - 5000 : 0;

		s += x;
		s2 += x * x;
		sm_json_free(doc);
		free(json);
	}
	b = 1 / 0.5;				/* one measured column: no correlation share */
	s /= fits;
	s2 = s2 / fits - s * s;
	/* 400 fits: the variance estimate is within 20% with high probability */
	CHECK(fabs(s2 / (5 * 2 * b * b) - 1) < 0.25);
	CHECK(fabs(s) < 1.5);
	free(rows);
}

/* A value held by one row passes the threshold rarely (<= delta each time). */
static void
test_threshold_release(void)
{
	sm_colspec	cs[T_NCOLS];
	sm_value   *rows = table_rows(500);
	int			secret = 0,
				paris = 0;

	table_specs(cs);
	for (int t = 0; t < 100; t++)
	{
		sm_dp_params p = {5.0, 1e-3, SM_DP_LAPLACE, 0, -1, (uint64_t) t + 7};
		char	   *json = fit(cs, T_NCOLS, rows, 500, &p, true);

		secret += json && strstr(json, "Secret") != NULL;
		paris += json && strstr(json, "\"Paris\"") != NULL;
		free(json);
	}
	CHECK(secret == 0);
	CHECK(paris == 100);
	free(rows);
}

/* The Gaussian mechanism: sigma recorded is the analytic one for the share. */
static void
test_gaussian_fit(void)
{
	sm_colspec	cs[T_NCOLS];
	sm_value   *rows = table_rows(1000);
	sm_dp_params p = {1.0, 1e-5, SM_DP_GAUSSIAN, 0, -1, 5};
	char	   *json;
	sm_error	err;
	sm_json    *doc;

	table_specs(cs);
	json = fit(cs, T_NCOLS, rows, 1000, &p, true);
	doc = json ? sm_json_parse(json, strlen(json), &err) : NULL;
	CHECK(doc != NULL);
	if (doc)
	{
		const sm_json *dp = sm_json_get(doc, "dp");
		const sm_json *c0 = sm_json_get(dp, "columns")->items[0];
		const sm_json *corr = sm_json_get(dp, "correlation");
		/* 4 measured columns and the correlation share delta: 5 parts */
		double		dlt = 1e-5 / 5;

		CHECK_NEAR(sm_json_get(c0, "delta")->num, dlt, 1e-15);
		CHECK_NEAR(sm_json_get(c0, "scale")->num, sm_dp_gaussian_sigma(1.0, 0.2, dlt), 1e-9);
		CHECK_NEAR(sm_json_get(corr, "sensitivity")->num, sqrt(6.0) * 4, 1e-9);
		CHECK_NEAR(sm_json_get(corr, "scale")->num,
				   sm_dp_gaussian_sigma(sqrt(6.0) * 4, 0.2, dlt), 1e-6);
		sm_json_free(doc);
	}
	free(json);
	free(rows);
}

/* The counts of the atoms of column col (weight x training_rows). */
static void
atom_counts(const char *json, int col, double *out, int n)
{
	sm_error	err;
	sm_json    *doc = sm_json_parse(json, strlen(json), &err);
	const sm_json *atoms = sm_json_get(sm_json_get(doc, "columns")->items[col], "atoms");
	double		rows = sm_json_get(doc, "training_rows")->num;

	for (int k = 0; k < n; k++)
		out[k] = 0;
	for (size_t k = 0; k < atoms->n; k++)
		out[(int) atoms->items[k]->items[0]->num - 1] = atoms->items[k]->items[1]->num * rows;
	sm_json_free(doc);
}

/*
 * Sensitivity of the histograms: on neighbouring data sets (one row added),
 * the exact released counts differ by 1 in one bin: L1 = L2 = 1, whichever
 * row is added.
 */
static void
test_sensitivity(void)
{
	sm_colspec	cs[T_NCOLS];
	sm_value   *rows = table_rows(301);
	sm_dp_params p = {1.0, 1e-6, SM_DP_LAPLACE, 0, -1, 1};
	char	   *base;
	double		c0[5],
				c1[5];
	bool		ok = true;

	table_specs(cs);
	base = fit(cs, T_NCOLS, rows, 300, &p, false);
	atom_counts(base, T_LEVEL, c0, 5);
	/* every neighbour D + row r (r one of the rows of D) */
	for (int r = 0; r < 300; r += 37)
	{
		char	   *nb;
		double		l1 = 0;

		rows[300 * T_NCOLS + T_LEVEL] = rows[r * T_NCOLS + T_LEVEL];
		nb = fit(cs, T_NCOLS, rows, 301, &p, false);
		atom_counts(nb, T_LEVEL, c1, 5);
		for (int k = 0; k < 5; k++)
			l1 += fabs(c1[k] - c0[k]);
		ok = ok && fabs(l1 - 1) < 1e-9;
		free(nb);
	}
	CHECK(ok);
	free(base);
	free(rows);
}

int
main(void)
{
	test_laplace();
	test_gaussian();
	test_threshold();
	test_clip();
	test_params();
	test_bad_columns();
	test_fitter_model();
	test_exact();
	test_histogram_scale();
	test_threshold_release();
	test_gaussian_fit();
	test_sensitivity();
	return unit_done();
}
