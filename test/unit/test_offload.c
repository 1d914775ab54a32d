/*
 * test_offload.c
 *	  The helper-thread runner of long library calls: results come back,
 *	  a cancel during the call returns while the call still runs, and the
 *	  abandoned job is freed by the thread (LeakSanitizer checks at exit).
 *	  Also: a wide nearest-correlation repair (offloaded) answers a cancel.
 *	  Latencies are printed, not asserted (shared machines are noisy).
 */
#include <setjmp.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

#include "copula.h"
#include "offload.h"
#include "sm_common.h"
#include "unit.h"

typedef struct sum_job
{
	int			n;
	int			sleep_ms;
	long		sum;
} sum_job;

static atomic_int finished;

/* The long call of the tests: sleep, then add 1..n. */
static void
sum_run(void *arg)
{
	sum_job    *j = arg;
	struct timespec ts = {j->sleep_ms / 1000, (j->sleep_ms % 1000) * 1000000L};

	nanosleep(&ts, NULL);
	for (int i = 1; i <= j->n; i++)
		j->sum += i;
	atomic_store(&finished, 1);
}

static jmp_buf unwind_to;
static int	guard_calls;
static int	cancel_after;		/* the guard "cancels" on this call; 0: never */

/* A guard standing in for the server's: unwinds like an ERROR would. */
static void
test_guard(sm_unwind_fn on_unwind, void *arg)
{
	guard_calls++;
	if (cancel_after > 0 && guard_calls >= cancel_after)
	{
		on_unwind(arg);
		longjmp(unwind_to, 1);
	}
}

/* Milliseconds of the monotonic clock. */
static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/*
 * An allocator that, like a server memory context, can release everything
 * the core allocated when a cancel unwinds it.
 */
#define ARENA_MAX 4096
static void *arena[ARENA_MAX];

/* Allocate and remember. */
static void *
arena_alloc(size_t size)
{
	for (int i = 0; i < ARENA_MAX; i++)
		if (arena[i] == NULL)
			return arena[i] = malloc(size ? size : 1);
	return NULL;
}

/* Reallocate a remembered block. */
static void *
arena_realloc(void *ptr, size_t size)
{
	for (int i = 0; i < ARENA_MAX; i++)
		if (arena[i] == ptr)
		{
			void	   *p = realloc(ptr, size ? size : 1);

			if (p)
				arena[i] = p;
			return p;
		}
	return NULL;
}

/* Free and forget. */
static void
arena_free(void *ptr)
{
	for (int i = 0; i < ARENA_MAX; i++)
		if (arena[i] == ptr && ptr != NULL)
		{
			free(ptr);
			arena[i] = NULL;
			return;
		}
}

/* Release whatever is left, as a context reset would. */
static void
arena_reset(void)
{
	for (int i = 0; i < ARENA_MAX; i++)
	{
		free(arena[i]);
		arena[i] = NULL;
	}
}

/* Plain check used by the copula code between steps: never cancels. */
static void
no_check(void)
{
}

/* Wait until the helper thread has finished its call (and freed). */
static void
wait_finished(void)
{
	struct timespec ts = {0, 20000000L};

	while (!atomic_load(&finished))
		nanosleep(&ts, NULL);
	nanosleep(&ts, NULL);		/* let it free the block after the call */
}

int
main(void)
{
	sum_job    *j;
	double		t0,
				waited;

	sm_set_interrupt_check(no_check);
	sm_set_interrupt_guard(test_guard);

	/* a normal call: the result comes back through the block */
	j = sm_offload_alloc(sizeof(sum_job));
	CHECK(j != NULL);
	j->n = 1000;
	j->sleep_ms = 30;
	guard_calls = 0;
	cancel_after = 0;
	atomic_store(&finished, 0);
	sm_offload_run(sum_run, j);
	CHECK(j->sum == 500500);
	CHECK(guard_calls >= 1);	/* the caller polled while it waited */
	sm_offload_free(j);

	/* a cancel during a 1 s call: the caller leaves after ~2 polls */
	j = sm_offload_alloc(sizeof(sum_job));
	j->n = 10;
	j->sleep_ms = 1000;
	guard_calls = 0;
	cancel_after = 2;
	atomic_store(&finished, 0);
	t0 = now_ms();
	if (setjmp(unwind_to) == 0)
	{
		sm_offload_run(sum_run, j);
		CHECK(!"sm_offload_run returned despite the cancel");
	}
	waited = now_ms() - t0;
	printf("# left a 1 s call after %.1f ms\n", waited);
	CHECK(!atomic_load(&finished));	/* the call was still running */
	wait_finished();			/* LeakSanitizer: the thread freed j */

	/* a cancel that comes after the call finished: the caller frees */
	j = sm_offload_alloc(sizeof(sum_job));
	j->n = 10;
	j->sleep_ms = 0;
	guard_calls = 0;
	cancel_after = 1;
	atomic_store(&finished, 0);
	{
		struct timespec ts = {0, 50000000L};

		if (setjmp(unwind_to) == 0)
		{
			/* make sure the call is done before the first poll */
			sm_offload_run(sum_run, j);
			/* finished before the first poll: returned normally */
			sm_offload_free(j);
		}
		nanosleep(&ts, NULL);
	}
	CHECK(atomic_load(&finished));

	/* a wide repair: a cancel while LAPACK works returns promptly */
	{
		int			d = 600;
		double	   *c = calloc((size_t) d * d, sizeof(double));
		sm_error	err;
		static const sm_allocator tracked = {arena_alloc, arena_realloc,
		arena_free};

		sm_set_allocator(&tracked);
		for (int a = 0; a < d; a++)
			for (int b = 0; b < d; b++)
				c[(size_t) a * d + b] = (a == b) ? 1.0 :
					((a * 7 + b * 13) % 17 == 0 ? 0.9 : -0.3 / (1 + abs(a - b)));
		for (int a = 0; a < d; a++)
			for (int b = 0; b < a; b++)
				c[(size_t) a * d + b] = c[(size_t) b * d + a];
		sm_error_clear(&err);
		guard_calls = 0;
		cancel_after = 2;
		t0 = now_ms();
		if (setjmp(unwind_to) == 0)
		{
			sm_nearest_correlation(c, d, 1e-6, &err);
			CHECK(!"the repair returned despite the cancel");
		}
		waited = now_ms() - t0;
		printf("# cancelled a %d-column repair after %.1f ms\n", d, waited);
		CHECK(guard_calls == 2);	/* it unwound from inside a LAPACK wait */
		arena_reset();
		free(c);
		/* let the abandoned LAPACK call finish and free its block */
		{
			struct timespec ts = {2, 0};

			nanosleep(&ts, NULL);
		}
	}
	return unit_done();
}
