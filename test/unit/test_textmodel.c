/* Unit tests of src/core/textmodel.c. */
#include <stdlib.h>
#include <time.h>

#include "json.h"
#include "rng.h"
#include "textmodel.h"
#include "unit.h"
#include "unit_alloc.h"

/* Material for a people's-names column. */
static const char *first_names[] = {
	"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
	"Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan",
	"Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Daniel",
	"Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Margaret",
	"Donald", "Sandra", "Steven", "Ashley", "Paul", "Kimberly", "Andrew",
	"Emily", "Joshua", "Donna", "Kenneth", "Michelle", "Kevin", "Carol",
	"Brian", "Amanda", "George", "Dorothy", "Timothy", "Melissa", "Ronald",
	"Deborah", "Edward", "Stephanie", "Jason", "Rebecca", "Jeffrey",
	"Sharon", "Ryan", "Laura", "Jacob", "Cynthia", "Gary", "Kathleen",
	"Nicholas", "Amy"
};
static const char *last_names[] = {
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
	"Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez",
	"Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
	"Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
	"Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
	"Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
	"Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
	"Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz",
	"Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris",
	"Morales", "Murphy"
};

#define NFIRST 64
#define NLAST 64
#define NRARE_NAMES 2000
#define NCOMMON_NAMES 20

/* The i-th "First Last" of 4096 distinct combinations (1031 is odd). */
static void
name_of(int i, char *dst, size_t size)
{
	int			idx = (i * 1031) % (NFIRST * NLAST);

	snprintf(dst, size, "%s %s", first_names[idx / NLAST],
			 last_names[idx % NLAST]);
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* A sorted set of strings, for membership tests. */
typedef struct strset
{
	char	  **s;
	size_t		n;
} strset;

static bool
strset_has(const strset *set, const char *s)
{
	return bsearch(&s, set->s, set->n, sizeof(char *), str_cmp) != NULL;
}

/* Decode UTF-8 (known valid) into code points; returns the count. */
static size_t
decode_cps(const char *s, size_t len, uint32_t *out)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;
	size_t		n = 0;

	while (i < len)
	{
		uint32_t	c = u[i];

		if (c < 0x80)
			i += 1;
		else if (c < 0xE0)
		{
			c = ((c & 0x1F) << 6) | (u[i + 1] & 0x3F);
			i += 2;
		}
		else if (c < 0xF0)
		{
			c = ((c & 0x0F) << 12) | ((uint32_t) (u[i + 1] & 0x3F) << 6) |
				(u[i + 2] & 0x3F);
			i += 3;
		}
		else
		{
			c = ((c & 0x07) << 18) | ((uint32_t) (u[i + 1] & 0x3F) << 12) |
				((uint32_t) (u[i + 2] & 0x3F) << 6) | (u[i + 3] & 0x3F);
			i += 4;
		}
		out[n++] = c;
	}
	return n;
}

/* Whether every code point of s occurs somewhere in the training values. */
static bool
in_alphabet(const char *s, size_t len, const bool *alpha, size_t alphasize)
{
	uint32_t	cps[512];
	size_t		n;
	size_t		i;

	if (len > sizeof(cps) / sizeof(cps[0]))
		return false;
	n = decode_cps(s, len, cps);
	for (i = 0; i < n; i++)
		if (cps[i] >= alphasize || !alpha[cps[i]])
			return false;
	return true;
}

/* Train a model on n values; NULL (with a failed check) on error. */
static sm_textmodel *
train(const sm_textmodel_opts *o, const char *const *vals, size_t n)
{
	sm_error	err;
	sm_textmodel *m;
	size_t		i;
	bool		ok = true;

	sm_error_clear(&err);
	m = sm_textmodel_new(o, &err);
	if (m == NULL)
		return NULL;
	for (i = 0; i < n; i++)
		ok = ok && sm_textmodel_add(m, vals[i], strlen(vals[i]));
	if (!ok || !sm_textmodel_finish(m, &err))
	{
		printf("# train failed: %s (%s)\n", err.message, err.path);
		sm_textmodel_free(m);
		return NULL;
	}
	return m;
}

/* Serialise, parse, decode. */
static sm_textmodel *
round_trip(const sm_textmodel *m, sm_buf *text)
{
	sm_error	err;
	sm_json    *j;
	sm_textmodel *m2;

	sm_buf_init(text);
	if (!sm_textmodel_write_json(m, text))
		return NULL;
	sm_error_clear(&err);
	j = sm_json_parse(text->data, text->len, &err);
	if (j == NULL)
	{
		printf("# parse failed: %s\n", err.message);
		return NULL;
	}
	m2 = sm_textmodel_from_json(j, &err);
	if (m2 == NULL)
		printf("# decode failed: %s at %s\n", err.message, err.path);
	sm_json_free(j);
	return m2;
}

/* The names training set: 2000 rare values (once each), 20 common ones. */
static char **names_vals;
static size_t names_n;
static strset rare_set;
static strset common_set;

static void
build_names(void)
{
	char		buf[64];
	size_t		cap = NRARE_NAMES + NCOMMON_NAMES * 8;
	int			i;
	int			r;

	names_vals = calloc(cap, sizeof(char *));
	rare_set.s = calloc(NRARE_NAMES, sizeof(char *));
	common_set.s = calloc(NCOMMON_NAMES, sizeof(char *));
	for (i = 0; i < NRARE_NAMES; i++)
	{
		name_of(i, buf, sizeof(buf));
		names_vals[names_n++] = strdup(buf);
		rare_set.s[rare_set.n++] = names_vals[names_n - 1];
	}
	for (i = 0; i < NCOMMON_NAMES; i++)
	{
		name_of(NRARE_NAMES + i, buf, sizeof(buf));
		common_set.s[common_set.n++] = strdup(buf);
		for (r = 0; r < 5 + i % 4; r++)
			names_vals[names_n++] = strdup(buf);
	}
	qsort(rare_set.s, rare_set.n, sizeof(char *), str_cmp);
	qsort(common_set.s, common_set.n, sizeof(char *), str_cmp);
}

static void
free_names(void)
{
	size_t		i;

	for (i = 0; i < names_n; i++)
		free(names_vals[i]);
	for (i = 0; i < common_set.n; i++)
		free(common_set.s[i]);
	free(names_vals);
	free(rare_set.s);
	free(common_set.s);
}

/* Options, errors for bad options, the empty training set. */
static void
test_basics(void)
{
	sm_textmodel_opts o;
	sm_textmodel *m;
	sm_error	err;
	sm_buf		b;

	sm_textmodel_default_opts(&o);
	CHECK(o.order == 3 && o.min_count_verbatim == 5 && o.max_contexts == 200000);

	o.order = 7;
	sm_error_clear(&err);
	CHECK(sm_textmodel_new(&o, &err) == NULL && err.code == SM_EINVAL &&
		  strcmp(err.path, "order") == 0);
	o.order = 0;
	sm_error_clear(&err);
	CHECK(sm_textmodel_new(&o, &err) == NULL && err.code == SM_EINVAL);
	sm_textmodel_default_opts(&o);
	o.min_count_verbatim = 0;
	sm_error_clear(&err);
	CHECK(sm_textmodel_new(&o, &err) == NULL &&
		  strcmp(err.path, "min_count_verbatim") == 0);
	sm_textmodel_default_opts(&o);
	o.max_contexts = 0;
	sm_error_clear(&err);
	CHECK(sm_textmodel_new(&o, &err) == NULL &&
		  strcmp(err.path, "max_contexts") == 0);

	/* empty training set: a clear error at finish */
	sm_textmodel_default_opts(&o);
	sm_error_clear(&err);
	m = sm_textmodel_new(&o, &err);
	CHECK(m != NULL);
	CHECK(!sm_textmodel_finish(m, &err) && err.code == SM_EINVAL &&
		  strstr(err.message, "empty training set") != NULL);
	sm_buf_init(&b);
	CHECK(!sm_textmodel_sample(m, 1, 1, &b) && b.len == 0);
	CHECK(!sm_textmodel_write_json(m, &b));
	sm_textmodel_free(m);

	/* add after finish is refused, finish twice too */
	{
		const char *v[] = {"x"};

		m = train(&o, v, 1);
		CHECK(m != NULL);
		CHECK(!sm_textmodel_add(m, "y", 1));
		sm_error_clear(&err);
		CHECK(!sm_textmodel_finish(m, &err) && err.code == SM_EINVAL);
		sm_textmodel_free(m);
	}
}

/* One value repeated: common (emitted as is) or rare (never emitted). */
static void
test_single_value(void)
{
	sm_textmodel_opts o;
	sm_textmodel *m;
	const char *vals[10];
	sm_buf		b;
	sm_error	err;
	int			i;
	int			same = 0;
	int			bad = 0;

	for (i = 0; i < 10; i++)
		vals[i] = "Paris";
	sm_textmodel_default_opts(&o);
	sm_buf_init(&b);

	/* seen 10 >= 5 times: a common value, every sample may (and does) copy it */
	m = train(&o, vals, 10);
	CHECK(m != NULL);
	for (i = 0; i < 200; i++)
	{
		b.len = 0;
		if (!sm_textmodel_sample(m, 42, (uint64_t) i, &b))
			bad++;
		else if (strcmp(b.data, "Paris") == 0)
			same++;
	}
	CHECK(bad == 0);
	printf("# common single value: %d of 200 samples are the value\n", same);
	CHECK(same > 150);
	sm_textmodel_free(m);

	/* seen 3 < 5 times: rare, never emitted, length stays 5 */
	m = train(&o, vals, 3);
	CHECK(m != NULL);
	same = bad = 0;
	for (i = 0; i < 500; i++)
	{
		b.len = 0;
		if (!sm_textmodel_sample(m, 42, (uint64_t) i, &b) || b.len != 5 ||
			strspn(b.data, "Paris") != 5)
			bad++;
		else if (strcmp(b.data, "Paris") == 0)
			same++;
	}
	CHECK(bad == 0);
	CHECK(same == 0);
	sm_textmodel_free(m);

	/* the only possible output is a rare value: refused with SM_EDATA */
	{
		const char *a[] = {"a"};

		m = train(&o, a, 1);
		CHECK(m != NULL);
		sm_error_clear(&err);
		b.len = 0;
		CHECK(!sm_textmodel_sample_err(m, 1, 2, &b, &err) &&
			  err.code == SM_EDATA && b.len == 0);
		sm_textmodel_free(m);
		/* with the rule disabled it is emitted */
		o.min_count_verbatim = 1;
		m = train(&o, a, 1);
		b.len = 0;
		CHECK(m != NULL && sm_textmodel_sample(m, 1, 2, &b) &&
			  strcmp(b.data, "a") == 0);
		sm_textmodel_free(m);
	}

	/*
	 * Output space {aa, ab, ba, bb} of which three are rare: every sample
	 * must be "bb", found by redraws or by perturbation.
	 */
	{
		const char *t[] = {"ab", "ba", "aa"};
		int			n_bb = 0;

		sm_textmodel_default_opts(&o);
		m = train(&o, t, 3);
		CHECK(m != NULL);
		for (i = 0; i < 300; i++)
		{
			b.len = 0;
			if (sm_textmodel_sample(m, 3, (uint64_t) i, &b) &&
				strcmp(b.data, "bb") == 0)
				n_bb++;
		}
		CHECK(n_bb == 300);
		sm_textmodel_free(m);
	}

	/* one rare value (base64 of 8 bytes) survives the round trip */
	{
		sm_textmodel *m2;
		sm_buf		text;
		sm_buf		b2;
		sm_textmodel_info info;

		sm_textmodel_default_opts(&o);
		m = train(&o, vals, 3);
		m2 = m ? round_trip(m, &text) : NULL;
		CHECK(m2 != NULL && sm_textmodel_get_info(m2, &info) && info.rare == 1 &&
			  strstr(text.data, "=\"}") != NULL);
		sm_buf_init(&b2);
		b.len = 0;
		CHECK(m2 != NULL && sm_textmodel_sample(m, 8, 9, &b) &&
			  sm_textmodel_sample(m2, 8, 9, &b2) && strcmp(b.data, b2.data) == 0 &&
			  strcmp(b.data, "Paris") != 0);
		sm_buf_free(&b2);
		sm_buf_free(&text);
		sm_textmodel_free(m2);
		sm_textmodel_free(m);
	}

	/* only empty strings: every sample is empty */
	{
		const char *e[] = {"", "", "", "", "", ""};

		sm_textmodel_default_opts(&o);
		m = train(&o, e, 6);
		CHECK(m != NULL);
		b.len = 0;
		CHECK(m != NULL && sm_textmodel_sample(m, 1, 2, &b) && b.len == 0);
		sm_textmodel_free(m);
	}
	sm_buf_free(&b);
}

/*
 * Sample n values from a model trained on the names set; check bounds,
 * UTF-8, alphabet, determinism; count verbatim copies.
 */
static void
sample_names(const sm_textmodel *m, int n, uint64_t seed, const bool *alpha,
			 size_t alphasize, uint32_t minl, uint32_t maxl,
			 int *rare_hits, int *common_hits, int *failures)
{
	sm_buf		b;
	sm_buf		b2;
	int			i;

	sm_buf_init(&b);
	sm_buf_init(&b2);
	*rare_hits = *common_hits = *failures = 0;
	for (i = 0; i < n; i++)
	{
		uint32_t	cps[512];
		size_t		ncp;

		b.len = 0;
		if (!sm_textmodel_sample(m, seed, (uint64_t) i, &b))
		{
			(*failures)++;
			continue;
		}
		if (!sm_utf8_valid(b.data, b.len) ||
			!in_alphabet(b.data, b.len, alpha, alphasize))
		{
			(*failures)++;
			continue;
		}
		ncp = decode_cps(b.data, b.len, cps);
		if (ncp < minl || ncp > maxl)
			(*failures)++;
		if (i % 16 == 0)
		{
			b2.len = 0;
			if (!sm_textmodel_sample(m, seed, (uint64_t) i, &b2) ||
				b2.len != b.len || memcmp(b.data, b2.data, b.len) != 0)
				(*failures)++;
		}
		if (strset_has(&rare_set, b.data))
			(*rare_hits)++;
		if (strset_has(&common_set, b.data))
			(*common_hits)++;
	}
	sm_buf_free(&b);
	sm_buf_free(&b2);
}

/* The privacy rule on 2000 rare and 20 common names, orders 1..6. */
static void
test_names(void)
{
	sm_textmodel_opts o;
	bool		alpha[128];
	size_t		i;
	uint32_t	minl = UINT32_MAX;
	uint32_t	maxl = 0;
	int			order;

	memset(alpha, 0, sizeof(alpha));
	for (i = 0; i < names_n; i++)
	{
		const char *p;

		for (p = names_vals[i]; *p; p++)
			alpha[(unsigned char) *p] = true;
		if (strlen(names_vals[i]) < minl)
			minl = (uint32_t) strlen(names_vals[i]);
		if (strlen(names_vals[i]) > maxl)
			maxl = (uint32_t) strlen(names_vals[i]);
	}

	for (order = 1; order <= SM_TEXTMODEL_MAX_ORDER; order++)
	{
		sm_textmodel *m;
		sm_textmodel *m2;
		sm_textmodel *open;
		sm_textmodel_info info;
		int			rare_hits;
		int			common_hits;
		int			failures;
		int			open_rare;
		int			open_common;
		int			open_fail;
		int			nsamples = (order == 3) ? 20000 : 4000;
		sm_buf		text;
		sm_buf		text2;
		sm_buf		s1;
		sm_buf		s2;
		int			j;
		bool		same = true;

		sm_textmodel_default_opts(&o);
		o.order = order;
		m = train(&o, (const char *const *) names_vals, names_n);
		CHECK(m != NULL);
		if (m == NULL)
			continue;
		CHECK(sm_textmodel_get_info(m, &info) && info.order == order &&
			  info.rare == NRARE_NAMES && info.strings == names_n &&
			  info.min_len == minl && info.max_len == maxl);
		sample_names(m, nsamples, 7, alpha, 128, minl, maxl,
					 &rare_hits, &common_hits, &failures);
		CHECK(failures == 0);
		CHECK(rare_hits == 0);	/* blocking works: rate 0 */

		/* the same data with the rule disabled, for comparison */
		o.min_count_verbatim = 1;
		open = train(&o, (const char *const *) names_vals, names_n);
		CHECK(open != NULL);
		sample_names(open, nsamples, 7, alpha, 128, minl, maxl,
					 &open_rare, &open_common, &open_fail);
		CHECK(open_fail == 0);
		printf("# order %d: %zu contexts, %zu transitions; rare values emitted "
			   "verbatim: %d of %d samples with k=5 (%d with the rule off), "
			   "common values emitted: %d\n",
			   order, info.contexts, info.transitions, rare_hits, nsamples,
			   open_rare, common_hits);
		/* the filter has something to block, and common names pass it */
		if (order >= 3)
			CHECK(open_rare > 0);
		if (order >= 4)
			CHECK(common_hits > 0);
		sm_textmodel_free(open);

		/* JSON round trip: same bytes again, same samples */
		m2 = round_trip(m, &text);
		CHECK(m2 != NULL);
		if (m2 != NULL)
		{
			sm_buf_init(&text2);
			CHECK(sm_textmodel_write_json(m2, &text2) && text2.len == text.len &&
				  memcmp(text.data, text2.data, text.len) == 0);
			sm_buf_free(&text2);
			sm_buf_init(&s1);
			sm_buf_init(&s2);
			for (j = 0; j < 500; j++)
			{
				s1.len = s2.len = 0;
				if (!sm_textmodel_sample(m, 99, (uint64_t) j, &s1) ||
					!sm_textmodel_sample(m2, 99, (uint64_t) j, &s2) ||
					strcmp(s1.data, s2.data) != 0)
					same = false;
			}
			CHECK(same);
			sm_buf_free(&s1);
			sm_buf_free(&s2);
			if (order == 3)
				printf("# order 3 model JSON: %zu bytes for %zu values\n",
					   text.len, names_n);
			sm_textmodel_free(m2);
		}
		sm_buf_free(&text);
		sm_textmodel_free(m);
	}

	/* determinism across trainings, sensitivity to seed and row */
	{
		sm_textmodel *a;
		sm_textmodel *b;
		sm_buf		ta;
		sm_buf		tb;
		sm_buf		x;
		sm_buf		y;
		int			diff_row = 0;
		int			diff_seed = 0;
		int			j;

		sm_textmodel_default_opts(&o);
		a = train(&o, (const char *const *) names_vals, names_n);
		b = train(&o, (const char *const *) names_vals, names_n);
		sm_buf_init(&ta);
		sm_buf_init(&tb);
		CHECK(a && b && sm_textmodel_write_json(a, &ta) &&
			  sm_textmodel_write_json(b, &tb) && ta.len == tb.len &&
			  memcmp(ta.data, tb.data, ta.len) == 0);
		sm_buf_init(&x);
		sm_buf_init(&y);
		for (j = 0; j < 200; j++)
		{
			x.len = y.len = 0;
			sm_textmodel_sample(a, 5, (uint64_t) j, &x);
			sm_textmodel_sample(a, 5, (uint64_t) j + 1, &y);
			diff_row += strcmp(x.data, y.data) != 0;
			y.len = 0;
			sm_textmodel_sample(a, 6, (uint64_t) j, &y);
			diff_seed += strcmp(x.data, y.data) != 0;
		}
		CHECK(diff_row > 180 && diff_seed > 180);
		/* sample appends */
		x.len = 0;
		sm_buf_puts(&x, "pre:");
		CHECK(sm_textmodel_sample(a, 5, 0, &x) && strncmp(x.data, "pre:", 4) == 0 &&
			  x.len > 4);
		sm_buf_free(&x);
		sm_buf_free(&y);
		sm_buf_free(&ta);
		sm_buf_free(&tb);
		sm_textmodel_free(a);
		sm_textmodel_free(b);
	}

	/* pruning: small caps keep the model working and within the cap */
	{
		size_t		caps[] = {1, 5, 50, 1000};
		int			c;

		for (c = 0; c < 4; c++)
		{
			sm_textmodel *m;
			sm_textmodel *m2;
			sm_textmodel_info info;
			sm_buf		text;
			int			rare_hits;
			int			common_hits;
			int			failures;

			sm_textmodel_default_opts(&o);
			o.order = 6;
			o.max_contexts = caps[c];
			m = train(&o, (const char *const *) names_vals, names_n);
			/* at most cap contexts and 2 * cap transitions (or the root's) */
			CHECK(m != NULL && sm_textmodel_get_info(m, &info) &&
				  info.contexts <= caps[c] && info.contexts >= 1 &&
				  (info.transitions <= 2 * caps[c] || info.contexts == 1));
			if (m == NULL)
				continue;
			sample_names(m, 2000, 3, alpha, 128, minl, maxl,
						 &rare_hits, &common_hits, &failures);
			CHECK(failures == 0 && rare_hits == 0);
			m2 = round_trip(m, &text);
			CHECK(m2 != NULL);
			sm_buf_free(&text);
			sm_textmodel_free(m2);
			sm_textmodel_free(m);
		}
	}
}

/* Pruning while training keeps memory bounded and the model valid. */
static void
test_training_prune(void)
{
	sm_textmodel_opts o;
	sm_textmodel *m;
	sm_textmodel *m2;
	sm_textmodel_info info;
	sm_error	err;
	sm_buf		text;
	sm_rng		r;
	char		buf[64];
	int			i;
	bool		ok = true;

	sm_textmodel_default_opts(&o);
	o.order = 6;
	o.max_contexts = 1000;
	sm_error_clear(&err);
	m = sm_textmodel_new(&o, &err);
	sm_rng_init(&r, 1, 2, 3);
	/* random strings: about 100k distinct contexts, forcing pruning */
	for (i = 0; i < 5000; i++)
	{
		int			len = 3 + (int) sm_rng_below(&r, 12);
		int			j;

		for (j = 0; j < len; j++)
			buf[j] = (char) ('a' + sm_rng_below(&r, 26));
		ok = ok && sm_textmodel_add(m, buf, (size_t) len);
	}
	CHECK(ok);
	CHECK(sm_textmodel_finish(m, &err));
	CHECK(sm_textmodel_get_info(m, &info) && info.contexts <= 1000 &&
		  info.transitions <= 2000 && info.alphabet == 26 && info.min_len == 3 && info.max_len == 14);
	m2 = round_trip(m, &text);
	CHECK(m2 != NULL);
	sm_buf_free(&text);
	sm_textmodel_free(m2);
	sm_textmodel_free(m);
}

/* UTF-8 input: multi-byte characters, invalid bytes, NUL, long values. */
static void
test_utf8(void)
{
	const char *vals[] = {
		"Zo\xc3\xab", "\xc3\x85lesund", "S\xc3\xa3o Paulo", "\xe6\x9d\xb1\xe4\xba\xac",
		"M\xc3\xbcnchen", "K\xc3\xb8" "benhavn", "\xf0\x9f\x8e\xb5 Music",
		"bad\xff" "byte", "nul\0byte", "trunc\xe6\x9d", "\xed\xa0\x80surrogate"
	};
	size_t		lens[11];
	sm_textmodel_opts o;
	sm_textmodel *m;
	sm_textmodel_info info;
	sm_error	err;
	sm_buf		b;
	bool		alpha[0x20000];
	size_t		i;
	int			j;
	int			bad = 0;
	char	   *longval;

	memset(alpha, 0, sizeof(alpha));
	for (i = 0; i < 11; i++)
	{
		uint32_t	cps[64];
		size_t		n;
		size_t		k;

		lens[i] = strlen(vals[i]);
		if (i == 8)
			lens[i] = 8;		/* "nul\0byte" */
		/* only the valid parts count */
		if (i < 7)
		{
			n = decode_cps(vals[i], lens[i], cps);
			for (k = 0; k < n; k++)
				alpha[cps[k]] = true;
		}
	}
	for (i = 0; i < strlen("badbytenulbytetruncsurrogate"); i++)
		alpha[(unsigned char) "badbytenulbytetruncsurrogate"[i]] = true;

	sm_textmodel_default_opts(&o);
	sm_error_clear(&err);
	m = sm_textmodel_new(&o, &err);
	for (i = 0; i < 11; i++)
		CHECK(sm_textmodel_add(m, vals[i], lens[i]));
	CHECK(sm_textmodel_finish(m, &err));
	CHECK(sm_textmodel_get_info(m, &info) && !alpha[0xff] && !alpha[0] &&
		  info.max_len == 9 && info.min_len == 2);
	sm_buf_init(&b);
	for (j = 0; j < 2000; j++)
	{
		b.len = 0;
		if (!sm_textmodel_sample(m, 11, (uint64_t) j, &b) ||
			!sm_utf8_valid(b.data, b.len) ||
			!in_alphabet(b.data, b.len, alpha, 0x20000) ||
			strlen(b.data) != b.len)
			bad++;
	}
	CHECK(bad == 0);
	sm_textmodel_free(m);

	/* values longer than the limit are cut; long samples use the heap */
	longval = malloc(SM_TEXTMODEL_MAX_LEN + 50);
	for (i = 0; i < SM_TEXTMODEL_MAX_LEN + 50; i++)
		longval[i] = (char) ('a' + i % 7);
	o.order = 4;
	sm_error_clear(&err);
	m = sm_textmodel_new(&o, &err);
	CHECK(sm_textmodel_add(m, longval, SM_TEXTMODEL_MAX_LEN + 50));
	CHECK(sm_textmodel_add(m, longval, 100));
	CHECK(sm_textmodel_finish(m, &err));
	CHECK(sm_textmodel_get_info(m, &info) &&
		  info.max_len == SM_TEXTMODEL_MAX_LEN && info.min_len == 100);
	bad = 0;
	for (j = 0; j < 20; j++)
	{
		b.len = 0;
		if (!sm_textmodel_sample(m, 1, (uint64_t) j, &b) || b.len < 100 ||
			b.len > SM_TEXTMODEL_MAX_LEN ||
			(b.len == 100 && memcmp(b.data, longval, 100) == 0) ||
			(b.len == SM_TEXTMODEL_MAX_LEN &&
			 memcmp(b.data, longval, SM_TEXTMODEL_MAX_LEN) == 0))
			bad++;
	}
	CHECK(bad == 0);
	sm_textmodel_free(m);
	free(longval);
	sm_buf_free(&b);
}

/* Copy of text with the value of member key replaced by repl. */
static char *
replace_member(const char *text, const char *key, const char *repl)
{
	char		pat[64];
	const char *p;
	const char *v;
	const char *e;
	char	   *out;

	snprintf(pat, sizeof(pat), "\"%s\":", key);
	p = strstr(text, pat);
	if (p == NULL)
		return NULL;
	v = p + strlen(pat);
	e = v;
	if (*e == '[')
	{
		int			depth = 0;

		do
		{
			if (*e == '[')
				depth++;
			else if (*e == ']')
				depth--;
			e++;
		} while (depth > 0);
	}
	else if (*e == '"')
	{
		e++;
		while (*e != '"')
			e += (*e == '\\') ? 2 : 1;
		e++;
	}
	else
		while (*e != ',' && *e != '}')
			e++;
	out = malloc(strlen(text) + strlen(repl) + 1);
	memcpy(out, text, (size_t) (v - text));
	strcpy(out + (v - text), repl);
	strcat(out, e);
	return out;
}

/* Decode text after replacing a member; expect SM_EINVAL at path. */
static void
expect_reject(const char *text, const char *key, const char *repl,
			  const char *path, int line)
{
	char	   *t = replace_member(text, key, repl);
	char		what[1200];
	sm_error	err;
	sm_json    *j;
	sm_textmodel *m = NULL;

	sm_error_clear(&err);
	j = t ? sm_json_parse(t, strlen(t), &err) : NULL;
	if (j != NULL)
		m = sm_textmodel_from_json(j, &err);
	snprintf(what, sizeof(what), "reject %s = %.60s at %s (got %s: %s)",
			 key, repl, path, err.path, err.message);
	unit_check(j != NULL && m == NULL && err.code == SM_EINVAL &&
			   strncmp(err.path, path, strlen(path)) == 0 &&
			   err.message[0] != '\0', __FILE__, line, what);
	sm_textmodel_free(m);
	sm_json_free(j);
	free(t);
}

#define REJECT(key, repl, path) expect_reject(text.data, key, repl, path, __LINE__)

/* A tiny model laid out by hand; corrupt versions are refused. */
static void
test_json_layout(void)
{
	const char *vals[] = {"ab", "ab", "ba"};
	sm_textmodel_opts o;
	sm_textmodel *m;
	sm_textmodel *m2;
	sm_buf		text;
	sm_error	err;
	sm_json    *j;

	sm_textmodel_default_opts(&o);
	o.order = 2;
	o.hash_key = UINT64_C(0x0123456789abcdef);
	m = train(&o, vals, 3);
	CHECK(m != NULL);
	m2 = round_trip(m, &text);
	CHECK(m2 != NULL);
	sm_textmodel_free(m2);
	printf("# %s\n", text.data);
	/* root ends 3 values and sees a, b 3 times each; start->a:2 b:1; ... */
	CHECK(strstr(text.data,
				 "{\"format\":\"synthmig.textmodel\",\"version\":1,\"order\":2,"
				 "\"min_count_verbatim\":5,\"hash_key\":\"0123456789abcdef\","
				 "\"strings\":3,\"min_len\":2,\"max_len\":2,\"alphabet\":\"ab\","
				 "\"kids\":[3,0,0,0],\"sym\":[0,0,1,2],\"ntrans\":[3,2,2,2],"
				 "\"next\":[0,1,2,1,2,0,2,0,1],\"count\":[3,3,3,2,1,1,2,2,1],"
				 "\"nrare\":2,\"rare\":\"") == text.data);
	CHECK(text.len == strlen(text.data));

	/* wrong types */
	REJECT("order", "\"2\"", "order");
	REJECT("kids", "{}", "kids");
	REJECT("alphabet", "5", "alphabet");
	REJECT("rare", "[]", "rare");
	REJECT("format", "\"other\"", "format");
	REJECT("version", "2", "version");
	/* out of range, huge sizes, non-integers */
	REJECT("order", "7", "order");
	REJECT("order", "0", "order");
	REJECT("min_count_verbatim", "-5", "min_count_verbatim");
	REJECT("strings", "1e20", "strings");
	REJECT("max_len", "1e300", "max_len");
	REJECT("max_len", "2.5", "max_len");
	REJECT("min_len", "3", "min_len");
	REJECT("nrare", "99999999", "nrare");
	REJECT("hash_key", "\"0123456789ABCDEF\"", "hash_key");
	REJECT("hash_key", "\"0123\"", "hash_key");
	REJECT("kids", "[1e9,0,0,0]", "kids");
	REJECT("count", "[-1,3,3,2,1,1,2,2,1]", "count[0]");
	REJECT("count", "[3,3,3,2,1.5,1,2,2,1]", "count[4]");
	REJECT("count", "[3,3,3,0,1,1,2,2,1]", "count[3]");
	REJECT("count", "[3,3,3,2,1,1,2,2,1e300]", "count[8]");
	REJECT("next", "[0,1,3,1,2,0,2,0,1]", "next[2]");
	REJECT("sym", "[0,0,1,-2]", "sym[3]");
	/* truncated and padded arrays */
	REJECT("count", "[3,3,3,2,1,1,2,2]", "count");
	REJECT("sym", "[0,0,1]", "sym");
	REJECT("ntrans", "[3,2,2,2,1]", "ntrans");
	REJECT("next", "[0,1,2,1,2,0,2,0]", "count");
	REJECT("kids", "[]", "kids");
	/* inconsistent structure */
	REJECT("kids", "[2,0,0,0]", "kids");
	REJECT("kids", "[3,1,0,0]", "kids[1]");
	REJECT("kids", "[0,3,0,0]", "kids[1]");
	REJECT("sym", "[0,0,2,1]", "sym[3]");
	REJECT("sym", "[1,0,1,2]", "sym[0]");
	REJECT("ntrans", "[3,2,2,3]", "ntrans[3]");
	REJECT("ntrans", "[2,2,2,3]", "next[3]");	/* segments shift */
	REJECT("next", "[0,2,1,1,2,0,2,0,1]", "next[2]");
	REJECT("count", "[3,3,3,9,1,1,2,2,1]", "ntrans[1]");	/* child > parent */
	REJECT("strings", "4", "ntrans[0]");
	REJECT("alphabet", "\"ba\"", "alphabet");
	REJECT("alphabet", "\"aa\"", "alphabet");
	REJECT("alphabet", "\"abc\"", "ntrans[0]");
	REJECT("alphabet", "\"\"", "sym[2]");	/* symbols out of range */
	REJECT("min_count_verbatim", "1", "nrare");
	/* the rare set */
	REJECT("rare", "\"AAAA\"", "rare");
	REJECT("rare", "\"!!!!!!!!!!!!!!!!!!!!!!!!\"", "rare");
	REJECT("rare", "\"AAAAAAAAAAA=AAAAAAAAAAA=\"", "rare");
	REJECT("rare", "\"////////////////////////\"", "rare");
	REJECT("rare", "\"AAAAAAAAAAAAAAAAAAAAAA==\"", "rare");	/* hashes equal */
	REJECT("rare", "\"AAAAAAAAAAEAAAAAAAAAAB==\"", "rare");	/* stray bits */

	/* invalid UTF-8 in the alphabet (the parser itself would refuse it) */
	sm_error_clear(&err);
	j = sm_json_parse(text.data, text.len, &err);
	CHECK(j != NULL);
	if (j != NULL)
	{
		size_t		i;

		for (i = 0; i < j->n; i++)
			if (strcmp(j->keys[i], "alphabet") == 0)
			{
				sm_json_free(j->items[i]);
				j->items[i] = sm_json_new_string("a\xff", 2);
			}
		sm_error_clear(&err);
		m2 = sm_textmodel_from_json(j, &err);
		CHECK(m2 == NULL && err.code == SM_EINVAL &&
			  strcmp(err.path, "alphabet") == 0 &&
			  strstr(err.message, "UTF-8") != NULL);
		sm_json_free(j);
	}
	/* not an object, missing members */
	{
		sm_json    *arr = sm_json_new(SM_JARRAY);
		sm_json    *obj = sm_json_new(SM_JOBJECT);

		sm_error_clear(&err);
		CHECK(sm_textmodel_from_json(arr, &err) == NULL &&
			  err.code == SM_EINVAL && strcmp(err.path, "$") == 0);
		sm_error_clear(&err);
		CHECK(sm_textmodel_from_json(obj, &err) == NULL &&
			  err.code == SM_EINVAL && strcmp(err.path, "format") == 0);
		sm_json_free(arr);
		sm_json_free(obj);
	}
	sm_buf_free(&text);
	sm_textmodel_free(m);
}

/*
 * One training/finish/sample/write/decode cycle under the test allocator;
 * false if an error other than SM_ENOMEM was reported.  *complete tells
 * whether every step succeeded.
 */
static bool
oom_cycle(bool *complete)
{
	sm_textmodel_opts o;
	sm_error	err;
	sm_textmodel *m;
	sm_textmodel *m2 = NULL;
	sm_json    *j = NULL;
	sm_buf		b;
	bool		ok = true;
	size_t		i;

	*complete = false;
	sm_textmodel_default_opts(&o);
	o.order = 4;
	o.max_contexts = 300;		/* prune at finish too */
	sm_error_clear(&err);
	sm_buf_init(&b);
	m = sm_textmodel_new(&o, &err);
	if (m == NULL)
		return err.code == SM_ENOMEM;
	{
		bool		added = true;

		for (i = 0; i < 150 && added; i++)
			added = sm_textmodel_add(m, names_vals[i * 13],
									 strlen(names_vals[i * 13]));
		if (!sm_textmodel_finish(m, &err))
			ok = (err.code == SM_ENOMEM);
		else if (!added)
			ok = false;			/* a failed add must make finish fail */
		else if (!sm_textmodel_sample_err(m, 1, 2, &b, &err))
			ok = (err.code == SM_ENOMEM);
		else
		{
			b.len = 0;
			if (sm_textmodel_write_json(m, &b))
			{
				sm_error_clear(&err);
				j = sm_json_parse(b.data, b.len, &err);
				if (j != NULL)
				{
					m2 = sm_textmodel_from_json(j, &err);
					if (m2 == NULL)
						ok = (err.code == SM_ENOMEM);
					else
						*complete = true;
				}
			}
		}
	}
	sm_textmodel_free(m2);
	sm_json_free(j);
	sm_buf_free(&b);
	sm_textmodel_free(m);
	return ok;
}

/*
 * Allocation failures anywhere in training, finishing, sampling, writing
 * and decoding are reported, leak nothing, and never crash.
 */
static void
test_oom(void)
{
	long		total;
	long		budget;
	long		runs = 0;
	int			unclean = 0;
	int			leaks = 0;
	int			completed_early = 0;
	bool		complete;

	sm_set_allocator(&test_allocator);
	alloc_budget = -1;
	alloc_calls = 0;
	live_blocks = 0;
	CHECK(oom_cycle(&complete) && complete && live_blocks == 0);
	total = alloc_calls;
	printf("# oom: a full cycle makes %ld allocation calls\n", total);
	for (budget = 0; budget < total; budget += (budget < 400 ? 1 : total / 300 + 1))
	{
		live_blocks = 0;
		alloc_failures = 0;
		alloc_budget = budget;
		if (!oom_cycle(&complete))
			unclean++;
		if (complete && alloc_failures > 0)
			completed_early++;	/* a failure was swallowed */
		if (live_blocks != 0)
			leaks++;
		runs++;
	}
	alloc_budget = -1;
	/* test_allocator stays installed: with no budget it is plain malloc */
	printf("# oom: %ld runs with a failing allocation\n", runs);
	CHECK(runs > 300);
	CHECK(unclean == 0);
	CHECK(completed_early == 0);
	CHECK(leaks == 0);
}

int
main(void)
{
	build_names();
	test_basics();
	test_single_value();
	test_names();
	test_training_prune();
	test_utf8();
	test_json_layout();
	test_oom();
	free_names();
	return unit_done();
}
