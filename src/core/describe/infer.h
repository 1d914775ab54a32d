/*
 * infer.h
 *	  Infer a column's type and profile from its values (schema detection).
 *
 * The glue feeds every value of a column, as the output text of its type, to
 * an accumulator (sm_infer_add) and asks for a profile at the end
 * (sm_infer_finish): the best PostgreSQL type, null and placeholder counts,
 * distinct values, range, lengths, how the values are written (date layout,
 * number format, boolean spelling), a semantic label and a regular
 * expression for look-alike generation, and, for text columns that are
 * almost typed, the typed alternative with a few offending values.
 *
 * Cost: the common path allocates nothing per value; only distinct tracking
 * allocates (an amortised hash table up to SM_INFER_EXACT_CAP distinct
 * values, then a fixed HyperLogLog sketch, plus copies of the first
 * SM_INFER_LABELS distinct values for the categorical report).
 */
#ifndef SM_INFER_H
#define SM_INFER_H

#include "sm_common.h"

typedef enum sm_kind
{
	SM_KIND_EMPTY,				/* no non-missing value */
	SM_KIND_BOOLEAN,
	SM_KIND_SMALLINT,			/* never chosen: integer is preferred */
	SM_KIND_INTEGER,
	SM_KIND_BIGINT,
	SM_KIND_NUMERIC,
	SM_KIND_DOUBLE,
	SM_KIND_DATE,
	SM_KIND_TIMESTAMP,
	SM_KIND_TIMESTAMPTZ,
	SM_KIND_TIME,
	SM_KIND_UUID,
	SM_KIND_JSON,
	SM_KIND_TEXT
} sm_kind;

/* Distinct values counted exactly up to this many, then estimated. */
#define SM_INFER_EXACT_CAP 100000
/* Distinct values whose text is kept for the categorical report. */
#define SM_INFER_LABELS 64
/* Categorical: at most this many distinct values (and ratio <= 0.5). */
#define SM_INFER_CATEGORICAL_MAX 50
/* "unique" needs at least this many non-missing values. */
#define SM_INFER_UNIQUE_MIN 10
/* Share of values a typed reading must explain to be offered as alt_type. */
#define SM_INFER_ALT_SHARE 0.90
/* Failing examples are cut to this many characters. */
#define SM_INFER_EXAMPLE_CHARS 40
/* Room for the canonical text of min / max. */
#define SM_PROFILE_TEXT_MAX 160

typedef struct sm_infer sm_infer;

/* A label (value, marker, example) with a count; text may hold NUL bytes. */
typedef struct sm_count_label
{
	char	   *text;
	size_t		len;
	uint64_t	count;
} sm_count_label;

/* How numbers are written, for numeric kinds that are not plain. */
typedef struct sm_number_format
{
	const char *thousands;		/* separator text, NULL when none */
	char		decimal;		/* '.' or ',' */
	const char *currency;		/* symbol or ISO code, NULL when none */
	bool		currency_suffix;	/* "12,50 €" rather than "€12,50" */
	bool		percent;		/* some values end in '%' */
	bool		parentheses_negative;	/* some values are "(12.00)" */
} sm_number_format;

/*
 * The result.  Strings owned by the profile are released by
 * sm_profile_free; "semantic" and the number format's strings are static.
 */
typedef struct sm_profile
{
	sm_kind		kind;
	char		type_name[40];	/* format_type spelling, e.g. numeric(7,2) */
	int			precision;		/* numeric(p,s), else -1 */
	int			scale;

	uint64_t	rows;			/* values seen, NULLs included */
	uint64_t	nulls;			/* SQL NULLs */
	uint64_t	missing;		/* placeholders counted as missing */
	double		null_rate;		/* (nulls + missing) / rows */
	sm_count_label *markers;	/* placeholder spelling -> count */
	int			nmarkers;
	uint64_t	blanks;			/* text kind: '' and whitespace-only values */

	uint64_t	nonmissing;		/* rows - nulls - missing */
	uint64_t	distinct;
	bool		distinct_exact;
	double		distinct_ratio;
	bool		unique;
	bool		categorical;
	sm_count_label *values;		/* categorical: most frequent first */
	int			nvalues;

	bool		has_minmax;
	char		min[SM_PROFILE_TEXT_MAX];
	char		max[SM_PROFILE_TEXT_MAX];
	bool		has_lengths;	/* there is at least one non-missing value */
	uint64_t	min_length;		/* characters (UTF-8) of the original text */
	uint64_t	max_length;
	double		avg_length;
	bool		trimmed;		/* some value had surrounding whitespace */

	char	   *format;			/* layout / spelling, NULL when none */
	char	  **formats;		/* one per layout when format is "mixed" */
	int			nformats;
	bool		has_number_format;
	sm_number_format number_format;
	bool		ambiguous;		/* MM/DD vs DD/MM, or 1,234 vs 1.234 */
	const char *semantic;		/* email, phone, postal_code, ... or NULL */
	char	   *pattern;		/* ARE the non-missing values match (trimmed
								 * for typed kinds), or NULL */

	sm_kind		alt_kind;		/* SM_KIND_EMPTY when there is none */
	char		alt_type[40];
	double		alt_share;
	sm_count_label examples[3]; /* values that broke alt_type (count unused) */
	int			nexamples;
} sm_profile;

extern sm_infer *sm_infer_create(void);

/* value == NULL is an SQL NULL; false only on allocation failure. */
extern bool sm_infer_add(sm_infer *st, const char *value, size_t len);

/* Fill *out (release it with sm_profile_free); false with *err on failure. */
extern bool sm_infer_finish(sm_infer *st, sm_profile *out, sm_error *err);
extern void sm_infer_free(sm_infer *st);

/* Append the profile as one compact JSON object (stable key order). */
extern bool sm_profile_write_json(const sm_profile *p, sm_buf *out);
extern void sm_profile_free(sm_profile *p);

/* Whether a value is one of the placeholders (N/A, null, '', ...) */
extern bool sm_infer_is_placeholder(const char *value, size_t len);

/* PostgreSQL type name of a kind (numeric without typmod). */
extern const char *sm_kind_name(sm_kind kind);

#endif							/* SM_INFER_H */
