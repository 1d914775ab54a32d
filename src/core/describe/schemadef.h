/*
 * schemadef.h
 *	  Decoding, validation and canonical form of synthmig schema definitions.
 *
 * synthmig.create_definition(name, definition jsonb) hands the definition to
 * sm_schemadef_canonicalize() as text.  The decoder accepts the canonical
 * form plus a few aliases of older request formats, reports the first error
 * with the JSON path of the offending element, and produces canonical
 * compact JSON (fixed key order, defaults omitted, types normalised), such
 * that canonicalising a canonical text yields the same bytes.  The format is
 * documented for users in docs/schema-format.md.
 *
 * sm_schema_parse() gives the decoded definition as C structures for the
 * generator; sm_schema_write_json() writes it back in canonical form.
 */
#ifndef SM_SCHEMADEF_H
#define SM_SCHEMADEF_H

#include "json.h"

/* Longest identifier PostgreSQL keeps (NAMEDATALEN - 1). */
#define SM_MAX_IDENTIFIER_BYTES 63

typedef struct sm_schemadef_limits
{
	size_t		max_bytes;		/* size of the JSON text */
	int			max_tables;
	int			max_columns;	/* per table */
	int			max_relationships;
} sm_schemadef_limits;

/* 8 MiB, 1000 tables, 1600 columns per table, 10000 relationships. */
extern const sm_schemadef_limits sm_schemadef_default_limits;

/* ---------------------------------------------------------------- types */

typedef enum sm_typekind
{
	SM_TYPE_SMALLINT,
	SM_TYPE_INTEGER,
	SM_TYPE_BIGINT,
	SM_TYPE_REAL,
	SM_TYPE_DOUBLE,				/* double precision */
	SM_TYPE_NUMERIC,
	SM_TYPE_MONEY,
	SM_TYPE_BOOLEAN,
	SM_TYPE_TEXT,
	SM_TYPE_VARCHAR,			/* character varying[(n)] */
	SM_TYPE_CHAR,				/* character(n) */
	SM_TYPE_BPCHAR,				/* bpchar without length */
	SM_TYPE_QCHAR,				/* "char" */
	SM_TYPE_NAME,
	SM_TYPE_CITEXT,
	SM_TYPE_BYTEA,
	SM_TYPE_DATE,
	SM_TYPE_TIME,				/* time[(p)] without time zone */
	SM_TYPE_TIMETZ,				/* time[(p)] with time zone */
	SM_TYPE_TIMESTAMP,			/* timestamp[(p)] without time zone */
	SM_TYPE_TIMESTAMPTZ,		/* timestamp[(p)] with time zone */
	SM_TYPE_INTERVAL,
	SM_TYPE_UUID,
	SM_TYPE_JSONB,				/* "json" is read as jsonb */
	SM_TYPE_INET,
	SM_TYPE_CIDR,
	SM_TYPE_MACADDR,
	SM_TYPE_XML,
	SM_TYPE_TSVECTOR,
	SM_TYPE_OID,
	SM_TYPE_BIT,				/* bit(n) */
	SM_TYPE_VARBIT,				/* bit varying[(n)] */
	SM_TYPE_ENUM				/* labels in the column's values */
} sm_typekind;

/* A decoded column type. */
typedef struct sm_type
{
	sm_typekind kind;
	int32_t		mod1;			/* length, or precision; -1 if none */
	int32_t		mod2;			/* numeric scale when mod1 is set, else -1 */
	bool		is_array;		/* element type followed by [] */
	bool		serial;			/* spelled serial/smallserial/bigserial */
} sm_type;

/*
 * Decode a type name or alias (case-insensitive, e.g. "INT4", "varchar(20)",
 * "decimal(10, 2)[]", "timestamptz(3)"); false if unknown or its modifiers
 * are out of range.
 */
extern bool sm_type_parse(const char *type, size_t len, sm_type *t);

/* Append the canonical spelling (format_type style) of t. */
extern bool sm_type_format(const sm_type *t, sm_buf *out);

/* Map a type name or alias to its canonical spelling; false if unknown. */
extern bool sm_type_normalize(const char *type, size_t len, sm_buf *out);

/* Type families (of the element type; callers check is_array). */
extern bool sm_type_is_integer(sm_typekind k);	/* smallint, integer, bigint */
extern bool sm_type_is_numeric(sm_typekind k);	/* integers, real, double,
												 * numeric, money */
extern bool sm_type_is_text(sm_typekind k); /* text, varchar, char, bpchar,
											 * name, citext */
extern bool sm_type_is_datetime(sm_typekind k); /* date, time, timestamp[tz] */

/* ---------------------------------------------------------------- model */

typedef enum sm_privacy_level
{
	SM_PRIVACY_UNSET = 0,
	SM_PRIVACY_LOW,
	SM_PRIVACY_MEDIUM,
	SM_PRIVACY_HIGH
} sm_privacy_level;

typedef enum sm_model_kind
{
	SM_MODEL_AUTO,
	SM_MODEL_EMPIRICAL,
	SM_MODEL_NORMAL,
	SM_MODEL_TRUNCATED_NORMAL,
	SM_MODEL_LOGNORMAL,
	SM_MODEL_GAMMA,
	SM_MODEL_BETA,
	SM_MODEL_UNIFORM,
	SM_MODEL_CATEGORICAL,
	SM_MODEL_CONSTANT,
	SM_MODEL_SEQUENCE,
	SM_MODEL_PATTERN,
	SM_MODEL_NGRAM,
	SM_MODEL_UUID,
	SM_MODEL_DICTIONARY
} sm_model_kind;

/* A list of strings (NUL-terminated UTF-8, never containing NUL). */
typedef struct sm_strlist
{
	size_t		n;
	char	  **items;
} sm_strlist;

/* A column's generation model hint. */
typedef struct sm_model
{
	sm_model_kind kind;
	/* categorical: labels and weights, in input order */
	size_t		ncategories;
	char	  **labels;
	double	   *weights;
	/* other keys (parameters), as an object sorted by key, or NULL */
	sm_json    *params;
} sm_model;

/*
 * A min or max bound.  text is the canonical spelling: the integer for
 * integer types, the number as written for real/double/numeric/money, the
 * ISO string for date/time types.  value is the number (or NaN for date
 * types); ivalue the integer, or days (date) or microseconds (time and
 * timestamps: since midnight / since 2000-01-01 UTC).
 */
typedef struct sm_bound
{
	bool		set;
	char	   *text;
	double		value;
	int64_t		ivalue;
} sm_bound;

typedef struct sm_column
{
	char	   *name;
	sm_type		type;
	char	   *type_name;		/* canonical spelling of type */
	bool		primary_key;	/* member of the table's primary key */
	bool		unique;			/* single-column unique constraint */
	bool		required;		/* NOT NULL (always true in a primary key) */
	bool		sequence;		/* values come from a sequence (serial) */
	char	   *default_expr;	/* SQL expression or NULL */
	sm_bound	min;
	sm_bound	max;
	int64_t		min_length;		/* -1 if unset */
	int64_t		max_length;		/* -1 if unset; see sm_column_max_length */
	char	   *pattern;
	sm_strlist	values;			/* allowed labels (enum labels) */
	char	   *enum_type;
	char	   *domain;
	sm_strlist	checks;
	double		null_rate;		/* -1 if unset */
	double		distinct_ratio; /* -1 if unset */
	char	   *format;
	char	   *semantic;
	sm_strlist	missing_markers;
	sm_privacy_level privacy;
	char	   *description;
	sm_model   *model;			/* NULL if unset */
	sm_json    *ext;			/* x- keys (object sorted by key) or NULL */
} sm_column;

/* A list of column positions (0-based) of one table. */
typedef struct sm_colset
{
	size_t		n;
	int		   *cols;
} sm_colset;

typedef struct sm_check
{
	char	   *name;			/* NULL if unnamed */
	char	   *expression;
	sm_json    *ext;
} sm_check;

typedef struct sm_table
{
	char	   *name;
	char	   *schema;			/* NULL if unqualified */
	char	   *source;
	char	   *description;
	int64_t		rows;			/* -1 if unset */
	size_t		ncolumns;
	sm_column  *columns;
	sm_colset	primary_key;	/* n == 0: no primary key */
	size_t		nunique;		/* composite (>= 2 columns) unique constraints */
	sm_colset  *unique;
	size_t		nchecks;
	sm_check   *checks;
	sm_json    *ext;
} sm_table;

typedef enum sm_reltype
{
	SM_REL_ONE_TO_MANY = 0,
	SM_REL_ONE_TO_ONE,
	SM_REL_MANY_TO_MANY
} sm_reltype;

/*
 * A relationship.  The source is the referenced (parent) side, the target
 * the referencing (child) side; many-to-one input is stored swapped.  For
 * many-to-many, the junction table "through" has through_source columns
 * referencing the source columns and through_target columns referencing
 * the target columns.
 */
typedef struct sm_relationship
{
	char	   *name;
	int			source_table;	/* index into sm_schema.tables */
	sm_colset	source_columns;
	int			target_table;
	sm_colset	target_columns;
	sm_reltype	type;
	bool		hierarchy;		/* self-reference (source == target table) */
	int			through_table;	/* -1 unless many-to-many */
	sm_colset	through_source_columns;
	sm_colset	through_target_columns;
	char	   *on_delete;		/* "cascade", "restrict", "set null", "set
								 * default" or NULL (no action) */
	bool		has_cardinality;
	int64_t		card_min;		/* -1 if unset */
	int64_t		card_max;		/* -1 if unset */
	double		card_mean;		/* -1 if unset */
	sm_json    *card_ext;
	char	   *description;
	sm_json    *ext;
} sm_relationship;

typedef struct sm_schema
{
	char	   *name;
	char	   *domain;
	char	   *description;
	size_t		ntables;
	sm_table   *tables;
	size_t		nrelationships;
	sm_relationship *relationships;
	bool		has_privacy;
	bool		differential_privacy;
	double		epsilon;		/* -1 if unset */
	double		delta;			/* -1 if unset, else in (0, 1) */
	double		synthetic_ratio;	/* -1 if unset, else in [0, 1] */
	sm_json    *privacy_ext;
	bool		has_target_volume;
	int64_t		records_per_day;	/* -1 if unset */
	sm_json    *target_volume_ext;
	sm_json    *ext;
} sm_schema;

/*
 * Decode and validate a definition.  NULL on error: err->code is SM_EINVAL
 * for any invalid definition (err->path locates it), SM_ELIMIT when a limit
 * is exceeded, SM_ENOMEM on allocation failure.  lim NULL means the default
 * limits.
 */
extern sm_schema *sm_schema_parse(const char *json, size_t len,
								  const sm_schemadef_limits *lim,
								  sm_error *err);

/* Same from an already parsed tree (the definition's text size is not
 * checked). */
extern sm_schema *sm_schema_from_json(const sm_json *root,
									  const sm_schemadef_limits *lim,
									  sm_error *err);

extern void sm_schema_free(sm_schema *s);

/* Append the canonical compact JSON of s; false on allocation failure. */
extern bool sm_schema_write_json(const sm_schema *s, sm_buf *out);

/*
 * Parse, validate and canonicalise; on success the canonical text is
 * appended to out.
 */
extern bool sm_schemadef_canonicalize(const char *json, size_t len,
									  const sm_schemadef_limits *lim,
									  sm_buf *out, sm_error *err);

/* Lookups for the generator: index or -1.  schema NULL matches any schema
 * (the first table of that name). */
extern int	sm_schema_find_table(const sm_schema *s, const char *schema,
								 const char *name);
extern int	sm_table_find_column(const sm_table *t, const char *name);

/* Effective maximum length: max_length, or the n of varchar(n)/char(n). */
extern int64_t sm_column_max_length(const sm_column *c);

#endif							/* SM_SCHEMADEF_H */
