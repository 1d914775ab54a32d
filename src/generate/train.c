/*
 * train.c
 *	  _fit_table(): fit the model of one table of a definition from a seed
 *	  table.
 *
 * The definition's columns are decoded by the core (schemadef.c), the seed
 * rows are streamed through SPI (a Bernoulli sample of at most
 * synthmig.train_sample_rows rows), converted to binary values and handed
 * to the core fitter (model.c), whose JSON is the stored model.
 */
#include "synthmig.h"

#include "catalog/pg_class.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "access/htup_details.h"

#include "convert.h"
#include "train.h"
#include "model.h"
#include "schemadef.h"

PG_FUNCTION_INFO_V1(synthmig_fit_table);

/* Decode the definition of one table (a jsonb table object). */
sm_schema *
synthmig_decode_table(Jsonb *def)
{
	char	   *text = JsonbToCString(NULL, &def->root, VARSIZE(def));
	StringInfoData wrapped;
	sm_error	err;
	sm_schema  *s;

	initStringInfo(&wrapped);
	appendStringInfo(&wrapped, "{\"tables\": [%s]}", text);
	sm_error_clear(&err);
	s = sm_schema_parse(wrapped.data, wrapped.len, NULL, &err);
	if (s == NULL)
		synthmig_report(&err, "invalid table definition");
	return s;
}

/* The attribute number of a column of rel by name, or InvalidAttrNumber. */
static AttrNumber
find_attribute(Oid relid, const char *name, Oid *typoid, int32 *typmod)
{
	HeapTuple	tup = SearchSysCacheAttName(relid, name);
	AttrNumber	attnum;

	if (!HeapTupleIsValid(tup))
		return InvalidAttrNumber;
	attnum = ((Form_pg_attribute) GETSTRUCT(tup))->attnum;
	*typoid = ((Form_pg_attribute) GETSTRUCT(tup))->atttypid;
	*typmod = ((Form_pg_attribute) GETSTRUCT(tup))->atttypmod;
	ReleaseSysCache(tup);
	return attnum;
}

/* See train.h. */
Portal
synthmig_open_seed_cursor(Oid relid, const sm_table *tbl, int sample_rows)
{
	char	   *relname = get_rel_name(relid);

	if (relname == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("seed table with OID %u does not exist", relid)));
	if (pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied for table %s", relname),
				 errhint("Training reads the seed table: it needs SELECT on it.")));
	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not connect to SPI")));
	return SPI_cursor_open_with_args(NULL, synthmig_seed_query(relid, tbl, sample_rows),
									 0, NULL, NULL, NULL, true, 0);
}

/*
 * The SELECT that reads the seed rows: the definition's columns in order
 * (NULL for the ones the seed table lacks), cast to the definition's type
 * when the seed stores them otherwise, sampled when the table is large.
 */
char *
synthmig_seed_query(Oid relid, const sm_table *tbl, int sample_rows)
{
	StringInfoData sql;
	char	   *qualname = quote_qualified_identifier(get_namespace_name(get_rel_namespace(relid)),
													  get_rel_name(relid));
	double		reltuples = 0;
	char		relkind = get_rel_relkind(relid);
	HeapTuple	tup;

	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (HeapTupleIsValid(tup))
	{
		reltuples = ((Form_pg_class) GETSTRUCT(tup))->reltuples;
		ReleaseSysCache(tup);
	}

	initStringInfo(&sql);
	appendStringInfoString(&sql, "SELECT ");
	for (size_t j = 0; j < tbl->ncolumns; j++)
	{
		const sm_column *c = &tbl->columns[j];
		Oid			typoid;
		int32		typmod;

		if (j > 0)
			appendStringInfoString(&sql, ", ");
		if (find_attribute(relid, c->name, &typoid, &typmod) == InvalidAttrNumber)
			appendStringInfoString(&sql, "NULL");
		else if (c->type.kind == SM_TYPE_ENUM || c->type.is_array ||
				 strcmp(format_type_with_typemod(typoid, typmod), c->type_name) == 0)
			appendStringInfo(&sql, "t.%s", quote_identifier(c->name));
		else
			appendStringInfo(&sql, "t.%s::%s", quote_identifier(c->name), c->type_name);
	}
	appendStringInfo(&sql, " FROM %s t", qualname);
	synthmig_append_sample(&sql, relkind, reltuples, sample_rows);
	return sql.data;
}

/*
 * _fit_table(table_def jsonb, source regclass, sample_rows int) -> jsonb
 * model.  source NULL fits from the definition's constraints alone.
 */
Datum
synthmig_fit_table(PG_FUNCTION_ARGS)
{
	Jsonb	   *def;
	Oid			relid = PG_ARGISNULL(1) ? InvalidOid : PG_GETARG_OID(1);
	int			sample_rows = PG_ARGISNULL(2) ? 50000 : PG_GETARG_INT32(2);
	sm_schema  *schema;
	sm_table   *tbl;
	sm_colspec *specs;
	sm_fitter  *fitter;
	sm_tmodel  *model;
	sm_error	err;
	sm_buf		out;
	uint64		hash_key;
	MemoryContext fitcxt;
	MemoryContext batchcxt;
	MemoryContext oldcxt;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("table definition must not be null")));
	if (sample_rows < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sample size must be positive, not %d", sample_rows)));
	def = PG_GETARG_JSONB_P(0);

	/* the core's allocations live in their own context, freed at the end */
	fitcxt = AllocSetContextCreate(CurrentMemoryContext, "synthmig fit",
								   ALLOCSET_DEFAULT_SIZES);
	oldcxt = MemoryContextSwitchTo(fitcxt);
	schema = synthmig_decode_table(def);
	tbl = &schema->tables[0];
	specs = palloc0(sizeof(sm_colspec) * tbl->ncolumns);
	for (size_t j = 0; j < tbl->ncolumns; j++)
	{
		sm_colspec_from_table(tbl, (int) j, &specs[j]);
		/* the privacy level of the column, if set, decides (model_spec.c) */
		if (tbl->columns[j].privacy == SM_PRIVACY_UNSET ||
			tbl->columns[j].privacy == SM_PRIVACY_MEDIUM)
			specs[j].min_count = synthmig_rare_min_count;
	}
	sm_error_clear(&err);
	fitter = sm_fitter_new(specs, (int) tbl->ncolumns, &err);
	if (fitter == NULL)
		synthmig_report(&err, "cannot fit table");
	/* a per-model key for the hashes of rare values */
	if (!pg_strong_random(&hash_key, sizeof(hash_key)))
		hash_key = (uint64) GetCurrentTimestamp();
	sm_fitter_set_hash_key(fitter, hash_key);
	MemoryContextSwitchTo(oldcxt);

	if (OidIsValid(relid))
	{
		Portal		portal;
		DatumSource *sources = NULL;
		sm_value   *row = palloc(sizeof(sm_value) * tbl->ncolumns);

		portal = synthmig_open_seed_cursor(relid, tbl, sample_rows);
		batchcxt = AllocSetContextCreate(CurrentMemoryContext, "synthmig fit batch",
										 ALLOCSET_DEFAULT_SIZES);
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

				CHECK_FOR_INTERRUPTS(); /* a row of a wide table is 1,600
										 * values */
				oldcxt = MemoryContextSwitchTo(batchcxt);
				for (size_t j = 0; j < tbl->ncolumns; j++)
				{
					bool		isnull;
					Datum		d = SPI_getbinval(tup, SPI_tuptable->tupdesc, (int) j + 1, &isnull);

					datum_to_value(&sources[j], d, isnull, &row[j]);
				}
				MemoryContextSwitchTo(fitcxt);
				ok = sm_fitter_add_row(fitter, row, &err);
				MemoryContextSwitchTo(oldcxt);
				if (!ok)
					synthmig_report(&err, "cannot fit table");
				MemoryContextReset(batchcxt);
			}
			SPI_freetuptable(SPI_tuptable);
			CHECK_FOR_INTERRUPTS();
		}
		SPI_cursor_close(portal);
		SPI_finish();
	}

	oldcxt = MemoryContextSwitchTo(fitcxt);
	model = sm_fitter_finish(fitter, &err);
	if (model == NULL)
		synthmig_report(&err, "cannot fit table");
	sm_buf_init(&out);
	if (!sm_tmodel_write_json(model, &out) || out.oom)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory while writing the model of table \"%s\"", tbl->name)));
	MemoryContextSwitchTo(oldcxt);
	{
		Datum		result = DirectFunctionCall1(jsonb_in, CStringGetDatum(out.data));

		MemoryContextDelete(fitcxt);
		PG_RETURN_DATUM(result);
	}
}
