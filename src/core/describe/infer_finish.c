/*
 * infer_finish.c
 *	  The decisions of column inference, taken once at the end
 *	  (sm_infer_finish).
 *
 * Decisions, in the order they are taken at the end:
 *
 *	- boolean: every value is one of true/false, t/f, yes/no, y/n, on/off,
 *	  1/0 (any case) and at least one is not a digit.  A column of only 0
 *	  and 1 is an integer with semantic "flag": it could be a count, and
 *	  integer keeps every value while boolean would not.
 *	- YYYYMMDD: 8 digits that are all valid dates between 1900 and 2100 are
 *	  a date (checked before integers); one other number makes it integer.
 *	- numbers: integer when integral and within int4, bigint within int8,
 *	  else numeric; numeric(p,s) when every value has s decimals (p = most
 *	  integer digits + s); double precision for exponents, infinity, or
 *	  decimals that are inconsistent and longer than 15 significant digits
 *	  (float output).  smallint is never chosen.  Leading zeros (00123)
 *	  make a value an identifier, not a number.  When both readings of the
 *	  separators fit every value (1,234 or 1.234) '.' is the decimal mark
 *	  and "ambiguous" is set.  One thousands separator and one currency per
 *	  column; percent and parentheses are reported when seen.
 *	- numeric day/month layouts: a first field above 12 means DD/MM, a
 *	  second above 12 means MM/DD, both mean no date; neither means MM/DD
 *	  (DD.MM for dots) with "ambiguous".
 *	- placeholders are "missing" when the column has a type, or a semantic,
 *	  or 90% of its values have digit-bearing shapes, or an alt_type; in
 *	  free text they are ordinary values (counted in "blanks" when empty).
 *	  NaN is a value of a double precision column.
 *	- categorical: exact distinct count <= 50 and distinct/non-missing <=
 *	  0.5, or boolean, or a 0/1 flag.  unique: at least 10 non-missing
 *	  values, all distinct (above the exact cap: no repeat seen while exact
 *	  and an estimate within 3% of the count).
 *	- alt_type (text columns only): the typed reading explaining the most
 *	  non-placeholder values, if at least 90% of them.
 *	- distinct values are compared as raw bytes (" 12" and "12" differ).
 *
 * Not here: the readings that gathered the counts (infer.c and its parts)
 * and the JSON output (infer_write.c).
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

/* Above the cap, "unique" needs an estimate this close to the count. */
#define UNIQUE_ESTIMATE_SHARE 0.97

static const char *const sep_text[] = {
	"", ".", ",", " ", "'", "\xC2\xA0", "\xE2\x80\xAF"
};

#define DL_NUM_MASK ((1u << DL_NUM_SLASH) | (1u << DL_NUM_DASH) | (1u << DL_NUM_DOT))

/*
 * Build the profile.  The accumulator is left as it is, so it can take
 * more values and be finished again.
 */
bool
sm_infer_finish(sm_infer *st, sm_profile *out, sm_error *err)
{
	uint64_t	V;
	sm_kind		kind = SM_KIND_TEXT;
	int			prec = -1,
				scale = -1;
	int			ni = -1,		/* number reading chosen */
				dto = -1;		/* date orientation chosen */
	int			sem = 0;
	bool		structured = false;
	bool		markers_missing;
	bool		class_value[MK_NCLASSES];
	lenstats	lens;
	uint64_t	distinct;
	bool		exact;
	bool		labels_ok = true;
	bool		has_alt = false;
	altcand		alt = {NULL, SM_KIND_EMPTY, -1, -1};
	int			nmarkers = 0;

	if (out == NULL)
		return sm_error_set(err, SM_EINVAL, "", "no profile to fill");
	memset(out, 0, sizeof(*out));
	out->precision = out->scale = -1;
	if (st == NULL)
		return sm_error_set(err, SM_EINVAL, "", "no accumulator");
	if (st->oom)
		return sm_error_set(err, SM_ENOMEM, "", "out of memory while profiling column values");
	V = st->nvals;

	/* the type that explains every value that is not a placeholder */
	if (V == 0)
		kind = SM_KIND_EMPTY;
	else if (st->b.c.n_ok == V && st->b.nondigit)
		kind = SM_KIND_BOOLEAN;
	else if (st->dt[0].c.n_ok == V && st->dt[0].layouts == (1u << DL_COMPACT))
	{
		/* YYYYMMDD: every value a valid date between 1900 and 2100 */
		kind = SM_KIND_DATE;
		dto = 0;
	}
	else if (st->num[0].c.n_ok == V || st->num[1].c.n_ok == V)
	{
		ni = st->num[0].c.n_ok == V ? 0 : 1;
		kind = inf_num_kind(&st->num[ni], &prec, &scale);
		/* both readings fit, and they differ: 1,234 or 1.234 */
		if (ni == 0 && st->num[1].c.n_ok == V &&
			(st->num[0].thousands || st->num[0].any_dec))
			out->ambiguous = true;
	}
	else if (st->dt[0].c.n_ok == V || st->dt[1].c.n_ok == V)
	{
		bool		ok0 = st->dt[0].c.n_ok == V;
		bool		ok1 = st->dt[1].c.n_ok == V;
		uint32_t	numl = st->dt[0].layouts & DL_NUM_MASK;

		if (ok0 && ok1)
		{
			/* neither field ever exceeded 12: month first, but day first for dots */
			dto = numl == (1u << DL_NUM_DOT) ? ORIENT_DM : ORIENT_MD;
			out->ambiguous = numl != 0;
		}
		else
			dto = ok0 ? ORIENT_MD : ORIENT_DM;
		kind = inf_dt_kind(&st->dt[dto]);
	}
	else if (st->tm.c.n_ok == V)
		kind = SM_KIND_TIME;
	else if (st->uu.c.n_ok == V)
		kind = SM_KIND_UUID;
	else if (st->js.n_ok == V)
		kind = SM_KIND_JSON;
	out->kind = kind;
	inf_type_name(kind, prec, scale, out->type_name, sizeof(out->type_name));
	out->precision = prec;
	out->scale = scale;

	/* semantic label of a text column; shapes with digits are structured */
	if (kind == SM_KIND_TEXT)
	{
		static const int order[] = {SEM_EMAIL, SEM_URL, SEM_IP, SEM_POSTAL, SEM_PHONE};

		for (int i = 0; i < 5 && !sem; i++)
			if (st->sem & order[i])
				sem = order[i];
		if (st->shape_ok && st->nskel >= 1 && st->nskel <= MAX_PATTERN_SKELETONS)
		{
			uint64_t	with_digits = 0;

			for (int k = 0; k < st->nskel; k++)
				if (memchr(st->skel[k].sig, 'D', (size_t) st->skel[k].ntok))
					with_digits += st->skel[k].count;
			structured = (double) with_digits >= SM_INFER_ALT_SHARE * (double) V;
		}
		has_alt = inf_find_alt(st, &alt);
	}
	if (sem == SEM_EMAIL)
		out->semantic = "email";
	else if (sem == SEM_URL)
		out->semantic = "url";
	else if (sem == SEM_IP)
		out->semantic = "ip";
	else if (sem == SEM_POSTAL)
		out->semantic = "postal_code";
	else if (sem == SEM_PHONE)
		out->semantic = "phone";
	else if (kind == SM_KIND_UUID)
		out->semantic = "uuid";
	else if (kind == SM_KIND_INTEGER && ni >= 0 && st->num[ni].all01 &&
			 st->num[ni].thousands == 0 && st->num[ni].currency == 0 &&
			 !st->num[ni].percent)
		out->semantic = "flag";

	/*
	 * Placeholders mean "missing" when the other values are typed (or
	 * nearly all: alt_type), carry a semantic, or mostly follow shapes with
	 * digits; in free text they are values.  NaN is a value of a double
	 * precision column.
	 */
	markers_missing = kind != SM_KIND_TEXT || sem != 0 || structured || has_alt;
	for (int c = 0; c < MK_NCLASSES; c++)
		class_value[c] = !markers_missing || (kind == SM_KIND_DOUBLE && c == MK_NAN);

	out->rows = st->rows;
	out->nulls = st->nulls;
	out->nonmissing = V;
	lens = st->lens;
	distinct = st->hll ? (uint64_t) llround(inf_hll_estimate(st->hll)) : st->tabn;
	exact = st->hll == NULL;
	if (st->hll)
	{
		if (distinct < st->exact_at_switch)
			distinct = st->exact_at_switch;
		if (distinct > V)
			distinct = V;
	}
	for (int c = 0; c < MK_NCLASSES; c++)
	{
		const marker_class *mc = &st->markers[c];

		if (mc->count == 0)
			continue;
		if (class_value[c])
		{
			lenstats	ml = {mc->count, mc->minlen, mc->maxlen, mc->sumlen};

			out->nonmissing += mc->count;
			inf_lens_merge(&lens, &ml);
			distinct += (uint64_t) mc->nspell;
			if (mc->overflow)
				exact = false;
			if (c == MK_EMPTY || c == MK_BLANK)
				out->blanks += mc->count;
		}
		else
		{
			out->missing += mc->count;
			nmarkers += mc->nspell;
		}
	}
	out->null_rate = st->rows ? (double) (st->nulls + out->missing) / (double) st->rows : 0.0;
	if (nmarkers)
	{
		int			k = 0;

		out->markers = sm_calloc((size_t) nmarkers, sizeof(sm_count_label));
		if (out->markers == NULL)
			goto oom;
		out->nmarkers = nmarkers;
		for (int c = 0; c < MK_NCLASSES; c++)
		{
			const marker_class *mc = &st->markers[c];

			if (class_value[c])
				continue;
			for (int i = 0; i < mc->nspell; i++)
			{
				out->markers[k].text = inf_dup_text(mc->spell[i].raw, mc->spell[i].len);
				out->markers[k].len = mc->spell[i].len;
				out->markers[k].count = mc->spell[i].count;
				if (out->markers[k].text == NULL)
					goto oom;
				k++;
			}
		}
	}

	/* distinct values and the categorical report */
	out->distinct = distinct;
	out->distinct_exact = exact;
	out->distinct_ratio = out->nonmissing ? (double) distinct / (double) out->nonmissing : 0.0;
	if (out->nonmissing >= SM_INFER_UNIQUE_MIN)
	{
		if (exact)
			out->unique = distinct == out->nonmissing;
		else
			out->unique = !st->dup_seen &&
				(double) distinct >= UNIQUE_ESTIMATE_SHARE * (double) out->nonmissing;
	}
	for (int i = 0; i < st->nlabels; i++)
		if (st->labels[i].truncated)
			labels_ok = false;
	if (exact && labels_ok && out->nonmissing > 0 && distinct > 0 &&
		distinct <= SM_INFER_CATEGORICAL_MAX &&
		st->tabn <= (size_t) st->nlabels &&
		(out->distinct_ratio <= 0.5 || kind == SM_KIND_BOOLEAN ||
		 (out->semantic && strcmp(out->semantic, "flag") == 0)))
	{
		int			k = 0;

		out->categorical = true;
		out->values = sm_calloc((size_t) distinct, sizeof(sm_count_label));
		if (out->values == NULL)
			goto oom;
		for (size_t i = 0; i < st->tabcap && k < (int) distinct; i++)
		{
			const dentry *de = &st->tab[i];

			if (de->hash == 0 || de->label < 0)
				continue;
			out->values[k].text = inf_dup_text(st->labels[de->label].text, st->labels[de->label].len);
			out->values[k].len = st->labels[de->label].len;
			out->values[k].count = de->count;
			if (out->values[k].text == NULL)
			{
				out->nvalues = k;
				goto oom;
			}
			out->nvalues = ++k;
		}
		for (int c = 0; c < MK_NCLASSES; c++)
		{
			const marker_class *mc = &st->markers[c];

			if (!class_value[c])
				continue;
			for (int i = 0; i < mc->nspell && k < (int) distinct; i++)
			{
				out->values[k].text = inf_dup_text(mc->spell[i].raw, mc->spell[i].len);
				out->values[k].len = mc->spell[i].len;
				out->values[k].count = mc->spell[i].count;
				if (out->values[k].text == NULL)
					goto oom;
				out->nvalues = ++k;
			}
		}
		qsort(out->values, (size_t) out->nvalues, sizeof(sm_count_label), inf_label_cmp);
	}

	/* lengths */
	if (lens.n)
	{
		out->has_lengths = true;
		out->min_length = lens.min;
		out->max_length = lens.max;
		out->avg_length = (double) lens.sum / (double) lens.n;
	}
	out->trimmed = st->trimmed_any;

	/* range and format */
	if (ni >= 0)
	{
		const numstats *ns = &st->num[ni];

		if (kind == SM_KIND_DOUBLE && (ns->has_fmm || !ns->has_dmm))
		{
			double		lo = ns->fmin,
						hi = ns->fmax;

			if (ns->has_dmm)
			{
				double		a = inf_dec_to_double(&ns->dmin),
							b = inf_dec_to_double(&ns->dmax);

				if (a < lo)
					lo = a;
				if (b > hi)
					hi = b;
			}
			inf_double_text(lo, out->min, sizeof(out->min));
			inf_double_text(hi, out->max, sizeof(out->max));
			out->has_minmax = true;
		}
		else if (ns->has_dmm)
		{
			inf_dec_format(&ns->dmin, out->min, sizeof(out->min));
			inf_dec_format(&ns->dmax, out->max, sizeof(out->max));
			out->has_minmax = true;
		}
		if (ns->thousands || ni == 1 || ns->currency || ns->percent || ns->parens)
		{
			out->has_number_format = true;
			out->number_format.thousands = ns->thousands ? sep_text[ns->thousands] : NULL;
			out->number_format.decimal = ni == 1 ? ',' : '.';
			out->number_format.currency = ns->currency ? inf_currency_text[ns->currency] : NULL;
			out->number_format.currency_suffix = ns->cur_suffix;
			out->number_format.percent = ns->percent;
			out->number_format.parentheses_negative = ns->parens;
		}
	}
	else if (dto >= 0)
	{
		const dtstats *ds = &st->dt[dto];

		if (ds->has_mm)
		{
			out->has_minmax = true;
			if (kind == SM_KIND_DATE)
			{
				sm_format_date((int32_t) (ds->min / SM_USECS_PER_DAY), out->min, sizeof(out->min));
				sm_format_date((int32_t) (ds->max / SM_USECS_PER_DAY), out->max, sizeof(out->max));
			}
			else
			{
				sm_format_timestamp(ds->min, out->min, sizeof(out->min));
				sm_format_timestamp(ds->max, out->max, sizeof(out->max));
				if (kind == SM_KIND_TIMESTAMPTZ)
				{
					strcat(out->min, "+00");
					strcat(out->max, "+00");
				}
			}
		}
		if (!inf_dt_formats(ds, dto, out))
			goto oom;
	}
	else if (kind == SM_KIND_TIME)
	{
		char		buf[48];

		inf_tod_text(st->tm.min, out->min, sizeof(out->min));
		inf_tod_text(st->tm.max, out->max, sizeof(out->max));
		out->has_minmax = true;
		inf_time_layout(st->tm.c.n_ok, st->tm.n_sec, st->tm.n_frac, st->tm.ampm,
					st->tm.ampm_space, buf, sizeof(buf));
		out->format = inf_dup_text(buf, strlen(buf));
		if (out->format == NULL)
			goto oom;
	}
	else if (kind == SM_KIND_BOOLEAN)
	{
		out->format = inf_bool_format(&st->b);
		if (out->format == NULL)
			goto oom;
	}
	else if (kind == SM_KIND_UUID)
	{
		bool		braces = st->uu.n_braces == V;
		bool		up = st->uu.upper && !st->uu.lower;
		sm_buf		b;

		if (braces || up)
		{
			const char *x = up ? "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX" :
				"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
			char		buf[48];

			snprintf(buf, sizeof(buf), "%s%s%s", braces ? "{" : "", x, braces ? "}" : "");
			out->format = inf_dup_text(buf, strlen(buf));
			if (out->format == NULL)
				goto oom;
		}
		sm_buf_init(&b);
		if (st->uu.n_braces)
			sm_buf_puts(&b, braces ? "\\{" : "\\{?");
		{
			static const int groups[5] = {8, 4, 4, 4, 12};

			for (int g = 0; g < 5; g++)
			{
				if (g)
					sm_buf_putc(&b, '-');
				inf_re_hex(&b, st->uu.upper, st->uu.lower);
				sm_buf_printf(&b, "{%d}", groups[g]);
			}
		}
		if (st->uu.n_braces)
			sm_buf_puts(&b, braces ? "\\}" : "\\}?");
		if (b.oom)
			goto oom;
		out->pattern = b.data;
	}

	/* pattern of a text column */
	if (kind == SM_KIND_TEXT)
	{
		sm_buf		b;
		bool		ok;

		sm_buf_init(&b);
		if (sem)
			ok = inf_re_semantic(st, sem, &b);
		else
			ok = st->shape_ok && st->nskel >= 1 && st->nskel <= MAX_PATTERN_SKELETONS &&
				inf_re_shapes(st, &b);
		/* placeholders that are values must match too: add them as branches */
		if (ok && !markers_missing)
		{
			sm_buf		alt;
			bool		any = false,
						empty = false;

			sm_buf_init(&alt);
			for (int c = 0; c < MK_NCLASSES && ok; c++)
			{
				const marker_class *mc = &st->markers[c];

				if (mc->count == 0)
					continue;
				if (mc->overflow)
					ok = false;
				for (int i = 0; i < mc->nspell && ok; i++)
				{
					if (mc->spell[i].len == 0)
					{
						empty = true;
						continue;
					}
					if (inf_has_control(mc->spell[i].raw, mc->spell[i].len))
						ok = false;
					sm_buf_putc(&alt, '|');
					inf_re_literals(&alt, mc->spell[i].raw, mc->spell[i].len);
					any = true;
				}
			}
			if (ok && (any || empty))
			{
				sm_buf		w;

				sm_buf_init(&w);
				sm_buf_putc(&w, '(');
				sm_buf_append(&w, b.data, b.len);
				sm_buf_append(&w, alt.data ? alt.data : "", alt.len);
				sm_buf_putc(&w, ')');
				if (empty)
					sm_buf_putc(&w, '?');
				sm_buf_free(&b);
				b = w;
			}
			if (alt.oom)
				b.oom = true;
			sm_buf_free(&alt);
		}
		if (b.oom)
		{
			sm_buf_free(&b);
			goto oom;
		}
		if (ok && b.len > 0)
			out->pattern = b.data;
		else
			sm_buf_free(&b);
	}

	/* only patterns the generator accepts (size limits) are reported */
	if (out->pattern)
	{
		sm_error	rerr;
		sm_regex   *re;

		sm_error_clear(&rerr);
		re = sm_regex_compile(out->pattern, strlen(out->pattern), &rerr);
		if (re == NULL)
		{
			if (rerr.code == SM_ENOMEM)
				goto oom;
			sm_free(out->pattern);
			out->pattern = NULL;
		}
		sm_regex_free(re);
	}

	/* a typed reading that explains nearly every value of a text column */
	if (has_alt)
	{
		out->alt_kind = alt.kind;
		inf_type_name(alt.kind, alt.prec, alt.scale, out->alt_type, sizeof(out->alt_type));
		out->alt_share = (double) alt.c->n_ok / (double) V;
		for (int i = 0; i < alt.c->nex; i++)
		{
			out->examples[i].text = inf_dup_text(alt.c->ex[i].text, alt.c->ex[i].len);
			out->examples[i].len = alt.c->ex[i].len;
			if (out->examples[i].text == NULL)
				goto oom;
			out->nexamples = i + 1;
		}
	}
	return true;

oom:
	sm_profile_free(out);
	return sm_error_set(err, SM_ENOMEM, "", "out of memory while building a column profile");
}
