-------------------------------------------------------------------------------
-- Models, training and generation
-------------------------------------------------------------------------------

-- A training of a definition: one model per table, stored as parameters
-- (quantiles, category frequencies, correlations, hashes), never rows.
CREATE TABLE @extschema@.models (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	definition_id	bigint NOT NULL REFERENCES @extschema@.definitions (id) ON DELETE CASCADE,
	parameters	jsonb NOT NULL,
	metrics		jsonb NOT NULL DEFAULT '{}',
	owner		regrole NOT NULL DEFAULT current_user::regrole,
	created_at	timestamptz NOT NULL DEFAULT now()
);


CREATE INDEX models_schema_id_idx ON @extschema@.models (definition_id, id DESC);

COMMENT ON TABLE @extschema@.models IS
'model registry: fitted parameters of every table of a definition; each role sees its own';

ALTER TABLE @extschema@.models ENABLE ROW LEVEL SECURITY;

-- A model belongs to the owner of its definition (or a member of that role,
-- who could SET ROLE to it anyway): foreign-key checks bypass
-- row-level security, so without the EXISTS a role could attach a model to
-- another role's definition (and a superuser's generate would serve it).
CREATE POLICY models_owner ON @extschema@.models
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE')
				AND EXISTS (SELECT 1 FROM @extschema@.definitions s
							 WHERE s.id = definition_id
							   AND pg_has_role(models.owner, s.owner, 'MEMBER')));
GRANT SELECT, DELETE ON @extschema@.models TO PUBLIC;
GRANT INSERT (definition_id, parameters, metrics) ON @extschema@.models TO PUBLIC;


-- Every generation run: what, how many, how fast, and the scores when measured.
CREATE TABLE @extschema@.runs (
	id				bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	definition_id		bigint,
	model_id		bigint,
	table_name		text,
	target			text,
	seed			bigint NOT NULL,
	n				bigint NOT NULL,
	rows_generated	bigint NOT NULL DEFAULT 0,
	status			text NOT NULL DEFAULT 'running'
		CHECK (status IN ('running', 'done', 'stopped')),
	started_at		timestamptz NOT NULL DEFAULT clock_timestamp(),
	finished_at		timestamptz,
	duration		interval GENERATED ALWAYS AS (finished_at - started_at) STORED,
	rows_per_second	double precision,
	quality			jsonb,
	privacy			jsonb,
	pid				integer NOT NULL DEFAULT pg_backend_pid(),
	owner			regrole NOT NULL DEFAULT current_user::regrole
);

COMMENT ON TABLE @extschema@.runs IS
'generation runs: schema, model, seed, n, duration, rows per second, scores';

ALTER TABLE @extschema@.runs ENABLE ROW LEVEL SECURITY;

-- A run refers only to its owner's definition and model (see models_owner).
CREATE POLICY runs_owner ON @extschema@.runs
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE')
				AND (definition_id IS NULL
					 OR EXISTS (SELECT 1 FROM @extschema@.definitions s
								 WHERE s.id = definition_id
								   AND pg_has_role(runs.owner, s.owner, 'MEMBER')))
				AND (model_id IS NULL
					 OR EXISTS (SELECT 1 FROM @extschema@.models m
								 WHERE m.id = model_id
								   AND pg_has_role(runs.owner, m.owner, 'MEMBER'))));
GRANT SELECT, DELETE ON @extschema@.runs TO PUBLIC;
GRANT INSERT (definition_id, model_id, table_name, target, seed, n) ON @extschema@.runs TO PUBLIC;
GRANT UPDATE (rows_generated, status, finished_at, rows_per_second, quality, privacy, target)
	ON @extschema@.runs TO PUBLIC;
