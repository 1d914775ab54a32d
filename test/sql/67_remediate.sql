-- Remediation: plans, application, policies, failure paths, in place, and
-- identifiers that try to inject SQL.  Uses the legacy schemas of 66_analyze.

-- the plan (nothing applied): steps with rule, SQL, rows affected and risk
SELECT t ->> 'source' AS source, t ->> 'target' AS target, t ->> 'rows_to_quarantine' AS to_quarantine
  FROM jsonb_array_elements(synthmig.remediate('legacy_src'::regnamespace, 'legacy_target'::regnamespace) -> 'tables') t;
SELECT s ->> 'action' AS action, s ->> 'target_column' AS col, s ->> 'rule' AS rule,
	   s ->> 'rows_affected' AS rows, s ->> 'risk' AS risk, s ->> 'sql' AS sql
  FROM jsonb_array_elements(synthmig.remediate('legacy_src."Invoices"'::regclass, 'legacy_target.invoice'::regclass)
							-> 'tables' -> 0 -> 'steps') s;
SELECT count(*) AS target_rows_after_plan FROM legacy_target.invoice;

-- apply: one transaction, parents first, every row accounted for
SELECT r ->> 'rows_read' AS read, r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined,
	   (r ->> 'rows_read')::int = (r ->> 'rows_written')::int + (r ->> 'rows_quarantined')::int AS balanced
  FROM synthmig.remediate('legacy_src'::regnamespace, 'legacy_target'::regnamespace, true) r;
SELECT t ->> 'target' AS target, t ->> 'rows_read' AS read, t ->> 'rows_written' AS written,
	   t ->> 'rows_quarantined' AS quarantined, t ->> 'balanced' AS balanced, t -> 'quarantined_by' AS why
  FROM synthmig.remediations r, jsonb_array_elements(r.report -> 'tables') t
 WHERE r.id = (SELECT max(id) FROM synthmig.remediations) ORDER BY 1;
-- the cells that arrive equal the clean originals
SELECT sum(cells) AS cells, sum(equal) AS equal, sum(missing_rows) AS missing, sum(extra_rows) AS extra,
	   round(100.0 * sum(equal) / sum(cells), 2) AS pct
  FROM legacy_ref.cell_accuracy();
-- exactly the rows that had to be quarantined, with the whole original row
SELECT split_part(source_table, '.', 2) AS source_table, source_key, step, column_name, reason
  FROM synthmig.rejects ORDER BY source_table, (source_key ->> (SELECT jsonb_object_keys(source_key) LIMIT 1))::int, step;
SELECT count(*) AS expected_and_quarantined
  FROM legacy_ref.expected_rejects e
  JOIN synthmig.rejects r ON split_part(r.source_table, '.', 2) = quote_ident(e.source_table)
   AND btrim(r.source_key ->> (SELECT jsonb_object_keys(r.source_key) LIMIT 1)) = e.key;
SELECT row_data FROM synthmig.rejects WHERE source_table = 'legacy_src."Invoices"' ORDER BY id LIMIT 1;

-- the source is untouched
SELECT count(*) AS source_invoices FROM legacy_src."Invoices";

-- policies for values that do not convert
CREATE TABLE public.pol_src (id text, amount text, day text, label text);
INSERT INTO public.pol_src VALUES ('1', '$10.00', '2024-01-05', 'short'), ('2', 'n/a?', '2024-02-30', 'a label far too long'),
								  ('3', '$3.50', '03/04/2024', 'ok'), ('4', '$7.25', 'tomorrow', 'fine');
CREATE TABLE public.pol_dst (id integer PRIMARY KEY, amount numeric(8,2) DEFAULT 0, day date, label varchar(10));
-- quarantine (default)
SELECT r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined
  FROM synthmig.remediate('public.pol_src'::regclass, 'public.pol_dst'::regclass, true) r;
SELECT * FROM public.pol_dst ORDER BY id;
-- null, default, synthesize per column; widen the label
TRUNCATE public.pol_dst;
SELECT r -> 'tables' -> 0 -> 'values_replaced' AS replaced, r -> 'tables' -> 0 -> 'synthesized' AS synthesized,
	   r -> 'tables' -> 0 -> 'steps' AS steps, r ->> 'rows_quarantined' AS quarantined
  FROM synthmig.remediate('public.pol_src'::regclass, 'public.pol_dst'::regclass, true,
		'{"columns": {"amount": {"on_error": "default"}, "day": {"on_error": "synthesize"}, "label": {"on_error": "widen"}}}') r;
SELECT id, amount, day IS NOT NULL AS has_day, label FROM public.pol_dst ORDER BY id;
SELECT format_type(atttypid, atttypmod) AS label_type FROM pg_attribute WHERE attrelid = 'public.pol_dst'::regclass AND attname = 'label';
TRUNCATE public.pol_dst;
SELECT r ->> 'rows_written' AS written, r -> 'tables' -> 0 -> 'values_replaced' AS replaced
  FROM synthmig.remediate('public.pol_src'::regclass, 'public.pol_dst'::regclass, true, '{"on_error": "null"}') r;
SELECT * FROM public.pol_dst ORDER BY id;
-- abort: the first bad value stops everything, nothing changes
TRUNCATE public.pol_dst;
SELECT count(*) AS rejects_before FROM synthmig.rejects \gset
SELECT sm_try($$SELECT synthmig.remediate('public.pol_src'::regclass, 'public.pol_dst'::regclass, true, '{"on_error": "abort"}')$$);
SELECT count(*) AS target_rows FROM public.pol_dst;
SELECT count(*) = :rejects_before AS rejects_unchanged FROM synthmig.rejects;
SELECT count(*) AS source_rows FROM public.pol_src;
-- a run that fails half-way leaves source and target as they were
CREATE TABLE public.pol_strict (id integer PRIMARY KEY, amount numeric(8,2) CHECK (amount < 5), day date, label text);
INSERT INTO public.pol_strict VALUES (100, 1, NULL, 'kept');
SELECT r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined, r -> 'tables' -> 0 -> 'steps' -> 0 ->> 'action' AS how
  FROM synthmig.remediate('public.pol_src'::regclass, 'public.pol_strict'::regclass, true) r;
SELECT * FROM public.pol_strict ORDER BY id;
SELECT step, reason FROM synthmig.rejects WHERE target_table = 'public.pol_strict' ORDER BY id;
SELECT sm_try($$SELECT synthmig.remediate('public.pol_src'::regclass, 'public.pol_strict'::regclass, true, '{"require_empty_target": true}')$$);
-- an error no check foresees (here a trigger of the target): row by row
CREATE TABLE public.pol_trig (id integer PRIMARY KEY, amount numeric(8,2), day date, label text);
CREATE FUNCTION public.pol_trig_check() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
	IF NEW.label = 'fine' THEN
		RAISE EXCEPTION 'labels may not be fine';	-- P0001, not a data error
	END IF;
	RETURN NEW;
END;
$f$;
CREATE TRIGGER pol_trig_check BEFORE INSERT ON public.pol_trig FOR EACH ROW EXECUTE FUNCTION public.pol_trig_check();
SELECT r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined, r -> 'tables' -> 0 -> 'steps' -> 0 ->> 'action' AS how
  FROM synthmig.remediate('public.pol_src'::regclass, 'public.pol_trig'::regclass, true, '{"on_error": "null"}') r;
SELECT id, label FROM public.pol_trig ORDER BY id;
SELECT step, reason FROM synthmig.rejects WHERE target_table = 'public.pol_trig' ORDER BY id;

-- in place, into a JSONB definition (ALTER TABLE ... USING)
CREATE TABLE public.inplace AS SELECT * FROM legacy_src."Customers";
SELECT s ->> 'action' AS action, s ->> 'target_column' AS col, s ->> 'rule' AS rule, s ->> 'rows_affected' AS rows
  FROM jsonb_array_elements(synthmig.remediate('public.inplace'::regclass, '{"columns": [
		{"name": "customer_id", "type": "integer", "primary_key": true},
		{"name": "first_name", "type": "varchar(40)", "required": true},
		{"name": "last_name", "type": "varchar(20)", "required": true},
		{"name": "email", "type": "text"}, {"name": "is_corporate", "type": "boolean"},
		{"name": "support_rep_id", "type": "integer"}]}'::jsonb) -> 'tables' -> 0 -> 'steps') s;
SELECT r ->> 'rows_read' AS read, r ->> 'rows_written' AS kept, r ->> 'rows_quarantined' AS quarantined
  FROM synthmig.remediate('public.inplace'::regclass, '{"columns": [
		{"name": "customer_id", "type": "integer", "primary_key": true},
		{"name": "first_name", "type": "varchar(40)", "required": true},
		{"name": "last_name", "type": "varchar(20)", "required": true},
		{"name": "email", "type": "text"}, {"name": "is_corporate", "type": "boolean"},
		{"name": "support_rep_id", "type": "integer"}]}'::jsonb, true) r;
SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute
 WHERE attrelid = 'public.inplace'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
SELECT customer_id, first_name, last_name, is_corporate, support_rep_id FROM public.inplace ORDER BY customer_id LIMIT 4;
SELECT count(*) AS differ FROM public.inplace i JOIN legacy_ref.customer c USING (customer_id)
 WHERE (i.first_name, i.last_name, i.is_corporate, i.support_rep_id) IS DISTINCT FROM (c.first_name, c.last_name, c.is_corporate, c.support_rep_id);
SELECT sm_try($$SELECT synthmig.remediate('public.inplace'::regclass, '{"columns": [{"name": "x", "type": "no_such_type"}]}'::jsonb)$$);
SELECT sm_try($$SELECT synthmig.remediate('public.inplace'::regclass, '{"columns": []}'::jsonb)$$);
SELECT sm_try($$SELECT synthmig.remediate('public.inplace'::regclass, '[1]'::jsonb)$$);

-- bad input
SELECT sm_try($$SELECT synthmig.remediate('public.pol_src'::regclass, 'public.pol_src'::regclass, true)$$);
CREATE SCHEMA cyc_src; CREATE SCHEMA cyc_dst;
CREATE TABLE cyc_src.a (id text, b_id text); CREATE TABLE cyc_src.b (id text, a_id text);
CREATE TABLE cyc_dst.a (id int PRIMARY KEY, b_id int); CREATE TABLE cyc_dst.b (id int PRIMARY KEY, a_id int REFERENCES cyc_dst.a);
ALTER TABLE cyc_dst.a ADD FOREIGN KEY (b_id) REFERENCES cyc_dst.b;
SELECT sm_try($$SELECT synthmig.remediate('cyc_src'::regnamespace, 'cyc_dst'::regnamespace)$$);
-- a type no rule knows: from text its own input function reads it (rule
-- text_to_any); from another type nothing converts, and that is an error
CREATE TABLE public.odd_src (id text, spot text, num integer);
INSERT INTO public.odd_src VALUES ('1', '(1,2)', 5), ('2', 'not a point', 6);
CREATE TABLE public.odd_ok (id int, spot point);
SELECT s ->> 'target_column' AS col, s ->> 'rule' AS rule, s ->> 'rows_affected' AS failing
  FROM jsonb_array_elements(synthmig.remediate('public.odd_src'::regclass, 'public.odd_ok'::regclass) -> 'tables' -> 0 -> 'steps') s
 WHERE s ? 'rule';
SELECT synthmig.remediate('public.odd_src'::regclass, 'public.odd_ok'::regclass, true) ->> 'rows_quarantined' AS quarantined;
SELECT id, spot::text FROM public.odd_ok;
CREATE TABLE public.odd_dst (id int, spot point, num point NOT NULL);
SELECT sm_try($$SELECT synthmig.remediate('public.odd_src'::regclass, 'public.odd_dst'::regclass, true)$$);
SELECT kind, target_column, detail FROM synthmig.analyze('public.odd_src'::regclass, 'public.odd_dst'::regclass) WHERE kind = 'unsupported_type';
-- identity columns get the source's values, and their sequence moves past them
CREATE TABLE public.ident_dst (id int GENERATED ALWAYS AS IDENTITY, spot point);
SELECT synthmig.remediate('public.odd_src'::regclass, 'public.ident_dst'::regclass, true, '{"on_error": "null"}') -> 'tables' -> 0 -> 'steps' AS steps;
INSERT INTO public.ident_dst (spot) VALUES ('(0,0)') RETURNING id;
-- a run undone by its caller leaves the sequence where it was
CREATE TABLE public.ident_two (id int GENERATED ALWAYS AS IDENTITY, spot point);
BEGIN;
SELECT synthmig.remediate('public.odd_src'::regclass, 'public.ident_two'::regclass, true, '{"on_error": "null"}') ->> 'rows_written' AS written;
ROLLBACK;
INSERT INTO public.ident_two (spot) VALUES ('(0,0)') RETURNING id;
-- partitioned and inherited sources: ctid does not tell their rows apart
CREATE TABLE public.part_src (id text, k int) PARTITION BY LIST (k);
CREATE TABLE public.part_src1 PARTITION OF public.part_src FOR VALUES IN (1);
SELECT sm_try($$SELECT synthmig.remediate('public.part_src'::regclass, 'public.ident_two'::regclass)$$);
CREATE TABLE public.inh_src (id text);
CREATE TABLE public.inh_child () INHERITS (public.inh_src);
SELECT sm_try($$SELECT synthmig.remediate('public.inh_src'::regclass, 'public.ident_two'::regclass)$$);
SELECT sm_try($$SELECT synthmig.remediate('public.part_src1'::regclass, '{"columns": [{"name": "id", "type": "int"}]}'::jsonb, true)$$);
CREATE TABLE public.nn_dst (id int, must date NOT NULL);
SELECT sm_try($$SELECT synthmig.remediate('public.odd_src'::regclass, 'public.nn_dst'::regclass, true)$$);

-- identifiers with quotes, spaces, semicolons and non-ASCII characters
CREATE SCHEMA "src; DROP TABLE public.pol_src; --";
CREATE TABLE "src; DROP TABLE public.pol_src; --"."Tab""le ; x" ("Col""umn; DELETE FROM public.pol_src" text, "prénom client" text, "a b" text);
INSERT INTO "src; DROP TABLE public.pol_src; --"."Tab""le ; x" VALUES ('1', 'Zoë', '2024-01-01'), ('x'')--', 'Ørjan', 'nope');
CREATE TABLE public."tab""le ; x" ("col""umn; delete from public.pol_src" integer, "prénom_client" text, "a_b" date);
SELECT r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined
  FROM synthmig.remediate('"src; DROP TABLE public.pol_src; --"."Tab""le ; x"'::regclass, 'public."tab""le ; x"'::regclass, true) r;
SELECT * FROM public."tab""le ; x";
SELECT reason FROM synthmig.rejects WHERE target_table = 'public."tab""le ; x"';
SELECT count(*) AS pol_src_still_there FROM public.pol_src;
-- a rule template cannot break out of its expression either
SELECT sm_try($$INSERT INTO synthmig.rules (name, source_types, target_types, template)
				VALUES ('inject', '{text}', '{integer}', '{value}::int) FROM pg_class; DROP TABLE public.pol_src; SELECT (1')$$);
SELECT count(*) AS pol_src_still_there FROM public.pol_src;
