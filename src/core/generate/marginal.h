/*
 * marginal.h
 *	  Internal interface between the table model (model*.c: fitter, copula,
 *	  generator, model JSON) and the one-column model (marginal_*.c:
 *	  fitting, JSON, sampling; their shared parts are in marginal_int.h).
 *
 * Not for the glue: everything here may change with the model format.
 */
#ifndef SM_MARGINAL_H
#define SM_MARGINAL_H

#include "dist.h"
#include "json.h"
#include "model.h"
#include "regex.h"
#include "rng.h"

/* Stored column kinds ("kind"). */
typedef enum sm_mkind
{
	SM_MK_CONSTANT,
	SM_MK_NUMERIC,
	SM_MK_CATEGORICAL,
	SM_MK_SEQUENCE,
	SM_MK_PERMUTATION,
	SM_MK_PATTERN,
	SM_MK_UUID
} sm_mkind;

/* Generators of strings that are not stored categories. */
typedef enum sm_textgen
{
	SM_TG_NONE,
	SM_TG_PATTERN,				/* declared pattern or derived shape */
	SM_TG_LOREM,				/* words from a built-in list */
	SM_TG_NGRAM,				/* the column's n-gram text model */
	SM_TG_WORDS					/* token templates and words (wordmodel.h) */
} sm_textgen;

struct sm_textmodel;
struct sm_wordmodel;

typedef struct sm_strgen
{
	sm_textgen	kind;
	char	   *pattern;		/* PATTERN */
	bool		derived;		/* PATTERN: a shape learnt from the data */
	sm_regex   *re;
	int			min_words;		/* LOREM */
	int			max_words;
	struct sm_textmodel *tm;	/* NGRAM */
	struct sm_wordmodel *wm;	/* WORDS */
	/* keyed hashes of rare training values, sorted, never produced */
	uint64_t	hash_key;
	size_t		nexclude;
	uint64_t   *exclude;
	/* derived by sm_mcol_prepare: an open-addressing set of exclude */
	uint64_t   *exset;			/* 0: empty slot */
	size_t		exmask;			/* size - 1, 0: no set */
	bool		ex_zero;		/* a hash 0 is excluded */
} sm_strgen;

/* Rows of the training sample of one column, as the fitter holds them. */
typedef struct sm_coldata
{
	size_t		n;				/* rows */
	const double *x;			/* numeric and bool columns: value or NaN */
	const char *arena;			/* text columns: bytes */
	const size_t *off;			/* offset into arena, SIZE_MAX: NULL */
	const size_t *len;
} sm_coldata;

/* One column of a model. */
typedef struct sm_mcol
{
	/* stored */
	char	   *name;
	sm_coltype	type;
	int			int_bytes;		/* INT: 2, 4 or 8 */
	sm_mkind	kind;
	double		null_rate;
	bool		unique;
	bool		has_min;
	bool		has_max;
	double		min;
	double		max;
	int			scale;			/* NUMERIC decimals, -1: none */
	double		step;			/* value grid, 0: none */
	int			max_length;		/* text, -1: none */

	double		cnum;			/* CONSTANT (bool: 0/1) */
	char	   *cstr;			/* CONSTANT text */
	size_t		cstrlen;

	int			natoms;			/* NUMERIC */
	double	   *atom_v;			/* strictly ascending */
	double	   *atom_w;
	double		cont_w;
	int			family;			/* -1: quantile knots, else sm_dist_family */
	sm_dist		dist;
	int			nknots;
	double	   *knots;

	int			ncat;			/* CATEGORICAL: labels in CDF order */
	char	  **labels;
	size_t	   *lens;
	double	   *cat_w;
	double		other_w;
	int			other_pos;		/* slot of the other bucket: 0..ncat */

	sm_strgen	tg;				/* CATEGORICAL other bucket, PATTERN */

	int64_t		start;			/* SEQUENCE, in grid units */
	int64_t		lo;				/* PERMUTATION range, in grid units */
	int64_t		hi;

	sm_json    *fit;			/* fit metrics, written back as read */

	/* derived by sm_mcol_prepare */
	double	   *atom_p;			/* normalised atom weights */
	double	   *atom_ulo;		/* CDF interval of each atom */
	double	   *atom_uhi;
	double	   *atom_cum;		/* sum of atom_p[0..k] */
	double		pc;				/* normalised continuous weight */
	double	   *tab;			/* parametric quantile table */
	int			ntab;
	double		u_lo;			/* truncation to [min, max] */
	double		u_hi;
	double		vlo;			/* clamp bounds of generated values */
	double		vhi;
	bool		avoid_atoms;
	int			nslots;			/* CATEGORICAL */
	double	   *cum;			/* nslots + 1 */
	int		   *slot_label;		/* label index, -1: other */
	size_t	   *out_len;		/* label bytes within max_length */
	uint64_t   *label_hash;		/* open-addressing set of label hashes */
	size_t		label_hash_size;
	uint64_t	domain;			/* unique kinds: values available */
	bool		exact_unique;	/* uniqueness is guaranteed */
	int			copula_index;	/* position in the copula, -1 if outside */
} sm_mcol;

/*
 * Fit one column.  codes (n entries, may be NULL) receives per row the
 * value the copula ranks: the value for numeric kinds, the slot for
 * categorical ones, NaN for NULL or when the column is outside the copula.
 * *nominal tells whether slots may be reordered (sm_mcol_reorder).
 */
extern bool sm_mcol_fit(sm_mcol *col, const sm_colspec *spec,
						const sm_coldata *data, uint64_t hash_key,
						double *codes, bool *nominal, sm_error *err);

/* Whether the spec's model kind is known and suits its type (SM_EINVAL). */
extern bool sm_mcol_check_spec(const sm_colspec *spec, sm_error *err);

/* Move slot k of a categorical column to position order[k]. */
extern bool sm_mcol_reorder(sm_mcol *col, const int *order, sm_error *err);

/* Derived tables, validation of the stored fields; path for errors. */
extern bool sm_mcol_prepare(sm_mcol *col, const char *path, sm_error *err);

extern bool sm_mcol_write_json(const sm_mcol *col, sm_buf *out);
extern bool sm_mcol_from_json(sm_mcol *col, const sm_json *j,
							  const char *path, sm_error *err);
extern void sm_mcol_free(sm_mcol *col);

/* Whether the column takes part in the copula (after prepare). */
extern bool sm_mcol_copula_capable(const sm_mcol *col);

/*
 * The CDF intervals [a_k, b_k] of the column's point masses (atoms or
 * slots), after prepare; the rest of (0, 1) is continuous.  Arrays of
 * *count entries allocated here.
 */
extern bool sm_mcol_steps(const sm_mcol *col, double **a, double **b,
						  int *count);

extern bool sm_mcol_check_n(const sm_mcol *col, uint64_t n, sm_error *err);

/* Per-run state of one column. */
typedef struct sm_gcol
{
	int			last_label;		/* category of the row's value, -1: none */
	sm_perm		perm;
	uint64_t	stride;			/* unique pattern index spacing */
	sm_buf		buf;
	uint64_t	seed;
	int			col;
} sm_gcol;

extern void sm_gcol_init(sm_gcol *gc, const sm_mcol *col, uint64_t seed,
						 int colno);

/*
 * The value of row i: u in (0,1) is the column's copula uniform (or an
 * independent one), rowkey = sm_hash2(seed, i).  False on allocation
 * failure (err set).
 */
extern bool sm_mcol_generate(const sm_mcol *col, sm_gcol *gc, uint64_t i,
							 uint64_t rowkey, double u, sm_value *out,
							 sm_error *err);

/* Stream numbers of sm_rng_init(seed, i, stream). */
#define SM_STREAM_COPULA		0
#define SM_STREAM_NULL(c)		((uint64_t) (c) * 4 + 4)
#define SM_STREAM_VALUE(c)		((uint64_t) (c) * 4 + 5)
#define SM_STREAM_TEXT(c)		((uint64_t) (c) * 4 + 6)

/* 64-bit keyed hash of a string (exclusion sets, label sets). */
extern uint64_t sm_mcol_hash(uint64_t key, const char *s, size_t len);

#endif							/* SM_MARGINAL_H */
