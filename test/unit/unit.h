/*
 * unit.h
 *	  A minimal TAP-producing test harness for the pure-C core.
 *
 * Each test_*.c is one program; the runner counts "ok" / "not ok" lines.
 */
#ifndef SM_UNIT_H
#define SM_UNIT_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int	unit_count = 0;
static int	unit_failed = 0;

static inline void
unit_check(int ok, const char *file, int line, const char *what)
{
	unit_count++;
	if (ok)
		printf("ok %d - %s\n", unit_count, what);
	else
	{
		unit_failed++;
		printf("not ok %d - %s (%s:%d)\n", unit_count, what, file, line);
	}
	fflush(stdout);
}

#define CHECK(cond) unit_check(!!(cond), __FILE__, __LINE__, #cond)
#define CHECK_STR(a, b) \
	unit_check((a) != NULL && strcmp((a), (b)) == 0, __FILE__, __LINE__, #a " == " #b)
#define CHECK_NEAR(a, b, tol) \
	unit_check(fabs((double) (a) - (double) (b)) <= (tol), __FILE__, __LINE__, \
			   #a " ~= " #b)

/* Print the TAP plan and return the process exit code. */
static inline int
unit_done(void)
{
	printf("1..%d\n", unit_count);
	if (unit_failed)
		printf("# %d of %d checks failed\n", unit_failed, unit_count);
	return unit_failed ? 1 : 0;
}

#endif
