-------------------------------------------------------------------------------
-- Remediation runs and quarantined rows
-------------------------------------------------------------------------------

-- Every remediate() call that applied a plan: the plan, the report, who.
CREATE TABLE @extschema@.remediations (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	source		text NOT NULL,
	target		text NOT NULL,
	options		jsonb NOT NULL DEFAULT '{}',
	plan		jsonb,
	report		jsonb,
	status		text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done')),
	started_at	timestamptz NOT NULL DEFAULT clock_timestamp(),
	finished_at	timestamptz,
	owner		regrole NOT NULL DEFAULT current_user::regrole
);

COMMENT ON TABLE @extschema@.remediations IS
'applied remediations: plan, report (rows read, written, quarantined per table and step); each role sees its own';

ALTER TABLE @extschema@.remediations ENABLE ROW LEVEL SECURITY;

CREATE POLICY remediations_owner ON @extschema@.remediations
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE'));
GRANT SELECT, DELETE ON @extschema@.remediations TO PUBLIC;
GRANT INSERT (source, target, options, plan) ON @extschema@.remediations TO PUBLIC;
GRANT UPDATE (report, status, finished_at, plan) ON @extschema@.remediations TO PUBLIC;


-- Rows that could not be converted: the whole original row, its key, the
-- step and the reason.  Nothing a remediation reads is dropped silently.
CREATE TABLE @extschema@.rejects (
	id				bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	remediation_id	bigint REFERENCES @extschema@.remediations (id) ON DELETE CASCADE,
	source_table	text NOT NULL,
	target_table	text,
	source_key		jsonb,
	source_ctid		tid,
	row_data		jsonb NOT NULL,
	step			text NOT NULL,
	column_name		text,
	reason			text NOT NULL,
	owner			regrole NOT NULL DEFAULT current_user::regrole,
	created_at		timestamptz NOT NULL DEFAULT now()
);


CREATE INDEX rejects_remediation_idx ON @extschema@.rejects (remediation_id);

COMMENT ON TABLE @extschema@.rejects IS
'quarantined rows of remediations: source table, key, the whole original row as JSONB, step and reason';
COMMENT ON COLUMN @extschema@.rejects.source_ctid IS
'where the row was in the source table when the remediation ran (only meaningful until the table is rewritten)';

ALTER TABLE @extschema@.rejects ENABLE ROW LEVEL SECURITY;

-- A quarantined row belongs to its owner's remediation: the foreign key
-- alone (checked without row-level security) would let a role attach rows
-- to another role's remediation.
CREATE POLICY rejects_owner ON @extschema@.rejects
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE')
				AND (remediation_id IS NULL
					 OR EXISTS (SELECT 1 FROM @extschema@.remediations r
								 WHERE r.id = remediation_id
								   AND pg_has_role(rejects.owner, r.owner, 'MEMBER'))));
GRANT SELECT, DELETE ON @extschema@.rejects TO PUBLIC;
GRANT INSERT (remediation_id, source_table, target_table, source_key, source_ctid, row_data, step, column_name, reason)
	ON @extschema@.rejects TO PUBLIC;
GRANT UPDATE (row_data) ON @extschema@.rejects TO PUBLIC;
