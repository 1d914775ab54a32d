/*
 * model_dep.c
 *	  Functional dependencies between categorical text columns of a table
 *	  model (city -> country, state -> country, postal area -> city):
 *	  found while fitting, stored in the model JSON ("dependencies"),
 *	  applied while generating.
 *
 * A column B depends on a column A when every stored category (common
 * value) a of A comes, in at least SM_DEP_SHARE of its rows where B is not
 * NULL, with one category b of B, seen with a at least min_count times.
 * Generation then writes b into B whenever A produced a: the pair exists in
 * the training data, and it is common (no rare pair is stored).  Rows where
 * A produced a new value (its other bucket) or NULL keep B's own draw.
 * A column is either determining or dependent, never both, so one pass
 * after the row's values suffices; B takes the determining column with the
 * most categories.
 *
 * JSON: "dependencies": [{"column": B, "given": A,
 *							"map": [[a, b], ...]}, ...]
 * a and b are category labels of A and B; the decoder checks both.
 */
#include "model.h"

#include "json.h"
#include "marginal.h"
#include "model_int.h"

/* Share of a category's rows that must carry the dependent value. */
#define SM_DEP_SHARE	0.95

/* Largest count table (categories of A times those of B + 1) examined. */
#define SM_DEP_MAX_CELLS	4000000

/* Release the dependencies of a model. */
void
md_deps_free(sm_tmodel *m)
{
	for (int i = 0; i < m->ndeps; i++)
		sm_free(m->deps[i].label_of);
	sm_free(m->deps);
	m->deps = NULL;
	m->ndeps = 0;
}

/* A category column that can take part: text, categorical, not unique. */
static bool
dep_capable(const sm_mcol *c)
{
	return c->type == SM_COL_TEXT && c->kind == SM_MK_CATEGORICAL && !c->unique &&
		c->ncat >= 1;
}

typedef struct lab_ix
{
	const char *s;
	size_t		len;
	int			ix;
} lab_ix;

/* qsort and bsearch order of labels: bytes. */
static int
cmp_lab_ix(const void *a, const void *b)
{
	const lab_ix *x = a;
	const lab_ix *y = b;
	size_t		l = x->len < y->len ? x->len : y->len;
	int			c = memcmp(x->s, y->s, l);

	if (c != 0)
		return c;
	return (x->len > y->len) - (x->len < y->len);
}

/* Bytes of the first max_chars characters (all when max_chars < 0). */
static size_t
utf8_prefix(const char *s, size_t len, int max_chars)
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

/*
 * Per row, the category index of a text column's value (-1: NULL or not a
 * category); NULL on allocation failure.
 */
static int *
row_labels(const sm_mcol *c, const fcol *fc, size_t nrows)
{
	lab_ix	   *li = sm_calloc((size_t) c->ncat, sizeof(lab_ix));
	int		   *out = sm_calloc(nrows ? nrows : 1, sizeof(int));

	if (li == NULL || out == NULL)
	{
		sm_free(li);
		sm_free(out);
		return NULL;
	}
	for (int k = 0; k < c->ncat; k++)
	{
		li[k].s = c->labels[k];
		li[k].len = c->lens[k];
		li[k].ix = k;
	}
	qsort(li, (size_t) c->ncat, sizeof(lab_ix), cmp_lab_ix);
	for (size_t r = 0; r < nrows; r++)
	{
		lab_ix		key = {NULL, 0, 0};
		lab_ix	   *hit;

		out[r] = -1;
		if (fc->off[r] == SIZE_MAX)
			continue;
		key.s = fc->arena ? fc->arena + fc->off[r] : "";
		key.len = utf8_prefix(key.s, fc->len[r], c->max_length);
		hit = bsearch(&key, li, (size_t) c->ncat, sizeof(lab_ix), cmp_lab_ix);
		if (hit != NULL)
			out[r] = hit->ix;
	}
	sm_free(li);
	return out;
}

/*
 * Whether B depends on A (row category indexes ra, rb); fills map (one
 * entry per category of A: B's category) when it does.
 */
static bool
depends(const int *ra, const int *rb, size_t nrows, int na, int nb,
		int min_count, int *map, bool *oom)
{
	size_t		cells = (size_t) na * ((size_t) nb + 1);
	uint32_t   *cnt;
	bool		ok = true;

	*oom = false;
	cnt = sm_calloc(cells, sizeof(uint32_t));
	if (cnt == NULL)
	{
		*oom = true;
		return false;
	}
	for (size_t r = 0; r < nrows; r++)
		if (ra[r] >= 0 && rb[r] != -2)
			cnt[(size_t) ra[r] * ((size_t) nb + 1) + (size_t) (rb[r] + 1)]++;
	for (int a = 0; ok && a < na; a++)
	{
		const uint32_t *row = &cnt[(size_t) a * ((size_t) nb + 1)];
		uint64_t	tot = 0;
		uint32_t	best = 0;
		int			bb = -1;

		for (int b = 0; b <= nb; b++)
		{
			tot += row[b];
			if (b > 0 && row[b] > best)
			{
				best = row[b];
				bb = b - 1;
			}
		}
		if (tot == 0)
		{
			map[a] = -1;		/* B always NULL with a: nothing to keep */
			continue;
		}
		ok = bb >= 0 && best >= (uint32_t) min_count &&
			(double) best >= SM_DEP_SHARE * (double) tot;
		map[a] = bb;
	}
	sm_free(cnt);
	return ok;
}

/*
 * Find the dependencies of a fitted model from the fitter's rows (after the
 * copula, whose fit may reorder categories).
 */
bool
md_fit_dependencies(sm_tmodel *m, const sm_fitter *f, sm_error *err)
{
	int		  **rl;
	bool	   *is_given,
			   *is_dep;
	bool		ok = true;

	if (f->nrows == 0 || m->ncols < 2)
		return true;
	rl = sm_calloc((size_t) m->ncols, sizeof(int *));
	is_given = sm_calloc((size_t) m->ncols, sizeof(bool));
	is_dep = sm_calloc((size_t) m->ncols, sizeof(bool));
	m->deps = sm_calloc((size_t) m->ncols, sizeof(md_dep));
	if (!rl || !is_given || !is_dep || !m->deps)
	{
		ok = md_oom(err);
		goto done;
	}
	for (int k = 0; k < m->ncols; k++)
		if (dep_capable(&m->cols[k]) && md_is_text(&f->cols[k]))
		{
			rl[k] = row_labels(&m->cols[k], &f->cols[k], f->nrows);
			if (rl[k] == NULL)
			{
				ok = md_oom(err);
				goto done;
			}
			/* -2: NULL, not counted; -1: a value of the other bucket */
			for (size_t r = 0; r < f->nrows; r++)
				if (f->cols[k].off[r] == SIZE_MAX)
					rl[k][r] = -2;
		}
	for (int b = 0; b < m->ncols; b++)
	{
		const sm_mcol *cb = &m->cols[b];
		int			min_count = f->cols[b].spec.min_count > 0 ?
		f->cols[b].spec.min_count : SM_MODEL_MIN_COUNT;
		int			best = -1;
		int		   *bestmap = NULL;

		if (rl[b] == NULL || is_given[b])
			continue;
		for (int a = 0; a < m->ncols; a++)
		{
			const sm_mcol *ca = &m->cols[a];
			int		   *map;
			bool		oom;

			if (a == b || rl[a] == NULL || is_dep[a] || ca->ncat < 2 ||
				(best >= 0 && ca->ncat <= m->cols[best].ncat) ||
				(size_t) ca->ncat * ((size_t) cb->ncat + 1) > SM_DEP_MAX_CELLS)
				continue;
			map = sm_calloc((size_t) ca->ncat, sizeof(int));
			if (map == NULL)
			{
				ok = md_oom(err);
				goto done;
			}
			/* rows where A is NULL or new do not count */
			{
				int		   *ra = sm_calloc(f->nrows, sizeof(int));

				if (ra == NULL)
				{
					sm_free(map);
					ok = md_oom(err);
					goto done;
				}
				for (size_t r = 0; r < f->nrows; r++)
					ra[r] = rl[a][r] < 0 ? -1 : rl[a][r];
				if (depends(ra, rl[b], f->nrows, ca->ncat, cb->ncat, min_count, map, &oom))
				{
					sm_free(bestmap);
					bestmap = map;
					map = NULL;
					best = a;
				}
				sm_free(ra);
			}
			sm_free(map);
			if (oom)
			{
				sm_free(bestmap);
				ok = md_oom(err);
				goto done;
			}
		}
		if (best >= 0)
		{
			md_dep	   *d = &m->deps[m->ndeps++];

			d->col = b;
			d->given = best;
			d->label_of = bestmap;
			is_given[best] = true;
			is_dep[b] = true;
		}
	}
done:
	for (int k = 0; rl && k < m->ncols; k++)
		sm_free(rl[k]);
	sm_free(rl);
	sm_free(is_given);
	sm_free(is_dep);
	if (m->deps && m->ndeps == 0)
	{
		sm_free(m->deps);
		m->deps = NULL;
	}
	return ok;
}

/* Write "dependencies" (nothing without any). */
bool
md_write_dependencies(const sm_tmodel *m, sm_buf *out)
{
	bool		ok = true;

	if (m->ndeps == 0)
		return true;
	ok = sm_buf_puts(out, ",\"dependencies\":[");
	for (int i = 0; ok && i < m->ndeps; i++)
	{
		const md_dep *d = &m->deps[i];
		const sm_mcol *a = &m->cols[d->given];
		const sm_mcol *b = &m->cols[d->col];
		bool		first = true;

		ok = (i == 0 || sm_buf_putc(out, ',')) && sm_buf_puts(out, "{\"column\":") &&
			sm_json_write_string(out, b->name, strlen(b->name)) &&
			sm_buf_puts(out, ",\"given\":") &&
			sm_json_write_string(out, a->name, strlen(a->name)) &&
			sm_buf_puts(out, ",\"map\":[");
		for (int k = 0; ok && k < a->ncat; k++)
		{
			if (d->label_of[k] < 0)
				continue;
			ok = (first || sm_buf_putc(out, ',')) && sm_buf_putc(out, '[') &&
				sm_json_write_string(out, a->labels[k], a->lens[k]) && sm_buf_putc(out, ',') &&
				sm_json_write_string(out, b->labels[d->label_of[k]], b->lens[d->label_of[k]]) &&
				sm_buf_putc(out, ']');
			first = false;
		}
		ok = ok && sm_buf_puts(out, "]}");
	}
	return ok && sm_buf_putc(out, ']');
}

/* Index of a column by name, -1 if none. */
static int
col_index(const sm_tmodel *m, const char *name)
{
	for (int k = 0; k < m->ncols; k++)
		if (strcmp(m->cols[k].name, name) == 0)
			return k;
	return -1;
}

/* Index of a category label of c, -1 if none. */
static int
label_index(const sm_mcol *c, const char *s, size_t len)
{
	for (int k = 0; k < c->ncat; k++)
		if (c->lens[k] == len && memcmp(c->labels[k], s, len) == 0)
			return k;
	return -1;
}

/* Record an SM_EINVAL at a path of the dependencies; returns false. */
static bool
dep_bad(sm_error *err, size_t i, const char *msg)
{
	char		p[64];

	snprintf(p, sizeof(p), "dependencies[%zu]", i);
	return sm_error_set(err, SM_EINVAL, p, "invalid model: %s", msg);
}

/* Read and check "dependencies" (absent: none). */
bool
md_read_dependencies(sm_tmodel *m, const sm_json *v, sm_error *err)
{
	bool	   *used;

	if (v == NULL || v->type == SM_JNULL)
		return true;
	if (v->type != SM_JARRAY || v->n > (size_t) m->ncols)
		return sm_error_set(err, SM_EINVAL, "dependencies",
							"invalid model: dependencies must be an array of at most one entry per column");
	used = sm_calloc((size_t) m->ncols, sizeof(bool) * 2);
	m->deps = sm_calloc(v->n ? v->n : 1, sizeof(md_dep));
	if (used == NULL || m->deps == NULL)
	{
		sm_free(used);
		return md_oom(err);
	}
	for (size_t i = 0; i < v->n; i++)
	{
		const sm_json *e = v->items[i],
				   *col,
				   *given,
				   *map;
		md_dep	   *d = &m->deps[i];
		const sm_mcol *a,
				   *b;

		m->ndeps = (int) i + 1;
		if (e->type != SM_JOBJECT ||
			(col = sm_json_get(e, "column")) == NULL || col->type != SM_JSTRING ||
			(given = sm_json_get(e, "given")) == NULL || given->type != SM_JSTRING ||
			(map = sm_json_get(e, "map")) == NULL || map->type != SM_JARRAY)
		{
			sm_free(used);
			return dep_bad(err, i, "a dependency has a column, a given column and a map");
		}
		d->col = col_index(m, col->str);
		d->given = col_index(m, given->str);
		if (d->col < 0 || d->given < 0 || d->col == d->given)
		{
			sm_free(used);
			return dep_bad(err, i, "unknown or equal columns");
		}
		a = &m->cols[d->given];
		b = &m->cols[d->col];
		if (!dep_capable(a) || !dep_capable(b) || used[d->col * 2] || used[d->col * 2 + 1] ||
			used[d->given * 2 + 1])
		{
			sm_free(used);
			return dep_bad(err, i, "both columns must be categorical text, a column depends on one column and is not itself given");
		}
		used[d->col * 2 + 1] = true;	/* dependent */
		used[d->given * 2] = true;	/* given */
		d->label_of = sm_calloc((size_t) a->ncat, sizeof(int));
		if (d->label_of == NULL)
		{
			sm_free(used);
			return md_oom(err);
		}
		for (int k = 0; k < a->ncat; k++)
			d->label_of[k] = -1;
		for (size_t j = 0; j < map->n; j++)
		{
			const sm_json *pr = map->items[j];
			int			ka,
						kb;

			if (pr->type != SM_JARRAY || pr->n != 2 || pr->items[0]->type != SM_JSTRING ||
				pr->items[1]->type != SM_JSTRING)
			{
				sm_free(used);
				return dep_bad(err, i, "a map entry is a pair of strings");
			}
			ka = label_index(a, pr->items[0]->str, pr->items[0]->len);
			kb = label_index(b, pr->items[1]->str, pr->items[1]->len);
			if (ka < 0 || kb < 0 || d->label_of[ka] >= 0)
			{
				sm_free(used);
				return dep_bad(err, i, "a map entry must pair a category of each column, once");
			}
			d->label_of[ka] = kb;
		}
	}
	/* a given column must not be dependent (checked in either order) */
	for (int k = 0; k < m->ncols; k++)
		if (used[k * 2] && used[k * 2 + 1])
		{
			sm_free(used);
			return dep_bad(err, 0, "a column is both given and dependent");
		}
	sm_free(used);
	return true;
}

/* Apply the dependencies to a generated row (last: A's category per column). */
void
md_apply_dependencies(const sm_tmodel *m, const sm_gcol *gc, sm_value *out)
{
	for (int i = 0; i < m->ndeps; i++)
	{
		const md_dep *d = &m->deps[i];
		int			la = gc[d->given].last_label;
		int			lb;
		const sm_mcol *b;

		if (la < 0 || out[d->col].kind == SM_V_NULL)
			continue;
		lb = d->label_of[la];
		if (lb < 0)
			continue;
		b = &m->cols[d->col];
		out[d->col].kind = SM_V_TEXT;
		out[d->col].s = b->labels[lb];
		out[d->col].len = b->out_len ? b->out_len[lb] : b->lens[lb];
	}
}
