/*
 * textparse_int.h
 *	  Private declarations shared by the parts of the remediation value
 *	  parsers.
 *
 * The character helpers and the few scanners that the parsers of numbers,
 * dates and words share.
 *
 * The parts: textparse.c (missing values and options),
 * textparse_numeric.c, textparse_date.c, textparse_time.c and
 * textparse_words.c.
 *
 * Only for src/core/remediate/textparse*.c; everything else uses
 * textparse.h.
 */
#ifndef TEXTPARSE_INT_H
#define TEXTPARSE_INT_H

#include "textparse.h"

#include <string.h>

static inline bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline unsigned char
to_lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c + 32) : c;
}

/* A scanner position over [p, e). */
typedef struct scan
{
	const char *p;
	const char *e;
} scan;

/* textparse.c */
extern size_t tp_ws_at(const char *p, const char *e);
extern size_t tp_ws_before(const char *b, const char *e);
extern void tp_trim(const char **b, const char **e);
extern bool tp_word_is(const char *p, size_t n, const char *lower);

/* textparse_date.c */
extern int	tp_scan_number(scan *sc, int *val);
extern int	tp_scan_word(scan *sc, const char **w);
extern int	tp_skip_blanks(scan *sc);
extern int	tp_weekday_of(const char *w, int n);
extern bool tp_make_days(int y, int m, int d, int32_t *days);
extern bool tp_scan_date_fields(scan *sc, sm_field_order order, int32_t *days);

#endif							/* TEXTPARSE_INT_H */
