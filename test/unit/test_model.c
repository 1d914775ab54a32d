/* Unit tests of src/core/model.c and src/core/marginal.c (the table model). */
#include <stdint.h>
#include <stdlib.h>

#include "copula.h"
#include "datetime.h"
#include "json.h"
#include "model.h"
#include "regex.h"
#include "rng.h"
#include "schemadef.h"
#include "stats.h"
#include "unit.h"
#include "unit_alloc.h"

/* ------------------------------------------------------------------------
 * An "adult-like" training table built with the counter RNG
 * ------------------------------------------------------------------------ */

enum
{
	C_ID, C_AGE, C_WORK, C_GAIN, C_HOURS, C_SENIOR, C_HIRED, C_INCOME, C_TAX,
	C_CODE, C_UID, C_NAME, C_CREATED, NCOLS
};

#define NROWS 20000

static const char *const work_levels[] = {
	"Private", "Self-emp-not-inc", "Local-gov", "State-gov", "Self-emp-inc",
	"Federal-gov", "Without-pay", "Never-worked"
};

static const char *const first_names[] = {
	"Anna", "Bruno", "Clara", "David", "Emma", "Felix", "Greta", "Hugo",
	"Ines", "Jonas", "Karla", "Lukas"
};

static const char *const syl[] = {
	"ber", "man", "sch", "mid", "wag", "ner", "kel", "lor", "hof", "sta",
	"dt", "ing", "er", "weis", "bach"
};

typedef struct table
{
	sm_value	v[NROWS][NCOLS];
	char		code[NROWS][12];
	char		name[NROWS][40];
} table;

static table *T;
static int32_t hired_lo,
			hired_hi;

/* Fill T: every column a real-looking distribution with known structure. */
static void
build_table(void)
{
	hired_lo = sm_days_from_ymd(2010, 1, 1);
	hired_hi = sm_days_from_ymd(2020, 12, 31);
	T = calloc(1, sizeof(table));
	for (int i = 0; i < NROWS; i++)
	{
		sm_rng		r;
		sm_value   *v = T->v[i];
		double		u,
					z;
		int			age,
					hours,
					w;
		int64_t		gain;

		sm_rng_init(&r, 2024, (uint64_t) i, 1);
		/* id 1..N */
		v[C_ID].kind = SM_V_INT;
		v[C_ID].i = i + 1;
		/* age: right-skewed integer 17..90 */
		z = sm_rng_normal(&r);
		age = 17 + (int) round(exp(2.9 + 0.6 * z));
		if (age > 90)
			age = 90;
		v[C_AGE].kind = SM_V_INT;
		v[C_AGE].i = age;
		/* workclass: 8 levels, one rare (3 rows), older people self-employed */
		u = sm_rng_uniform(&r);
		w = u < 0.75 ? 0 : u < 0.83 ? 1 : u < 0.895 ? 2 : u < 0.935 ? 3 :
			u < 0.97 ? 4 : u < 0.9995 ? 5 : 6;
		if (age > 50 && sm_rng_uniform(&r) < 0.3)
			w = 1;
		if (i == 100 || i == 200 || i == 300)
			w = 7;
		if (sm_rng_uniform(&r) < 0.03 && w != 7)
			v[C_WORK].kind = SM_V_NULL;
		else
		{
			v[C_WORK].kind = SM_V_TEXT;
			v[C_WORK].s = work_levels[w];
			v[C_WORK].len = strlen(work_levels[w]);
		}
		/* capital gain: zero-inflated with a few common values and a tail */
		u = sm_rng_uniform(&r);
		if (u < 0.915)
			gain = 0;
		else if (u < 0.925)
			gain = 7688;
		else if (u < 0.933)
			gain = 15024;
		else if (u < 0.938)
			gain = 99999;
		else
		{
			gain = (int64_t) round(exp(8.3 + 0.9 * sm_rng_normal(&r)));
			if (gain < 1)
				gain = 1;
			if (gain > 99998)
				gain = 99998;
		}
		v[C_GAIN].kind = SM_V_INT;
		v[C_GAIN].i = gain;
		/* hours per week: a strong mode at 40 */
		if (sm_rng_uniform(&r) < 0.47)
			hours = 40;
		else
			hours = (int) round(40 + 12 * sm_rng_normal(&r));
		hours = hours < 1 ? 1 : hours > 99 ? 99 : hours;
		v[C_HOURS].kind = SM_V_INT;
		v[C_HOURS].i = hours;
		/* senior: boolean driven by age */
		v[C_SENIOR].kind = SM_V_BOOL;
		v[C_SENIOR].i = sm_rng_uniform(&r) < 1.0 / (1.0 + exp(-(age - 45) / 6.0));
		/* hired: date, younger people hired later */
		v[C_HIRED].kind = SM_V_DATE;
		v[C_HIRED].i = hired_lo + (int) ((90 - age) * 25 + sm_rng_uniform(&r) * 2000);
		if (v[C_HIRED].i > hired_hi)
			v[C_HIRED].i = hired_hi;
		/* income numeric(10,2) driven by hours; 5% NULL */
		if (sm_rng_uniform(&r) < 0.05)
		{
			v[C_INCOME].kind = SM_V_NULL;
			v[C_TAX].kind = SM_V_NULL;
		}
		else
		{
			double		inc = 15000 + 900 * hours + 9000 * sm_rng_normal(&r);
			double		tax;

			inc = round((inc < 0 ? 0 : inc) * 100) / 100;
			tax = 0.22 * inc + 800 * sm_rng_normal(&r);
			tax = round((tax < 0 ? 0 : tax) * 100) / 100;
			v[C_INCOME].kind = SM_V_NUMERIC;
			v[C_INCOME].f = inc;
			v[C_TAX].kind = SM_V_NUMERIC;
			v[C_TAX].f = tax;
		}
		/* employee code: unique, pattern [A-Z]{2}[0-9]{5} */
		snprintf(T->code[i], sizeof(T->code[i]), "%c%c%05d",
				 'A' + (i / 26) % 26, 'A' + i % 26, i % 100000);
		v[C_CODE].kind = SM_V_TEXT;
		v[C_CODE].s = T->code[i];
		v[C_CODE].len = strlen(T->code[i]);
		/* uuid */
		v[C_UID].kind = SM_V_UUID;
		for (int b = 0; b < 16; b++)
			v[C_UID].uuid[b] = (uint8_t) sm_rng_below(&r, 256);
		/* name: common first names, rare surnames (free text) */
		snprintf(T->name[i], sizeof(T->name[i]), "%s %c%s%s",
				 first_names[sm_rng_below(&r, 12)],
				 "BKMSW"[sm_rng_below(&r, 5)],
				 syl[sm_rng_below(&r, 15)], syl[sm_rng_below(&r, 15)]);
		v[C_NAME].kind = SM_V_TEXT;
		v[C_NAME].s = T->name[i];
		v[C_NAME].len = strlen(T->name[i]);
		/* created: timestamp on the hiring day, whole seconds */
		v[C_CREATED].kind = SM_V_FLOAT;
		v[C_CREATED].f = (double) v[C_HIRED].i * (double) SM_USECS_PER_DAY +
			1e6 * (double) sm_rng_below(&r, 86400);
	}
}

/* The definition of the adult-like table. */
static void
adult_specs(sm_colspec *cs)
{
	sm_colspec_init(&cs[C_ID], "id", SM_COL_INT);
	cs[C_ID].unique = cs[C_ID].required = true;
	sm_colspec_init(&cs[C_AGE], "age", SM_COL_INT);
	cs[C_AGE].int_bytes = 4;
	cs[C_AGE].has_min = cs[C_AGE].has_max = true;
	cs[C_AGE].min = 17;
	cs[C_AGE].max = 90;
	sm_colspec_init(&cs[C_WORK], "workclass", SM_COL_TEXT);
	sm_colspec_init(&cs[C_GAIN], "capital_gain", SM_COL_INT);
	cs[C_GAIN].has_min = cs[C_GAIN].has_max = true;
	cs[C_GAIN].min = 0;
	cs[C_GAIN].max = 99999;
	sm_colspec_init(&cs[C_HOURS], "hours_per_week", SM_COL_INT);
	cs[C_HOURS].has_min = cs[C_HOURS].has_max = true;
	cs[C_HOURS].min = 1;
	cs[C_HOURS].max = 99;
	sm_colspec_init(&cs[C_SENIOR], "senior", SM_COL_BOOL);
	sm_colspec_init(&cs[C_HIRED], "hired", SM_COL_DATE);
	cs[C_HIRED].has_min = cs[C_HIRED].has_max = true;
	cs[C_HIRED].min = hired_lo;
	cs[C_HIRED].max = hired_hi;
	sm_colspec_init(&cs[C_INCOME], "income", SM_COL_NUMERIC);
	cs[C_INCOME].scale = 2;
	cs[C_INCOME].has_min = true;
	cs[C_INCOME].min = 0;
	sm_colspec_init(&cs[C_TAX], "tax", SM_COL_NUMERIC);
	cs[C_TAX].scale = -1;		/* inferred: 2 */
	sm_colspec_init(&cs[C_CODE], "emp_code", SM_COL_TEXT);
	cs[C_CODE].unique = true;
	cs[C_CODE].pattern = "[A-Z]{2}[0-9]{5}";
	sm_colspec_init(&cs[C_UID], "uid", SM_COL_UUID);
	cs[C_UID].unique = true;
	sm_colspec_init(&cs[C_NAME], "name", SM_COL_TEXT);
	cs[C_NAME].max_length = 12;
	sm_colspec_init(&cs[C_CREATED], "created", SM_COL_TIMESTAMP);
}

/* Fit the adult-like table. */
static sm_tmodel *
fit_adult(sm_error *err)
{
	sm_colspec	cs[NCOLS];
	sm_fitter  *f;
	sm_tmodel  *m;

	adult_specs(cs);
	f = sm_fitter_new(cs, NCOLS, err);
	if (f == NULL)
		return NULL;
	sm_fitter_set_hash_key(f, UINT64_C(0x0123456789abcdef));
	for (int i = 0; i < NROWS; i++)
		if (!sm_fitter_add_row(f, T->v[i], err))
		{
			sm_fitter_free(f);
			return NULL;
		}
	m = sm_fitter_finish(f, err);
	sm_fitter_free(f);
	return m;
}

/* A generated run: values and copies of the text. */
typedef struct run
{
	size_t		n;
	sm_value   *v;				/* n x NCOLS */
	char	  **text;			/* n x NCOLS, copies of text values */
} run;

/* Rows first..first+count-1 of a run (seed, n), text copied out. */
static bool
generate(const sm_tmodel *m, uint64_t seed, uint64_t n, uint64_t first,
		 uint64_t count, run *out)
{
	sm_error	err;
	sm_gen	   *g;
	int			nc = sm_tmodel_ncols(m);

	memset(&err, 0, sizeof(err));
	g = sm_gen_new(m, seed, n, &err);
	if (g == NULL)
		return false;
	out->n = count;
	out->v = calloc(count * nc, sizeof(sm_value));
	out->text = calloc(count * nc, sizeof(char *));
	for (uint64_t i = 0; i < count; i++)
	{
		sm_value   *row = &out->v[i * nc];

		if (!sm_gen_row(g, first + i, row))
		{
			sm_gen_free(g);
			return false;
		}
		for (int k = 0; k < nc; k++)
			if (row[k].kind == SM_V_TEXT)
			{
				char	   *s = malloc(row[k].len + 1);

				memcpy(s, row[k].s, row[k].len);
				s[row[k].len] = '\0';
				out->text[i * nc + k] = s;
				row[k].s = s;
			}
	}
	sm_gen_free(g);
	return true;
}

/* Release a generated run. */
static void
run_free(run *r, int nc)
{
	for (size_t i = 0; i < r->n * nc; i++)
		free(r->text[i]);
	free(r->v);
	free(r->text);
}

/* A numeric view of a value (NaN for NULL). */
static double
num(const sm_value *v)
{
	switch (v->kind)
	{
		case SM_V_INT:
		case SM_V_BOOL:
		case SM_V_DATE:
		case SM_V_TIMESTAMP:
			return (double) v->i;
		case SM_V_FLOAT:
		case SM_V_NUMERIC:
			return v->f;
		default:
			return NAN;
	}
}

/* Two values are the same (text by content). */
static bool
same_value(const sm_value *a, const sm_value *b)
{
	if (a->kind != b->kind)
		return false;
	switch (a->kind)
	{
		case SM_V_NULL:
			return true;
		case SM_V_TEXT:
			return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
		case SM_V_UUID:
			return memcmp(a->uuid, b->uuid, 16) == 0;
		case SM_V_FLOAT:
		case SM_V_NUMERIC:
			return a->f == b->f && a->scale == b->scale;
		default:
			return a->i == b->i;
	}
}

/* Column k of the real table (r == NULL) or of a run, as doubles. */
static double *
column(const run *r, int k, size_t *n)
{
	size_t		cnt = r ? r->n : NROWS;
	double	   *x = malloc(cnt * sizeof(double));

	for (size_t i = 0; i < cnt; i++)
		x[i] = num(r ? &r->v[i * NCOLS + k] : &T->v[i][k]);
	*n = cnt;
	return x;
}

/* SDMetrics KSComplement of a column, real against synthetic. */
static double
ks_complement_col(const run *syn, int k)
{
	size_t		na,
				nb;
	double	   *a = column(NULL, k, &na);
	double	   *b = column(syn, k, &nb);
	double		ks = sm_ks_complement(a, na, b, nb);

	free(a);
	free(b);
	return ks;
}

/* Pearson correlation of two columns of a run (or the real table). */
static double
corr_col(const run *r, int a, int b)
{
	size_t		n;
	double	   *x = column(r, a, &n);
	double	   *y = column(r, b, &n);
	double		c = sm_pearson(x, y, n);

	free(x);
	free(y);
	return c;
}

/* Share of non-NULL rows equal to value v. */
static double
freq_of(const run *r, int k, double v)
{
	size_t		n,
				hit = 0,
				nn = 0;
	double	   *x = column(r, k, &n);

	for (size_t i = 0; i < n; i++)
		if (!isnan(x[i]))
		{
			nn++;
			hit += x[i] == v;
		}
	free(x);
	return nn ? (double) hit / nn : NAN;
}

/* Share of NULLs of a column. */
static double
null_share(const run *r, int k)
{
	size_t		cnt = r ? r->n : NROWS,
				nulls = 0;

	for (size_t i = 0; i < cnt; i++)
		nulls += (r ? r->v[i * NCOLS + k].kind : T->v[i][k].kind) == SM_V_NULL;
	return (double) nulls / cnt;
}

/* Workclass bucket: a level 0..6 or 7 for anything else (rare/new). */
static int
work_bucket(const sm_value *v)
{
	if (v->kind != SM_V_TEXT)
		return -1;
	for (int w = 0; w < 7; w++)
		if (v->len == strlen(work_levels[w]) && memcmp(v->s, work_levels[w], v->len) == 0)
			return w;
	return 7;
}

/* qsort order of C strings. */
static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* qsort order of int64. */
static int
cmp_i64(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a,
				y = *(const int64_t *) b;

	return (x > y) - (x < y);
}

/* qsort order of UUIDs. */
static int
cmp_uuid(const void *a, const void *b)
{
	return memcmp(a, b, 16);
}

/* ------------------------------------------------------------------------
 * Quality of the adult-like table
 * ------------------------------------------------------------------------ */

/*
 * The generated table is close to the real one by the SDMetrics
 * measures, and respects types, bounds, scale, NULL rates and privacy.
 */
static void
test_quality(const sm_tmodel *m)
{
	run			syn;
	bool		ok;
	double		real_tab[8 * 2],
				syn_tab[8 * 2],
				rf[8],
				sf[8];
	int			bad_int = 0,
				bad_scale = 0,
				bad_range = 0,
				rare = 0,
				other = 0,
				bad_ts = 0;
	double		x;

	ok = generate(m, 7, NROWS, 0, NROWS, &syn);
	CHECK(ok);
	if (!ok)
		return;

	/* SDMetrics KSComplement per numeric column */
	{
		const int	numeric[] = {C_AGE, C_GAIN, C_HOURS, C_HIRED, C_INCOME, C_TAX, C_CREATED};

		for (size_t k = 0; k < sizeof(numeric) / sizeof(numeric[0]); k++)
		{
			double		ksc = ks_complement_col(&syn, numeric[k]);

			printf("# KSComplement %s = %.4f\n", sm_tmodel_colname(m, numeric[k]), ksc);
			CHECK(ksc >= 0.95);
		}
	}

	/* TVComplement of the categoricals (new values pooled with rare ones) */
	memset(rf, 0, sizeof(rf));
	memset(sf, 0, sizeof(sf));
	memset(real_tab, 0, sizeof(real_tab));
	memset(syn_tab, 0, sizeof(syn_tab));
	for (int i = 0; i < NROWS; i++)
	{
		int			br = work_bucket(&T->v[i][C_WORK]);
		int			bs = work_bucket(&syn.v[i * NCOLS + C_WORK]);

		if (br >= 0)
		{
			rf[br]++;
			real_tab[br * 2 + T->v[i][C_SENIOR].i]++;
		}
		if (bs >= 0)
		{
			sf[bs]++;
			syn_tab[bs * 2 + syn.v[i * NCOLS + C_SENIOR].i]++;
		}
	}
	x = sm_tv_complement(rf, sf, 8);
	printf("# TVComplement workclass = %.4f\n", x);
	CHECK(x >= 0.97);
	{
		double		rb[2] = {0, 0},
					sb[2] = {0, 0};

		for (int i = 0; i < NROWS; i++)
		{
			rb[T->v[i][C_SENIOR].i]++;
			sb[syn.v[i * NCOLS + C_SENIOR].i]++;
		}
		x = sm_tv_complement(rb, sb, 2);
		printf("# TVComplement senior = %.4f\n", x);
		CHECK(x >= 0.97);
	}
	x = sm_contingency_similarity(real_tab, syn_tab, 8, 2);
	printf("# ContingencySimilarity workclass x senior = %.4f\n", x);
	CHECK(x >= 0.95);

	/* the most common values keep their frequency */
	CHECK_NEAR(freq_of(&syn, C_HOURS, 40), freq_of(NULL, C_HOURS, 40), 0.02);
	CHECK_NEAR(freq_of(&syn, C_GAIN, 0), freq_of(NULL, C_GAIN, 0), 0.02);
	CHECK_NEAR(freq_of(&syn, C_GAIN, 99999), freq_of(NULL, C_GAIN, 99999), 0.005);
	CHECK_NEAR(sf[0] / (NROWS - null_share(&syn, C_WORK) * NROWS),
			   rf[0] / (NROWS - null_share(NULL, C_WORK) * NROWS), 0.02);
	printf("# hours=40: real %.4f synth %.4f; gain=0: real %.4f synth %.4f\n",
		   freq_of(NULL, C_HOURS, 40), freq_of(&syn, C_HOURS, 40),
		   freq_of(NULL, C_GAIN, 0), freq_of(&syn, C_GAIN, 0));

	/* correlations of the correlated pairs */
	{
		const int	pairs[][2] = {{C_AGE, C_SENIOR}, {C_INCOME, C_HOURS},
		{C_TAX, C_INCOME}, {C_AGE, C_HIRED}, {C_HIRED, C_CREATED}};

		for (size_t k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++)
		{
			double		cr = corr_col(NULL, pairs[k][0], pairs[k][1]);
			double		cs = corr_col(&syn, pairs[k][0], pairs[k][1]);

			printf("# corr %s~%s: real %.3f synth %.3f\n",
				   sm_tmodel_colname(m, pairs[k][0]), sm_tmodel_colname(m, pairs[k][1]),
				   cr, cs);
			CHECK_NEAR(cs, cr, 0.05);
		}
	}

	/* null rates */
	CHECK_NEAR(null_share(&syn, C_WORK), null_share(NULL, C_WORK), 0.01);
	CHECK_NEAR(null_share(&syn, C_INCOME), null_share(NULL, C_INCOME), 0.01);
	CHECK(null_share(&syn, C_ID) == 0.0);
	CHECK(null_share(&syn, C_AGE) == 0.0);

	/* types, scale, bounds, rare labels, max_length */
	for (int i = 0; i < NROWS; i++)
	{
		sm_value   *v = &syn.v[i * NCOLS];

		if (v[C_AGE].kind != SM_V_INT || v[C_GAIN].kind != SM_V_INT ||
			v[C_HOURS].kind != SM_V_INT || v[C_ID].kind != SM_V_INT)
			bad_int++;
		if (v[C_AGE].i < 17 || v[C_AGE].i > 90 || v[C_HOURS].i < 1 ||
			v[C_HOURS].i > 99 || v[C_GAIN].i < 0 || v[C_GAIN].i > 99999 ||
			v[C_HIRED].kind != SM_V_DATE || v[C_HIRED].i < hired_lo ||
			v[C_HIRED].i > hired_hi ||
			(v[C_INCOME].kind == SM_V_NUMERIC && v[C_INCOME].f < 0))
			bad_range++;
		if (v[C_INCOME].kind == SM_V_NUMERIC &&
			(v[C_INCOME].scale != 2 ||
			 fabs(v[C_INCOME].f * 100 - round(v[C_INCOME].f * 100)) > 1e-6))
			bad_scale++;
		if (v[C_TAX].kind == SM_V_NUMERIC &&
			(v[C_TAX].scale != 2 || fabs(v[C_TAX].f * 100 - round(v[C_TAX].f * 100)) > 1e-6))
			bad_scale++;
		if (v[C_CREATED].kind != SM_V_TIMESTAMP || v[C_CREATED].i % 1000000 != 0)
			bad_ts++;
		if (v[C_WORK].kind == SM_V_TEXT)
		{
			if (v[C_WORK].len == 12 && memcmp(v[C_WORK].s, "Never-worked", 12) == 0)
				rare++;
			if (work_bucket(&v[C_WORK]) == 7)
				other++;
		}
		if (v[C_NAME].kind != SM_V_TEXT || v[C_NAME].len == 0 || v[C_NAME].len > 12)
		{
			bad_range++;
			if (bad_range < 5)
				printf("# name %d %zu\n", v[C_NAME].kind, v[C_NAME].len);
		}
	}
	CHECK(bad_int == 0);
	CHECK(bad_range == 0);
	CHECK(bad_scale == 0);
	CHECK(bad_ts == 0);
	CHECK(rare == 0);
	printf("# workclass: %d new values for the 3 rare training rows\n", other);
	CHECK(other <= 20);

	/* generated names never reproduce a rare training name */
	{
		char	  **names = malloc(NROWS * sizeof(char *));
		int			leaked = 0,
					novel = 0;

		for (int i = 0; i < NROWS; i++)
			names[i] = T->name[i];
		qsort(names, NROWS, sizeof(char *), cmp_str);
		for (int i = 0; i < NROWS; i++)
		{
			const char *s = syn.text[i * NCOLS + C_NAME];
			char	  **hit = s ? bsearch(&s, names, NROWS, sizeof(char *), cmp_str) : NULL;

			if (hit == NULL)
			{
				novel++;
				continue;
			}
			/* count that training value */
			{
				char	  **lo = hit,
						  **hi = hit;

				while (lo > names && strcmp(lo[-1], s) == 0)
					lo--;
				while (hi + 1 < names + NROWS && strcmp(hi[1], s) == 0)
					hi++;
				if (hi - lo + 1 < SM_MODEL_MIN_COUNT)
					leaked++;
			}
		}
		CHECK(leaked == 0);
		CHECK(novel > 0);
		free(names);
	}
	run_free(&syn, NCOLS);
}

/* Unique columns stay distinct over 100k rows; check_n refuses small domains. */
static void
test_unique(const sm_tmodel *m)
{
	run			r;
	int64_t    *ids;
	char	  **codes;
	uint8_t    *uids;
	int			dup_id = 0,
				dup_code = 0,
				dup_uid = 0,
				nomatch = 0,
				badver = 0;
	sm_regex   *re;
	sm_error	err;
	size_t		n = 100000;

	memset(&err, 0, sizeof(err));
	CHECK(generate(m, 99, n, 0, n, &r));
	ids = malloc(n * sizeof(int64_t));
	codes = malloc(n * sizeof(char *));
	uids = malloc(n * 16);
	re = sm_regex_compile("[A-Z]{2}[0-9]{5}", 16, &err);
	for (size_t i = 0; i < n; i++)
	{
		sm_value   *v = &r.v[i * NCOLS];

		ids[i] = v[C_ID].i;
		codes[i] = r.text[i * NCOLS + C_CODE];
		memcpy(uids + 16 * i, v[C_UID].uuid, 16);
		if (!sm_regex_matches(re, v[C_CODE].s, v[C_CODE].len))
			nomatch++;
		if ((v[C_UID].uuid[6] >> 4) != 4 || (v[C_UID].uuid[8] >> 6) != 2)
			badver++;
	}
	qsort(ids, n, sizeof(int64_t), cmp_i64);
	qsort(codes, n, sizeof(char *), cmp_str);
	qsort(uids, n, 16, cmp_uuid);
	for (size_t i = 1; i < n; i++)
	{
		dup_id += ids[i] == ids[i - 1];
		dup_code += strcmp(codes[i], codes[i - 1]) == 0;
		dup_uid += memcmp(uids + 16 * i, uids + 16 * (i - 1), 16) == 0;
	}
	CHECK(dup_id == 0);
	CHECK(dup_code == 0);
	CHECK(dup_uid == 0);
	CHECK(nomatch == 0);
	CHECK(badver == 0);
	/* the id column was 1..N: a sequence */
	CHECK(ids[0] == 1 && ids[n - 1] == (int64_t) n);
	free(ids);
	free(codes);
	free(uids);
	sm_regex_free(re);
	run_free(&r, NCOLS);

	/* 26^2 * 10^5 codes: n beyond that is refused up front */
	CHECK(sm_tmodel_check_n(m, 67600000, &err));
	CHECK(!sm_tmodel_check_n(m, 67600001, &err));
	CHECK(err.code == SM_EDATA);
	CHECK_STR(err.path, "emp_code");
	CHECK(strstr(err.message, "67600000") != NULL);
	CHECK(sm_gen_new(m, 1, 67600001, &err) == NULL);
}

/* Small unique domains: check_n names the column and the domain size. */
static void
test_check_n(void)
{
	sm_colspec	cs[3];
	sm_fitter  *f;
	sm_tmodel  *m;
	sm_error	err;
	run			r;

	memset(&err, 0, sizeof(err));
	sm_colspec_init(&cs[0], "small_key", SM_COL_INT);
	cs[0].int_bytes = 2;
	cs[0].unique = true;
	cs[0].has_min = cs[0].has_max = true;
	cs[0].min = 1;
	cs[0].max = 100;
	sm_colspec_init(&cs[1], "code", SM_COL_TEXT);
	cs[1].unique = true;
	cs[1].pattern = "X[0-9]{2}";
	sm_colspec_init(&cs[2], "seq", SM_COL_INT);
	cs[2].int_bytes = 2;
	cs[2].model_kind = "sequence";
	cs[2].has_min = true;
	cs[2].min = 32000;
	f = sm_fitter_new(cs, 3, &err);
	m = f ? sm_fitter_finish(f, &err) : NULL;
	CHECK(m != NULL);
	if (m == NULL)
	{
		sm_fitter_free(f);
		return;
	}
	CHECK(sm_tmodel_check_n(m, 100, &err));
	CHECK(!sm_tmodel_check_n(m, 101, &err));
	CHECK(err.code == SM_EDATA && strcmp(err.path, "small_key") == 0);
	CHECK(strstr(err.message, "100 values") != NULL);
	CHECK(sm_gen_new(m, 1, 101, &err) == NULL);

	/* all 100 values exactly once, codes distinct, the sequence counts up */
	CHECK(generate(m, 5, 100, 0, 100, &r));
	{
		int			seen[101] = {0},
					all = 1;
		char	   *codes[100];

		for (int i = 0; i < 100; i++)
		{
			int64_t		v = r.v[i * 3].i;

			if (v < 1 || v > 100 || seen[v]++)
				all = 0;
			codes[i] = r.text[i * 3 + 1];
			if (r.v[i * 3 + 2].i != 32000 + i)
				all = 0;
		}
		CHECK(all);
		qsort(codes, 100, sizeof(char *), cmp_str);
		all = 1;
		for (int i = 1; i < 100; i++)
			if (strcmp(codes[i], codes[i - 1]) == 0)
				all = 0;
		CHECK(all);
	}
	run_free(&r, 3);
	sm_tmodel_free(m);
	sm_fitter_free(f);

	/* the smallint sequence from 32000 holds 768 values */
	sm_error_clear(&err);
	f = sm_fitter_new(&cs[2], 1, &err);
	m = f ? sm_fitter_finish(f, &err) : NULL;
	CHECK(m != NULL && sm_tmodel_check_n(m, 768, &err));
	CHECK(m != NULL && !sm_tmodel_check_n(m, 769, &err) && strcmp(err.path, "seq") == 0 &&
		  err.code == SM_EDATA);
	sm_tmodel_free(m);
	sm_fitter_free(f);
}

/* Row i is a pure function of (model, seed, i). */
static void
test_determinism(const sm_tmodel *m)
{
	run			a,
				b,
				c,
				d;
	int			same = 1,
				diff = 0;

	CHECK(generate(m, 11, 1000, 0, 1000, &a));
	CHECK(generate(m, 11, 10, 0, 10, &b));
	CHECK(generate(m, 11, 1000, 500, 500, &c));	/* a slice */
	CHECK(generate(m, 12, 1000, 0, 10, &d));	/* another seed */
	for (int i = 0; i < 10; i++)
		for (int k = 0; k < NCOLS; k++)
		{
			if (!same_value(&a.v[i * NCOLS + k], &b.v[i * NCOLS + k]))
				same = 0;
			if (!same_value(&a.v[i * NCOLS + k], &d.v[i * NCOLS + k]))
				diff++;
		}
	CHECK(same);
	same = 1;
	for (int i = 0; i < 500; i++)
		for (int k = 0; k < NCOLS; k++)
			if (!same_value(&a.v[(500 + i) * NCOLS + k], &c.v[i * NCOLS + k]))
				same = 0;
	CHECK(same);
	CHECK(diff > 50);
	run_free(&a, NCOLS);
	run_free(&b, NCOLS);
	run_free(&c, NCOLS);
	run_free(&d, NCOLS);
}

/* Writing, reading and writing again gives the same bytes and rows. */
static void
test_round_trip(const sm_tmodel *m)
{
	sm_buf		a,
				b;
	sm_error	err;
	sm_tmodel  *m2;
	run			r1,
				r2;
	int			same = 1;

	memset(&err, 0, sizeof(err));
	sm_buf_init(&a);
	sm_buf_init(&b);
	CHECK(sm_tmodel_write_json(m, &a));
	CHECK(sm_json_valid(a.data, a.len));
	printf("# model JSON: %zu bytes\n", a.len);
	m2 = sm_tmodel_from_json(a.data, a.len, &err);
	CHECK(m2 != NULL);
	if (m2 == NULL)
	{
		printf("# %s: %s\n", err.path, err.message);
		sm_buf_free(&a);
		return;
	}
	CHECK(sm_tmodel_write_json(m2, &b));
	CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
	CHECK(generate(m, 3, 2000, 0, 2000, &r1));
	CHECK(generate(m2, 3, 2000, 0, 2000, &r2));
	for (size_t i = 0; i < 2000 * NCOLS; i++)
		if (!same_value(&r1.v[i], &r2.v[i]))
			same = 0;
	CHECK(same);

	/* privacy: rare labels are not stored, fit metrics are */
	CHECK(strstr(a.data, "Never-worked") == NULL);
	CHECK(strstr(a.data, "Without-pay") != NULL);
	CHECK(strstr(a.data, "\"fit\":{\"rows\":20000") != NULL);
	CHECK(strstr(a.data, "\"ks\":") != NULL);

	/* accessors */
	CHECK(sm_tmodel_ncols(m2) == NCOLS);
	CHECK_STR(sm_tmodel_colname(m2, C_INCOME), "income");
	CHECK(sm_tmodel_coltype(m2, C_HIRED) == SM_COL_DATE);
	CHECK(sm_tmodel_colname(m2, NCOLS) == NULL);

	run_free(&r1, NCOLS);
	run_free(&r2, NCOLS);
	sm_tmodel_free(m2);
	sm_buf_free(&a);
	sm_buf_free(&b);
}

/* ------------------------------------------------------------------------
 * Constraints-only columns and forced model kinds
 * ------------------------------------------------------------------------ */

/* Without training data, columns follow the definition. */
static void
test_constraints_only(void)
{
	sm_colspec	cs[10];
	const char *labels[] = {"red", "green", "blue"};
	const double weights[] = {1, 2, 7};
	sm_fitter  *f;
	sm_tmodel  *m;
	sm_error	err;
	run			r;
	sm_regex   *re;
	int			bad = 0,
				seen_int[11] = {0},
				cnt[3] = {0},
				lorem = 0,
				nnull = 0;
	int			nc = 10,
				n = 5000;

	memset(&err, 0, sizeof(err));
	sm_colspec_init(&cs[0], "i", SM_COL_INT);
	cs[0].has_min = cs[0].has_max = true;
	cs[0].min = 5;
	cs[0].max = 10;
	sm_colspec_init(&cs[1], "n", SM_COL_NUMERIC);
	cs[1].scale = 3;
	cs[1].has_min = cs[1].has_max = true;
	cs[1].min = -1.5;
	cs[1].max = 2.25;
	sm_colspec_init(&cs[2], "d", SM_COL_DATE);
	cs[2].has_min = true;
	cs[2].min = sm_days_from_ymd(2023, 1, 1);
	sm_colspec_init(&cs[3], "p", SM_COL_TEXT);
	cs[3].pattern = "[A-F]{3}-[0-9]{2,4}";
	sm_colspec_init(&cs[4], "c", SM_COL_TEXT);
	cs[4].nlabels = 3;
	cs[4].labels = labels;
	cs[4].weights = weights;
	sm_colspec_init(&cs[5], "t", SM_COL_TEXT);
	cs[5].max_length = 10;
	sm_colspec_init(&cs[6], "b", SM_COL_BOOL);
	cs[6].null_rate = 0.2;
	sm_colspec_init(&cs[7], "u", SM_COL_UUID);
	sm_colspec_init(&cs[8], "ln", SM_COL_FLOAT);
	cs[8].model_kind = "lognormal";
	cs[8].model_params = NULL;
	sm_colspec_init(&cs[9], "ts", SM_COL_TIMESTAMP);
	cs[9].has_min = cs[9].has_max = true;
	cs[9].min = 0;
	cs[9].max = 86400e6;

	/* lognormal without parameters or data is refused, naming the column */
	f = sm_fitter_new(cs, nc, &err);
	CHECK(f != NULL);
	m = sm_fitter_finish(f, &err);
	CHECK(m == NULL && err.code == SM_EINVAL && strcmp(err.path, "ln") == 0);
	sm_fitter_free(f);

	{
		const char *ptext = "{\"mu\": 1.0, \"sigma\": 0.5}";
		sm_json    *params = sm_json_parse(ptext, strlen(ptext), &err);

		cs[8].model_params = params;
		f = sm_fitter_new(cs, nc, &err);
		sm_json_free(params);	/* the fitter keeps a copy */
	}
	m = f ? sm_fitter_finish(f, &err) : NULL;
	sm_fitter_free(f);
	CHECK(m != NULL);
	if (m == NULL)
	{
		printf("# %s: %s\n", err.path, err.message);
		return;
	}
	CHECK(generate(m, 1, n, 0, n, &r));
	re = sm_regex_compile(cs[3].pattern, strlen(cs[3].pattern), &err);
	for (int i = 0; i < n; i++)
	{
		sm_value   *v = &r.v[i * nc];

		if (v[0].kind != SM_V_INT || v[0].i < 5 || v[0].i > 10)
			bad++;
		else
			seen_int[v[0].i]++;
		if (v[1].kind != SM_V_NUMERIC || v[1].f < -1.5 || v[1].f > 2.25 ||
			v[1].scale != 3 || fabs(v[1].f * 1000 - round(v[1].f * 1000)) > 1e-6)
			bad++;
		if (v[2].kind != SM_V_DATE || v[2].i < cs[2].min)
			bad++;
		if (v[3].kind != SM_V_TEXT || !sm_regex_matches(re, v[3].s, v[3].len))
			bad++;
		if (v[4].kind != SM_V_TEXT)
			bad++;
		else
			for (int k = 0; k < 3; k++)
				if (strcmp(r.text[i * nc + 4], labels[k]) == 0)
					cnt[k]++;
		if (v[5].kind != SM_V_TEXT || v[5].len == 0 || v[5].len > 10)
			bad++;
		else if (v[5].s[0] >= 'A' && v[5].s[0] <= 'Z')
			lorem++;
		if (v[6].kind == SM_V_NULL)
			nnull++;
		else if (v[6].kind != SM_V_BOOL)
			bad++;
		if (v[7].kind != SM_V_UUID || (v[7].uuid[6] >> 4) != 4)
			bad++;
		if (v[8].kind != SM_V_FLOAT || !(v[8].f > 0))
			bad++;
		if (v[9].kind != SM_V_TIMESTAMP || v[9].i < 0 || v[9].i > 86400000000LL)
			bad++;
	}
	CHECK(bad == 0);
	CHECK(seen_int[5] > 600 && seen_int[10] > 600);	/* every value, ends too */
	CHECK(cnt[0] + cnt[1] + cnt[2] == n);
	CHECK_NEAR((double) cnt[2] / n, 0.7, 0.03);
	CHECK(lorem == n);
	CHECK_NEAR((double) nnull / n, 0.2, 0.02);
	{
		double	   *x = malloc(n * sizeof(double));
		double		med;

		for (int i = 0; i < n; i++)
			x[i] = r.v[i * nc + 8].f;
		sm_sort_values(x, n);
		med = sm_quantile_sorted(x, n, 0.5);
		CHECK_NEAR(med, exp(1.0), 0.15);
		free(x);
	}
	sm_regex_free(re);
	run_free(&r, nc);
	sm_tmodel_free(m);
}

/* Forced model kinds and the declared categorical weights, with data. */
static void
test_forced_kinds(void)
{
	sm_colspec	cs[4];
	sm_fitter  *f;
	sm_tmodel  *m;
	sm_error	err;
	sm_buf		b;
	int			n = 10000,
				added_bad = 0;

	memset(&err, 0, sizeof(err));
	sm_colspec_init(&cs[0], "g", SM_COL_FLOAT);
	cs[0].model_kind = "gamma";
	sm_colspec_init(&cs[1], "e", SM_COL_FLOAT);	/* auto: normal data */
	sm_colspec_init(&cs[2], "k", SM_COL_INT);
	cs[2].model_kind = "constant";
	sm_colspec_init(&cs[3], "x", SM_COL_TEXT);
	cs[3].model_kind = "uuid";
	CHECK(sm_fitter_new(cs, 4, &err) == NULL);
	CHECK(err.code == SM_EINVAL && strcmp(err.path, "x") == 0);
	cs[3].model_kind = "bogus";
	sm_error_clear(&err);
	CHECK(sm_fitter_new(cs, 4, &err) == NULL);
	CHECK(strstr(err.message, "bogus") != NULL && strcmp(err.path, "x") == 0);
	cs[3].model_kind = "ngram";
	sm_error_clear(&err);

	f = sm_fitter_new(cs, 4, &err);
	CHECK(f != NULL);
	if (f == NULL)
		return;
	for (int i = 0; i < n; i++)
	{
		sm_rng		r;
		sm_value	v[4];
		char		s[16];
		double		g = 0;

		sm_rng_init(&r, 5, (uint64_t) i, 0);
		memset(v, 0, sizeof(v));
		for (int k = 0; k < 3; k++)
			g += pow(sm_rng_normal(&r), 2);	/* chi2(3) = gamma(1.5, 2) */
		v[0].kind = SM_V_FLOAT;
		v[0].f = g;
		v[1].kind = SM_V_FLOAT;
		v[1].f = 10 + 2 * sm_rng_normal(&r);
		v[2].kind = SM_V_INT;
		v[2].i = i % 7 == 0 ? 3 : 4;
		snprintf(s, sizeof(s), "w%d", (int) sm_rng_below(&r, 50));
		v[3].kind = SM_V_TEXT;
		v[3].s = s;
		v[3].len = strlen(s);
		if (!sm_fitter_add_row(f, v, &err))
			added_bad++;
	}
	CHECK(added_bad == 0);
	m = sm_fitter_finish(f, &err);
	sm_fitter_free(f);
	CHECK(m != NULL);
	if (m == NULL)
		return;
	sm_buf_init(&b);
	sm_tmodel_write_json(m, &b);
	/* gamma forced; the normal data chose the normal family; the constant */
	CHECK(strstr(b.data, "\"family\":\"gamma\"") != NULL);
	CHECK(strstr(b.data, "\"name\":\"e\",\"type\":\"float\",\"kind\":\"numeric\"") != NULL);
	CHECK(strstr(b.data, "\"family\":\"normal\",\"a\":") != NULL);
	CHECK(strstr(b.data, "\"kind\":\"constant\",\"null_rate\":0,\"step\":1,\"value\":4") != NULL);
	CHECK(strstr(b.data, "\"kind\":\"ngram\"") != NULL);
	{
		run			r;
		double	   *x = malloc(n * sizeof(double));
		int			bad = 0;

		CHECK(generate(m, 2, n, 0, n, &r));
		for (int i = 0; i < n; i++)
		{
			x[i] = r.v[i * 4].f;
			if (r.v[i * 4 + 2].i != 4 || !(r.v[i * 4].f > 0) || r.v[i * 4 + 3].len == 0)
				bad++;
		}
		CHECK(bad == 0);
		sm_sort_values(x, n);
		/* chi2(3): mean 3, median 2.366 */
		CHECK_NEAR(sm_quantile_sorted(x, n, 0.5), 2.366, 0.1);
		free(x);
		run_free(&r, 4);
	}
	sm_buf_free(&b);
	sm_tmodel_free(m);
}

/*
 * A unique column stays a key whatever model kind is asked for (fuzz_fit:
 * a unique date with "categorical" repeated values).
 */
static void
test_unique_forced_kind(void)
{
	static const char *const kinds[] = {"categorical", "normal", "empirical", "constant"};

	for (int k = 0; k < 4; k++)
	{
		sm_colspec	cs[1];
		sm_fitter  *f;
		sm_tmodel  *m;
		sm_gen	   *g;
		sm_error	err;
		int64_t		seen[40];
		int			dup = 0;

		sm_error_clear(&err);
		sm_colspec_init(&cs[0], "d", k % 2 ? SM_COL_INT : SM_COL_DATE);
		cs[0].unique = true;
		cs[0].model_kind = kinds[k];
		f = sm_fitter_new(cs, 1, &err);
		CHECK(f != NULL);
		if (f == NULL)
			continue;
		for (int i = 0; i < 30; i++)
		{
			sm_value	v;

			memset(&v, 0, sizeof(v));
			v.kind = k % 2 ? SM_V_INT : SM_V_DATE;
			v.i = 100 + (i % 3);	/* few distinct values */
			sm_fitter_add_row(f, &v, &err);
		}
		m = sm_fitter_finish(f, &err);
		sm_fitter_free(f);
		CHECK(m != NULL);
		if (m == NULL)
			continue;
		g = sm_gen_new(m, 1, 40, &err);
		CHECK(g != NULL);
		for (int i = 0; g != NULL && i < 40; i++)
		{
			sm_value	v;

			if (!sm_gen_row(g, (uint64_t) i, &v))
			{
				dup++;
				break;
			}
			seen[i] = v.i;
			for (int j = 0; j < i; j++)
				if (seen[j] == seen[i])
					dup++;
		}
		CHECK(dup == 0);
		sm_gen_free(g);
		sm_tmodel_free(m);
	}
}

/*
 * A unique text column without a pattern keeps max_length (fuzz_fit: the
 * shape of longer training values, or the default shape, overflowed it).
 */
static void
test_unique_text_max_length(void)
{
	static const char *const names[] = {"Alice", "Bob", "Carol", "Dave", "Evelyn"};

	for (int withdata = 0; withdata < 2; withdata++)
	{
		sm_colspec	cs[1];
		sm_fitter  *f;
		sm_tmodel  *m;
		sm_gen	   *g;
		sm_error	err;
		char		seen[30][8];
		int			bad = 0;

		sm_error_clear(&err);
		sm_colspec_init(&cs[0], "code", SM_COL_TEXT);
		cs[0].unique = true;
		cs[0].max_length = 4;
		f = sm_fitter_new(cs, 1, &err);
		CHECK(f != NULL);
		if (f == NULL)
			continue;
		for (int i = 0; withdata && i < 25; i++)
		{
			sm_value	v;

			memset(&v, 0, sizeof(v));
			v.kind = SM_V_TEXT;
			v.s = names[i % 5];
			v.len = strlen(v.s);
			sm_fitter_add_row(f, &v, &err);
		}
		m = sm_fitter_finish(f, &err);
		sm_fitter_free(f);
		CHECK(m != NULL);
		if (m == NULL)
			continue;
		g = sm_gen_new(m, 3, 30, &err);
		CHECK(g != NULL);
		for (int i = 0; g != NULL && i < 30; i++)
		{
			sm_value	v;

			if (!sm_gen_row(g, (uint64_t) i, &v) || v.kind != SM_V_TEXT || v.len > 4)
			{
				bad++;
				break;
			}
			memcpy(seen[i], v.s, v.len);
			seen[i][v.len] = '\0';
			for (int j = 0; j < i; j++)
				if (strcmp(seen[j], seen[i]) == 0)
					bad++;
		}
		CHECK(bad == 0);
		sm_gen_free(g);
		sm_tmodel_free(m);
	}
}

/*
 * A forced family fitted on huge values is refused at fit time, not
 * written as a model the decoder cannot read (fuzz_fit).
 */
static void
test_huge_family(void)
{
	sm_colspec	cs[1];
	sm_fitter  *f;
	sm_tmodel  *m;
	sm_error	err;

	sm_error_clear(&err);
	sm_colspec_init(&cs[0], "x", SM_COL_FLOAT);
	cs[0].model_kind = "normal";
	f = sm_fitter_new(cs, 1, &err);
	CHECK(f != NULL);
	if (f == NULL)
		return;
	for (int i = 0; i < 30; i++)
	{
		sm_value	v;

		memset(&v, 0, sizeof(v));
		v.kind = SM_V_FLOAT;
		v.f = (i % 2 ? 3e117 : -2e118) * (1 + i);
		sm_fitter_add_row(f, &v, &err);
	}
	m = sm_fitter_finish(f, &err);
	sm_fitter_free(f);
	CHECK(m == NULL && err.code != SM_OK && strstr(err.message, "1e100") != NULL);
	sm_tmodel_free(m);

	/*
	 * the empirical form has the decoder's limit too: values near -5e303
	 * (found by fuzz_fit) were fitted into knots the decoder refuses
	 */
	sm_error_clear(&err);
	sm_colspec_init(&cs[0], "y", SM_COL_FLOAT);
	f = sm_fitter_new(cs, 1, &err);
	CHECK(f != NULL);
	if (f == NULL)
		return;
	for (int i = 0; i < 30; i++)
	{
		sm_value	v;

		memset(&v, 0, sizeof(v));
		v.kind = SM_V_FLOAT;
		v.f = (i % 3 == 0) ? -5.48e303 * (1.0 + 0.01 * i) : 2.0 * i;
		sm_fitter_add_row(f, &v, &err);
	}
	m = sm_fitter_finish(f, &err);
	sm_fitter_free(f);
	CHECK(m == NULL && err.code == SM_EINVAL && strstr(err.message, "1e300") != NULL);
	sm_tmodel_free(m);
}

/* A definition decoded by schemadef maps onto column specifications. */
static void
test_colspec_from_table(void)
{
	const char *def =
		"{\"name\":\"s\",\"tables\":[{\"name\":\"t\",\"columns\":["
		"{\"name\":\"id\",\"type\":\"integer\",\"primary_key\":true},"
		"{\"name\":\"amount\",\"type\":\"numeric(10,2)\",\"min\":0,\"max\":500},"
		"{\"name\":\"city\",\"type\":\"varchar(20)\",\"model\":{\"kind\":\"categorical\","
		"\"values\":{\"Paris\":0.5,\"Lyon\":0.3,\"Nice\":0.2}}},"
		"{\"name\":\"born\",\"type\":\"date\",\"min\":\"1950-01-01\"},"
		"{\"name\":\"ref\",\"type\":\"text\",\"pattern\":\"R[0-9]{4}\",\"unique\":true},"
		"{\"name\":\"s\",\"type\":\"smallint\",\"model\":{\"kind\":\"lognormal\",\"mu\":1,\"sigma\":0.2}}"
		"]}]}";
	sm_error	err;
	sm_schema  *s;
	sm_colspec	cs[6];
	sm_fitter  *f;
	sm_tmodel  *m;

	memset(&err, 0, sizeof(err));
	s = sm_schema_parse(def, strlen(def), NULL, &err);
	CHECK(s != NULL);
	if (s == NULL)
	{
		printf("# %s: %s\n", err.path, err.message);
		return;
	}
	for (int k = 0; k < 6; k++)
		sm_colspec_from_table(&s->tables[0], k, &cs[k]);
	CHECK(cs[0].type == SM_COL_INT && cs[0].int_bytes == 4 && cs[0].unique && cs[0].required);
	CHECK(cs[1].type == SM_COL_NUMERIC && cs[1].scale == 2 && cs[1].has_max && cs[1].max == 500);
	CHECK(cs[2].type == SM_COL_TEXT && cs[2].nlabels == 3 && cs[2].weights != NULL &&
		  cs[2].max_length == 20);
	CHECK(cs[3].type == SM_COL_DATE && cs[3].has_min &&
		  cs[3].min == sm_days_from_ymd(1950, 1, 1));
	CHECK(cs[4].unique && cs[4].pattern != NULL);
	CHECK(cs[5].int_bytes == 2 && strcmp(cs[5].model_kind, "lognormal") == 0);
	f = sm_fitter_new(cs, 6, &err);
	m = f ? sm_fitter_finish(f, &err) : NULL;
	CHECK(m != NULL);
	if (m)
	{
		run			r;
		int			bad = 0,
					paris = 0;

		CHECK(generate(m, 1, 3000, 0, 3000, &r));
		for (int i = 0; i < 3000; i++)
		{
			sm_value   *v = &r.v[i * 6];

			if (v[1].f < 0 || v[1].f > 500 || v[3].i < cs[3].min || v[5].i < 1 ||
				v[0].kind != SM_V_INT || v[4].len != 5)
				bad++;
			paris += strcmp(r.text[i * 6 + 2], "Paris") == 0;
		}
		CHECK(bad == 0);
		CHECK_NEAR(paris / 3000.0, 0.5, 0.03);
		run_free(&r, 6);
	}
	sm_tmodel_free(m);
	sm_fitter_free(f);
	sm_schema_free(s);
}

/* ------------------------------------------------------------------------
 * The decoder refuses corrupt models with a path
 * ------------------------------------------------------------------------ */

#define COL_NUM \
	"{\"name\":\"a\",\"type\":\"int\",\"kind\":\"numeric\",\"null_rate\":0,\"min\":0,\"max\":100," \
	"\"atoms\":[[0,0.5],[7,0.1]],\"continuous\":{\"weight\":0.4,\"family\":\"empirical\"," \
	"\"knots\":[1,5,60]}}"
#define COL_CAT \
	"{\"name\":\"b\",\"type\":\"text\",\"kind\":\"categorical\",\"null_rate\":0.1," \
	"\"categories\":[[\"x\",0.6],[\"y\",0.3]],\"other\":{\"weight\":0.1,\"position\":1," \
	"\"generator\":{\"kind\":\"pattern\",\"pattern\":\"[a-z]{3}\"}}}"
#define COL_BOOL \
	"{\"name\":\"c\",\"type\":\"bool\",\"kind\":\"categorical\",\"null_rate\":0," \
	"\"categories\":[[false,0.3],[true,0.7]]}"
#define HEAD "{\"format\":\"synthmig.model\",\"version\":1,\"columns\":["

/* A corrupt model must be refused with the given code and path. */
static void
expect_reject(const char *json, sm_errcode code, const char *path)
{
	sm_error	err;
	sm_tmodel  *m;

	memset(&err, 0, sizeof(err));
	m = sm_tmodel_from_json(json, strlen(json), &err);
	unit_check(m == NULL && err.code == code && strcmp(err.path, path) == 0,
			   __FILE__, __LINE__, path);
	if (m != NULL || err.code != code || strcmp(err.path, path) != 0)
		printf("#   got code %d path \"%s\": %s\n", err.code, err.path, err.message);
	sm_tmodel_free(m);
}

/* Every kind of damage is refused with the path of the offending element. */
static void
test_corrupt(void)
{
	const char *good = HEAD COL_NUM "," COL_CAT "," COL_BOOL "],"
		"\"copula\":{\"columns\":[0,1,2],\"correlation\":[[1,0.5,0.2],[0.5,1,0.1],[0.2,0.1,1]]}}";
	sm_error	err;
	sm_tmodel  *m;

	memset(&err, 0, sizeof(err));
	m = sm_tmodel_from_json(good, strlen(good), &err);
	CHECK(m != NULL);
	if (m == NULL)
		printf("# %s: %s\n", err.path, err.message);
	else
	{
		run			r;
		int			bad = 0;

		CHECK(generate(m, 1, 2000, 0, 2000, &r));
		for (int i = 0; i < 2000; i++)
			if (r.v[i * 3].kind != SM_V_INT || r.v[i * 3].i < 0 || r.v[i * 3].i > 100)
				bad++;
		CHECK(bad == 0);
		run_free(&r, 3);
	}
	sm_tmodel_free(m);

	expect_reject("[1]", SM_EINVAL, "$");
	expect_reject("{\"format\":\"other\"}", SM_EINVAL, "format");
	expect_reject("{\"format\":\"synthmig.model\",\"version\":2,\"columns\":[]}",
				  SM_EUNSUPPORTED, "version");
	expect_reject(HEAD "]}", SM_EINVAL, "columns");
	/* not positive definite */
	expect_reject(HEAD COL_NUM "," COL_CAT "," COL_BOOL "],"
				  "\"copula\":{\"columns\":[0,1,2],\"correlation\":[[1,0.99,0.99],[0.99,1,-0.99],[0.99,-0.99,1]]}}",
				  SM_EINVAL, "copula.correlation");
	/* asymmetric, diagonal, range, sizes */
	expect_reject(HEAD COL_NUM "," COL_CAT "],"
				  "\"copula\":{\"columns\":[0,1],\"correlation\":[[1,0.5],[0.4,1]]}}",
				  SM_EINVAL, "copula.correlation[1][0]");
	expect_reject(HEAD COL_NUM "," COL_CAT "],"
				  "\"copula\":{\"columns\":[0,1],\"correlation\":[[0.9,0.5],[0.5,1]]}}",
				  SM_EINVAL, "copula.correlation[0][0]");
	expect_reject(HEAD COL_NUM "," COL_CAT "],"
				  "\"copula\":{\"columns\":[0,1],\"correlation\":[[1,1.5],[1.5,1]]}}",
				  SM_EINVAL, "copula.correlation[0][1]");
	expect_reject(HEAD COL_NUM "," COL_CAT "],"
				  "\"copula\":{\"columns\":[0,1],\"correlation\":[[1,0.5]]}}",
				  SM_EINVAL, "copula.correlation");
	expect_reject(HEAD COL_NUM "," COL_CAT "],"
				  "\"copula\":{\"columns\":[0,1],\"correlation\":[[1,0.5,0],[0.5,1]]}}",
				  SM_EINVAL, "copula.correlation[0]");
	expect_reject(HEAD COL_NUM "," COL_CAT "],"
				  "\"copula\":{\"columns\":[0,5],\"correlation\":[[1,0.5],[0.5,1]]}}",
				  SM_EINVAL, "copula.columns[1]");
	expect_reject(HEAD COL_NUM "," COL_CAT "],"
				  "\"copula\":{\"columns\":[0,0],\"correlation\":[[1,0.5],[0.5,1]]}}",
				  SM_EINVAL, "copula.columns[1]");
	/* NaN / infinity / non-numbers */
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"numeric\",\"null_rate\":1e999,"
				  "\"atoms\":[[1,1]]}]}", SM_EINVAL, "columns[0].null_rate");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"numeric\",\"null_rate\":\"NaN\","
				  "\"atoms\":[[1,1]]}]}", SM_EINVAL, "columns[0].null_rate");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"numeric\",\"null_rate\":1.5,"
				  "\"atoms\":[[1,1]]}]}", SM_EINVAL, "columns[0].null_rate");
	/* unknown kind, type, family, generator; kind/type mismatch */
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"magic\",\"null_rate\":0}]}",
				  SM_EINVAL, "columns[0].kind");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"blob\",\"kind\":\"numeric\",\"null_rate\":0}]}",
				  SM_EINVAL, "columns[0].type");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"text\",\"kind\":\"numeric\",\"null_rate\":0,"
				  "\"atoms\":[[1,1]]}]}", SM_EINVAL, "columns[0].kind");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"float\",\"kind\":\"numeric\",\"null_rate\":0,"
				  "\"atoms\":[],\"continuous\":{\"weight\":1,\"family\":\"cauchy\",\"a\":0,\"b\":1,\"lo\":0,\"hi\":0}}]}",
				  SM_EINVAL, "columns[0].continuous.family");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"float\",\"kind\":\"numeric\",\"null_rate\":0,"
				  "\"atoms\":[],\"continuous\":{\"weight\":1,\"family\":\"normal\",\"a\":0,\"b\":-1,\"lo\":0,\"hi\":0}}]}",
				  SM_EINVAL, "columns[0].continuous");
	/* quantiles not sorted, atoms not sorted, bad weights */
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"numeric\",\"null_rate\":0,"
				  "\"atoms\":[],\"continuous\":{\"weight\":1,\"family\":\"empirical\",\"knots\":[1,5,3]}}]}",
				  SM_EINVAL, "columns[0].continuous.knots[2]");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"numeric\",\"null_rate\":0,"
				  "\"atoms\":[[5,1],[5,1]]}]}", SM_EINVAL, "columns[0].atoms[1]");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"numeric\",\"null_rate\":0,"
				  "\"atoms\":[[5,-1]]}]}", SM_EINVAL, "columns[0].atoms[0]");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"numeric\",\"null_rate\":0,"
				  "\"atoms\":[[5,0]]}]}", SM_EINVAL, "columns[0].atoms");
	expect_reject(HEAD "{\"name\":\"b\",\"type\":\"text\",\"kind\":\"categorical\",\"null_rate\":0,"
				  "\"categories\":[[\"x\",1],[\"x\",1]]}]}", SM_EINVAL, "columns[0].categories");
	expect_reject(HEAD "{\"name\":\"b\",\"type\":\"text\",\"kind\":\"categorical\",\"null_rate\":0,"
				  "\"categories\":[[\"x\"]]}]}", SM_EINVAL, "columns[0].categories[0]");
	expect_reject(HEAD "{\"name\":\"b\",\"type\":\"text\",\"kind\":\"categorical\",\"null_rate\":0,"
				  "\"categories\":[[\"x\",1]],\"other\":{\"weight\":1,\"position\":3,"
				  "\"generator\":{\"kind\":\"lorem\",\"min_words\":1,\"max_words\":2}}}]}",
				  SM_EINVAL, "columns[0].other.position");
	/* patterns */
	expect_reject(HEAD "{\"name\":\"p\",\"type\":\"text\",\"kind\":\"pattern\",\"null_rate\":0,"
				  "\"generator\":{\"kind\":\"pattern\",\"pattern\":\"[a-\"}}]}",
				  SM_EINVAL, "columns[0].generator.pattern");
	expect_reject(HEAD "{\"name\":\"p\",\"type\":\"text\",\"kind\":\"pattern\",\"null_rate\":0,"
				  "\"generator\":{\"kind\":\"lorem\",\"min_words\":1,\"max_words\":2}}]}",
				  SM_EINVAL, "columns[0].generator.kind");
	expect_reject(HEAD "{\"name\":\"b\",\"type\":\"text\",\"kind\":\"categorical\",\"null_rate\":0,"
				  "\"categories\":[],\"other\":{\"weight\":1,\"position\":0,\"generator\":"
				  "{\"kind\":\"pattern\",\"pattern\":\"a\",\"exclude\":[\"xyz\"],\"hash_key\":\"0000000000000000\"}}}]}",
				  SM_EINVAL, "columns[0].other.generator.exclude[0]");
	/* bounds and grids */
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"numeric\",\"null_rate\":0,"
				  "\"min\":5,\"max\":1,\"atoms\":[[1,1]]}]}", SM_EINVAL, "columns[0].max");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"numeric\",\"null_rate\":0,"
				  "\"min\":0.2,\"max\":0.7,\"atoms\":[[1,1]]}]}", SM_EINVAL, "columns[0].min");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"permutation\",\"null_rate\":0,"
				  "\"lo\":5,\"hi\":1}]}", SM_EINVAL, "columns[0].hi");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"permutation\",\"null_rate\":0,"
				  "\"lo\":1.5,\"hi\":10}]}", SM_EINVAL, "columns[0].lo");
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"int_bytes\":2,\"kind\":\"sequence\","
				  "\"null_rate\":0,\"start\":40000}]}", SM_EINVAL, "columns[0].start");
	/* missing members, duplicate names */
	expect_reject(HEAD "{\"name\":\"a\",\"type\":\"int\",\"kind\":\"numeric\",\"null_rate\":0}]}",
				  SM_EINVAL, "columns[0].atoms");
	expect_reject(HEAD "{\"type\":\"int\",\"kind\":\"uuid\",\"null_rate\":0}]}",
				  SM_EINVAL, "columns[0].name");
	expect_reject(HEAD COL_BOOL "," COL_BOOL "]}", SM_EINVAL, "columns[1].name");
	/* a copula column that cannot be in a copula (constant) */
	expect_reject(HEAD COL_NUM ",{\"name\":\"k\",\"type\":\"int\",\"kind\":\"constant\",\"null_rate\":0,"
				  "\"value\":3}],\"copula\":{\"columns\":[0,1],\"correlation\":[[1,0],[0,1]]}}",
				  SM_EINVAL, "copula.columns[1]");
	/* the text model validates itself, under our path */
	expect_reject(HEAD "{\"name\":\"b\",\"type\":\"text\",\"kind\":\"categorical\",\"null_rate\":0,"
				  "\"categories\":[],\"other\":{\"weight\":1,\"position\":0,\"generator\":"
				  "{\"kind\":\"ngram\",\"model\":{}}}}]}", SM_EINVAL,
				  "columns[0].other.generator.model.format");
}

/* ------------------------------------------------------------------------
 * Allocation failures and training input checks
 * ------------------------------------------------------------------------ */

/* Fit, write, read and generate a small table with a given budget. */
static bool
small_cycle(sm_error *err)
{
	sm_colspec	cs[5];
	sm_fitter  *f;
	sm_tmodel  *m,
			   *m2 = NULL;
	sm_gen	   *g = NULL;
	sm_buf		b;
	bool		ok = false;

	sm_colspec_init(&cs[0], "n", SM_COL_INT);
	sm_colspec_init(&cs[1], "t", SM_COL_TEXT);
	sm_colspec_init(&cs[2], "b", SM_COL_BOOL);
	sm_colspec_init(&cs[3], "k", SM_COL_INT);
	cs[3].unique = true;
	sm_colspec_init(&cs[4], "w", SM_COL_TEXT);
	sm_buf_init(&b);
	f = sm_fitter_new(cs, 5, err);
	if (f == NULL)
		return false;
	for (int i = 0; i < 60; i++)
	{
		sm_value	v[5];
		char		s[16],
					w[16];

		memset(v, 0, sizeof(v));
		v[0].kind = SM_V_INT;
		v[0].i = i % 9;
		snprintf(s, sizeof(s), "c%d", i % 4);
		v[1].kind = SM_V_TEXT;
		v[1].s = s;
		v[1].len = strlen(s);
		v[2].kind = i % 3 ? SM_V_BOOL : SM_V_NULL;
		v[2].i = i % 2;
		v[3].kind = SM_V_INT;
		v[3].i = 1000 + 7 * i;
		snprintf(w, sizeof(w), "word%d", i);
		v[4].kind = SM_V_TEXT;
		v[4].s = w;
		v[4].len = strlen(w);
		if (!sm_fitter_add_row(f, v, err))
			goto done;
	}
	m = sm_fitter_finish(f, err);
	if (m == NULL)
		goto done;
	if (!sm_tmodel_write_json(m, &b))
	{
		sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		sm_tmodel_free(m);
		goto done;
	}
	sm_tmodel_free(m);
	m2 = sm_tmodel_from_json(b.data, b.len, err);
	if (m2 == NULL)
		goto done;
	g = sm_gen_new(m2, 1, 50, err);
	if (g == NULL)
		goto done;
	for (int i = 0; i < 50; i++)
	{
		sm_value	v[5];

		if (!sm_gen_row(g, (uint64_t) i, v))
		{
			*err = *sm_gen_error(g);
			goto done;
		}
	}
	ok = true;
done:
	sm_gen_free(g);
	sm_tmodel_free(m2);
	sm_fitter_free(f);
	sm_buf_free(&b);
	return ok;
}

/* A whole cycle survives an allocation failure at every point, without leaks. */
static void
test_oom(void)
{
	int			failures = 0,
				leaks = 0,
				wrong = 0;
	long		budget;
	sm_error	err;

	sm_set_allocator(&test_allocator);
	for (budget = 0; budget < 100000; budget++)
	{
		bool		ok;

		memset(&err, 0, sizeof(err));
		live_blocks = 0;
		alloc_budget = budget;
		ok = small_cycle(&err);
		alloc_budget = -1;
		if (live_blocks != 0)
			leaks++;
		if (ok)
			break;
		failures++;
		if (err.code != SM_ENOMEM)
		{
			wrong++;
			if (wrong < 4)
				printf("# budget %ld: code %d %s: %s\n", budget, err.code, err.path, err.message);
		}
	}
	printf("# allocation failure injected at %d points\n", failures);
	CHECK(failures > 100);
	CHECK(budget < 100000);
	CHECK(leaks == 0);
	CHECK(wrong == 0);
}

/*
 * Seed columns whose type differs from the definition's are converted:
 * text parsed into dates, numbers, booleans; typed values formatted as text.
 */
static void
test_conversions(void)
{
	sm_colspec	cs[5];
	sm_fitter  *f;
	sm_tmodel  *m;
	sm_error	err;
	sm_buf		b;
	const char *dates[] = {"2021-03-04", " 2021-03-05 ", "2021-03-06T10:00:00", "03/07/2021"};
	int			failed = 0;

	memset(&err, 0, sizeof(err));
	sm_colspec_init(&cs[0], "d", SM_COL_DATE);
	sm_colspec_init(&cs[1], "n", SM_COL_NUMERIC);
	sm_colspec_init(&cs[2], "b", SM_COL_BOOL);
	sm_colspec_init(&cs[3], "t", SM_COL_TEXT);
	sm_colspec_init(&cs[4], "ts", SM_COL_TIMESTAMP);
	f = sm_fitter_new(cs, 5, &err);
	for (int i = 0; i < 40; i++)
	{
		sm_value	v[5];
		char		num[16];

		memset(v, 0, sizeof(v));
		v[0].kind = SM_V_TEXT;
		v[0].s = dates[i % 4];
		v[0].len = strlen(dates[i % 4]);
		snprintf(num, sizeof(num), "%d.5", i % 3);
		v[1].kind = SM_V_TEXT;
		v[1].s = num;
		v[1].len = strlen(num);
		v[2].kind = SM_V_TEXT;
		v[2].s = i % 2 ? "Yes" : "f";
		v[2].len = strlen(v[2].s);
		v[3].kind = SM_V_DATE;
		v[3].i = sm_days_from_ymd(2020, 1, 1 + i % 2);
		v[4].kind = SM_V_DATE;
		v[4].i = sm_days_from_ymd(2020, 1, 1);
		if (!sm_fitter_add_row(f, v, &err))
			failed++;
	}
	CHECK(failed == 0);
	m = sm_fitter_finish(f, &err);
	sm_fitter_free(f);
	CHECK(m != NULL);
	if (m == NULL)
		return;
	sm_buf_init(&b);
	sm_tmodel_write_json(m, &b);
	/* three dates parse (the last one is not ISO and counts as NULL) */
	CHECK(strstr(b.data, "\"name\":\"d\",\"type\":\"date\",\"kind\":\"numeric\",\"null_rate\":0.25") != NULL);
	CHECK(strstr(b.data, "\"unparsed\":10") != NULL);
	CHECK(strstr(b.data, "[\"2020-01-01\",0.5]") != NULL);
	CHECK(strstr(b.data, "\"scale\":1") != NULL);
	CHECK(strstr(b.data, "[[false,0.5],[true,0.5]]") != NULL);
	/* a date for a timestamp column is rescaled to microseconds */
	CHECK(strstr(b.data, "\"value\":631152000000000") != NULL);
	sm_buf_free(&b);
	sm_tmodel_free(m);
}

/* Training values must suit their columns. */
static void
test_input_checks(void)
{
	sm_colspec	cs[3];
	sm_fitter  *f;
	sm_error	err;
	sm_value	v[3];

	memset(&err, 0, sizeof(err));
	sm_colspec_init(&cs[0], "a", SM_COL_INT);
	sm_colspec_init(&cs[1], "t", SM_COL_TEXT);
	sm_colspec_init(&cs[2], "a", SM_COL_TEXT);
	CHECK(sm_fitter_new(cs, 0, &err) == NULL && err.code == SM_EINVAL);
	sm_error_clear(&err);
	CHECK(sm_fitter_new(cs, 3, &err) == NULL && strstr(err.message, "twice") != NULL);
	sm_error_clear(&err);
	f = sm_fitter_new(cs, 2, &err);
	CHECK(f != NULL);
	memset(v, 0, sizeof(v));
	/* a uuid for an int column cannot be converted */
	v[0].kind = SM_V_UUID;
	v[1].kind = SM_V_NULL;
	CHECK(!sm_fitter_add_row(f, v, &err) && err.code == SM_EINVAL && strcmp(err.path, "a") == 0);
	sm_error_clear(&err);
	v[0].kind = SM_V_FLOAT;
	v[0].f = 1.0;
	CHECK(sm_fitter_add_row(f, v, &err));
	/* non-finite floats count as NULL */
	v[0].f = NAN;
	CHECK(sm_fitter_add_row(f, v, &err));
	/* text must be UTF-8: labels end up in JSON */
	v[1].kind = SM_V_TEXT;
	v[1].s = "caf\xe9";
	v[1].len = 4;
	CHECK(!sm_fitter_add_row(f, v, &err) && strcmp(err.path, "t") == 0 &&
		  strstr(err.message, "UTF-8") != NULL);
	sm_fitter_free(f);
}

/* Run every test; the counting allocator checks for leaks at the end. */
/*
 * Unique keys far from zero stay unique: a timestamp column near 4714 BC
 * (beyond 2^53 microseconds from 2000, where doubles skip integers) and a
 * bigint column near 4e18, each trained on consecutive values.  The
 * fitter sees values as doubles, so the learnt range is only as exact as
 * a double there (a few hundred units); the keys must still be distinct
 * (and a bigint key may range past its training values by design).
 */
static void
test_unique_far_keys(void)
{
	for (int k = 0; k < 2; k++)
	{
		sm_colspec	cs[1];
		sm_fitter  *f;
		sm_tmodel  *m;
		sm_gen	   *g;
		sm_error	err;
		int64_t		base = k == 0 ? INT64_C(-211813488000000000) :
			INT64_C(4000000000000000000);
		int64_t		seen[33];
		int			dup = 0,
					out = 0;

		sm_error_clear(&err);
		sm_colspec_init(&cs[0], "k", k == 0 ? SM_COL_TIMESTAMP : SM_COL_INT);
		cs[0].unique = true;
		f = sm_fitter_new(cs, 1, &err);
		CHECK(f != NULL);
		if (f == NULL)
			continue;
		for (int i = 0; i < 33; i++)
		{
			sm_value	v;

			memset(&v, 0, sizeof(v));
			v.kind = k == 0 ? SM_V_TIMESTAMP : SM_V_INT;
			v.i = base + i;
			sm_fitter_add_row(f, &v, &err);
		}
		m = sm_fitter_finish(f, &err);
		sm_fitter_free(f);
		CHECK(m != NULL);
		if (m == NULL)
		{
			printf("# fit failed: %s: %s\n", err.path, err.message);
			continue;
		}
		g = sm_gen_new(m, 7, 33, &err);
		CHECK(g != NULL);
		for (int i = 0; g != NULL && i < 33; i++)
		{
			sm_value	v;

			if (!sm_gen_row(g, (uint64_t) i, &v))
			{
				dup++;
				break;
			}
			seen[i] = v.i;
			if (k == 0 && (v.i < base - 4096 || v.i > base + 4096))
			{
				if (out++ == 0)
					printf("# %s out of range: %lld\n", k ? "int" : "timestamp", (long long) v.i);
			}
			for (int j = 0; j < i; j++)
				if (seen[j] == v.i)
					dup++;
		}
		CHECK(dup == 0);
		CHECK(out == 0);
		sm_gen_free(g);
		sm_tmodel_free(m);
	}
}

int
main(void)
{
	sm_tmodel  *m;
	sm_error	err;

	memset(&err, 0, sizeof(err));
	/* every allocation goes through the counting hooks */
	sm_set_allocator(&test_allocator);
	build_table();
	m = fit_adult(&err);
	CHECK(m != NULL);
	if (m == NULL)
	{
		printf("# fit failed: %s: %s\n", err.path, err.message);
		free(T);
		return unit_done();
	}
	test_quality(m);
	test_unique(m);
	test_determinism(m);
	test_round_trip(m);
	sm_tmodel_free(m);
	test_check_n();
	test_constraints_only();
	test_forced_kinds();
	test_unique_forced_kind();
	test_unique_far_keys();
	test_unique_text_max_length();
	test_huge_family();
	test_colspec_from_table();
	test_corrupt();
	test_input_checks();
	test_conversions();
	test_oom();
	free(T);
	CHECK(live_blocks == 0);
	return unit_done();
}
