/*
 * sm_common.c
 *	  Allocation hooks, error reports and a string buffer for the pure-C core.
 */
#include "sm_common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* malloc, never with size 0: the allocator outside the server. */
static void *
default_alloc(size_t size)
{
	return malloc(size ? size : 1);
}

/* realloc, never with size 0: the allocator outside the server. */
static void *
default_realloc(void *ptr, size_t size)
{
	return realloc(ptr, size ? size : 1);
}

/* free: the allocator outside the server. */
static void
default_free(void *ptr)
{
	free(ptr);
}

static sm_allocator allocator = {default_alloc, default_realloc, default_free};

/* Install the server's allocator (palloc in the current context). */
void
sm_set_allocator(const sm_allocator *a)
{
	allocator = *a;
}

static void (*interrupt_check) (void) = NULL;

void
sm_set_interrupt_check(void (*check) (void))
{
	interrupt_check = check;
}

void
sm_check_interrupts(void)
{
	if (interrupt_check)
		interrupt_check();
}

static void (*interrupt_guard) (sm_unwind_fn on_unwind, void *arg) = NULL;

/* Install the guarded check (see sm_common.h). */
void
sm_set_interrupt_guard(void (*guard) (sm_unwind_fn on_unwind, void *arg))
{
	interrupt_guard = guard;
}

/* The check for callers holding memory the unwinding would leak. */
void
sm_check_interrupts_guarded(sm_unwind_fn on_unwind, void *arg)
{
	if (interrupt_guard)
		interrupt_guard(on_unwind, arg);
	else
		sm_check_interrupts();
}

/* Allocate through the hooks; NULL when out of memory. */
void *
sm_malloc(size_t size)
{
	return allocator.alloc(size);
}

/* Allocate n zeroed elements through the hooks; NULL on overflow or out of memory. */
void *
sm_calloc(size_t n, size_t size)
{
	size_t		total;
	void	   *p;

	if (!sm_mul_size(n, size, &total))
		return NULL;
	p = allocator.alloc(total);
	if (p)
		memset(p, 0, total);
	return p;
}

/* Resize through the hooks (allocate when ptr is NULL); NULL when out of memory. */
void *
sm_realloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return allocator.alloc(size);
	return allocator.realloc(ptr, size);
}

/* Free through the hooks; NULL is ignored. */
void
sm_free(void *ptr)
{
	if (ptr)
		allocator.free(ptr);
}

/* A NUL-terminated copy of len bytes of s; NULL when out of memory. */
char *
sm_strndup(const char *s, size_t len)
{
	char	   *p;

	if (len == SIZE_MAX)
		return NULL;
	p = sm_malloc(len + 1);
	if (p)
	{
		memcpy(p, s, len);
		p[len] = '\0';
	}
	return p;
}

/* Reset an error to "no error". */
void
sm_error_clear(sm_error *err)
{
	if (err)
		memset(err, 0, sizeof(*err));
}

/* Record an error (class, path, message); always returns false. */
bool
sm_error_set(sm_error *err, sm_errcode code, const char *path,
			 const char *fmt,...)
{
	va_list		ap;

	if (err == NULL)
		return false;
	/* the first error wins: it is the most precise one */
	if (err->code != SM_OK)
		return false;
	err->code = code;
	snprintf(err->path, sizeof(err->path), "%s", path ? path : "");
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	err->detail[0] = '\0';
	err->hint[0] = '\0';
	return false;
}

/* Set the detail of an already recorded error. */
void
sm_error_detail(sm_error *err, const char *fmt,...)
{
	va_list		ap;

	if (err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
}

/* Set the hint of an already recorded error. */
void
sm_error_hint(sm_error *err, const char *fmt,...)
{
	va_list		ap;

	if (err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(err->hint, sizeof(err->hint), fmt, ap);
	va_end(ap);
}

/* An empty buffer. */
void
sm_buf_init(sm_buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->oom = false;
}

/* Release a buffer and leave it empty. */
void
sm_buf_free(sm_buf *b)
{
	sm_free(b->data);
	sm_buf_init(b);
}

/* Append len bytes, keeping the buffer NUL-terminated. */
bool
sm_buf_append(sm_buf *b, const char *s, size_t len)
{
	if (b->oom)
		return false;
	if (len > SIZE_MAX / 2 - b->len - 1)
	{
		b->oom = true;
		return false;
	}
	if (b->len + len + 1 > b->cap)
	{
		size_t		ncap = b->cap ? b->cap : 64;
		char	   *n;

		while (ncap < b->len + len + 1)
			ncap *= 2;
		n = sm_realloc(b->data, ncap);
		if (n == NULL)
		{
			b->oom = true;
			return false;
		}
		b->data = n;
		b->cap = ncap;
	}
	if (len)
		memcpy(b->data + b->len, s, len);
	b->len += len;
	b->data[b->len] = '\0';
	return true;
}

/* Append a NUL-terminated string; false when out of memory. */
bool
sm_buf_puts(sm_buf *b, const char *s)
{
	return sm_buf_append(b, s, strlen(s));
}

/* Append one byte; false when out of memory. */
bool
sm_buf_putc(sm_buf *b, char c)
{
	return sm_buf_append(b, &c, 1);
}

/* Append printf-formatted text; false when out of memory. */
bool
sm_buf_printf(sm_buf *b, const char *fmt,...)
{
	va_list		ap;
	char		small[256];
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return false;
	if ((size_t) n < sizeof(small))
		return sm_buf_append(b, small, (size_t) n);
	else
	{
		char	   *big = sm_malloc((size_t) n + 1);
		bool		ok;

		if (big == NULL)
		{
			b->oom = true;
			return false;
		}
		va_start(ap, fmt);
		vsnprintf(big, (size_t) n + 1, fmt, ap);
		va_end(ap);
		ok = sm_buf_append(b, big, (size_t) n);
		sm_free(big);
		return ok;
	}
}

/* Shared by the JSON parser, the regex engine and the text model. */
size_t
sm_utf8_encode(uint32_t cp, char *dst)
{
	if (cp < 0x80)
	{
		dst[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		dst[0] = (char) (0xC0 | (cp >> 6));
		dst[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		dst[0] = (char) (0xE0 | (cp >> 12));
		dst[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		dst[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	dst[0] = (char) (0xF0 | (cp >> 18));
	dst[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	dst[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	dst[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}
