/*
 * textmodel_read.c
 *	  The validating JSON reader of a text model (sm_textmodel_from_json).
 *
 * Every member is checked before it is used; the decoded model then goes
 * through the same derivation as a trained one (textmodel_finish.c).
 *
 * Not here: the writer (textmodel_write.c).
 */
#include "textmodel.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "textmodel_int.h"

/* ---------------------------------------------------------------------
 * JSON decoding
 * --------------------------------------------------------------------- */

/* A required member of the given type, or an error naming it. */
static const sm_json *
member(const sm_json *obj, const char *key, sm_jtype type, sm_error *err)
{
	const sm_json *v = sm_json_get(obj, key);

	if (v == NULL)
	{
		sm_error_set(err, SM_EINVAL, key, "missing required key \"%s\"", key);
		return NULL;
	}
	if (v->type != type)
	{
		sm_error_set(err, SM_EINVAL, key, "expected %s, found %s",
					 sm_json_type_phrase(type), sm_json_type_phrase(v->type));
		return NULL;
	}
	return v;
}

/* An integral JSON number in [lo, hi] (hi <= 2^53). */
static bool
json_uint(const sm_json *v, const char *path, uint64_t lo, uint64_t hi,
		  uint64_t *out, sm_error *err)
{
	if (v->type != SM_JNUMBER)
		return sm_error_set(err, SM_EINVAL, path,
							"expected an integer, found %s",
							sm_json_type_phrase(v->type));
	if (!(v->num >= (double) lo && v->num <= (double) hi) ||
		v->num != floor(v->num))
		return sm_error_set(err, SM_EINVAL, path,
							"expected an integer between %llu and %llu",
							(unsigned long long) lo, (unsigned long long) hi);
	*out = (uint64_t) v->num;
	return true;
}

/* A required integer member. */
static bool
member_uint(const sm_json *obj, const char *key, uint64_t lo, uint64_t hi,
			uint64_t *out, sm_error *err)
{
	const sm_json *v = member(obj, key, SM_JNUMBER, err);

	return v != NULL && json_uint(v, key, lo, hi, out, err);
}

/*
 * A required array of integers in [lo, hi]: its length must be want
 * (unless want is SIZE_MAX) and at most maxn.  Stores the elements into a
 * new 64-bit array if dst64 is given, else a 32-bit one (hi must fit).
 */
static bool
member_uint_array(const sm_json *obj, const char *key, size_t want,
				  size_t maxn, uint64_t lo, uint64_t hi,
				  uint32_t **dst32, uint64_t **dst64, size_t *n, sm_error *err)
{
	const sm_json *v = member(obj, key, SM_JARRAY, err);
	char		path[64];
	size_t		i;

	if (v == NULL)
		return false;
	if (v->n > maxn)
		return sm_error_set(err, SM_EINVAL, key,
							"array has too many elements (at most %zu)", maxn);
	if (want != SIZE_MAX && v->n != want)
		return sm_error_set(err, SM_EINVAL, key,
							"expected %zu elements, found %zu", want, v->n);
	if (dst64)
		*dst64 = sm_calloc(v->n ? v->n : 1, sizeof(uint64_t));
	else
		*dst32 = sm_calloc(v->n ? v->n : 1, sizeof(uint32_t));
	if (dst64 ? *dst64 == NULL : *dst32 == NULL)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	for (i = 0; i < v->n; i++)
	{
		uint64_t	x;

		sm_json_path_index(path, sizeof(path), key, i);
		if (!json_uint(v->items[i], path, lo, hi, &x, err))
			return false;
		if (dst64)
			(*dst64)[i] = x;
		else
			(*dst32)[i] = (uint32_t) x;
	}
	*n = v->n;
	return true;
}

/* Value of one base64 character, -1 if not one. */
static int
b64_value(char c)
{
	const char *p = (c != '\0') ? strchr(tm_b64chars, c) : NULL;

	return p ? (int) (p - tm_b64chars) : -1;
}

/* Decode the rare-value set: canonical base64 of nrare big-endian hashes. */
static bool
decode_rare(sm_textmodel *m, const sm_json *v, sm_error *err)
{
	size_t		bytes;
	size_t		nb = 0;
	size_t		i;
	int			pad = 0;

	if (v->len % 4 != 0)
		return sm_error_set(err, SM_EINVAL, "rare",
							"base64 length is not a multiple of 4");
	if (v->len >= 1 && v->str[v->len - 1] == '=')
		pad++;
	if (v->len >= 2 && v->str[v->len - 2] == '=')
		pad++;
	bytes = v->len / 4 * 3 - pad;
	if (bytes % 8 != 0 || bytes / 8 != m->nrare)
		return sm_error_set(err, SM_EINVAL, "rare",
							"expected %zu hashes of 8 bytes", m->nrare);
	m->rare = sm_calloc(m->nrare ? m->nrare : 1, sizeof(uint64_t));
	if (m->rare == NULL)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	for (i = 0; i < v->len; i += 4)
	{
		int			q[4];
		uint32_t	acc;
		int			j;
		int			nout;

		nout = (i + 4 == v->len) ? 3 - pad : 3;
		for (j = 0; j < 4; j++)
		{
			q[j] = (j >= nout + 1) ? 0 : b64_value(v->str[i + j]);
			if (q[j] < 0)
				return sm_error_set(err, SM_EINVAL, "rare",
									"invalid base64 character at offset %zu",
									i + j);
		}
		acc = ((uint32_t) q[0] << 18) | ((uint32_t) q[1] << 12) |
			((uint32_t) q[2] << 6) | (uint32_t) q[3];
		if ((nout == 1 && (acc & 0xFFFF) != 0) ||
			(nout == 2 && (acc & 0xFF) != 0))
			return sm_error_set(err, SM_EINVAL, "rare",
								"non-canonical base64 padding");
		for (j = 0; j < nout; j++, nb++)
			m->rare[nb / 8] = (m->rare[nb / 8] << 8) |
				((acc >> (16 - 8 * j)) & 0xFF);
	}
	return true;
}

/* Parse the alphabet string into ascending code points. */
static bool
decode_alphabet(sm_textmodel *m, const sm_json *v, sm_error *err)
{
	size_t		i = 0;
	uint32_t	n = 0;

	if (!sm_utf8_valid(v->str, v->len))
		return sm_error_set(err, SM_EINVAL, "alphabet", "invalid UTF-8");
	m->alpha = sm_calloc(v->len ? v->len : 1, sizeof(uint32_t));
	if (m->alpha == NULL)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	while (i < v->len)
	{
		uint32_t	cp;
		size_t		l = tm_utf8_decode((const unsigned char *) v->str + i,
									   v->len - i, &cp);

		if (l == 0)
			return sm_error_set(err, SM_EINVAL, "alphabet", "invalid UTF-8");
		m->alpha[n++] = cp;
		i += l;
	}
	m->nalpha = n;
	return true;
}

/* Decode and validate a stored text model. */
sm_textmodel *
sm_textmodel_from_json(const sm_json *v, sm_error *err)
{
	sm_textmodel *m;
	const sm_json *f;
	uint64_t	x;
	size_t		n;
	size_t		nctx;
	size_t		ntr;
	size_t		i;
	uint32_t   *kids = NULL;
	uint32_t   *csym = NULL;
	uint32_t   *ntrans = NULL;
	uint32_t   *next = NULL;
	uint64_t   *count = NULL;

	if (v == NULL || v->type != SM_JOBJECT)
	{
		sm_error_set(err, SM_EINVAL, "$", "text model must be a JSON object");
		return NULL;
	}
	m = sm_calloc(1, sizeof(sm_textmodel));
	if (m == NULL)
	{
		sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		return NULL;
	}
	f = member(v, "format", SM_JSTRING, err);
	if (f == NULL)
		goto fail;
	if (strcmp(f->str, FORMAT_NAME) != 0)
	{
		sm_error_set(err, SM_EINVAL, "format", "not a text model");
		goto fail;
	}
	if (!member_uint(v, "version", 1, 1, &x, err))
		goto fail;
	if (!member_uint(v, "order", 1, SM_TEXTMODEL_MAX_ORDER, &x, err))
		goto fail;
	m->order = (int) x;
	if (!member_uint(v, "min_count_verbatim", 1, SM_TEXTMODEL_MAX_K, &x, err))
		goto fail;
	m->k = (int) x;
	m->max_contexts = SM_TEXTMODEL_MAX_CONTEXTS;
	f = member(v, "hash_key", SM_JSTRING, err);
	if (f == NULL)
		goto fail;
	if (f->len != 16 || strspn(f->str, "0123456789abcdef") != 16)
	{
		sm_error_set(err, SM_EINVAL, "hash_key",
					 "expected 16 lower-case hexadecimal digits");
		goto fail;
	}
	m->hash_key = strtoull(f->str, NULL, 16);
	if (!member_uint(v, "strings", 1, MAX_COUNT, &m->strings, err))
		goto fail;
	if (!member_uint(v, "min_len", 0, SM_TEXTMODEL_MAX_LEN, &x, err))
		goto fail;
	m->min_len = (uint32_t) x;
	if (!member_uint(v, "max_len", 0, SM_TEXTMODEL_MAX_LEN, &x, err))
		goto fail;
	m->max_len = (uint32_t) x;
	f = member(v, "alphabet", SM_JSTRING, err);
	if (f == NULL || !decode_alphabet(m, f, err))
		goto fail;

	if (!member_uint_array(v, "kids", SIZE_MAX, SM_TEXTMODEL_MAX_CONTEXTS,
						   0, SM_TEXTMODEL_MAX_CONTEXTS, &kids, NULL, &nctx,
						   err))
		goto fail;
	if (nctx < 1)
	{
		sm_error_set(err, SM_EINVAL, "kids", "no root context");
		goto fail;
	}
	m->nctx = (uint32_t) nctx;
	if (!member_uint_array(v, "sym", nctx, nctx, 0, m->nalpha,
						   &csym, NULL, &n, err) ||
		!member_uint_array(v, "ntrans", nctx, nctx, 1, (uint64_t) m->nalpha + 1,
						   &ntrans, NULL, &n, err) ||
		!member_uint_array(v, "next", SIZE_MAX, SM_TEXTMODEL_MAX_TRANS,
						   0, m->nalpha, &next, NULL, &ntr, err) ||
		!member_uint_array(v, "count", ntr, ntr, 1, MAX_COUNT,
						   NULL, &count, &n, err))
		goto fail;
	m->ntr = (uint32_t) ntr;
	m->ctx = sm_calloc(nctx, sizeof(tm_ctx));
	m->tr = sm_calloc(ntr ? ntr : 1, sizeof(tm_tr));
	if (m->ctx == NULL || m->tr == NULL)
	{
		sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		goto fail;
	}
	for (i = 0; i < nctx; i++)
	{
		m->ctx[i].nkids = kids[i];
		m->ctx[i].sym = csym[i];
		m->ctx[i].ntrans = ntrans[i];
	}
	for (i = 0; i < ntr; i++)
	{
		m->tr[i].sym = next[i];
		m->tr[i].cum = count[i];	/* a count until derive_model */
	}
	sm_free(kids);
	sm_free(csym);
	sm_free(ntrans);
	sm_free(next);
	sm_free(count);
	kids = csym = ntrans = next = NULL;
	count = NULL;
	if (!member_uint(v, "nrare", 0, m->strings, &x, err))
		goto fail;
	m->nrare = (size_t) x;
	f = member(v, "rare", SM_JSTRING, err);
	if (f == NULL || !decode_rare(m, f, err))
		goto fail;
	if (!tm_derive_model(m, err))
		goto fail;
	m->finished = true;
	return m;

fail:
	sm_free(kids);
	sm_free(csym);
	sm_free(ntrans);
	sm_free(next);
	sm_free(count);
	sm_textmodel_free(m);
	return NULL;
}
