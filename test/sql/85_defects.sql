-- Defects found by the security probe of issue 8 (smaller defects): each
-- statement below failed, hung or lied before the fix.
CREATE SCHEMA defects;
CREATE TABLE defects.t (id int, x text, y float8);
INSERT INTO defects.t SELECT g, 'v' || (g % 7), g * 0.5 FROM generate_series(1, 500) g;
CREATE TABLE defects.t2 (LIKE defects.t);

-- generate_into(learn(...)) in one statement sees the new definition
SELECT synthmig.generate_into(synthmig.learn('defects.t'), 10, 'defects.t2', 1) AS written;
-- and so do the lookups (VOLATILE: a STABLE function reads with the
-- statement's snapshot, taken before learn wrote)
SELECT synthmig.get_definition(synthmig.learn('defects.t2')) -> 'tables' -> 0 ->> 'name' AS seen_by_id,
       synthmig.definition_id('defects.t2') > 0 AS seen_by_name;
SELECT synthmig.definition_id('defects.t') AS sid \gset

-- copy_generated: arguments checked before anything is opened
SELECT sm_try('SELECT synthmig_internal.copy_generated(1, 10, NULL, 1)');
SELECT sm_try('SELECT synthmig_internal.copy_generated(NULL, 10, ''defects.t2'', 1)');
SELECT sm_try('SELECT synthmig_internal.copy_generated(1, 10, 0::oid::regclass, 1)');
-- (4000000000: an OID that names nothing, as a dropped table's does)
\set dropped_oid 4000000000
SELECT sm_try(format('SELECT synthmig_internal.copy_generated(%s, 10, %s::oid::regclass, 1)', :sid, :dropped_oid));

-- in the select list rows stream: n = 10^12 with LIMIT 3 returns at once;
-- in FROM they would all be materialised, so a huge n is refused there
SELECT count(*) AS streamed FROM (SELECT synthmig.generate(:sid, 1000000000000, 1) LIMIT 3) s;
SELECT count(*) AS streamed FROM (SELECT synthmig.generate(NULL::defects.t, 1000000000000, 1, :sid) LIMIT 3) s;
SELECT sm_try(format('SELECT * FROM synthmig.generate(%s, 1000000000000, 1) LIMIT 1', :sid));
SELECT sm_try(format('SELECT * FROM synthmig.generate(NULL::defects.t, 1000000000000, 1, %s) LIMIT 1', :sid));
SET synthmig.max_materialized_rows = 5;
SELECT sm_try(format('SELECT count(*) FROM synthmig.generate(%s, 6, 1)', :sid));
RESET synthmig.max_materialized_rows;

-- a run not read to the end is closed as 'stopped' with the rows made:
-- after a LIMIT, and through a cursor closed explicitly or by COMMIT
SELECT coalesce(max(id), 0) AS last_run FROM synthmig.runs \gset
SELECT count(*) FROM (SELECT synthmig.generate(:sid, 1000, 1) LIMIT 4) s;
BEGIN;
DECLARE c1 CURSOR FOR SELECT synthmig.generate(:sid, 1000, 1);
FETCH 2 FROM c1;
CLOSE c1;
DECLARE c2 CURSOR FOR SELECT synthmig.generate(:sid, 1000, 1);
FETCH 3 FROM c2;
COMMIT;
SELECT count(*) FROM synthmig.generate(:sid, 7, 1);
SELECT status, rows_generated, n, finished_at IS NOT NULL AS finished FROM synthmig.runs WHERE id > :last_run ORDER BY id;

-- NULL and dropped tables or schemas are refused, naming the argument
SELECT sm_try('SELECT * FROM synthmig.analyze(NULL::regclass, NULL::regclass)');
SELECT sm_try('SELECT * FROM synthmig.analyze(''defects.t''::regclass, NULL::regclass)');
SELECT sm_try('SELECT * FROM synthmig.analyze(NULL::regnamespace, ''defects''::regnamespace)');
SELECT sm_try('SELECT synthmig.remediate(NULL::regclass, ''defects.t''::regclass)');
SELECT sm_try('SELECT synthmig.remediate(''defects''::regnamespace, NULL::regnamespace, true)');
SELECT sm_try(format('SELECT synthmig.remediate(%s::oid::regclass, ''defects.t''::regclass)', :dropped_oid));
SELECT sm_try(format('SELECT * FROM synthmig.analyze(''defects.t''::regclass, %s::oid::regclass)', :dropped_oid));
SELECT sm_try('SELECT synthmig.remediate(4000000000::oid::regnamespace, ''defects''::regnamespace)');
SELECT sm_try(format('SELECT synthmig.remediate(%s::oid::regclass, ''{"columns": []}''::jsonb)', :dropped_oid));
SELECT sm_try(format('SELECT synthmig.definition_from_catalog(ARRAY[%s::oid::regclass])', :dropped_oid));
SELECT sm_try('SELECT synthmig.definition_from_catalog(4000000000::oid::regnamespace)');
SELECT sm_try(format('SELECT synthmig.detect_definition(%s::oid::regclass)', :dropped_oid));
SELECT sm_try(format('SELECT synthmig.learn(%s::oid::regclass)', :dropped_oid));
SELECT sm_try(format('SELECT synthmig.generate_into(%s, 1, %s::oid::regclass)', :sid, :dropped_oid));
SELECT sm_try(format('SELECT synthmig.quality(%s::oid::regclass, ''defects.t'')', :dropped_oid));
SELECT sm_try(format('SELECT count(*) FROM synthmig.profile_columns(%s::oid::regclass)', :dropped_oid));

-- plain string literals: not ambiguous (42725) but a clear error with the casts
SELECT sm_try('SELECT synthmig.remediate(''a'', ''b'', true)');
SELECT sm_try('SELECT * FROM synthmig.analyze(''a'', ''b'')');
SELECT sm_try('SELECT synthmig.remediate(''defects.t'', ''{"columns": {}}'')');

-- options of the wrong JSON type are named by their path
SELECT sm_try('SELECT synthmig.remediate(''defects.t''::regclass, ''defects.t2''::regclass, false, ''{"columns": 5}'')');
SELECT sm_try('SELECT synthmig.remediate(''defects.t''::regclass, ''defects.t2''::regclass, false, ''{"columns": {"id": {"source": 3}}}'')');
SELECT sm_try('SELECT synthmig.remediate(''defects.t''::regclass, ''defects.t2''::regclass, false, ''{"tables": []}'')');
SELECT sm_try('SELECT synthmig.remediate(''defects.t''::regclass, ''defects.t2''::regclass, false, ''{"tables": {"a": 1}}'')');
SELECT sm_try('SELECT synthmig.remediate(''defects.t''::regclass, ''defects.t2''::regclass, false, ''{"rules": {"x": "quarantine"}}'')');
SELECT sm_try('SELECT synthmig.remediate(''defects.t''::regclass, ''defects.t2''::regclass, false, ''{"disable_rules": "x"}'')');
SELECT sm_try('SELECT synthmig.remediate(''defects.t''::regclass, ''defects.t2''::regclass, false, ''{"disable_rules": [1]}'')');
SELECT sm_try('SELECT * FROM synthmig.analyze(''defects.t''::regclass, ''defects.t2''::regclass, ''{"on_error": ["x"]}'')');
SELECT sm_try('SELECT * FROM synthmig.analyze(''defects.t''::regclass, ''defects.t2''::regclass, ''{"require_empty_target": "yes"}'')');

-- a domain over a domain, an enum[] column, and ±Infinity in float columns
CREATE DOMAIN defects.positive AS int CHECK (VALUE > 0);
CREATE DOMAIN defects.percent AS defects.positive CHECK (VALUE <= 100);
CREATE TYPE defects.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE defects.odd (id int PRIMARY KEY, p defects.percent NOT NULL, m defects.mood[], f float8, r real);
INSERT INTO defects.odd SELECT g, 1 + g % 100, CASE g % 3 WHEN 0 THEN '{sad,ok}'::defects.mood[] WHEN 1 THEN '{happy}' END,
	   CASE g % 50 WHEN 0 THEN 'Infinity'::float8 WHEN 1 THEN '-Infinity'::float8 ELSE g * 1.5 END,
	   CASE g % 40 WHEN 0 THEN '-Infinity'::real ELSE g::real END
  FROM generate_series(1, 200) g;
SELECT jsonb_pretty(c) FROM jsonb_array_elements(synthmig.definition_from_catalog(ARRAY['defects.odd'::regclass]) -> 'tables' -> 0 -> 'columns') c
 WHERE c ->> 'name' IN ('p', 'm');
SELECT c ->> 'name' AS name, c ->> 'type' AS type
  FROM jsonb_array_elements(synthmig.detect_definition('defects.odd'::regclass) -> 'tables' -> 0 -> 'columns') c;
SELECT c ->> 'name' AS name, c ->> 'type' AS type, c ? 'min' AS has_range
  FROM jsonb_array_elements(synthmig.detect_definition('[{"a": "Infinity", "b": 1.5}, {"a": "-Infinity", "b": 2}, {"a": "3", "b": 3}]'::jsonb)
						   -> 'tables' -> 0 -> 'columns') c;
SELECT synthmig.learn('defects.odd') > 0 AS learned;
CREATE TABLE defects.odd_copy (LIKE defects.odd);
SELECT synthmig.generate_into(synthmig.definition_id('defects.odd'), 50, 'defects.odd_copy', 3) AS written;
SELECT count(*) FILTER (WHERE p BETWEEN 1 AND 100) AS p_in_domain, count(m) > 0 AS has_moods FROM defects.odd_copy;

-- helpers that were quadratic are linear: 100 KB inputs take milliseconds
SET statement_timeout = '10s';
SELECT synthmig_internal.expression_problem(repeat('lower(''é;'') || ', 10000) || '''x''') IS NULL AS one_expression;
SELECT synthmig_internal.expression_problem(repeat('(', 50000) || repeat(')', 50001)) AS problem;
SELECT length(synthmig_internal.fill(repeat('coalesce({value}, ''-'') || ', 4000) || '{zone}', 'v', 'text', '{}')) AS filled;
SELECT length(synthmig.normalize_name(repeat('CustIDs', 15000))) AS normalized;
SELECT synthmig.normalize_name(x) FROM unnest(ARRAY['InvoiceLines', 'tblCustID', 'HTTPServerURL', 'e_mail_addr', 'ZipCode']) x;
RESET statement_timeout;

-- learn of a wide table honours cancellation (statement_timeout)
SELECT format('CREATE TABLE defects.wide (%s)', string_agg(format('c%s int', g), ', ')) FROM generate_series(1, 1200) g \gexec
SELECT format('INSERT INTO defects.wide SELECT %s FROM generate_series(1, 400) r', string_agg(format('(r * %s + (r * 7919 + %s) %% 101)', g, g), ', ')) FROM generate_series(1, 1200) g \gexec
-- (plpgsql cannot catch a cancel: the SQLSTATE alone, 57014)
\set VERBOSITY sqlstate
SET statement_timeout = '300ms';
SELECT synthmig.learn('defects.wide');
RESET statement_timeout;
\set VERBOSITY default

DROP SCHEMA defects CASCADE;
