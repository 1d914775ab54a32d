/*
 * quality.c
 *	  quality(real_table, synthetic_table) and privacy(real, synthetic): SDMetrics-style
 *	  scores of a synthetic table against the real one.
 *
 * Both tables are read with the caller's rights through SPI (at most
 * QUALITY_MAX_ROWS rows each, a repeatable Bernoulli sample of larger
 * tables).  Columns are matched by name and classified from their types
 * (and, for text, from the real data's cardinality); values become doubles:
 * numbers, epoch seconds for datetimes, dense codes for categories (the
 * hash of the value's text, through a codebook shared by both tables).  All
 * the arithmetic is in the core (core/metrics.c, core/stats.c).
 *
 * Documentation: docs/quality.md.
 */
#include "synthmig.h"

#include "access/htup_details.h"
#include "access/relation.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include <math.h>

#include "metrics.h"
#include "rng.h"

PG_FUNCTION_INFO_V1(synthmig_quality);
PG_FUNCTION_INFO_V1(synthmig_privacy);

/* Documented limits (docs/quality.md). */
#define QUALITY_MAX_ROWS		100000	/* rows read from each table */
#define PRIVACY_SYNTH_ROWS		2000	/* synthetic rows scored by privacy() */
#define PRIVACY_DCR_REAL_ROWS	10000	/* real rows searched for the DCR */
#define PRIVACY_DCR_CELLS		400000000.0 /* synthetic x real rows x
											 * columns, at most */
#define PAIR_MAX_COLUMNS		100 /* pairs among the first 100 columns */
#define MAX_VALUES				10000000	/* rows x columns read from a
											 * table */
#define CATEGORICAL_MAX_DISTINCT 50
#define CATEGORICAL_MAX_RATIO	0.5
#define NRS_TOLERANCE			0.01	/* SDMetrics'
										 * numerical_match_tolerance */
#define SAMPLE_SEED				0	/* TABLESAMPLE ... REPEATABLE (0) */
#define BASELINE_SEED			UINT64_C(0x5d1c0ffee)
#define FETCH_BATCH				1000
#define DCR_CHUNK				64	/* synthetic rows between interrupt checks */

/* Epoch seconds of 2000-01-01, PostgreSQL's date and timestamp origin. */
#define PG_EPOCH_SECONDS		946684800.0

typedef enum TypeClass
{
	TC_NUMBER,
	TC_DATETIME,
	TC_BOOL,
	TC_TEXT						/* enums and every other type, by their text */
} TypeClass;

/* One table. */
typedef struct QRel
{
	Oid			relid;
	const char *role;			/* "real" or "synthetic" */
	char	   *qualname;		/* quoted schema.name */
	char		relkind;
	double		reltuples;
	int			natts;
	char	  **attnames;
	Oid		   *atttypes;
	int64		total;			/* rows in the table (estimated when sampled) */
	int64		nread;			/* rows read */
} QRel;

/* One column present in both tables. */
typedef struct QCol
{
	char	   *name;
	int			ratt;			/* index among the real table's attributes */
	Oid			type[2];		/* real, synthetic: the column types */
	Oid			base[2];		/* their base types */
	TypeClass	tc[2];
	bool		integer;		/* an integer type in the real table */
	char	   *skip;			/* high-cardinality text: not compared */
	const char *sdtype;			/* numerical, datetime, boolean, categorical */
	sm_mkind	kind;
	sm_codebook *codebook;		/* TC_TEXT */
	int			ncat;			/* categorical: number of codes */
	FmgrInfo	out[2];			/* TC_TEXT: output functions */
	double	   *v[2];			/* values read, per table */
	int64		nonnull[2];
} QCol;

/* Everything quality() and privacy() share. */
typedef struct QCtx
{
	const char *fname;			/* "quality" or "privacy" */
	QRel		rel[2];
	int			ncols;
	QCol	   *cols;
	char	  **rskip;			/* per real attribute: why it is skipped, or
								 * NULL */
	char	  **sskip;			/* per synthetic attribute: the same */
	StringInfoData skipped;		/* JSON array elements, comma separated */
	StringInfoData skipped_text;	/* the same for an error detail */
	int			ncompared;
	MemoryContext workcxt;
} QCtx;

/* ---------------------------------------------------------------- helpers */

static void
json_number(StringInfo buf, double v)
{
	if (isnan(v) || isinf(v))
		appendStringInfoString(buf, "null");
	else
	{
		appendStringInfo(buf, "%.15g", v == 0.0 ? 0.0 : v); /* no "-0" */
	}
}

/* The skipped columns as JSON array elements: real table order, then synthetic-only ones. */
static void
build_skipped(QCtx *ctx)
{
	int			n = 0;

	resetStringInfo(&ctx->skipped);
	resetStringInfo(&ctx->skipped_text);
	for (int side = 0; side < 2; side++)
	{
		QRel	   *r = &ctx->rel[side];
		char	  **why = side == 0 ? ctx->rskip : ctx->sskip;

		for (int i = 0; i < r->natts; i++)
		{
			if (why[i] == NULL)
				continue;
			if (n++ > 0)
			{
				appendStringInfoString(&ctx->skipped, ", ");
				appendStringInfoString(&ctx->skipped_text, "; ");
			}
			appendStringInfo(&ctx->skipped_text, "%s: %s", quote_identifier(r->attnames[i]), why[i]);
			appendStringInfoString(&ctx->skipped, "{\"column\": ");
			escape_json(&ctx->skipped, r->attnames[i]);
			appendStringInfoString(&ctx->skipped, ", \"reason\": ");
			escape_json(&ctx->skipped, why[i]);
			appendStringInfoChar(&ctx->skipped, '}');
		}
	}
}

static void
core_failed(sm_error *err, QCtx *ctx)
{
	synthmig_report(err, ctx->fname);
}

/* Out of memory while reading a column: name the column and the table. */
static void
column_oom(QCtx *ctx, const QCol *c, int side)
{
	ereport(ERROR,
			(errcode(ERRCODE_OUT_OF_MEMORY),
			 errmsg("out of memory while reading column \"%s\"", c->name),
			 errdetail("Reading the %s table %s for %s().",
					   ctx->rel[side].role, ctx->rel[side].qualname, ctx->fname)));
}

/* The class of a type, judged by its base type. */
static TypeClass
type_class(Oid base, bool *integer)
{
	*integer = false;
	switch (base)
	{
		case INT2OID:
		case INT4OID:
		case INT8OID:
			*integer = true;
			return TC_NUMBER;
		case FLOAT4OID:
		case FLOAT8OID:
		case NUMERICOID:
			return TC_NUMBER;
		case DATEOID:
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			return TC_DATETIME;
		case BOOLOID:
			return TC_BOOL;
		default:
			return TC_TEXT;
	}
}

/* A number, epoch seconds or NaN (NULL, NaN, infinities) from a Datum. */
static double
datum_double(Oid base, Datum d)
{
	double		v;

	switch (base)
	{
		case INT2OID:
			v = DatumGetInt16(d);
			break;
		case INT4OID:
			v = DatumGetInt32(d);
			break;
		case INT8OID:
			v = (double) DatumGetInt64(d);
			break;
		case FLOAT4OID:
			v = DatumGetFloat4(d);
			break;
		case FLOAT8OID:
			v = DatumGetFloat8(d);
			break;
		case NUMERICOID:
			v = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow, d));
			break;
		case DATEOID:
			{
				DateADT		date = DatumGetDateADT(d);

				if (DATE_NOT_FINITE(date))
					return NAN;
				v = (double) date * 86400.0 + PG_EPOCH_SECONDS;
				break;
			}
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			{
				Timestamp	ts = DatumGetTimestamp(d);

				if (TIMESTAMP_NOT_FINITE(ts))
					return NAN;
				v = (double) ts / 1000000.0 + PG_EPOCH_SECONDS;
				break;
			}
		default:
			return NAN;
	}
	return isfinite(v) ? v : NAN;
}

static const char *
type_name(Oid type)
{
	return format_type_be(type);
}

/* ------------------------------------------------------------ the tables */

static void
open_rel(QCtx *ctx, int side, Oid relid)
{
	QRel	   *r = &ctx->rel[side];
	HeapTuple	tup;
	Form_pg_class form;
	Relation	rel;
	TupleDesc	desc;

	r->relid = relid;
	r->role = side == 0 ? "real" : "synthetic";
	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tup))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid),
				 errdetail("It was given as the %s table of %s().", r->role, ctx->fname)));
	form = (Form_pg_class) GETSTRUCT(tup);
	r->relkind = form->relkind;
	r->reltuples = form->reltuples;
	r->qualname = quote_qualified_identifier(get_namespace_name(form->relnamespace),
											 NameStr(form->relname));
	ReleaseSysCache(tup);

	if (r->relkind != RELKIND_RELATION && r->relkind != RELKIND_PARTITIONED_TABLE &&
		r->relkind != RELKIND_MATVIEW && r->relkind != RELKIND_VIEW &&
		r->relkind != RELKIND_FOREIGN_TABLE)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a table", r->qualname),
				 errdetail("It was given as the %s table of %s().", r->role, ctx->fname),
				 errhint("%s() reads tables, views and materialized views.", ctx->fname)));
	if (pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK &&
		pg_attribute_aclcheck_all(relid, GetUserId(), ACL_SELECT, ACLMASK_ALL) != ACLCHECK_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied for table %s", r->qualname),
				 errdetail("%s() reads every column of the %s table with the caller's rights.",
						   ctx->fname, r->role),
				 errhint("Grant SELECT on %s to the role.", r->qualname)));

	rel = relation_open(relid, AccessShareLock);
	desc = RelationGetDescr(rel);
	r->attnames = palloc(sizeof(char *) * Max(desc->natts, 1));
	r->atttypes = palloc(sizeof(Oid) * Max(desc->natts, 1));
	r->natts = 0;
	for (int i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (att->attisdropped)
			continue;
		r->attnames[r->natts] = pstrdup(NameStr(att->attname));
		r->atttypes[r->natts] = att->atttypid;
		r->natts++;
	}
	relation_close(rel, AccessShareLock);
}

/*
 * Why each column of a table is a key, or NULL: primary key, single-column
 * unique index (not partial, not on an expression), single-column foreign
 * key.  One catalog query per table.
 */
static const char **
table_keys(QRel *r, bool real_side)
{
	static const char *sql =
	"SELECT a.attname::text,"
	"       CASE WHEN bool_or(k = 'p') THEN 'p' WHEN bool_or(k = 'u') THEN 'u' ELSE 'f' END"
	"  FROM (SELECT i.indkey[0] AS attnum, CASE WHEN i.indisprimary THEN 'p' ELSE 'u' END AS k"
	"          FROM pg_catalog.pg_index i"
	"         WHERE i.indrelid = $1 AND i.indisunique AND i.indnkeyatts = 1"
	"           AND i.indexprs IS NULL AND i.indpred IS NULL"
	"        UNION ALL"
	"        SELECT c.conkey[1], 'f' FROM pg_catalog.pg_constraint c"
	"         WHERE c.conrelid = $1 AND c.contype = 'f' AND pg_catalog.cardinality(c.conkey) = 1) s"
	"  JOIN pg_catalog.pg_attribute a ON a.attrelid = $1 AND a.attnum = s.attnum"
	" GROUP BY a.attname";
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1];
	const char **why = palloc0(sizeof(char *) * Max(r->natts, 1));
	MemoryContext mine = CurrentMemoryContext;
	int			rc;

	args[0] = ObjectIdGetDatum(r->relid);
	rc = SPI_execute_with_args(sql, 1, argtypes, args, NULL, true, 0);
	MemoryContextSwitchTo(mine);	/* SPI returns in its own context */
	if (rc != SPI_OK_SELECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not read the keys of table %s", r->qualname),
				 errdetail("The catalog query on pg_index and pg_constraint failed with code %d.", rc)));
	for (uint64 t = 0; t < SPI_processed; t++)
	{
		char	   *name = SPI_getvalue(SPI_tuptable->vals[t], SPI_tuptable->tupdesc, 1);
		char	   *k = SPI_getvalue(SPI_tuptable->vals[t], SPI_tuptable->tupdesc, 2);

		for (int i = 0; i < r->natts; i++)
		{
			if (name == NULL || k == NULL || strcmp(r->attnames[i], name) != 0)
				continue;
			if (k[0] == 'p')
				why[i] = real_side ? "primary key (id)" : "primary key of the synthetic table (id)";
			else if (k[0] == 'u')
				why[i] = real_side ? "unique (id)" : "unique in the synthetic table (id)";
			else
				why[i] = real_side ? "foreign key (id)" : "foreign key of the synthetic table (id)";
		}
	}
	SPI_freetuptable(SPI_tuptable);
	return why;
}

/* Match the columns of both tables by name and classify them by type. */
static void
match_columns(QCtx *ctx)
{
	QRel	   *r = &ctx->rel[0];
	QRel	   *s = &ctx->rel[1];
	int			shared = 0;
	const char **rkeys = table_keys(r, true);
	const char **skeys = s->relid != r->relid ? table_keys(s, false) : NULL;

	initStringInfo(&ctx->skipped);
	initStringInfo(&ctx->skipped_text);
	ctx->rskip = palloc0(sizeof(char *) * Max(r->natts, 1));
	ctx->sskip = palloc0(sizeof(char *) * Max(s->natts, 1));
	ctx->cols = palloc0(sizeof(QCol) * Max(r->natts, 1));
	ctx->ncols = 0;
	for (int i = 0; i < r->natts; i++)
	{
		int			j;
		QCol	   *c;
		bool		sint;
		const char *why;

		for (j = 0; j < s->natts; j++)
			if (strcmp(r->attnames[i], s->attnames[j]) == 0)
				break;
		if (j == s->natts)
		{
			ctx->rskip[i] = "only in the real table";
			continue;
		}
		shared++;
		c = &ctx->cols[ctx->ncols];
		c->name = r->attnames[i];
		c->ratt = i;
		c->type[0] = r->atttypes[i];
		c->type[1] = s->atttypes[j];
		c->base[0] = getBaseType(c->type[0]);
		c->base[1] = getBaseType(c->type[1]);
		c->tc[0] = type_class(c->base[0], &c->integer);
		c->tc[1] = type_class(c->base[1], &sint);

		why = rkeys[i];
		if (why == NULL && skeys != NULL)
			why = skeys[j];
		if (why == NULL && c->tc[0] != c->tc[1])
			why = psprintf("types differ: %s in the real table, %s in the synthetic table",
						   type_name(c->type[0]), type_name(c->type[1]));
		if (why)
		{
			ctx->rskip[i] = (char *) why;
			memset(c, 0, sizeof(QCol));
			continue;
		}
		switch (c->tc[0])
		{
			case TC_NUMBER:
				c->sdtype = "numerical";
				c->kind = SM_MK_NUMERICAL;
				break;
			case TC_DATETIME:
				c->sdtype = "datetime";
				c->kind = SM_MK_DATETIME;
				break;
			case TC_BOOL:
				c->sdtype = "boolean";
				c->kind = SM_MK_CATEGORICAL;
				c->ncat = 2;
				break;
			case TC_TEXT:
				c->sdtype = "categorical";	/* unless its cardinality says
											 * otherwise */
				c->kind = SM_MK_CATEGORICAL;
				for (int side = 0; side < 2; side++)
				{
					Oid			outfn;
					bool		isvarlena;

					getTypeOutputInfo(c->type[side], &outfn, &isvarlena);
					fmgr_info_cxt(outfn, &c->out[side], ctx->workcxt);
				}
				c->codebook = sm_codebook_create();
				if (c->codebook == NULL)
					column_oom(ctx, c, 0);
				break;
		}
		ctx->ncols++;
	}
	for (int j = 0; j < s->natts; j++)
	{
		bool		found = false;

		for (int i = 0; i < r->natts && !found; i++)
			found = strcmp(r->attnames[i], s->attnames[j]) == 0;
		if (!found)
			ctx->sskip[j] = "only in the synthetic table";
	}
	if (shared == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tables %s and %s have no column in common",
						r->qualname, s->qualname),
				 errdetail("%s() compares the columns of the same name.", ctx->fname),
				 errhint("Give the synthetic table the real table's column names, or compare a view that renames them.")));
}

static int64
count_rows(QRel *r)
{
	char	   *sql = psprintf("SELECT pg_catalog.count(*) FROM %s", r->qualname);
	bool		isnull;
	MemoryContext mine = CurrentMemoryContext;
	int			rc = SPI_execute(sql, true, 1);

	MemoryContextSwitchTo(mine);	/* SPI returns in its own context */
	if (rc != SPI_OK_SELECT || SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not count the rows of %s", r->qualname),
				 errdetail("SELECT count(*) returned code %d.", rc)));
	return DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
}

/* Store the value of one cell of column c, read from table side. */
static void
store_value(QCtx *ctx, QCol *c, int side, int64 row, Datum d, bool isnull,
			MemoryContext batchcxt)
{
	double		v;

	if (isnull)
		v = NAN;
	else if (c->tc[side] == TC_BOOL)
		v = DatumGetBool(d) ? 1.0 : 0.0;
	else if (c->tc[side] == TC_TEXT)
	{
		MemoryContext old = MemoryContextSwitchTo(batchcxt);
		char	   *s = OutputFunctionCall(&c->out[side], d);
		uint64		h = hash_bytes_extended((const unsigned char *) s, (int) strlen(s), 0);
		int64_t		code;

		MemoryContextSwitchTo(ctx->workcxt);
		code = sm_codebook_code(c->codebook, h);
		MemoryContextSwitchTo(old);
		if (code < 0)
			column_oom(ctx, c, side);
		v = (double) code;
	}
	else
	{
		MemoryContext old = MemoryContextSwitchTo(batchcxt);

		v = datum_double(c->base[side], d);
		MemoryContextSwitchTo(old);
	}
	if (!isnan(v))
		c->nonnull[side]++;
	c->v[side][row] = v;
}

/*
 * Read the compared columns of one table: all rows when it has at most cap,
 * else a repeatable Bernoulli sample of about cap rows.
 */
static void
read_table(QCtx *ctx, int side, int64 cap)
{
	QRel	   *r = &ctx->rel[side];
	bool		can_sample = (r->relkind == RELKIND_RELATION ||
							  r->relkind == RELKIND_MATVIEW ||
							  r->relkind == RELKIND_PARTITIONED_TABLE);
	MemoryContext mine = CurrentMemoryContext;
	int64		estimate = r->reltuples >= 0 ? (int64) r->reltuples : count_rows(r);
	MemoryContext batchcxt = AllocSetContextCreate(CurrentMemoryContext, "synthmig quality batch",
												   ALLOCSET_DEFAULT_SIZES);
	int			nsel = 0;
	int		   *sel = palloc(sizeof(int) * Max(ctx->ncols, 1));

	for (int i = 0; i < ctx->ncols; i++)
		if (ctx->cols[i].skip == NULL)
			sel[nsel++] = i;
	for (int attempt = 0;; attempt++)
	{
		bool		sample = can_sample && estimate > cap;

		/*
		 * a Bernoulli sample may overshoot cap a little; more means stale
		 * statistics
		 */
		int64		limit = sample ? cap + cap / 10 : cap;
		StringInfoData sql;
		Portal		portal;
		int64		capacity = Min(Max(estimate, 0), cap) + 1;
		int64		n = 0;
		bool		more = false;

		for (int k = 0; k < nsel; k++)
		{
			QCol	   *c = &ctx->cols[sel[k]];

			c->v[side] = MemoryContextAllocHuge(ctx->workcxt, sizeof(double) * capacity);
			c->nonnull[side] = 0;
		}
		initStringInfo(&sql);
		appendStringInfoString(&sql, "SELECT ");
		for (int k = 0; k < nsel; k++)
			appendStringInfo(&sql, "%s%s", k ? ", " : "", quote_identifier(ctx->cols[sel[k]].name));
		appendStringInfo(&sql, " FROM %s", r->qualname);
		if (sample)
		{
			/*
			 * Every row with the same chance, cap / rows: no LIMIT cuts the
			 * physical end of the table off.  With the same seed, a smaller
			 * sample of a table is part of a larger one.
			 */
			double		pct = Min(100.0, 100.0 * (double) cap / (double) estimate);

			appendStringInfo(&sql, " TABLESAMPLE BERNOULLI (%.6f) REPEATABLE (%d)", pct, SAMPLE_SEED);
		}
		appendStringInfo(&sql, " LIMIT " INT64_FORMAT, limit + 1);

		portal = SPI_cursor_open_with_args(NULL, sql.data, 0, NULL, NULL, NULL, true, 0);
		MemoryContextSwitchTo(mine);
		for (;;)
		{
			SPI_cursor_fetch(portal, true, FETCH_BATCH);
			MemoryContextSwitchTo(mine);
			if (SPI_processed == 0)
				break;
			for (uint64 t = 0; t < SPI_processed; t++)
			{
				HeapTuple	tup = SPI_tuptable->vals[t];

				if (n >= limit)
				{
					more = true;
					break;
				}
				if (n >= capacity)
				{
					capacity = Min(capacity * 2, limit + 1);
					for (int k = 0; k < nsel; k++)
					{
						QCol	   *c = &ctx->cols[sel[k]];

						c->v[side] = repalloc_huge(c->v[side], sizeof(double) * capacity);
					}
				}
				for (int k = 0; k < nsel; k++)
				{
					bool		isnull;
					Datum		d = SPI_getbinval(tup, SPI_tuptable->tupdesc, k + 1, &isnull);

					store_value(ctx, &ctx->cols[sel[k]], side, n, d, isnull, batchcxt);
				}
				n++;
			}
			SPI_freetuptable(SPI_tuptable);
			MemoryContextReset(batchcxt);
			CHECK_FOR_INTERRUPTS();
			if (more)
				break;
		}
		SPI_cursor_close(portal);
		MemoryContextSwitchTo(mine);

		if (attempt == 0 && can_sample && (more || (sample && n < cap / 2)))
		{
			/*
			 * The statistics were stale: far more rows than they say (or,
			 * when sampling, far fewer): count, and read again.
			 */
			estimate = count_rows(r);
			for (int k = 0; k < nsel; k++)
			{
				QCol	   *c = &ctx->cols[sel[k]];

				pfree(c->v[side]);
				if (c->codebook && side == 0)
				{
					sm_codebook_free(c->codebook);
					c->codebook = sm_codebook_create();
					if (c->codebook == NULL)
						column_oom(ctx, c, side);
				}
			}
			continue;
		}
		r->nread = n;
		if (sample)
			r->total = Max(estimate, n);
		else if (more)
			r->total = count_rows(r);	/* a view: its first rows were read */
		else
			r->total = n;
		break;
	}
	MemoryContextDelete(batchcxt);

	if (r->nread == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("table %s is empty", r->qualname),
				 errdetail("It was given as the %s table of %s(), which compares rows.",
						   r->role, ctx->fname),
				 errhint("Compare tables that have rows.")));
}

/*
 * Everything before the scores: open both tables, match and classify the
 * columns, read the data.  Returns with SPI finished and CurrentMemoryContext
 * = ctx->workcxt.
 */
static void
prepare(QCtx *ctx, Oid real, Oid synth, int64 real_cap, int64 synth_cap)
{
	MemoryContext caller = CurrentMemoryContext;

	ctx->workcxt = AllocSetContextCreate(caller, "synthmig quality", ALLOCSET_DEFAULT_SIZES);
	MemoryContextSwitchTo(ctx->workcxt);
	open_rel(ctx, 0, real);
	open_rel(ctx, 1, synth);

	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not connect to SPI"),
				 errdetail("%s() was comparing %s and %s.",
						   ctx->fname, ctx->rel[0].qualname, ctx->rel[1].qualname)));
	/* results of SPI calls go to SPI's own contexts; ours stay in workcxt */
	MemoryContextSwitchTo(ctx->workcxt);
	match_columns(ctx);
	MemoryContextSwitchTo(ctx->workcxt);

	/*
	 * Wide tables: fewer rows, so that memory stays bounded; the same cap on
	 * both sides, so that a table compared with itself is sampled alike.
	 */
	if (ctx->ncols > 0)
	{
		int64		wide_cap = Max(1000, MAX_VALUES / ctx->ncols);

		real_cap = Min(real_cap, wide_cap);
		synth_cap = Min(synth_cap, wide_cap);
	}

	read_table(ctx, 0, real_cap);
	MemoryContextSwitchTo(ctx->workcxt);

	/* text columns: categorical if few distinct values, else ids or free text */
	for (int i = 0; i < ctx->ncols; i++)
	{
		QCol	   *c = &ctx->cols[i];
		size_t		distinct;

		if (c->skip || c->tc[0] != TC_TEXT)
			continue;
		distinct = sm_codebook_size(c->codebook);
		if (distinct > CATEGORICAL_MAX_DISTINCT &&
			(double) distinct > CATEGORICAL_MAX_RATIO * (double) c->nonnull[0])
		{
			c->skip = psprintf("high-cardinality text (id/text): %zu distinct values in " INT64_FORMAT " rows",
							   distinct, c->nonnull[0]);
			ctx->rskip[c->ratt] = c->skip;
		}
	}
	build_skipped(ctx);
	ctx->ncompared = 0;
	for (int i = 0; i < ctx->ncols; i++)
		if (ctx->cols[i].skip == NULL)
			ctx->ncompared++;
	if (ctx->ncompared == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tables %s and %s have no column that can be compared",
						ctx->rel[0].qualname, ctx->rel[1].qualname),
				 errdetail("Skipped columns: %s.", ctx->skipped_text.data),
				 errhint("Keys and high-cardinality text are not compared; see docs/quality.md.")));

	read_table(ctx, 1, synth_cap);
	SPI_finish();
	MemoryContextSwitchTo(ctx->workcxt);

	for (int i = 0; i < ctx->ncols; i++)
	{
		QCol	   *c = &ctx->cols[i];

		if (c->skip == NULL && c->tc[0] == TC_TEXT)
			c->ncat = (int) Min(sm_codebook_size(c->codebook), (size_t) PG_INT32_MAX - 1);
	}
}

static void
append_rows(StringInfo buf, QCtx *ctx, const char *extra)
{
	appendStringInfo(buf, "\"rows\": {\"real\": " INT64_FORMAT ", \"synthetic\": " INT64_FORMAT
					 ", \"sampled\": {\"real\": " INT64_FORMAT ", \"synthetic\": " INT64_FORMAT "%s}}",
					 ctx->rel[0].total, ctx->rel[1].total,
					 ctx->rel[0].nread, ctx->rel[1].nread, extra ? extra : "");
}

static Datum
finish_json(QCtx *ctx, StringInfo buf, MemoryContext caller)
{
	Datum		result;

	MemoryContextSwitchTo(caller);
	result = DirectFunctionCall1(jsonb_in, CStringGetDatum(buf->data));
	MemoryContextDelete(ctx->workcxt);
	return result;
}

/* ---------------------------------------------------------------- quality */

static double
mean_of(const double *x, int n)
{
	double		s = 0.0;
	int			m = 0;

	for (int i = 0; i < n; i++)
		if (!isnan(x[i]))
		{
			s += x[i];
			m++;
		}
	return m ? s / m : NAN;
}

Datum
synthmig_quality(PG_FUNCTION_ARGS)
{
	MemoryContext caller = CurrentMemoryContext;
	QCtx		ctx = {0};
	StringInfoData buf;
	StringInfoData shapes;
	StringInfoData pairs;
	double	   *shape_scores;
	double	   *pair_scores;
	int			npairs = 0;
	int			npaircols;
	int		   *idx;
	int32	  **codes[2];
	int		   *ks;
	double		shape_score,
				pair_score,
				props[2];
	sm_error	err;

	ctx.fname = "quality";
	prepare(&ctx, PG_GETARG_OID(0), PG_GETARG_OID(1), QUALITY_MAX_ROWS, QUALITY_MAX_ROWS);
	sm_error_clear(&err);

	idx = palloc(sizeof(int) * ctx.ncompared);
	for (int i = 0, k = 0; i < ctx.ncols; i++)
		if (ctx.cols[i].skip == NULL)
			idx[k++] = i;

	/* Column Shapes */
	initStringInfo(&shapes);
	shape_scores = palloc(sizeof(double) * ctx.ncompared);
	for (int k = 0; k < ctx.ncompared; k++)
	{
		QCol	   *c = &ctx.cols[idx[k]];
		bool		is_numeric = c->kind != SM_MK_CATEGORICAL;
		double		s;
		bool		ok;

		if (is_numeric)
			ok = sm_metric_ks(c->v[0], ctx.rel[0].nread, c->v[1], ctx.rel[1].nread, &s, &err);
		else
			ok = sm_metric_tv(c->v[0], ctx.rel[0].nread, c->v[1], ctx.rel[1].nread, c->ncat, &s, &err);
		if (!ok)
			core_failed(&err, &ctx);
		shape_scores[k] = s;
		appendStringInfo(&shapes, "%s{\"column\": ", k ? ", " : "");
		escape_json(&shapes, c->name);
		appendStringInfo(&shapes, ", \"sdtype\": \"%s\", \"metric\": \"%s\", \"score\": ",
						 c->sdtype, is_numeric ? "KSComplement" : "TVComplement");
		json_number(&shapes, s);
		if (isnan(s))
			appendStringInfo(&shapes, ", \"error\": \"no values in the %s table\"",
							 c->nonnull[0] == 0 ? "real" : "synthetic");
		appendStringInfoChar(&shapes, '}');
		CHECK_FOR_INTERRUPTS();
	}
	shape_score = mean_of(shape_scores, ctx.ncompared);

	/* Column Pair Trends, among the first PAIR_MAX_COLUMNS compared columns */
	npaircols = Min(ctx.ncompared, PAIR_MAX_COLUMNS);
	initStringInfo(&pairs);
	pair_scores = palloc(sizeof(double) * Max(npaircols * (npaircols - 1) / 2, 1));
	codes[0] = palloc0(sizeof(int32 *) * Max(npaircols, 1));
	codes[1] = palloc0(sizeof(int32 *) * Max(npaircols, 1));
	ks = palloc0(sizeof(int) * Max(npaircols, 1));
	for (int a = 0; a < npaircols; a++)
	{
		QCol	   *ca = &ctx.cols[idx[a]];

		CHECK_FOR_INTERRUPTS();
		for (int b = a + 1; b < npaircols; b++)
		{
			QCol	   *cb = &ctx.cols[idx[b]];
			double		s,
						rr = NAN,
						rs = NAN;
			bool		corr = ca->kind != SM_MK_CATEGORICAL && cb->kind != SM_MK_CATEGORICAL;

			if (corr)
				sm_metric_correlation(ca->v[0], cb->v[0], ctx.rel[0].nread,
									  ca->v[1], cb->v[1], ctx.rel[1].nread,
									  &s, &rr, &rs);
			else
			{
				const int	ends[2] = {a, b};

				for (int e = 0; e < 2; e++)
				{
					int			m = ends[e];
					QCol	   *c = &ctx.cols[idx[m]];

					if (codes[0][m] != NULL)
						continue;
					codes[0][m] = MemoryContextAllocHuge(ctx.workcxt, sizeof(int32) * Max(ctx.rel[0].nread, 1));
					codes[1][m] = MemoryContextAllocHuge(ctx.workcxt, sizeof(int32) * Max(ctx.rel[1].nread, 1));
					if (!sm_pair_codes(c->kind, c->ncat,
									   c->v[0], ctx.rel[0].nread, codes[0][m],
									   c->v[1], ctx.rel[1].nread, codes[1][m],
									   &ks[m], &err))
						core_failed(&err, &ctx);
				}
				if (!sm_metric_contingency(codes[0][a], codes[0][b], ctx.rel[0].nread,
										   codes[1][a], codes[1][b], ctx.rel[1].nread,
										   ks[a], ks[b], &s, &err))
					core_failed(&err, &ctx);
			}
			pair_scores[npairs] = s;
			appendStringInfoString(&pairs, npairs ? ", {\"columns\": [" : "{\"columns\": [");
			escape_json(&pairs, ca->name);
			appendStringInfoString(&pairs, ", ");
			escape_json(&pairs, cb->name);
			appendStringInfo(&pairs, "], \"metric\": \"%s\", \"score\": ",
							 corr ? "CorrelationSimilarity" : "ContingencySimilarity");
			json_number(&pairs, s);
			if (corr)
			{
				appendStringInfoString(&pairs, ", \"real\": ");
				json_number(&pairs, rr);
				appendStringInfoString(&pairs, ", \"synthetic\": ");
				json_number(&pairs, rs);
				if (isnan(s))
					appendStringInfo(&pairs, ", \"error\": \"correlation undefined in the %s table: a column is constant or fewer than two rows have both values\"",
									 isnan(rr) ? "real" : "synthetic");
			}
			appendStringInfoChar(&pairs, '}');
			npairs++;
		}
		CHECK_FOR_INTERRUPTS();
	}
	pair_score = mean_of(pair_scores, npairs);

	props[0] = shape_score;
	props[1] = pair_score;
	initStringInfo(&buf);
	appendStringInfoString(&buf, "{\"score\": ");
	json_number(&buf, mean_of(props, 2));
	appendStringInfoString(&buf, ", \"column_shapes\": {\"score\": ");
	json_number(&buf, shape_score);
	appendStringInfo(&buf, ", \"columns\": [%s]}, \"column_pair_trends\": {\"score\": ", shapes.data);
	json_number(&buf, pair_score);
	appendStringInfo(&buf, ", \"pairs\": [%s]", pairs.data);
	if (ctx.ncompared > PAIR_MAX_COLUMNS)
		appendStringInfo(&buf, ", \"truncated\": true, \"pair_columns\": %d", PAIR_MAX_COLUMNS);
	appendStringInfo(&buf, "}, \"skipped\": [%s], ", ctx.skipped.data);
	append_rows(&buf, &ctx, NULL);
	appendStringInfoChar(&buf, '}');

	PG_RETURN_DATUM(finish_json(&ctx, &buf, caller));
}

/* ---------------------------------------------------------------- privacy */

/* Rows of the compared columns as a row-major matrix (rows[] selects, NULL: all). */
static double *
row_matrix(QCtx *ctx, int side, const int *idx, int d, const int64 *rows, int64 n)
{
	double	   *m = MemoryContextAllocHuge(ctx->workcxt, sizeof(double) * Max(n, 1) * d);

	for (int64 i = 0; i < n; i++)
	{
		int64		src = rows ? rows[i] : i;

		for (int c = 0; c < d; c++)
			m[i * d + c] = ctx->cols[idx[c]].v[side][src];
	}
	return m;
}

/*
 * DCR of every row of query, with interrupt checks between chunks.  A row
 * identical to one of all the real rows read (exact[i]) is at distance 0;
 * the others are searched for among the ref rows.
 */
static void
dcr_all(QCtx *ctx, const double *query, int64 nq, const bool *exact,
		const double *ref, int64 nref,
		int d, const sm_mkind *kinds, const double *range, double *out)
{
	sm_error	err;
	double	   *todo = MemoryContextAllocHuge(ctx->workcxt, sizeof(double) * Max(nq, 1) * d);
	int64	   *where = palloc(sizeof(int64) * Max(nq, 1));
	double	   *dist = palloc(sizeof(double) * Max(nq, 1));
	int64		n = 0;

	sm_error_clear(&err);
	for (int64 i = 0; i < nq; i++)
	{
		if (exact[i])
		{
			out[i] = 0.0;
			continue;
		}
		memcpy(todo + n * d, query + i * d, sizeof(double) * d);
		where[n++] = i;
	}
	for (int64 q = 0; q < n; q += DCR_CHUNK)
	{
		int64		m = Min(DCR_CHUNK, n - q);

		if (!sm_dcr(todo + q * d, m, ref, nref, d, kinds, range, dist + q, &err))
			core_failed(&err, ctx);
		CHECK_FOR_INTERRUPTS();
	}
	for (int64 q = 0; q < n; q++)
		out[where[q]] = dist[q];
	pfree(todo);
	pfree(where);
	pfree(dist);
}

Datum
synthmig_privacy(PG_FUNCTION_ARGS)
{
	MemoryContext caller = CurrentMemoryContext;
	QCtx		ctx = {0};
	StringInfoData buf;
	int			d;
	int		   *idx;
	sm_mkind   *kinds;
	bool	   *integer;
	double	   *range;
	double	   *real,
			   *synth,
			   *ref,
			   *random,
			   *dcr;
	int64		nr,
				ns,
				nref;
	int64	   *refrows = NULL;
	size_t		matched,
				exact,
				unused1,
				unused2;
	bool	   *exact_rows;
	double		dcr_median,
				random_median,
				protection;
	sm_error	err;
	char	   *extra;

	ctx.fname = "privacy";
	prepare(&ctx, PG_GETARG_OID(0), PG_GETARG_OID(1), QUALITY_MAX_ROWS, PRIVACY_SYNTH_ROWS);
	sm_error_clear(&err);

	d = ctx.ncompared;
	idx = palloc(sizeof(int) * d);
	kinds = palloc(sizeof(sm_mkind) * d);
	integer = palloc(sizeof(bool) * d);
	range = palloc(sizeof(double) * d);
	for (int i = 0, k = 0; i < ctx.ncols; i++)
		if (ctx.cols[i].skip == NULL)
		{
			idx[k] = i;
			kinds[k] = ctx.cols[i].kind;
			integer[k] = ctx.cols[i].integer;
			k++;
		}
	nr = ctx.rel[0].nread;
	ns = ctx.rel[1].nread;
	real = row_matrix(&ctx, 0, idx, d, NULL, nr);
	synth = row_matrix(&ctx, 1, idx, d, NULL, ns);

	/*
	 * NewRowSynthesis: every sampled synthetic row against every real row
	 * read
	 */
	exact_rows = palloc(sizeof(bool) * ns);
	if (!sm_new_rows(real, nr, synth, ns, d, kinds, NRS_TOLERANCE, &matched, &exact, exact_rows, &err))
		core_failed(&err, &ctx);
	CHECK_FOR_INTERRUPTS();

	/*
	 * DCR: against a seeded subsample of the real rows; ranges from all of
	 * them
	 */
	for (int c = 0; c < d; c++)
	{
		double		lo,
					hi;

		sm_matrix_minmax(real, nr, d, c, &lo, &hi);
		range[c] = hi - lo;
	}
	/* wide tables search fewer real rows (but at least 1,000) */
	nref = Min(nr, PRIVACY_DCR_REAL_ROWS);
	nref = Min(nref, Max(1000, (int64) (PRIVACY_DCR_CELLS / ((double) ns * d))));
	if (nref < nr)
	{
		/* a partial Fisher-Yates shuffle picks nref distinct rows */
		int64	   *perm = MemoryContextAllocHuge(ctx.workcxt, sizeof(int64) * nr);
		sm_rng		rng;

		sm_rng_init(&rng, BASELINE_SEED, 1, 0);
		for (int64 i = 0; i < nr; i++)
			perm[i] = i;
		for (int64 i = 0; i < nref; i++)
		{
			int64		j = i + (int64) sm_rng_below(&rng, (uint64) (nr - i));
			int64		t = perm[i];

			perm[i] = perm[j];
			perm[j] = t;
		}
		refrows = perm;
		ref = row_matrix(&ctx, 0, idx, d, refrows, nref);
	}
	else
		ref = real;

	dcr = palloc(sizeof(double) * ns);
	dcr_all(&ctx, synth, ns, exact_rows, ref, nref, d, kinds, range, dcr);
	dcr_median = sm_median(dcr, ns);

	/* the random baseline: as many rows as the synthetic sample (SDMetrics) */
	random = MemoryContextAllocHuge(ctx.workcxt, sizeof(double) * ns * d);
	if (!sm_random_rows(real, nr, d, kinds, integer, BASELINE_SEED, ns, random, &err))
		core_failed(&err, &ctx);
	if (!sm_new_rows(real, nr, random, ns, d, kinds, 0.0, &unused1, &unused2, exact_rows, &err))
		core_failed(&err, &ctx);
	dcr_all(&ctx, random, ns, exact_rows, ref, nref, d, kinds, range, dcr);
	random_median = sm_median(dcr, ns);
	protection = random_median > 0.0 ? Min(dcr_median / random_median, 1.0) : NAN;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "{\"new_row_synthesis\": ");
	json_number(&buf, (double) (ns - (int64) matched) / (double) ns);
	appendStringInfo(&buf, ", \"matched_rows\": %zu, \"exact_matches\": %zu, \"numerical_match_tolerance\": ",
					 matched, exact);
	json_number(&buf, NRS_TOLERANCE);
	appendStringInfoString(&buf, ", \"dcr_baseline_protection\": ");
	json_number(&buf, protection);
	appendStringInfoString(&buf, ", \"dcr_median\": ");
	json_number(&buf, dcr_median);
	appendStringInfoString(&buf, ", \"dcr_random_median\": ");
	json_number(&buf, random_median);
	appendStringInfoString(&buf, ", \"columns\": [");
	for (int k = 0; k < d; k++)
	{
		appendStringInfoString(&buf, k ? ", {\"column\": " : "{\"column\": ");
		escape_json(&buf, ctx.cols[idx[k]].name);
		appendStringInfo(&buf, ", \"sdtype\": \"%s\"}", ctx.cols[idx[k]].sdtype);
	}
	appendStringInfo(&buf, "], \"skipped\": [%s], ", ctx.skipped.data);
	extra = psprintf(", \"dcr_real\": " INT64_FORMAT, nref);
	append_rows(&buf, &ctx, extra);
	appendStringInfoChar(&buf, '}');

	PG_RETURN_DATUM(finish_json(&ctx, &buf, caller));
}
