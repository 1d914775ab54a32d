/*
 * textmodel_map.c
 *	  The open-addressing hash map of text-model training, UTF-8 decoding
 *	  and value hashing.
 *
 * Not here: the trie that uses them (textmodel.c).
 */
#include "textmodel.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "textmodel_int.h"

/* ---------------------------------------------------------------------
 * Hash map
 * --------------------------------------------------------------------- */

/* Allocate an empty map with room for at least n keys below 3/4 load. */
bool
tm_map_init(tm_map *mp, size_t n)
{
	size_t		cap = 64;

	while (cap / 4 * 3 <= n)
	{
		if (cap > SIZE_MAX / 4)
			return false;
		cap *= 2;
	}
	mp->e = sm_calloc(cap, sizeof(tm_entry));
	if (mp->e == NULL)
	{
		memset(mp, 0, sizeof(*mp));
		return false;
	}
	memset(mp->e, 0xff, cap * sizeof(tm_entry));
	mp->cap = cap;
	mp->n = 0;
	return true;
}

/* Release a hash map and leave it empty. */
void
tm_map_free(tm_map *mp)
{
	sm_free(mp->e);
	memset(mp, 0, sizeof(*mp));
}

/* Slot of key in a map that has room: found, or the empty slot to fill. */
size_t
tm_map_slot(const tm_map *mp, uint64_t key)
{
	size_t		mask = mp->cap - 1;
	size_t		i = (size_t) sm_mix64(key) & mask;

	while (mp->e[i].key != MAP_EMPTY && mp->e[i].key != key)
		i = (i + 1) & mask;
	return i;
}

/* Double the table; false (map unchanged) on allocation failure. */
static bool
map_grow(tm_map *mp)
{
	tm_map		nm;
	size_t		i;

	if (!tm_map_init(&nm, mp->cap))
		return false;
	for (i = 0; i < mp->cap; i++)
	{
		if (mp->e[i].key != MAP_EMPTY)
		{
			size_t		s = tm_map_slot(&nm, mp->e[i].key);

			nm.e[s].key = mp->e[i].key;
			nm.e[s].val = mp->e[i].val;
			nm.n++;
		}
	}
	tm_map_free(mp);
	*mp = nm;
	return true;
}

/*
 * The value of key, inserted as 0 if absent (*isnew tells which); NULL on
 * allocation failure.  The pointer is valid until the next insertion.
 */
uint64_t *
tm_map_upsert(tm_map *mp, uint64_t key, bool *isnew)
{
	size_t		s;

	if ((mp->n + 1) > mp->cap / 4 * 3 && !map_grow(mp))
		return NULL;
	s = tm_map_slot(mp, key);
	*isnew = (mp->e[s].key == MAP_EMPTY);
	if (*isnew)
	{
		mp->e[s].key = key;
		mp->e[s].val = 0;
		mp->n++;
	}
	return &mp->e[s].val;
}

/* ---------------------------------------------------------------------
 * UTF-8 and hashing
 * --------------------------------------------------------------------- */

/* Decode one well-formed UTF-8 sequence; its length, or 0 if invalid. */
size_t
tm_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	uint32_t	c = s[0];

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c < 0xC2 || c > 0xF4)
		return 0;
	if (c < 0xE0)
	{
		if (len < 2 || (s[1] & 0xC0) != 0x80)
			return 0;
		*cp = ((c & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (c < 0xF0)
	{
		if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		*cp = ((c & 0x0F) << 12) | ((uint32_t) (s[1] & 0x3F) << 6) |
			(s[2] & 0x3F);
		if (*cp < 0x800 || (*cp >= 0xD800 && *cp <= 0xDFFF))
			return 0;
		return 3;
	}
	if (len < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		(s[3] & 0xC0) != 0x80)
		return 0;
	*cp = ((c & 0x07) << 18) | ((uint32_t) (s[1] & 0x3F) << 12) |
		((uint32_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);
	if (*cp < 0x10000 || *cp > 0x10FFFF)
		return 0;
	return 4;
}

/*
 * Keyed 64-bit hash of a value's bytes: the rare-value set stores only
 * these.  The length is mixed in first, so zero padding of the tail block
 * is unambiguous; MAP_EMPTY is folded away so any hash can be a map key.
 */
uint64_t
tm_value_hash(uint64_t key, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	uint64_t	h = sm_hash2(key, (uint64_t) len);
	uint64_t	w;
	size_t		i;

	while (len >= 8)
	{
		w = 0;
		for (i = 0; i < 8; i++)
			w |= (uint64_t) p[i] << (8 * i);
		h = sm_hash2(h, w);
		p += 8;
		len -= 8;
	}
	if (len > 0)
	{
		w = 0;
		for (i = 0; i < len; i++)
			w |= (uint64_t) p[i] << (8 * i);
		h = sm_hash2(h, w);
	}
	return h == MAP_EMPTY ? MAP_EMPTY - 1 : h;
}
