/*
 * textparse.c
 *	  Forgiving parsers of legacy text values for schema remediation: shared
 *	  helpers, missing values and options.
 *
 * Each parser reads a byte span with a hand-written scanner: no allocation,
 * no locale, no floating point.  They are deliberately strict where reading
 * would lose information (12.5 as an integer, 2023-01-15 10:00 as a date,
 * a weekday that contradicts its date) and forgiving about layout (currency,
 * grouping, separators, month names).
 *
 * Not here: the parsers of numbers (textparse_numeric.c), dates and times
 * (textparse_date.c, textparse_time.c), booleans and names
 * (textparse_words.c).
 */
#include "textparse.h"

#include <string.h>

#include "datetime.h"
#include "infer.h"
#include "textparse_int.h"

/*
 * Bytes of the whitespace character starting at p (0 when none): ASCII
 * blanks and the Unicode spaces spreadsheets and web forms leave behind.
 */
size_t
tp_ws_at(const char *p, const char *e)
{
	const unsigned char *u = (const unsigned char *) p;
	size_t		n = (size_t) (e - p);

	if (n == 0)
		return 0;
	if (u[0] == ' ' || (u[0] >= '\t' && u[0] <= '\r'))
		return 1;
	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;				/* U+00A0 */
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
		(u[2] == 0xAF || u[2] == 0x87 || u[2] == 0x89))
		return 3;				/* U+202F, U+2007, U+2009 */
	if (n >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
		return 3;				/* U+3000 */
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		return 3;				/* byte-order mark */
	return 0;
}

/* Bytes of the whitespace character that ends at e (0 when none). */
size_t
tp_ws_before(const char *b, const char *e)
{
	size_t		n = (size_t) (e - b);

	for (size_t k = 1; k <= 3 && k <= n; k++)
		if (tp_ws_at(e - k, e) == k)
			return k;
	return 0;
}

/* Narrow [*b, *e) to its content without surrounding whitespace. */
void
tp_trim(const char **b, const char **e)
{
	size_t		k;

	while ((k = tp_ws_at(*b, *e)) > 0)
		*b += k;
	while ((k = tp_ws_before(*b, *e)) > 0)
		*e -= k;
}

/* ASCII case-insensitive comparison of a span with a lower-case word. */
bool
tp_word_is(const char *p, size_t n, const char *lower)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (lower[i] == '\0' || to_lower((unsigned char) p[i]) != (unsigned char) lower[i])
			return false;
	return lower[i] == '\0';
}

/*
 * Missing after trimming: blank, or a placeholder of schema detection, so
 * that remediation and detection agree on what "missing" means.
 */
bool
sm_tp_is_missing(const char *s, size_t len)
{
	const char *b,
			   *e;

	if (s == NULL)
		return true;
	b = s;
	e = s + len;
	tp_trim(&b, &e);
	return b == e || sm_infer_is_placeholder(b, (size_t) (e - b));
}

/* The decimal_mark option: a bad spelling is the caller's error to raise. */
bool
sm_tp_decimal_mark_option(const char *s, size_t len, sm_decimal_mark *out)
{
	if (len == 1 && s[0] == '.')
		*out = SM_DECIMAL_POINT;
	else if (len == 1 && s[0] == ',')
		*out = SM_DECIMAL_COMMA;
	else if (tp_word_is(s, len, "auto"))
		*out = SM_DECIMAL_AUTO;
	else
		return false;
	return true;
}

/* The field_order option, in any case. */
bool
sm_tp_field_order_option(const char *s, size_t len, sm_field_order *out)
{
	if (tp_word_is(s, len, "auto"))
		*out = SM_ORDER_AUTO;
	else if (tp_word_is(s, len, "mdy"))
		*out = SM_ORDER_MDY;
	else if (tp_word_is(s, len, "dmy"))
		*out = SM_ORDER_DMY;
	else if (tp_word_is(s, len, "ymd"))
		*out = SM_ORDER_YMD;
	else
		return false;
	return true;
}
