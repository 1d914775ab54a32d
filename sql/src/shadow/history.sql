-- Shadow runs: the history of finished rehearsals and the risk model
-- learned from it (docs/shadow.md, "Risk score").

CREATE TABLE @extschema@.shadow_history (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	job_id		bigint,
	features	float8[] NOT NULL CHECK (cardinality(features) = 3),
	outcome		boolean NOT NULL,
	recorded_at	timestamptz NOT NULL DEFAULT clock_timestamp(),
	owner		regrole NOT NULL DEFAULT current_user::regrole
);

COMMENT ON TABLE @extschema@.shadow_history IS
'shadow runs: the risk parts (schema, data, resource) of every finished rehearsal and whether it went wrong (failed or did not reconcile); each role sees its own';

ALTER TABLE @extschema@.shadow_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY shadow_history_owner ON @extschema@.shadow_history
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE'));
GRANT SELECT, DELETE ON @extschema@.shadow_history TO PUBLIC;
GRANT INSERT (job_id, features, outcome) ON @extschema@.shadow_history TO PUBLIC;


-- Logistic regression by IRLS (C, src/core/shadow/logit.c): the
-- coefficients, intercept first, of y on the columns of x (n x p).
CREATE FUNCTION synthmig_internal.logit_fit(x float8[], y boolean[], ridge float8 DEFAULT 1e-6)
RETURNS float8[]
LANGUAGE c STRICT
SET search_path = pg_catalog, pg_temp
AS 'MODULE_PATHNAME', 'synthmig_logit_fit';

COMMENT ON FUNCTION synthmig_internal.logit_fit(float8[], boolean[], float8) IS
'internal: coefficients (intercept first) of a logistic regression fitted by IRLS with LAPACKE';


-- The logistic model's probability for features f.
CREATE FUNCTION synthmig_internal.logit_predict(beta float8[], f float8[])
RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT 1 / (1 + exp(-least(700, greatest(-700,
		beta[1] + (SELECT coalesce(sum(beta[i + 1] * f[i]), 0) FROM generate_subscripts(f, 1) i)))))
$$;

COMMENT ON FUNCTION synthmig_internal.logit_predict(float8[], float8[]) IS
'internal: the probability a logistic model (intercept first) gives to a feature vector';


-- The learned model of the current role's history (its most recent 5,000
-- rehearsals), or NULL while there are fewer than 30 or only one outcome.
CREATE FUNCTION synthmig_internal.shadow_model()
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n bigint; bad bigint;
	x float8[]; y boolean[];
	beta float8[];
BEGIN
	SELECT count(*), count(*) FILTER (WHERE h.outcome) INTO n, bad
	  FROM (SELECT outcome FROM @extschema@.shadow_history ORDER BY id DESC LIMIT 5000) h;
	IF n < 30 OR bad = 0 OR bad = n THEN
		RETURN NULL;
	END IF;
	SELECT array_agg(h.features ORDER BY h.id), array_agg(h.outcome ORDER BY h.id) INTO x, y
	  FROM (SELECT * FROM @extschema@.shadow_history ORDER BY id DESC LIMIT 5000) h;
	beta := synthmig_internal.logit_fit(x, y);
	RETURN jsonb_build_object('kind', 'logistic', 'rows', n, 'failures', bad, 'coefficients', to_jsonb(beta),
							  'features', jsonb_build_array('intercept', 'schema', 'data', 'resource'));
END;
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_model() IS
'internal: the logistic risk model fitted on the role''s shadow run history, or NULL with too little history';


-- The risk model of the current role and its calibration on the history it
-- was fitted on: Brier score (and that of always predicting the base rate)
-- and a reliability table (predicted against observed, by tenths).
CREATE FUNCTION @extschema@.shadow_risk_model()
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	m jsonb := synthmig_internal.shadow_model();
	beta float8[];
	res jsonb;
BEGIN
	IF m IS NULL THEN
		RETURN jsonb_build_object('kind', 'prior', 'rows', (SELECT count(*) FROM @extschema@.shadow_history),
								  'formula', '1 - (1-schema)^0.4 (1-data)^0.4 (1-resource)^0.2');
	END IF;
	beta := ARRAY(SELECT jsonb_array_elements_text(m -> 'coefficients')::float8);
	WITH h AS (SELECT * FROM @extschema@.shadow_history ORDER BY id DESC LIMIT 5000),
		 p AS (SELECT synthmig_internal.logit_predict(beta, h.features) AS q, h.outcome::int AS o FROM h),
		 base AS (SELECT avg(o) AS r FROM p),
		 bins AS (SELECT least(9, floor(q * 10))::int AS bin, avg(q) AS predicted, avg(o) AS observed, count(*) AS rows
					FROM p GROUP BY 1)
	SELECT jsonb_build_object(
			'brier', (SELECT round(avg((q - o) ^ 2)::numeric, 4) FROM p),
			'brier_base_rate', (SELECT round(avg((base.r - o) ^ 2)::numeric, 4) FROM p, base),
			'reliability', (SELECT jsonb_agg(jsonb_build_object('bin', bin, 'predicted', round(predicted::numeric, 3),
																 'observed', round(observed::numeric, 3), 'rows', rows) ORDER BY bin)
							  FROM bins))
	  INTO res;
	RETURN m || res;
END;
$$;

COMMENT ON FUNCTION @extschema@.shadow_risk_model() IS
'the shadow run risk model of the current role (learned from its history, or the prior formula) with its Brier score and reliability table';


-- This process's CPU time (user, system; ms) and peak resident memory (kB).
CREATE FUNCTION synthmig_internal.shadow_usage()
RETURNS float8[]
LANGUAGE c VOLATILE STRICT
SET search_path = pg_catalog, pg_temp
AS 'MODULE_PATHNAME', 'synthmig_shadow_usage';

COMMENT ON FUNCTION synthmig_internal.shadow_usage() IS
'internal: CPU time (user, system, ms) and peak resident memory (kB) of the process, for shadow run profiles';


-- The relations of a job (source, target, tables, the shadow schema's) with
-- their file nodes: a step that changes one rewrote it.
CREATE FUNCTION synthmig_internal.shadow_relfiles(j @extschema@.jobs)
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT coalesce(jsonb_object_agg(c.oid::regclass::text, c.relfilenode), '{}')
	  FROM pg_catalog.pg_class c
	 WHERE c.relkind IN ('r', 'm', 'p')
	   AND (c.oid::text IN (j.instruction ->> 'source_oid', j.instruction ->> 'target_oid')
			OR c.oid::text IN (SELECT jsonb_array_elements_text(j.instruction -> 'table_oids'))
			OR c.relnamespace = (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = synthmig_internal.shadow_schema_name(j.id)))
$$;

COMMENT ON FUNCTION synthmig_internal.shadow_relfiles(@extschema@.jobs) IS
'internal: the file nodes of a shadow run''s relations, to see which a step rewrote';
