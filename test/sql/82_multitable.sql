-- Multi-table training and generation through relationships: Chinook whole
-- (hierarchy, junction with a composite key, several foreign keys per
-- table), a schema with a composite foreign key, a one-to-one and a cycle
-- through a nullable key, a definition without seed rows, bad input.
SET client_min_messages = warning;
SELECT synthmig.learn_schema('chinook'::regnamespace) AS did \gset
-- what is learned per relationship
SELECT r ->> 'name' AS relationship, r ->> 'kind' AS kind, r ->> 'required' AS required,
	   r ->> 'count_column' AS count_column, r ->> 'junction_partner' AS partner, r -> 'depth' AS depth
  FROM synthmig.models m, jsonb_array_elements(m.parameters -> 'multitable' -> 'relationships') r
 WHERE m.definition_id = :did ORDER BY (r ->> 'index')::int;
-- a child count is a column of the parent's model (and of its copula)
SELECT t ->> 'name' AS parent, c ->> 'name' AS count_column, c ->> 'kind' AS kind
  FROM synthmig.models m, jsonb_array_elements(m.parameters -> 'tables') t,
	   jsonb_array_elements(t -> 'model' -> 'columns') c
 WHERE m.definition_id = :did AND c ->> 'name' LIKE 'x-children-%' ORDER BY 1, 2;

-- the whole schema into an empty one: tables created like their seeds
CREATE SCHEMA syn1;
SELECT * FROM synthmig.generate_schema(:did, 'syn1', 1, 42);
-- every foreign key finds its parent, keys are unique, the junction has no repeated pair
SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM syn1.customer c WHERE c.customer_id = i.customer_id)) AS invoice_orphans
  FROM syn1.invoice i;
SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM syn1.invoice i WHERE i.invoice_id = l.invoice_id)
					   OR NOT EXISTS (SELECT 1 FROM syn1.track t WHERE t.track_id = l.track_id)) AS line_orphans,
	   count(*) - count(DISTINCT invoice_line_id) AS duplicate_keys
  FROM syn1.invoice_line l;
SELECT count(*) - count(DISTINCT (playlist_id, track_id)) AS repeated_pairs,
	   count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM syn1.playlist p WHERE p.playlist_id = x.playlist_id)) AS playlist_orphans
  FROM syn1.playlist_track x;
-- the hierarchy: one root, every other employee under an earlier level, same depth profile
WITH RECURSIVE h AS (SELECT employee_id, 0 AS d FROM syn1.employee WHERE reports_to IS NULL
					 UNION ALL SELECT e.employee_id, h.d + 1 FROM syn1.employee e JOIN h ON e.reports_to = h.employee_id)
SELECT d AS depth, count(*) AS employees FROM h GROUP BY d ORDER BY d;
-- the whole report: referential integrity 1, cardinality close to the source
SELECT metric, round(score::numeric, 2) >= CASE metric WHEN 'referential_integrity' THEN 1
													   WHEN 'cardinality' THEN 0.7
													   WHEN 'cardinality_boundary_adherence' THEN 0.95
													   ELSE 0 END AS meets_target
  FROM synthmig.quality_schema(:did, 'chinook', 'syn1') WHERE kind = 'schema';
SELECT name, metric, score = 1 AS exact
  FROM synthmig.quality_schema(:did, 'chinook', 'syn1')
 WHERE metric = 'referential_integrity' ORDER BY name;
-- a child's number that follows its parent's (a line's price is its
-- track's) is learned and kept by matching children to slots
SELECT r ->> 'name' AS relationship, r -> 'coupling' AS coupling
  FROM synthmig.models m, jsonb_array_elements(m.parameters -> 'multitable' -> 'relationships') r
 WHERE m.definition_id = :did AND r ? 'coupling' ORDER BY (r ->> 'index')::int;
SELECT metric, score >= 0.9 AS kept
  FROM synthmig.quality_schema(:did, 'chinook', 'syn1')
 WHERE kind = 'intertable_trend' AND metric = 'invoice_line.unit_price ~ track.unit_price';
-- the big relationships keep their child-count shape (KS complement)
SELECT name, score >= 0.85 AS close
  FROM synthmig.quality_schema(:did, 'chinook', 'syn1')
 WHERE metric = 'cardinality_shape_similarity'
   AND name IN ('invoice_customer_id_fkey', 'invoice_line_invoice_id_fkey', 'invoice_line_track_id_fkey',
				'album_artist_id_fkey', 'track_album_id_fkey', 'playlist_track_track_id_fkey')
 ORDER BY name;

-- deterministic: the same seed gives the same tables; scale multiplies the roots
CREATE SCHEMA syn2;
SELECT sum(rows_written) AS rows FROM synthmig.generate_schema(:did, 'syn2', 1, 42);
SELECT (SELECT string_agg(t::text, ';' ORDER BY invoice_line_id) FROM syn1.invoice_line t)
	 = (SELECT string_agg(t::text, ';' ORDER BY invoice_line_id) FROM syn2.invoice_line t) AS same_lines,
	   (SELECT string_agg(t::text, ';' ORDER BY playlist_id, track_id) FROM syn1.playlist_track t)
	 = (SELECT string_agg(t::text, ';' ORDER BY playlist_id, track_id) FROM syn2.playlist_track t) AS same_pairs;
CREATE SCHEMA syn3;
SELECT table_name, rows_written FROM synthmig.generate_schema(:did, 'syn3', 3, 5)
 WHERE table_name IN ('artist', 'customer', 'employee', 'track');
-- per-table counts: a root at an exact count, its children follow it
CREATE SCHEMA syn4;
SELECT table_name, rows_written FROM synthmig.generate_schema(:did, 'syn4', 1, 5, '{"customer": 10}')
 WHERE table_name IN ('customer', 'invoice');
SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM syn4.customer c WHERE c.customer_id = i.customer_id)) AS orphans
  FROM syn4.invoice i;

-- composite foreign key, one-to-one, and a cycle through a nullable key,
-- into target tables that carry the foreign keys themselves
CREATE SCHEMA mt;
CREATE TABLE mt.region (country text, code text, name text NOT NULL, PRIMARY KEY (country, code));
CREATE TABLE mt.store (store_id integer PRIMARY KEY, country text NOT NULL, code text NOT NULL,
	size integer NOT NULL, manager_id integer,
	FOREIGN KEY (country, code) REFERENCES mt.region);
CREATE TABLE mt.staff (staff_id integer PRIMARY KEY, store_id integer NOT NULL REFERENCES mt.store,
	salary numeric(10,2) NOT NULL);
ALTER TABLE mt.store ADD FOREIGN KEY (manager_id) REFERENCES mt.staff;
CREATE TABLE mt.store_detail (store_id integer PRIMARY KEY REFERENCES mt.store, opened date NOT NULL);
INSERT INTO mt.region SELECT c, 'R' || k, 'region ' || c || k FROM unnest(ARRAY['DE', 'FR', 'IT']) c, generate_series(1, 20) k;
INSERT INTO mt.store SELECT i, (ARRAY['DE', 'FR', 'IT'])[1 + i % 3], 'R' || (1 + (i * 7) % 20), 100 + (i * 37) % 900, NULL
  FROM generate_series(1, 300) i;
INSERT INTO mt.staff SELECT i, 1 + (i * 13) % 300, 1000 + (i * 17) % 5000 FROM generate_series(1, 2000) i;
UPDATE mt.store s SET manager_id = (SELECT min(staff_id) FROM mt.staff f WHERE f.store_id = s.store_id)
 WHERE store_id % 4 <> 0;
INSERT INTO mt.store_detail SELECT store_id, date '2020-01-01' + store_id FROM mt.store WHERE store_id % 2 = 0;
ANALYZE mt.region, mt.store, mt.staff, mt.store_detail;
SELECT synthmig.learn_schema(ARRAY['mt.region', 'mt.store', 'mt.staff', 'mt.store_detail']::regclass[], 'mt') AS mid \gset
SELECT r ->> 'name' AS relationship, r ->> 'kind' AS kind, r ->> 'required' AS required
  FROM synthmig.models m, jsonb_array_elements(m.parameters -> 'multitable' -> 'relationships') r
 WHERE m.definition_id = :mid ORDER BY (r ->> 'index')::int;
CREATE SCHEMA mt_out;
CREATE TABLE mt_out.region (LIKE mt.region INCLUDING ALL);
CREATE TABLE mt_out.store (LIKE mt.store INCLUDING ALL, FOREIGN KEY (country, code) REFERENCES mt_out.region);
CREATE TABLE mt_out.staff (LIKE mt.staff INCLUDING ALL, FOREIGN KEY (store_id) REFERENCES mt_out.store);
ALTER TABLE mt_out.store ADD FOREIGN KEY (manager_id) REFERENCES mt_out.staff;
CREATE TABLE mt_out.store_detail (LIKE mt.store_detail INCLUDING ALL, FOREIGN KEY (store_id) REFERENCES mt_out.store);
-- the foreign keys of the targets held (the statement succeeded), the cycle's
-- nullable key was filled in afterwards with about the source's share of NULLs
SELECT table_name, rows_written > 0 AS written FROM synthmig.generate_schema(:mid, 'mt_out', 2, 7);
SELECT count(*) = count(DISTINCT (country, code)) AS regions_unique FROM mt_out.region;
SELECT count(manager_id) > 0 AS managers_set, count(*) FILTER (WHERE manager_id IS NULL) > 0 AS some_without
  FROM mt_out.store;
SELECT count(*) = count(DISTINCT store_id) AS one_to_one FROM mt_out.store_detail;
SELECT metric, score = 1 AS exact FROM synthmig.quality_schema(:mid, 'mt', 'mt_out')
 WHERE metric = 'referential_integrity' ORDER BY name NULLS LAST;

-- a definition without seed rows: sizes and child counts from its constraints
SELECT synthmig.create_definition('mt_constrained', $json$
{"tables": [
  {"name": "dept", "rows": 20, "columns": [
	{"name": "id", "type": "integer", "primary_key": true},
	{"name": "name", "type": "text", "pattern": "D[0-9]{3}"}]},
  {"name": "emp", "columns": [
	{"name": "id", "type": "bigint", "primary_key": true},
	{"name": "dept_id", "type": "integer", "required": true},
	{"name": "boss_id", "type": "bigint"},
	{"name": "age", "type": "integer", "min": 18, "max": 70}]}],
 "relationships": [
  {"source_table": "dept", "source_column": "id", "target_table": "emp", "target_column": "dept_id",
   "cardinality": {"min": 2, "max": 5}},
  {"source_table": "emp", "source_column": "id", "target_table": "emp", "target_column": "boss_id", "hierarchy": true}]}
$json$) AS cid \gset
SELECT synthmig.train(:cid) > 0 AS trained;
CREATE SCHEMA nc;
CREATE TABLE nc.dept (id integer PRIMARY KEY, name text);
CREATE TABLE nc.emp (id bigint PRIMARY KEY, dept_id integer NOT NULL REFERENCES nc.dept,
	boss_id bigint REFERENCES nc.emp, age integer CHECK (age BETWEEN 18 AND 70));
SELECT * FROM synthmig.generate_schema(:cid, 'nc', 1, 3);
SELECT min(n) >= 2 AND max(n) <= 5 AS counts_within_cardinality
  FROM (SELECT count(e.id) AS n FROM nc.dept d LEFT JOIN nc.emp e ON e.dept_id = d.id GROUP BY d.id) x;
SELECT count(*) FILTER (WHERE boss_id IS NULL) >= 1 AS has_roots,
	   count(*) FILTER (WHERE boss_id IS NOT NULL) > 0 AS has_bosses
  FROM nc.emp;

-- bad input: nothing is written
SELECT sm_try(format('SELECT * FROM synthmig.generate_schema(%s, %L, 0)', :did, 'syn1'));
SELECT sm_try(format('SELECT * FROM synthmig.generate_schema(%s, %L, 1e9)', :did, 'syn1'));
SELECT sm_try(format('SELECT * FROM synthmig.generate_schema(%s, %L, 1, 1, %L)', :did, 'syn1', '{"nope": 3}'));
SELECT sm_try(format('SELECT * FROM synthmig.generate_schema(%s, %L, 1, 1, %L)', :did, 'syn1', '[1]'));
SELECT sm_try('SELECT * FROM synthmig.generate_schema(-1, ''syn1'')');
SELECT sm_try(format('SELECT * FROM synthmig.generate_schema(%s, NULL)', :did));
-- a cycle that no nullable key breaks
CREATE SCHEMA cyc;
CREATE TABLE cyc.a (id integer PRIMARY KEY, b_id integer NOT NULL);
CREATE TABLE cyc.b (id integer PRIMARY KEY, a_id integer NOT NULL REFERENCES cyc.a);
ALTER TABLE cyc.a ADD FOREIGN KEY (b_id) REFERENCES cyc.b DEFERRABLE INITIALLY DEFERRED;
SELECT synthmig.learn_schema('cyc'::regnamespace) AS yid \gset
CREATE SCHEMA cyc_out;
SELECT sm_try(format('SELECT * FROM synthmig.generate_schema(%s, %L, 1, 1)', :yid, 'cyc_out'));
SELECT count(*) AS tables_created FROM pg_class WHERE relnamespace = 'cyc_out'::regnamespace AND relkind = 'r';
-- a failure in the middle leaves nothing: the target of one table refuses its rows
CREATE SCHEMA half;
CREATE TABLE half.customer (LIKE chinook.customer INCLUDING ALL);
CREATE TABLE half.invoice (LIKE chinook.invoice INCLUDING ALL, CHECK (total < 0));
SELECT left(sm_try(format('SELECT * FROM synthmig.generate_schema(%s, %L, 1, 1)', :did, 'half')), 88) AS error;
SELECT (SELECT count(*) FROM half.customer) AS customers_after_failure,
	   (SELECT count(*) FROM pg_class WHERE relnamespace = 'half'::regnamespace AND relkind = 'r') AS tables_after_failure;
RESET client_min_messages;
