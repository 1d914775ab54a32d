-- The learned risk of shadow runs: with enough history, a logistic model
-- fitted in C (IRLS, LAPACKE) replaces the prior formula; its calibration
-- (Brier score, reliability table) is measured on a generated history whose
-- outcomes follow a known logistic law of the risk parts.  Uses
-- sm_shadow_wait from 95_shadow.
CREATE ROLE regress_sm_risk LOGIN;
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO regress_sm_risk', current_database()); END $$;
CREATE SCHEMA risk_t AUTHORIZATION regress_sm_risk;

SET ROLE regress_sm_risk;
-- too little history: the prior formula
SELECT synthmig.shadow_risk_model() ->> 'kind' AS kind;
-- 3,000 generated rehearsals: uniform parts, outcome ~ Bernoulli(logistic(-3 + 4s + 3d + r)),
-- pseudo-random numbers from hashes (deterministic)
INSERT INTO synthmig.shadow_history (features, outcome)
SELECT ARRAY[u1, u2, u3], u4 < 1 / (1 + exp(-(-3 + 4 * u1 + 3 * u2 + u3)))
  FROM generate_series(1, 3000) i,
	   LATERAL (SELECT ((hashint8(i * 4 + 0)::bigint & 2147483647) / 2147483648.0)::float8 AS u1,
					   ((hashint8(i * 4 + 1)::bigint & 2147483647) / 2147483648.0)::float8 AS u2,
					   ((hashint8(i * 4 + 2)::bigint & 2147483647) / 2147483648.0)::float8 AS u3,
					   ((hashint8(i * 4 + 3)::bigint & 2147483647) / 2147483648.0)::float8 AS u4) u;
SELECT synthmig.shadow_risk_model() AS m \gset
SELECT :'m'::jsonb ->> 'kind' AS kind, (:'m'::jsonb ->> 'rows')::int AS rows,
	   (:'m'::jsonb ->> 'brier')::float8 < (:'m'::jsonb ->> 'brier_base_rate')::float8 AS beats_base_rate,
	   (SELECT bool_and(c::float8 > 0) FROM jsonb_array_elements_text(:'m'::jsonb -> 'coefficients') WITH ORDINALITY x(c, o) WHERE o > 1) AS risk_parts_raise_risk,
	   (SELECT array_agg(abs(c::float8 - t) < 0.6 ORDER BY o) FROM jsonb_array_elements_text(:'m'::jsonb -> 'coefficients') WITH ORDINALITY x(c, o),
			   LATERAL (SELECT (ARRAY[-3, 4, 3, 1])[o] AS t) tt) AS near_the_law;
-- calibrated: in every tenth with at least 100 rehearsals, predicted and observed within 0.08
SELECT count(*) FILTER (WHERE (b ->> 'rows')::int >= 100) >= 5 AS enough_bins,
	   bool_and(abs((b ->> 'predicted')::float8 - (b ->> 'observed')::float8) < 0.08) FILTER (WHERE (b ->> 'rows')::int >= 100) AS calibrated,
	   sum((b ->> 'rows')::int) AS rows
  FROM jsonb_array_elements(:'m'::jsonb -> 'reliability') b;

-- a job's risk now comes from the model
CREATE TABLE risk_t.src (id text, v text);
INSERT INTO risk_t.src SELECT g::text, g::text FROM generate_series(1, 100) g;
CREATE TABLE risk_t.dst (id integer PRIMARY KEY, v integer);
SELECT synthmig.shadow_run('{"source": "risk_t.src", "target": "risk_t.dst"}') AS job \gset
SELECT sm_shadow_wait(:job);
SELECT risk #>> '{model,kind}' AS model,
	   abs((risk ->> 'overall')::float8 - synthmig_internal.logit_predict(
			ARRAY(SELECT jsonb_array_elements_text(risk #> '{model,coefficients}')::float8),
			ARRAY[(risk ->> 'schema')::float8, (risk ->> 'data')::float8, (risk ->> 'resource')::float8])) < 0.0001 AS overall_from_model,
	   (risk ->> 'prior')::float8 = round(synthmig_internal.shadow_risk((risk ->> 'schema')::float8, (risk ->> 'data')::float8, (risk ->> 'resource')::float8)::numeric, 4)::float8 AS prior_kept
  FROM synthmig.jobs WHERE id = :job;
-- the finished rehearsal was added to the history
SELECT count(*) AS recorded, bool_and(NOT outcome) AS went_well FROM synthmig.shadow_history WHERE job_id = :job;
RESET ROLE;

-- errors of the fit
SELECT sm_try($$SELECT synthmig_internal.logit_fit(ARRAY[1, 2, 3]::float8[], ARRAY[true, false, true])$$);
SELECT sm_try($$SELECT synthmig_internal.logit_fit(ARRAY[[1], [2], [3]]::float8[], ARRAY[true, false])$$);
SELECT sm_try($$SELECT synthmig_internal.logit_fit(ARRAY[[1], [2], [3]]::float8[], ARRAY[true, true, true])$$);
SELECT sm_try($$SELECT synthmig_internal.logit_fit(ARRAY[[1], [NULL], [3]]::float8[], ARRAY[true, false, true])$$);

SET client_min_messages = warning;
SELECT synthmig.drop_shadow_run(:job) AS dropped;
DELETE FROM synthmig.jobs WHERE owner = 'regress_sm_risk'::regrole;
DELETE FROM synthmig.rejects WHERE owner = 'regress_sm_risk'::regrole;
DELETE FROM synthmig.remediations WHERE owner = 'regress_sm_risk'::regrole;
DELETE FROM synthmig.shadow_history WHERE owner = 'regress_sm_risk'::regrole;
DROP SCHEMA risk_t CASCADE;
DO $$ BEGIN EXECUTE format('REVOKE CREATE ON DATABASE %I FROM regress_sm_risk', current_database()); END $$;
DROP ROLE regress_sm_risk;
RESET client_min_messages;
