-- Every built-in rule at work: the rule each column gets from its data, and
-- the converted values.
SET datestyle = 'ISO, MDY';
SET timezone = 'UTC';
CREATE TYPE public.rc_size AS ENUM ('small', 'medium', 'large');
CREATE DOMAIN public.rc_percent AS numeric CHECK (VALUE BETWEEN 0 AND 1);
CREATE TABLE public.rc_src (
	n_int text, n_fmt_int text, n_num text, n_money text, n_pct text, n_fmt text, n_float text, n_cash text,
	d_iso text, d_us text, d_eu text, d_mon text, d_epoch text, d_mixed text,
	t_iso text, t_us text, t_eu text, t_epoch text, t_mixed text, t_tz text, t_time text, t_interval text,
	b_yn text, b_yesno text, b_01 text, b_mixed text,
	u_id text, j_doc text, e_size text, e_size_case text, dom text, plain text, padded text, markers text, shrink text);
INSERT INTO public.rc_src VALUES
	('42', '1,234', '3.14', '$1,234.50', '12.5%', '1.234,50', '2.5e3', '€ 9.99',
	 '2024-01-31', '01/31/2024', '31/01/2024', '31-Jan-2024', '1706659200', '2024-01-31',
	 '2024-01-31 10:20:30', '01/31/2024 10:20 PM', '31/01/2024 22:20', '1706696430', '31 Jan 2024 10:20:30', '2024-01-31 10:20:30', '10:20', '2 days 3 hours',
	 'Y', 'yes', '1', 'true',
	 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', '{"a": [1, 2]}', 'small', 'LARGE', '0.25', 'text', '  padded  ', 'N/A', 'ok'),
	('-7', '-2,000', '-0.5', '($12.00)', '100%', '12,00', '-1.25', '€ 0.50',
	 '1999-12-31', '12/31/1999', '25/12/1999', '01-Feb-2000', '946598400', '12/31/1999',
	 '1999-12-31 23:59:59', '12/31/1999 11:59:59 PM', '25/12/1999 23:59:59', '1000000000000', '1999-12-31T23:59:59Z', '1999-12-31 23:59:59+02', '23:59:59', '1 year',
	 'n', 'NO', '0', 'off',
	 '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12}', '[]', 'medium', 'Small', '1', 'more', 'x ', '', 'fine'),
	(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	 NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'real value', NULL);
CREATE TABLE public.rc_dst (
	n_int integer, n_fmt_int bigint, n_num numeric, n_money numeric(12,2), n_pct numeric, n_fmt numeric(10,2), n_float double precision, n_cash money,
	d_iso date, d_us date, d_eu date, d_mon date, d_epoch date, d_mixed date,
	t_iso timestamp, t_us timestamp, t_eu timestamp, t_epoch timestamp, t_mixed timestamp, t_tz timestamptz, t_time time, t_interval interval,
	b_yn boolean, b_yesno boolean, b_01 boolean, b_mixed boolean,
	u_id uuid, j_doc jsonb, e_size public.rc_size, e_size_case public.rc_size, dom public.rc_percent, plain text, padded varchar(20),
	markers text, shrink varchar(4));
SELECT s ->> 'target_column' AS col, s ->> 'rule' AS rule, s ->> 'rows_affected' AS failing
  FROM jsonb_array_elements(synthmig.remediate('public.rc_src'::regclass, 'public.rc_dst'::regclass,
		false, '{"time_zone": "Europe/Paris"}') -> 'tables' -> 0 -> 'steps') s
 WHERE s ? 'rule';
SELECT r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined
  FROM synthmig.remediate('public.rc_src'::regclass, 'public.rc_dst'::regclass, true, '{"time_zone": "Europe/Paris"}') r;
SELECT source_key, reason FROM synthmig.rejects WHERE target_table = 'public.rc_dst';
\x on
SELECT * FROM public.rc_dst ORDER BY n_int NULLS LAST;
\x off

-- conversions between typed columns
CREATE TABLE public.rc_typed (ts timestamp, tstz timestamptz, d date, i integer, n numeric(10,4), f double precision,
							  m money, b boolean, j json, small smallint, big bigint, ratio numeric);
INSERT INTO public.rc_typed VALUES
	('2024-06-01 12:00', '2024-06-01 12:00+00', '2024-06-01', 1, 2.0000, 3.0, '$4.50', true, '{"k": 1}', 7, 8, 0.5),
	('2024-06-02 00:00', '2024-06-02 00:00+00', '2024-06-02', 0, 3.5000, 4.0, '$0.10', false, '[1]', -1, 3000000000, 12.125);
CREATE TABLE public.rc_typed_dst (ts timestamptz, tstz timestamp, d timestamp, i boolean, n integer, f numeric(6,2),
								  m numeric, b integer, j jsonb, small bigint, big integer, ratio numeric(5,2));
SELECT s ->> 'target_column' AS col, s ->> 'rule' AS rule, s ->> 'rows_affected' AS failing, s ->> 'risk' AS risk
  FROM jsonb_array_elements(synthmig.remediate('public.rc_typed'::regclass, 'public.rc_typed_dst'::regclass,
		false, '{"time_zone": "America/New_York"}') -> 'tables' -> 0 -> 'steps') s
 WHERE s ? 'rule';
SELECT kind, target_column, rows_affected FROM synthmig.analyze('public.rc_typed'::regclass, 'public.rc_typed_dst'::regclass)
 WHERE kind NOT IN ('type_change') ORDER BY 1, 2;
SELECT r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined
  FROM synthmig.remediate('public.rc_typed'::regclass, 'public.rc_typed_dst'::regclass, true, '{"time_zone": "America/New_York"}') r;
SELECT * FROM public.rc_typed_dst;
SELECT reason FROM synthmig.rejects WHERE target_table = 'public.rc_typed_dst';
CREATE TABLE public.rc_back (ts date, tstz text, d date, n integer);
SELECT s ->> 'target_column' AS col, s ->> 'rule' AS rule, s ->> 'rows_affected' AS failing
  FROM jsonb_array_elements(synthmig.remediate('public.rc_typed'::regclass, 'public.rc_back'::regclass) -> 'tables' -> 0 -> 'steps') s
 WHERE s ? 'rule';
CREATE TABLE public.rc_more (i numeric, n double precision, d timestamptz, small money, tstz date);
SELECT s ->> 'target_column' AS col, s ->> 'rule' AS rule, s ->> 'rows_affected' AS failing
  FROM jsonb_array_elements(synthmig.remediate('public.rc_typed'::regclass, 'public.rc_more'::regclass) -> 'tables' -> 0 -> 'steps') s
 WHERE s ? 'rule';
SELECT synthmig.remediate('public.rc_typed'::regclass, 'public.rc_more'::regclass, true, '{"time_zone": "Asia/Tokyo"}') ->> 'rows_written' AS written;
SELECT * FROM public.rc_more ORDER BY i;

-- restructuring: merge, nest, flatten, split with "Last, First"
CREATE TABLE public.rc_people (id int, first_name text, last_name text, address_street text, address_city text,
							   profile jsonb, full_name text);
INSERT INTO public.rc_people VALUES
	(1, 'Ann', 'Lee', '1 Main St', 'Springfield', '{"birth_date": "1980-02-29", "height_cm": "172"}', 'Lee, Ann'),
	(2, 'Bo', NULL, NULL, 'Oslo', '{"birth_date": "12/31/1975"}', 'Bo');
CREATE TABLE public.rc_people_dst (id int, name text, address jsonb, birth_date date, height_cm integer);
SELECT s ->> 'action' AS action, s ->> 'target_column' AS col, s -> 'source_columns' AS sources, s ->> 'rule' AS rule
  FROM jsonb_array_elements(synthmig.remediate('public.rc_people'::regclass, 'public.rc_people_dst'::regclass) -> 'tables' -> 0 -> 'steps') s
 WHERE s ? 'rule';
SELECT synthmig.remediate('public.rc_people'::regclass, 'public.rc_people_dst'::regclass, true,
						  '{"columns": {"name": {"source": ["first_name", "last_name"]}}}') ->> 'rows_written' AS written;
SELECT * FROM public.rc_people_dst ORDER BY id;
CREATE TABLE public.rc_split_dst (id int, first_name text, last_name text NOT NULL);
SELECT synthmig.remediate('public.rc_people'::regclass, 'public.rc_split_dst'::regclass, true,
						  '{"columns": {"first_name": {"source": "full_name", "rule": "text_to_text"}}}') ->> 'rows_written' AS written;
SELECT * FROM public.rc_split_dst ORDER BY id;
TRUNCATE public.rc_split_dst;
DELETE FROM synthmig.rejects WHERE target_table LIKE 'public.rc_%';
CREATE TABLE public.rc_names (id int, full_name text);
INSERT INTO public.rc_names VALUES (1, 'Lee, Ann'), (2, 'Johannes Van der Berg'), (3, 'Madonna'), (4, ' Zoë  Ørsted '),
	(5, 'Mary Ann Smith'), (6, 'Ann Lee'), (7, 'Jose Luis Da Silva'), (8, 'Luis Gomez'),
	(9, 'Anna Maria Müller'), (10, 'Jean Pierre Kowalski'), (11, 'Gabriel García Márquez');
SELECT r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined
  FROM synthmig.remediate('public.rc_names'::regclass, 'public.rc_split_dst'::regclass, true) r;
SELECT * FROM public.rc_split_dst ORDER BY id;
SELECT source_key, reason FROM synthmig.rejects WHERE target_table = 'public.rc_split_dst';

-- regressions found by an evaluation on other databases
-- three decimals are decimals, not thousands, unless the column says so
CREATE TABLE public.rc_f_src (id text, w_real text, w_num text, eu text);
INSERT INTO public.rc_f_src VALUES ('1', '40.888', '12.345', '1.234,5'), ('2', '4.5', '1.5', '12,50'), ('3', '0.75', '7.125', '3.000,25');
CREATE TABLE public.rc_f_dst (id int, w_real double precision, w_num numeric(10,3), eu numeric(10,2));
SELECT s ->> 'target_column' AS col, s ->> 'sql' AS sql
  FROM jsonb_array_elements(synthmig.remediate('public.rc_f_src'::regclass, 'public.rc_f_dst'::regclass) -> 'tables' -> 0 -> 'steps') s
 WHERE s ? 'rule';
SELECT synthmig.remediate('public.rc_f_src'::regclass, 'public.rc_f_dst'::regclass, true) ->> 'rows_written' AS written;
SELECT * FROM public.rc_f_dst ORDER BY id;
-- a blank in a JSON column is a missing value, not an error
CREATE TABLE public.rc_j_src (id text, attrs text, code text);
INSERT INTO public.rc_j_src VALUES ('1', '{"color": "red"}', 'NA'), ('2', '', 'US'), ('3', NULL, NULL), ('4', 'N/A', 'N/A');
CREATE TABLE public.rc_j_dst (id int, attrs jsonb, code char(2));
SELECT r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined
  FROM synthmig.remediate('public.rc_j_src'::regclass, 'public.rc_j_dst'::regclass, true) r;
SELECT * FROM public.rc_j_dst ORDER BY id;
-- a timestamp written without its zone is read in the session's zone
SET timezone = 'America/New_York';
CREATE TABLE public.rc_tz_src (id text, happened_at text);
INSERT INTO public.rc_tz_src VALUES ('1', '11/04/2011 12:23:18'), ('2', '2011-11-04 12:23:18+00');
CREATE TABLE public.rc_tz_dst (id int, happened_at timestamptz);
SELECT synthmig.remediate('public.rc_tz_src'::regclass, 'public.rc_tz_dst'::regclass, true) ->> 'rows_written' AS written;
SELECT id, happened_at FROM public.rc_tz_dst ORDER BY id;
RESET timezone;
-- two-digit years: after the column's latest four-digit year (plus ten), the previous century
CREATE TABLE public.rc_yy_src (id text, born text, ordered text);
INSERT INTO public.rc_yy_src VALUES ('1', '02-28-53', '01/05/25'), ('2', '01/19/1999', '12/31/2024'),
	('3', '12-06-05', '03/15/2019'), ('4', '15-Jan-45', '07/04/99');
CREATE TABLE public.rc_yy_dst (id int, born date, ordered date);
SELECT synthmig.remediate('public.rc_yy_src'::regclass, 'public.rc_yy_dst'::regclass, true) ->> 'rows_written' AS written;
SELECT * FROM public.rc_yy_dst ORDER BY id;
-- NaN and infinities are values of floating-point and numeric columns
CREATE TABLE public.rc_nan_src (id text, f text, n text);
INSERT INTO public.rc_nan_src VALUES ('1', 'NaN', '1,234.5'), ('2', '-Infinity', 'NaN'), ('3', '2.5e-3', '');
CREATE TABLE public.rc_nan_dst (id int, f double precision, n numeric);
SELECT synthmig.remediate('public.rc_nan_src'::regclass, 'public.rc_nan_dst'::regclass, true) ->> 'rows_written' AS written;
SELECT * FROM public.rc_nan_dst ORDER BY id;
-- try_cast: any error about the value gives NULL (an unknown table name for regclass)
SELECT synthmig.try_cast('no_such_table_here', NULL::regclass) IS NULL AS unknown_name_is_null,
	   synthmig.try_cast('pg_class', NULL::regclass)::text AS known;
-- split_name with a first-name list that changes from row to row
SELECT synthmig.split_name(v, 'first', string_to_array(a, ',')) AS first
  FROM (VALUES (1, 'Mary Ann Smith', 'Ann'), (2, 'Mary Ann Smith', 'Zed'), (3, 'Mary Ann Smith', 'Ann')) x(o, v, a) ORDER BY o;
