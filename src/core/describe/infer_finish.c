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

/* What the steps of sm_infer_finish decide and hand on to the next. */
typedef struct finish_state
{
	uint64_t	V;				/* values that are not NULL or placeholders */
	sm_kind		kind;
	int			prec,
				scale;
	int			ni,				/* number reading chosen */
				dto;			/* date orientation chosen */
	int			sem;
	bool		structured;
	bool		markers_missing;
	bool		class_value[MK_NCLASSES];
	lenstats	lens;
	uint64_t	distinct;
	bool		exact;
	bool		has_alt;
	altcand		alt;
} finish_state;

/* The type that explains every value that is not a placeholder. */
static void
finish_kind(sm_infer *st, sm_profile *out, finish_state *fs)
{
	if (fs->V == 0)
		fs->kind = SM_KIND_EMPTY;
	else if (st->b.c.n_ok == fs->V && st->b.nondigit)
		fs->kind = SM_KIND_BOOLEAN;
	else if (st->dt[0].c.n_ok == fs->V && st->dt[0].layouts == (1u << DL_COMPACT))
	{
		/* YYYYMMDD: every value a valid date between 1900 and 2100 */
		fs->kind = SM_KIND_DATE;
		fs->dto = 0;
	}
	else if (st->num[0].c.n_ok == fs->V || st->num[1].c.n_ok == fs->V)
	{
		fs->ni = st->num[0].c.n_ok == fs->V ? 0 : 1;
		fs->kind = inf_num_kind(&st->num[fs->ni], &fs->prec, &fs->scale);
		/* both readings fit, and they differ: 1,234 or 1.234 */
		if (fs->ni == 0 && st->num[1].c.n_ok == fs->V &&
			(st->num[0].thousands || st->num[0].any_dec))
			out->ambiguous = true;
	}
	else if (st->dt[0].c.n_ok == fs->V || st->dt[1].c.n_ok == fs->V)
	{
		bool		ok0 = st->dt[0].c.n_ok == fs->V;
		bool		ok1 = st->dt[1].c.n_ok == fs->V;
		uint32_t	numl = st->dt[0].layouts & DL_NUM_MASK;

		if (ok0 && ok1)
		{
			/*
			 * neither field ever exceeded 12: month first, but day first for
			 * dots
			 */
			fs->dto = numl == (1u << DL_NUM_DOT) ? ORIENT_DM : ORIENT_MD;
			out->ambiguous = numl != 0;
		}
		else
			fs->dto = ok0 ? ORIENT_MD : ORIENT_DM;
		fs->kind = inf_dt_kind(&st->dt[fs->dto]);
	}
	else if (st->tm.c.n_ok == fs->V)
		fs->kind = SM_KIND_TIME;
	else if (st->uu.c.n_ok == fs->V)
		fs->kind = SM_KIND_UUID;
	else if (st->js.n_ok == fs->V)
		fs->kind = SM_KIND_JSON;
	out->kind = fs->kind;
	inf_type_name(fs->kind, fs->prec, fs->scale, out->type_name, sizeof(out->type_name));
	out->precision = fs->prec;
	out->scale = fs->scale;
}

/* The semantic label of a text column, its structure and its alternative type. */
static void
finish_semantic(sm_infer *st, sm_profile *out, finish_state *fs)
{
	if (fs->kind == SM_KIND_TEXT)
	{
		static const int order[] = {SEM_EMAIL, SEM_URL, SEM_IP, SEM_POSTAL, SEM_PHONE};

		for (int i = 0; i < 5 && !fs->sem; i++)
			if (st->sem & order[i])
				fs->sem = order[i];
		if (st->shape_ok && st->nskel >= 1 && st->nskel <= MAX_PATTERN_SKELETONS)
		{
			uint64_t	with_digits = 0;

			for (int k = 0; k < st->nskel; k++)
				if (memchr(st->skel[k].sig, 'D', (size_t) st->skel[k].ntok))
					with_digits += st->skel[k].count;
			fs->structured = (double) with_digits >= SM_INFER_ALT_SHARE * (double) fs->V;
		}
		fs->has_alt = inf_find_alt(st, &fs->alt);
	}
	if (fs->sem == SEM_EMAIL)
		out->semantic = "email";
	else if (fs->sem == SEM_URL)
		out->semantic = "url";
	else if (fs->sem == SEM_IP)
		out->semantic = "ip";
	else if (fs->sem == SEM_POSTAL)
		out->semantic = "postal_code";
	else if (fs->sem == SEM_PHONE)
		out->semantic = "phone";
	else if (fs->kind == SM_KIND_UUID)
		out->semantic = "uuid";
	else if (fs->kind == SM_KIND_INTEGER && fs->ni >= 0 && st->num[fs->ni].all01 &&
			 st->num[fs->ni].thousands == 0 && st->num[fs->ni].currency == 0 &&
			 !st->num[fs->ni].percent)
		out->semantic = "flag";
}

/* Placeholders as values or missing, counts, lengths and the reported markers; false when out of memory. */
static bool
finish_counts(sm_infer *st, sm_profile *out, finish_state *fs)
{
	int			nmarkers = 0;

	/*
	 * Placeholders mean "missing" when the other values are typed (or nearly
	 * all: alt_type), carry a semantic, or mostly follow shapes with digits;
	 * in free text they are values.  NaN is a value of a double precision
	 * column.
	 */
	fs->markers_missing = fs->kind != SM_KIND_TEXT || fs->sem != 0 || fs->structured || fs->has_alt;
	for (int c = 0; c < MK_NCLASSES; c++)
		fs->class_value[c] = !fs->markers_missing || (fs->kind == SM_KIND_DOUBLE && c == MK_NAN);

	out->rows = st->rows;
	out->nulls = st->nulls;
	out->nonmissing = fs->V;
	fs->lens = st->lens;
	fs->distinct = st->hll ? (uint64_t) llround(inf_hll_estimate(st->hll)) : st->tabn;
	fs->exact = st->hll == NULL;
	if (st->hll)
	{
		if (fs->distinct < st->exact_at_switch)
			fs->distinct = st->exact_at_switch;
		if (fs->distinct > fs->V)
			fs->distinct = fs->V;
	}
	for (int c = 0; c < MK_NCLASSES; c++)
	{
		const marker_class *mc = &st->markers[c];

		if (mc->count == 0)
			continue;
		if (fs->class_value[c])
		{
			lenstats	ml = {mc->count, mc->minlen, mc->maxlen, mc->sumlen};

			out->nonmissing += mc->count;
			inf_lens_merge(&fs->lens, &ml);
			fs->distinct += (uint64_t) mc->nspell;
			if (mc->overflow)
				fs->exact = false;
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
			return false;
		out->nmarkers = nmarkers;
		for (int c = 0; c < MK_NCLASSES; c++)
		{
			const marker_class *mc = &st->markers[c];

			if (fs->class_value[c])
				continue;
			for (int i = 0; i < mc->nspell; i++)
			{
				out->markers[k].text = inf_dup_text(mc->spell[i].raw, mc->spell[i].len);
				out->markers[k].len = mc->spell[i].len;
				out->markers[k].count = mc->spell[i].count;
				if (out->markers[k].text == NULL)
					return false;
				k++;
			}
		}
	}
	return true;
}

/* Distinct values and the categorical report; false when out of memory. */
static bool
finish_categorical(sm_infer *st, sm_profile *out, finish_state *fs)
{
	bool		labels_ok = true;

	out->distinct = fs->distinct;
	out->distinct_exact = fs->exact;
	out->distinct_ratio = out->nonmissing ? (double) fs->distinct / (double) out->nonmissing : 0.0;
	if (out->nonmissing >= SM_INFER_UNIQUE_MIN)
	{
		if (fs->exact)
			out->unique = fs->distinct == out->nonmissing;
		else
			out->unique = !st->dup_seen &&
				(double) fs->distinct >= UNIQUE_ESTIMATE_SHARE * (double) out->nonmissing;
	}
	for (int i = 0; i < st->nlabels; i++)
		if (st->labels[i].truncated)
			labels_ok = false;
	if (fs->exact && labels_ok && out->nonmissing > 0 && fs->distinct > 0 &&
		fs->distinct <= SM_INFER_CATEGORICAL_MAX &&
		st->tabn <= (size_t) st->nlabels &&
		(out->distinct_ratio <= 0.5 || fs->kind == SM_KIND_BOOLEAN ||
		 (out->semantic && strcmp(out->semantic, "flag") == 0)))
	{
		int			k = 0;

		out->categorical = true;
		out->values = sm_calloc((size_t) fs->distinct, sizeof(sm_count_label));
		if (out->values == NULL)
			return false;
		for (size_t i = 0; i < st->tabcap && k < (int) fs->distinct; i++)
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
				return false;
			}
			out->nvalues = ++k;
		}
		for (int c = 0; c < MK_NCLASSES; c++)
		{
			const marker_class *mc = &st->markers[c];

			if (!fs->class_value[c])
				continue;
			for (int i = 0; i < mc->nspell && k < (int) fs->distinct; i++)
			{
				out->values[k].text = inf_dup_text(mc->spell[i].raw, mc->spell[i].len);
				out->values[k].len = mc->spell[i].len;
				out->values[k].count = mc->spell[i].count;
				if (out->values[k].text == NULL)
					return false;
				out->nvalues = ++k;
			}
		}
		qsort(out->values, (size_t) out->nvalues, sizeof(sm_count_label), inf_label_cmp);
	}
	return true;
}

/* The range and number format of a number column. */
static void
finish_number_range(sm_infer *st, sm_profile *out, finish_state *fs)
{
	const numstats *ns = &st->num[fs->ni];

	if (fs->kind == SM_KIND_DOUBLE && (ns->has_fmm || !ns->has_dmm))
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
	if (ns->thousands || fs->ni == 1 || ns->currency || ns->percent || ns->parens)
	{
		out->has_number_format = true;
		out->number_format.thousands = ns->thousands ? sep_text[ns->thousands] : NULL;
		out->number_format.decimal = fs->ni == 1 ? ',' : '.';
		out->number_format.currency = ns->currency ? inf_currency_text[ns->currency] : NULL;
		out->number_format.currency_suffix = ns->cur_suffix;
		out->number_format.percent = ns->percent;
		out->number_format.parentheses_negative = ns->parens;
	}
}

/* The range and layout of a date or timestamp column; false when out of memory. */
static bool
finish_date_range(sm_infer *st, sm_profile *out, finish_state *fs)
{
	const dtstats *ds = &st->dt[fs->dto];

	if (ds->has_mm)
	{
		out->has_minmax = true;
		if (fs->kind == SM_KIND_DATE)
		{
			sm_format_date((int32_t) (ds->min / SM_USECS_PER_DAY), out->min, sizeof(out->min));
			sm_format_date((int32_t) (ds->max / SM_USECS_PER_DAY), out->max, sizeof(out->max));
		}
		else
		{
			sm_format_timestamp(ds->min, out->min, sizeof(out->min));
			sm_format_timestamp(ds->max, out->max, sizeof(out->max));
			if (fs->kind == SM_KIND_TIMESTAMPTZ)
			{
				strcat(out->min, "+00");
				strcat(out->max, "+00");
			}
		}
	}
	if (!inf_dt_formats(ds, fs->dto, out))
		return false;
	return true;
}

/* The format and pattern of a uuid column; false when out of memory. */
static bool
finish_uuid_format(sm_infer *st, sm_profile *out, finish_state *fs)
{
	bool		braces = st->uu.n_braces == fs->V;
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
			return false;
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
		return false;
	out->pattern = b.data;
	return true;
}

/* Range and format by kind; false when out of memory. */
static bool
finish_range_format(sm_infer *st, sm_profile *out, finish_state *fs)
{
	if (fs->ni >= 0)
		finish_number_range(st, out, fs);
	else if (fs->dto >= 0)
	{
		if (!finish_date_range(st, out, fs))
			goto oom;
	}
	else if (fs->kind == SM_KIND_TIME)
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
	else if (fs->kind == SM_KIND_BOOLEAN)
	{
		out->format = inf_bool_format(&st->b);
		if (out->format == NULL)
			goto oom;
	}
	else if (fs->kind == SM_KIND_UUID)
	{
		if (!finish_uuid_format(st, out, fs))
			goto oom;
	}
	return true;

oom:
	return false;
}

/* The pattern of a text column, with the placeholders that are values as branches; false when out of memory. */
static bool
finish_text_pattern(sm_infer *st, sm_profile *out, finish_state *fs)
{
	sm_buf		b;
	bool		ok;

	sm_buf_init(&b);
	if (fs->sem)
		ok = inf_re_semantic(st, fs->sem, &b);
	else
		ok = st->shape_ok && st->nskel >= 1 && st->nskel <= MAX_PATTERN_SKELETONS &&
			inf_re_shapes(st, &b);
	/* placeholders that are values must match too: add them as branches */
	if (ok && !fs->markers_missing)
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
		return false;
	}
	if (ok && b.len > 0)
		out->pattern = b.data;
	else
		sm_buf_free(&b);
	return true;
}

/* Keep only a pattern the generator accepts (size limits); false when out of memory. */
static bool
finish_check_pattern(sm_profile *out)
{
	sm_error	rerr;
	sm_regex   *re;

	sm_error_clear(&rerr);
	re = sm_regex_compile(out->pattern, strlen(out->pattern), &rerr);
	if (re == NULL)
	{
		if (rerr.code == SM_ENOMEM)
			return false;
		sm_free(out->pattern);
		out->pattern = NULL;
	}
	sm_regex_free(re);
	return true;
}

/* A typed reading that explains nearly every value of a text column; false when out of memory. */
static bool
finish_alt_type(sm_profile *out, finish_state *fs)
{
	out->alt_kind = fs->alt.kind;
	inf_type_name(fs->alt.kind, fs->alt.prec, fs->alt.scale, out->alt_type, sizeof(out->alt_type));
	out->alt_share = (double) fs->alt.c->n_ok / (double) fs->V;
	for (int i = 0; i < fs->alt.c->nex; i++)
	{
		out->examples[i].text = inf_dup_text(fs->alt.c->ex[i].text, fs->alt.c->ex[i].len);
		out->examples[i].len = fs->alt.c->ex[i].len;
		if (out->examples[i].text == NULL)
			return false;
		out->nexamples = i + 1;
	}
	return true;
}

/*
 * Build the profile.  The accumulator is left as it is, so it can take
 * more values and be finished again.
 */
bool
sm_infer_finish(sm_infer *st, sm_profile *out, sm_error *err)
{
	static const altcand no_alt = {NULL, SM_KIND_EMPTY, -1, -1};
	finish_state fs = {0};

	fs.kind = SM_KIND_TEXT;
	fs.prec = fs.scale = -1;
	fs.ni = fs.dto = -1;
	fs.alt = no_alt;

	if (out == NULL)
		return sm_error_set(err, SM_EINVAL, "", "no profile to fill");
	memset(out, 0, sizeof(*out));
	out->precision = out->scale = -1;
	if (st == NULL)
		return sm_error_set(err, SM_EINVAL, "", "no accumulator");
	if (st->oom)
		return sm_error_set(err, SM_ENOMEM, "", "out of memory while profiling column values");
	fs.V = st->nvals;

	finish_kind(st, out, &fs);
	finish_semantic(st, out, &fs);
	if (!finish_counts(st, out, &fs) || !finish_categorical(st, out, &fs))
		goto oom;

	/* lengths */
	if (fs.lens.n)
	{
		out->has_lengths = true;
		out->min_length = fs.lens.min;
		out->max_length = fs.lens.max;
		out->avg_length = (double) fs.lens.sum / (double) fs.lens.n;
	}
	out->trimmed = st->trimmed_any;

	if (!finish_range_format(st, out, &fs))
		goto oom;
	if (fs.kind == SM_KIND_TEXT && !finish_text_pattern(st, out, &fs))
		goto oom;
	if (out->pattern && !finish_check_pattern(out))
		goto oom;
	if (fs.has_alt && !finish_alt_type(out, &fs))
		goto oom;
	return true;

oom:
	sm_profile_free(out);
	return sm_error_set(err, SM_ENOMEM, "", "out of memory while building a column profile");
}
