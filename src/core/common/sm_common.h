/*
 * sm_common.h
 *	  Shared definitions of the pure-C core: allocation hooks and error reports.
 *
 * The core never includes PostgreSQL headers.  It allocates through hooks so
 * that, inside the server, memory lands in the caller's memory context and is
 * released with it even when an ERROR unwinds the stack; in unit tests and
 * fuzzers the hooks are plain malloc/free.  Every core allocation failure is
 * reported as SM_ENOMEM instead of aborting.
 */
#ifndef SM_COMMON_H
#define SM_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Error classes; the glue maps each to an SQLSTATE. */
typedef enum sm_errcode
{
	SM_OK = 0,
	SM_EINVAL,					/* invalid input (22023) */
	SM_ENOMEM,					/* out of memory (53200) */
	SM_ELIMIT,					/* a documented limit was exceeded (54000) */
	SM_EREGEX,					/* invalid regular expression (2201B) */
	SM_EUNSUPPORTED,			/* valid but unsupported construct (0A000) */
	SM_EDATA					/* data does not fit (22000) */
} sm_errcode;

/*
 * An error report.  "path" names the offending element (a JSON path such as
 * tables[1].columns[3].max, a column name, or a pattern offset); the
 * message is lower-case, without trailing period, PostgreSQL style.
 */
typedef struct sm_error
{
	sm_errcode	code;
	char		path[256];
	char		message[512];
	char		detail[512];
	char		hint[256];
} sm_error;

/* Record an error (printf-style message); returns false for convenience. */
extern bool sm_error_set(sm_error *err, sm_errcode code, const char *path,
						 const char *fmt,...)
			__attribute__((format(printf, 4, 5)));

/* Set the detail / hint of an already recorded error. */
extern void sm_error_detail(sm_error *err, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
extern void sm_error_hint(sm_error *err, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
extern void sm_error_clear(sm_error *err);

/* Allocation hooks; they return NULL on failure, never abort. */
typedef struct sm_allocator
{
	void	   *(*alloc) (size_t size);
	void	   *(*realloc) (void *ptr, size_t size);
	void		(*free) (void *ptr);
} sm_allocator;

extern void sm_set_allocator(const sm_allocator *a);

/*
 * Cancellation: the glue installs a check that may not return (inside the
 * server it raises the query-cancel error and unwinds); the core calls
 * sm_check_interrupts() between long steps, only where everything it holds
 * came from the allocator above.  Without a check installed it does nothing.
 */
extern void sm_set_interrupt_check(void (*check) (void));
extern void sm_check_interrupts(void);

/*
 * The same check for a caller that holds memory outside the allocator (a
 * job handed to a helper thread): the guard runs the check and, only if it
 * unwinds, calls on_unwind(arg) first.  Without a guard installed it falls
 * back to the plain check.
 */
typedef void (*sm_unwind_fn) (void *arg);
extern void sm_set_interrupt_guard(void (*guard) (sm_unwind_fn on_unwind,
												  void *arg));
extern void sm_check_interrupts_guarded(sm_unwind_fn on_unwind, void *arg);
extern void *sm_malloc(size_t size);
extern void *sm_calloc(size_t n, size_t size);	/* overflow-checked */
extern void *sm_realloc(void *ptr, size_t size);
extern void sm_free(void *ptr);
extern char *sm_strndup(const char *s, size_t len);

/* Overflow-checked size arithmetic: false when a*b would overflow. */
static inline bool
sm_mul_size(size_t a, size_t b, size_t *out)
{
	if (b != 0 && a > SIZE_MAX / b)
		return false;
	*out = a * b;
	return true;
}

/* Value of an ASCII hex digit, or -1. */
static inline int
sm_hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* UTF-8 encoding of a Unicode scalar value into dst; returns 1..4 bytes. */
extern size_t sm_utf8_encode(uint32_t cp, char *dst);

/* A growable byte buffer for building strings (JSON output, SQL text). */
typedef struct sm_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	bool		oom;			/* an append failed; data is truncated */
} sm_buf;

extern void sm_buf_init(sm_buf *b);
extern void sm_buf_free(sm_buf *b);
extern bool sm_buf_append(sm_buf *b, const char *s, size_t len);
extern bool sm_buf_puts(sm_buf *b, const char *s);
extern bool sm_buf_putc(sm_buf *b, char c);
extern bool sm_buf_printf(sm_buf *b, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

#endif							/* SM_COMMON_H */
