/*
 * schemadef_int.h
 *	  Private declarations shared by the parts of the definition decoder.
 *
 * The decoder walks the parsed JSON tree once, top-down, in a fixed order
 * (keys of an object first: duplicates, unknown keys; then each field in
 * canonical order; then cross-field and cross-table checks), and stops at
 * the first error, which it reports with the JSON path of the offending
 * element.  Every count is checked against the limits before the arrays
 * that depend on it are allocated, and every uniqueness check sorts
 * instead of comparing all pairs, so that no input can make it quadratic.
 *
 * The parts: schemadef_util.c (messages, duplicates, closest words),
 * schemadef_typeparse.c and schemadef_types.c (type names),
 * schemadef_read.c and schemadef_object.c (decoder infrastructure),
 * schemadef_bounds.c, schemadef_columns.c, schemadef_tables.c,
 * schemadef_keys.c, schemadef_relationships.c, schemadef.c (root and entry
 * points) and schemadef_write.c (canonical writer).
 *
 * Only for src/core/describe/schemadef*.c; everything else uses
 * schemadef.h.
 */
#ifndef SCHEMADEF_INT_H
#define SCHEMADEF_INT_H

#include "schemadef.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PATHLEN 256				/* = sizeof(sm_error.path) */

#define SHOWLEN 100				/* user text quoted in messages */

/* An entry of a sortable list of strings, remembering its position. */
typedef struct strent
{
	const char *s;
	size_t		len;
	size_t		idx;
} strent;

/* Decoder-side facts about a column, not kept in sm_column. */
typedef struct colinfo
{
	bool		nullable_explicit;	/* required false / nullable given */
	const char *pk_key;			/* key that marked it primary key, or NULL */
} colinfo;

/* Decoder-side facts about a table. */
typedef struct tabinfo
{
	strent	   *colindex;		/* columns sorted by name */
	colinfo    *cols;
	int		   *mark;			/* scratch, one per column */
	int			stamp;
	/* keys (primary key, composite unique constraints) as sorted positions */
	bool		keys_built;
	sm_buf		keytext;
	strent	   *keyindex;
	size_t		nkeys;
} tabinfo;

typedef struct decoder
{
	sm_error   *err;
	sm_schemadef_limits lim;
	sm_schema  *s;
	tabinfo    *tabs;
	strent	   *tabindex;		/* tables sorted by name */
} decoder;

/* Extension members (or model parameters) collected from objects. */
typedef struct extent
{
	const char *key;
	size_t		keylen;
	const sm_json *val;
	const char *objpath;		/* path of the object it came from */
} extent;

typedef struct extlist
{
	size_t		n;
	size_t		cap;
	extent	   *e;
} extlist;

/* A value given under a key or one of its aliases. */
typedef struct field
{
	const sm_json *v;
	char		path[PATHLEN];
	const char *label;
} field;

/* A boolean given under a key or one of its (possibly inverted) aliases. */
typedef struct bfield
{
	bool		set;
	bool		value;
	char		path[PATHLEN];
	const char *label;
} bfield;

#define TYPE_HINT "accepted types include smallint, integer, bigint, numeric(p,s), real, " \
	"double precision, text, varchar(n), char(n), boolean, date, timestamp, " \
	"timestamptz, time, interval, uuid, jsonb, bytea, inet and enum; append [] for an array"

/* Relationship kinds as written (before many-to-one is swapped). */
enum
{
	RK_ONE_TO_MANY, RK_ONE_TO_ONE, RK_MANY_TO_ONE, RK_MANY_TO_MANY,
	RK_HIERARCHY
};

/* One side of a relationship while it is decoded. */
typedef struct relside
{
	int			table;
	sm_colset	cols;
	char		tpath[PATHLEN]; /* path of the table key */
	char		cpath[PATHLEN]; /* path of the column(s) key */
} relside;

/* schemadef_util.c */
extern const char *sd_show(char *buf, const char *s, size_t len);
extern const char *sd_shows(char *buf, const char *s);
extern int	sd_strent_cmp(const void *a, const void *b);
extern bool sd_find_dups(const char *const *s, const size_t *lens, size_t n, size_t *first);
extern int	sd_edit_distance(const char *a, size_t alen, const char *b, size_t blen);
extern const char *sd_closest_word(const char *s, size_t len, const char *const *cands, int n);
extern bool sd_ieq(const char *s, size_t len, const char *word);
extern size_t sd_utf8_chars(const char *s, size_t len);
extern int	sd_number_text_to_int64(const char *t, size_t len, int64_t *out);

/* schemadef_typeparse.c */
extern bool sd_type_error(decoder *d, const sm_json *v, const char *path);

/* schemadef_types.c */
extern void sd_int_type_range(sm_typekind k, int64_t *lo, int64_t *hi);
extern bool sd_types_compatible(const sm_type *a, const sm_type *b);

/* schemadef_read.c */
extern bool sd_fail(decoder *d, const char *path, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));
extern bool sd_limit_fail(decoder *d, const char *path, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));
extern bool sd_nomem(decoder *d);
extern void sd_keypath(char *dst, const char *path, const char *key);
extern void sd_idxpath(char *dst, const char *path, size_t i);
extern bool sd_want(decoder *d, const sm_json *v, const char *path, sm_jtype t);
extern const char *sd_numtext(char *buf, const sm_json *v);
extern bool sd_get_string(decoder *d, const sm_json *v, const char *path, const char *what, bool nonempty, char **out);
extern bool sd_get_identifier(decoder *d, const sm_json *v, const char *path, const char *what, char **out);
extern bool sd_get_bool(decoder *d, const sm_json *v, const char *path, bool *out);
extern bool sd_get_int(decoder *d, const sm_json *v, const char *path, const char *what, int64_t lo, int64_t hi, int64_t *out);
extern bool sd_get_number(decoder *d, const sm_json *v, const char *path, const char *what, double *out);
extern bool sd_get_fraction(decoder *d, const sm_json *v, const char *path, const char *what, double *out);
extern bool sd_get_strlist(decoder *d, const sm_json *v, const char *path, const char *what, bool nonempty, bool nonempty_items, bool unique, sm_strlist *out);
extern void sd_strlist_free(sm_strlist *l);
extern bool sd_is_ext_key(const char *k, size_t len);
extern bool sd_check_dup_keys(decoder *d, const sm_json *obj, const char *path);
extern bool sd_check_nested(decoder *d, const sm_json *v, const char *path);

/* schemadef_object.c */
extern bool sd_ext_add(decoder *d, extlist *l, const char *key, size_t keylen, const sm_json *val, const char *objpath);
extern void sd_ext_free(extlist *l);
extern bool sd_build_ext(decoder *d, extlist *l, sm_json **out);
extern bool sd_scan_object(decoder *d, const sm_json *obj, const char *path, const char *const *keys, int nkeys, int ncanon, const sm_json **vals, extlist *ext);
extern bool sd_merge_field(decoder *d, field *f, const sm_json *v, const char *objpath, const char *key, const char *label);
extern bool sd_merge_bool(decoder *d, bfield *f, const sm_json *v, const char *objpath, const char *key, const char *label, bool invert, bool yesno);
extern int	sd_find_col(const tabinfo *ti, size_t ncols, const char *name, size_t len);
extern const char *sd_closest_column(const sm_table *t, const char *name, size_t len);

/* schemadef_bounds.c */
extern bool sd_merge_type_alias(decoder *d, field *f, const sm_json *v, const char *path);
extern bool sd_decode_bound(decoder *d, const sm_column *c, const field *f, const char *what, sm_bound *b);
extern strent *sd_index_strlist(const sm_strlist *l);
extern bool sd_in_index(const strent *e, size_t n, const char *s, size_t len);
extern void sd_model_free(sm_model *m);

/* schemadef_columns.c */
extern bool sd_decode_column(decoder *d, sm_table *t, tabinfo *ti, size_t ci, const sm_json *v, const char *path, const char *tpath, size_t dup_of);
extern const char *const sd_model_kinds[];

/* schemadef_tables.c */
extern bool sd_decode_colnames(decoder *d, const sm_table *t, tabinfo *ti, const sm_json *v, const char *path, const char *what, sm_colset *set);
extern bool sd_decode_table(decoder *d, size_t tix, const sm_json *v, const char *path, size_t dup_of);

/* schemadef_keys.c */
extern int	sd_reltype_parse(const char *s, size_t len);
extern bool sd_resolve_table(decoder *d, const sm_json *schema_v, const sm_json *table_v, const char *relpath, const char *schemakey, const char *tablekey, int *out, char *tpath);
extern bool sd_resolve_columns(decoder *d, int tix, const sm_json *one, const sm_json *many, const char *relpath, const char *onekey, const char *manykey, sm_colset *set, char *cpath);
extern bool sd_is_key(decoder *d, int tix, const sm_colset *cols, bool *ok);
extern bool sd_check_ref_types(decoder *d, int st, const sm_colset *src, int rt, const sm_colset *ref, const char *refpath, const char *what_ref, const char *what_src);
extern bool sd_key_error(decoder *d, int tix, const sm_colset *cols, const char *path);
extern void sd_relside_free(relside *s);

/* schemadef_relationships.c */
extern bool sd_decode_relationship(decoder *d, size_t ri, const sm_json *v, const char *path);
extern bool sd_check_duplicate_relationships(decoder *d);

#endif							/* SCHEMADEF_INT_H */
