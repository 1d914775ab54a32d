/*
 * wordmodel_json.c
 *	  JSON encoding and validating decoder of the token-template and word
 *	  model (layout in wordmodel.h and docs/model-format.md).
 */
#include "wordmodel_int.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* Largest count accepted (sums of 4097 of them stay below 2^64). */
#define MAX_WM_COUNT	281474976710656.0	/* 2^48 */

/* ---------------------------------------------------------------------
 * Writing
 * --------------------------------------------------------------------- */

static const char *const type_names[] = {"sep", "word", "num", "domain"};

/* Append an array of counts. */
static bool
put_counts(sm_buf *b, const uint64_t *c, size_t n)
{
	bool		ok = sm_buf_putc(b, '[');

	for (size_t i = 0; ok && i < n; i++)
		ok = (i == 0 || sm_buf_putc(b, ',')) && sm_buf_printf(b, "%" PRIu64, c[i]);
	return ok && sm_buf_putc(b, ']');
}

/* Append one slot object. */
static bool
put_slot(sm_buf *b, const wm_slot *s)
{
	bool		ok;

	ok = sm_buf_printf(b, "{\"type\":\"%s\"", type_names[s->type]);
	if (s->type == WM_SEP)
		return ok && sm_buf_puts(b, ",\"text\":") &&
			sm_json_write_string(b, s->text, s->textlen) && sm_buf_putc(b, '}');
	ok = ok && sm_buf_puts(b, ",\"forms\":[");
	for (uint32_t i = 0; ok && i < s->nforms; i++)
		ok = (i == 0 || sm_buf_putc(b, ',')) &&
			sm_json_write_string(b, s->forms[i], s->flens[i]);
	ok = ok && sm_buf_puts(b, "],\"counts\":") && put_counts(b, s->counts, s->nforms) &&
		sm_buf_printf(b, ",\"rare\":%" PRIu64 ",\"class\":\"%s\",\"case\":%d,\"lens\":",
					  s->rare, sm_vocab_name(s->vclass), (int) s->kase) &&
		put_counts(b, s->lens, s->nlens) &&
		sm_buf_printf(b, ",\"lead0\":%s}", s->lead0 ? "true" : "false");
	return ok;
}

/* Append the model as a JSON object. */
bool
sm_wordmodel_write_json(const sm_wordmodel *m, sm_buf *b)
{
	bool		ok = sm_buf_printf(b, "{\"format\":\"%s\",\"version\":1,\"mode\":\"%s\",\"max_length\":%d",
								   WM_FORMAT, m->free_mode ? "free" : "template", m->max_length);

	if (!m->free_mode)
	{
		ok = ok && sm_buf_puts(b, ",\"templates\":[");
		for (uint32_t i = 0; ok && i < m->ntmpl; i++)
		{
			ok = (i == 0 || sm_buf_putc(b, ',')) &&
				sm_buf_printf(b, "{\"weight\":%" PRIu64 ",\"slots\":[", m->tmpl[i].weight);
			for (uint32_t j = 0; ok && j < m->tmpl[i].nslots; j++)
				ok = (j == 0 || sm_buf_putc(b, ',')) && put_slot(b, &m->tmpl[i].slots[j]);
			ok = ok && sm_buf_puts(b, "]}");
		}
		ok = ok && sm_buf_putc(b, ']');
	}
	else
		ok = ok && sm_buf_puts(b, ",\"words\":") && put_counts(b, m->wc, m->nwc) &&
			sm_buf_puts(b, ",\"first\":") && put_slot(b, &m->first) &&
			sm_buf_puts(b, ",\"rest\":") && put_slot(b, &m->rest);
	return ok && sm_buf_putc(b, '}');
}

/* ---------------------------------------------------------------------
 * Reading
 * --------------------------------------------------------------------- */

/* Set an SM_EINVAL error at path. */
static bool
bad(sm_error *err, const char *path, const char *msg)
{
	return sm_error_set(err, SM_EINVAL, path, "invalid word model: %s", msg);
}

/* A member of an object with the given type (NULL if absent). */
static const sm_json *
member(const sm_json *o, const char *key, sm_jtype type, bool required,
	   const char *path, sm_error *err, bool *ok)
{
	const sm_json *v = sm_json_get(o, key);
	char		p[256];

	*ok = true;
	sm_json_path_key(p, sizeof(p), path, key, strlen(key));
	if (v == NULL)
	{
		if (required)
			*ok = bad(err, p, "member missing");
		return NULL;
	}
	if (v->type != type && !(type == SM_JTRUE && v->type == SM_JFALSE))
	{
		*ok = bad(err, p, "wrong type");
		return NULL;
	}
	return v;
}

/* A count: an integer in [0, 2^48]. */
static bool
get_count(const sm_json *v, const char *path, uint64_t *out, sm_error *err)
{
	if (v->type != SM_JNUMBER || !(v->num >= 0.0) || v->num > MAX_WM_COUNT ||
		floor(v->num) != v->num)
		return bad(err, path, "must be an integer between 0 and 2^48");
	*out = (uint64_t) v->num;
	return true;
}

/* An array of at most max counts into a new array. */
static bool
get_counts(const sm_json *a, const char *path, size_t max, uint64_t **out,
		   uint32_t *n, sm_error *err)
{
	char		p[256];

	if (a->n > max)
		return bad(err, path, "too many entries");
	*out = sm_calloc(a->n ? a->n : 1, sizeof(uint64_t));
	if (*out == NULL)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	*n = (uint32_t) a->n;
	for (size_t i = 0; i < a->n; i++)
	{
		sm_json_path_index(p, sizeof(p), path, i);
		if (!get_count(a->items[i], p, &(*out)[i], err))
			return false;
	}
	return true;
}

/* One slot object. */
static bool
read_slot(wm_slot *s, const sm_json *j, const char *path, sm_error *err)
{
	const sm_json *v,
			   *forms,
			   *counts;
	bool		ok;
	char		p[256];
	uint32_t	nc;

	memset(s, 0, sizeof(*s));
	s->vclass = SM_VOCAB_NONE;
	if (j->type != SM_JOBJECT)
		return bad(err, path, "a slot must be an object");
	v = member(j, "type", SM_JSTRING, true, path, err, &ok);
	if (!ok)
		return false;
	for (int t = 0; t < 4; t++)
		if (strcmp(v->str, type_names[t]) == 0)
			s->type = (wm_type) t;
	if (strcmp(v->str, type_names[s->type]) != 0)
		return bad(err, path, "unknown slot type");
	if (s->type == WM_SEP)
	{
		v = member(j, "text", SM_JSTRING, true, path, err, &ok);
		if (!ok)
			return false;
		if (v->len == 0 || v->len > 1000)
			return bad(err, path, "a separator has 1 to 1000 bytes");
		s->text = sm_strndup(v->str, v->len);
		s->textlen = v->len;
		return s->text != NULL || sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	}
	forms = member(j, "forms", SM_JARRAY, true, path, err, &ok);
	if (!ok)
		return false;
	counts = member(j, "counts", SM_JARRAY, true, path, err, &ok);
	if (!ok)
		return false;
	if (forms->n > SM_WORDMODEL_MAX_FORMS || counts->n != forms->n)
		return bad(err, path, "forms and counts must have the same length, at most 4096");
	s->forms = sm_calloc(forms->n ? forms->n : 1, sizeof(char *));
	s->flens = sm_calloc(forms->n ? forms->n : 1, sizeof(size_t));
	if (!s->forms || !s->flens)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	for (size_t i = 0; i < forms->n; i++)
	{
		sm_json_path_index(p, sizeof(p), path, i);
		if (forms->items[i]->type != SM_JSTRING || forms->items[i]->len > 1000)
			return bad(err, p, "a form is a string of at most 1000 bytes");
		s->forms[i] = sm_strndup(forms->items[i]->str, forms->items[i]->len);
		if (s->forms[i] == NULL)
			return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		s->flens[i] = forms->items[i]->len;
		s->nforms = (uint32_t) i + 1;
	}
	sm_json_path_key(p, sizeof(p), path, "counts", 6);
	if (!get_counts(counts, p, SM_WORDMODEL_MAX_FORMS, &s->counts, &nc, err))
		return false;
	v = member(j, "rare", SM_JNUMBER, true, path, err, &ok);
	if (!ok || !get_count(v, path, &s->rare, err))
		return false;
	v = member(j, "class", SM_JSTRING, true, path, err, &ok);
	if (!ok)
		return false;
	s->vclass = sm_vocab_by_name(v->str);
	if (s->vclass == SM_VOCAB_NONE && strcmp(v->str, "none") != 0)
		return bad(err, path, "unknown vocabulary class");
	v = member(j, "case", SM_JNUMBER, true, path, err, &ok);
	if (!ok)
		return false;
	if (!(v->num >= 0 && v->num <= 3) || floor(v->num) != v->num)
		return bad(err, path, "case must be 0..3");
	s->kase = (wm_case) (int) v->num;
	v = member(j, "lens", SM_JARRAY, true, path, err, &ok);
	if (!ok)
		return false;
	sm_json_path_key(p, sizeof(p), path, "lens", 4);
	if (!get_counts(v, p, (s->type == WM_NUM ? SM_WORDMODEL_MAX_DIGITS : SM_WORDMODEL_MAX_LETTERS) + 1,
					&s->lens, &s->nlens, err))
		return false;
	v = member(j, "lead0", SM_JTRUE, true, path, err, &ok);
	if (!ok)
		return false;
	s->lead0 = v->type == SM_JTRUE;
	return true;
}

/* Decode and validate a model. */
sm_wordmodel *
sm_wordmodel_from_json(const sm_json *j, sm_error *err)
{
	sm_wordmodel *m;
	const sm_json *v,
			   *mode;
	bool		ok;
	char		p[256];

	if (j == NULL || j->type != SM_JOBJECT)
	{
		bad(err, "", "must be an object");
		return NULL;
	}
	m = sm_calloc(1, sizeof(sm_wordmodel));
	if (m == NULL)
	{
		sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	v = member(j, "format", SM_JSTRING, true, "", err, &ok);
	if (!ok)
		goto fail;
	if (strcmp(v->str, WM_FORMAT) != 0)
	{
		bad(err, "format", "format must be \"" WM_FORMAT "\"");
		goto fail;
	}
	v = member(j, "version", SM_JNUMBER, true, "", err, &ok);
	if (!ok)
		goto fail;
	if (v->num != 1.0)
	{
		bad(err, "version", "version must be 1");
		goto fail;
	}
	v = member(j, "max_length", SM_JNUMBER, true, "", err, &ok);
	if (!ok)
		goto fail;
	if (!(v->num >= -1 && v->num <= 10485760) || floor(v->num) != v->num)
	{
		bad(err, "max_length", "max_length must be -1 or a length");
		goto fail;
	}
	m->max_length = (int) v->num;
	mode = member(j, "mode", SM_JSTRING, true, "", err, &ok);
	if (!ok)
		goto fail;
	if (strcmp(mode->str, "template") == 0)
	{
		v = member(j, "templates", SM_JARRAY, true, "", err, &ok);
		if (!ok)
			goto fail;
		if (v->n < 1 || v->n > SM_WORDMODEL_MAX_TEMPLATES)
		{
			bad(err, "templates", "1 to 64 templates");
			goto fail;
		}
		m->tmpl = sm_calloc(v->n, sizeof(wm_tmpl));
		if (m->tmpl == NULL)
			goto oom;
		for (size_t i = 0; i < v->n; i++)
		{
			const sm_json *t = v->items[i],
					   *w,
					   *sl;
			wm_tmpl    *tt = &m->tmpl[i];

			sm_json_path_index(p, sizeof(p), "templates", i);
			m->ntmpl = (uint32_t) i + 1;
			if (t->type != SM_JOBJECT)
			{
				bad(err, p, "a template must be an object");
				goto fail;
			}
			w = member(t, "weight", SM_JNUMBER, true, p, err, &ok);
			if (!ok || !get_count(w, p, &tt->weight, err))
				goto fail;
			sl = member(t, "slots", SM_JARRAY, true, p, err, &ok);
			if (!ok)
				goto fail;
			if (sl->n > SM_WORDMODEL_MAX_TOKENS)
			{
				bad(err, p, "a template has at most 32 slots");
				goto fail;
			}
			tt->slots = sm_calloc(sl->n ? sl->n : 1, sizeof(wm_slot));
			if (tt->slots == NULL)
				goto oom;
			for (size_t k = 0; k < sl->n; k++)
			{
				char		q[300];

				tt->nslots = (uint32_t) k + 1;
				snprintf(q, sizeof(q), "%s.slots[%zu]", p, k);
				if (!read_slot(&tt->slots[k], sl->items[k], q, err))
					goto fail;
			}
		}
	}
	else if (strcmp(mode->str, "free") == 0)
	{
		m->free_mode = true;
		v = member(j, "words", SM_JARRAY, true, "", err, &ok);
		if (!ok)
			goto fail;
		if (v->n < 1)
		{
			bad(err, "words", "at least one word count");
			goto fail;
		}
		if (!get_counts(v, "words", SM_WORDMODEL_MAX_WORDS + 1, &m->wc, &m->nwc, err))
			goto fail;
		v = member(j, "first", SM_JOBJECT, true, "", err, &ok);
		if (!ok || !read_slot(&m->first, v, "first", err))
			goto fail;
		v = member(j, "rest", SM_JOBJECT, true, "", err, &ok);
		if (!ok || !read_slot(&m->rest, v, "rest", err))
			goto fail;
		if (m->first.type != WM_WORD || m->rest.type != WM_WORD)
		{
			bad(err, "first", "free text slots are words");
			goto fail;
		}
	}
	else
	{
		bad(err, "mode", "mode must be \"template\" or \"free\"");
		goto fail;
	}
	if (!wm_prepare(m))
		goto oom;
	return m;
oom:
	sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
fail:
	sm_wordmodel_free(m);
	return NULL;
}
