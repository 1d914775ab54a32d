/*
 * risk.h
 *	  The overall risk of a shadow run from its parts (pure C, no server
 *	  headers).
 */
#ifndef SM_SHADOW_RISK_H
#define SM_SHADOW_RISK_H

/* weights of the schema, data and resource parts (sum 1) */
#define SM_RISK_W_SCHEMA	0.4
#define SM_RISK_W_DATA		0.4
#define SM_RISK_W_RESOURCE	0.2

/*
 * Overall risk in [0, 1]: 1 - (1-s)^0.4 (1-d)^0.4 (1-r)^0.2, a weighted
 * geometric "no failure" combination.  Each part is clamped to [0, 1]; a
 * NaN part counts as 1 (unknown is risky).
 */
extern double sm_shadow_risk(double schema, double data, double resource);

#endif							/* SM_SHADOW_RISK_H */
