-- The names before 0.4.0 still work for one release (removed in 0.5.0):
-- each calls its successor (docs/reference.md, "Deprecated names").
SELECT synthmig.define_schema('dep_shop', '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}]}]}') AS dep_id \gset
SELECT :dep_id = synthmig.definition_id('dep_shop') AS define_schema;
SELECT synthmig.schema_id('dep_shop') = synthmig.definition_id('dep_shop') AS schema_id;
SELECT synthmig.get_schema('dep_shop') = synthmig.get_definition('dep_shop') AS get_schema_by_name,
	   synthmig.get_schema(synthmig.definition_id('dep_shop')) = synthmig.get_definition('dep_shop') AS get_schema_by_id;
SELECT name, latest_version FROM synthmig.schema_list WHERE name = 'dep_shop';
SELECT name, version FROM synthmig.schemas WHERE name = 'dep_shop';
CREATE TABLE public.dep_t (a integer PRIMARY KEY, b text);
INSERT INTO public.dep_t VALUES (1, 'x'), (2, 'y');
SELECT synthmig.schema_from_catalog(ARRAY['public.dep_t'::regclass]) = synthmig.definition_from_catalog(ARRAY['public.dep_t'::regclass]) AS schema_from_catalog;
SELECT synthmig.schema_from_catalog('public'::regnamespace) IS NOT NULL AS schema_from_catalog_ns;
SELECT synthmig.detect_schema('public.dep_t'::regclass) = synthmig.detect_definition('public.dep_t'::regclass) AS detect_schema,
	   synthmig.detect_schema('public.dep_t') = synthmig.detect_definition('public.dep_t') AS detect_schema_text,
	   synthmig.detect_schema('[{"a": "1"}]'::jsonb) = synthmig.detect_definition('[{"a": "1"}]'::jsonb) AS detect_schema_json;
CREATE TABLE public.dep_t2 (a text, b text);
SELECT count(*) > 0 AS analyze_works FROM synthmig.analyze('public.dep_t2'::regclass, 'public.dep_t'::regclass);
SELECT synthmig.drop_schema('dep_shop') AS versions_dropped;
SELECT obj_description(p.oid, 'pg_proc') FROM pg_proc p
 WHERE p.pronamespace = 'synthmig'::regnamespace AND p.proname = 'define_schema';
DROP TABLE public.dep_t, public.dep_t2;

-- names where a person types one: validate, train and generate_into take a
-- definition's name as well as its id
CREATE TABLE public.dep_seed (id integer PRIMARY KEY, v double precision);
INSERT INTO public.dep_seed SELECT i, i / 10.0 FROM generate_series(1, 200) i;
SELECT synthmig.create_definition('dep_seed', synthmig.definition_from_catalog(ARRAY['public.dep_seed'::regclass])) > 0 AS defined;
SELECT synthmig.train('dep_seed', '{"dep_seed": "public.dep_seed"}') > 0 AS trained;
CREATE TABLE public.dep_out (LIKE public.dep_seed);
SELECT synthmig.generate_into('dep_seed', 50, 'public.dep_out', 1) AS rows_generated;
SELECT count(*) AS violations FROM synthmig.validate('dep_seed', 'public.dep_out');
SELECT * FROM synthmig.validate('no_such_definition', 'public.dep_out');
DROP TABLE public.dep_seed, public.dep_out;
