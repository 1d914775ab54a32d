-------------------------------------------------------------------------------
-- Schema evolution: versions of the JSON documents of a jsonb column
-- (docs/evolution.md)
--
-- A tracked jsonb column has document versions; version N + 1 is reached
-- from N through a lens.  A BEFORE INSERT OR UPDATE trigger recognises the
-- version of each incoming document (its version key, or its shape: the
-- newest version whose fields contain the document's), upgrades it through
-- the lenses in one call of the C engine, and stamps the version key;
-- document_at translates a document to any version, up or down.  Lenses
-- are data interpreted by the C engine, never SQL.
-------------------------------------------------------------------------------

CREATE TABLE @extschema@.document_versions (
	rel			oid NOT NULL,
	column_name	text NOT NULL,
	version		integer NOT NULL CHECK (version > 0),
	lens		jsonb,
	fields		text[],
	version_key	text NOT NULL CHECK (version_key <> ''),
	owner		regrole NOT NULL,
	created_by	regrole NOT NULL DEFAULT current_user::regrole,
	created_at	timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (rel, column_name, version),
	CHECK ((version = 1) = (lens IS NULL))
);

COMMENT ON TABLE @extschema@.document_versions IS
'document versions of tracked jsonb columns: the lens from the previous version and the fields that recognise a document';

ALTER TABLE @extschema@.document_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_versions_owner ON @extschema@.document_versions
	USING (pg_has_role(current_user, owner, 'USAGE'))
	WITH CHECK (pg_has_role(current_user, owner, 'MEMBER')
				AND owner = (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = rel)::regrole);
CREATE POLICY document_versions_user ON @extschema@.document_versions FOR SELECT
	USING (has_table_privilege(rel, 'SELECT, INSERT, UPDATE, DELETE'));
GRANT SELECT, INSERT, DELETE ON @extschema@.document_versions TO PUBLIC;


-- The version of a document: its version key when it names a version, else
-- the newest version whose fields contain every field of the document.
CREATE FUNCTION synthmig_internal.evolve_doc_version(rel oid, column_name text, doc jsonb)
RETURNS integer
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_key	text;
	v		int;
BEGIN
	SELECT d.version_key INTO v_key FROM @extschema@.document_versions d
	 WHERE d.rel = evolve_doc_version.rel AND d.column_name = evolve_doc_version.column_name AND d.version = 1;
	IF v_key IS NULL THEN
		RAISE EXCEPTION 'column % of % has no document versions', column_name, rel::regclass
			USING ERRCODE = 'undefined_object';
	END IF;
	IF jsonb_typeof(doc) <> 'object' THEN
		RAISE EXCEPTION 'a document of %.% must be a JSON object', rel::regclass, column_name
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('Got %s.', jsonb_typeof(doc));
	END IF;
	IF jsonb_typeof(doc -> v_key) = 'number' THEN
		SELECT d.version INTO v FROM @extschema@.document_versions d
		 WHERE d.rel = evolve_doc_version.rel AND d.column_name = evolve_doc_version.column_name
		   AND d.version::numeric = (doc ->> v_key)::numeric;
		IF v IS NULL THEN
			RAISE EXCEPTION 'document version % of %.% does not exist', doc ->> v_key, rel::regclass, column_name
				USING ERRCODE = 'invalid_parameter_value',
					  DETAIL = format('The document''s "%s" names no registered version.', v_key);
		END IF;
		RETURN v;
	END IF;
	SELECT d.version INTO v FROM @extschema@.document_versions d
	 WHERE d.rel = evolve_doc_version.rel AND d.column_name = evolve_doc_version.column_name
	   AND d.fields IS NOT NULL
	   AND d.fields @> ARRAY(SELECT k FROM jsonb_object_keys(doc - v_key) k)
	 ORDER BY d.version DESC LIMIT 1;
	IF v IS NULL THEN
		RAISE EXCEPTION 'document matches no version of %.%', rel::regclass, column_name
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('It has no "%s" and its fields (%s) are not those of any version.', v_key,
								  (SELECT string_agg(k, ', ' ORDER BY k) FROM jsonb_object_keys(doc) k)),
				  HINT = format('Give the document a "%s" member, or the versions a list of fields.', v_key);
	END IF;
	RETURN v;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_doc_version(oid, text, jsonb) IS
'internal: the version of a document (its version key, or the newest version whose fields contain its fields)';


-- A document translated from its version to version "target" (up or down),
-- the lenses of every step in one call, the version key stamped.
CREATE FUNCTION @extschema@.document_at(rel regclass, column_name text, doc jsonb, version integer DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_from	int;
	v_to	int;
	v_key	text;
	v_lens	jsonb;
BEGIN
	PERFORM synthmig_internal.check_table(rel, 'rel');
	IF doc IS NULL THEN
		RETURN NULL;
	END IF;
	v_from := synthmig_internal.evolve_doc_version(rel, column_name, doc);
	SELECT max(d.version), min(d.version_key) INTO v_to, v_key FROM @extschema@.document_versions d
	 WHERE d.rel = document_at.rel AND d.column_name = document_at.column_name;
	IF version IS NOT NULL THEN
		IF NOT EXISTS (SELECT FROM @extschema@.document_versions d
						WHERE d.rel = document_at.rel AND d.column_name = document_at.column_name
						  AND d.version = document_at.version) THEN
			RAISE EXCEPTION 'document version % of %.% does not exist', version, rel, column_name
				USING ERRCODE = 'undefined_object';
		END IF;
		v_to := version;
	END IF;
	doc := doc - v_key;
	IF v_to > v_from THEN
		SELECT jsonb_agg(op ORDER BY d.version, o.i) INTO v_lens
		  FROM @extschema@.document_versions d, jsonb_array_elements(d.lens) WITH ORDINALITY o(op, i)
		 WHERE d.rel = document_at.rel AND d.column_name = document_at.column_name
		   AND d.version > v_from AND d.version <= v_to;
		doc := @extschema@.lens_apply(doc, coalesce(v_lens, '[]'), false);
	ELSIF v_to < v_from THEN
		SELECT jsonb_agg(op ORDER BY d.version, o.i) INTO v_lens
		  FROM @extschema@.document_versions d, jsonb_array_elements(d.lens) WITH ORDINALITY o(op, i)
		 WHERE d.rel = document_at.rel AND d.column_name = document_at.column_name
		   AND d.version > v_to AND d.version <= v_from;
		doc := @extschema@.lens_apply(doc, coalesce(v_lens, '[]'), true);
	END IF;
	RETURN doc || jsonb_build_object(v_key, v_to);
END;
$$;

COMMENT ON FUNCTION @extschema@.document_at(regclass, text, jsonb, integer) IS
'translate a document of a tracked jsonb column to a version (NULL: the newest), up or down through the lenses';


-- The upgrade done by the column's trigger: a failure is logged and raised.
CREATE FUNCTION synthmig_internal.evolve_doc_upgrade(rel oid, column_name text, doc jsonb)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_state	text;
	v_msg	text;
BEGIN
	IF doc IS NULL THEN
		RETURN NULL;
	END IF;
	RETURN @extschema@.document_at(rel::regclass, column_name, doc, NULL);
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_msg = MESSAGE_TEXT;
	PERFORM synthmig_internal.evolve_failed(rel, NULL, 'DOCUMENT', jsonb_build_object(column_name, doc),
											v_state, v_msg, 1);
	RETURN NULL;
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_doc_upgrade(oid, text, jsonb) IS
'internal: upgrade a document to the newest version of its column, logging a failure';


-- Name of the trigger function of a tracked jsonb column (in the table's schema).
CREATE FUNCTION synthmig_internal.evolve_doc_function(rel oid, column_name text)
RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT format('%I.%I', n.nspname, 'synthmig_doc_' || rel || '_' || a.attnum)
	  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = column_name AND NOT a.attisdropped
	 WHERE c.oid = rel;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_doc_function(oid, text) IS
'internal: the schema-qualified name of the upgrade trigger function of a jsonb column';


-- (Re)create the trigger function of a tracked jsonb column.  The lens of
-- each version's path to the newest one is composed here and written into
-- the function as a jsonb literal (%L: data for the C engine, not SQL), so
-- a document with a version key, or recognised by its fields, is upgraded
-- by one lens_apply call without reading the catalog; anything else (an
-- unknown version, no match) goes to evolve_doc_upgrade, which raises and
-- logs.
CREATE FUNCTION synthmig_internal.evolve_doc_build(rel oid, column_name text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_fn	text := synthmig_internal.evolve_doc_function(rel, column_name);
	v_key	text;
	v_cur	int;
	v_by_key text := '';
	v_by_shape text := '';
	d		record;
	v_lens	jsonb;
	v_step	text;
BEGIN
	SELECT min(dv.version_key), max(dv.version) INTO v_key, v_cur FROM @extschema@.document_versions dv
	 WHERE dv.rel = evolve_doc_build.rel AND dv.column_name = evolve_doc_build.column_name;
	FOR d IN SELECT dv.version, dv.fields FROM @extschema@.document_versions dv
			  WHERE dv.rel = evolve_doc_build.rel AND dv.column_name = evolve_doc_build.column_name
			  ORDER BY dv.version DESC LOOP
		SELECT jsonb_agg(op ORDER BY dv.version, o.i) INTO v_lens
		  FROM @extschema@.document_versions dv, jsonb_array_elements(dv.lens) WITH ORDINALITY o(op, i)
		 WHERE dv.rel = evolve_doc_build.rel AND dv.column_name = evolve_doc_build.column_name AND dv.version > d.version;
		v_step := format('NEW.%I := synthmig.lens_apply(v_doc - %L, %L::jsonb) || %L::jsonb; RETURN NEW;',
						 column_name, v_key, coalesce(v_lens, '[]'), jsonb_build_object(v_key, v_cur));
		v_by_key := v_by_key || format(E'\n\t\tWHEN %L::jsonb THEN %s', to_jsonb(d.version), v_step);
		IF d.fields IS NOT NULL THEN
			v_by_shape := v_by_shape || format(E'\n\tIF v_fields <@ %L::text[] THEN %s END IF;', d.fields, v_step);
		END IF;
	END LOOP;
	EXECUTE format($f$CREATE OR REPLACE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS %L$f$,
				   v_fn, format($b$
DECLARE
	v_doc jsonb := NEW.%I;
	v_fields text[];
BEGIN
	IF v_doc IS NULL OR pg_catalog.jsonb_typeof(v_doc) <> 'object' THEN
		NEW.%I := synthmig_internal.evolve_doc_upgrade(%s, %L, v_doc);
		RETURN NEW;
	END IF;
	IF v_doc ? %L THEN
		CASE v_doc -> %L%s
		ELSE NULL;
		END CASE;
	ELSE
		v_fields := ARRAY(SELECT pg_catalog.jsonb_object_keys(v_doc));%s
	END IF;
	NEW.%I := synthmig_internal.evolve_doc_upgrade(%s, %L, v_doc);
	RETURN NEW;
END;
$b$, column_name, column_name, rel, column_name, v_key, v_key, v_by_key, v_by_shape, column_name, rel, column_name));
	EXECUTE format('REVOKE EXECUTE ON FUNCTION %s() FROM PUBLIC', v_fn);
	EXECUTE format('COMMENT ON FUNCTION %s() IS %L', v_fn,
				   format('synthmig: upgrades the documents of %s.%s to their newest version', rel::regclass, column_name));
END;
$$;

COMMENT ON FUNCTION synthmig_internal.evolve_doc_build(oid, text) IS
'internal: (re)create the upgrade trigger function of a tracked jsonb column, with the composed lenses as literals';


-- Track the documents of a jsonb column: version 1 is their current shape.
CREATE FUNCTION @extschema@.track_documents(rel regclass, column_name text,
											version_key text DEFAULT 'version', fields text[] DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_owner	oid;
	v_type	oid;
	v_fn	text;
BEGIN
	PERFORM synthmig_internal.check_table(rel, 'rel');
	SELECT c.relowner INTO v_owner FROM pg_class c WHERE c.oid = rel;
	IF NOT pg_has_role(current_user, v_owner, 'MEMBER') THEN
		RAISE EXCEPTION 'must be owner of table %', rel
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	SELECT a.atttypid INTO v_type FROM pg_attribute a
	 WHERE a.attrelid = rel AND a.attname = track_documents.column_name AND a.attnum > 0 AND NOT a.attisdropped;
	IF v_type IS NULL THEN
		RAISE EXCEPTION 'column "%" of % does not exist', column_name, rel
			USING ERRCODE = 'undefined_column';
	ELSIF v_type <> 'jsonb'::regtype THEN
		RAISE EXCEPTION 'column "%" of % is not jsonb', column_name, rel
			USING ERRCODE = 'wrong_object_type', DETAIL = format('It is %s.', format_type(v_type, NULL));
	END IF;
	IF version_key IS NULL OR version_key = '' THEN
		RAISE EXCEPTION 'version_key must be a non-empty string'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF EXISTS (SELECT FROM @extschema@.document_versions d
				WHERE d.rel = track_documents.rel AND d.column_name = track_documents.column_name) THEN
		RAISE EXCEPTION 'the documents of %.% are already tracked', rel, column_name
			USING ERRCODE = 'duplicate_object',
				  HINT = 'Add a version with synthmig.add_document_version.';
	END IF;
	INSERT INTO @extschema@.document_versions (rel, column_name, version, fields, version_key, owner)
	VALUES (rel, column_name, 1, fields, version_key, v_owner::regrole);
	v_fn := synthmig_internal.evolve_doc_function(rel, column_name);
	PERFORM synthmig_internal.evolve_doc_build(rel, column_name);
	EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OF %I ON %s FOR EACH ROW EXECUTE FUNCTION %s()',
				   'synthmig_doc_' || column_name, column_name, rel, v_fn);
	RETURN 1;
END;
$$;

COMMENT ON FUNCTION @extschema@.track_documents(regclass, text, text, text[]) IS
'track the JSON documents of a jsonb column (version 1 = their current shape); incoming documents are upgraded to the newest version';


-- A new document version, reached from the previous one through a lens.
CREATE FUNCTION @extschema@.add_document_version(rel regclass, column_name text, lens jsonb, fields text[] DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	last	@extschema@.document_versions;
BEGIN
	PERFORM synthmig_internal.check_table(rel, 'rel');
	SELECT * INTO last FROM @extschema@.document_versions d
	 WHERE d.rel = add_document_version.rel AND d.column_name = add_document_version.column_name
	 ORDER BY d.version DESC LIMIT 1;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'the documents of %.% are not tracked', rel, column_name
			USING ERRCODE = 'undefined_object',
				  HINT = format('Track them first: SELECT synthmig.track_documents(%L, %L);', rel::text, column_name);
	END IF;
	IF lens IS NULL THEN
		RAISE EXCEPTION 'lens must not be null'
			USING ERRCODE = 'null_value_not_allowed', HINT = 'An empty lens is [].';
	END IF;
	PERFORM @extschema@.lens_check(lens);
	INSERT INTO @extschema@.document_versions (rel, column_name, version, lens, fields, version_key, owner)
	VALUES (rel, column_name, last.version + 1, lens, fields, last.version_key, last.owner);
	PERFORM synthmig_internal.evolve_doc_build(rel, column_name);
	RETURN last.version + 1;
END;
$$;

COMMENT ON FUNCTION @extschema@.add_document_version(regclass, text, jsonb, text[]) IS
'add a document version to a tracked jsonb column, reached from the previous version through a lens';


-- Stop tracking the documents of a column: its trigger and versions go.
CREATE FUNCTION @extschema@.untrack_documents(rel regclass, column_name text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM synthmig_internal.check_table(rel, 'rel');
	IF NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = rel), 'MEMBER') THEN
		RAISE EXCEPTION 'must be owner of table %', rel
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	DELETE FROM @extschema@.document_versions d
	 WHERE d.rel = untrack_documents.rel AND d.column_name = untrack_documents.column_name;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'the documents of %.% are not tracked', rel, column_name
			USING ERRCODE = 'undefined_object';
	END IF;
	EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', 'synthmig_doc_' || column_name, rel);
	EXECUTE format('DROP FUNCTION IF EXISTS %s()', synthmig_internal.evolve_doc_function(rel, column_name));
END;
$$;

COMMENT ON FUNCTION @extschema@.untrack_documents(regclass, text) IS
'stop tracking the documents of a jsonb column (drops its upgrade trigger and its versions)';
