/*
 * Fuzz harness of src/core/describe/infer*.c.
 *
 * The input is split at newlines into values (a line "\N" is an SQL NULL)
 * and profiled; the profile must be consistent, its JSON valid, and its
 * pattern must compile and match every value that is not a placeholder
 * counted as missing.  An input starting with byte 0x01 runs with an
 * allocator that fails after as many allocations as the next byte says:
 * every failure must then be reported cleanly, without leaks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "infer.h"
#include "json.h"
#include "regex.h"

#define MAX_VALUES 4096

static long budget = -1;

static void *
fuzz_alloc(size_t n)
{
	if (budget == 0)
		return NULL;
	if (budget > 0)
		budget--;
	return malloc(n ? n : 1);
}

static void *
fuzz_realloc(void *p, size_t n)
{
	if (budget == 0)
		return NULL;
	if (budget > 0)
		budget--;
	return realloc(p, n ? n : 1);
}

static void
fuzz_free(void *p)
{
	free(p);
}

static const sm_allocator fuzz_allocator = {fuzz_alloc, fuzz_realloc, fuzz_free};

/* The value to match: typed kinds describe the value without surrounding blanks. */
static void
match_span(sm_kind kind, const char **v, size_t *len)
{
	if (kind == SM_KIND_TEXT)
		return;
	while (*len > 0 && strchr(" \t\n\r\v\f", (*v)[0]) && (*v)[0] != '\0')
	{
		(*v)++;
		(*len)--;
	}
	while (*len > 0 && strchr(" \t\n\r\v\f", (*v)[*len - 1]) && (*v)[*len - 1] != '\0')
		(*len)--;
}

/* Stop the run: libFuzzer reports the crash with the input. */
static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_infer: %s\n", what);
	abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *vals[MAX_VALUES];
	static size_t lens[MAX_VALUES];
	const char *s = (const char *) data;
	size_t		n = size;
	int			nv = 0;
	uint64_t	nulls = 0;
	bool		oom_mode = false;
	bool		added = true;
	sm_infer   *st;
	sm_profile	p;
	sm_error	err;
	sm_buf		b;

	sm_set_allocator(&fuzz_allocator);
	budget = -1;
	if (n >= 2 && data[0] == 0x01)
	{
		oom_mode = true;
		budget = data[1];
		s += 2;
		n -= 2;
	}
	/* split into values */
	{
		size_t		start = 0;

		for (size_t i = 0; i <= n && nv < MAX_VALUES; i++)
		{
			if (i == n || s[i] == '\n')
			{
				if (i == n && start == n && nv > 0)
					break;		/* a final newline adds no value */
				vals[nv] = s + start;
				lens[nv] = i - start;
				if (lens[nv] == 2 && s[start] == '\\' && s[start + 1] == 'N')
				{
					vals[nv] = NULL;
					lens[nv] = 0;
					nulls++;
				}
				nv++;
				start = i + 1;
			}
		}
	}

	st = sm_infer_create();
	if (st == NULL)
	{
		if (!oom_mode)
			fail("create failed without memory pressure");
		budget = -1;
		return 0;
	}
	for (int i = 0; i < nv; i++)
		added &= sm_infer_add(st, vals[i], lens[i]);
	if (!added && !oom_mode)
		fail("add failed without memory pressure");
	sm_error_clear(&err);
	if (!sm_infer_finish(st, &p, &err))
	{
		if (!oom_mode || err.code != SM_ENOMEM)
			fail("finish failed");
		sm_infer_free(st);
		budget = -1;
		return 0;
	}
	if (!added)
		fail("finish succeeded after a failed add");
	sm_buf_init(&b);
	if (!sm_profile_write_json(&p, &b))
	{
		if (!oom_mode)
			fail("write failed without memory pressure");
		sm_buf_free(&b);
		sm_profile_free(&p);
		sm_infer_free(st);
		budget = -1;
		return 0;
	}
	budget = -1;				/* checks below run with plain memory */

	if (p.rows != (uint64_t) nv || p.nulls != nulls ||
		p.nulls + p.missing + p.nonmissing != p.rows)
		fail("inconsistent counts");
	if (p.distinct > p.nonmissing || (p.has_lengths && p.min_length > p.max_length))
		fail("inconsistent distinct or lengths");
	if (p.categorical && (p.nvalues < 1 || p.nvalues > SM_INFER_CATEGORICAL_MAX))
		fail("inconsistent categorical values");
	if (!sm_json_valid(b.data, b.len))
	{
		fprintf(stderr, "%s\n", b.data);
		fail("invalid JSON output");
	}
	if (p.pattern)
	{
		sm_regex   *re;

		sm_error_clear(&err);
		re = sm_regex_compile(p.pattern, strlen(p.pattern), &err);
		if (re == NULL)
		{
			fprintf(stderr, "pattern %s: %s\n", p.pattern, err.message);
			if (err.code != SM_ENOMEM)
				fail("pattern does not compile");
		}
		else
		{
			for (int i = 0; i < nv; i++)
			{
				if (vals[i] == NULL ||
					(p.missing > 0 && sm_infer_is_placeholder(vals[i], lens[i])))
					continue;
				{
					const char *v = vals[i];
					size_t		l = lens[i];

					match_span(p.kind, &v, &l);
					if (sm_regex_matches(re, v, l))
						continue;
				}
				{
					fprintf(stderr, "pattern %s vs '%.*s'\n", p.pattern,
							(int) lens[i], vals[i]);
					fail("pattern does not match a value");
				}
			}
			sm_regex_free(re);
		}
	}
	sm_buf_free(&b);
	sm_profile_free(&p);
	sm_infer_free(st);
	return 0;
}
