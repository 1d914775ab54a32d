/*
 * convert.h
 *	  Conversions between PostgreSQL Datums and the core's sm_value.
 */
#ifndef SYNTHMIG_CONVERT_H
#define SYNTHMIG_CONVERT_H

#include "synthmig.h"

#include "fmgr.h"
#include "lib/stringinfo.h"

#include "model.h"

/* How to turn a generated value into a Datum of one attribute. */
typedef struct DatumTarget
{
	Oid			typoid;
	int32		typmod;
	FmgrInfo	input;			/* for types without a fast path */
	Oid			ioparam;
	const char *colname;		/* for error messages */
	bool		is_array;		/* an array type (enum[] and the like) */
} DatumTarget;

/* How to read a Datum of one column as a training value. */
typedef struct DatumSource
{
	Oid			typoid;
	FmgrInfo	output;			/* for types without a fast path */
} DatumSource;

extern void datum_target_init(DatumTarget *t, Oid typoid, int32 typmod,
							  const char *colname);
extern Datum value_to_datum(DatumTarget *t, const sm_value *v, bool *isnull);

extern void datum_source_init(DatumSource *s, Oid typoid);

/* Text of non-native types is palloc'd in the current memory context. */
extern void datum_to_value(DatumSource *s, Datum d, bool isnull, sm_value *v);

/* Append the value as text (ISO dates, plain numbers) to buf. */
extern void value_to_text(const sm_value *v, StringInfo buf);

#endif							/* SYNTHMIG_CONVERT_H */
