-------------------------------------------------------------------------------
-- Core C entry points
-------------------------------------------------------------------------------

-- Validate a definition and return its canonical form (raises 22023 with the
-- JSON path of the first problem).
CREATE FUNCTION @extschema@.canonical_definition(definition jsonb)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'synthmig_canonical_definition'
SET search_path = pg_catalog, pg_temp
LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.canonical_definition(jsonb) IS
'validate a definition and return its canonical form';


-------------------------------------------------------------------------------
-- Schema definitions
-------------------------------------------------------------------------------

CREATE TABLE @extschema@.definitions (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name		text NOT NULL
		CONSTRAINT definitions_name_check CHECK (name <> '' AND length(name) <= 200),
	version		integer NOT NULL CHECK (version > 0),
	definition	jsonb NOT NULL,
	owner		regrole NOT NULL DEFAULT current_user::regrole,
	created_at	timestamptz NOT NULL DEFAULT now(),
	CONSTRAINT definitions_owner_name_version_key UNIQUE (owner, name, version)
);

COMMENT ON TABLE @extschema@.definitions IS
'versioned schema definitions (JSONB); each role sees its own';

ALTER TABLE @extschema@.definitions ENABLE ROW LEVEL SECURITY;


-- A role sees and changes the rows of roles whose privileges it has (itself,
-- and roles granted to it); it can only create rows that it may see.
CREATE POLICY definitions_owner ON @extschema@.definitions
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE'));

GRANT SELECT, INSERT, DELETE ON @extschema@.definitions TO PUBLIC;
GRANT UPDATE (definition) ON @extschema@.definitions TO PUBLIC;


-- Every stored definition, however it arrives, is validated and canonical.
CREATE FUNCTION synthmig_internal.definitions_canonicalize()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	NEW.definition := @extschema@.canonical_definition(NEW.definition);
	RETURN NEW;
END;
$$;


CREATE TRIGGER definitions_canonicalize
	BEFORE INSERT OR UPDATE OF definition ON @extschema@.definitions
	FOR EACH ROW EXECUTE FUNCTION synthmig_internal.definitions_canonicalize();
-- a trigger function is never called directly
REVOKE EXECUTE ON FUNCTION synthmig_internal.definitions_canonicalize() FROM PUBLIC;


-- Store a definition; a new version each time the same name is defined again.
CREATE FUNCTION @extschema@.create_definition(name text, definition jsonb)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_id		bigint;
	v_version	integer;
BEGIN
	IF name IS NULL OR name = '' THEN
		RAISE EXCEPTION 'schema name must not be null or empty'
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Pass a name such as ''shop'' as the first argument.';
	END IF;
	IF definition IS NULL THEN
		RAISE EXCEPTION 'definition "%" must not be null', name
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Pass a JSON object with a "tables" array.';
	END IF;
	-- serialise concurrent definitions of the same name by the same role
	PERFORM pg_advisory_xact_lock(hashtextextended('synthmig.definitions:' || current_user || ':' || name, 0));
	SELECT coalesce(max(s.version), 0) + 1 INTO v_version
	  FROM @extschema@.definitions s
	 WHERE s.owner = current_user::regrole AND s.name = create_definition.name;
	BEGIN
		INSERT INTO @extschema@.definitions (name, version, definition)
		VALUES (create_definition.name, v_version, definition)
		RETURNING id INTO v_id;
	EXCEPTION WHEN unique_violation THEN
		-- Under READ COMMITTED the lock above is enough: the SELECT after it
		-- sees every committed version.  Under REPEATABLE READ or SERIALIZABLE
		-- the snapshot was taken before the lock, so a version committed by a
		-- concurrent transaction in between is invisible here: that is a
		-- serialization failure, and the caller retries.
		IF current_setting('transaction_isolation') = 'read committed' THEN
			RAISE;
		END IF;
		RAISE EXCEPTION 'could not create definition "%": a concurrent transaction stored a version of it', name
			USING ERRCODE = 'serialization_failure',
				  DETAIL = format('Version %s of "%s" was committed after this %s transaction took its snapshot.',
								  v_version, name, upper(current_setting('transaction_isolation'))),
				  HINT = 'Retry the transaction.';
	END;
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.create_definition(text, jsonb) IS
'validate and store a definition; returns its id (a new version when the name exists)';


-- The id of a definition by name (latest version unless one is given).
-- Names resolve to the current role's own definitions only: a definition is
-- text that other functions act on (validate runs its CHECK expressions), so
-- a name must never silently pick another role's -- a superuser or a member
-- of that role passes its id explicitly.
-- The lookups are VOLATILE, not STABLE: a STABLE function reads with the
-- snapshot of the statement that calls it, so get_definition(learn('t'))
-- would not see the definition that learn wrote in the same statement.
CREATE FUNCTION @extschema@.definition_id(name text, version integer DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_id bigint;
	v_other text;
BEGIN
	SELECT s.id INTO v_id
	  FROM @extschema@.definitions s
	 WHERE s.name = definition_id.name
	   AND s.owner = current_user::regrole
	   AND (definition_id.version IS NULL OR s.version = definition_id.version)
	 ORDER BY s.version DESC
	 LIMIT 1;
	IF v_id IS NULL THEN
		-- visible definitions of that name owned by others (superuser, member)
		SELECT string_agg(format('%s (owner %s)', s.id, s.owner), ', ' ORDER BY s.id) INTO v_other
		  FROM @extschema@.definitions s
		 WHERE s.name = definition_id.name
		   AND (definition_id.version IS NULL OR s.version = definition_id.version);
		IF v_other IS NULL THEN
			RAISE EXCEPTION 'definition "%"% does not exist', name,
				CASE WHEN version IS NULL THEN '' ELSE ' version ' || version END
				USING ERRCODE = 'undefined_object',
					  HINT = 'List the definitions you can see with SELECT * FROM synthmig.definition_list.';
		END IF;
		RAISE EXCEPTION 'definition "%"% does not exist', name,
			CASE WHEN version IS NULL THEN '' ELSE ' version ' || version END
			USING ERRCODE = 'undefined_object',
				  DETAIL = 'Names resolve to the current role''s own definitions; other roles'' definitions of that name have ids ' || v_other || '.',
				  HINT = 'Pass the id explicitly to use another role''s definition.';
	END IF;
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.definition_id(text, integer) IS
'the id of one of the current role''s definitions by name (latest version unless one is given)';


-- The definition stored under a name (latest version unless one is given).
CREATE FUNCTION @extschema@.get_definition(name text, version integer DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	-- definition_id raises a clear error when nothing matches
	RETURN @extschema@.get_definition(@extschema@.definition_id(name, version));
END;
$$;

COMMENT ON FUNCTION @extschema@.get_definition(text, integer) IS
'one of the current role''s definitions by name (latest version unless one is given)';


-- The definition stored under an id.
CREATE FUNCTION @extschema@.get_definition(definition_id bigint)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v jsonb;
BEGIN
	SELECT s.definition INTO v FROM @extschema@.definitions s WHERE s.id = definition_id;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'definition with id % does not exist', definition_id
			USING ERRCODE = 'undefined_object',
				  HINT = 'It may belong to another role; list yours with SELECT * FROM synthmig.definition_list.';
	END IF;
	RETURN v;
END;
$$;

COMMENT ON FUNCTION @extschema@.get_definition(bigint) IS
'a definition by id (the current role''s, or one it may see through row-level security)';


-- Drop a definition: one version, or every version of the name.
CREATE FUNCTION @extschema@.drop_definition(name text, version integer DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n integer;
BEGIN
	DELETE FROM @extschema@.definitions s
	 WHERE s.name = drop_definition.name
	   AND s.owner = current_user::regrole
	   AND (drop_definition.version IS NULL OR s.version = drop_definition.version);
	GET DIAGNOSTICS n = ROW_COUNT;
	IF n = 0 THEN
		RAISE EXCEPTION 'definition "%"% does not exist', name,
			CASE WHEN version IS NULL THEN '' ELSE ' version ' || version END
			USING ERRCODE = 'undefined_object',
				  HINT = 'Only definitions owned by the current role can be dropped.';
	END IF;
	RETURN n;
END;
$$;

COMMENT ON FUNCTION @extschema@.drop_definition(text, integer) IS
'drop one version, or every version, of one of the current role''s definitions';


-- One row per definition name: its latest version and a summary.
CREATE VIEW @extschema@.definition_list
WITH (security_invoker = true) AS
SELECT DISTINCT ON (s.owner, s.name)
	   s.name,
	   s.version AS latest_version,
	   s.id,
	   s.owner,
	   count(*) OVER (PARTITION BY s.owner, s.name) AS versions,
	   jsonb_array_length(s.definition -> 'tables') AS tables,
	   (SELECT count(*) FROM jsonb_array_elements(s.definition -> 'tables') t,
			   jsonb_array_elements(t -> 'columns')) AS columns,
	   coalesce(jsonb_array_length(s.definition -> 'relationships'), 0) AS relationships,
	   s.created_at
  FROM @extschema@.definitions s
 ORDER BY s.owner, s.name, s.version DESC;

GRANT SELECT ON @extschema@.definition_list TO PUBLIC;
