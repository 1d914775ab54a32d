/*
 * textvocab.c
 *	  Look-ups in the built-in vocabulary (lists in textvocab_data.c).
 */
#include "textvocab.h"

#include <string.h>

/* Domains of large public mail providers, sorted by bytes. */
static const char *const mail_domains[] = {
	"aol.com", "gmail.com", "gmx.de", "gmx.net", "hotmail.com", "icloud.com",
	"libero.it", "mail.com", "orange.fr", "outlook.com", "web.de",
	"yahoo.com", "yandex.ru",
};

/* The word list of a class. */
const char *const *
sm_vocab_words(sm_vocab_id id, size_t *n)
{
	if (id < SM_VOCAB_NCLASSES)
	{
		*n = sm_vocab_classes[id].n;
		return sm_vocab_classes[id].words;
	}
	if (id == SM_VOCAB_DOMAIN)
	{
		*n = sizeof(mail_domains) / sizeof(mail_domains[0]);
		return mail_domains;
	}
	*n = 0;
	return NULL;
}

/* The class of a JSON name. */
sm_vocab_id
sm_vocab_by_name(const char *name)
{
	for (int k = 0; k < SM_VOCAB_NCLASSES; k++)
		if (strcmp(sm_vocab_classes[k].name, name) == 0)
			return (sm_vocab_id) k;
	if (strcmp(name, "domain") == 0)
		return SM_VOCAB_DOMAIN;
	return SM_VOCAB_NONE;
}

/* The JSON name of a class. */
const char *
sm_vocab_name(sm_vocab_id id)
{
	if (id < SM_VOCAB_NCLASSES)
		return sm_vocab_classes[id].name;
	return id == SM_VOCAB_DOMAIN ? "domain" : "none";
}

/* Whether a word is in a class (binary search on strcmp order). */
bool
sm_vocab_contains(sm_vocab_id id, const char *s, size_t len)
{
	size_t		n;
	const char *const *w = sm_vocab_words(id, &n);
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		int			c = strncmp(w[mid], s, len);

		if (c == 0)
			c = w[mid][len] == '\0' ? 0 : 1;
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* Whether name contains word, ignoring ASCII case. */
static bool
has_word(const char *name, const char *word)
{
	size_t		n = strlen(name),
				w = strlen(word);

	for (size_t i = 0; i + w <= n; i++)
	{
		size_t		j = 0;

		while (j < w && (name[i + j] | 0x20) == word[j])
			j++;
		if (j == w)
			return true;
	}
	return false;
}

/* The vocabulary class a column name suggests. */
sm_vocab_id
sm_vocab_hint(const char *name)
{
	static const struct
	{
		const char *word;
		sm_vocab_id id;
	}			hints[] = {
		{"first", SM_VOCAB_FIRST_NAME}, {"given", SM_VOCAB_FIRST_NAME},
		{"fname", SM_VOCAB_FIRST_NAME}, {"last", SM_VOCAB_LAST_NAME},
		{"surname", SM_VOCAB_LAST_NAME}, {"family", SM_VOCAB_LAST_NAME},
		{"lname", SM_VOCAB_LAST_NAME}, {"city", SM_VOCAB_CITY},
		{"town", SM_VOCAB_CITY}, {"country", SM_VOCAB_COUNTRY},
		{"state", SM_VOCAB_STATE}, {"province", SM_VOCAB_STATE},
		{"region", SM_VOCAB_STATE}, {"street", SM_VOCAB_STREET},
		{"address", SM_VOCAB_STREET},
	};

	if (name == NULL)
		return SM_VOCAB_NONE;
	for (size_t i = 0; i < sizeof(hints) / sizeof(hints[0]); i++)
		if (has_word(name, hints[i].word))
			return hints[i].id;
	return SM_VOCAB_NONE;
}
