-- Detection from seed data: types hiding in text, formats, placeholders, patterns.
CREATE TABLE public.legacy (
	id text, us_date text, eu_date text, dot_date text, mon_date text, iso_ts text,
	amount text, flag text, yn text, ratio text, email text, phone text, zip text,
	code text, uid text, doc text, city text, note text
);
INSERT INTO public.legacy
SELECT i::text,
	   to_char(d, 'MM/DD/YYYY'),
	   to_char(d, 'DD/MM/YYYY'),
	   to_char(d, 'DD.MM.YYYY'),
	   to_char(d, 'DD-Mon-YYYY'),
	   to_char(d + make_interval(secs => i * 37), 'YYYY-MM-DD"T"HH24:MI:SS'),
	   CASE WHEN i % 10 = 0 THEN 'N/A' ELSE '$' || to_char(i * 13.25, 'FM999,990.00') END,
	   CASE WHEN i % 3 = 0 THEN 'yes' ELSE 'no' END,
	   CASE WHEN i % 2 = 0 THEN 'Y' ELSE 'N' END,
	   CASE WHEN i % 7 = 0 THEN '' ELSE (i % 100)::text || '%' END,
	   'user' || i || '@example.com',
	   '555-' || lpad((i % 1000)::text, 3, '0') || '-' || lpad(i::text, 4, '0'),
	   lpad((i * 7919 % 100000)::text, 5, '0'),
	   'INV-' || lpad(i::text, 6, '0'),
	   md5(i::text)::uuid::text,
	   CASE WHEN i % 5 = 0 THEN NULL ELSE json_build_object('n', i, 'tags', json_build_array('a', 'b'))::text END,
	   (ARRAY['Paris', 'Lyon', 'Berlin', 'Rome'])[i % 4 + 1],
	   'free text number ' || i || repeat(' words', i % 5)
  FROM generate_series(1, 400) i, LATERAL (SELECT date '1999-01-01' + i * 3 AS d) x;
SELECT * FROM public.legacy ORDER BY id::int LIMIT 3;

SELECT synthmig.detect_definition('public.legacy') AS det \gset
SELECT c ->> 'name' AS col, c ->> 'type' AS type, c ->> 'format' AS format,
	   c ->> 'null_rate' AS null_rate, c ->> 'semantic' AS semantic, c ->> 'pattern' AS pattern,
	   c -> 'missing_markers' AS markers, c ->> 'min' AS min, c ->> 'max' AS max,
	   c -> 'unique' AS uniq
  FROM jsonb_array_elements(:'det'::jsonb -> 'tables' -> 0 -> 'columns') c;
-- the detected definition is valid as it is
SELECT synthmig.create_definition('legacy_detected', :'det'::jsonb) > 0 AS stored;

-- MM/DD versus DD/MM is decided by the values; a column with both is text
SELECT column_name, profile ->> 'type' AS type, profile ->> 'format' AS format, profile -> 'ambiguous' AS ambiguous
  FROM synthmig.profile_columns(jsonb_build_array(
		jsonb_build_object('a', '01/02/2003', 'b', '13/02/2003', 'c', '02/13/2003', 'd', '13/02/2003'),
		jsonb_build_object('a', '03/04/2005', 'b', '01/12/2004', 'c', '12/01/2004', 'd', '02/13/2003')));

-- the upload path
SELECT c ->> 'name' AS col, c ->> 'type' AS type, c ->> 'format' AS format, c -> 'required' AS required,
	   c ->> 'null_rate' AS null_rate
  FROM jsonb_array_elements(synthmig.detect_definition('[
	{"id": 1, "price": "1,234.50", "ok": true,  "when": "2021-03-04", "meta": {"a": 1}, "label": "x"},
	{"id": 2, "price": "12.00",    "ok": false, "when": "2021-03-05", "meta": [1, 2],   "label": null},
	{"id": 3, "price": "-",        "ok": true,  "when": "unknown",    "meta": {},        "extra": "late key"}
  ]'::jsonb, 'upload') -> 'tables' -> 0 -> 'columns') c;

-- typed columns keep their declared type; their ranges come from the data
SELECT c ->> 'name' AS col, c ->> 'type' AS type, c ->> 'min' AS min, c ->> 'max' AS max,
	   c ->> 'distinct_ratio' AS distinct_ratio, c -> 'primary_key' AS pk, c -> 'unique' AS uniq
  FROM jsonb_array_elements(synthmig.detect_definition('chinook.invoice') -> 'tables' -> 0 -> 'columns') c;

-- large tables are sampled
CREATE TABLE public.big AS SELECT i AS id, (i % 97)::text AS bucket FROM generate_series(1, 200000) i;
ANALYZE public.big;
SET synthmig.detect_sample_rows = 5000;
SELECT DISTINCT sampled_rows <= 5000 AS sampled, sampled_rows > 4000 AS enough, estimated_rows
  FROM synthmig.profile_columns('public.big');
RESET synthmig.detect_sample_rows;

-- names needing quotes
CREATE TABLE public."we""ird tbl" ("sp ace" text, "ünï" text, "semi;colon" int);
INSERT INTO public."we""ird tbl" VALUES ('1', '2020-01-01', 1), ('2', '2020-01-02', 2);
SELECT c ->> 'name' AS col, c ->> 'type' AS type
  FROM jsonb_array_elements(synthmig.detect_definition('public."we""ird tbl"') -> 'tables' -> 0 -> 'columns') c;

-- bad input
SELECT sm_try($$SELECT synthmig.detect_definition('[]'::jsonb)$$);
SELECT sm_try($$SELECT synthmig.detect_definition('{"a": 1}'::jsonb)$$);
SELECT sm_try($$SELECT synthmig.detect_definition('[1, 2]'::jsonb)$$);
SELECT sm_try($$SELECT synthmig.detect_definition('"x"'::jsonb)$$);
SELECT sm_try($$SELECT synthmig.detect_definition('[{"a": 1}]'::jsonb, NULL)$$);
SELECT sm_try($$SELECT synthmig.detect_definition('pg_class_oid_index'::regclass)$$);
SELECT synthmig.detect_definition(NULL::regclass) IS NULL AS null_in_null_out;
CREATE TABLE public.empty_t (a int, b text);
SELECT column_name, profile ->> 'type' AS type, sampled_rows FROM synthmig.profile_columns('public.empty_t');
