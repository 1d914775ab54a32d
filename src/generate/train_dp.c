/*
 * train_dp.c
 *	  _fit_table_dp(): fit the model of one table under differential
 *	  privacy.
 *
 * The same seed query as train.c; the rows go to the private fitter of
 * the core (dp.c), which releases only noisy statistics.  The noise seed
 * comes from pg_strong_random (no fallback: a guessable seed would void
 * the guarantee).  The budget ledger is kept by the SQL caller
 * (sql/src/generate/privacy.sql).
 */
#include "synthmig.h"

#include "access/htup_details.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "convert.h"
#include "dp.h"
#include "model.h"
#include "schemadef.h"
#include "train.h"

PG_FUNCTION_INFO_V1(synthmig_fit_table_dp);

/* The mechanism named by text. */
static sm_dp_mech
parse_mechanism(const char *name)
{
	if (name == NULL || strcmp(name, "laplace") == 0)
		return SM_DP_LAPLACE;
	if (strcmp(name, "gaussian") == 0)
		return SM_DP_GAUSSIAN;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown differential privacy mechanism \"%s\"", name),
			 errdetail("At privacy.mechanism."),
			 errhint("Use \"laplace\" or \"gaussian\".")));
	return SM_DP_LAPLACE;		/* not reached */
}

/* Read the rows of relid through the seed query into the fitter. */
static void
feed_rows(Oid relid, const sm_table *tbl, int sample_rows, sm_dp_fitter *fitter,
		  MemoryContext fitcxt)
{
	Portal		portal;
	DatumSource *sources = NULL;
	sm_value   *row = palloc(sizeof(sm_value) * tbl->ncolumns);
	MemoryContext batchcxt;
	MemoryContext oldcxt;
	sm_error	err;

	portal = synthmig_open_seed_cursor(relid, tbl, sample_rows);
	batchcxt = AllocSetContextCreate(CurrentMemoryContext, "synthmig dp batch",
									 ALLOCSET_DEFAULT_SIZES);
	sm_error_clear(&err);
	for (;;)
	{
		SPI_cursor_fetch(portal, true, 1000);
		if (SPI_processed == 0)
			break;
		if (sources == NULL)
		{
			sources = palloc(sizeof(DatumSource) * tbl->ncolumns);
			for (size_t j = 0; j < tbl->ncolumns; j++)
				datum_source_init(&sources[j],
								  SPI_gettypeid(SPI_tuptable->tupdesc, (int) j + 1));
		}
		for (uint64 r = 0; r < SPI_processed; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			bool		ok;

			CHECK_FOR_INTERRUPTS();
			oldcxt = MemoryContextSwitchTo(batchcxt);
			for (size_t j = 0; j < tbl->ncolumns; j++)
			{
				bool		isnull;
				Datum		d = SPI_getbinval(tup, SPI_tuptable->tupdesc, (int) j + 1, &isnull);

				datum_to_value(&sources[j], d, isnull, &row[j]);
			}
			MemoryContextSwitchTo(fitcxt);
			ok = sm_dp_fitter_add_row(fitter, row, &err);
			MemoryContextSwitchTo(oldcxt);
			if (!ok)
				synthmig_report(&err, "cannot fit table privately");
			MemoryContextReset(batchcxt);
		}
		SPI_freetuptable(SPI_tuptable);
	}
	SPI_cursor_close(portal);
	SPI_finish();
}

/*
 * Fit one table privately and return the model as jsonb; exact: no noise
 * (the binned models of privacy level high, not differentially private).
 */
static Datum
fit_private(Jsonb *def, Oid relid, int sample_rows, sm_dp_params *params, bool exact)
{
	sm_schema  *schema;
	sm_table   *tbl;
	sm_colspec *specs;
	bool	   *text_like;
	sm_dp_fitter *fitter;
	sm_error	err;
	sm_buf		out;
	MemoryContext fitcxt;
	MemoryContext oldcxt;
	Datum		result;

	fitcxt = AllocSetContextCreate(CurrentMemoryContext, "synthmig dp fit",
								   ALLOCSET_DEFAULT_SIZES);
	oldcxt = MemoryContextSwitchTo(fitcxt);
	schema = synthmig_decode_table(def);
	tbl = &schema->tables[0];
	specs = palloc0(sizeof(sm_colspec) * tbl->ncolumns);
	text_like = palloc0(sizeof(bool) * tbl->ncolumns);
	for (size_t j = 0; j < tbl->ncolumns; j++)
	{
		const sm_column *c = &tbl->columns[j];

		sm_colspec_from_table(tbl, (int) j, &specs[j]);
		text_like[j] = !c->type.is_array && sm_type_is_text(c->type.kind);
	}
	sm_error_clear(&err);
	fitter = sm_dp_fitter_new(specs, (int) tbl->ncolumns, text_like, params, &err);
	if (fitter == NULL)
		synthmig_report(&err, exact ? "cannot fit the columns of privacy level high"
						: "cannot train with differential privacy");
	if (exact)
		sm_dp_fitter_disable_noise(fitter);
	MemoryContextSwitchTo(oldcxt);

	if (OidIsValid(relid))
		feed_rows(relid, tbl, sample_rows, fitter, fitcxt);

	oldcxt = MemoryContextSwitchTo(fitcxt);
	sm_buf_init(&out);
	if (!sm_dp_fitter_finish(fitter, &out, &err))
		synthmig_report(&err, exact ? "cannot fit the columns of privacy level high"
						: "cannot train with differential privacy");
	MemoryContextSwitchTo(oldcxt);
	result = DirectFunctionCall1(jsonb_in, CStringGetDatum(out.data));
	MemoryContextDelete(fitcxt);
	return result;
}

PG_FUNCTION_INFO_V1(synthmig_fit_columns_binned);

/*
 * _fit_columns_binned(table_def jsonb, source regclass, sample_rows int)
 * -> jsonb model: numeric columns (with bounds) as exact histograms over
 * equal-width bins, interpolated: no training value is stored.
 */
Datum
synthmig_fit_columns_binned(PG_FUNCTION_ARGS)
{
	sm_dp_params params;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("table definition and source must not be null")));
	memset(&params, 0, sizeof(params));
	params.epsilon = 1;			/* unused: no noise */
	params.corr_share = 0;
	params.bins = 64;
	PG_RETURN_DATUM(fit_private(PG_GETARG_JSONB_P(0), PG_GETARG_OID(1),
								PG_ARGISNULL(2) ? 50000 : PG_GETARG_INT32(2), &params, true));
}

/*
 * _fit_table_dp(table_def jsonb, source regclass, sample_rows int,
 * epsilon float8, delta float8, mechanism text, bins int,
 * correlation_share float8) -> jsonb model with its "dp" member.
 * source NULL: no rows (the noise alone).
 */
Datum
synthmig_fit_table_dp(PG_FUNCTION_ARGS)
{
	Oid			relid = PG_ARGISNULL(1) ? InvalidOid : PG_GETARG_OID(1);
	int			sample_rows = PG_ARGISNULL(2) ? 50000 : PG_GETARG_INT32(2);
	sm_dp_params params;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("table definition and epsilon must not be null")));
	if (sample_rows < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sample size must be positive, not %d", sample_rows)));
	memset(&params, 0, sizeof(params));
	params.epsilon = PG_GETARG_FLOAT8(3);
	params.delta = PG_ARGISNULL(4) ? 0.0 : PG_GETARG_FLOAT8(4);
	params.mech = parse_mechanism(PG_ARGISNULL(5) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(5)));
	params.bins = PG_ARGISNULL(6) ? 0 : PG_GETARG_INT32(6);
	params.corr_share = PG_ARGISNULL(7) ? -1.0 : PG_GETARG_FLOAT8(7);
	if (!pg_strong_random(&params.seed, sizeof(params.seed)))
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not generate a random seed for the privacy noise"),
				 errhint("Differential privacy needs the strong random source of the server (pg_strong_random).")));
	PG_RETURN_DATUM(fit_private(PG_GETARG_JSONB_P(0), relid, sample_rows, &params, false));
}

PG_FUNCTION_INFO_V1(synthmig_dp_budget);

/* _dp_budget() -> (e, d): the per-table budget GUCs. */
Datum
synthmig_dp_budget(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[2];
	bool		nulls[2] = {false, false};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = Float8GetDatum(synthmig_dp_budget_per_table);
	values[1] = Float8GetDatum(synthmig_dp_delta_budget_per_table);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
