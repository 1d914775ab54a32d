/*
 * infer_int.h
 *	  Private declarations shared by the parts of column inference.
 *
 * The accumulator state (sm_infer and its per-reading statistics), the
 * character helpers and the functions one part of inference calls in
 * another.
 *
 * The parts: infer.c (the accumulator: creation, adding a value,
 * placeholders, distinct values, booleans, shapes), infer_util.c (text
 * helpers and small trackers), infer_numbers.c, infer_dates.c,
 * infer_semantic.c (typed and semantic readings), infer_patterns.c and
 * infer_formats.c (what the decisions write: patterns, layouts, formats),
 * infer_finish.c (the decisions) and infer_write.c (the profile as JSON).
 *
 * Only for src/core/describe/infer*.c; everything else uses infer.h.
 */
#ifndef INFER_INT_H
#define INFER_INT_H

#include "infer.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Longest trimmed value tried as a boolean, number, date, time or uuid. */
#define MAX_TYPED_LEN 128

#define MAX_SHAPE_TOKENS 24

#define MAX_SKELETONS 8

/* A text pattern is an alternation of at most this many shapes. */
#define MAX_PATTERN_SKELETONS 4

#define SHAPE_CONST_LEN 16

#define EXAMPLE_BYTES (SM_INFER_EXAMPLE_CHARS * 4)

static inline bool
is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static inline bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool
is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static inline bool
is_alpha(unsigned char c)
{
	return is_upper(c) || is_lower(c);
}

static inline bool
is_alnum(unsigned char c)
{
	return is_alpha(c) || is_digit(c);
}

static inline bool
is_hex(unsigned char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static inline unsigned char
to_lower(unsigned char c)
{
	return is_upper(c) ? (unsigned char) (c + 32) : c;
}

/* Placeholder classes; the spellings are matched case-insensitively. */
enum
{
	MK_EMPTY,
	MK_BLANK,
	MK_NA_SLASH,
	MK_NA,
	MK_DASH,
	MK_DASH2,
	MK_QUESTION,
	MK_NULL,
	MK_NONE,
	MK_NIL,
	MK_UNKNOWN,
	MK_HASH_NA,
	MK_NAN,
	MK_NA_DOTS,
	MK_MISSING,
	MK_PAREN_NULL,
	MK_DOT,
	MK_UNDEFINED,
	MK_NCLASSES
};

#define MARKER_SPELLINGS 4

#define MARKER_RAW 16

typedef struct marker_spelling
{
	uint64_t	count;
	uint8_t		len;
	char		raw[MARKER_RAW];
} marker_spelling;

typedef struct marker_class
{
	uint64_t	count;
	uint64_t	minlen,
				maxlen,
				sumlen;
	int			nspell;
	bool		overflow;		/* more spellings than slots were seen */
	marker_spelling spell[MARKER_SPELLINGS];
} marker_class;

/* A value that broke a typed reading. */
typedef struct example
{
	size_t		len;
	char		text[EXAMPLE_BYTES];
} example;

/* A typed reading: values it explains, and its first failures. */
typedef struct cand_counts
{
	uint64_t	n_ok;
	int			nex;
	example		ex[3];
} cand_counts;

typedef struct dentry
{
	uint64_t	hash;			/* 0: free slot */
	uint64_t	count;
	int32_t		label;			/* index in labels[], -1 when not kept */
} dentry;

typedef struct label_slot
{
	char	   *text;
	size_t		len;
	bool		truncated;
} label_slot;

/* Boolean spellings: pair 0 true/false ... pair 5 1/0. */
#define BOOL_PAIRS 6

typedef struct boolstats
{
	cand_counts c;
	bool		nondigit;		/* a spelling other than 1/0 was seen */
	uint8_t		pairs;			/* bit per pair seen */
	char		spell[BOOL_PAIRS][2][6];	/* first spelling seen, per side */
	uint8_t		spelllen[BOOL_PAIRS][2];
} boolstats;

/* A decimal number in canonical form: no leading zeros, no sign for 0. */
typedef struct decnum
{
	bool		neg;
	int			nint;
	int			nfrac;
	char		d[MAX_TYPED_LEN];	/* integer digits then fraction digits */
} decnum;

/* One reading of the number separators ('.' or ',' as decimal mark). */
typedef struct numstats
{
	cand_counts c;
	uint8_t		thousands;		/* SEP_* used for thousands, 0 none yet */
	uint8_t		currency;		/* index in currency_text, 0 none yet */
	bool		cur_suffix;
	bool		percent;
	bool		parens;
	bool		any_dec;		/* some value has a fraction part */
	bool		any_exp;
	bool		any_special;	/* infinity */
	bool		out_int4;
	bool		out_int8;
	bool		all01;			/* only the integers 0 and 1 */
	bool		has_scale;
	bool		scale_mixed;
	int			scale;
	int			max_int;		/* most integer digits */
	int			max_sig;		/* most significant digits */
	bool		has_dmm;		/* decimal min/max of non-exponent values */
	decnum		dmin,
				dmax;
	bool		has_fmm;		/* double min/max of exponent values */
	double		fmin,
				fmax;
} numstats;

/* Date layouts. */
enum
{
	DL_ISO, DL_YMD_SLASH, DL_NUM_SLASH, DL_NUM_DASH, DL_NUM_DOT,
	DL_DMON_DASH, DL_DMON_SPACE, DL_MONDY, DL_COMPACT, DL_COUNT
};

enum
{
	ORIENT_MD, ORIENT_DM
};

/* One reading of dates/timestamps (numeric layouts month-first or day-first). */
typedef struct dtstats
{
	cand_counts c;
	uint32_t	layouts;		/* bit per DL_* seen */
	bool		single_digit;	/* a month or day written with one digit */
	bool		month_full;		/* a month spelled out in full */
	uint64_t	n_time;			/* values with a time part */
	uint64_t	n_date;			/* values without one */
	uint64_t	n_sec;
	uint64_t	n_frac;
	uint64_t	n_zone;
	bool		ampm,
				ampm_space,
				tsep,
				zone_z,
				zone_hh,
				zone_hhmm;
	bool		has_mm;
	int64_t		min,
				max;			/* microseconds since 2000-01-01 (UTC) */
} dtstats;

typedef struct timestats
{
	cand_counts c;
	uint64_t	n_sec;
	uint64_t	n_frac;
	bool		ampm,
				ampm_space;
	bool		has_mm;
	int64_t		min,
				max;
} timestats;

typedef struct uuidstats
{
	cand_counts c;
	bool		upper,
				lower;
	uint64_t	n_braces;
} uuidstats;

/* Characters seen in one part of a semantic value, for class patterns. */
typedef struct charset_seen
{
	uint8_t		cls;			/* 1 upper, 2 lower, 4 digit, 8 non-ASCII */
	uint64_t	punct[2];		/* other printable ASCII, bit per byte-64 */
	size_t		minlen,
				maxlen;
	bool		any;
} charset_seen;

enum
{
	SEM_EMAIL = 1, SEM_URL = 2, SEM_IP = 4, SEM_POSTAL = 8, SEM_PHONE = 16
};

enum
{
	POST_US5 = 1, POST_ZIP4 = 2, POST_CA_SP = 4, POST_CA = 8, POST_UK = 16
};

#define MAX_TLDS 8

#define MAX_SCHEMES 4

typedef struct shape_tok
{
	uint8_t		minlen,
				maxlen;
	uint8_t		casemask;		/* 1 upper, 2 lower */
	bool		konst;			/* same text in every value */
	uint8_t		klen;
	char		ktext[SHAPE_CONST_LEN];
} shape_tok;

/* A shape: sequence of runs 'L' (letters), 'D' (digits) or a literal byte. */
typedef struct skeleton
{
	uint64_t	count;
	int			ntok;
	char		sig[MAX_SHAPE_TOKENS];
	shape_tok	tok[MAX_SHAPE_TOKENS];
} skeleton;

typedef struct lenstats
{
	uint64_t	n,
				min,
				max,
				sum;
} lenstats;

struct sm_infer
{
	bool		oom;
	uint64_t	rows;
	uint64_t	nulls;
	uint64_t	nvals;			/* non-NULL values that are not placeholders */
	lenstats	lens;			/* lengths of those values */
	bool		trimmed_any;
	marker_class markers[MK_NCLASSES];

	/* distinct values: exact table, then HyperLogLog */
	dentry	   *tab;
	size_t		tabcap;
	size_t		tabn;
	bool		dup_seen;		/* a repeated value was seen while exact */
	uint8_t    *hll;
	uint64_t	exact_at_switch;
	label_slot	labels[SM_INFER_LABELS];
	int			nlabels;

	/* typed readings */
	boolstats	b;
	numstats	num[2];			/* [0]: '.' decimal, [1]: ',' decimal */
	bool		num_leading_zero;	/* an integer part like 00123 */
	dtstats		dt[2];			/* [ORIENT_MD], [ORIENT_DM] */
	timestats	tm;
	uuidstats	uu;
	cand_counts js;

	/* semantic checks */
	uint8_t		sem;			/* SEM_* still possible */
	charset_seen em_local,
				em_domain,
				em_tld;
	int			ntld;
	bool		tld_overflow;
	char		tld[MAX_TLDS][16];
	uint8_t		tldlen[MAX_TLDS];
	int			nscheme;
	char		scheme[MAX_SCHEMES][12];
	uint8_t		schemelen[MAX_SCHEMES];
	charset_seen url_rest;
	bool		ip4,
				ip6,
				ip6_upper,
				ip6_lower;
	size_t		ip6_min,
				ip6_max;
	uint8_t		postal;
	charset_seen phone;

	/* shapes */
	bool		shape_ok;
	int			nskel;
	skeleton	skel[MAX_SKELETONS];
};

/* Candidate readings for alt_type, in order of preference on ties. */
typedef struct altcand
{
	const cand_counts *c;
	sm_kind		kind;
	int			prec,
				scale;
} altcand;

/* infer_util.c */
extern bool inf_eq_nocase(const char *s, size_t n, const char *word);
extern int	inf_utf8_seq(const unsigned char *s, size_t n);
extern size_t inf_utf8_chars(const char *s, size_t n);
extern bool inf_has_control(const char *s, size_t n);
extern uint64_t inf_hash_bytes(const char *s, size_t n);
extern void inf_cand_fail(cand_counts *c, const char *v, size_t len);
extern void inf_lens_add(lenstats *l, uint64_t len);
extern void inf_lens_merge(lenstats *a, const lenstats *b);
extern bool inf_charset_add(charset_seen *cs, const char *s, size_t n);

/* infer.c */
extern double inf_hll_estimate(const uint8_t *reg);
extern const char *const inf_bool_words[BOOL_PAIRS][2];

/* infer_numbers.c */
extern int	inf_currency_suffix(const char *s, size_t p, size_t end, size_t *clen);
extern void inf_dec_format(const decnum *d, char *buf, size_t buflen);
extern double inf_dec_to_double(const decnum *d);
extern void inf_num_add(sm_infer *st, const char *t, size_t tl, bool typed, const char *raw, size_t rawlen);
extern const char *const inf_currency_text[];

/* infer_dates.c */
extern void inf_dt_add(sm_infer *st, const char *t, size_t tl, bool typed, const char *raw, size_t rawlen);

/* infer_semantic.c */
extern void inf_uuid_add(uuidstats *us, const char *t, size_t tl, bool typed, const char *raw, size_t rawlen);
extern void inf_json_add(cand_counts *c, const char *t, size_t tl, const char *raw, size_t rawlen);
extern void inf_sem_add(sm_infer *st, const char *s, size_t n);

/* infer_patterns.c */
extern sm_kind inf_num_kind(const numstats *ns, int *prec, int *scale);
extern sm_kind inf_dt_kind(const dtstats *ds);
extern void inf_type_name(sm_kind kind, int prec, int scale, char *buf, size_t buflen);
extern void inf_re_literals(sm_buf *b, const char *s, size_t n);
extern bool inf_re_shapes(const sm_infer *st, sm_buf *b);
extern void inf_re_hex(sm_buf *b, bool up, bool low);
extern bool inf_re_semantic(const sm_infer *st, int sem, sm_buf *b);
extern char *inf_dup_text(const char *s, size_t n);

/* infer_formats.c */
extern void inf_time_layout(uint64_t n, uint64_t n_sec, uint64_t n_frac, bool ampm, bool ampm_space, char *buf, size_t buflen);
extern bool inf_dt_formats(const dtstats *ds, int orient, sm_profile *out);
extern char *inf_bool_format(const boolstats *bs);
extern void inf_double_text(double x, char *buf, size_t buflen);
extern void inf_tod_text(int64_t us, char *buf, size_t buflen);
extern int	inf_label_cmp(const void *a, const void *b);
extern bool inf_find_alt(const sm_infer *st, altcand *best);

#endif							/* INFER_INT_H */
