/*
 * offload.c
 *	  A long library call on a helper thread, with cancellation polled by
 *	  the caller (see offload.h for the contract).
 */
#include "offload.h"
#include "sm_common.h"

#include <pthread.h>
#include <signal.h>
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/*
 * The header in front of every job block.  Whoever comes last frees the
 * block: the caller after a normal wait, the thread after an abandoned one.
 */
typedef struct offload_hdr
{
	pthread_mutex_t lock;
	bool		done;			/* fn returned */
	bool		abandoned;		/* the caller unwound and left */
	sm_offload_fn fn;
} offload_hdr;

/* The header rounded up so the job itself is maximally aligned. */
#define HDR_SIZE \
	((sizeof(offload_hdr) + alignof(max_align_t) - 1) & \
	 ~(alignof(max_align_t) - 1))

/* The header of a job block. */
static offload_hdr *
hdr_of(void *job)
{
	return (offload_hdr *) ((char *) job - HDR_SIZE);
}

/* See offload.h. */
void *
sm_offload_alloc(size_t size)
{
	offload_hdr *h;

	if (size > SIZE_MAX - HDR_SIZE)
		return NULL;
	h = calloc(1, HDR_SIZE + size);
	if (h == NULL)
		return NULL;
	if (pthread_mutex_init(&h->lock, NULL) != 0)
	{
		free(h);
		return NULL;
	}
	return (char *) h + HDR_SIZE;
}

/* See offload.h. */
void
sm_offload_free(void *job)
{
	offload_hdr *h;

	if (job == NULL)
		return;
	h = hdr_of(job);
	pthread_mutex_destroy(&h->lock);
	free(h);
}

/* The helper thread: run the call, then free the block if abandoned. */
static void *
offload_main(void *arg)
{
	void	   *job = arg;
	offload_hdr *h = hdr_of(job);
	bool		abandoned;

	h->fn(job);
	pthread_mutex_lock(&h->lock);
	h->done = true;
	abandoned = h->abandoned;
	pthread_mutex_unlock(&h->lock);
	if (abandoned)
		sm_offload_free(job);
	return NULL;
}

/*
 * The interrupt guard's clean-up, called only when the caller unwinds: hand
 * the block to the thread, or free it if the thread has already finished.
 */
static void
offload_abandon(void *arg)
{
	void	   *job = arg;
	offload_hdr *h = hdr_of(job);
	bool		done;

	pthread_mutex_lock(&h->lock);
	done = h->done;
	h->abandoned = true;
	pthread_mutex_unlock(&h->lock);
	if (done)
		sm_offload_free(job);
}

/* Start the detached helper thread with every signal blocked in it. */
static bool
offload_start(void *job)
{
	pthread_t	thread;
	pthread_attr_t attr;
	sigset_t	all,
				old;
	bool		ok;

	if (pthread_attr_init(&attr) != 0)
		return false;
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	/* the new thread inherits the mask: signals stay with the caller */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	ok = pthread_create(&thread, &attr, offload_main, job) == 0;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	pthread_attr_destroy(&attr);
	return ok;
}

/* See offload.h. */
void
sm_offload_run(sm_offload_fn fn, void *job)
{
	offload_hdr *h = hdr_of(job);
	struct timespec pause = {0, SM_OFFLOAD_POLL_MS * 1000000L};

	h->fn = fn;
	h->done = false;
	h->abandoned = false;
	if (!offload_start(job))
	{
		fn(job);				/* no thread: correct, only not cancellable */
		return;
	}
	for (;;)
	{
		bool		done;

		pthread_mutex_lock(&h->lock);
		done = h->done;
		pthread_mutex_unlock(&h->lock);
		if (done)
			return;
		sm_check_interrupts_guarded(offload_abandon, job);
		nanosleep(&pause, NULL);
	}
}
