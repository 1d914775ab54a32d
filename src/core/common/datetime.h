/*
 * datetime.h
 *	  Calendar arithmetic and strict ISO-8601 parsing for the pure-C core.
 *
 * Days are counted from 2000-01-01 and timestamps in microseconds from
 * 2000-01-01 00:00:00, like PostgreSQL's own DateADT and Timestamp, so values
 * cross the glue without conversion.
 */
#ifndef SM_DATETIME_H
#define SM_DATETIME_H

#include <stdbool.h>
#include <stdint.h>

#define SM_USECS_PER_DAY INT64_C(86400000000)

extern bool sm_valid_ymd(int y, int m, int d);
extern int	sm_days_in_month(int y, int m);

/* Days since 2000-01-01 of a proleptic Gregorian date (valid for |y| < 1e6). */
extern int32_t sm_days_from_ymd(int y, int m, int d);
extern void sm_ymd_from_days(int32_t days, int *y, int *m, int *d);

/* Strict "YYYY-MM-DD" (whole string). */
extern bool sm_parse_iso_date(const char *s, int32_t *days);

/*
 * Strict "YYYY-MM-DD[( |T)HH:MM[:SS[.ffffff]]][Z|(+|-)HH[:MM]]" (whole
 * string).  *has_zone tells whether a zone was given; the result is then
 * shifted to UTC.
 */
extern bool sm_parse_iso_timestamp(const char *s, int64_t *usecs, bool *has_zone);

/* Strict "HH:MM[:SS[.ffffff]]"; microseconds since midnight. */
extern bool sm_parse_iso_time(const char *s, int64_t *usecs);

/* Format days / microseconds as ISO text into buf (at least 40 bytes). */
extern void sm_format_date(int32_t days, char *buf, int buflen);
extern void sm_format_timestamp(int64_t usecs, char *buf, int buflen);

#endif							/* SM_DATETIME_H */
