/*
 * generate.c
 *	  generate(): rows of a trained table, as JSON or as the table's row type.
 *
 * Both forms are value-per-call set-returning functions: one row is made
 * per call, so memory stays constant whatever n is, and an INSERT ...
 * SELECT that puts the call in its select list streams rows straight into
 * the table (that is what generate_into does).  Row i is a pure function of
 * (model, seed, i), computed by the core (model.c).
 *
 * Each call records a run in synthmig.runs (started when the first row is
 * asked for, finished with duration and rows per second after the last),
 * and long runs report their progress in pg_stat_activity, where another
 * session sees it through the view synthmig.progress.
 */
#include "synthmig.h"

#include <math.h>

#include "access/htup_details.h"
#include "access/relation.h"
#include "access/sysattr.h"
#include "access/table.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "commands/copy.h"
#include "nodes/makefuncs.h"
#include "parser/parse_node.h"
#include "parser/parse_relation.h"
#include "executor/executor.h"
#include "utils/acl.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "access/xact.h"
#include "parser/parse_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "port/pg_bswap.h"
#include "miscadmin.h"
#include "tcop/tcopprot.h"
#include "utils/backend_status.h"
#include "utils/builtins.h"
#include "utils/array.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "convert.h"
#include "model.h"

PG_FUNCTION_INFO_V1(synthmig_generate_json);
PG_FUNCTION_INFO_V1(synthmig_generate_typed);
PG_FUNCTION_INFO_V1(synthmig_model_columns);

/* The largest n of one call: a documented limit (docs/reference.md). */
#define MAX_ROWS_PER_CALL INT64CONST(1000000000000)
/* How often progress is reported. */
#define PROGRESS_EVERY 100000

/* A table model as found in synthmig.models. */
typedef struct FoundModel
{
	int64		model_id;
	int64		definition_id;
	char	   *table_name;
	char	   *model_json;
} FoundModel;

/* State of one generation call across its rows. */
typedef struct GenState
{
	sm_tmodel  *model;
	sm_gen	   *gen;
	sm_value   *values;
	int			ncols;
	uint64		n;				/* end of the slice: first + rows */
	uint64		next;
	uint64		first;			/* synthmig.generate_first_row */
	int64		seed;
	int64		run_id;
	char	   *table_name;
	TimestampTz started;
	bool		finished;		/* the run's row is closed */
	ExprContext *econtext;		/* where run_shutdown is registered, or NULL */
	/* typed form */
	TupleDesc	tupdesc;
	int		   *attr_col;		/* model column of each attribute, or -1 */
	DatumTarget *targets;
	Datum	   *datums;
	bool	   *nulls;
} GenState;

/* Check n against the documented bounds. */
static void
check_n(int64 n)
{
	if (n <= 0 || n > MAX_ROWS_PER_CALL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("number of rows must be between 1 and " INT64_FORMAT ", not " INT64_FORMAT,
						MAX_ROWS_PER_CALL, n),
				 errhint("Generate larger volumes in several calls, with different seeds or row slices.")));
}

/* A random seed, recorded in the run so the rows can be made again. */
static int64
random_seed(void)
{
	uint64		s;

	if (!pg_strong_random(&s, sizeof(s)))
		s = (uint64) GetCurrentTimestamp() ^ (uint64) MyProcPid;
	return (int64) (s >> 11);	/* positive, and exact as a JSON number */
}

/*
 * Find the latest model of a table: by schema id (and table name, needed
 * when the definition has several tables), or, for the typed form without
 * a schema id, by the target table (a model trained from it or for a
 * table of the same name).  Runs with the caller's rights: row-level
 * security shows only the caller's models.
 */
static FoundModel *
find_model(int64 definition_id, bool have_schema, const char *table_name,
		   const char *target_qualname, const char *target_relname)
{
	FoundModel *found = NULL;
	Oid			argtypes[4] = {INT8OID, TEXTOID, TEXTOID, TEXTOID};
	Datum		args[4];
	char		argnulls[4] = {' ', ' ', ' ', ' '};
	int			ret;
	MemoryContext callercxt = CurrentMemoryContext;

	args[0] = Int64GetDatum(definition_id);
	if (!have_schema)
		argnulls[0] = 'n';
	args[1] = table_name ? CStringGetTextDatum(table_name) : (Datum) 0;
	if (!table_name)
		argnulls[1] = 'n';
	args[2] = target_qualname ? CStringGetTextDatum(target_qualname) : (Datum) 0;
	if (!target_qualname)
		argnulls[2] = 'n';
	args[3] = target_relname ? CStringGetTextDatum(target_relname) : (Datum) 0;
	if (!target_relname)
		argnulls[3] = 'n';

	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not connect to SPI")));

	/*
	 * only models made by their definition's owner or a member of it; the
	 * model's tables are taken once (p.tabs): each m.parameters -> ...
	 * detoasts the whole model again
	 */
	ret = SPI_execute_with_args(
								"SELECT m.id, m.definition_id, t.value ->> 'name', (t.value -> 'model')::text, "
								"       count(*) OVER (), "
								"       (SELECT string_agg(quote_ident(x.value ->> 'name'), ', ') "
								"          FROM jsonb_array_elements(p.tabs) x) "
								"  FROM synthmig.models m, "
								"       LATERAL (SELECT m.parameters -> 'tables' AS tabs OFFSET 0) p, "
								"       jsonb_array_elements(p.tabs) t "
								" WHERE ($1 IS NULL OR m.id = (SELECT max(mm.id) FROM synthmig.models mm "
								"                               JOIN synthmig.definitions s ON s.id = mm.definition_id "
								"                                    AND pg_has_role(mm.owner, s.owner, 'MEMBER') "
								"                              WHERE mm.definition_id = $1)) "
								"   AND pg_has_role(m.owner, (SELECT s.owner FROM synthmig.definitions s WHERE s.id = m.definition_id), 'MEMBER') "
								"   AND ($2 IS NULL OR t.value ->> 'name' = $2) "
								"   AND ($3 IS NULL OR t.value ->> 'source' = $3 OR t.value ->> 'name' = $4 "
								"        OR ($1 IS NOT NULL AND jsonb_array_length(p.tabs) = 1)) "
								" ORDER BY (t.value ->> 'source' IS NOT DISTINCT FROM $3) DESC, "
								"          (t.value ->> 'name' IS NOT DISTINCT FROM $4) DESC, m.id DESC "
								" LIMIT 1",
								4, argtypes, args, argnulls, true, 1);
	if (ret != SPI_OK_SELECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not read synthmig.models")));

	if (SPI_processed == 1)
	{
		HeapTuple	tup = SPI_tuptable->vals[0];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		int64		count = DatumGetInt64(SPI_getbinval(tup, desc, 5, &isnull));

		if (have_schema && table_name == NULL && target_qualname == NULL && count > 1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("definition " INT64_FORMAT " has several tables", definition_id),
					 errdetail("Its tables are: %s.", SPI_getvalue(tup, desc, 6)),
					 errhint("Name one with the table_name argument.")));
		found = MemoryContextAllocZero(callercxt, sizeof(FoundModel));
		found->model_id = DatumGetInt64(SPI_getbinval(tup, desc, 1, &isnull));
		found->definition_id = DatumGetInt64(SPI_getbinval(tup, desc, 2, &isnull));
		found->table_name = MemoryContextStrdup(callercxt, SPI_getvalue(tup, desc, 3));
		found->model_json = MemoryContextStrdup(callercxt, SPI_getvalue(tup, desc, 4));
	}
	else if (have_schema)
	{
		/* tell "no such definition", "not trained" and "no such table" apart */
		ret = SPI_execute_with_args("SELECT 1 FROM synthmig.definitions WHERE id = $1",
									1, argtypes, args, argnulls, true, 1);
		if (ret != SPI_OK_SELECT)
			elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(ret));
		if (SPI_processed == 0)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_OBJECT),
					 errmsg("definition with id " INT64_FORMAT " does not exist", definition_id),
					 errhint("It may belong to another role; list yours with SELECT * FROM synthmig.definition_list.")));
		ret = SPI_execute_with_args("SELECT 1 FROM synthmig.models WHERE definition_id = $1",
									1, argtypes, args, argnulls, true, 1);
		if (ret != SPI_OK_SELECT)
			elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(ret));
		if (SPI_processed == 0)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("definition " INT64_FORMAT " has no trained model", definition_id),
					 errhint("Train it first: SELECT synthmig.train(" INT64_FORMAT ");", definition_id)));
		if (table_name == NULL && target_relname == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("definition " INT64_FORMAT " has no usable model", definition_id),
					 errhint("Train it again: SELECT synthmig.train(" INT64_FORMAT ");", definition_id)));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the model of definition " INT64_FORMAT " has no table \"%s\"",
						definition_id, table_name ? table_name : target_relname),
				 errhint("Name a table of the definition, or train the definition again.")));
	}
	else
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("no trained model generates rows for table %s", target_qualname),
				 errhint("Train one with synthmig.learn('%s') or pass the schema id as the fourth argument.",
						 target_qualname)));
	SPI_finish();
	return found;
}

/* Insert the run's row; returns its id. */
static int64
start_run(FoundModel *fm, int64 seed, int64 n)
{
	Oid			argtypes[5] = {INT8OID, INT8OID, TEXTOID, INT8OID, INT8OID};
	Datum		args[5];
	bool		isnull;
	int64		id;

	args[0] = Int64GetDatum(fm->definition_id);
	args[1] = Int64GetDatum(fm->model_id);
	args[2] = CStringGetTextDatum(fm->table_name);
	args[3] = Int64GetDatum(seed);
	args[4] = Int64GetDatum(n);
	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not connect to SPI")));
	if (SPI_execute_with_args("INSERT INTO synthmig.runs (definition_id, model_id, table_name, seed, n) "
							  "VALUES ($1, $2, $3, $4, $5) RETURNING id",
							  5, argtypes, args, NULL, false, 1) != SPI_OK_INSERT_RETURNING)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not record the run in synthmig.runs")));
	id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	SPI_finish();
	return id;
}

/*
 * Close the run's row with its status ('done', or 'stopped' when the rows
 * were not all read), duration and speed; restore the activity.
 */
static void
close_run(GenState *st, const char *status)
{
	Oid			argtypes[4] = {INT8OID, INT8OID, FLOAT8OID, TEXTOID};
	Datum		args[4];
	long		secs;
	int			usecs;
	double		elapsed;

	if (st->finished)
		return;
	st->finished = true;
	TimestampDifference(st->started, GetCurrentTimestamp(), &secs, &usecs);
	elapsed = secs + usecs / 1e6;
	args[0] = Int64GetDatum(st->run_id);
	args[1] = Int64GetDatum((int64) (st->next - st->first));
	args[2] = Float8GetDatum(elapsed > 0 ? (st->next - st->first) / elapsed : 0);
	args[3] = CStringGetTextDatum(status);
	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not connect to SPI")));
	SPI_execute_with_args("UPDATE synthmig.runs SET rows_generated = $2, status = $4, "
						  "finished_at = clock_timestamp(), rows_per_second = $3 WHERE id = $1",
						  4, argtypes, args, NULL, false, 0);
	SPI_finish();
	if (debug_query_string)
		pgstat_report_activity(STATE_RUNNING, debug_query_string);
}

static void
finish_run(GenState *st)
{
	close_run(st, "done");
}

/*
 * The executor shuts a set-returning function down before its last row
 * when the rows are not all read: a LIMIT, a cursor closed (explicitly or
 * at the end of the transaction), a rescan.  The run is then closed as
 * 'stopped' with the rows actually made, so synthmig.runs never shows a
 * run as 'running' once its statement is over.  (On an error the run's row
 * goes away with the transaction that wrote it, and this is not called.)
 */
static void
run_shutdown(Datum arg)
{
	GenState   *st = (GenState *) DatumGetPointer(arg);
	bool		pushed = false;

	if (st->finished || IsAbortedTransactionBlockState())
		return;
	if (!ActiveSnapshotSet())
	{
		PushActiveSnapshot(GetTransactionSnapshot());
		pushed = true;
	}
	close_run(st, "stopped");
	if (pushed)
		PopActiveSnapshot();
}

/*
 * In FROM, PostgreSQL's FunctionScan materialises the whole result of a
 * set-returning function (in a tuplestore that spills to temporary files
 * beyond work_mem) before the first row is read, whatever the LIMIT; in
 * the select list the rows stream one per call.  The executor marks the
 * FROM case by allowing SFRM_Materialize_Preferred.  There, n is bounded
 * by synthmig.max_materialized_rows.
 */
static void
check_materialized(FunctionCallInfo fcinfo, int64 n)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo))
		return;
	if ((rsinfo->allowedModes & SFRM_Materialize_Preferred) &&
		synthmig_max_materialized_rows > 0 && n > synthmig_max_materialized_rows)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("generate in FROM would materialise " INT64_FORMAT " rows", n),
				 errdetail("A set-returning function in FROM is computed in full before its first row is read; "
						   "synthmig.max_materialized_rows is %d.", synthmig_max_materialized_rows),
				 errhint("Call it in the select list, where rows stream: SELECT synthmig.generate(...) LIMIT ...; "
						 "or raise synthmig.max_materialized_rows.")));
}

/* Register run_shutdown with the executor of a value-per-call call. */
static void
register_run_shutdown(FunctionCallInfo fcinfo, GenState *st)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	if (rsinfo && IsA(rsinfo, ReturnSetInfo) && rsinfo->econtext)
	{
		st->econtext = rsinfo->econtext;
		RegisterExprContextCallback(st->econtext, run_shutdown, PointerGetDatum(st));
	}
}

/* The last row was made: close the run as done and forget the callback. */
static void
finish_srf_run(GenState *st)
{
	if (st->econtext)
		UnregisterExprContextCallback(st->econtext, run_shutdown, PointerGetDatum(st));
	st->econtext = NULL;
	finish_run(st);
}

/* Show how far the run is, for synthmig.progress in other sessions. */
static void
report_progress(GenState *st)
{
	char		msg[256];

	snprintf(msg, sizeof(msg), "synthmig: run " INT64_FORMAT " of table %s: " UINT64_FORMAT
			 " of " UINT64_FORMAT " rows (%.0f%%)", st->run_id, st->table_name,
			 st->next - st->first, st->n - st->first,
			 100.0 * (st->next - st->first) / Max(st->n - st->first, 1));
	pgstat_report_activity(STATE_RUNNING, msg);
}

/* Decode the model and start the generator (in the multi-call context). */
static GenState *
start_generation(FoundModel *fm, int64 seed, int64 n)
{
	GenState   *st = palloc0(sizeof(GenState));
	sm_error	err;

	sm_error_clear(&err);
	st->model = sm_tmodel_from_json(fm->model_json, strlen(fm->model_json), &err);
	if (st->model == NULL)
		synthmig_report(&err, "stored model is invalid");
	/* a slice of a longer run: rows first .. first + n - 1 (scheduled chunks) */
	st->first = (uint64) synthmig_generate_first_row;
	st->gen = sm_gen_new(st->model, (uint64) seed, st->first + (uint64) n, &err);
	if (st->gen == NULL)
		synthmig_report(&err, "cannot generate rows");
	st->ncols = sm_tmodel_ncols(st->model);
	st->values = palloc0(sizeof(sm_value) * Max(st->ncols, 1));
	st->n = st->first + (uint64) n;
	st->next = st->first;
	st->seed = seed;
	st->table_name = pstrdup(fm->table_name);
	st->started = GetCurrentTimestamp();
	st->run_id = start_run(fm, seed, n);
	return st;
}

/*
 * Row st->next into st->values; false when the run is complete.  The
 * generator's scratch may grow, so it runs in gencxt, which lives as long
 * as the run.
 */
static bool
gen_next_row(GenState *st, MemoryContext gencxt)
{
	MemoryContext oldcxt;
	bool		ok;

	if (st->next >= st->n)
		return false;
	CHECK_FOR_INTERRUPTS();
	oldcxt = MemoryContextSwitchTo(gencxt);
	ok = sm_gen_row(st->gen, st->next, st->values);
	MemoryContextSwitchTo(oldcxt);
	if (!ok)
		synthmig_report(sm_gen_error(st->gen), "cannot generate rows");
	st->next++;
	if (st->next % PROGRESS_EVERY == 0)
		report_progress(st);
	return true;
}

/* Append one value as JSON. */
static void
append_json_value(StringInfo buf, const sm_value *v)
{
	switch (v->kind)
	{
		case SM_V_NULL:
			appendStringInfoString(buf, "null");
			break;
		case SM_V_INT:
		case SM_V_BOOL:
			value_to_text(v, buf);
			break;
		case SM_V_FLOAT:
		case SM_V_NUMERIC:
			if (isfinite(v->f))
				value_to_text(v, buf);
			else
				appendStringInfoString(buf, "null");
			break;
		default:
			{
				StringInfoData s;

				initStringInfo(&s);
				value_to_text(v, &s);
				escape_json(buf, s.data);
				pfree(s.data);
				break;
			}
	}
}

/*
 * generate(definition_id, n, seed, table_name) -> SETOF jsonb: each row as an
 * object of column name -> value.
 */
Datum
synthmig_generate_json(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	GenState   *st;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext oldcxt;
		FoundModel *fm;
		int64		n;
		int64		seed;

		if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("definition_id and n must not be null")));
		n = PG_GETARG_INT64(1);
		check_n(n);
		check_materialized(fcinfo, n);
		seed = PG_ARGISNULL(2) ? random_seed() : PG_GETARG_INT64(2);
		funcctx = SRF_FIRSTCALL_INIT();
		oldcxt = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		fm = find_model(get_fn_expr_argtype(fcinfo->flinfo, 0) == INT4OID ?
						(int64) PG_GETARG_INT32(0) : PG_GETARG_INT64(0), true,
						PG_ARGISNULL(3) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(3)),
						NULL, NULL);
		st = start_generation(fm, seed, n);
		register_run_shutdown(fcinfo, st);
		funcctx->user_fctx = st;
		MemoryContextSwitchTo(oldcxt);
	}
	funcctx = SRF_PERCALL_SETUP();
	st = (GenState *) funcctx->user_fctx;

	if (gen_next_row(st, funcctx->multi_call_memory_ctx))
	{
		StringInfoData buf;

		initStringInfo(&buf);
		appendStringInfoChar(&buf, '{');
		for (int j = 0; j < st->ncols; j++)
		{
			if (j > 0)
				appendStringInfoString(&buf, ", ");
			escape_json(&buf, sm_tmodel_colname(st->model, j));
			appendStringInfoString(&buf, ": ");
			append_json_value(&buf, &st->values[j]);
		}
		appendStringInfoChar(&buf, '}');
		SRF_RETURN_NEXT(funcctx, DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
	}
	finish_srf_run(st);
	SRF_RETURN_DONE(funcctx);
}

/*
 * generate(NULL::some_table, n, seed, definition_id) -> SETOF some_table: rows
 * of the table's own type, built as binary Datums.
 */
Datum
synthmig_generate_typed(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	GenState   *st;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext oldcxt;
		Oid			rowtype = get_fn_expr_argtype(fcinfo->flinfo, 0);
		Oid			relid = OidIsValid(rowtype) ? typeidTypeRelid(rowtype) : InvalidOid;
		TupleDesc	tupdesc;
		FoundModel *fm;
		char	   *qualname;
		int64		n;
		int64		seed;

		if (!OidIsValid(relid))
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("first argument must be a table's row type, not %s",
							OidIsValid(rowtype) ? format_type_be(rowtype) : "unknown"),
					 errhint("Call it as synthmig.generate(NULL::schema.table, n).")));
		if (PG_ARGISNULL(1))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("n must not be null")));
		n = PG_GETARG_INT64(1);
		check_n(n);
		check_materialized(fcinfo, n);
		seed = PG_ARGISNULL(2) ? random_seed() : PG_GETARG_INT64(2);

		funcctx = SRF_FIRSTCALL_INIT();
		oldcxt = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("function returning a row type called in a context that cannot accept it")));
		qualname = quote_qualified_identifier(get_namespace_name(get_rel_namespace(relid)),
											  get_rel_name(relid));
		fm = find_model(PG_ARGISNULL(3) ? 0 : PG_GETARG_INT64(3), !PG_ARGISNULL(3), NULL,
						qualname, get_rel_name(relid));
		st = start_generation(fm, seed, n);
		register_run_shutdown(fcinfo, st);
		st->tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
		st->attr_col = palloc(sizeof(int) * st->tupdesc->natts);
		st->targets = palloc0(sizeof(DatumTarget) * st->tupdesc->natts);
		st->datums = palloc(sizeof(Datum) * st->tupdesc->natts);
		st->nulls = palloc(sizeof(bool) * st->tupdesc->natts);
		for (int a = 0; a < st->tupdesc->natts; a++)
		{
			Form_pg_attribute att = TupleDescAttr(st->tupdesc, a);

			st->attr_col[a] = -1;
			if (att->attisdropped)
				continue;
			for (int j = 0; j < st->ncols; j++)
				if (strcmp(sm_tmodel_colname(st->model, j), NameStr(att->attname)) == 0)
				{
					st->attr_col[a] = j;
					datum_target_init(&st->targets[a], att->atttypid, att->atttypmod,
									  pstrdup(NameStr(att->attname)));
					break;
				}
		}
		funcctx->user_fctx = st;
		MemoryContextSwitchTo(oldcxt);
	}
	funcctx = SRF_PERCALL_SETUP();
	st = (GenState *) funcctx->user_fctx;

	if (gen_next_row(st, funcctx->multi_call_memory_ctx))
	{
		HeapTuple	tuple;

		for (int a = 0; a < st->tupdesc->natts; a++)
		{
			if (st->attr_col[a] < 0)
			{
				st->datums[a] = (Datum) 0;
				st->nulls[a] = true;
			}
			else
				st->datums[a] = value_to_datum(&st->targets[a], &st->values[st->attr_col[a]],
											   &st->nulls[a]);
		}
		tuple = heap_form_tuple(st->tupdesc, st->datums, st->nulls);
		SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(tuple));
	}
	finish_srf_run(st);
	SRF_RETURN_DONE(funcctx);
}

/*
 * _model_columns(definition_id, target) -> text[]: the columns the model that
 * generate(NULL::target, ...) would use generates (for generate_into).
 */
Datum
synthmig_model_columns(PG_FUNCTION_ARGS)
{
	int64		definition_id = PG_GETARG_INT64(0);
	Oid			relid = PG_GETARG_OID(1);
	char	   *relname = get_rel_name(relid);
	FoundModel *fm;
	sm_tmodel  *m;
	sm_error	err;
	Datum	   *names;
	int			ncols;

	if (relname == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid)));
	fm = find_model(definition_id, true, NULL,
					quote_qualified_identifier(get_namespace_name(get_rel_namespace(relid)), relname),
					relname);
	sm_error_clear(&err);
	m = sm_tmodel_from_json(fm->model_json, strlen(fm->model_json), &err);
	if (m == NULL)
		synthmig_report(&err, "stored model is invalid");
	ncols = sm_tmodel_ncols(m);
	names = palloc(sizeof(Datum) * Max(ncols, 1));
	for (int j = 0; j < ncols; j++)
		names[j] = CStringGetTextDatum(sm_tmodel_colname(m, j));
	PG_RETURN_ARRAYTYPE_P(construct_array(names, ncols, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * Bulk path of generate_into: the generated rows are fed to PostgreSQL's
 * own COPY FROM machinery through a data-source callback, so they are
 * written with multi-row inserts (batches of heap tuples, index entries,
 * constraints, triggers and partition routing all handled by COPY), in
 * constant memory.  The callback has no user argument, hence the static.
 */
typedef struct CopyFeed
{
	GenState   *st;
	MemoryContext gencxt;		/* the generator's scratch grows here */
	MemoryContext rowcxt;		/* formatted rows, reset per batch */
	StringInfoData line;		/* rows formatted but not yet handed out */
	int			pos;
	int		   *cols;			/* model column of each COPY column */
	DatumTarget *targets;		/* value -> Datum of each COPY column */
	FmgrInfo   *send;			/* Datum -> binary of each COPY column */
	int			ncopy;
	bool		started;		/* header written */
	bool		finished;		/* trailer written */
} CopyFeed;

static CopyFeed *copy_feed = NULL;

/* Append a big-endian integer of COPY's binary format. */
static void
append_be32(StringInfo buf, int32 v)
{
	uint32		u = pg_hton32((uint32) v);

	appendBinaryStringInfo(buf, (char *) &u, 4);
}

static void
append_be64(StringInfo buf, uint64 v)
{
	uint64		u = pg_hton64(v);

	appendBinaryStringInfo(buf, (char *) &u, 8);
}

/*
 * The binary COPY field of the common types written directly (what their
 * send functions would produce); false when the type or value needs the
 * general path.
 */
static bool
append_binary_fast(StringInfo buf, const DatumTarget *t, const sm_value *v)
{
	switch (t->typoid)
	{
		case INT8OID:
			if (v->kind != SM_V_INT)
				return false;
			append_be32(buf, 8);
			append_be64(buf, (uint64) v->i);
			return true;
		case INT4OID:
			if (v->kind != SM_V_INT || v->i < PG_INT32_MIN || v->i > PG_INT32_MAX)
				return false;
			append_be32(buf, 4);
			append_be32(buf, (int32) v->i);
			return true;
		case FLOAT8OID:
			if (v->kind == SM_V_FLOAT || v->kind == SM_V_NUMERIC)
			{
				union
				{
					double		d;
					uint64		u;
				}			x;

				x.d = v->f;
				append_be32(buf, 8);
				append_be64(buf, x.u);
				return true;
			}
			return false;
		case BOOLOID:
			if (v->kind != SM_V_BOOL && v->kind != SM_V_INT)
				return false;
			append_be32(buf, 1);
			appendStringInfoChar(buf, v->i ? 1 : 0);
			return true;
		case DATEOID:
			if (v->kind != SM_V_DATE)
				return false;
			append_be32(buf, 4);
			append_be32(buf, (int32) v->i);
			return true;
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			if (v->kind != SM_V_TIMESTAMP || t->typmod >= 0)
				return false;
			append_be32(buf, 8);
			append_be64(buf, (uint64) v->i);
			return true;
		case TEXTOID:
			if (v->kind != SM_V_TEXT || v->len > (size_t) PG_INT32_MAX / 2)
				return false;
			append_be32(buf, (int32) v->len);
			appendBinaryStringInfo(buf, v->s, (int) v->len);
			return true;
		default:
			return false;
	}
}

/*
 * COPY asks for more bytes: generate rows until a batch is ready, in
 * COPY's binary format.  Each value becomes a Datum by the same fast path
 * as the typed generate(), then bytes by the type's send function, which
 * COPY reads back with the receive function: no text is parsed.
 */
static int
copy_feed_cb(void *outbuf, int minread, int maxread)
{
	CopyFeed   *f = copy_feed;
	GenState   *st = f->st;
	int			n;

	if (f->pos >= f->line.len && !f->finished)
	{
		MemoryContext old;

		MemoryContextReset(f->rowcxt);
		old = MemoryContextSwitchTo(f->rowcxt);
		initStringInfo(&f->line);
		f->pos = 0;
		if (!f->started)
		{
			appendBinaryStringInfo(&f->line, "PGCOPY\n\377\r\n\0", 11);
			append_be32(&f->line, 0);	/* flags */
			append_be32(&f->line, 0);	/* header extension length */
			f->started = true;
		}
		while (f->line.len < 65536 && gen_next_row(st, f->gencxt))
		{
			uint16		nf = pg_hton16((uint16) f->ncopy);

			appendBinaryStringInfo(&f->line, (char *) &nf, 2);
			for (int c = 0; c < f->ncopy; c++)
			{
				bool		isnull;
				Datum		d;

				if (st->values[f->cols[c]].kind == SM_V_NULL)
				{
					append_be32(&f->line, -1);
					continue;
				}
				if (append_binary_fast(&f->line, &f->targets[c], &st->values[f->cols[c]]))
					continue;
				d = value_to_datum(&f->targets[c], &st->values[f->cols[c]], &isnull);
				if (isnull)
					append_be32(&f->line, -1);
				else
				{
					bytea	   *b = SendFunctionCall(&f->send[c], d);

					append_be32(&f->line, (int32) VARSIZE(b) - VARHDRSZ);
					appendBinaryStringInfo(&f->line, VARDATA(b), VARSIZE(b) - VARHDRSZ);
				}
			}
		}
		if (st->next >= st->n)
		{
			uint16		trailer = pg_hton16((uint16) 0xFFFF);

			appendBinaryStringInfo(&f->line, (char *) &trailer, 2);
			f->finished = true;
		}
		MemoryContextSwitchTo(old);
	}
	n = Min(maxread, f->line.len - f->pos);
	if (n > 0)
		memcpy(outbuf, f->line.data + f->pos, n);
	f->pos += n;
	return n;
}

PG_FUNCTION_INFO_V1(synthmig_copy_generated);

/*
 * copy_generated(definition_id, n, target, seed) -> bigint: generate n rows
 * into target through COPY FROM.  COPY FROM does not apply row-level
 * security, so a target whose policies apply to the current user is
 * refused here (generate_into sends such tables down its INSERT path);
 * INSERT on the table and on every column written is checked here too,
 * whoever the caller is.
 */
Datum
synthmig_copy_generated(PG_FUNCTION_ARGS)
{
	int64		definition_id;
	int64		n;
	Oid			relid;
	int64		seed;
	Relation	rel;
	FoundModel *fm;
	CopyFeed	feed;
	List	   *volatile attnames = NIL;
	Bitmapset  *insertedcols = NULL;
	CopyFromState cstate;
	ParseState *pstate;
	volatile uint64 written = 0;
	char	   *relname;
	TupleDesc	desc;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("definition_id, n and target must not be null"),
				 errdetail("%s is null.", PG_ARGISNULL(0) ? "definition_id" : PG_ARGISNULL(1) ? "n" : "target")));
	definition_id = PG_GETARG_INT64(0);
	n = PG_GETARG_INT64(1);
	relid = PG_GETARG_OID(2);
	seed = PG_ARGISNULL(3) ? random_seed() : PG_GETARG_INT64(3);
	check_n(n);
	rel = try_relation_open(relid, RowExclusiveLock);
	if (rel == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("target table with OID %u does not exist", relid),
				 errdetail("The target argument names a table that was dropped or never existed.")));
	if (rel->rd_rel->relkind != RELKIND_RELATION && rel->rd_rel->relkind != RELKIND_PARTITIONED_TABLE)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("cannot generate rows into %s: it is not a table", RelationGetRelationName(rel)),
				 errdetail("The target argument must be a table or a partitioned table.")));
	relname = quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
										 RelationGetRelationName(rel));
	if (pg_class_aclcheck(relid, GetUserId(), ACL_INSERT) != ACLCHECK_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied for table %s", relname),
				 errhint("generate_into needs INSERT on the target table.")));
	if (check_enable_rls(relid, InvalidOid, false) == RLS_ENABLED)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("cannot copy generated rows into %s: row-level security applies to it", relname),
				 errdetail("COPY FROM does not apply row-level security policies."),
				 errhint("Use synthmig.generate_into, which writes such tables with INSERT.")));
	fm = find_model(definition_id, true, NULL, relname, RelationGetRelationName(rel));

	memset(&feed, 0, sizeof(feed));
	feed.st = start_generation(fm, seed, n);
	feed.gencxt = CurrentMemoryContext;
	feed.rowcxt = AllocSetContextCreate(CurrentMemoryContext, "synthmig copy feed",
										ALLOCSET_DEFAULT_SIZES);
	desc = RelationGetDescr(rel);
	feed.cols = palloc(sizeof(int) * Max(desc->natts, 1));
	feed.targets = palloc0(sizeof(DatumTarget) * Max(desc->natts, 1));
	feed.send = palloc0(sizeof(FmgrInfo) * Max(desc->natts, 1));
	for (int a = 0; a < desc->natts; a++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, a);

		if (att->attisdropped || att->attgenerated)
			continue;
		for (int j = 0; j < feed.st->ncols; j++)
			if (strcmp(sm_tmodel_colname(feed.st->model, j), NameStr(att->attname)) == 0)
			{
				Oid			sendfn;
				bool		isvarlena;

				datum_target_init(&feed.targets[feed.ncopy], att->atttypid, att->atttypmod,
								  pstrdup(NameStr(att->attname)));
				getTypeBinaryOutputInfo(att->atttypid, &sendfn, &isvarlena);
				fmgr_info(sendfn, &feed.send[feed.ncopy]);
				feed.cols[feed.ncopy++] = j;
				attnames = lappend(attnames, makeString(pstrdup(NameStr(att->attname))));
				insertedcols = bms_add_member(insertedcols,
											  att->attnum - FirstLowInvalidHeapAttributeNumber);
				break;
			}
	}
	if (feed.ncopy == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("table %s has no column that the model of definition " INT64_FORMAT " generates",
						relname, definition_id),
				 errhint("The target's columns must be named like the columns of the definition.")));

	/* COPY works on a range table, as if run by DoCopy */
	pstate = make_parsestate(NULL);
	{
		ParseNamespaceItem *nsitem = addRangeTableEntryForRelation(pstate, rel, RowExclusiveLock,
																   NULL, false, false);

		/* INSERT on the table, or else on every column written */
		nsitem->p_rte->requiredPerms = ACL_INSERT;
		nsitem->p_rte->insertedCols = insertedcols;
		ExecCheckRTPerms(pstate->p_rtable, true);
	}
	copy_feed = &feed;
	PG_TRY();
	{
		cstate = BeginCopyFrom(pstate, rel, NULL, NULL, false, copy_feed_cb, attnames,
							   list_make1(makeDefElem("format", (Node *) makeString("binary"), -1)));
		written = CopyFrom(cstate);
		EndCopyFrom(cstate);
	}
	PG_FINALLY();
	{
		copy_feed = NULL;
	}
	PG_END_TRY();
	free_parsestate(pstate);
	table_close(rel, NoLock);
	finish_run(feed.st);
	PG_RETURN_INT64((int64) written);
}
