-- validate(definition_id, table): rows and columns that break a definition.
CREATE TABLE public.people (
	id integer PRIMARY KEY,
	email text,
	age text,
	born text,
	code varchar(20),
	status text
);
INSERT INTO public.people VALUES
	(1, 'ann@example.com', '34', '1990-02-01', 'ABC-1234', 'active'),
	(2, 'bob@example.com', '17', '1991-13-01', 'ABC-12345', 'active'),
	(3, NULL, 'forty', '1985-07-04', 'XY-1', 'gone'),
	(4, 'ann@example.com', '120', NULL, 'DEF-0001', 'inactive'),
	(5, 'eve@example.org', NULL, '2001-01-01', 'ABCDEFGHIJKLMNOPQRS', 'active');

SELECT synthmig.create_definition('people', $json$
{"tables": [{"name": "people", "columns": [
   {"name": "id", "type": "integer", "primary_key": true},
   {"name": "email", "type": "text", "required": true, "unique": true},
   {"name": "age", "type": "integer", "min": 18, "max": 99},
   {"name": "born", "type": "date", "min": "1900-01-01", "max": "2000-12-31"},
   {"name": "code", "type": "varchar(20)", "pattern": "[A-Z]{3}-\\d{4}", "max_length": 10},
   {"name": "status", "type": "text", "values": ["active", "inactive"]},
   {"name": "nickname", "type": "text"}
 ],
 "checks": [{"name": "id_positive", "expression": "id > 0"}]}]}
$json$) AS people_id \gset

SELECT row_key, column_name, value, reason
  FROM synthmig.validate(:people_id, 'public.people')
 ORDER BY row_key::text COLLATE "C", column_name, reason;

-- a clean table has no violations
DELETE FROM public.people WHERE id IN (2, 3, 4, 5);
ALTER TABLE public.people ADD COLUMN nickname text;
SELECT count(*) AS violations FROM synthmig.validate(:people_id, 'public.people');

-- bad input
-- a table of another shape: every column of the definition is missing, the check cannot run
SELECT column_name, reason FROM synthmig.validate(:people_id, 'chinook.album') ORDER BY 1;
SELECT sm_try(format('SELECT * FROM synthmig.validate(%s, %L, %L)', :people_id, 'chinook.album', 'nosuch'));
SELECT sm_try($$SELECT * FROM synthmig.validate(NULL, 'public.people')$$);
SELECT sm_try($$SELECT * FROM synthmig.validate(-5, 'public.people')$$);
