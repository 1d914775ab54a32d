-- Shadow runs: the SQL side of the background worker (src/shadow/).

-- 55000 unless synthmig is in shared_preload_libraries (the launcher runs).
CREATE FUNCTION synthmig_internal.shadow_available()
RETURNS void
LANGUAGE c STRICT
SET search_path = pg_catalog, pg_temp
AS 'MODULE_PATHNAME', 'synthmig_shadow_available';

COMMENT ON FUNCTION synthmig_internal.shadow_available() IS
'internal: 55000 unless synthmig is in shared_preload_libraries, where the shadow run launcher is started';


-- Have the launcher start a worker for the job when this transaction
-- commits (nothing happens if it aborts); the worker runs as owner, whose
-- privileges the caller must have.
CREATE FUNCTION synthmig_internal.shadow_wake(job bigint, owner regrole)
RETURNS void
LANGUAGE c STRICT
SET search_path = pg_catalog, pg_temp
AS 'MODULE_PATHNAME', 'synthmig_shadow_wake';

COMMENT ON FUNCTION synthmig_internal.shadow_wake(bigint, regrole) IS
'internal: queue a shadow run job for the launcher when the transaction commits';


-- The overall risk from its schema, data and resource parts (pure C,
-- src/core/shadow/risk.c): 1 - (1-s)^0.4 (1-d)^0.4 (1-r)^0.2.
CREATE FUNCTION synthmig_internal.shadow_risk(schema_risk float8, data_risk float8, resource_risk float8)
RETURNS float8
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS 'MODULE_PATHNAME', 'synthmig_shadow_risk';

COMMENT ON FUNCTION synthmig_internal.shadow_risk(float8, float8, float8) IS
'internal: overall risk of a shadow run from its schema, data and resource parts (docs/shadow.md)';


-- The private schema of a job's rehearsal.
CREATE FUNCTION synthmig_internal.shadow_schema_name(job bigint)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT 'synthmig_shadow_' || job $$;

COMMENT ON FUNCTION synthmig_internal.shadow_schema_name(bigint) IS
'internal: the name of the schema of a shadow run''s rehearsal';


-- Announce a job's state on the channel synthmig_shadow_run (delivered at
-- commit to the listeners of this database).
CREATE FUNCTION synthmig_internal.shadow_notify(job bigint)
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT pg_catalog.pg_notify('synthmig_shadow_run',
		(SELECT jsonb_build_object('job', j.id, 'state', j.state, 'step', j.step, 'owner', j.owner::text)::text
		   FROM @extschema@.jobs j WHERE j.id = job))
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_notify(bigint) IS
'internal: NOTIFY synthmig_shadow_run with the job id, state, step and owner';
