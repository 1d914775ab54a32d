/*
 * infer_formats.c
 *	  Layouts and formats that inference writes: date and time layouts,
 *	  boolean spellings, number text, alternative types.
 *
 * Not here: the regex patterns (infer_patterns.c).
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

/* Date layout name, e.g. MM/DD/YYYY, under an orientation. */
static void
layout_name(int layout, int orient, bool single, bool full, char *buf, size_t buflen)
{
	const char *mon = full ? "Month" : "Mon";
	const char *dd = single ? "D" : "DD";
	const char *mm = single ? "M" : "MM";
	char		sep = layout == DL_NUM_SLASH ? '/' : layout == DL_NUM_DASH ? '-' : '.';

	switch (layout)
	{
		case DL_ISO:
			snprintf(buf, buflen, "YYYY-MM-DD");
			break;
		case DL_YMD_SLASH:
			snprintf(buf, buflen, "YYYY/MM/DD");
			break;
		case DL_COMPACT:
			snprintf(buf, buflen, "YYYYMMDD");
			break;
		case DL_NUM_SLASH:
		case DL_NUM_DASH:
		case DL_NUM_DOT:
			if (orient == ORIENT_MD)
				snprintf(buf, buflen, "%s%c%s%cYYYY", mm, sep, dd, sep);
			else
				snprintf(buf, buflen, "%s%c%s%cYYYY", dd, sep, mm, sep);
			break;
		case DL_DMON_DASH:
			snprintf(buf, buflen, "%s-%s-YYYY", dd, mon);
			break;
		case DL_DMON_SPACE:
			snprintf(buf, buflen, "%s %s YYYY", dd, mon);
			break;
		case DL_MONDY:
			snprintf(buf, buflen, "%s %s, YYYY", mon, dd);
			break;
		default:
			snprintf(buf, buflen, "?");
	}
}

/* Time layout: HH:MM[:SS][.ffffff][ AM]. */
void
inf_time_layout(uint64_t n, uint64_t n_sec, uint64_t n_frac, bool ampm, bool ampm_space,
				char *buf, size_t buflen)
{
	snprintf(buf, buflen, "HH:MM%s%s%s",
			 n_sec == n ? ":SS" : n_sec ? "[:SS]" : "",
			 n_frac == 0 ? "" : n_frac == n ? ".ffffff" : "[.ffffff]",
			 !ampm ? "" : ampm_space ? " AM" : "AM");
}

/* Time suffix of a timestamp layout (empty for dates). */
static void
dt_time_suffix(const dtstats *ds, char *buf, size_t buflen)
{
	char		tbuf[48];
	const char *zone = "";

	buf[0] = '\0';
	if (ds->n_time == 0)
		return;
	inf_time_layout(ds->n_time, ds->n_sec, ds->n_frac, ds->ampm, ds->ampm_space,
					tbuf, sizeof(tbuf));
	if (ds->n_zone)
		zone = ds->zone_hhmm ? "+HH:MM" : ds->zone_hh ? "+HH" : "Z";
	snprintf(buf, buflen, "%s%c%s%s%s", ds->n_date ? "[" : "",
			 ds->tsep ? 'T' : ' ', tbuf, zone, ds->n_date ? "]" : "");
}

/* Format strings of a date/timestamp reading. */
bool
inf_dt_formats(const dtstats *ds, int orient, sm_profile *out)
{
	char		suffix[80];
	char		name[48];
	char		full[140];
	int			nl = 0;

	dt_time_suffix(ds, suffix, sizeof(suffix));
	for (int l = 0; l < DL_COUNT; l++)
		if (ds->layouts & (1u << l))
			nl++;
	if (nl == 0)
		return true;
	if (nl == 1)
	{
		for (int l = 0; l < DL_COUNT; l++)
			if (ds->layouts & (1u << l))
			{
				layout_name(l, orient, ds->single_digit, ds->month_full, name, sizeof(name));
				snprintf(full, sizeof(full), "%s%s", name, suffix);
				out->format = inf_dup_text(full, strlen(full));
				return out->format != NULL;
			}
	}
	out->format = inf_dup_text("mixed", 5);
	out->formats = sm_calloc((size_t) nl, sizeof(char *));
	if (out->format == NULL || out->formats == NULL)
		return false;
	for (int l = 0; l < DL_COUNT; l++)
		if (ds->layouts & (1u << l))
		{
			layout_name(l, orient, ds->single_digit, ds->month_full, name, sizeof(name));
			snprintf(full, sizeof(full), "%s%s", name, suffix);
			out->formats[out->nformats] = inf_dup_text(full, strlen(full));
			if (out->formats[out->nformats] == NULL)
				return false;
			out->nformats++;
		}
	return true;
}

/* Spelling of the unseen side of a boolean pair, in the case of the seen one. */
static void
bool_side(const boolstats *bs, int p, int side, char *buf)
{
	const char *w = inf_bool_words[p][side];
	size_t		l = strlen(w);
	const char *o;
	size_t		ol;
	bool		up,
				cap;

	if (bs->spelllen[p][side])
	{
		memcpy(buf, bs->spell[p][side], bs->spelllen[p][side]);
		buf[bs->spelllen[p][side]] = '\0';
		return;
	}
	o = bs->spell[p][1 - side];
	ol = bs->spelllen[p][1 - side];
	up = ol > 0 && is_upper(o[0]);
	cap = up && ol > 1 && is_lower(o[1]);
	for (size_t i = 0; i < l; i++)
		buf[i] = (char) ((up && (!cap || i == 0) && is_lower(w[i])) ? w[i] - 32 : w[i]);
	buf[l] = '\0';
}

/* Boolean format: true/false spellings of each pair seen, e.g. Y/N. */
char *
inf_bool_format(const boolstats *bs)
{
	sm_buf		b;

	sm_buf_init(&b);
	for (int p = 0; p < BOOL_PAIRS; p++)
		if (bs->pairs & (1 << p))
		{
			char		t[8],
						f[8];

			bool_side(bs, p, 1, t);
			bool_side(bs, p, 0, f);
			sm_buf_printf(&b, "%s%s/%s", b.len ? "," : "", t, f);
		}
	if (b.oom)
	{
		sm_buf_free(&b);
		return NULL;
	}
	return b.data;
}

/* Shortest text of a double that reads back the same. */
void
inf_double_text(double x, char *buf, size_t buflen)
{
	if (isinf(x))
	{
		snprintf(buf, buflen, "%s", x < 0 ? "-Infinity" : "Infinity");
		return;
	}
	for (int prec = 15; prec <= 17; prec++)
	{
		snprintf(buf, buflen, "%.*g", prec, x);
		if (strtod(buf, NULL) == x)
			return;
	}
}

/* Time of day text. */
void
inf_tod_text(int64_t us, char *buf, size_t buflen)
{
	int64_t		s = us / 1000000;

	if (us % 1000000)
		snprintf(buf, buflen, "%02d:%02d:%02d.%06d", (int) (s / 3600), (int) (s / 60 % 60),
				 (int) (s % 60), (int) (us % 1000000));
	else
		snprintf(buf, buflen, "%02d:%02d:%02d", (int) (s / 3600), (int) (s / 60 % 60),
				 (int) (s % 60));
}

/* Sort labels: count descending, then bytes ascending. */
int
inf_label_cmp(const void *a, const void *b)
{
	const sm_count_label *x = a,
			   *y = b;
	size_t		n = x->len < y->len ? x->len : y->len;
	int			r;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	r = memcmp(x->text, y->text, n);
	if (r)
		return r;
	return x->len < y->len ? -1 : x->len > y->len;
}

/*
 * The typed reading that explains the most values of a text column, when
 * it explains at least SM_INFER_ALT_SHARE of them.  Ties go to the first
 * in order: numbers, dates, time, uuid, boolean, json.
 */
bool
inf_find_alt(const sm_infer *st, altcand *best)
{
	altcand		c[8];
	int			nc = 0,
				b = -1;

	if (st->nvals == 0)
		return false;
	for (int i = 0; i < 2; i++)
	{
		c[nc].c = &st->num[i].c;
		c[nc].kind = inf_num_kind(&st->num[i], &c[nc].prec, &c[nc].scale);
		/* leading zeros mean an identifier, not a mistyped number */
		if (!st->num_leading_zero)
			nc++;
	}
	for (int o = 0; o < 2; o++)
	{
		c[nc].c = &st->dt[o].c;
		c[nc].kind = inf_dt_kind(&st->dt[o]);
		c[nc].prec = c[nc].scale = -1;
		nc++;
	}
	c[nc].c = &st->tm.c;
	c[nc].kind = SM_KIND_TIME;
	c[nc].prec = c[nc].scale = -1;
	nc++;
	c[nc].c = &st->uu.c;
	c[nc].kind = SM_KIND_UUID;
	c[nc].prec = c[nc].scale = -1;
	nc++;
	if (st->b.nondigit)
	{
		c[nc].c = &st->b.c;
		c[nc].kind = SM_KIND_BOOLEAN;
		c[nc].prec = c[nc].scale = -1;
		nc++;
	}
	c[nc].c = &st->js;
	c[nc].kind = SM_KIND_JSON;
	c[nc].prec = c[nc].scale = -1;
	nc++;
	for (int i = 0; i < nc; i++)
		if (b < 0 || c[i].c->n_ok > c[b].c->n_ok)
			b = i;
	if (b < 0 || c[b].c->n_ok == 0 ||
		(double) c[b].c->n_ok < SM_INFER_ALT_SHARE * (double) st->nvals)
		return false;
	*best = c[b];
	return true;
}
