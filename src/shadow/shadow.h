/*
 * shadow.h
 *	  Shadow runs: the background worker's entry points and GUCs (worker.c).
 */
#ifndef SYNTHMIG_SHADOW_H
#define SYNTHMIG_SHADOW_H

extern int	synthmig_max_shadow_workers;
extern bool synthmig_shadow_allow_superuser;
extern double synthmig_shadow_risk_threshold;

/*
 * Define the shadow run GUCs and, when synthmig is being preloaded,
 * request shared memory and register the launcher (from _PG_init).
 */
extern void synthmig_shadow_init(void);

#endif							/* SYNTHMIG_SHADOW_H */
