-------------------------------------------------------------------------------
-- Quality and privacy scores (SDMetrics definitions)
-------------------------------------------------------------------------------

-- SDMetrics Quality Report of a synthetic table against the real one:
-- Column Shapes (KSComplement / TVComplement), Column Pair Trends
-- (CorrelationSimilarity / ContingencySimilarity) and their mean.
CREATE FUNCTION @extschema@.quality(real_table regclass, synthetic_table regclass)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'synthmig_quality'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT STABLE PARALLEL UNSAFE;

COMMENT ON FUNCTION @extschema@.quality(regclass, regclass) IS
'SDMetrics-style quality report of a synthetic table against the real one (column shapes, column pair trends, overall score in [0,1])';


-- Privacy: NewRowSynthesis and DCRBaselineProtection (distance to closest
-- record, against a random baseline).
CREATE FUNCTION @extschema@.privacy(real_table regclass, synthetic_table regclass)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'synthmig_privacy'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT STABLE PARALLEL UNSAFE;

COMMENT ON FUNCTION @extschema@.privacy(regclass, regclass) IS
'privacy scores of a synthetic table against the real one: new_row_synthesis, DCR medians and dcr_baseline_protection';


-- Score a generate_into run against its seed table and keep the scores in
-- synthmig.runs (quality and privacy columns).
CREATE FUNCTION @extschema@.score_run(run_id bigint)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r		record;
	v_src	text;
	v_q		jsonb;
	v_p		jsonb;
BEGIN
	SELECT * INTO r FROM @extschema@.runs x WHERE x.id = run_id;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'run % does not exist', run_id
			USING ERRCODE = 'undefined_object',
				  HINT = 'List your runs with SELECT * FROM synthmig.runs.';
	END IF;
	IF r.target IS NULL THEN
		RAISE EXCEPTION 'run % wrote no table', run_id
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  HINT = 'Runs of generate_into can be scored; for generate(), call synthmig.quality(real_table, synthetic_table).';
	END IF;
	SELECT t ->> 'source' INTO v_src
	  FROM @extschema@.models m, jsonb_array_elements(m.parameters -> 'tables') t
	 WHERE m.id = r.model_id AND t ->> 'name' = r.table_name;
	IF v_src IS NULL THEN
		RAISE EXCEPTION 'the model of run % was not trained from a table', run_id
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  HINT = 'Score it against a table of real rows with synthmig.quality(real_table, synthetic_table).';
	END IF;
	v_q := @extschema@.quality(v_src::regclass, r.target::regclass);
	v_p := @extschema@.privacy(v_src::regclass, r.target::regclass);
	UPDATE @extschema@.runs x SET quality = v_q, privacy = v_p WHERE x.id = run_id;
	RETURN jsonb_build_object('quality', v_q, 'privacy', v_p);
END;
$$;

COMMENT ON FUNCTION @extschema@.score_run(bigint) IS
'compute quality and privacy of a generate_into run against its seed table and store them in synthmig.runs';
