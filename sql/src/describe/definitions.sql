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
'validate a schema definition and return its canonical form';


-------------------------------------------------------------------------------
-- Schema definitions
-------------------------------------------------------------------------------

CREATE TABLE @extschema@.schemas (
	id			bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name		text NOT NULL
		CONSTRAINT schemas_name_check CHECK (name <> '' AND length(name) <= 200),
	version		integer NOT NULL CHECK (version > 0),
	definition	jsonb NOT NULL,
	owner		regrole NOT NULL DEFAULT current_user::regrole,
	created_at	timestamptz NOT NULL DEFAULT now(),
	CONSTRAINT schemas_owner_name_version_key UNIQUE (owner, name, version)
);

COMMENT ON TABLE @extschema@.schemas IS
'versioned schema definitions (JSONB); each role sees its own';

ALTER TABLE @extschema@.schemas ENABLE ROW LEVEL SECURITY;


-- A role sees and changes the rows of roles whose privileges it has (itself,
-- and roles granted to it); it can only create rows that it may see.
CREATE POLICY schemas_owner ON @extschema@.schemas
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'USAGE'));

GRANT SELECT, INSERT, DELETE ON @extschema@.schemas TO PUBLIC;
GRANT UPDATE (definition) ON @extschema@.schemas TO PUBLIC;


-- Every stored definition, however it arrives, is validated and canonical.
CREATE FUNCTION synthmig_internal.schemas_canonicalize()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	NEW.definition := @extschema@.canonical_definition(NEW.definition);
	RETURN NEW;
END;
$$;


CREATE TRIGGER schemas_canonicalize
	BEFORE INSERT OR UPDATE OF definition ON @extschema@.schemas
	FOR EACH ROW EXECUTE FUNCTION synthmig_internal.schemas_canonicalize();
-- a trigger function is never called directly
REVOKE EXECUTE ON FUNCTION synthmig_internal.schemas_canonicalize() FROM PUBLIC;


-- Store a definition; a new version each time the same name is defined again.
CREATE FUNCTION @extschema@.define_schema(name text, definition jsonb)
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
		RAISE EXCEPTION 'definition of schema "%" must not be null', name
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Pass a JSON object with a "tables" array.';
	END IF;
	-- serialise concurrent definitions of the same name by the same role
	PERFORM pg_advisory_xact_lock(hashtextextended('synthmig.schemas:' || current_user || ':' || name, 0));
	SELECT coalesce(max(s.version), 0) + 1 INTO v_version
	  FROM @extschema@.schemas s
	 WHERE s.owner = current_user::regrole AND s.name = define_schema.name;
	INSERT INTO @extschema@.schemas (name, version, definition)
	VALUES (define_schema.name, v_version, definition)
	RETURNING id INTO v_id;
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.define_schema(text, jsonb) IS
'validate and store a schema definition; returns its id (a new version when the name exists)';


-- The id of a definition by name (latest version unless one is given).
-- Names resolve to the current role's own definitions only: a definition is
-- text that other functions act on (validate runs its CHECK expressions), so
-- a name must never silently pick another role's -- a superuser or a member
-- of that role passes its id explicitly.
CREATE FUNCTION @extschema@.schema_id(name text, version integer DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_id bigint;
	v_other text;
BEGIN
	SELECT s.id INTO v_id
	  FROM @extschema@.schemas s
	 WHERE s.name = schema_id.name
	   AND s.owner = current_user::regrole
	   AND (schema_id.version IS NULL OR s.version = schema_id.version)
	 ORDER BY s.version DESC
	 LIMIT 1;
	IF v_id IS NULL THEN
		-- visible definitions of that name owned by others (superuser, member)
		SELECT string_agg(format('%s (owner %s)', s.id, s.owner), ', ' ORDER BY s.id) INTO v_other
		  FROM @extschema@.schemas s
		 WHERE s.name = schema_id.name
		   AND (schema_id.version IS NULL OR s.version = schema_id.version);
		IF v_other IS NULL THEN
			RAISE EXCEPTION 'schema definition "%"% does not exist', name,
				CASE WHEN version IS NULL THEN '' ELSE ' version ' || version END
				USING ERRCODE = 'undefined_object',
					  HINT = 'List the definitions you can see with SELECT * FROM synthmig.schema_list.';
		END IF;
		RAISE EXCEPTION 'schema definition "%"% does not exist', name,
			CASE WHEN version IS NULL THEN '' ELSE ' version ' || version END
			USING ERRCODE = 'undefined_object',
				  DETAIL = 'Names resolve to the current role''s own definitions; other roles'' definitions of that name have ids ' || v_other || '.',
				  HINT = 'Pass the id explicitly to use another role''s definition.';
	END IF;
	RETURN v_id;
END;
$$;

COMMENT ON FUNCTION @extschema@.schema_id(text, integer) IS
'the id of one of the current role''s definitions by name (latest version unless one is given)';


-- The definition stored under a name (latest version unless one is given).
CREATE FUNCTION @extschema@.get_schema(name text, version integer DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	-- schema_id raises a clear error when nothing matches
	RETURN @extschema@.get_schema(@extschema@.schema_id(name, version));
END;
$$;

COMMENT ON FUNCTION @extschema@.get_schema(text, integer) IS
'one of the current role''s definitions by name (latest version unless one is given)';


-- The definition stored under an id.
CREATE FUNCTION @extschema@.get_schema(schema_id bigint)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v jsonb;
BEGIN
	SELECT s.definition INTO v FROM @extschema@.schemas s WHERE s.id = schema_id;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'schema definition with id % does not exist', schema_id
			USING ERRCODE = 'undefined_object',
				  HINT = 'It may belong to another role; list yours with SELECT * FROM synthmig.schema_list.';
	END IF;
	RETURN v;
END;
$$;

COMMENT ON FUNCTION @extschema@.get_schema(bigint) IS
'a definition by id (the current role''s, or one it may see through row-level security)';


-- Drop a definition: one version, or every version of the name.
CREATE FUNCTION @extschema@.drop_schema(name text, version integer DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n integer;
BEGIN
	DELETE FROM @extschema@.schemas s
	 WHERE s.name = drop_schema.name
	   AND s.owner = current_user::regrole
	   AND (drop_schema.version IS NULL OR s.version = drop_schema.version);
	GET DIAGNOSTICS n = ROW_COUNT;
	IF n = 0 THEN
		RAISE EXCEPTION 'schema definition "%"% does not exist', name,
			CASE WHEN version IS NULL THEN '' ELSE ' version ' || version END
			USING ERRCODE = 'undefined_object',
				  HINT = 'Only definitions owned by the current role can be dropped.';
	END IF;
	RETURN n;
END;
$$;

COMMENT ON FUNCTION @extschema@.drop_schema(text, integer) IS
'drop one version, or every version, of one of the current role''s definitions';


-- One row per definition name: its latest version and a summary.
CREATE VIEW @extschema@.schema_list
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
  FROM @extschema@.schemas s
 ORDER BY s.owner, s.name, s.version DESC;

GRANT SELECT ON @extschema@.schema_list TO PUBLIC;
