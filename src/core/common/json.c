/*
 * json.c
 *	  A small, defensive JSON (RFC 8259) parser and compact writer.
 *
 * The parser is a recursive-descent one whose recursion is bounded by
 * SM_JSON_MAX_DEPTH, so a hostile "[[[[..." cannot exhaust the stack.  The
 * same code validates (build = false, no allocation at all) and builds a
 * tree (build = true).  It keeps a small stack of the keys and indices it is
 * inside so that a syntax error can name the JSON path where it happened.
 */
#include "json.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One level of the path the parser is inside, for error reports. */
typedef struct jpath_ent
{
	bool		is_key;
	size_t		index;
	const char *key;
	size_t		keylen;
} jpath_ent;

typedef struct jparser
{
	const char *s;
	size_t		len;
	size_t		pos;
	bool		build;			/* build a tree, or only validate */
	sm_error   *err;			/* may be NULL when only validating */
	int			nstack;
	jpath_ent	stack[SM_JSON_MAX_DEPTH + 1];
	sm_buf		sbuf;			/* string decoding scratch */
	size_t		nvalues;		/* values parsed, for interrupt checks */
} jparser;

static bool parse_value(jparser *p, int depth, sm_json **out);

/* Whether a key can be written as .key in a path. */
static bool
path_key_is_plain(const char *key, size_t keylen)
{
	if (keylen == 0)
		return false;
	for (size_t i = 0; i < keylen; i++)
	{
		unsigned char c = (unsigned char) key[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
			  (i > 0 && ((c >= '0' && c <= '9') || c == '-'))))
			return false;
	}
	return true;
}

/* Whether prefix denotes the root of the document. */
static bool
path_is_root(const char *prefix)
{
	return prefix == NULL || prefix[0] == '\0' ||
		(prefix[0] == '$' && prefix[1] == '\0');
}

/* Path of member key under prefix; see json.h. */
void
sm_json_path_key(char *dst, size_t dstsize, const char *prefix,
				 const char *key, size_t keylen)
{
	size_t		o;

	if (dstsize == 0)
		return;
	if (path_is_root(prefix))
		prefix = "";
	snprintf(dst, dstsize, "%s", prefix);
	o = strlen(dst);
	if (path_key_is_plain(key, keylen))
	{
		if (prefix[0] != '\0' && o + 1 < dstsize)
			dst[o++] = '.';
		for (size_t i = 0; i < keylen && o + 1 < dstsize; i++)
			dst[o++] = key[i];
		dst[o] = '\0';
		return;
	}
	/* ["quoted key"], escaping quotes, backslashes and control bytes */
	if (o + 2 < dstsize)
	{
		dst[o++] = '[';
		dst[o++] = '"';
	}
	for (size_t i = 0; i < keylen; i++)
	{
		unsigned char c = (unsigned char) key[i];
		char		tmp[8];
		size_t		tl;

		if (c == '"' || c == '\\')
		{
			tmp[0] = '\\';
			tmp[1] = (char) c;
			tl = 2;
		}
		else if (c < 0x20)
		{
			snprintf(tmp, sizeof(tmp), "\\u%04x", c);
			tl = 6;
		}
		else
		{
			tmp[0] = (char) c;
			tl = 1;
		}
		if (o + tl + 1 > dstsize)
			break;
		memcpy(dst + o, tmp, tl);
		o += tl;
	}
	if (o + 3 <= dstsize)
	{
		dst[o++] = '"';
		dst[o++] = ']';
	}
	dst[o] = '\0';
}

/* Path of array element index under prefix. */
void
sm_json_path_index(char *dst, size_t dstsize, const char *prefix, size_t index)
{
	if (dstsize == 0)
		return;
	if (path_is_root(prefix))
		prefix = "";
	snprintf(dst, dstsize, "%s[%zu]", prefix, index);
}

/* Render the parser's current position as a JSON path. */
static void
parser_path(const jparser *p, char *dst, size_t dstsize)
{
	char		tmp[256];

	snprintf(dst, dstsize, "$");
	for (int i = 0; i < p->nstack; i++)
	{
		const jpath_ent *e = &p->stack[i];

		if (e->is_key)
			sm_json_path_key(tmp, sizeof(tmp), dst, e->key, e->keylen);
		else
			sm_json_path_index(tmp, sizeof(tmp), dst, e->index);
		snprintf(dst, dstsize, "%s", tmp);
	}
}

/* Record a syntax error at byte offset "at"; always returns false. */
static bool jfail(jparser *p, size_t at, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

/* Record a syntax error at byte offset "at" with its JSON path; always false. */
static bool
jfail(jparser *p, size_t at, const char *fmt,...)
{
	char		what[256];
	char		path[256];
	va_list		ap;

	if (p->err == NULL)
		return false;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	parser_path(p, path, sizeof(path));
	return sm_error_set(p->err, SM_EINVAL, path,
						"invalid JSON at byte offset %zu: %s", at, what);
}

/* Record an allocation failure; always returns false. */
static bool
jnomem(jparser *p)
{
	return sm_error_set(p->err, SM_ENOMEM, "$", "out of memory while parsing JSON");
}

/* Describe the byte at pos for a message. */
static bool
junexpected(jparser *p)
{
	unsigned char c;

	if (p->pos >= p->len)
		return jfail(p, p->pos, "unexpected end of input");
	c = (unsigned char) p->s[p->pos];
	if (c >= 0x21 && c < 0x7f)
		return jfail(p, p->pos, "unexpected character '%c'", c);
	return jfail(p, p->pos, "unexpected byte 0x%02x", c);
}

/* Skip JSON whitespace (space, tab, CR, LF). */
static void
skip_ws(jparser *p)
{
	while (p->pos < p->len)
	{
		char		c = p->s[p->pos];

		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			break;
		p->pos++;
	}
}

/*
 * Length of the well-formed UTF-8 sequence starting at s (at most avail
 * bytes), or 0 if it is malformed: overlong forms, UTF-16 surrogates and
 * code points above U+10FFFF are refused (RFC 3629).
 */
static size_t
utf8_seq(const unsigned char *s, size_t avail)
{
	unsigned char c = s[0];
	unsigned char lo = 0x80,
				hi = 0xBF;
	size_t		n;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF)
	{
		n = 3;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		n = 4;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	}
	else
		return 0;
	if (avail < n)
		return 0;
	if (s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < n; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return n;
}

/* Whether s[0..len) is well-formed UTF-8. */
bool
sm_utf8_valid(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		n = utf8_seq((const unsigned char *) s + i, len - i);

		if (n == 0)
			return false;
		i += n;
	}
	return true;
}

/* Read the 4 hex digits of a \u escape whose 'u' is at pos-1. */
static bool
read_hex4(jparser *p, unsigned *out)
{
	unsigned	v = 0;

	if (p->len - p->pos < 4)
		return jfail(p, p->pos, "incomplete \\u escape");
	for (int i = 0; i < 4; i++)
	{
		int			h = sm_hex_digit(p->s[p->pos + i]);

		if (h < 0)
			return jfail(p, p->pos + i, "invalid hexadecimal digit in \\u escape");
		v = v * 16 + (unsigned) h;
	}
	p->pos += 4;
	*out = v;
	return true;
}

/* Append code point cp as UTF-8 to the scratch buffer. */
static void
put_utf8(sm_buf *b, unsigned cp)
{
	char		t[4];

	sm_buf_append(b, t, sm_utf8_encode(cp, t));
}

/* Decode one escape sequence; pos is on the backslash. */
static bool
parse_escape(jparser *p)
{
	size_t		start = p->pos;
	char		c;
	char		out;

	p->pos++;
	if (p->pos >= p->len)
		return jfail(p, start, "unterminated string");
	c = p->s[p->pos++];
	switch (c)
	{
		case '"':
		case '\\':
		case '/':
			out = c;
			break;
		case 'b':
			out = '\b';
			break;
		case 'f':
			out = '\f';
			break;
		case 'n':
			out = '\n';
			break;
		case 'r':
			out = '\r';
			break;
		case 't':
			out = '\t';
			break;
		case 'u':
			{
				unsigned	cp;

				if (!read_hex4(p, &cp))
					return false;
				if (cp == 0)
					return jfail(p, start, "\\u0000 is not allowed");
				if (cp >= 0xDC00 && cp <= 0xDFFF)
					return jfail(p, start, "lone low surrogate \\u%04X", cp);
				if (cp >= 0xD800 && cp <= 0xDBFF)
				{
					unsigned	lo;

					if (p->len - p->pos < 2 || p->s[p->pos] != '\\' ||
						p->s[p->pos + 1] != 'u')
						return jfail(p, start, "high surrogate \\u%04X is not followed by a low surrogate", cp);
					p->pos += 2;
					if (!read_hex4(p, &lo))
						return false;
					if (lo < 0xDC00 || lo > 0xDFFF)
						return jfail(p, start, "high surrogate \\u%04X is not followed by a low surrogate", cp);
					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				}
				if (p->build)
					put_utf8(&p->sbuf, cp);
				return true;
			}
		default:
			return jfail(p, start, "invalid escape sequence");
	}
	if (p->build)
		sm_buf_putc(&p->sbuf, out);
	return true;
}

/*
 * Parse a string whose opening quote is at pos.  In build mode the
 * unescaped, NUL-terminated copy goes to *out / *outlen.
 */
static bool
parse_string(jparser *p, char **out, size_t *outlen)
{
	size_t		start = p->pos;

	p->pos++;
	if (p->build)
	{
		p->sbuf.len = 0;
		p->sbuf.oom = false;
	}
	for (;;)
	{
		size_t		run = p->pos;
		unsigned char c;

		/* copy runs of plain characters in one go */
		while (p->pos < p->len)
		{
			c = (unsigned char) p->s[p->pos];
			if (c == '"' || c == '\\' || c < 0x20)
				break;
			if (c < 0x80)
				p->pos++;
			else
			{
				size_t		n = utf8_seq((const unsigned char *) p->s + p->pos,
										 p->len - p->pos);

				if (n == 0)
					return jfail(p, p->pos, "invalid UTF-8 sequence in string");
				p->pos += n;
			}
		}
		if (p->build && p->pos > run)
			sm_buf_append(&p->sbuf, p->s + run, p->pos - run);
		if (p->pos >= p->len)
			return jfail(p, start, "unterminated string");
		c = (unsigned char) p->s[p->pos];
		if (c == '"')
		{
			p->pos++;
			break;
		}
		if (c == '\\')
		{
			if (!parse_escape(p))
				return false;
			continue;
		}
		return jfail(p, p->pos, "control character 0x%02x must be escaped in a string", c);
	}
	if (p->build)
	{
		if (p->sbuf.oom)
			return jnomem(p);
		*out = sm_strndup(p->sbuf.data ? p->sbuf.data : "", p->sbuf.len);
		if (*out == NULL)
			return jnomem(p);
		*outlen = p->sbuf.len;
	}
	return true;
}

/* Scan the digits of a number; pos is on '-' or a digit. */
static bool
parse_number(jparser *p, sm_json **out)
{
	size_t		start = p->pos;
	sm_json    *v;

	if (p->s[p->pos] == '-')
		p->pos++;
	if (p->pos >= p->len)
		return jfail(p, start, "invalid number");
	if (p->s[p->pos] == '0')
	{
		p->pos++;
		if (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
			return jfail(p, start, "leading zeros are not allowed in numbers");
	}
	else if (p->s[p->pos] >= '1' && p->s[p->pos] <= '9')
	{
		while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
			p->pos++;
	}
	else
		return jfail(p, start, "invalid number");
	if (p->pos < p->len && p->s[p->pos] == '.')
	{
		p->pos++;
		if (p->pos >= p->len || p->s[p->pos] < '0' || p->s[p->pos] > '9')
			return jfail(p, start, "invalid number: expected a digit after the decimal point");
		while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
			p->pos++;
	}
	if (p->pos < p->len && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E'))
	{
		p->pos++;
		if (p->pos < p->len && (p->s[p->pos] == '+' || p->s[p->pos] == '-'))
			p->pos++;
		if (p->pos >= p->len || p->s[p->pos] < '0' || p->s[p->pos] > '9')
			return jfail(p, start, "invalid number: expected a digit in the exponent");
		while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
			p->pos++;
	}
	if (!p->build)
		return true;
	v = sm_calloc(1, sizeof(sm_json));
	if (v == NULL)
		return jnomem(p);
	v->type = SM_JNUMBER;
	v->len = p->pos - start;
	v->str = sm_strndup(p->s + start, v->len);
	if (v->str == NULL)
	{
		sm_free(v);
		return jnomem(p);
	}
	/* the text matches the C grammar of strtod, which is a superset */
	v->num = strtod(v->str, NULL);
	*out = v;
	return true;
}

/*
 * Make room for one more member of an array or object holding n members.
 * Capacity is implicit: 4, then doubling at each power of two.
 */
static bool
grow_members(sm_json *v, bool with_keys)
{
	size_t		n = v->n;
	size_t		ncap;
	size_t		bytes;

	if (n != 0 && (n < 4 || (n & (n - 1)) != 0))
		return true;
	ncap = (n == 0) ? 4 : n * 2;
	if (ncap < n)
		return false;
	if (!sm_mul_size(ncap, sizeof(sm_json *), &bytes))
		return false;
	{
		sm_json   **ni = sm_realloc(v->items, bytes);

		if (ni == NULL)
			return false;
		v->items = ni;
	}
	if (with_keys)
	{
		char	  **nk;
		size_t	   *nl;

		if (!sm_mul_size(ncap, sizeof(char *), &bytes))
			return false;
		nk = sm_realloc(v->keys, bytes);
		if (nk == NULL)
			return false;
		v->keys = nk;
		if (!sm_mul_size(ncap, sizeof(size_t), &bytes))
			return false;
		nl = sm_realloc(v->keylens, bytes);
		if (nl == NULL)
			return false;
		v->keylens = nl;
	}
	return true;
}

/* Parse an array; pos is on '['. */
static bool
parse_array(jparser *p, int depth, sm_json **out)
{
	sm_json    *v = NULL;
	size_t		idx = 0;

	if (depth + 1 > SM_JSON_MAX_DEPTH)
	{
		char		path[256];

		parser_path(p, path, sizeof(path));
		return sm_error_set(p->err, SM_ELIMIT, path,
							"nesting depth of JSON exceeds the limit of %d at byte offset %zu",
							SM_JSON_MAX_DEPTH, p->pos);
	}
	p->pos++;
	if (p->build)
	{
		v = sm_calloc(1, sizeof(sm_json));
		if (v == NULL)
			return jnomem(p);
		v->type = SM_JARRAY;
	}
	skip_ws(p);
	if (p->pos < p->len && p->s[p->pos] == ']')
	{
		p->pos++;
		*out = v;
		return true;
	}
	for (;;)
	{
		sm_json    *item = NULL;
		bool		ok;

		p->stack[p->nstack].is_key = false;
		p->stack[p->nstack].index = idx;
		p->nstack++;
		ok = parse_value(p, depth + 1, &item);
		p->nstack--;
		if (!ok)
			goto fail;
		if (p->build)
		{
			if (!grow_members(v, false))
			{
				sm_json_free(item);
				jnomem(p);
				goto fail;
			}
			v->items[v->n++] = item;
		}
		idx++;
		skip_ws(p);
		if (p->pos < p->len && p->s[p->pos] == ',')
		{
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->s[p->pos] == ']')
		{
			p->pos++;
			break;
		}
		if (p->pos >= p->len)
			jfail(p, p->pos, "unexpected end of input, expected ',' or ']'");
		else
			jfail(p, p->pos, "expected ',' or ']' after an array element");
		goto fail;
	}
	*out = v;
	return true;

fail:
	sm_json_free(v);
	return false;
}

/* Parse an object; pos is on '{'. */
static bool
parse_object(jparser *p, int depth, sm_json **out)
{
	sm_json    *v = NULL;

	if (depth + 1 > SM_JSON_MAX_DEPTH)
	{
		char		path[256];

		parser_path(p, path, sizeof(path));
		return sm_error_set(p->err, SM_ELIMIT, path,
							"nesting depth of JSON exceeds the limit of %d at byte offset %zu",
							SM_JSON_MAX_DEPTH, p->pos);
	}
	p->pos++;
	if (p->build)
	{
		v = sm_calloc(1, sizeof(sm_json));
		if (v == NULL)
			return jnomem(p);
		v->type = SM_JOBJECT;
	}
	skip_ws(p);
	if (p->pos < p->len && p->s[p->pos] == '}')
	{
		p->pos++;
		*out = v;
		return true;
	}
	for (;;)
	{
		char	   *key = NULL;
		size_t		keylen = 0;
		size_t		keypos;
		sm_json    *item = NULL;
		bool		ok;

		skip_ws(p);
		if (p->pos >= p->len)
		{
			jfail(p, p->pos, "unexpected end of input, expected an object key");
			goto fail;
		}
		if (p->s[p->pos] != '"')
		{
			jfail(p, p->pos, "expected a string as object key");
			goto fail;
		}
		keypos = p->pos;
		if (!parse_string(p, &key, &keylen))
			goto fail;
		skip_ws(p);
		if (p->pos >= p->len || p->s[p->pos] != ':')
		{
			sm_free(key);
			jfail(p, p->pos, "expected ':' after an object key");
			goto fail;
		}
		p->pos++;
		p->stack[p->nstack].is_key = true;
		/* validation mode has no decoded key: show the raw text */
		p->stack[p->nstack].key = key ? key : p->s + keypos + 1;
		p->stack[p->nstack].keylen = key ? keylen : 0;
		p->nstack++;
		ok = parse_value(p, depth + 1, &item);
		p->nstack--;
		if (!ok)
		{
			sm_free(key);
			goto fail;
		}
		if (p->build)
		{
			if (!grow_members(v, true))
			{
				sm_free(key);
				sm_json_free(item);
				jnomem(p);
				goto fail;
			}
			v->keys[v->n] = key;
			v->keylens[v->n] = keylen;
			v->items[v->n] = item;
			v->n++;
		}
		skip_ws(p);
		if (p->pos < p->len && p->s[p->pos] == ',')
		{
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->s[p->pos] == '}')
		{
			p->pos++;
			break;
		}
		if (p->pos >= p->len)
			jfail(p, p->pos, "unexpected end of input, expected ',' or '}'");
		else
			jfail(p, p->pos, "expected ',' or '}' after an object member");
		goto fail;
	}
	*out = v;
	return true;

fail:
	sm_json_free(v);
	return false;
}

/* Match a literal word (true, false, null) at pos. */
static bool
parse_literal(jparser *p, const char *word, sm_jtype type, sm_json **out)
{
	size_t		wl = strlen(word);

	if (p->len - p->pos < wl || memcmp(p->s + p->pos, word, wl) != 0)
		return junexpected(p);
	p->pos += wl;
	if (p->build)
	{
		sm_json    *v = sm_calloc(1, sizeof(sm_json));

		if (v == NULL)
			return jnomem(p);
		v->type = type;
		*out = v;
	}
	return true;
}

/* Parse any value at pos (after whitespace). */
static bool
parse_value(jparser *p, int depth, sm_json **out)
{
	/* a model of a wide table holds millions of numbers */
	if ((++p->nvalues & 0xFFFF) == 0)
		sm_check_interrupts();
	skip_ws(p);
	if (p->pos >= p->len)
		return jfail(p, p->pos, "unexpected end of input, expected a value");
	switch (p->s[p->pos])
	{
		case '{':
			return parse_object(p, depth, out);
		case '[':
			return parse_array(p, depth, out);
		case '"':
			{
				char	   *s = NULL;
				size_t		l = 0;
				sm_json    *v;

				if (!parse_string(p, &s, &l))
					return false;
				if (!p->build)
					return true;
				v = sm_calloc(1, sizeof(sm_json));
				if (v == NULL)
				{
					sm_free(s);
					return jnomem(p);
				}
				v->type = SM_JSTRING;
				v->str = s;
				v->len = l;
				*out = v;
				return true;
			}
		case 't':
			return parse_literal(p, "true", SM_JTRUE, out);
		case 'f':
			return parse_literal(p, "false", SM_JFALSE, out);
		case 'n':
			return parse_literal(p, "null", SM_JNULL, out);
		default:
			if (p->s[p->pos] == '-' || (p->s[p->pos] >= '0' && p->s[p->pos] <= '9'))
				return parse_number(p, out);
			return junexpected(p);
	}
}

/*
 * Shared driver of sm_json_parse and sm_json_valid.  The parser state (a
 * few kB, mostly the path stack) lives on the stack, so that validation
 * allocates nothing.
 */
static bool
run_parser(const char *text, size_t len, bool build, sm_error *err, sm_json **out)
{
	jparser		p;
	sm_json    *v = NULL;
	bool		ok;

	memset(&p, 0, sizeof(p));
	p.s = text ? text : "";
	p.len = text ? len : 0;
	p.build = build;
	p.err = err;
	sm_buf_init(&p.sbuf);
	ok = parse_value(&p, 0, &v);
	if (ok)
	{
		skip_ws(&p);
		if (p.pos < p.len)
		{
			jfail(&p, p.pos, "unexpected data after the JSON value");
			ok = false;
		}
	}
	sm_buf_free(&p.sbuf);
	if (!ok)
	{
		sm_json_free(v);
		return false;
	}
	if (out)
		*out = v;
	else
		sm_json_free(v);
	return true;
}

/* Parse text into a tree; see json.h. */
sm_json *
sm_json_parse(const char *text, size_t len, sm_error *err)
{
	sm_json    *v = NULL;

	if (!run_parser(text, len, true, err, &v))
		return NULL;
	return v;
}

/* Syntax check without building anything. */
bool
sm_json_valid(const char *text, size_t len)
{
	return run_parser(text, len, false, NULL, NULL);
}

/* Free a tree; recursion is bounded by the parser's depth limit. */
void
sm_json_free(sm_json *v)
{
	if (v == NULL)
		return;
	for (size_t i = 0; i < v->n; i++)
	{
		if (v->items)
			sm_json_free(v->items[i]);
		if (v->keys)
			sm_free(v->keys[i]);
	}
	sm_free(v->items);
	sm_free(v->keys);
	sm_free(v->keylens);
	sm_free(v->str);
	sm_free(v);
}

/* Last member named key[0..keylen), or NULL. */
const sm_json *
sm_json_get_n(const sm_json *obj, const char *key, size_t keylen)
{
	if (obj == NULL || obj->type != SM_JOBJECT || key == NULL)
		return NULL;
	for (size_t i = obj->n; i > 0; i--)
	{
		if (obj->keylens[i - 1] == keylen &&
			memcmp(obj->keys[i - 1], key, keylen) == 0)
			return obj->items[i - 1];
	}
	return NULL;
}

/* Last member named key, or NULL. */
const sm_json *
sm_json_get(const sm_json *obj, const char *key)
{
	if (key == NULL)
		return NULL;
	return sm_json_get_n(obj, key, strlen(key));
}

/* Quote and escape a string for JSON output. */
bool
sm_json_write_string(sm_buf *out, const char *s, size_t len)
{
	size_t		run = 0;

	sm_buf_putc(out, '"');
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];
		const char *esc = NULL;
		char		tmp[8];

		if (c == '"')
			esc = "\\\"";
		else if (c == '\\')
			esc = "\\\\";
		else if (c == '\n')
			esc = "\\n";
		else if (c == '\r')
			esc = "\\r";
		else if (c == '\t')
			esc = "\\t";
		else if (c == '\b')
			esc = "\\b";
		else if (c == '\f')
			esc = "\\f";
		else if (c < 0x20)
		{
			snprintf(tmp, sizeof(tmp), "\\u%04x", c);
			esc = tmp;
		}
		if (esc)
		{
			sm_buf_append(out, s + run, i - run);
			sm_buf_puts(out, esc);
			run = i + 1;
		}
	}
	sm_buf_append(out, s + run, len - run);
	return sm_buf_putc(out, '"');
}

/* Shortest round-tripping text of a finite double. */
bool
sm_json_write_double(sm_buf *out, double d)
{
	char		tmp[64];

	if (!isfinite(d))
		return false;
	if (d == floor(d) && fabs(d) < 1e15)
	{
		snprintf(tmp, sizeof(tmp), "%.0f", d);
		/* "-0" is valid JSON but reads better as 0 */
		if (strcmp(tmp, "-0") == 0)
			strcpy(tmp, "0");
		return sm_buf_puts(out, tmp);
	}
	for (int prec = 15; prec <= 17; prec++)
	{
		snprintf(tmp, sizeof(tmp), "%.*g", prec, d);
		if (strtod(tmp, NULL) == d)
			break;
	}
	return sm_buf_puts(out, tmp);
}

/* Compact JSON text of v. */
bool
sm_json_write(const sm_json *v, sm_buf *out)
{
	if (v == NULL)
		return false;
	switch (v->type)
	{
		case SM_JNULL:
			return sm_buf_puts(out, "null");
		case SM_JFALSE:
			return sm_buf_puts(out, "false");
		case SM_JTRUE:
			return sm_buf_puts(out, "true");
		case SM_JNUMBER:
			if (v->str)
				return sm_buf_append(out, v->str, v->len);
			return sm_json_write_double(out, v->num);
		case SM_JSTRING:
			return sm_json_write_string(out, v->str ? v->str : "", v->str ? v->len : 0);
		case SM_JARRAY:
			sm_buf_putc(out, '[');
			for (size_t i = 0; i < v->n; i++)
			{
				if (i > 0)
					sm_buf_putc(out, ',');
				if (!sm_json_write(v->items[i], out))
					return false;
			}
			return sm_buf_putc(out, ']');
		case SM_JOBJECT:
			sm_buf_putc(out, '{');
			for (size_t i = 0; i < v->n; i++)
			{
				if (i > 0)
					sm_buf_putc(out, ',');
				sm_json_write_string(out, v->keys[i], v->keylens[i]);
				sm_buf_putc(out, ':');
				if (!sm_json_write(v->items[i], out))
					return false;
			}
			return sm_buf_putc(out, '}');
	}
	return false;
}

/* Name of a JSON type. */
const char *
sm_json_type_name(sm_jtype t)
{
	switch (t)
	{
		case SM_JNULL:
			return "null";
		case SM_JFALSE:
		case SM_JTRUE:
			return "boolean";
		case SM_JNUMBER:
			return "number";
		case SM_JSTRING:
			return "string";
		case SM_JARRAY:
			return "array";
		case SM_JOBJECT:
			return "object";
	}
	return "unknown";
}

/* Name of a JSON type with its article, for "expected ..., got ..." messages. */
const char *
sm_json_type_phrase(sm_jtype t)
{
	switch (t)
	{
		case SM_JNULL:
			return "null";
		case SM_JFALSE:
		case SM_JTRUE:
			return "a boolean";
		case SM_JNUMBER:
			return "a number";
		case SM_JSTRING:
			return "a string";
		case SM_JARRAY:
			return "an array";
		case SM_JOBJECT:
			return "an object";
	}
	return "an unknown value";
}

/* A new empty value of the given type. */
sm_json *
sm_json_new(sm_jtype type)
{
	sm_json    *v = sm_calloc(1, sizeof(sm_json));

	if (v)
		v->type = type;
	return v;
}

/* A new string value holding a copy of s[0..len). */
sm_json *
sm_json_new_string(const char *s, size_t len)
{
	sm_json    *v = sm_json_new(SM_JSTRING);

	if (v == NULL)
		return NULL;
	v->str = sm_strndup(s, len);
	if (v->str == NULL)
	{
		sm_free(v);
		return NULL;
	}
	v->len = len;
	return v;
}

/* A new number value without text. */
sm_json *
sm_json_new_number(double d)
{
	sm_json    *v = sm_json_new(SM_JNUMBER);

	if (v)
		v->num = d;
	return v;
}

/* Append item to an array, taking ownership. */
bool
sm_json_array_append(sm_json *arr, sm_json *item)
{
	if (arr == NULL || arr->type != SM_JARRAY || item == NULL ||
		!grow_members(arr, false))
	{
		sm_json_free(item);
		return false;
	}
	arr->items[arr->n++] = item;
	return true;
}

/* Append a member to an object, taking ownership of item. */
bool
sm_json_object_append(sm_json *obj, const char *key, size_t keylen, sm_json *item)
{
	char	   *k;

	if (obj == NULL || obj->type != SM_JOBJECT || item == NULL ||
		!grow_members(obj, true))
	{
		sm_json_free(item);
		return false;
	}
	k = sm_strndup(key, keylen);
	if (k == NULL)
	{
		sm_json_free(item);
		return false;
	}
	obj->keys[obj->n] = k;
	obj->keylens[obj->n] = keylen;
	obj->items[obj->n] = item;
	obj->n++;
	return true;
}

/* Deep copy of v. */
sm_json *
sm_json_clone(const sm_json *v)
{
	sm_json    *c;

	if (v == NULL)
		return NULL;
	c = sm_json_new(v->type);
	if (c == NULL)
		return NULL;
	c->num = v->num;
	if (v->str)
	{
		c->str = sm_strndup(v->str, v->len);
		if (c->str == NULL)
		{
			sm_free(c);
			return NULL;
		}
		c->len = v->len;
	}
	for (size_t i = 0; i < v->n; i++)
	{
		sm_json    *item = sm_json_clone(v->items[i]);
		bool		ok;

		if (item == NULL)
		{
			sm_json_free(c);
			return NULL;
		}
		if (v->type == SM_JOBJECT)
			ok = sm_json_object_append(c, v->keys[i], v->keylens[i], item);
		else
			ok = sm_json_array_append(c, item);
		if (!ok)
		{
			sm_json_free(c);
			return NULL;
		}
	}
	return c;
}

/* Structural equality; numbers by value. */
bool
sm_json_equal(const sm_json *a, const sm_json *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	if (a->type != b->type)
		return false;
	switch (a->type)
	{
		case SM_JNULL:
		case SM_JFALSE:
		case SM_JTRUE:
			return true;
		case SM_JNUMBER:
			/* 1e999 and 2e999 both read as infinity: compare their text */
			if (!isfinite(a->num) || !isfinite(b->num))
				return a->str && b->str && a->len == b->len &&
					memcmp(a->str, b->str, a->len) == 0;
			return a->num == b->num;
		case SM_JSTRING:
			return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
		case SM_JARRAY:
		case SM_JOBJECT:
			if (a->n != b->n)
				return false;
			for (size_t i = 0; i < a->n; i++)
			{
				if (a->type == SM_JOBJECT &&
					(a->keylens[i] != b->keylens[i] ||
					 memcmp(a->keys[i], b->keys[i], a->keylens[i]) != 0))
					return false;
				if (!sm_json_equal(a->items[i], b->items[i]))
					return false;
			}
			return true;
	}
	return false;
}
