/*
 * worker.c
 *	  Shadow runs: the launcher, the job workers and the sweep workers.
 *
 * The launcher is a static background worker registered by _PG_init when
 * synthmig is in shared_preload_libraries.  It sleeps on its latch; a
 * backend that commits a new, retried or applied job puts (database, role,
 * job) into a queue in shared memory and sets the latch.  The launcher then
 * starts one dynamic worker per job, up to synthmig.max_shadow_workers,
 * each connected to the job's database as the job's owner
 * (BackgroundWorkerInitializeConnectionByOid), which runs
 * synthmig_internal.shadow_step once per transaction until it says the job
 * is finished.
 *
 * Crash safety: when the launcher starts (after a restart, a crash or its
 * own exit) and whenever a job worker exits, it starts a sweep worker in the
 * databases concerned; connected as the bootstrap superuser, the sweep runs
 * synthmig_internal.shadow_recover(), which marks jobs left running by a
 * worker that is gone as failed (retryable) and returns the queued jobs to
 * start again.  No job stays "running" without a worker.
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/pg_database.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "postmaster/bgworker.h"
#include "postmaster/interrupt.h"
#include "storage/ipc.h"
#include "storage/latch.h"
#include "storage/proc.h"
#include "storage/shmem.h"
#include "storage/spin.h"
#include "tcop/tcopprot.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/wait_event.h"

#include "risk.h"
#include "shadow.h"

#define SHADOW_MAX_PENDING	256
#define SHADOW_MAX_SLOTS	64
#define SHADOW_MAX_SWEEPS	2

/* what a dynamic worker does (bgw_extra) */
typedef enum ShadowWorkerKind
{
	SHADOW_JOB = 1,
	SHADOW_SWEEP = 2
} ShadowWorkerKind;

/* a job to start, or a worker's assignment */
typedef struct ShadowJobRef
{
	ShadowWorkerKind kind;
	Oid			dboid;
	Oid			roleoid;
	int64		job;
} ShadowJobRef;

/* shared state: the queue and what each slot runs */
typedef struct ShadowShared
{
	slock_t		mutex;
	Latch	   *launcher_latch;
	bool		overflow;		/* a job did not fit: sweep every database */
	int			npending;
	ShadowJobRef pending[SHADOW_MAX_PENDING];
	ShadowJobRef slots[SHADOW_MAX_SLOTS];	/* job == 0 and kind == 0: free */
} ShadowShared;

int			synthmig_max_shadow_workers = 4;
bool		synthmig_shadow_allow_superuser = false;
double		synthmig_shadow_risk_threshold = 0.2;

static bool shadow_preloaded = false;
static ShadowShared *shadow_shared = NULL;
static shmem_request_hook_type prev_shmem_request_hook = NULL;
static shmem_startup_hook_type prev_shmem_startup_hook = NULL;

/* jobs woken by this transaction, queued at commit */
static ShadowJobRef *local_wakes = NULL;
static int	local_nwakes = 0;
static int	local_maxwakes = 0;
static bool xact_callback_registered = false;

PGDLLEXPORT void synthmig_shadow_launcher_main(Datum main_arg);
PGDLLEXPORT void synthmig_shadow_worker_main(Datum main_arg);

PG_FUNCTION_INFO_V1(synthmig_shadow_available);
PG_FUNCTION_INFO_V1(synthmig_shadow_wake);
PG_FUNCTION_INFO_V1(synthmig_shadow_risk);

/* Ask for the shared state. */
static void
shadow_shmem_request(void)
{
	if (prev_shmem_request_hook)
		prev_shmem_request_hook();
	RequestAddinShmemSpace(MAXALIGN(sizeof(ShadowShared)));
}

/* Create or attach the shared state. */
static void
shadow_shmem_startup(void)
{
	bool		found;

	if (prev_shmem_startup_hook)
		prev_shmem_startup_hook();
	LWLockAcquire(AddinShmemInitLock, LW_EXCLUSIVE);
	shadow_shared = ShmemInitStruct("synthmig shadow runs", sizeof(ShadowShared), &found);
	if (!found)
	{
		memset(shadow_shared, 0, sizeof(ShadowShared));
		SpinLockInit(&shadow_shared->mutex);
	}
	LWLockRelease(AddinShmemInitLock);
}

/*
 * Define the GUCs and, when preloaded, request shared memory and register
 * the launcher (called from _PG_init).
 */
void
synthmig_shadow_init(void)
{
	BackgroundWorker worker;

	DefineCustomIntVariable("synthmig.max_shadow_workers",
							"Most shadow run jobs running at the same time.",
							"Each job is one background worker, counted in max_worker_processes.",
							&synthmig_max_shadow_workers,
							4, 0, SHADOW_MAX_SLOTS - SHADOW_MAX_SWEEPS,
							PGC_SIGHUP, 0, NULL, NULL, NULL);
	DefineCustomBoolVariable("synthmig.shadow_allow_superuser",
							 "Allow shadow runs submitted by a superuser (their worker runs as that superuser).",
							 NULL,
							 &synthmig_shadow_allow_superuser,
							 false,
							 PGC_SIGHUP, 0, NULL, NULL, NULL);
	DefineCustomRealVariable("synthmig.shadow_risk_threshold",
							 "Risk below which a shadow run with rehearse = if_risky skips the rehearsal.",
							 NULL,
							 &synthmig_shadow_risk_threshold,
							 0.2, 0.0, 1.0,
							 PGC_USERSET, 0, NULL, NULL, NULL);

	if (!process_shared_preload_libraries_in_progress)
		return;
	shadow_preloaded = true;

	prev_shmem_request_hook = shmem_request_hook;
	shmem_request_hook = shadow_shmem_request;
	prev_shmem_startup_hook = shmem_startup_hook;
	shmem_startup_hook = shadow_shmem_startup;

	memset(&worker, 0, sizeof(worker));
	worker.bgw_flags = BGWORKER_SHMEM_ACCESS | BGWORKER_BACKEND_DATABASE_CONNECTION;
	worker.bgw_start_time = BgWorkerStart_RecoveryFinished;
	worker.bgw_restart_time = 5;
	snprintf(worker.bgw_library_name, BGW_MAXLEN, "synthmig");
	snprintf(worker.bgw_function_name, BGW_MAXLEN, "synthmig_shadow_launcher_main");
	snprintf(worker.bgw_name, BGW_MAXLEN, "synthmig shadow run launcher");
	snprintf(worker.bgw_type, BGW_MAXLEN, "synthmig shadow run launcher");
	RegisterBackgroundWorker(&worker);
}

/* Error unless the launcher can run (synthmig preloaded). */
static void
shadow_require_preload(void)
{
	if (!shadow_preloaded || shadow_shared == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("shadow runs need synthmig in shared_preload_libraries"),
				 errdetail("The background worker that runs them is started by the postmaster when it loads synthmig."),
				 errhint("Add synthmig to shared_preload_libraries in postgresql.conf and restart the server.")));
}

/* SQL: error unless shadow runs are available. */
Datum
synthmig_shadow_available(PG_FUNCTION_ARGS)
{
	shadow_require_preload();
	PG_RETURN_VOID();
}

/*
 * Append a reference to the shared queue (mutex held by the caller); false
 * when it is full.  A job already queued or running is not added twice.
 */
static bool
shadow_enqueue_locked(const ShadowJobRef *ref)
{
	for (int i = 0; i < shadow_shared->npending; i++)
		if (shadow_shared->pending[i].kind == ref->kind &&
			shadow_shared->pending[i].dboid == ref->dboid &&
			shadow_shared->pending[i].job == ref->job)
			return true;
	if (shadow_shared->npending >= SHADOW_MAX_PENDING)
	{
		shadow_shared->overflow = true;
		return false;
	}
	shadow_shared->pending[shadow_shared->npending++] = *ref;
	return true;
}

/* Wake the launcher, if it runs. */
static void
shadow_wake_launcher(void)
{
	Latch	   *latch;

	SpinLockAcquire(&shadow_shared->mutex);
	latch = shadow_shared->launcher_latch;
	SpinLockRelease(&shadow_shared->mutex);
	if (latch)
		SetLatch(latch);
}

/*
 * At commit, the jobs this transaction woke go to the launcher; at abort
 * they are forgotten.  (A job woken in a subtransaction that rolled back is
 * queued all the same: its worker finds no queued job and exits.)
 */
static void
shadow_xact_callback(XactEvent event, void *arg)
{
	bool		full = false;

	if (event == XACT_EVENT_COMMIT && local_nwakes > 0 && shadow_shared != NULL)
	{
		SpinLockAcquire(&shadow_shared->mutex);
		for (int i = 0; i < local_nwakes; i++)
			if (!shadow_enqueue_locked(&local_wakes[i]))
				full = true;
		SpinLockRelease(&shadow_shared->mutex);
		shadow_wake_launcher();
		if (full)
			elog(LOG, "synthmig: shadow run queue full, jobs will be found by a sweep");
	}
	if (event == XACT_EVENT_COMMIT || event == XACT_EVENT_ABORT ||
		event == XACT_EVENT_PARALLEL_COMMIT || event == XACT_EVENT_PARALLEL_ABORT)
	{
		local_wakes = NULL;		/* allocated in TopTransactionContext */
		local_nwakes = local_maxwakes = 0;
	}
}

/*
 * SQL shadow_wake(job, owner): queue the job for the launcher when the
 * transaction commits.  The caller must have the privileges of the owner,
 * whose role the worker will run as.
 */
Datum
synthmig_shadow_wake(PG_FUNCTION_ARGS)
{
	int64		job = PG_GETARG_INT64(0);
	Oid			owner = PG_GETARG_OID(1);

	shadow_require_preload();
	if (job <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid shadow run job id %lld", (long long) job)));
	if (!has_privs_of_role(GetUserId(), owner))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to start a shadow run as role %u", owner),
				 errdetail("The worker of job %lld would run as that role.", (long long) job)));
	if (!xact_callback_registered)
	{
		RegisterXactCallback(shadow_xact_callback, NULL);
		xact_callback_registered = true;
	}
	if (local_nwakes >= local_maxwakes)
	{
		int			newmax = local_maxwakes ? local_maxwakes * 2 : 8;

		if (newmax > SHADOW_MAX_PENDING)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many shadow runs submitted in one transaction"),
					 errdetail("At most %d per transaction.", SHADOW_MAX_PENDING)));
		local_wakes = local_wakes
			? repalloc(local_wakes, newmax * sizeof(ShadowJobRef))
			: MemoryContextAlloc(TopTransactionContext, newmax * sizeof(ShadowJobRef));
		local_maxwakes = newmax;
	}
	local_wakes[local_nwakes].kind = SHADOW_JOB;
	local_wakes[local_nwakes].dboid = MyDatabaseId;
	local_wakes[local_nwakes].roleoid = owner;
	local_wakes[local_nwakes].job = job;
	local_nwakes++;
	PG_RETURN_VOID();
}

/* SQL shadow_risk(schema, data, resource): the overall risk (core). */
Datum
synthmig_shadow_risk(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(sm_shadow_risk(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1),
									PG_GETARG_FLOAT8(2)));
}

/*-------------------------------------------------------------------------
 * The launcher
 *-------------------------------------------------------------------------
 */

/* the launcher's handles of the workers in shadow_shared->slots */
static BackgroundWorkerHandle *slot_handles[SHADOW_MAX_SLOTS];

/* Forget the launcher's latch when it exits. */
static void
shadow_launcher_exit(int code, Datum arg)
{
	SpinLockAcquire(&shadow_shared->mutex);
	shadow_shared->launcher_latch = NULL;
	memset(shadow_shared->slots, 0, sizeof(shadow_shared->slots));
	SpinLockRelease(&shadow_shared->mutex);
}

/* Queue a sweep of every database that accepts connections. */
static void
shadow_sweep_all(void)
{
	Relation	rel;
	TableScanDesc scan;
	HeapTuple	tup;

	StartTransactionCommand();
	(void) GetTransactionSnapshot();
	rel = table_open(DatabaseRelationId, AccessShareLock);
	scan = table_beginscan_catalog(rel, 0, NULL);

	while (HeapTupleIsValid(tup = heap_getnext(scan, ForwardScanDirection)))
	{
		Form_pg_database db = (Form_pg_database) GETSTRUCT(tup);
		ShadowJobRef ref = {SHADOW_SWEEP, db->oid, InvalidOid, 0};

		if (!db->datallowconn || db->datistemplate)
			continue;
		SpinLockAcquire(&shadow_shared->mutex);
		(void) shadow_enqueue_locked(&ref);
		SpinLockRelease(&shadow_shared->mutex);
	}
	table_endscan(scan);
	table_close(rel, AccessShareLock);
	CommitTransactionCommand();
}

/* Start a dynamic worker for a queued reference in a slot; false if none could start. */
static bool
shadow_start_worker(int slot, const ShadowJobRef *ref)
{
	BackgroundWorker worker;
	BackgroundWorkerHandle *handle;

	memset(&worker, 0, sizeof(worker));
	worker.bgw_flags = BGWORKER_SHMEM_ACCESS | BGWORKER_BACKEND_DATABASE_CONNECTION;
	worker.bgw_start_time = BgWorkerStart_RecoveryFinished;
	worker.bgw_restart_time = BGW_NEVER_RESTART;
	snprintf(worker.bgw_library_name, BGW_MAXLEN, "synthmig");
	snprintf(worker.bgw_function_name, BGW_MAXLEN, "synthmig_shadow_worker_main");
	if (ref->kind == SHADOW_JOB)
		snprintf(worker.bgw_name, BGW_MAXLEN, "synthmig shadow run %lld", (long long) ref->job);
	else
		snprintf(worker.bgw_name, BGW_MAXLEN, "synthmig shadow run sweep of database %u", ref->dboid);
	snprintf(worker.bgw_type, BGW_MAXLEN, "synthmig shadow run");
	worker.bgw_main_arg = Int32GetDatum(slot);
	worker.bgw_notify_pid = MyProcPid;
	StaticAssertStmt(sizeof(ShadowJobRef) <= BGW_EXTRALEN, "ShadowJobRef must fit in bgw_extra");
	memcpy(worker.bgw_extra, ref, sizeof(ShadowJobRef));
	if (!RegisterDynamicBackgroundWorker(&worker, &handle))
		return false;
	slot_handles[slot] = handle;
	return true;
}

/*
 * One pass: free the slots of workers that stopped (queueing a sweep of
 * their database), then start queued work in free slots.  Returns true
 * when work is left waiting for a slot.
 */
static bool
shadow_launcher_pass(void)
{
	int			njobs = 0,
				nsweeps = 0;
	bool		waiting = false;
	int			limit = Min(synthmig_max_shadow_workers, SHADOW_MAX_SLOTS - SHADOW_MAX_SWEEPS);

	for (int i = 0; i < SHADOW_MAX_SLOTS; i++)
	{
		pid_t		pid;

		if (slot_handles[i] == NULL)
			continue;
		if (GetBackgroundWorkerPid(slot_handles[i], &pid) == BGWH_STOPPED)
		{
			ShadowJobRef done;

			pfree(slot_handles[i]);
			slot_handles[i] = NULL;
			SpinLockAcquire(&shadow_shared->mutex);
			done = shadow_shared->slots[i];
			memset(&shadow_shared->slots[i], 0, sizeof(ShadowJobRef));
			if (done.kind == SHADOW_JOB)
			{
				ShadowJobRef sweep = {SHADOW_SWEEP, done.dboid, InvalidOid, 0};

				(void) shadow_enqueue_locked(&sweep);
			}
			SpinLockRelease(&shadow_shared->mutex);
		}
		else if (shadow_shared->slots[i].kind == SHADOW_JOB)
			njobs++;
		else
			nsweeps++;
	}

	SpinLockAcquire(&shadow_shared->mutex);
	if (shadow_shared->overflow)
	{
		shadow_shared->overflow = false;
		SpinLockRelease(&shadow_shared->mutex);
		shadow_sweep_all();
		SpinLockAcquire(&shadow_shared->mutex);
	}
	for (int p = 0; p < shadow_shared->npending;)
	{
		ShadowJobRef ref = shadow_shared->pending[p];
		int			slot = -1;
		bool		busy = false;

		for (int i = 0; i < SHADOW_MAX_SLOTS; i++)
		{
			if (slot_handles[i] == NULL && slot < 0)
				slot = i;
			if (slot_handles[i] != NULL && shadow_shared->slots[i].kind == ref.kind &&
				shadow_shared->slots[i].dboid == ref.dboid && shadow_shared->slots[i].job == ref.job)
				busy = true;
		}
		if (busy || slot < 0 ||
			(ref.kind == SHADOW_JOB && njobs >= limit) ||
			(ref.kind == SHADOW_SWEEP && nsweeps >= SHADOW_MAX_SWEEPS))
		{
			/* a sweep already running for this database will be rerun later */
			waiting = true;
			p++;
			continue;
		}
		shadow_shared->slots[slot] = ref;
		SpinLockRelease(&shadow_shared->mutex);
		if (!shadow_start_worker(slot, &ref))
		{
			/* no bgworker slot free: keep it queued, try again later */
			SpinLockAcquire(&shadow_shared->mutex);
			memset(&shadow_shared->slots[slot], 0, sizeof(ShadowJobRef));
			waiting = true;
			break;
		}
		SpinLockAcquire(&shadow_shared->mutex);
		/* remove it from the queue (the queue may have grown meanwhile) */
		for (int q = 0; q < shadow_shared->npending; q++)
			if (memcmp(&shadow_shared->pending[q], &ref, sizeof(ref)) == 0)
			{
				memmove(&shadow_shared->pending[q], &shadow_shared->pending[q + 1],
						(shadow_shared->npending - q - 1) * sizeof(ShadowJobRef));
				shadow_shared->npending--;
				break;
			}
		if (ref.kind == SHADOW_JOB)
			njobs++;
		else
			nsweeps++;
	}
	SpinLockRelease(&shadow_shared->mutex);
	return waiting;
}

/*
 * The launcher: sweep every database once, then sleep on the latch and
 * start workers when woken (a commit of a job, a worker that started or
 * stopped, SIGHUP).
 */
void
synthmig_shadow_launcher_main(Datum main_arg)
{
	pqsignal(SIGHUP, SignalHandlerForConfigReload);
	pqsignal(SIGTERM, die);
	BackgroundWorkerUnblockSignals();
	BackgroundWorkerInitializeConnection(NULL, NULL, 0);

	memset(slot_handles, 0, sizeof(slot_handles));
	SpinLockAcquire(&shadow_shared->mutex);
	shadow_shared->launcher_latch = &MyProc->procLatch;
	/* an earlier launcher's workers are not watched: the sweep finds them */
	memset(shadow_shared->slots, 0, sizeof(shadow_shared->slots));
	SpinLockRelease(&shadow_shared->mutex);
	before_shmem_exit(shadow_launcher_exit, (Datum) 0);

	shadow_sweep_all();

	for (;;)
	{
		bool		waiting;

		CHECK_FOR_INTERRUPTS();
		if (ConfigReloadPending)
		{
			ConfigReloadPending = false;
			ProcessConfigFile(PGC_SIGHUP);
		}
		waiting = shadow_launcher_pass();
		(void) WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
						 waiting ? 1000L : 300000L, PG_WAIT_EXTENSION);
		ResetLatch(MyLatch);
	}
}

/*-------------------------------------------------------------------------
 * The workers
 *-------------------------------------------------------------------------
 */

/* Run one SQL statement with one int8 argument in its own transaction; the first column of the first row as bool. */
static bool
shadow_run_in_xact(const char *sql, int64 job, bool repeatable_read)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		args[1] = {Int64GetDatum(job)};
	bool		result = false;
	int			rc;

	SetCurrentStatementStartTimestamp();
	StartTransactionCommand();
	if (repeatable_read)
		XactIsoLevel = XACT_REPEATABLE_READ;
	SPI_connect();
	PushActiveSnapshot(GetTransactionSnapshot());
	rc = SPI_execute_with_args(sql, 1, argtypes, args, NULL, false, 1);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "synthmig shadow run: %s returned %d", sql, rc);
	if (SPI_processed > 0 && TupleDescAttr(SPI_tuptable->tupdesc, 0)->atttypid == BOOLOID)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		result = !isnull && DatumGetBool(d);
	}
	SPI_finish();
	PopActiveSnapshot();
	CommitTransactionCommand();
	return result;
}

/* Record a job as failed after an error shadow_step did not catch. */
static void
shadow_record_failure(int64 job, ErrorData *edata)
{
	Oid			argtypes[3] = {INT8OID, TEXTOID, TEXTOID};
	Datum		args[3];

	args[0] = Int64GetDatum(job);
	args[1] = CStringGetTextDatum(unpack_sql_state(edata->sqlerrcode));
	args[2] = CStringGetTextDatum(edata->message ? edata->message : "unknown error");
	SetCurrentStatementStartTimestamp();
	StartTransactionCommand();
	SPI_connect();
	PushActiveSnapshot(GetTransactionSnapshot());
	SPI_execute_with_args("SELECT synthmig_internal.shadow_fail($1, $2, $3)", 3, argtypes, args, NULL, false, 0);
	SPI_finish();
	PopActiveSnapshot();
	CommitTransactionCommand();
}

/* Run a job's steps, one transaction each, until it is finished. */
static void
shadow_run_job(int64 job)
{
	char		activity[64];

	volatile int conflicts = 0;

	snprintf(activity, sizeof(activity), "synthmig shadow run %lld", (long long) job);
	for (;;)
	{
		volatile bool more = false;
		MemoryContext cxt = CurrentMemoryContext;

		if (ConfigReloadPending)
		{
			ConfigReloadPending = false;
			ProcessConfigFile(PGC_SIGHUP);
		}
		pgstat_report_activity(STATE_RUNNING, activity);
		PG_TRY();
		{
			/* a cancel that came between two steps is caught below too */
			CHECK_FOR_INTERRUPTS();
			more = shadow_run_in_xact("SELECT synthmig_internal.shadow_step($1)", job, true);
		}
		PG_CATCH();
		{
			ErrorData  *edata;

			/* cancellation, a timeout, or an error the step could not record */
			MemoryContextSwitchTo(cxt);
			edata = CopyErrorData();
			EmitErrorReport();
			FlushErrorState();
			AbortCurrentTransaction();

			/*
			 * A step runs in REPEATABLE READ (one snapshot for the copy and
			 * for the validation): a session that changed the job row
			 * meanwhile (cancel_shadow_run, a sweep) makes it fail to lock or
			 * update the row.  Nothing of the step remains: run it again.
			 */
			if (edata->sqlerrcode == ERRCODE_T_R_SERIALIZATION_FAILURE && ++conflicts <= 10)
			{
				pg_usleep(10000L * conflicts);
				more = true;
			}
			else
			{
				shadow_record_failure(job, edata);
				more = false;
			}
		}
		PG_END_TRY();
		pgstat_report_stat(false);
		pgstat_report_activity(STATE_IDLE, NULL);
		if (!more)
			break;
	}
}

/*
 * A sweep: in a database with synthmig, fail the jobs whose worker is gone
 * and queue the queued jobs that are not already queued or running.
 */
static void
shadow_run_sweep(Oid dboid)
{
	StringInfoData sql;
	bool		first = true;
	uint64		n;

	SetCurrentStatementStartTimestamp();
	StartTransactionCommand();
	SPI_connect();
	PushActiveSnapshot(GetTransactionSnapshot());
	if (SPI_execute("SELECT FROM pg_catalog.pg_extension WHERE extname = 'synthmig'", true, 1) != SPI_OK_SELECT ||
		SPI_processed == 0)
	{
		SPI_finish();
		PopActiveSnapshot();
		CommitTransactionCommand();
		return;
	}
	initStringInfo(&sql);
	appendStringInfoString(&sql, "SELECT job, owner FROM synthmig_internal.shadow_recover(ARRAY[");
	SpinLockAcquire(&shadow_shared->mutex);
	for (int i = 0; i < shadow_shared->npending + SHADOW_MAX_SLOTS; i++)
	{
		ShadowJobRef *r;

		if (i < shadow_shared->npending)
			r = &shadow_shared->pending[i];
		else
			r = &shadow_shared->slots[i - shadow_shared->npending];

		if (r->kind == SHADOW_JOB && r->dboid == dboid)
		{
			appendStringInfo(&sql, "%s" INT64_FORMAT, first ? "" : ", ", r->job);
			first = false;
		}
	}
	SpinLockRelease(&shadow_shared->mutex);
	appendStringInfoString(&sql, "]::bigint[])");
	if (SPI_execute(sql.data, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "synthmig shadow run sweep failed");
	n = SPI_processed;
	for (uint64 i = 0; i < n; i++)
	{
		bool		isnull1,
					isnull2;
		ShadowJobRef ref;

		ref.kind = SHADOW_JOB;
		ref.dboid = dboid;
		ref.job = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull1));
		ref.roleoid = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &isnull2));
		if (isnull1 || isnull2)
			continue;
		SpinLockAcquire(&shadow_shared->mutex);
		(void) shadow_enqueue_locked(&ref);
		SpinLockRelease(&shadow_shared->mutex);
	}
	SPI_finish();
	PopActiveSnapshot();
	CommitTransactionCommand();
	shadow_wake_launcher();
}

/*
 * A dynamic worker: a job, run as its owner, or a sweep, run as the
 * bootstrap superuser (it runs only the extension's recovery function).
 */
void
synthmig_shadow_worker_main(Datum main_arg)
{
	ShadowJobRef ref;

	memcpy(&ref, MyBgworkerEntry->bgw_extra, sizeof(ref));
	pqsignal(SIGHUP, SignalHandlerForConfigReload);
	pqsignal(SIGTERM, die);
	BackgroundWorkerUnblockSignals();

	if (ref.kind == SHADOW_SWEEP)
	{
		BackgroundWorkerInitializeConnectionByOid(ref.dboid, InvalidOid, 0);
		pgstat_report_appname("synthmig shadow run sweep");
		shadow_run_sweep(ref.dboid);
		proc_exit(0);
	}

	BackgroundWorkerInitializeConnectionByOid(ref.dboid, ref.roleoid, 0);
	pgstat_report_appname("synthmig shadow run");
	if (superuser() && !synthmig_shadow_allow_superuser)
	{
		ErrorData	edata;

		/* never run a superuser's job unless allowed: record why */
		memset(&edata, 0, sizeof(edata));
		edata.sqlerrcode = ERRCODE_INSUFFICIENT_PRIVILEGE;
		edata.message = "shadow runs of superusers are not allowed (synthmig.shadow_allow_superuser is off)";
		shadow_record_failure(ref.job, &edata);
		proc_exit(0);
	}
	shadow_run_job(ref.job);
	proc_exit(0);
}
