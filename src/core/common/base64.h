/*
 * base64.h
 *	  Canonical base64 (RFC 4648, standard alphabet, with padding) for byte
 *	  strings stored inside JSON models.
 */
#ifndef SM_BASE64_H
#define SM_BASE64_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sm_common.h"

/* Append the base64 text of len bytes to out; false when out of memory. */
extern bool sm_base64_append(sm_buf *out, const uint8_t *bytes, size_t len);

/* Number of bytes that the base64 text of length len decodes to, or -1. */
extern long long sm_base64_decoded_len(const char *text, size_t len);

/*
 * Decode canonical base64 into out, which has room for exactly the length
 * sm_base64_decoded_len gives.  Reports the offset of a bad character, a
 * length that is not a multiple of 4 or non-zero padding bits as SM_EINVAL
 * at path.
 */
extern bool sm_base64_decode(const char *text, size_t len, uint8_t *out,
							 const char *path, sm_error *err);

#endif							/* SM_BASE64_H */
