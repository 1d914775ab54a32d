/*
 * infer.c
 *	  Column type and profile inference from text values (schema detection):
 *	  the accumulator.
 *
 * Every non-NULL value goes through the same steps:
 *
 *	1. its length (UTF-8 characters) and a hash for distinct counting;
 *	2. placeholder check ('', blanks, N/A, null, -, ...): a placeholder is
 *	   kept aside with its spelling, and whether it really means "missing" is
 *	   decided at the end (only when the other values are typed or follow a
 *	   structured shape; in a free-text column it is an ordinary value);
 *	3. every typed reading at once, on the value with surrounding whitespace
 *	   removed: boolean, number (with two readings of the separators: '.'
 *	   decimal and ',' decimal), date/timestamp (with two readings of
 *	   numeric day/month layouts: MM/DD and DD/MM), time, uuid, json.  Each
 *	   reading counts the values it explains and keeps its first failures, so
 *	   that the end can pick the type that explains all values, or report the
 *	   one that explains nearly all of them as an alternative;
 *	4. semantic checks (email, url, ip, postal code, phone) and a "shape"
 *	   (runs of letters / digits / punctuation) for text patterns; each is
 *	   dropped at its first failure since it must hold for every value.
 *
 * Nothing is allocated per value except by distinct tracking, and every
 * reading gives up early on a value that cannot match, so a text column
 * costs little more than a typed one.
 *
 * Here: creating and freeing the accumulator, adding a value
 * (sm_infer_add), placeholders, distinct counting, booleans and shapes.
 *
 * Not here: the typed readings (infer_numbers.c, infer_dates.c,
 * infer_semantic.c) and the decisions taken at the end (infer_finish.c).
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

/* Shape patterns: value length, runs per value, distinct shapes tracked. */
#define MAX_SHAPE_LEN 64

/* Stored bytes of a label and of an example. */
#define LABEL_MAX_BYTES 1024

/* HyperLogLog sketch: 2^14 registers, about 0.8% standard error. */
#define HLL_P 14

#define HLL_M (1 << HLL_P)

static const char *const marker_words[MK_NCLASSES] = {
	[MK_EMPTY] = "",
	[MK_BLANK] = " ",
	[MK_NA_SLASH] = "n/a",
	[MK_NA] = "na",
	[MK_DASH] = "-",
	[MK_DASH2] = "--",
	[MK_QUESTION] = "?",
	[MK_NULL] = "null",
	[MK_NONE] = "none",
	[MK_NIL] = "nil",
	[MK_UNKNOWN] = "unknown",
	[MK_HASH_NA] = "#n/a",
	[MK_NAN] = "nan",
	[MK_NA_DOTS] = "n.a.",
	[MK_MISSING] = "missing",
	[MK_PAREN_NULL] = "(null)",
	[MK_DOT] = ".",
	[MK_UNDEFINED] = "undefined",
};

const char *const inf_bool_words[BOOL_PAIRS][2] = {
	{"false", "true"}, {"f", "t"}, {"no", "yes"}, {"n", "y"}, {"off", "on"}, {"0", "1"}
};

/* ---------------------------------------------------------------- */
/* Creation                                                           */
/* ---------------------------------------------------------------- */

/* A new, empty accumulator (NULL when out of memory). */
sm_infer *
sm_infer_create(void)
{
	sm_infer   *st = sm_calloc(1, sizeof(sm_infer));

	if (st == NULL)
		return NULL;
	st->num[0].all01 = st->num[1].all01 = true;
	st->sem = SEM_EMAIL | SEM_URL | SEM_IP | SEM_POSTAL | SEM_PHONE;
	st->shape_ok = true;
	return st;
}

/* Release an accumulator and everything it holds (NULL is fine). */
void
sm_infer_free(sm_infer *st)
{
	if (st == NULL)
		return;
	sm_free(st->tab);
	sm_free(st->hll);
	for (int i = 0; i < st->nlabels; i++)
		sm_free(st->labels[i].text);
	sm_free(st);
}

/* ---------------------------------------------------------------- */
/* Placeholders                                                       */
/* ---------------------------------------------------------------- */

/*
 * Placeholder class of a trimmed value t (raw length rawlen), or -1.  The
 * first-character test keeps the common path to a single comparison.
 */
static int
marker_class_of(const char *t, size_t tl, size_t rawlen)
{
	char		low[10];

	if (tl == 0)
		return rawlen == 0 ? MK_EMPTY : MK_BLANK;
	if (tl > 9 || !strchr("nNuUmM-?#.(", t[0]) || t[0] == '\0')
		return -1;
	for (size_t i = 0; i < tl; i++)
		low[i] = (char) to_lower((unsigned char) t[i]);
	for (int c = MK_NA_SLASH; c < MK_NCLASSES; c++)
		if (strlen(marker_words[c]) == tl && memcmp(low, marker_words[c], tl) == 0)
			return c;
	return -1;
}

/* Exported check, with the same trimming as sm_infer_add. */
bool
sm_infer_is_placeholder(const char *value, size_t len)
{
	size_t		b = 0,
				e = len;

	if (value == NULL)
		return false;
	while (b < e && is_ws((unsigned char) value[b]))
		b++;
	while (e > b && is_ws((unsigned char) value[e - 1]))
		e--;
	return marker_class_of(value + b, e - b, len) >= 0;
}

/* Count a placeholder under its class and raw spelling. */
static void
marker_add(sm_infer *st, int cls, const char *raw, size_t len, uint64_t chars)
{
	marker_class *mc = &st->markers[cls];
	int			i;

	if (mc->count == 0 || chars < mc->minlen)
		mc->minlen = chars;
	if (mc->count == 0 || chars > mc->maxlen)
		mc->maxlen = chars;
	mc->count++;
	mc->sumlen += chars;
	for (i = 0; i < mc->nspell; i++)
		if (mc->spell[i].len == len && memcmp(mc->spell[i].raw, raw, len) == 0)
		{
			mc->spell[i].count++;
			return;
		}
	if (mc->nspell < MARKER_SPELLINGS && len <= MARKER_RAW)
	{
		marker_spelling *sp = &mc->spell[mc->nspell++];

		sp->count = 1;
		sp->len = (uint8_t) len;
		memcpy(sp->raw, raw, len);
		return;
	}
	/* out of slots, or too long to keep: fold into the first spelling */
	mc->overflow = true;
	if (mc->nspell == 0)
	{
		marker_spelling *sp = &mc->spell[mc->nspell++];
		size_t		k = len < MARKER_RAW ? len : MARKER_RAW;

		/* the class word itself stands for an over-long padded spelling */
		if (cls >= MK_NA_SLASH && cls < MK_NCLASSES)
		{
			k = strlen(marker_words[cls]);
			memcpy(sp->raw, marker_words[cls], k);
		}
		else
			memcpy(sp->raw, raw, k);
		sp->len = (uint8_t) k;
		sp->count = 0;
	}
	mc->spell[0].count++;
}

/* ---------------------------------------------------------------- */
/* Distinct values                                                    */
/* ---------------------------------------------------------------- */

static void
hll_add(uint8_t *reg, uint64_t h)
{
	uint32_t	idx = (uint32_t) (h >> (64 - HLL_P));
	uint64_t	rest = (h << HLL_P) | (UINT64_C(1) << (HLL_P - 1));
	uint8_t		rank = (uint8_t) (__builtin_clzll(rest) + 1);

	if (rank > reg[idx])
		reg[idx] = rank;
}

/* The HyperLogLog estimate, with linear counting for small cardinalities. */
double
inf_hll_estimate(const uint8_t *reg)
{
	double		sum = 0.0;
	int			zeros = 0;
	double		m = (double) HLL_M;
	double		e;

	for (int j = 0; j < HLL_M; j++)
	{
		sum += ldexp(1.0, -(int) reg[j]);
		if (reg[j] == 0)
			zeros++;
	}
	e = (0.7213 / (1.0 + 1.079 / m)) * m * m / sum;
	if (e <= 2.5 * m && zeros > 0)
		e = m * log(m / (double) zeros);
	return e;
}

/* Past the exact cap: move every hash into a sketch and drop the table. */
static bool
switch_to_hll(sm_infer *st)
{
	st->hll = sm_calloc(HLL_M, 1);
	if (st->hll == NULL)
		return false;
	for (size_t i = 0; i < st->tabcap; i++)
		if (st->tab[i].hash)
			hll_add(st->hll, st->tab[i].hash);
	st->exact_at_switch = st->tabn;
	sm_free(st->tab);
	st->tab = NULL;
	st->tabcap = 0;
	for (int i = 0; i < st->nlabels; i++)
		sm_free(st->labels[i].text);
	st->nlabels = 0;
	return true;
}

/* Double the open-addressing table (or create it). */
static bool
grow_table(sm_infer *st)
{
	size_t		ncap = st->tabcap ? st->tabcap * 2 : 256;
	dentry	   *nt = sm_calloc(ncap, sizeof(dentry));

	if (nt == NULL)
		return false;
	for (size_t i = 0; i < st->tabcap; i++)
	{
		if (st->tab[i].hash)
		{
			size_t		j = st->tab[i].hash & (ncap - 1);

			while (nt[j].hash)
				j = (j + 1) & (ncap - 1);
			nt[j] = st->tab[i];
		}
	}
	sm_free(st->tab);
	st->tab = nt;
	st->tabcap = ncap;
	return true;
}

/* Count one occurrence of a value; false on allocation failure. */
static bool
distinct_add(sm_infer *st, const char *v, size_t len)
{
	uint64_t	h = inf_hash_bytes(v, len);
	size_t		j;

	if (st->hll)
	{
		hll_add(st->hll, h);
		return true;
	}
	if (h == 0)
		h = 1;
	if ((st->tabn + 1) * 2 > st->tabcap && !grow_table(st))
		return false;
	j = h & (st->tabcap - 1);
	while (st->tab[j].hash)
	{
		if (st->tab[j].hash == h)
		{
			st->tab[j].count++;
			st->dup_seen = true;
			return true;
		}
		j = (j + 1) & (st->tabcap - 1);
	}
	st->tab[j].hash = h;
	st->tab[j].count = 1;
	st->tab[j].label = -1;
	st->tabn++;
	if (st->nlabels < SM_INFER_LABELS)
	{
		label_slot *lb = &st->labels[st->nlabels];
		size_t		k = len <= LABEL_MAX_BYTES ? len : LABEL_MAX_BYTES;

		lb->text = sm_malloc(k + 1);
		if (lb->text == NULL)
			return false;		/* the slot stays, without a label */
		memcpy(lb->text, v, k);
		lb->text[k] = '\0';
		lb->len = k;
		lb->truncated = k < len;
		st->tab[j].label = st->nlabels++;
	}
	if (st->tabn > SM_INFER_EXACT_CAP)
		return switch_to_hll(st);
	return true;
}

/* ---------------------------------------------------------------- */
/* Booleans                                                           */
/* ---------------------------------------------------------------- */

/* Boolean reading of a trimmed value. */
static void
bool_add(boolstats *bs, const char *t, size_t tl, bool typed,
		 const char *raw, size_t rawlen)
{
	if (typed && tl <= 5)
	{
		for (int p = 0; p < BOOL_PAIRS; p++)
			for (int side = 0; side < 2; side++)
				if (inf_eq_nocase(t, tl, inf_bool_words[p][side]))
				{
					if (!(bs->pairs & (1 << p)) || bs->spelllen[p][side] == 0)
					{
						memcpy(bs->spell[p][side], t, tl);
						bs->spelllen[p][side] = (uint8_t) tl;
					}
					bs->pairs |= (uint8_t) (1 << p);
					if (p != 5)
						bs->nondigit = true;
					bs->c.n_ok++;
					return;
				}
	}
	inf_cand_fail(&bs->c, raw, rawlen);
}

/* ---------------------------------------------------------------- */
/* Shapes                                                             */
/* ---------------------------------------------------------------- */

/* Tokenise a raw value into runs and merge it into the known shapes. */
static void
shape_add(sm_infer *st, const char *s, size_t n)
{
	char		sig[MAX_SHAPE_TOKENS];
	uint8_t		tstart[MAX_SHAPE_TOKENS],
				tlen[MAX_SHAPE_TOKENS],
				tcase[MAX_SHAPE_TOKENS];
	int			nt = 0,
				k;
	size_t		i = 0;
	skeleton   *sk;

	if (n == 0 || n > MAX_SHAPE_LEN)
	{
		st->shape_ok = false;
		return;
	}
	while (i < n)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		j = i + 1;
		uint8_t		cm = 0;

		if (nt == MAX_SHAPE_TOKENS)
		{
			st->shape_ok = false;
			return;
		}
		if (is_alpha(c))
		{
			cm = is_upper(c) ? 1 : 2;
			while (j < n && is_alpha(s[j]))
				cm |= is_upper(s[j++]) ? 1 : 2;
			sig[nt] = 'L';
		}
		else if (is_digit(c))
		{
			while (j < n && is_digit(s[j]))
				j++;
			sig[nt] = 'D';
		}
		else if (c >= 0x20 && c < 0x7F)
			sig[nt] = (char) c;
		else
		{
			st->shape_ok = false;
			return;
		}
		tstart[nt] = (uint8_t) i;
		tlen[nt] = (uint8_t) (j - i);
		tcase[nt] = cm;
		nt++;
		i = j;
	}
	for (k = 0; k < st->nskel; k++)
		if (st->skel[k].ntok == nt && memcmp(st->skel[k].sig, sig, (size_t) nt) == 0)
			break;
	if (k == st->nskel)
	{
		if (st->nskel == MAX_SKELETONS)
		{
			st->shape_ok = false;
			return;
		}
		sk = &st->skel[st->nskel++];
		sk->ntok = nt;
		memcpy(sk->sig, sig, (size_t) nt);
		for (int t = 0; t < nt; t++)
		{
			shape_tok  *tk = &sk->tok[t];

			tk->minlen = tk->maxlen = tlen[t];
			tk->casemask = tcase[t];
			tk->konst = tlen[t] <= SHAPE_CONST_LEN;
			tk->klen = tlen[t];
			if (tk->konst)
				memcpy(tk->ktext, s + tstart[t], tlen[t]);
		}
		sk->count = 1;
		return;
	}
	sk = &st->skel[k];
	sk->count++;
	for (int t = 0; t < nt; t++)
	{
		shape_tok  *tk = &sk->tok[t];

		if (tlen[t] < tk->minlen)
			tk->minlen = tlen[t];
		if (tlen[t] > tk->maxlen)
			tk->maxlen = tlen[t];
		tk->casemask |= tcase[t];
		if (tk->konst && (tk->klen != tlen[t] ||
						  memcmp(tk->ktext, s + tstart[t], tlen[t]) != 0))
			tk->konst = false;
	}
}

/* ---------------------------------------------------------------- */
/* Adding a value                                                     */
/* ---------------------------------------------------------------- */

/* Feed one value (NULL: SQL NULL); false only when out of memory. */
bool
sm_infer_add(sm_infer *st, const char *value, size_t len)
{
	size_t		b = 0,
				e = len;
	const char *t;
	size_t		tl;
	int			mc;
	uint64_t	chars;
	bool		typed;

	if (st == NULL || st->oom)
		return false;
	st->rows++;
	if (value == NULL)
	{
		st->nulls++;
		return true;
	}
	while (b < e && is_ws((unsigned char) value[b]))
		b++;
	while (e > b && is_ws((unsigned char) value[e - 1]))
		e--;
	t = value + b;
	tl = e - b;
	chars = inf_utf8_chars(value, len);
	mc = marker_class_of(t, tl, len);
	if (mc >= 0)
	{
		marker_add(st, mc, value, len, chars);
		return true;
	}
	st->nvals++;
	inf_lens_add(&st->lens, chars);
	if (b > 0 || e < len)
		st->trimmed_any = true;
	if (!distinct_add(st, value, len))
	{
		st->oom = true;
		return false;
	}
	typed = tl <= MAX_TYPED_LEN && !inf_has_control(t, tl);
	bool_add(&st->b, t, tl, typed, value, len);
	inf_num_add(st, t, tl, typed, value, len);
	inf_dt_add(st, t, tl, typed, value, len);
	inf_uuid_add(&st->uu, t, tl, typed, value, len);
	inf_json_add(&st->js, t, tl, value, len);
	if (st->sem)
		inf_sem_add(st, value, len);
	if (st->shape_ok)
		shape_add(st, value, len);
	return true;
}
