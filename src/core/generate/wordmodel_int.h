/*
 * wordmodel_int.h
 *	  Private layout of the token-template and word model (wordmodel.h);
 *	  shared by wordmodel.c (fitting, sampling) and wordmodel_json.c.
 */
#ifndef WORDMODEL_INT_H
#define WORDMODEL_INT_H

#include "wordmodel.h"
#include "textvocab.h"

#define WM_FORMAT		"synthmig.wordmodel"

typedef enum wm_type
{
	WM_SEP,
	WM_WORD,
	WM_NUM,
	WM_DOMAIN
} wm_type;

/* Case of replacement words. */
typedef enum wm_case
{
	WM_CASE_ASIS,				/* as the vocabulary writes it */
	WM_CASE_LOWER,
	WM_CASE_UPPER,
	WM_CASE_CAP					/* first letter upper, the rest lower */
} wm_case;

/* One slot (or separator) of a template. */
typedef struct wm_slot
{
	wm_type		type;
	char	   *text;			/* WM_SEP */
	size_t		textlen;
	uint32_t	nforms;
	char	  **forms;
	size_t	   *flens;
	uint64_t   *counts;
	uint64_t   *cum;			/* derived: running sums of counts */
	uint64_t	rare;			/* mass of the rare forms */
	uint64_t	total;			/* derived: forms + rare */
	sm_vocab_id vclass;
	wm_case		kase;
	uint32_t	nlens;			/* rare lengths 0..nlens-1 (digits, letters) */
	uint64_t   *lens;
	uint64_t   *lcum;			/* derived */
	uint64_t	ltotal;			/* derived */
	bool		lead0;			/* NUM: a rare form began with 0 */
} wm_slot;

typedef struct wm_tmpl
{
	uint64_t	weight;
	uint32_t	nslots;
	wm_slot    *slots;
} wm_tmpl;

struct sm_wordmodel
{
	bool		free_mode;
	int			max_length;
	uint32_t	ntmpl;
	wm_tmpl    *tmpl;
	uint64_t   *tcum;			/* derived */
	uint64_t	ttotal;			/* derived */
	/* free mode */
	uint32_t	nwc;
	uint64_t   *wc;				/* values of i words */
	uint64_t   *wccum;			/* derived */
	uint64_t	wctotal;		/* derived */
	wm_slot		first;
	wm_slot		rest;
};

extern bool wm_prepare(sm_wordmodel *m);
extern void wm_slot_free(wm_slot *s);

#endif							/* WORDMODEL_INT_H */
