/*
 * textparse.h
 *	  Forgiving, never-failing parsers of messy legacy text values (schema
 *	  remediation): numbers with currency, grouping and percent, dates and
 *	  timestamps in the usual human layouts, booleans and personal names.
 *
 * Every parser takes a byte span (it may hold NUL bytes or invalid UTF-8,
 * which are simply not accepted) and answers true with a value or false.
 * "false" covers unparseable text, impossible values (Feb 30), values out of
 * range and missing markers (blank, sm_infer_is_placeholder): the glue turns
 * it into SQL NULL.  Nothing allocates; numbers come back as canonical
 * decimal text in a caller buffer so that no precision is lost.
 *
 * Surrounding whitespace, including U+00A0, U+2007, U+2009, U+202F, U+3000
 * and a byte-order mark, is ignored.
 */
#ifndef SM_TEXTPARSE_H
#define SM_TEXTPARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Longest input accepted by the number and date parsers (bytes). */
#define SM_TP_MAX_INPUT 1024
/* Longest canonical decimal text (digits, sign, point), without the NUL. */
#define SM_TP_NUMERIC_MAX 1000
/* A buffer that always holds a canonical decimal. */
#define SM_TP_NUMERIC_BUF (SM_TP_NUMERIC_MAX + 1)

typedef enum sm_decimal_mark
{
	SM_DECIMAL_AUTO,
	SM_DECIMAL_POINT,
	SM_DECIMAL_COMMA
} sm_decimal_mark;

typedef enum sm_field_order
{
	SM_ORDER_AUTO,
	SM_ORDER_MDY,
	SM_ORDER_DMY,
	SM_ORDER_YMD
} sm_field_order;

/* Option spellings ("auto", ".", ","; "auto", "MDY", ...; any case). */
extern bool sm_tp_decimal_mark_option(const char *s, size_t len, sm_decimal_mark *out);
extern bool sm_tp_field_order_option(const char *s, size_t len, sm_field_order *out);

/* Blank (after trimming) or a placeholder such as 'N/A', '-', 'null'. */
extern bool sm_tp_is_missing(const char *s, size_t len);

/*
 * A number as canonical decimal text "-?D+(.D+)?" (no exponent, no leading
 * zeros, the scale as written, shifted by exponent and percent) into out,
 * which must hold SM_TP_NUMERIC_BUF bytes.
 *
 * Accepted: a sign leading, trailing ("12-") or next to a currency ("-$12",
 * "$-12"); parentheses for negatives; one currency symbol or code as prefix
 * or suffix; grouping by ',', '.', blanks (incl. U+00A0, U+202F) or
 * apostrophes, in western (1,234,567) or Indian (12,34,567) groups, never
 * after a leading 0; an exponent (not with grouping); a trailing '%'
 * (divides by 100 exactly).
 *
 * SM_DECIMAL_AUTO: with both ',' and '.', the last one is the decimal mark;
 * a lone ',' or '.' followed by exactly three digits after a 1-3 digit
 * first group not starting with 0 ("1,234") is grouping, any other lone one
 * ("12,50", "0,123", "1,2345", "1.5e3") is the decimal mark; repeated
 * ("1.234.567") it is grouping.  With an explicit mark the other character
 * can only group ("1,23" with '.' fails).
 *
 * Limits: SM_TP_MAX_INPUT bytes in, SM_TP_NUMERIC_MAX characters out
 * (so exponents are bounded); beyond them the value is rejected.
 */
extern bool sm_tp_parse_numeric(const char *s, size_t len, sm_decimal_mark mark,
								char *out, size_t outsize);

/* The same reading, accepted only when integral and within int64. */
extern bool sm_tp_parse_int64(const char *s, size_t len, sm_decimal_mark mark,
							  int64_t *out);

/*
 * A date (days since 2000-01-01); a time part must be exactly midnight and
 * carry no zone (an epoch must be exactly midnight UTC).
 *
 * Layouts: Y-M-D with '-', '/' or '.' (a 4-digit first field is always a
 * year, whatever the order); YYYYMMDD (years 1000-2999); A/B/C numeric
 * with '/', '-' or '.' and a 2- or 4-digit year (00-69 -> 20xx, 70-99 ->
 * 19xx) read by the order: MDY, DMY, YMD (2-digit year first; a year last
 * is then rejected), AUTO (MDY when A <= 12, else DMY); English month names
 * full or 3 letters, any case, optional '.', "15 Jan 2023", "15-Jan-23",
 * "Jan 15, 2023", "January 15th 2023", "2023-Jan-15"; an optional leading
 * weekday, which must be the date's; epoch seconds (9-10 digits, optional
 * fraction) and milliseconds (13 digits) as UTC.  Years 1-9999.
 */
extern bool sm_tp_parse_date(const char *s, size_t len, sm_field_order order,
							 int32_t *days);

/*
 * A timestamp (microseconds since 2000-01-01 00:00).  When the text names a
 * zone (or is an epoch), *has_zone is set and the value is UTC; otherwise it
 * is the wall-clock time as written.
 *
 * The date as above, then optionally after blanks, 'T' or ", ": H:MM[:SS
 * [.f]] (fraction digits past microseconds must be zeros), AM/PM or
 * a.m./p.m. (12 AM is 00), and a zone: Z, UTC, GMT, UT (each optionally
 * followed by +H[H][:MM]), EST/EDT/CST/CDT/MST/MDT/PST/PDT (RFC 2822),
 * +HH, +HHMM, +HH:MM (up to 15:59).  24:00 and leap seconds are rejected.
 */
extern bool sm_tp_parse_timestamp(const char *s, size_t len, sm_field_order order,
								  int64_t *usecs, bool *has_zone);

/* true/false, t/f, yes/no, y/n, 1/0, on/off in any case. */
extern bool sm_tp_parse_boolean(const char *s, size_t len, bool *out);

/*
 * The first or last name part of a personal name, whitespace runs folded to
 * one space, into out (outsize >= len + 1 always suffices); *outlen gets
 * its length.  false when the part is absent or the text is not UTF-8.
 */
extern bool sm_tp_split_name(const char *s, size_t len, bool last,
							 char *out, size_t outsize, size_t *outlen);

/*
 * The same, where words after the first that is_first() knows as first
 * names stay with the first name while one word is left for the last name
 * ("Mary Ann Smith" -> Mary Ann / Smith when "Ann" is known).
 */
extern bool sm_tp_split_name_known(const char *s, size_t len, bool last,
								   bool (*is_first) (const char *word, size_t wlen, void *arg),
								   void *arg, char *out, size_t outsize, size_t *outlen);

#endif							/* SM_TEXTPARSE_H */
