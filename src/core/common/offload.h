/*
 * offload.h
 *	  Run one long, uninterruptible library call (a LAPACK factorisation of a
 *	  wide correlation matrix) on a helper thread while the calling thread
 *	  keeps answering cancellation.
 *
 * A single dsyevr or dpotrf on a 1,600-column matrix runs for seconds and
 * cannot check for interrupts itself.  The call runs on a thread that blocks
 * every signal and touches nothing but its job block; the caller polls the
 * interrupt guard every SM_OFFLOAD_POLL_MS.  If the guard unwinds (a query
 * cancel), the job block is handed to the thread, which frees it when the
 * library call returns; the backend does not wait for it.
 *
 * The job block comes from sm_offload_alloc (plain malloc: the server's
 * memory contexts are neither thread-safe nor alive after an unwind), so no
 * interrupt check may run between sm_offload_alloc and sm_offload_run, or
 * after sm_offload_run returns and before sm_offload_free.
 */
#ifndef SM_OFFLOAD_H
#define SM_OFFLOAD_H

#include <stdbool.h>
#include <stddef.h>

/* Below this matrix dimension the work is short: run inline. */
#define SM_OFFLOAD_MIN_DIM	192
#define SM_OFFLOAD_POLL_MS	5

typedef void (*sm_offload_fn) (void *job);

/* A zeroed job block of size bytes, or NULL when out of memory. */
extern void *sm_offload_alloc(size_t size);

/*
 * Run fn(job) to completion on a helper thread (inline when no thread can
 * be started), polling for cancellation meanwhile.  Returns only after fn
 * returned; unwinds through the interrupt guard otherwise.
 */
extern void sm_offload_run(sm_offload_fn fn, void *job);

/* Release a job block after sm_offload_run returned. */
extern void sm_offload_free(void *job);

#endif							/* SM_OFFLOAD_H */
