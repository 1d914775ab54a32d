/*
 * marginal_prepare.c
 *	  Preparation of a column model for generation: validation of the stored
 *	  fields and the derived tables (sm_mcol_prepare and checks).
 *
 * A decoded and a freshly fitted model go through the same preparation, so
 * both are held to the same rules.
 *
 * Not here: the JSON reader (marginal_read.c, marginal_from_json.c).
 */
#include "marginal.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "stats.h"
#include "textmodel.h"
#include "marginal_int.h"

/* ------------------------------------------------------------------------
 * Preparation: validation of stored fields and derived tables
 * ------------------------------------------------------------------------ */

/* Release what sm_mcol_prepare builds. */
void
mg_free_derived(sm_mcol *c)
{
	sm_free(c->atom_p);
	sm_free(c->atom_ulo);
	sm_free(c->atom_uhi);
	sm_free(c->atom_cum);
	sm_free(c->tab);
	sm_free(c->cum);
	sm_free(c->slot_label);
	sm_free(c->out_len);
	sm_free(c->label_hash);
	sm_free(c->tg.exset);
	c->tg.exset = NULL;
	c->tg.exmask = 0;
	c->tg.ex_zero = false;
	c->out_len = NULL;
	c->atom_p = c->atom_ulo = c->atom_uhi = c->atom_cum = NULL;
	c->tab = NULL;
	c->cum = NULL;
	c->slot_label = NULL;
	c->label_hash = NULL;
	c->label_hash_size = 0;
}

/* Record a validation error at path (+ optional member); returns false. */
bool
mg_bad(sm_error *err, const char *path, const char *member, const char *fmt,...)
{
	char		p[256];
	char		msg[400];
	va_list		ap;

	if (member)
		sm_json_path_key(p, sizeof(p), path, member, strlen(member));
	else
		snprintf(p, sizeof(p), "%s", path ? path : "");
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return sm_error_set(err, SM_EINVAL, p, "%s", msg);
}

/* Bytes of the first max_chars UTF-8 characters of s (all if negative). */
size_t
mg_utf8_prefix(const char *s, size_t len, int max_chars)
{
	size_t		chars = 0;

	if (max_chars < 0)
		return len;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
		{
			if (chars == (size_t) max_chars)
				return i;
			chars++;
		}
	return len;
}

/* Whether a label (bytes) is one of the stored labels. */
bool
mg_is_label(const sm_mcol *c, const char *s, size_t len)
{
	uint64_t	h;
	size_t		mask,
				pos;

	if (c->label_hash_size == 0)
		return false;
	h = sm_mcol_hash(0, s, len) | 1;
	mask = c->label_hash_size - 1;
	pos = (size_t) h & mask;
	while (c->label_hash[pos] != 0)
	{
		if (c->label_hash[pos] == h)
		{
			/* confirm: a hash match is almost always the label */
			for (int k = 0; k < c->ncat; k++)
				if (c->lens[k] == len && memcmp(c->labels[k], s, len) == 0)
					return true;
		}
		pos = (pos + 1) & mask;
	}
	return false;
}

/* Derived tables of a numeric column. */
static bool
prepare_numeric(sm_mcol *c, const char *path, sm_error *err)
{
	double		total = c->cont_w,
				acc = 0.0;

	for (int k = 0; k < c->natoms; k++)
		total += c->atom_w[k];
	if (!(total > 0.0) || !isfinite(total))
		return mg_bad(err, path, "atoms", "weights must have a positive sum");
	c->atom_p = mg_alloc_array((size_t) c->natoms, sizeof(double), err);
	c->atom_ulo = mg_alloc_array((size_t) c->natoms, sizeof(double), err);
	c->atom_uhi = mg_alloc_array((size_t) c->natoms, sizeof(double), err);
	c->atom_cum = mg_alloc_array((size_t) c->natoms, sizeof(double), err);
	if (!c->atom_p || !c->atom_ulo || !c->atom_uhi || !c->atom_cum)
		return mg_oom(err);
	c->pc = c->cont_w / total;
	/* the decoder's limit, so that a fitted model always reads back */
	if (c->family >= 0 &&
		(fabs(c->dist.a) > 1e100 || fabs(c->dist.b) > 1e100 ||
		 (isfinite(c->dist.lo) && fabs(c->dist.lo) > 1e100) ||
		 (isfinite(c->dist.hi) && fabs(c->dist.hi) > 1e100)))
		return mg_bad(err, path, "continuous",
					  "parameters must lie within +-1e100 (values too large for a parametric family: use model kind empirical)");
	if (c->family < 0 && c->nknots > 0 &&
		(fabs(c->knots[0]) > 1e300 || fabs(c->knots[c->nknots - 1]) > 1e300))
		return mg_bad(err, path, "continuous",
					  "knots must lie within +-1e300 (values this large cannot be modelled: exclude them, or declare the column with min and max)");
	if (c->pc > 0.0 && c->family >= 0)
	{
		c->ntab = TAB_SIZE - 1;
		c->tab = mg_alloc_array((size_t) c->ntab, sizeof(double), err);
		if (c->tab == NULL)
			return false;
		for (int k = 0; k < c->ntab; k++)
		{
			double		x = sm_dist_ppf(&c->dist, (double) (k + 1) / TAB_SIZE);

			if (!isfinite(x))
				return mg_bad(err, path, "continuous",
							  "the distribution has no finite quantiles");
			c->tab[k] = x;
		}
	}
	for (int k = 0; k < c->natoms; k++)
	{
		c->atom_p[k] = c->atom_w[k] / total;
		c->atom_ulo[k] = acc + (c->pc > 0.0 ? c->pc * mg_cont_cdf(c, c->atom_v[k]) : 0.0);
		c->atom_uhi[k] = c->atom_ulo[k] + c->atom_p[k];
		acc += c->atom_p[k];
		c->atom_cum[k] = acc;
	}

	/*
	 * Truncation to the declared bounds; on a grid, values within half a step
	 * of a bound round onto it.
	 */
	c->u_lo = 0.0;
	c->u_hi = 1.0;
	{
		double		h = mg_has_grid(c) ? 0.5 * fabs(mg_grid_value(c, 1.0)) : 0.0;

		if (c->has_min)
			c->u_lo = mg_mix_cdf(c, c->vlo - h, true);
		if (c->has_max)
			c->u_hi = mg_mix_cdf(c, c->vhi + h, false);
	}
	if (!(c->u_lo >= 0.0))
		c->u_lo = 0.0;
	if (!(c->u_hi <= 1.0))
		c->u_hi = 1.0;
	if (!(c->u_hi - c->u_lo > 1e-12))
	{
		/* no mass within the bounds: clamping alone keeps values inside */
		c->u_lo = 0.0;
		c->u_hi = 1.0;
	}
	c->avoid_atoms = c->natoms > 0 && c->pc > 0.0 && mg_has_grid(c);
	return true;
}

/* Derived tables of a categorical column. */
static bool
prepare_categorical(sm_mcol *c, const char *path, sm_error *err)
{
	bool		other = c->other_w > 0.0;
	double		total = other ? c->other_w : 0.0,
				acc = 0.0;
	int			s = 0;

	c->nslots = c->ncat + (other ? 1 : 0);
	for (int k = 0; k < c->ncat; k++)
		total += c->cat_w[k];
	if (!(total > 0.0) || !isfinite(total))
		return mg_bad(err, path, "categories", "weights must have a positive sum");
	if (other && c->tg.kind == SM_TG_NONE)
		return mg_bad(err, path, "other", "the other bucket needs a generator");
	if (other && c->type != SM_COL_TEXT)
		return mg_bad(err, path, "other", "only text columns have an other bucket");
	c->cum = mg_alloc_array((size_t) c->nslots + 1, sizeof(double), err);
	c->slot_label = mg_alloc_array((size_t) c->nslots, sizeof(int), err);
	c->out_len = mg_alloc_array((size_t) c->ncat, sizeof(size_t), err);
	if (!c->cum || !c->slot_label || !c->out_len)
		return mg_oom(err);
	for (int k = 0; k < c->ncat; k++)
		c->out_len[k] = mg_utf8_prefix(c->labels[k], c->lens[k], c->max_length);
	c->cum[0] = 0.0;
	for (int k = 0; k <= c->ncat; k++)
	{
		if (other && k == c->other_pos)
		{
			acc += c->other_w / total;
			c->slot_label[s] = -1;
			c->cum[++s] = acc;
		}
		if (k < c->ncat)
		{
			acc += c->cat_w[k] / total;
			c->slot_label[s] = k;
			c->cum[++s] = acc;
		}
	}
	c->cum[c->nslots] = 1.0;

	/* the set of labels, which the other bucket must avoid */
	if (c->type == SM_COL_TEXT && c->ncat > 0)
	{
		size_t		size = 16;

		while (size < (size_t) c->ncat * 2)
			size *= 2;
		c->label_hash = mg_alloc_array(size, sizeof(uint64_t), err);
		if (c->label_hash == NULL)
			return false;
		memset(c->label_hash, 0, size * sizeof(uint64_t));
		c->label_hash_size = size;
		for (int k = 0; k < c->ncat; k++)
		{
			uint64_t	h = sm_mcol_hash(0, c->labels[k], c->lens[k]) | 1;
			size_t		pos = (size_t) h & (size - 1);

			if (mg_is_label(c, c->labels[k], c->lens[k]))
			{
				char		p[256];

				sm_json_path_key(p, sizeof(p), path, "categories", 10);
				return mg_bad(err, p, NULL, "duplicate category \"%.100s\"",
							  c->labels[k]);
			}
			while (c->label_hash[pos] != 0)
				pos = (pos + 1) & (size - 1);
			c->label_hash[pos] = h;
		}
	}
	else if (c->type == SM_COL_BOOL)
	{
		if (c->ncat == 2 && strcmp(c->labels[0], c->labels[1]) == 0)
			return mg_bad(err, path, "categories", "duplicate category");
	}
	return true;
}

/* Domain of a unique pattern column (exactness and index spacing). */
static void
prepare_pattern_domain(sm_mcol *c)
{
	double		count = sm_regex_count(c->tg.re);

	c->exact_unique = false;
	c->domain = 0;
	if (!c->unique)
		return;
	if (sm_regex_enumerable(c->tg.re) && count <= 9.2e18)
	{
		c->exact_unique = true;
		c->domain = count < EXACT_DBL ? (uint64_t) count : (uint64_t) EXACT_DBL;
	}
	else
		c->domain = count >= 1.8e19 ? UINT64_MAX : (uint64_t) count;
}

/*
 * Validate what the model says and build the sampling tables; shared by
 * fitting and reading, so that both produce the same generator.
 */
bool
sm_mcol_prepare(sm_mcol *c, const char *path, sm_error *err)
{
	double		tlo,
				thi,
				lo,
				hi;

	mg_free_derived(c);
	c->copula_index = -1;
	c->domain = 0;
	c->exact_unique = false;

	/* many excluded hashes: a hash set, one probe instead of a search */
	if (c->tg.nexclude > 64)
	{
		size_t		size = 128;

		while (size < 2 * c->tg.nexclude)
			size *= 2;
		c->tg.exset = sm_calloc(size, sizeof(uint64_t));
		if (c->tg.exset == NULL)
			return mg_oom(err);
		c->tg.exmask = size - 1;
		for (size_t k = 0; k < c->tg.nexclude; k++)
		{
			uint64_t	h = c->tg.exclude[k];
			size_t		s = (size_t) (h ^ (h >> 29)) & c->tg.exmask;

			if (h == 0)
			{
				c->tg.ex_zero = true;
				continue;
			}
			while (c->tg.exset[s] != 0 && c->tg.exset[s] != h)
				s = (s + 1) & c->tg.exmask;
			c->tg.exset[s] = h;
		}
	}

	/* the clamp range: declared bounds within the type, on the grid */
	mg_type_range(c, &tlo, &thi);
	lo = c->has_min && c->min > tlo ? c->min : tlo;
	hi = c->has_max && c->max < thi ? c->max : thi;
	if (mg_has_grid(c))
	{
		lo = mg_grid_value(c, ceil(mg_grid_units(c, lo) - 1e-9));
		hi = mg_grid_value(c, floor(mg_grid_units(c, hi) + 1e-9));
	}
	if (mg_type_is_numeric(c->type) && !(lo <= hi))
		return mg_bad(err, path, "min", "no value of the column's type and grid lies within min and max");
	c->vlo = lo;
	c->vhi = hi;

	switch (c->kind)
	{
		case SM_MK_NUMERIC:
			if (!prepare_numeric(c, path, err))
				return false;
			if (c->unique)
				c->domain = UINT64_MAX;
			break;
		case SM_MK_CATEGORICAL:
			if (!prepare_categorical(c, path, err))
				return false;
			if (c->unique)
			{
				c->domain = (uint64_t) c->ncat;
				c->exact_unique = true;
			}
			break;
		case SM_MK_PATTERN:
			prepare_pattern_domain(c);
			break;
		case SM_MK_SEQUENCE:
			c->exact_unique = true;
			c->domain = UINT64_MAX;
			if (mg_unit_value(c, c->start) < c->vlo || mg_unit_value(c, c->start) > c->vhi)
				return mg_bad(err, path, "start", "start lies outside the column's range");
			break;
		case SM_MK_PERMUTATION:
			if (c->lo > c->hi)
				return mg_bad(err, path, "hi", "hi must not be below lo");
			if (mg_unit_value(c, c->lo) < c->vlo || mg_unit_value(c, c->hi) > c->vhi)
				return mg_bad(err, path, "lo", "the range lies outside the column's range");
			c->exact_unique = true;
			c->domain = (uint64_t) c->hi - (uint64_t) c->lo + 1;

			/* 0 when hi - lo + 1 wraps around */
			/* cppcheck-suppress knownConditionTrueFalse */
			if (c->domain == 0 || c->domain > (UINT64_C(1) << 62))
				return mg_bad(err, path, "hi", "the range holds more than 2^62 values");
			break;
		case SM_MK_UUID:
			c->exact_unique = true;
			c->domain = UINT64_C(1) << 62;
			break;
		case SM_MK_CONSTANT:
			c->domain = 1;
			c->exact_unique = true;
			if (mg_type_is_numeric(c->type) && (c->cnum < c->vlo || c->cnum > c->vhi))
				return mg_bad(err, path, "value", "the constant lies outside min and max");
			break;
	}
	return true;
}

/*
 * A column joins the copula when it has at least two outcomes and is
 * not a key (keys are permutations, whose values must not be correlated).
 */
bool
sm_mcol_copula_capable(const sm_mcol *c)
{
	int			positive = 0;

	if (c->unique)
		return false;
	if (c->kind == SM_MK_NUMERIC)
	{
		for (int k = 0; k < c->natoms; k++)
			if (c->atom_p[k] > 0.0)
				positive++;
		if (c->pc > 0.0)
			positive += 2;
		return positive >= 2;
	}
	if (c->kind == SM_MK_CATEGORICAL)
	{
		for (int s = 0; s < c->nslots; s++)
			if (c->cum[s + 1] > c->cum[s])
				positive++;
		return positive >= 2;
	}
	return false;
}

/* The point masses, for the attenuation correction of the copula fit. */
bool
sm_mcol_steps(const sm_mcol *c, double **a, double **b, int *count)
{
	int			n = c->kind == SM_MK_NUMERIC ? c->natoms :
	c->kind == SM_MK_CATEGORICAL ? c->nslots : 0;
	double		span = c->u_hi - c->u_lo;

	*a = sm_malloc(sizeof(double) * (size_t) (n ? n : 1));
	*b = sm_malloc(sizeof(double) * (size_t) (n ? n : 1));
	*count = n;
	if (*a == NULL || *b == NULL)
	{
		sm_free(*a);
		sm_free(*b);
		*a = *b = NULL;
		return false;
	}
	for (int k = 0; k < n; k++)
	{
		double		lo,
					hi;

		if (c->kind == SM_MK_NUMERIC)
		{
			/* back through the truncation to the copula's uniform */
			lo = span > 0.0 ? (c->atom_ulo[k] - c->u_lo) / span : 0.0;
			hi = span > 0.0 ? (c->atom_uhi[k] - c->u_lo) / span : 1.0;
		}
		else
		{
			lo = c->cum[k];
			hi = c->cum[k + 1];
		}
		(*a)[k] = lo < 0.0 ? 0.0 : (lo > 1.0 ? 1.0 : lo);
		(*b)[k] = hi < 0.0 ? 0.0 : (hi > 1.0 ? 1.0 : hi);
	}
	return true;
}

/*
 * Refuse up front a run a unique column cannot hold, rather than failing
 * (or repeating values) in the middle of it.
 */
bool
sm_mcol_check_n(const sm_mcol *c, uint64_t n, sm_error *err)
{
	if (n == 0)
		return true;
	if (c->kind == SM_MK_SEQUENCE)
	{
		double		last = mg_unit_value(c, c->start) + (double) (n - 1) *
		mg_unit_value(c, 1);

		/* start + i must also stay an int64 count of units */
		if (last > c->vhi || (double) c->start + (double) (n - 1) > 4.6e18)
		{
			sm_error_set(err, SM_EDATA, c->name,
						 "column \"%s\" cannot hold %" PRIu64 " sequence values",
						 c->name, n);
			sm_error_detail(err, "The sequence would pass the column's maximum %.17g.",
							c->vhi);
			return false;
		}
		return true;
	}
	if (!c->unique || c->domain >= n)
		return true;
	sm_error_set(err, SM_EDATA, c->name,
				 "column \"%s\" cannot hold %" PRIu64 " distinct values: its domain has %" PRIu64 " values",
				 c->name, n, c->domain);
	sm_error_hint(err, "Widen the column's min and max, or its pattern, in the definition.");
	return false;
}
