/*
 * textmodel_write.c
 *	  The JSON writer of a text model (sm_textmodel_write_json).
 *
 * Not here: the reader (textmodel_read.c).
 */
#include "textmodel.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "textmodel_int.h"

/* ---------------------------------------------------------------------
 * JSON encoding
 * --------------------------------------------------------------------- */

const char	tm_b64chars[] =
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Append an unsigned decimal (faster than printf for big arrays). */
static bool
put_u64(sm_buf *out, uint64_t v)
{
	char		tmp[24];
	int			i = sizeof(tmp);

	do
	{
		tmp[--i] = (char) ('0' + v % 10);
		v /= 10;
	} while (v);
	return sm_buf_append(out, tmp + i, sizeof(tmp) - i);
}

/* Append "key":[...] with one member of every context. */
static bool
put_ctx_array(sm_buf *out, const char *key, const sm_textmodel *m,
			  size_t offset)
{
	uint32_t	i;

	sm_buf_printf(out, ",\"%s\":[", key);
	for (i = 0; i < m->nctx; i++)
	{
		uint32_t	v;

		memcpy(&v, (const char *) &m->ctx[i] + offset, sizeof(v));
		if (i)
			sm_buf_putc(out, ',');
		put_u64(out, v);
	}
	return sm_buf_putc(out, ']');
}

/* Write a finished text model as JSON. */
bool
sm_textmodel_write_json(const sm_textmodel *m, sm_buf *out)
{
	size_t		i;
	uint32_t	c;

	if (m == NULL || !m->finished)
		return false;
	sm_buf_printf(out, "{\"format\":\"%s\",\"version\":1,\"order\":%d,"
				  "\"min_count_verbatim\":%d,\"hash_key\":\"%016llx\","
				  "\"strings\":",
				  FORMAT_NAME, m->order, m->k,
				  (unsigned long long) m->hash_key);
	put_u64(out, m->strings);
	sm_buf_printf(out, ",\"min_len\":%u,\"max_len\":%u,\"alphabet\":",
				  m->min_len, m->max_len);
	{
		sm_buf		alpha;
		char		enc[4];

		sm_buf_init(&alpha);
		for (i = 0; i < m->nalpha; i++)
			sm_buf_append(&alpha, enc, sm_utf8_encode(m->alpha[i], enc));
		if (alpha.oom)
			out->oom = true;
		else
			sm_json_write_string(out, alpha.data ? alpha.data : "", alpha.len);
		sm_buf_free(&alpha);
	}
	put_ctx_array(out, "kids", m, offsetof(tm_ctx, nkids));
	put_ctx_array(out, "sym", m, offsetof(tm_ctx, sym));
	put_ctx_array(out, "ntrans", m, offsetof(tm_ctx, ntrans));
	sm_buf_puts(out, ",\"next\":[");
	for (i = 0; i < m->ntr; i++)
	{
		if (i)
			sm_buf_putc(out, ',');
		put_u64(out, m->tr[i].sym);
	}
	sm_buf_puts(out, "],\"count\":[");
	for (c = 0; c < m->nctx; c++)
	{
		uint32_t	j;

		for (j = m->ctx[c].tr0; j < m->ctx[c].tr0 + m->ctx[c].ntrans; j++)
		{
			if (j)
				sm_buf_putc(out, ',');
			put_u64(out, j > m->ctx[c].tr0 ? m->tr[j].cum - m->tr[j - 1].cum : m->tr[j].cum);
		}
	}
	sm_buf_puts(out, "],\"nrare\":");
	put_u64(out, m->nrare);
	sm_buf_puts(out, ",\"rare\":\"");
	/* base64 of the hashes, big-endian, as one byte string */
	{
		uint32_t	acc = 0;
		int			nacc = 0;
		char		q[4];

		for (i = 0; i < m->nrare; i++)
		{
			int			b;

			for (b = 7; b >= 0; b--)
			{
				acc = (acc << 8) | (uint32_t) ((m->rare[i] >> (8 * b)) & 0xFF);
				if (++nacc == 3)
				{
					q[0] = tm_b64chars[(acc >> 18) & 63];
					q[1] = tm_b64chars[(acc >> 12) & 63];
					q[2] = tm_b64chars[(acc >> 6) & 63];
					q[3] = tm_b64chars[acc & 63];
					sm_buf_append(out, q, 4);
					acc = 0;
					nacc = 0;
				}
			}
		}
		if (nacc == 1)
		{
			q[0] = tm_b64chars[(acc >> 2) & 63];
			q[1] = tm_b64chars[(acc << 4) & 63];
			q[2] = q[3] = '=';
			sm_buf_append(out, q, 4);
		}
		else if (nacc == 2)
		{
			q[0] = tm_b64chars[(acc >> 10) & 63];
			q[1] = tm_b64chars[(acc >> 4) & 63];
			q[2] = tm_b64chars[(acc << 2) & 63];
			q[3] = '=';
			sm_buf_append(out, q, 4);
		}
	}
	sm_buf_puts(out, "\"}");
	return !out->oom;
}
