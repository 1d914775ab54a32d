/*
 * base64.c
 *	  Canonical base64 encoding and strict decoding (see base64.h).
 */
#include "base64.h"

static const char b64_alphabet[] =
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* See base64.h. */
bool
sm_base64_append(sm_buf *out, const uint8_t *bytes, size_t len)
{
	char		q[4];
	size_t		i;

	for (i = 0; i + 3 <= len; i += 3)
	{
		uint32_t	acc = ((uint32_t) bytes[i] << 16) |
		((uint32_t) bytes[i + 1] << 8) | bytes[i + 2];

		q[0] = b64_alphabet[(acc >> 18) & 63];
		q[1] = b64_alphabet[(acc >> 12) & 63];
		q[2] = b64_alphabet[(acc >> 6) & 63];
		q[3] = b64_alphabet[acc & 63];
		if (!sm_buf_append(out, q, 4))
			return false;
	}
	if (i < len)
	{
		uint32_t	acc = (uint32_t) bytes[i] << 16;

		if (i + 1 < len)
			acc |= (uint32_t) bytes[i + 1] << 8;
		q[0] = b64_alphabet[(acc >> 18) & 63];
		q[1] = b64_alphabet[(acc >> 12) & 63];
		q[2] = (i + 1 < len) ? b64_alphabet[(acc >> 6) & 63] : '=';
		q[3] = '=';
		if (!sm_buf_append(out, q, 4))
			return false;
	}
	return true;
}

/* See base64.h. */
long long
sm_base64_decoded_len(const char *text, size_t len)
{
	int			pad = 0;

	if (len % 4 != 0)
		return -1;
	if (len >= 1 && text[len - 1] == '=')
		pad++;
	if (len >= 2 && text[len - 2] == '=')
		pad++;
	return (long long) (len / 4 * 3) - pad;
}

/* Value of one base64 character, -1 if not one. */
static int
b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/* See base64.h. */
bool
sm_base64_decode(const char *text, size_t len, uint8_t *out,
				 const char *path, sm_error *err)
{
	long long	total = sm_base64_decoded_len(text, len);
	size_t		nb = 0;

	if (total < 0)
		return sm_error_set(err, SM_EINVAL, path,
							"base64 length %zu is not a multiple of 4", len);
	for (size_t i = 0; i < len; i += 4)
	{
		size_t		nout = (i + 4 == len) ? (size_t) total - nb : 3;
		uint32_t	acc = 0;

		for (size_t j = 0; j < 4; j++)
		{
			int			v = (j > nout) ? 0 : b64_value((unsigned char) text[i + j]);

			if (j > nout && text[i + j] != '=')
				v = -1;
			if (v < 0)
				return sm_error_set(err, SM_EINVAL, path,
									"invalid base64 character at offset %zu",
									i + j);
			acc = (acc << 6) | (uint32_t) v;
		}
		if ((nout == 1 && (acc & 0xFFFF) != 0) ||
			(nout == 2 && (acc & 0xFF) != 0))
			return sm_error_set(err, SM_EINVAL, path,
								"non-canonical base64 padding");
		for (size_t j = 0; j < nout; j++)
			out[nb++] = (uint8_t) ((acc >> (16 - 8 * j)) & 0xFF);
	}
	return true;
}
