/*
 * infer_write.c
 *	  The profile of a column as JSON (sm_profile_write_json) and its
 *	  freeing.
 *
 * Not here: the decisions that fill the profile (infer_finish.c).
 */
#include "infer.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "json.h"
#include "regex.h"
#include "rng.h"
#include "infer_int.h"

/* ---------------------------------------------------------------- */
/* Output                                                             */
/* ---------------------------------------------------------------- */

/*
 * A JSON string.  Invalid UTF-8 bytes and NUL (which jsonb refuses as
 * \u0000) become U+FFFD; other control characters are escaped.
 */
static void
json_str(sm_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0,
				run = 0;

	sm_buf_putc(b, '"');
	while (i < n)
	{
		unsigned char c = p[i];
		int			k;

		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\')
		{
			i++;
			run++;
			continue;
		}
		if (c >= 0x80 && (k = inf_utf8_seq(p + i, n - i)) > 0)
		{
			i += (size_t) k;
			run += (size_t) k;
			continue;
		}
		sm_buf_append(b, s + i - run, run);
		run = 0;
		if (c == '"')
			sm_buf_puts(b, "\\\"");
		else if (c == '\\')
			sm_buf_puts(b, "\\\\");
		else if (c == '\n')
			sm_buf_puts(b, "\\n");
		else if (c == '\t')
			sm_buf_puts(b, "\\t");
		else if (c == '\r')
			sm_buf_puts(b, "\\r");
		else if (c == '\b')
			sm_buf_puts(b, "\\b");
		else if (c == '\f')
			sm_buf_puts(b, "\\f");
		else if (c == 0 || c >= 0x80)
			sm_buf_puts(b, "\\ufffd");
		else
			sm_buf_printf(b, "\\u%04x", c);
		i++;
	}
	sm_buf_append(b, s + i - run, run);
	sm_buf_putc(b, '"');
}

/* A ratio or average: at most six decimals, no exponent, no trailing zeros. */
static void
json_num(sm_buf *b, double x)
{
	char		buf[64];
	size_t		l;

	if (!isfinite(x))
		x = 0.0;
	snprintf(buf, sizeof(buf), "%.6f", x);
	l = strlen(buf);
	while (l > 0 && buf[l - 1] == '0')
		l--;
	if (l > 0 && buf[l - 1] == '.')
		l--;
	sm_buf_append(b, buf, l);
}

/* Append a JSON object key after a comma. */
static void
json_key(sm_buf *b, const char *key)
{
	sm_buf_printf(b, ",\"%s\":", key);
}

/* The profile as a compact JSON object; see infer.h. */
bool
sm_profile_write_json(const sm_profile *p, sm_buf *out)
{
	sm_buf_puts(out, "{\"type\":");
	json_str(out, p->type_name, strlen(p->type_name));
	json_key(out, "rows");
	sm_buf_printf(out, "%llu", (unsigned long long) p->rows);
	json_key(out, "nulls");
	sm_buf_printf(out, "%llu", (unsigned long long) p->nulls);
	json_key(out, "null_rate");
	json_num(out, p->null_rate);
	json_key(out, "missing_markers");
	sm_buf_putc(out, '{');
	for (int i = 0; i < p->nmarkers; i++)
	{
		if (i)
			sm_buf_putc(out, ',');
		json_str(out, p->markers[i].text, p->markers[i].len);
		sm_buf_printf(out, ":%llu", (unsigned long long) p->markers[i].count);
	}
	sm_buf_putc(out, '}');
	if (p->blanks)
	{
		json_key(out, "blanks");
		sm_buf_printf(out, "%llu", (unsigned long long) p->blanks);
	}
	json_key(out, "distinct");
	sm_buf_printf(out, "%llu", (unsigned long long) p->distinct);
	json_key(out, "distinct_exact");
	sm_buf_puts(out, p->distinct_exact ? "true" : "false");
	json_key(out, "distinct_ratio");
	json_num(out, p->distinct_ratio);
	json_key(out, "unique");
	sm_buf_puts(out, p->unique ? "true" : "false");
	json_key(out, "categorical");
	sm_buf_puts(out, p->categorical ? "true" : "false");
	if (p->categorical)
	{
		json_key(out, "values");
		sm_buf_putc(out, '[');
		for (int i = 0; i < p->nvalues && i < SM_INFER_CATEGORICAL_MAX; i++)
		{
			sm_buf_puts(out, i ? ",{\"value\":" : "{\"value\":");
			json_str(out, p->values[i].text, p->values[i].len);
			sm_buf_printf(out, ",\"count\":%llu}", (unsigned long long) p->values[i].count);
		}
		sm_buf_putc(out, ']');
	}
	if (p->has_minmax)
	{
		json_key(out, "min");
		json_str(out, p->min, strlen(p->min));
		json_key(out, "max");
		json_str(out, p->max, strlen(p->max));
	}
	if (p->has_lengths)
	{
		json_key(out, "min_length");
		sm_buf_printf(out, "%llu", (unsigned long long) p->min_length);
		json_key(out, "max_length");
		sm_buf_printf(out, "%llu", (unsigned long long) p->max_length);
		json_key(out, "avg_length");
		json_num(out, p->avg_length);
	}
	json_key(out, "trimmed");
	sm_buf_puts(out, p->trimmed ? "true" : "false");
	if (p->has_number_format)
	{
		const sm_number_format *f = &p->number_format;

		json_key(out, "format");
		sm_buf_puts(out, "{\"thousands\":");
		if (f->thousands)
			json_str(out, f->thousands, strlen(f->thousands));
		else
			sm_buf_puts(out, "null");
		sm_buf_printf(out, ",\"decimal\":\"%c\",\"currency\":", f->decimal);
		if (f->currency)
			json_str(out, f->currency, strlen(f->currency));
		else
			sm_buf_puts(out, "null");
		if (f->currency)
			sm_buf_printf(out, ",\"currency_position\":\"%s\"",
						  f->currency_suffix ? "suffix" : "prefix");
		sm_buf_printf(out, ",\"percent\":%s,\"parentheses_negative\":%s}",
					  f->percent ? "true" : "false",
					  f->parentheses_negative ? "true" : "false");
	}
	else if (p->format)
	{
		json_key(out, "format");
		json_str(out, p->format, strlen(p->format));
	}
	if (p->nformats)
	{
		json_key(out, "formats");
		sm_buf_putc(out, '[');
		for (int i = 0; i < p->nformats; i++)
		{
			if (i)
				sm_buf_putc(out, ',');
			json_str(out, p->formats[i], strlen(p->formats[i]));
		}
		sm_buf_putc(out, ']');
	}
	if (p->ambiguous)
	{
		json_key(out, "ambiguous");
		sm_buf_puts(out, "true");
	}
	if (p->semantic)
	{
		json_key(out, "semantic");
		json_str(out, p->semantic, strlen(p->semantic));
	}
	if (p->pattern)
	{
		json_key(out, "pattern");
		json_str(out, p->pattern, strlen(p->pattern));
	}
	if (p->alt_kind != SM_KIND_EMPTY)
	{
		json_key(out, "alt_type");
		json_str(out, p->alt_type, strlen(p->alt_type));
		json_key(out, "alt_share");
		json_num(out, p->alt_share);
		json_key(out, "examples_failing");
		sm_buf_putc(out, '[');
		for (int i = 0; i < p->nexamples; i++)
		{
			if (i)
				sm_buf_putc(out, ',');
			json_str(out, p->examples[i].text, p->examples[i].len);
		}
		sm_buf_putc(out, ']');
	}
	sm_buf_putc(out, '}');
	return !out->oom;
}

/* Release what a profile owns and reset it (safe to call twice). */
void
sm_profile_free(sm_profile *p)
{
	if (p == NULL)
		return;
	for (int i = 0; i < p->nmarkers; i++)
		sm_free(p->markers[i].text);
	sm_free(p->markers);
	for (int i = 0; i < p->nvalues; i++)
		sm_free(p->values[i].text);
	sm_free(p->values);
	for (int i = 0; i < p->nformats; i++)
		sm_free(p->formats[i]);
	sm_free(p->formats);
	sm_free(p->format);
	sm_free(p->pattern);
	for (int i = 0; i < p->nexamples; i++)
		sm_free(p->examples[i].text);
	memset(p, 0, sizeof(*p));
	p->precision = p->scale = -1;
}
