/*
 * vocab.c
 *	  synthmig.text_vocabulary(): the built-in vocabulary of the word model
 *	  (src/core/generate/textvocab.h), for inspection and measurement.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "textvocab.h"

PG_FUNCTION_INFO_V1(synthmig_text_vocabulary);

/*
 * text_vocabulary(class text DEFAULT NULL) -> TABLE(class text, word text):
 * every word of the built-in lists, or of one class.
 */
Datum
synthmig_text_vocabulary(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	sm_vocab_id only = SM_VOCAB_NONE;

	InitMaterializedSRF(fcinfo, 0);
	if (!PG_ARGISNULL(0))
	{
		char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(0));

		only = sm_vocab_by_name(name);
		if (only == SM_VOCAB_NONE)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown vocabulary class \"%s\"", name),
					 errdetail("The classes are first_name, last_name, city, country, street, state, word and domain."),
					 errhint("Call synthmig.text_vocabulary() without an argument to list every class.")));
	}
	for (int c = 0; c <= SM_VOCAB_DOMAIN; c++)
	{
		size_t		n;
		const char *const *w;
		text	   *cname;

		if (only != SM_VOCAB_NONE && c != (int) only)
			continue;
		w = sm_vocab_words((sm_vocab_id) c, &n);
		cname = cstring_to_text(sm_vocab_name((sm_vocab_id) c));
		for (size_t i = 0; i < n; i++)
		{
			Datum		values[2];
			bool		nulls[2] = {false, false};

			CHECK_FOR_INTERRUPTS();
			values[0] = PointerGetDatum(cname);
			values[1] = CStringGetTextDatum(w[i]);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
	}
	return (Datum) 0;
}
