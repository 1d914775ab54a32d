/*
 * marginal_int.h
 *	  Private declarations shared by the parts of the one-column model.
 *
 * A numeric column is a mixture, in value order, of atoms (point masses)
 * and a continuous part (quantile knots or a tabulated parametric family):
 * its CDF is F(x) = sum(p_k : v_k <= x) + pc * G(x), inverted exactly, so
 * that a copula uniform u maps monotonically to a value and the atoms keep
 * their exact frequencies.  A categorical column is a list of slots (the
 * stored labels and the "other" bucket) with cumulative weights.
 *
 * The parts: marginal_util.c (small helpers, requested kinds, fit
 * metrics), marginal_cdf.c (the mixture CDF and numeric values),
 * marginal_prepare.c (validation and derived tables), marginal_sample.c
 * (generation), marginal_write.c and marginal_read.c, marginal_from_json.c
 * (the JSON codec), marginal_fit.c, marginal_fit_numeric.c,
 * marginal_fit_shape.c and marginal_fit_text.c (fitting).
 *
 * Only for src/core/generate/marginal*.c; everything else uses marginal.h.
 */
#ifndef MARGINAL_INT_H
#define MARGINAL_INT_H

#include "marginal.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Intervals of the quantile table of a parametric family. */
#define TAB_SIZE			1024

/* Most stored categories / atoms read from JSON. */
#define MAX_SLOTS			100000

/* 2^53: doubles are exact integers below it. */
#define EXACT_DBL			9007199254740992.0

/* ------------------------------------------------------------------------
 * Model kind requested by the definition
 * ------------------------------------------------------------------------ */

typedef enum req_kind
{
	RK_AUTO,
	RK_EMPIRICAL,
	RK_FAMILY,
	RK_CATEGORICAL,
	RK_CONSTANT,
	RK_SEQUENCE,
	RK_PATTERN,
	RK_NGRAM,
	RK_UUID
} req_kind;

/* ------------------------------------------------------------------------
 * Fitting: shared
 * ------------------------------------------------------------------------ */

typedef struct fitctx
{
	const sm_colspec *spec;
	const sm_coldata *data;
	int			min_count;
	uint64_t	hash_key;
	req_kind	rk;
	sm_dist_family fam;
	sm_json    *fit;
	double	   *codes;			/* may be NULL */
	bool		nominal;
} fitctx;

/* ------------------------------------------------------------------------
 * Fitting: text columns
 * ------------------------------------------------------------------------ */

typedef struct tval
{
	const char *s;
	size_t		len;
	size_t		row;
} tval;

/* Distinct values: group g spans tv[gs[g] .. gs[g] + gn[g]). */
typedef struct tgroups
{
	tval	   *tv;
	size_t		m;
	size_t	   *gs;
	size_t	   *gn;
	size_t		G;
} tgroups;

/* marginal_util.c */
extern bool mg_oom(sm_error *err);
extern void *mg_alloc_array(size_t n, size_t size, sm_error *err);
extern int	mg_cmp_double(const void *a, const void *b);
extern int	mg_cmp_u64(const void *a, const void *b);
extern int	mg_cmp_bytes(const char *a, size_t alen, const char *b, size_t blen);
extern double mg_pow10i(int s);
extern bool mg_lookup_name(const char *const *names, int count, const char *s, int *out);
extern bool mg_type_is_numeric(sm_coltype t);
extern void mg_type_range(const sm_mcol *c, double *lo, double *hi);
extern bool mg_has_grid(const sm_mcol *c);
extern double mg_grid_units(const sm_mcol *c, double x);
extern double mg_grid_value(const sm_mcol *c, double units);
extern double mg_unit_value(const sm_mcol *c, int64_t k);
extern bool mg_parse_req_kind(const sm_colspec *spec, req_kind *rk, sm_dist_family *fam, sm_error *err);
extern bool mg_param_num(const sm_colspec *spec, const char *key, double *out);
extern bool mg_fit_put(sm_json *fit, const char *key, sm_json *v);
extern bool mg_fit_num(sm_json *fit, const char *key, double d);
extern bool mg_fit_str(sm_json *fit, const char *key, const char *s);
extern const char *const mg_type_names[];

/* marginal_cdf.c */
extern double mg_cont_cdf(const sm_mcol *c, double x);
extern double mg_mix_cdf(const sm_mcol *c, double x, bool strict);
extern double mg_numeric_value(const sm_mcol *c, double u);
extern void mg_emit_number(const sm_mcol *c, double x, sm_value *out);
extern void mg_emit_key(const sm_mcol *c, int64_t k, sm_value *out);

/* marginal_prepare.c */
extern void mg_free_derived(sm_mcol *c);
extern bool mg_bad(sm_error *err, const char *path, const char *member, const char *fmt,...)
			__attribute__((format(printf, 4, 5)));
extern size_t mg_utf8_prefix(const char *s, size_t len, int max_chars);
extern bool mg_is_label(const sm_mcol *c, const char *s, size_t len);

/* marginal_write.c */
extern const char *const mg_kind_names[];

/* marginal_read.c */
extern bool mg_get_member(const sm_json *obj, const char *path, const char *key, sm_jtype type, bool required, const sm_json **out, sm_error *err);
extern bool mg_get_num(const sm_json *obj, const char *path, const char *key, bool required, double *out, bool *present, sm_error *err);
extern bool mg_get_int(const sm_json *obj, const char *path, const char *key, bool required, int64_t lo, int64_t hi, int64_t *out, bool *present, sm_error *err);
extern bool mg_read_strgen(sm_strgen *g, const sm_json *j, const char *path, sm_error *err);
extern bool mg_read_numeric(sm_mcol *c, const sm_json *j, const char *path, sm_error *err);

/* marginal_fit_numeric.c */
extern bool mg_fit_numeric(sm_mcol *c, fitctx *fc, sm_error *err);

/* marginal_fit_shape.c */
extern void mg_tgroups_free(tgroups *t);
extern bool mg_tgroups_build(tgroups *t, const sm_coldata *d, int max_length, sm_error *err);
extern bool mg_derive_shape(const tgroups *t, char **pattern, size_t *support, sm_error *err);
extern bool mg_fit_lorem(sm_strgen *g, const tgroups *t, sm_error *err);
extern bool mg_build_exclusions(sm_strgen *g, const tgroups *t, int min_count, sm_error *err);
extern bool mg_fit_ngram(sm_strgen *g, const tgroups *t, sm_error *err);

/* marginal_fit_text.c */
extern bool mg_fit_text(sm_mcol *c, fitctx *fc, sm_error *err);
extern bool mg_fit_bool(sm_mcol *c, fitctx *fc, sm_error *err);

#endif							/* MARGINAL_INT_H */
