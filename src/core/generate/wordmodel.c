/*
 * wordmodel.c
 *	  Token-template and word model of text columns: fitting, sampling and
 *	  the pattern of unique columns (design in wordmodel.h).
 *
 * Not here: the JSON encoding (wordmodel_json.c).
 */
#include "wordmodel_int.h"

#include <stdlib.h>
#include <string.h>

/* Most tokens looked at per value (longer values are free text). */
#define MAX_TOK			SM_WORDMODEL_MAX_TOKENS

typedef struct wm_tok
{
	wm_type		type;
	const char *s;
	size_t		len;
} wm_tok;

/* Character class of a byte: 1 letter, 2 digit, 0 other. */
static int
byte_class(unsigned char c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80)
		return 1;
	if (c >= '0' && c <= '9')
		return 2;
	return 0;
}

/*
 * Tokens of a value; -1 if more than MAX_TOK.  After a single '@' that is
 * neither first nor last, the rest is one domain token.
 */
static int
tokenize(const char *s, size_t len, wm_tok *t)
{
	const char *at = memchr(s, '@', len);
	size_t		end = len;
	int			n = 0;
	size_t		i = 0;

	if (at != NULL && at != s && (size_t) (at - s) + 1 < len &&
		memchr(at + 1, '@', len - (size_t) (at - s) - 1) == NULL)
		end = (size_t) (at - s) + 1;	/* up to and including the '@' */
	else
		at = NULL;
	while (i < end)
	{
		int			c = byte_class((unsigned char) s[i]);
		size_t		j = i + 1;

		while (j < end && byte_class((unsigned char) s[j]) == c)
			j++;
		if (n == MAX_TOK)
			return -1;
		t[n].type = c == 1 ? WM_WORD : (c == 2 ? WM_NUM : WM_SEP);
		t[n].s = s + i;
		t[n].len = j - i;
		n++;
		i = j;
	}
	if (at != NULL)
	{
		if (n == MAX_TOK)
			return -1;
		t[n].type = WM_DOMAIN;
		t[n].s = s + end;
		t[n].len = len - end;
		n++;
	}
	return n;
}

/* Whitespace-separated words of a value, at most max; returns the count. */
static int
split_words(const char *s, size_t len, wm_tok *t, int max)
{
	int			n = 0;
	size_t		i = 0;

	while (i < len)
	{
		size_t		j;

		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
			i++;
		if (i == len)
			break;
		j = i;
		while (j < len && !(s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))
			j++;
		if (n < max)
		{
			t[n].type = WM_WORD;
			t[n].s = s + i;
			t[n].len = j - i;
		}
		n++;
		i = j;
	}
	return n;
}

/* Code points of a UTF-8 string (continuation bytes not counted). */
static size_t
utf8_chars(const char *s, size_t len)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char) s[i] & 0xC0) != 0x80;
	return n;
}

/* ---------------------------------------------------------------------
 * Fitting
 * --------------------------------------------------------------------- */

/* One occurrence group of a token form in a slot while fitting. */
typedef struct occ
{
	const char *s;
	size_t		len;
	uint64_t	count;
	uint64_t	target;
} occ;

/* qsort order of occurrences: bytes. */
static int
cmp_occ(const void *a, const void *b)
{
	const occ  *x = a;
	const occ  *y = b;
	size_t		l = x->len < y->len ? x->len : y->len;
	int			c = memcmp(x->s, y->s, l);

	if (c != 0)
		return c;
	return (x->len > y->len) - (x->len < y->len);
}

/* Column-wide counts of the tokens of each type (template mode). */
typedef struct gcounts
{
	occ		   *o;				/* sorted by type, then bytes */
	wm_type    *type;
	size_t		n;
	occ		   *rare;			/* the rare whole values, sorted by bytes */
	size_t		nrare;
} gcounts;

/* Whether a token is, as a whole, a rare training value. */
static bool
is_rare_value(const gcounts *gc, const char *s, size_t len)
{
	occ			key = {NULL, 0, 0, 0};

	if (gc == NULL || gc->nrare == 0)
		return false;
	key.s = s;
	key.len = len;
	return bsearch(&key, gc->rare, gc->nrare, sizeof(occ), cmp_occ) != NULL;
}

/* Compare (type, bytes) with entry i of the column-wide counts. */
static int
cmp_gentry(const gcounts *gc, size_t i, wm_type type, const char *s, size_t len)
{
	occ			key = {NULL, 0, 0, 0};

	if (gc->type[i] != type)
		return gc->type[i] < type ? -1 : 1;
	key.s = s;
	key.len = len;
	return cmp_occ(&gc->o[i], &key);
}

/* Column-wide occurrences of a token, 0 if unknown. */
static uint64_t
global_count(const gcounts *gc, wm_type type, const char *s, size_t len)
{
	size_t		lo = 0,
				hi = gc->n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		int			c = cmp_gentry(gc, mid, type, s, len);

		if (c == 0)
			return gc->o[mid].count;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* qsort order of kept forms: most frequent first (stable by bytes). */
static int
cmp_occ_count(const void *a, const void *b)
{
	const occ  *x = a;
	const occ  *y = b;

	if (x->target != y->target)
		return (x->target < y->target) - (x->target > y->target);
	return cmp_occ(a, b);
}

/*
 * Case class of a letter token: lower, upper, capitalised or mixed; -1
 * without ASCII letters.
 */
static int
case_of(const char *s, size_t len)
{
	bool		lower = false,
				upper = false,
				first_upper = len > 0 && s[0] >= 'A' && s[0] <= 'Z',
				rest_upper = false;

	for (size_t i = 0; i < len; i++)
	{
		if (s[i] >= 'a' && s[i] <= 'z')
			lower = true;
		if (s[i] >= 'A' && s[i] <= 'Z')
		{
			upper = true;
			if (i > 0)
				rest_upper = true;
		}
	}
	if (!upper && !lower)
		return -1;
	if (upper && !lower)
		return len > 1 ? WM_CASE_UPPER : WM_CASE_CAP;
	if (lower && !upper)
		return WM_CASE_LOWER;
	if (first_upper && !rest_upper)
		return WM_CASE_CAP;
	return WM_CASE_ASIS;
}

/* Whether a token (in any case) is a word of a vocabulary class. */
static bool
in_class(sm_vocab_id id, const char *s, size_t len)
{
	char		buf[SM_WORDMODEL_MAX_LETTERS];

	if (sm_vocab_contains(id, s, len))
		return true;
	if (len == 0 || len >= sizeof(buf))
		return false;
	/* capitalised, as the lists write names */
	for (size_t i = 0; i < len; i++)
		buf[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char) (s[i] - 'A' + 'a') : s[i];
	if (buf[0] >= 'a' && buf[0] <= 'z')
		buf[0] = (char) (buf[0] - 'a' + 'A');
	if (sm_vocab_contains(id, buf, len))
		return true;
	/* lower case, as the common words are written */
	if (buf[0] >= 'A' && buf[0] <= 'Z')
		buf[0] = (char) (buf[0] - 'A' + 'a');
	return sm_vocab_contains(id, buf, len);
}

/*
 * Build a slot from the occurrences of its forms (sorted by bytes and
 * merged here): forms seen at least k times are kept with their target
 * counts, the others make the rare mass, their class, case and lengths.
 */
static bool
build_slot(wm_slot *sl, wm_type type, occ *o, size_t n, int k, sm_vocab_id hint,
		   const gcounts *gc, const gcounts *rv)
{
	size_t		nd = 0,
				nkept = 0;
	uint64_t	hits[SM_VOCAB_NCLASSES];
	uint64_t	all = 0;
	uint64_t	casecnt[4] = {0, 0, 0, 0};
	uint32_t	maxlen = 0;

	memset(sl, 0, sizeof(*sl));
	memset(hits, 0, sizeof(hits));
	sl->type = type;
	sl->vclass = SM_VOCAB_NONE;
	if (n > 0)
		qsort(o, n, sizeof(occ), cmp_occ);
	/* merge equal forms */
	for (size_t i = 0; i < n; i++)
	{
		if (nd > 0 && cmp_occ(&o[nd - 1], &o[i]) == 0)
		{
			o[nd - 1].count += o[i].count;
			o[nd - 1].target += o[i].target;
		}
		else
			o[nd++] = o[i];
	}
	/* a form is frequent when the column has it k times, in any slot */
	if (gc != NULL)
		for (size_t i = 0; i < nd; i++)
		{
			uint64_t	c = global_count(gc, type, o[i].s, o[i].len);

			if (c > o[i].count)
				o[i].count = c;
		}
	for (size_t i = 0; i < nd; i++)
	{
		all += o[i].count;
		if (type == WM_WORD)
			for (int c = 0; c < SM_VOCAB_NCLASSES; c++)
				if (in_class((sm_vocab_id) c, o[i].s, o[i].len))
					hits[c] += o[i].count;
		if (o[i].count < (uint64_t) k)
		{
			size_t		l = type == WM_NUM ? o[i].len : utf8_chars(o[i].s, o[i].len);

			sl->rare += o[i].target;
			if (type == WM_WORD && case_of(o[i].s, o[i].len) >= 0)
				casecnt[case_of(o[i].s, o[i].len)] += o[i].count;
			if (type == WM_NUM && o[i].len > 0 && o[i].s[0] == '0')
				sl->lead0 = true;
			if (l > maxlen)
				maxlen = (uint32_t) l;
		}
	}
	/* the rare lengths */
	if (type == WM_WORD || type == WM_NUM)
	{
		uint32_t	cap = type == WM_NUM ? SM_WORDMODEL_MAX_DIGITS : SM_WORDMODEL_MAX_LETTERS;

		sl->nlens = (maxlen < cap ? maxlen : cap) + 1;
		sl->lens = sm_calloc(sl->nlens, sizeof(uint64_t));
		if (sl->lens == NULL)
			return false;
		for (size_t i = 0; i < nd; i++)
			if (o[i].count < (uint64_t) k)
			{
				size_t		l = type == WM_NUM ? o[i].len : utf8_chars(o[i].s, o[i].len);

				sl->lens[l < sl->nlens ? l : sl->nlens - 1] += o[i].count;
			}
	}

	/*
	 * kept forms, most frequent first; a common token that is also, as a
	 * whole, a rare value ("Love" in a column of titles) is not stored: the
	 * model holds no rare value
	 */
	for (size_t i = 0; i < nd; i++)
		if (o[i].count >= (uint64_t) k && o[i].target > 0 &&
			!is_rare_value(rv, o[i].s, o[i].len))
			o[nkept++] = o[i];
		else if (o[i].count >= (uint64_t) k)
			sl->rare += o[i].target;
	qsort(o, nkept, sizeof(occ), cmp_occ_count);
	if (nkept > SM_WORDMODEL_MAX_FORMS)
	{
		for (size_t i = SM_WORDMODEL_MAX_FORMS; i < nkept; i++)
			sl->rare += o[i].target;
		nkept = SM_WORDMODEL_MAX_FORMS;
	}
	sl->forms = sm_calloc(nkept ? nkept : 1, sizeof(char *));
	sl->flens = sm_calloc(nkept ? nkept : 1, sizeof(size_t));
	sl->counts = sm_calloc(nkept ? nkept : 1, sizeof(uint64_t));
	if (!sl->forms || !sl->flens || !sl->counts)
		return false;
	for (size_t i = 0; i < nkept; i++)
	{
		sl->forms[i] = sm_strndup(o[i].s, o[i].len);
		if (sl->forms[i] == NULL)
			return false;
		sl->flens[i] = o[i].len;
		sl->counts[i] = o[i].target;
		sl->nforms = (uint32_t) i + 1;
	}
	/* the class of replacement words: a fifth of the occurrences */
	if (type == WM_WORD)
	{
		uint64_t	best = 0;
		int			bc = -1;

		for (int c = 0; c < SM_VOCAB_NCLASSES; c++)
			if (hits[c] > best)
			{
				best = hits[c];
				bc = c;
			}
		/* the column's name hint wins when it fits half as well */
		if (hint < SM_VOCAB_NCLASSES && hits[hint] * 2 >= best && hits[hint] > 0)
			bc = (int) hint;
		(void) all;
		/* a class that explains a tenth of the occurrences */
		if (bc >= 0 && best * 10 >= all)
			sl->vclass = (sm_vocab_id) bc;
		else if (hint < SM_VOCAB_NCLASSES)
			sl->vclass = hint;
		else if (sl->nforms == 0)
			sl->vclass = SM_VOCAB_WORD;
		{
			uint64_t	cb = 0;

			for (int c = 0; c < 4; c++)
				if (casecnt[c] > cb)
				{
					cb = casecnt[c];
					sl->kase = (wm_case) c;
				}
		}
	}
	else if (type == WM_DOMAIN && sl->nforms == 0)
		sl->vclass = SM_VOCAB_DOMAIN;	/* no common domain: public providers */
	return true;
}

/* A template while fitting: its key and the values that have it. */
typedef struct tmpl_ent
{
	char	   *key;
	size_t		keylen;
	size_t		value;			/* index into the values */
} tmpl_ent;

/* qsort order of template entries: key bytes, then value. */
static int
cmp_tmpl(const void *a, const void *b)
{
	const tmpl_ent *x = a;
	const tmpl_ent *y = b;
	size_t		l = x->keylen < y->keylen ? x->keylen : y->keylen;
	int			c = memcmp(x->key, y->key, l);

	if (c != 0)
		return c;
	if (x->keylen != y->keylen)
		return (x->keylen > y->keylen) - (x->keylen < y->keylen);
	return (x->value > y->value) - (x->value < y->value);
}

/* The key of a token sequence: types, separators written out. */
static char *
tmpl_key(const wm_tok *t, int n, size_t *keylen)
{
	sm_buf		b;

	sm_buf_init(&b);
	for (int i = 0; i < n; i++)
	{
		sm_buf_putc(&b, (char) ('0' + t[i].type));
		/* numbers of different lengths are different layouts */
		if (t[i].type == WM_NUM)
			sm_buf_putc(&b, (char) ('A' + (t[i].len < 40 ? t[i].len : 40)));
		if (t[i].type == WM_SEP)
		{
			sm_buf_append(&b, t[i].s, t[i].len);
			sm_buf_putc(&b, '\0');
		}
	}
	sm_buf_putc(&b, '\0');
	if (b.oom)
	{
		sm_buf_free(&b);
		return NULL;
	}
	*keylen = b.len;
	return b.data;
}

/* A range of template entries of one key: kept templates while fitting. */
typedef struct tgroup
{
	size_t		from;
	size_t		to;
	uint64_t	count;
	uint64_t	target;
} tgroup;

/* qsort order of template groups: most targets first, then count. */
static int
cmp_tgroup(const void *a, const void *b)
{
	const tgroup *x = a;
	const tgroup *y = b;

	if (x->target != y->target)
		return (x->target < y->target) - (x->target > y->target);
	if (x->count != y->count)
		return (x->count < y->count) - (x->count > y->count);
	return (x->from > y->from) - (x->from < y->from);
}

/* Fill template t from the values of entries [g->from, g->to). */
static bool
fit_template(wm_tmpl *t, const tgroup *g, const tmpl_ent *e,
			 const sm_wm_value *v, int k, occ *scratch, wm_tok *tok,
			 sm_vocab_id hint, const gcounts *gc)
{
	int			nt = tokenize(v[e[g->from].value].s, v[e[g->from].value].len, tok);

	t->weight = g->target;
	t->slots = sm_calloc(nt > 0 ? (size_t) nt : 1, sizeof(wm_slot));
	if (t->slots == NULL)
		return false;
	t->nslots = (uint32_t) nt;
	for (int p = 0; p < nt; p++)
	{
		size_t		no = 0;

		if (tok[p].type == WM_SEP)
		{
			t->slots[p].type = WM_SEP;
			t->slots[p].vclass = SM_VOCAB_NONE;
			t->slots[p].text = sm_strndup(tok[p].s, tok[p].len);
			t->slots[p].textlen = tok[p].len;
			if (t->slots[p].text == NULL)
				return false;
			continue;
		}
		for (size_t i = g->from; i < g->to; i++)
		{
			wm_tok		tt[MAX_TOK];
			const sm_wm_value *x = &v[e[i].value];

			tokenize(x->s, x->len, tt);
			scratch[no].s = tt[p].s;
			scratch[no].len = tt[p].len;
			scratch[no].count = x->count;
			scratch[no].target = x->target;
			no++;
		}
		if (!build_slot(&t->slots[p], tok[p].type, scratch, no, k, hint, gc, gc))
			return false;
	}

	/*
	 * the local part of an e-mail address is made of names: its word slots
	 * that no vocabulary explains take first names, then last names
	 */
	if (nt > 0 && tok[nt - 1].type == WM_DOMAIN)
	{
		int			words = 0;

		for (int p = 0; p < nt - 1; p++)
			if (t->slots[p].type == WM_WORD &&
				(t->slots[p].vclass == SM_VOCAB_WORD ||
				 (t->slots[p].vclass == SM_VOCAB_NONE && t->slots[p].nforms == 0)))
			{
				t->slots[p].vclass = words++ == 0 ? SM_VOCAB_FIRST_NAME : SM_VOCAB_LAST_NAME;
				if (t->slots[p].kase == WM_CASE_ASIS)
					t->slots[p].kase = WM_CASE_LOWER;
			}
	}
	return true;
}

/* Free mode: word counts, first and other words. */
static bool
fit_free(sm_wordmodel *m, const sm_wm_value *v, size_t n, int k,
		 sm_vocab_id hint, const gcounts *rv)
{
	size_t		nfirst = 0,
				nrest = 0,
				cap = 0;
	occ		   *of = NULL,
			   *orest = NULL;
	wm_tok	   *tok = sm_calloc(SM_WORDMODEL_MAX_WORDS, sizeof(wm_tok));
	bool		ok = false;

	m->free_mode = true;
	if (tok == NULL)
		return false;
	for (size_t i = 0; i < n; i++)
	{
		int			w = split_words(v[i].s, v[i].len, tok, SM_WORDMODEL_MAX_WORDS);

		cap += (size_t) (w < SM_WORDMODEL_MAX_WORDS ? w : SM_WORDMODEL_MAX_WORDS);
	}
	m->nwc = SM_WORDMODEL_MAX_WORDS + 1;
	m->wc = sm_calloc(m->nwc, sizeof(uint64_t));
	of = sm_calloc(n ? n : 1, sizeof(occ));
	orest = sm_calloc(cap ? cap : 1, sizeof(occ));
	if (!m->wc || !of || !orest)
		goto done;
	for (size_t i = 0; i < n; i++)
	{
		int			w = split_words(v[i].s, v[i].len, tok, SM_WORDMODEL_MAX_WORDS);

		if (w > SM_WORDMODEL_MAX_WORDS)
			w = SM_WORDMODEL_MAX_WORDS;
		m->wc[w] += v[i].target;
		for (int j = 0; j < w; j++)
		{
			occ		   *o = j == 0 ? &of[nfirst++] : &orest[nrest++];

			o->s = tok[j].s;
			o->len = tok[j].len;
			o->count = v[i].count;
			o->target = v[i].target;
		}
	}
	/* trim the word-count histogram */
	while (m->nwc > 1 && m->wc[m->nwc - 1] == 0)
		m->nwc--;
	ok = build_slot(&m->first, WM_WORD, of, nfirst, k, hint, NULL, rv) &&
		build_slot(&m->rest, WM_WORD, orest, nrest, k, hint, NULL, rv);
	/* the other words' replacements are common words unless a class fits */
	if (ok && m->rest.vclass == SM_VOCAB_NONE && m->rest.rare > 0)
		m->rest.vclass = SM_VOCAB_WORD;
	if (ok && m->first.vclass == SM_VOCAB_NONE && m->first.rare > 0)
		m->first.vclass = m->rest.vclass;
done:
	sm_free(tok);
	sm_free(of);
	sm_free(orest);
	return ok;
}

/* A token with its type, for sorting the column-wide counts. */
typedef struct typed_occ
{
	occ			o;
	wm_type		type;
} typed_occ;

/* qsort order of typed tokens: type, then bytes. */
static int
cmp_typed(const void *a, const void *b)
{
	const typed_occ *x = a;
	const typed_occ *y = b;

	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	return cmp_occ(&x->o, &y->o);
}

/* Count every token of every value, by type and bytes. */
static bool
build_gcounts(gcounts *gc, const sm_wm_value *v, size_t n)
{
	size_t		total = 0,
				nd = 0;
	typed_occ  *t;
	wm_tok		tok[MAX_TOK];

	for (size_t i = 0; i < n; i++)
	{
		int			nt = tokenize(v[i].s, v[i].len, tok);

		total += nt > 0 ? (size_t) nt : 0;
	}
	t = sm_calloc(total ? total : 1, sizeof(typed_occ));
	gc->o = sm_calloc(total ? total : 1, sizeof(occ));
	gc->type = sm_calloc(total ? total : 1, sizeof(wm_type));
	if (!t || !gc->o || !gc->type)
	{
		sm_free(t);
		return false;
	}
	total = 0;
	for (size_t i = 0; i < n; i++)
	{
		int			nt = tokenize(v[i].s, v[i].len, tok);

		for (int j = 0; j < nt; j++)
			if (tok[j].type != WM_SEP)
			{
				t[total].o.s = tok[j].s;
				t[total].o.len = tok[j].len;
				t[total].o.count = v[i].count;
				t[total].type = tok[j].type;
				total++;
			}
	}
	qsort(t, total, sizeof(typed_occ), cmp_typed);
	for (size_t i = 0; i < total; i++)
	{
		if (nd > 0 && gc->type[nd - 1] == t[i].type && cmp_occ(&gc->o[nd - 1], &t[i].o) == 0)
			gc->o[nd - 1].count += t[i].o.count;
		else
		{
			gc->o[nd] = t[i].o;
			gc->type[nd] = t[i].type;
			nd++;
		}
	}
	gc->n = nd;
	sm_free(t);
	return true;
}

/* Fit a model on distinct values (see wordmodel.h). */
sm_wordmodel *
sm_wordmodel_fit(const sm_wm_value *v, size_t n, int k, int max_length,
				 const char *name, sm_error *err)
{
	sm_vocab_id hint = sm_vocab_hint(name);
	sm_wordmodel *m;
	tmpl_ent   *e = NULL;
	tgroup	   *g = NULL;
	occ		   *scratch = NULL;
	size_t		ne = 0,
				ng = 0,
				nkeep = 0;
	uint64_t	alltarget = 0,
				covered = 0;
	wm_tok		tok[MAX_TOK];
	gcounts		gc = {NULL, NULL, 0, NULL, 0};

	if (n == 0)
	{
		sm_error_set(err, SM_EINVAL, NULL, "a word model needs at least one value");
		return NULL;
	}
	if (k < 1)
		k = 1;
	m = sm_calloc(1, sizeof(sm_wordmodel));
	e = sm_calloc(n, sizeof(tmpl_ent));
	g = sm_calloc(n, sizeof(tgroup));
	scratch = sm_calloc(n, sizeof(occ));
	if (!m || !e || !g || !scratch)
		goto oom;
	m->max_length = max_length;
	/* the rare whole values, which no stored form may equal */
	gc.rare = sm_calloc(n, sizeof(occ));
	if (gc.rare == NULL)
		goto oom;
	for (size_t i = 0; i < n; i++)
		if (v[i].count < (uint64_t) k)
		{
			gc.rare[gc.nrare].s = v[i].s;
			gc.rare[gc.nrare].len = v[i].len;
			gc.nrare++;
		}
	qsort(gc.rare, gc.nrare, sizeof(occ), cmp_occ);
	for (size_t i = 0; i < n; i++)
	{
		int			nt = tokenize(v[i].s, v[i].len, tok);

		alltarget += v[i].target;
		if (nt < 0)
			continue;
		e[ne].key = tmpl_key(tok, nt, &e[ne].keylen);
		if (e[ne].key == NULL)
			goto oom;
		e[ne].value = i;
		ne++;
	}
	qsort(e, ne, sizeof(tmpl_ent), cmp_tmpl);
	for (size_t i = 0; i < ne;)
	{
		size_t		j = i;

		g[ng].from = i;
		while (j < ne && e[j].keylen == e[i].keylen &&
			   memcmp(e[j].key, e[i].key, e[i].keylen) == 0)
		{
			g[ng].count += v[e[j].value].count;
			g[ng].target += v[e[j].value].target;
			j++;
		}
		g[ng].to = j;
		ng++;
		i = j;
	}
	qsort(g, ng, sizeof(tgroup), cmp_tgroup);
	for (size_t i = 0; i < ng && nkeep < SM_WORDMODEL_MAX_TEMPLATES; i++)
		if (g[i].count >= (uint64_t) k && g[i].target > 0)
		{
			g[nkeep++] = g[i];
			covered += g[i].target;
		}
	if (alltarget == 0 || nkeep == 0 || covered * 2 < alltarget)
	{
		if (!fit_free(m, v, n, k, hint, &gc))
			goto oom;
	}
	else
	{
		if (!build_gcounts(&gc, v, n))
			goto oom;
		m->tmpl = sm_calloc(nkeep, sizeof(wm_tmpl));
		if (m->tmpl == NULL)
			goto oom;
		for (size_t i = 0; i < nkeep; i++)
		{
			m->ntmpl = (uint32_t) i + 1;
			if (!fit_template(&m->tmpl[i], &g[i], e, v, k, scratch, tok, hint, &gc))
				goto oom;
		}
	}
	if (!wm_prepare(m))
		goto oom;
	sm_free(gc.o);
	sm_free(gc.type);
	sm_free(gc.rare);
	for (size_t i = 0; i < ne; i++)
		sm_free(e[i].key);
	sm_free(e);
	sm_free(g);
	sm_free(scratch);
	return m;
oom:
	sm_free(gc.o);
	sm_free(gc.type);
	sm_free(gc.rare);
	if (e)
		for (size_t i = 0; i < ne; i++)
			sm_free(e[i].key);
	sm_free(e);
	sm_free(g);
	sm_free(scratch);
	sm_wordmodel_free(m);
	sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	return NULL;
}

/* ---------------------------------------------------------------------
 * Derived tables, freeing
 * --------------------------------------------------------------------- */

/* Running sums of n counts into a new array; total in *tot. */
static uint64_t *
running(const uint64_t *c, size_t n, uint64_t *tot)
{
	uint64_t   *cum = sm_calloc(n ? n : 1, sizeof(uint64_t));
	uint64_t	s = 0;

	if (cum == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++)
	{
		s += c[i];
		cum[i] = s;
	}
	*tot = s;
	return cum;
}

/* Derived tables of one slot. */
static bool
prepare_slot(wm_slot *s)
{
	uint64_t	ft = 0;

	if (s->type == WM_SEP)
		return true;
	sm_free(s->cum);
	sm_free(s->lcum);
	s->cum = running(s->counts, s->nforms, &ft);
	s->lcum = running(s->lens, s->nlens, &s->ltotal);
	s->total = ft + s->rare;
	return s->cum != NULL && s->lcum != NULL;
}

/* Derived tables of a model (after fitting or reading). */
bool
wm_prepare(sm_wordmodel *m)
{
	uint64_t   *w;

	if (!m->free_mode)
	{
		w = sm_calloc(m->ntmpl ? m->ntmpl : 1, sizeof(uint64_t));
		if (w == NULL)
			return false;
		for (uint32_t i = 0; i < m->ntmpl; i++)
		{
			w[i] = m->tmpl[i].weight;
			for (uint32_t j = 0; j < m->tmpl[i].nslots; j++)
				if (!prepare_slot(&m->tmpl[i].slots[j]))
				{
					sm_free(w);
					return false;
				}
		}
		sm_free(m->tcum);
		m->tcum = running(w, m->ntmpl, &m->ttotal);
		sm_free(w);
		return m->tcum != NULL;
	}
	sm_free(m->wccum);
	m->wccum = running(m->wc, m->nwc, &m->wctotal);
	return m->wccum != NULL && prepare_slot(&m->first) && prepare_slot(&m->rest);
}

/* Release one slot. */
void
wm_slot_free(wm_slot *s)
{
	for (uint32_t i = 0; s->forms && i < s->nforms; i++)
		sm_free(s->forms[i]);
	sm_free(s->forms);
	sm_free(s->flens);
	sm_free(s->counts);
	sm_free(s->cum);
	sm_free(s->lens);
	sm_free(s->lcum);
	sm_free(s->text);
	memset(s, 0, sizeof(*s));
}

/* Release a model. */
void
sm_wordmodel_free(sm_wordmodel *m)
{
	if (m == NULL)
		return;
	for (uint32_t i = 0; m->tmpl && i < m->ntmpl; i++)
	{
		for (uint32_t j = 0; m->tmpl[i].slots && j < m->tmpl[i].nslots; j++)
			wm_slot_free(&m->tmpl[i].slots[j]);
		sm_free(m->tmpl[i].slots);
	}
	sm_free(m->tmpl);
	sm_free(m->tcum);
	sm_free(m->wc);
	sm_free(m->wccum);
	wm_slot_free(&m->first);
	wm_slot_free(&m->rest);
	sm_free(m);
}

/* "template" or "free". */
const char *
sm_wordmodel_mode(const sm_wordmodel *m)
{
	return m->free_mode ? "free" : "template";
}

/* Number of templates (0 in free mode). */
size_t
sm_wordmodel_templates(const sm_wordmodel *m)
{
	return m->free_mode ? 0 : m->ntmpl;
}

/* ---------------------------------------------------------------------
 * Sampling
 * --------------------------------------------------------------------- */

/* Index of the first running sum above u (u < last sum). */
static size_t
pick(const uint64_t *cum, size_t n, uint64_t u)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (cum[mid] > u)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo < n ? lo : n - 1;
}

/* Append a vocabulary word in the slot's case. */
static bool
put_cased(sm_buf *out, const char *w, wm_case kase)
{
	size_t		len = strlen(w);

	if (kase == WM_CASE_ASIS)
		return sm_buf_append(out, w, len);
	for (size_t i = 0; i < len; i++)
	{
		char		c = w[i];
		bool		up = kase == WM_CASE_UPPER || (kase == WM_CASE_CAP && i == 0);

		if (up && c >= 'a' && c <= 'z')
			c = (char) (c - 'a' + 'A');
		else if (!up && c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (!sm_buf_putc(out, c))
			return false;
	}
	return true;
}

/* A replacement for a rare form. */
static bool
replacement(const wm_slot *s, sm_rng *r, sm_buf *out)
{
	if (s->type == WM_NUM)
	{
		size_t		l = s->ltotal > 0 ? pick(s->lcum, s->nlens, sm_rng_below(r, s->ltotal)) : 4;

		for (size_t i = 0; i < l; i++)
		{
			char		d = (char) ('0' + sm_rng_below(r, 10));

			if (i == 0 && !s->lead0 && l > 1)
				d = (char) ('1' + sm_rng_below(r, 9));
			if (!sm_buf_putc(out, d))
				return false;
		}
		return true;
	}
	if (s->vclass != SM_VOCAB_NONE)
	{
		size_t		nw;
		const char *const *w = sm_vocab_words(s->vclass, &nw);
		size_t		lo = SIZE_MAX,
					hi = 0;

		/* a word within the rare forms' lengths, if one comes soon */
		for (uint32_t i = 0; i < s->nlens; i++)
			if (s->lens[i] > 0)
			{
				lo = i < lo ? i : lo;
				hi = i;
			}
		/* short codes ("T2P", "SP"): letters, not words */
		if (s->type == WM_WORD && lo != SIZE_MAX &&
			(s->kase == WM_CASE_UPPER || s->kase == WM_CASE_CAP))
		{
			uint64_t	shortc = 0;

			for (uint32_t i = 0; i < s->nlens && i <= 3; i++)
				shortc += s->lens[i];
			if (shortc * 5 >= s->ltotal * 4)
				nw = 0;
		}

		/*
		 * a word of letters only (a slot of a template is one token: no space
		 * or hyphen), within the rare forms' lengths if one comes soon
		 */
		for (int a = 0; nw > 0 && a < 16; a++)
		{
			const char *x = w[sm_rng_below(r, nw)];
			size_t		l = utf8_chars(x, strlen(x));
			bool		letters = true;

			for (const char *c = x; *c && s->type == WM_WORD; c++)
				letters = letters && byte_class((unsigned char) *c) == 1;
			if (s->type == WM_DOMAIN ||
				(letters && (lo == SIZE_MAX || (l >= lo && l <= hi + 2) || a >= 12)))
				return put_cased(out, x, s->type == WM_DOMAIN ? WM_CASE_ASIS : s->kase);
		}
	}
	if (s->nforms > 0)
	{
		size_t		f = pick(s->cum, s->nforms, sm_rng_below(r, s->cum[s->nforms - 1]));

		return sm_buf_append(out, s->forms[f], s->flens[f]);
	}
	/* nothing known: letters of a rare length */
	{
		size_t		l = s->ltotal > 0 ? pick(s->lcum, s->nlens, sm_rng_below(r, s->ltotal)) : 6;

		if (l == 0)
			l = 1;
		for (size_t i = 0; i < l; i++)
			if (!sm_buf_putc(out, (char) ((s->kase == WM_CASE_UPPER || (s->kase == WM_CASE_CAP && i == 0) ? 'A' : 'a') +
										  sm_rng_below(r, 26))))
				return false;
		return true;
	}
}

/* One token of a slot. */
static bool
sample_slot(const wm_slot *s, sm_rng *r, sm_buf *out)
{
	uint64_t	u;

	if (s->type == WM_SEP)
		return sm_buf_append(out, s->text, s->textlen);
	if (s->total == 0)
		return replacement(s, r, out);
	u = sm_rng_below(r, s->total);
	if (s->nforms > 0 && u < s->cum[s->nforms - 1])
	{
		size_t		f = pick(s->cum, s->nforms, u);

		return sm_buf_append(out, s->forms[f], s->flens[f]);
	}
	return replacement(s, r, out);
}

/* One value, without the length limit. */
static bool
sample_once(const sm_wordmodel *m, sm_rng *r, sm_buf *out)
{
	if (!m->free_mode)
	{
		const wm_tmpl *t;

		if (m->ttotal == 0)
			return sm_buf_append(out, "", 0);
		t = &m->tmpl[pick(m->tcum, m->ntmpl, sm_rng_below(r, m->ttotal))];
		for (uint32_t j = 0; j < t->nslots; j++)
			if (!sample_slot(&t->slots[j], r, out))
				return false;
		return true;
	}
	else
	{
		size_t		nw = m->wctotal > 0 ?
		pick(m->wccum, m->nwc, sm_rng_below(r, m->wctotal)) : 1;

		if (!sm_buf_append(out, "", 0))
			return false;
		for (size_t w = 0; w < nw; w++)
		{
			if (w > 0 && !sm_buf_putc(out, ' '))
				return false;
			if (!sample_slot(w == 0 ? &m->first : &m->rest, r, out))
				return false;
		}
		return true;
	}
}

/* Append one value within the length limit. */
bool
sm_wordmodel_sample(const sm_wordmodel *m, sm_rng *r, sm_buf *out)
{
	size_t		start = out->len;
	size_t		chars = 0,
				lim,
				cut;

	if (!sm_buf_append(out, "", 0))
		return false;			/* data is never NULL below */
	for (int a = 0; a < SM_WORDMODEL_ATTEMPTS; a++)
	{
		out->len = start;
		if (!sample_once(m, r, out))
			return false;
		if (m->max_length < 0 ||
			utf8_chars(out->data + start, out->len - start) <= (size_t) m->max_length)
			return true;
	}
	/* still too long: cut at the last space that fits, else at a character */
	lim = out->len;
	for (size_t i = start; i < out->len; i++)
		if (((unsigned char) out->data[i] & 0xC0) != 0x80)
		{
			if (chars == (size_t) m->max_length)
			{
				lim = i;
				break;
			}
			chars++;
		}
	cut = lim;
	if (lim < out->len)
		for (size_t i = lim; i > start + 1; i--)
			if (out->data[i - 1] == ' ')
			{
				cut = i - 1;
				break;
			}
	out->len = cut;
	out->data[cut] = '\0';
	return true;
}

/* ---------------------------------------------------------------------
 * The pattern of unique columns
 * --------------------------------------------------------------------- */

/* Append s as regex literals. */
static void
put_literal(sm_buf *b, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
						  (c >= '0' && c <= '9') || c == ' '))
			sm_buf_putc(b, '\\');
		sm_buf_putc(b, (char) c);
	}
}

/* Append {lo,hi} (nothing for {1}). */
static void
put_rep(sm_buf *b, size_t lo, size_t hi)
{
	if (hi > 255)
		hi = 255;
	if (lo > hi)
		lo = hi;
	if (lo == 1 && hi == 1)
		return;
	if (lo == hi)
		sm_buf_printf(b, "{%zu}", lo);
	else
		sm_buf_printf(b, "{%zu,%zu}", lo, hi);
}

/* Shortest and longest length of a slot's forms and rare lengths. */
static void
slot_range(const wm_slot *s, size_t *lo, size_t *hi)
{
	*lo = SIZE_MAX;
	*hi = 0;
	for (uint32_t i = 0; i < s->nlens; i++)
		if (s->lens[i] > 0)
		{
			*lo = i < *lo ? i : *lo;
			*hi = i > *hi ? i : *hi;
		}
	for (uint32_t i = 0; i < s->nforms; i++)
	{
		size_t		l = utf8_chars(s->forms[i], s->flens[i]);

		*lo = l < *lo ? l : *lo;
		*hi = l > *hi ? l : *hi;
	}
	if (*lo == SIZE_MAX || *lo == 0)
		*lo = 1;
	if (*hi < *lo)
		*hi = *lo;
}

/* The pattern of the most frequent template (see wordmodel.h). */
char *
sm_wordmodel_unique_pattern(const sm_wordmodel *m, bool *oom)
{
	const wm_tmpl *t;
	sm_buf		b;

	*oom = false;
	if (m->free_mode || m->ntmpl == 0)
		return NULL;
	t = &m->tmpl[0];
	sm_buf_init(&b);
	for (uint32_t j = 0; j < t->nslots; j++)
	{
		const wm_slot *s = &t->slots[j];
		size_t		lo,
					hi;

		if (s->type == WM_SEP)
		{
			put_literal(&b, s->text, s->textlen);
			continue;
		}
		/* frequent forms that carry nine tenths of the slot: constants */
		if (s->nforms > 0 && s->nforms <= 32 &&
			s->cum[s->nforms - 1] * 10 >= s->total * 9)
		{
			sm_buf_putc(&b, '(');
			for (uint32_t i = 0; i < s->nforms; i++)
			{
				if (i > 0)
					sm_buf_putc(&b, '|');
				put_literal(&b, s->forms[i], s->flens[i]);
			}
			sm_buf_putc(&b, ')');
			continue;
		}
		if (s->type == WM_DOMAIN)
		{
			size_t		nw;
			const char *const *w = sm_vocab_words(SM_VOCAB_DOMAIN, &nw);

			sm_buf_putc(&b, '(');
			for (size_t i = 0; i < nw; i++)
			{
				if (i > 0)
					sm_buf_putc(&b, '|');
				put_literal(&b, w[i], strlen(w[i]));
			}
			sm_buf_putc(&b, ')');
			continue;
		}
		slot_range(s, &lo, &hi);
		if (s->type == WM_NUM)
		{
			sm_buf_puts(&b, "[0-9]");
			put_rep(&b, lo, hi);
		}
		else if (s->kase == WM_CASE_UPPER)
		{
			sm_buf_puts(&b, "[A-Z]");
			put_rep(&b, lo, hi);
		}
		else if (s->kase == WM_CASE_CAP)
		{
			sm_buf_puts(&b, "[A-Z]");
			if (hi > 1)
			{
				sm_buf_puts(&b, "[a-z]");
				put_rep(&b, lo > 1 ? lo - 1 : 1, hi - 1);
			}
		}
		else
		{
			sm_buf_puts(&b, "[a-z]");
			put_rep(&b, lo, hi);
		}
	}
	sm_buf_putc(&b, '\0');
	if (b.oom)
	{
		sm_buf_free(&b);
		*oom = true;
		return NULL;
	}
	return b.data;
}
