/*
 * profile.c
 *	  profile_columns(): per-column data profiles for schema detection.
 *
 * Values of every column are read as text (through the type's output
 * function) and fed to the core's type-inference accumulator (core/infer.c).
 * Large tables are sampled with TABLESAMPLE BERNOULLI, so the cost is one
 * sequential scan at most, like ANALYZE.
 */
#include "synthmig.h"

#include "access/htup_details.h"
#include "access/relation.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"

#include "infer.h"

PG_FUNCTION_INFO_V1(synthmig_profile_table);
PG_FUNCTION_INFO_V1(synthmig_profile_json);

#define FETCH_BATCH 1000

/* Emit one result row. */
static void
put_row(ReturnSetInfo *rsinfo, const char *name, const char *source_type,
		sm_infer *acc, int64 sampled, int64 estimated)
{
	sm_profile	prof;
	sm_error	err;
	sm_buf		buf;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	sm_error_clear(&err);
	if (!sm_infer_finish(acc, &prof, &err))
		synthmig_report(&err, "cannot profile column");
	sm_buf_init(&buf);
	if (!sm_profile_write_json(&prof, &buf) || buf.oom)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory while writing the profile of column \"%s\"", name)));
	values[0] = CStringGetTextDatum(name);
	if (source_type)
		values[1] = CStringGetTextDatum(source_type);
	else
		nulls[1] = true;
	values[2] = DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
	values[3] = Int64GetDatum(sampled);
	values[4] = Int64GetDatum(estimated);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	sm_buf_free(&buf);
	sm_profile_free(&prof);
}

/* A new accumulator, or an out-of-memory error. */
static sm_infer *
new_accumulator(void)
{
	sm_infer   *acc = sm_infer_create();

	if (acc == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory while profiling columns")));
	return acc;
}

/*
 * profile_columns(regclass): one row per column of the table.  The caller
 * needs SELECT on the table; the scan itself runs with the caller's rights.
 */
Datum
synthmig_profile_table(PG_FUNCTION_ARGS)
{
	Oid			relid = PG_GETARG_OID(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	HeapTuple	classtup;
	Form_pg_class classform;
	char	   *qualname;
	char		relkind;
	double		reltuples;
	int64		estimated;
	int			natts = 0;
	char	  **names;
	char	  **types;
	Oid		   *typoids;
	sm_infer  **accs;
	FmgrInfo   *outfns;
	StringInfoData sql;
	Portal		portal;
	int64		sampled = 0;
	MemoryContext batchcxt;
	MemoryContext acccxt;
	int			guc_nest;
	MemoryContext oldcxt;

	InitMaterializedSRF(fcinfo, 0);

	classtup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(classtup))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid)));
	classform = (Form_pg_class) GETSTRUCT(classtup);
	relkind = classform->relkind;
	reltuples = classform->reltuples;
	qualname = quote_qualified_identifier(get_namespace_name(classform->relnamespace),
										  NameStr(classform->relname));
	ReleaseSysCache(classtup);

	if (relkind != RELKIND_RELATION && relkind != RELKIND_PARTITIONED_TABLE &&
		relkind != RELKIND_MATVIEW && relkind != RELKIND_VIEW &&
		relkind != RELKIND_FOREIGN_TABLE)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a table", qualname),
				 errhint("profile_columns and detect_schema read tables, views and materialized views.")));
	if (pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied for table %s", qualname),
				 errhint("Detection reads the data: it needs SELECT on the table.")));

	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not connect to SPI")));

	/*
	 * Read typed values in one fixed text form whatever the session's
	 * settings (a DateStyle of "SQL, DMY" would otherwise change what a
	 * timestamp column looks like); restored when the function returns.
	 */
	guc_nest = NewGUCNestLevel();
	(void) set_config_option("datestyle", "ISO, YMD", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	(void) set_config_option("intervalstyle", "postgres", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	(void) set_config_option("extra_float_digits", "0", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	/* the columns, in order */
	{
		Relation	rel = relation_open(relid, AccessShareLock);
		TupleDesc	desc = RelationGetDescr(rel);

		names = palloc(sizeof(char *) * Max(desc->natts, 1));
		types = palloc(sizeof(char *) * Max(desc->natts, 1));
		typoids = palloc(sizeof(Oid) * Max(desc->natts, 1));
		for (int i = 0; i < desc->natts; i++)
		{
			Form_pg_attribute att = TupleDescAttr(desc, i);

			if (att->attisdropped)
				continue;
			names[natts] = pstrdup(NameStr(att->attname));
			types[natts] = format_type_with_typemod(att->atttypid, att->atttypmod);
			typoids[natts] = att->atttypid;
			natts++;
		}
		relation_close(rel, AccessShareLock);
	}
	if (natts == 0)
	{
		AtEOXact_GUC(true, guc_nest);
		SPI_finish();
		PG_RETURN_NULL();
	}

	/* how many rows: the planner's estimate, or a count if never analyzed */
	if (reltuples < 0)
	{
		bool		isnull;

		initStringInfo(&sql);
		appendStringInfo(&sql, "SELECT count(*) FROM %s", qualname);
		if (SPI_execute(sql.data, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("could not count the rows of %s", qualname)));
		estimated = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
												SPI_tuptable->tupdesc, 1, &isnull));
	}
	else
		estimated = (int64) reltuples;

	initStringInfo(&sql);
	appendStringInfoString(&sql, "SELECT ");
	for (int i = 0; i < natts; i++)
		appendStringInfo(&sql, "%s%s", i ? ", " : "", quote_identifier(names[i]));
	appendStringInfo(&sql, " FROM %s", qualname);
	synthmig_append_sample(&sql, relkind, (double) estimated, synthmig_detect_sample_rows);

	/*
	 * The accumulators grow while rows stream by; they live in their own
	 * context, while the text of each value lives only for its batch.
	 */
	acccxt = AllocSetContextCreate(CurrentMemoryContext, "synthmig profile",
								   ALLOCSET_DEFAULT_SIZES);
	batchcxt = AllocSetContextCreate(CurrentMemoryContext, "synthmig profile batch",
									 ALLOCSET_DEFAULT_SIZES);
	oldcxt = MemoryContextSwitchTo(acccxt);
	accs = palloc(sizeof(sm_infer *) * natts);
	outfns = palloc(sizeof(FmgrInfo) * natts);
	for (int i = 0; i < natts; i++)
	{
		Oid			outfn;
		bool		isvarlena;

		accs[i] = new_accumulator();
		getTypeOutputInfo(typoids[i], &outfn, &isvarlena);
		fmgr_info(outfn, &outfns[i]);
	}
	MemoryContextSwitchTo(oldcxt);

	portal = SPI_cursor_open_with_args(NULL, sql.data, 0, NULL, NULL, NULL, true, 0);
	for (;;)
	{
		SPI_cursor_fetch(portal, true, FETCH_BATCH);
		if (SPI_processed == 0)
			break;
		oldcxt = MemoryContextSwitchTo(acccxt);
		for (uint64 r = 0; r < SPI_processed; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];

			CHECK_FOR_INTERRUPTS(); /* a row of a wide table is 1,600 values */
			for (int i = 0; i < natts; i++)
			{
				bool		isnull;
				Datum		d = SPI_getbinval(tup, SPI_tuptable->tupdesc, i + 1, &isnull);
				bool		ok;

				if (isnull)
					ok = sm_infer_add(accs[i], NULL, 0);
				else
				{
					char	   *s;

					MemoryContextSwitchTo(batchcxt);
					s = OutputFunctionCall(&outfns[i], d);
					MemoryContextSwitchTo(acccxt);
					ok = sm_infer_add(accs[i], s, strlen(s));
				}
				if (!ok)
					ereport(ERROR,
							(errcode(ERRCODE_OUT_OF_MEMORY),
							 errmsg("out of memory while profiling column \"%s\"", names[i])));
			}
		}
		sampled += SPI_processed;
		MemoryContextSwitchTo(oldcxt);
		MemoryContextReset(batchcxt);
		SPI_freetuptable(SPI_tuptable);
		CHECK_FOR_INTERRUPTS();
	}
	SPI_cursor_close(portal);
	if (estimated < sampled)
		estimated = sampled;

	oldcxt = MemoryContextSwitchTo(acccxt);
	for (int i = 0; i < natts; i++)
	{
		put_row(rsinfo, names[i], types[i], accs[i], sampled, estimated);
		sm_infer_free(accs[i]);
	}
	MemoryContextSwitchTo(oldcxt);
	AtEOXact_GUC(true, guc_nest);
	SPI_finish();
	PG_RETURN_NULL();
}

#define MAX_JSON_KEYS 1600

/* Text of a JSON value as a column value (NULL for JSON null). */
static char *
json_value_text(JsonbValue *v, size_t *len)
{
	char	   *s;

	switch (v->type)
	{
		case jbvNull:
			return NULL;
		case jbvString:
			*len = v->val.string.len;
			return pnstrdup(v->val.string.val, v->val.string.len);
		case jbvNumeric:
			s = DatumGetCString(DirectFunctionCall1(numeric_out,
													NumericGetDatum(v->val.numeric)));
			break;
		case jbvBool:
			s = pstrdup(v->val.boolean ? "true" : "false");
			break;
		case jbvBinary:
			s = JsonbToCString(NULL, v->val.binary.data, v->val.binary.len);
			break;
		default:
			s = pstrdup("");
			break;
	}
	*len = strlen(s);
	return s;
}

/*
 * profile_columns(jsonb): the argument is an array of objects, one per row;
 * each key is a column.  A key missing from a row counts as NULL.
 */
Datum
synthmig_profile_json(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken tok;
	char	  **keys;
	sm_infer  **accs;
	int64	   *last_row;
	int			nkeys = 0;
	int64		row = 0;
	MemoryContext rowcxt;
	MemoryContext oldcxt;

	InitMaterializedSRF(fcinfo, 0);

	if (!JB_ROOT_IS_ARRAY(jb) || JB_ROOT_IS_SCALAR(jb))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("data must be a JSON array of objects"),
				 errdetail("The argument is a JSON %s.",
						   JB_ROOT_IS_SCALAR(jb) ? "scalar" : "object"),
				 errhint("Pass one object per row, e.g. '[{\"id\": 1, \"name\": \"Ann\"}]'.")));
	if (JB_ROOT_COUNT(jb) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("data must not be an empty array"),
				 errhint("Pass at least one object.")));

	keys = palloc(sizeof(char *) * MAX_JSON_KEYS);
	accs = palloc(sizeof(sm_infer *) * MAX_JSON_KEYS);
	last_row = palloc(sizeof(int64) * MAX_JSON_KEYS);
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "synthmig profile row",
								   ALLOCSET_DEFAULT_SIZES);

	it = JsonbIteratorInit(&jb->root);
	(void) JsonbIteratorNext(&it, &v, true);	/* skip WJB_BEGIN_ARRAY */
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		JsonbIterator *oit;
		JsonbValue	k;
		int			pos = 0;

		if (tok != WJB_ELEM)
			continue;
		if (v.type != jbvBinary || !JsonContainerIsObject(v.val.binary.data))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("element %lld of the data is not a JSON object", (long long) row),
					 errhint("Every element of the array is one row: an object mapping column names to values.")));

		oit = JsonbIteratorInit(v.val.binary.data);
		while ((tok = JsonbIteratorNext(&oit, &k, true)) != WJB_DONE)
		{
			JsonbValue	val;
			int			idx = -1;
			char	   *text;
			size_t		len = 0;

			if (tok != WJB_KEY)
				continue;
			tok = JsonbIteratorNext(&oit, &val, true);
			/* keys usually come in the same order in every row */
			if (pos < nkeys && strlen(keys[pos]) == (size_t) k.val.string.len &&
				memcmp(keys[pos], k.val.string.val, k.val.string.len) == 0)
				idx = pos;
			else
			{
				for (int i = 0; i < nkeys; i++)
					if (strlen(keys[i]) == (size_t) k.val.string.len &&
						memcmp(keys[i], k.val.string.val, k.val.string.len) == 0)
					{
						idx = i;
						break;
					}
			}
			if (idx < 0)
			{
				if (nkeys >= MAX_JSON_KEYS)
					ereport(ERROR,
							(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
							 errmsg("data has more than %d distinct keys", MAX_JSON_KEYS),
							 errdetail("The limit is the number of columns a PostgreSQL table can have.")));
				idx = nkeys++;
				keys[idx] = pnstrdup(k.val.string.val, k.val.string.len);
				accs[idx] = new_accumulator();
				last_row[idx] = -1;
				/* earlier rows did not have this key */
				for (int64 r = 0; r < row; r++)
					if (!sm_infer_add(accs[idx], NULL, 0))
						ereport(ERROR,
								(errcode(ERRCODE_OUT_OF_MEMORY),
								 errmsg("out of memory while profiling key \"%s\"", keys[idx])));
			}
			pos = idx + 1;
			if (last_row[idx] == row)
				continue;		/* duplicate key in one object: jsonb keeps
								 * the last */
			last_row[idx] = row;
			oldcxt = MemoryContextSwitchTo(rowcxt);
			text = json_value_text(&val, &len);

			MemoryContextSwitchTo(oldcxt);
			if (!sm_infer_add(accs[idx], text, len))
				ereport(ERROR,
						(errcode(ERRCODE_OUT_OF_MEMORY),
						 errmsg("out of memory while profiling key \"%s\"", keys[idx])));
		}
		/* keys absent from this row are NULL in it */
		for (int i = 0; i < nkeys; i++)
			if (last_row[i] != row && !sm_infer_add(accs[i], NULL, 0))
				ereport(ERROR,
						(errcode(ERRCODE_OUT_OF_MEMORY),
						 errmsg("out of memory while profiling key \"%s\"", keys[i])));
		row++;
		MemoryContextReset(rowcxt);
		CHECK_FOR_INTERRUPTS();
	}

	for (int i = 0; i < nkeys; i++)
	{
		put_row(rsinfo, keys[i], NULL, accs[i], row, row);
		sm_infer_free(accs[i]);
	}
	PG_RETURN_NULL();
}
