/*
 * marginal_read.c
 *	  Readers of the stored parts of a column model: typed members, text
 *	  generators, numeric models.
 *
 * Not here: the entry point sm_mcol_from_json (marginal_from_json.c) and
 * validation (marginal_prepare.c).
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
#include "wordmodel.h"
#include "marginal_int.h"

/* ------------------------------------------------------------------------
 * JSON reader
 * ------------------------------------------------------------------------ */

/* A member of the right type; absent is an error only when required. */
bool
mg_get_member(const sm_json *obj, const char *path, const char *key,
			  sm_jtype type, bool required, const sm_json **out, sm_error *err)
{
	const sm_json *v = sm_json_get(obj, key);

	*out = NULL;
	if (v == NULL || (v->type == SM_JNULL && type != SM_JNULL && !required))
	{
		if (v == NULL && required)
			return mg_bad(err, path, key, "member \"%s\" is missing", key);
		return true;
	}
	if (type == SM_JTRUE ? (v->type != SM_JTRUE && v->type != SM_JFALSE)
		: v->type != type)
		return mg_bad(err, path, key, "must be %s, not %s",
					  type == SM_JTRUE ? "a boolean" : sm_json_type_phrase(type),
					  sm_json_type_phrase(v->type));
	*out = v;
	return true;
}

/* A finite number. */
bool
mg_get_num(const sm_json *obj, const char *path, const char *key, bool required,
		   double *out, bool *present, sm_error *err)
{
	const sm_json *v;

	if (present)
		*present = false;
	if (!mg_get_member(obj, path, key, SM_JNUMBER, required, &v, err))
		return false;
	if (v == NULL)
		return true;
	if (!isfinite(v->num))
		return mg_bad(err, path, key, "must be a finite number");
	*out = v->num;
	if (present)
		*present = true;
	return true;
}

/* An integer written without fraction or exponent, within [lo, hi]. */
static bool
json_int64(const sm_json *v, int64_t *out)
{
	const char *s = v->str;
	size_t		len = v->len,
				i = 0;
	bool		neg = false;
	uint64_t	acc = 0;

	if (v->type != SM_JNUMBER || s == NULL || len == 0)
		return false;
	if (s[0] == '-')
	{
		neg = true;
		i = 1;
	}
	if (i >= len)
		return false;
	for (; i < len; i++)
	{
		unsigned	d = (unsigned) (s[i] - '0');

		if (d > 9)
			return false;
		if (acc > (UINT64_C(9223372036854775808) - d) / 10)
			return false;
		acc = acc * 10 + d;
	}
	if (!neg && acc > (uint64_t) INT64_MAX)
		return false;
	*out = neg ? (int64_t) (0 - acc) : (int64_t) acc;
	return true;
}

/* An integer member within [lo, hi]. */
bool
mg_get_int(const sm_json *obj, const char *path, const char *key, bool required,
		   int64_t lo, int64_t hi, int64_t *out, bool *present, sm_error *err)
{
	const sm_json *v;

	if (present)
		*present = false;
	if (!mg_get_member(obj, path, key, SM_JNUMBER, required, &v, err))
		return false;
	if (v == NULL)
		return true;
	if (!json_int64(v, out) || *out < lo || *out > hi)
		return mg_bad(err, path, key, "must be an integer between %" PRId64 " and %" PRId64,
					  lo, hi);
	if (present)
		*present = true;
	return true;
}

/* A 16-hex-digit string. */
static bool
parse_hex64(const sm_json *v, uint64_t *out)
{
	uint64_t	acc = 0;

	if (v->type != SM_JSTRING || v->len != 16)
		return false;
	for (int k = 0; k < 16; k++)
	{
		char		ch = v->str[k];
		unsigned	d;

		if (ch >= '0' && ch <= '9')
			d = (unsigned) (ch - '0');
		else if (ch >= 'a' && ch <= 'f')
			d = (unsigned) (ch - 'a' + 10);
		else
			return false;
		acc = (acc << 4) | d;
	}
	*out = acc;
	return true;
}

/* Compile a generator pattern; errors name the path. */
static bool
compile_pattern(sm_strgen *g, const char *path, sm_error *err)
{
	sm_error	e;

	memset(&e, 0, sizeof(e));
	g->re = sm_regex_compile(g->pattern, strlen(g->pattern), &e);
	if (g->re == NULL)
	{
		if (e.code == SM_ENOMEM)
		{
			*err = e;
			return false;
		}
		return mg_bad(err, path, "pattern", "invalid pattern: %s", e.message);
	}
	if (sm_regex_is_empty(g->re))
		return mg_bad(err, path, "pattern", "the pattern matches no string");
	return true;
}

/* A generator object. */
bool
mg_read_strgen(sm_strgen *g, const sm_json *j, const char *path, sm_error *err)
{
	const sm_json *kind,
			   *v;
	int64_t		iv;

	if (j->type != SM_JOBJECT)
		return mg_bad(err, path, NULL, "must be an object");
	if (!mg_get_member(j, path, "kind", SM_JSTRING, true, &kind, err))
		return false;
	if (strcmp(kind->str, "pattern") == 0)
	{
		if (!mg_get_member(j, path, "pattern", SM_JSTRING, true, &v, err))
			return false;
		g->kind = SM_TG_PATTERN;
		g->pattern = sm_strndup(v->str, v->len);
		if (g->pattern == NULL)
			return mg_oom(err);
		if (!mg_get_member(j, path, "derived", SM_JTRUE, false, &v, err))
			return false;
		g->derived = v != NULL && v->type == SM_JTRUE;
		if (!compile_pattern(g, path, err))
			return false;
	}
	else if (strcmp(kind->str, "lorem") == 0)
	{
		g->kind = SM_TG_LOREM;
		if (!mg_get_int(j, path, "min_words", true, 1, 100, &iv, NULL, err))
			return false;
		g->min_words = (int) iv;
		if (!mg_get_int(j, path, "max_words", true, 1, 100, &iv, NULL, err))
			return false;
		g->max_words = (int) iv;
		if (g->max_words < g->min_words)
			return mg_bad(err, path, "max_words", "must not be below min_words");
	}
	else if (strcmp(kind->str, "words") == 0)
	{
		char		p[256];

		if (!mg_get_member(j, path, "model", SM_JOBJECT, true, &v, err))
			return false;
		g->kind = SM_TG_WORDS;
		g->wm = sm_wordmodel_from_json(v, err);
		if (g->wm == NULL)
		{
			/* the word model reports paths relative to its own root */
			sm_json_path_key(p, sizeof(p), path, "model", 5);
			if (err->code != SM_ENOMEM)
			{
				char		full[600];

				snprintf(full, sizeof(full), "%s%s%s", p,
						 err->path[0] && err->path[0] != '[' ? "." : "", err->path);
				memcpy(err->path, full, sizeof(err->path) - 1);
				err->path[sizeof(err->path) - 1] = '\0';
			}
			return false;
		}
	}
	else if (strcmp(kind->str, "ngram") == 0)
	{
		char		p[256];

		if (!mg_get_member(j, path, "model", SM_JOBJECT, true, &v, err))
			return false;
		g->kind = SM_TG_NGRAM;
		g->tm = sm_textmodel_from_json(v, err);
		if (g->tm == NULL)
		{
			/* the text model reports paths relative to its own root */
			sm_json_path_key(p, sizeof(p), path, "model", 5);
			if (err->code != SM_ENOMEM)
			{
				char		full[600];

				snprintf(full, sizeof(full), "%s%s%s", p,
						 err->path[0] && err->path[0] != '[' ? "." : "", err->path);
				memcpy(err->path, full, sizeof(err->path) - 1);
				err->path[sizeof(err->path) - 1] = '\0';
			}
			return false;
		}
	}
	else
		return mg_bad(err, path, "kind", "unknown generator kind \"%.64s\"", kind->str);

	if (!mg_get_member(j, path, "exclude", SM_JARRAY, false, &v, err))
		return false;
	if (v != NULL && v->n > 0)
	{
		const sm_json *key;
		char		p[256];

		if (v->n > MAX_SLOTS)
			return mg_bad(err, path, "exclude", "more than %d entries", MAX_SLOTS);
		if (!mg_get_member(j, path, "hash_key", SM_JSTRING, true, &key, err))
			return false;
		if (!parse_hex64(key, &g->hash_key))
			return mg_bad(err, path, "hash_key", "must be 16 lower-case hex digits");
		g->exclude = mg_alloc_array(v->n, sizeof(uint64_t), err);
		if (g->exclude == NULL)
			return false;
		g->nexclude = v->n;
		sm_json_path_key(p, sizeof(p), path, "exclude", 7);
		for (size_t k = 0; k < v->n; k++)
			if (!parse_hex64(v->items[k], &g->exclude[k]))
			{
				char		q[256];

				sm_json_path_index(q, sizeof(q), p, k);
				return mg_bad(err, q, NULL, "must be 16 lower-case hex digits");
			}
		qsort(g->exclude, g->nexclude, sizeof(uint64_t), mg_cmp_u64);
	}
	else
	{
		/* the compact form: one string of 16 hex digits per hash */
		if (!mg_get_member(j, path, "exclude_hex", SM_JSTRING, false, &v, err))
			return false;
		if (v != NULL && v->len > 0)
		{
			const sm_json *key;
			size_t		n = v->len / 16;

			if (v->len % 16 != 0 || n > MAX_SLOTS)
				return mg_bad(err, path, "exclude_hex",
							  "must be at most %d hashes of 16 hex digits", MAX_SLOTS);
			if (!mg_get_member(j, path, "hash_key", SM_JSTRING, true, &key, err))
				return false;
			if (!parse_hex64(key, &g->hash_key))
				return mg_bad(err, path, "hash_key", "must be 16 lower-case hex digits");
			g->exclude = mg_alloc_array(n, sizeof(uint64_t), err);
			if (g->exclude == NULL)
				return false;
			g->nexclude = n;
			for (size_t k = 0; k < n; k++)
			{
				uint64_t	h = 0;

				for (size_t d = 0; d < 16; d++)
				{
					char		c = v->str[k * 16 + d];

					if (c >= '0' && c <= '9')
						h = (h << 4) | (uint64_t) (c - '0');
					else if (c >= 'a' && c <= 'f')
						h = (h << 4) | (uint64_t) (c - 'a' + 10);
					else
						return mg_bad(err, path, "exclude_hex", "must be lower-case hex digits");
				}
				g->exclude[k] = h;
			}
			qsort(g->exclude, g->nexclude, sizeof(uint64_t), mg_cmp_u64);
		}
	}
	return true;
}

/* "atoms" and "continuous" of a numeric column. */
bool
mg_read_numeric(sm_mcol *c, const sm_json *j, const char *path, sm_error *err)
{
	const sm_json *atoms,
			   *cont;
	char		p[256],
				q[256];

	if (!mg_get_member(j, path, "atoms", SM_JARRAY, true, &atoms, err) ||
		!mg_get_member(j, path, "continuous", SM_JOBJECT, false, &cont, err))
		return false;
	if (atoms->n > MAX_SLOTS)
		return mg_bad(err, path, "atoms", "more than %d atoms", MAX_SLOTS);
	c->natoms = (int) atoms->n;
	c->atom_v = mg_alloc_array(atoms->n, sizeof(double), err);
	c->atom_w = mg_alloc_array(atoms->n, sizeof(double), err);
	if (!c->atom_v || !c->atom_w)
		return mg_oom(err);
	sm_json_path_key(p, sizeof(p), path, "atoms", 5);
	for (size_t k = 0; k < atoms->n; k++)
	{
		const sm_json *a = atoms->items[k];

		sm_json_path_index(q, sizeof(q), p, k);
		if (a->type != SM_JARRAY || a->n != 2 ||
			a->items[0]->type != SM_JNUMBER || a->items[1]->type != SM_JNUMBER)
			return mg_bad(err, q, NULL, "must be a [value, weight] pair of numbers");
		c->atom_v[k] = a->items[0]->num;
		c->atom_w[k] = a->items[1]->num;
		if (!isfinite(c->atom_v[k]) || !isfinite(c->atom_w[k]) || c->atom_w[k] < 0.0)
			return mg_bad(err, q, NULL, "must hold a finite value and a non-negative finite weight");
		if (k > 0 && !(c->atom_v[k] > c->atom_v[k - 1]))
			return mg_bad(err, q, NULL, "atoms must be sorted by strictly increasing value");
	}
	c->cont_w = 0.0;
	if (cont != NULL)
	{
		const sm_json *fam;
		bool		have;

		sm_json_path_key(p, sizeof(p), path, "continuous", 10);
		if (!mg_get_num(cont, p, "weight", true, &c->cont_w, NULL, err) ||
			!mg_get_member(cont, p, "family", SM_JSTRING, true, &fam, err))
			return false;
		if (c->cont_w < 0.0)
			return mg_bad(err, p, "weight", "must not be negative");
		if (strcmp(fam->str, "empirical") == 0)
		{
			const sm_json *knots;

			c->family = -1;
			if (!mg_get_member(cont, p, "knots", SM_JARRAY, true, &knots, err))
				return false;
			if (knots->n < 1 || knots->n > SM_MODEL_MAX_KNOTS)
				return mg_bad(err, p, "knots", "must hold 1 to %d knots", SM_MODEL_MAX_KNOTS);
			c->nknots = (int) knots->n;
			c->knots = mg_alloc_array(knots->n, sizeof(double), err);
			if (c->knots == NULL)
				return false;
			sm_json_path_key(q, sizeof(q), p, "knots", 5);
			for (size_t k = 0; k < knots->n; k++)
			{
				const sm_json *kn = knots->items[k];

				if (kn->type != SM_JNUMBER || !isfinite(kn->num) ||
					(k > 0 && kn->num < c->knots[k - 1]))
				{
					char		r[256];

					sm_json_path_index(r, sizeof(r), q, k);
					return mg_bad(err, r, NULL, "knots must be finite numbers in ascending order");
				}
				c->knots[k] = kn->num;
			}
			/* a linear interpolation must not overflow */
			if (fabs(c->knots[0]) > 1e300 || fabs(c->knots[c->nknots - 1]) > 1e300)
				return mg_bad(err, q, NULL, "knots must lie within +-1e300");
		}
		else
		{
			sm_dist_family f;
			double		a = 0,
						bb = 0,
						lo = 0,
						hi = 0;
			const sm_json *v;
			sm_error	e;

			if (!sm_dist_family_parse(fam->str, &f))
				return mg_bad(err, p, "family", "unknown family \"%.64s\"", fam->str);
			c->family = (int) f;
			if (!mg_get_num(cont, p, "a", true, &a, NULL, err) ||
				!mg_get_num(cont, p, "b", true, &bb, NULL, err))
				return false;
			/* bounds may be null: infinite */
			v = sm_json_get(cont, "lo");
			if (v != NULL && v->type == SM_JNULL)
				lo = -INFINITY;
			else if (!mg_get_num(cont, p, "lo", true, &lo, &have, err))
				return false;
			v = sm_json_get(cont, "hi");
			if (v != NULL && v->type == SM_JNULL)
				hi = INFINITY;
			else if (!mg_get_num(cont, p, "hi", true, &hi, &have, err))
				return false;
			memset(&e, 0, sizeof(e));
			if (!sm_dist_init(&c->dist, f, a, bb, lo, hi, &e))
				return mg_bad(err, p, NULL, "invalid %s parameters: %s", fam->str, e.message);
			if (f != SM_DIST_TRUNCNORM && f != SM_DIST_BETA && !isfinite(c->dist.lo))
				return mg_bad(err, p, "lo", "must be finite");
			/* the quantile table must stay finite */
			if (fabs(a) > 1e100 || fabs(bb) > 1e100 ||
				(isfinite(lo) && fabs(lo) > 1e100) || (isfinite(hi) && fabs(hi) > 1e100))
				return mg_bad(err, p, NULL, "parameters must lie within +-1e100");
		}
	}
	return true;
}
