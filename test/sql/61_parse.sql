-- Remediation value parsers: a bad value gives NULL, a bad option raises 22023.
SET datestyle = 'ISO, MDY';
SET timezone = 'UTC';
-- numbers: currency, grouping, decimal mark, sign forms, percent, exponent
SELECT v, synthmig.parse_numeric(v) AS auto, synthmig.parse_numeric(v, '.') AS point,
	   synthmig.parse_numeric(v, ',') AS comma
  FROM (VALUES ('42'), ('  -7.50 '), ('1,234'), ('1.234'), ('1,234.56'), ('1.234,56'),
			   ('12,50'), ('0,123'), ('1,23'), ('1,23,456'), ('1 234 567,89'),
			   (E'1\u00a0234,5'), ('1''234.50'), ('$1,234.50'), ('($1,234.50)'),
			   ('(12.00)'), ('-$12'), ('$-12'), ('12-'), ('12,50 €'), ('€12,50'),
			   ('US$ 99'), ('R$ 1.234,56'), ('CHF 1''234.50'), ('12 kr'), ('100 zł'),
			   ('12.5%'), ('12.50 %'), ('1.5e3'), ('1.5E-3'), ('007'), ('.5'),
			   ('1,2,3'), ('1..2'), ('--12'), ('-(12)'), ('$12%'), ('12abc'),
			   ('1e1001'), ('N/A'), (''), ('   ')) x(v);
SELECT synthmig.parse_numeric('1234567890123456789012345678901234567890.123') AS forty_digits,
	   synthmig.parse_numeric('0.1') + synthmig.parse_numeric('0.2') = 0.3 AS exact,
	   scale(synthmig.parse_numeric('12.50')) AS scale_kept;
SELECT v, synthmig.parse_integer(v)
  FROM (VALUES ('42'), ('1,234.00'), ('12.5'), ('(5)'), ('1e3'), ('200%'), ('50%'),
			   ('9223372036854775807'), ('-9223372036854775808'),
			   ('9223372036854775808'), ('1234567890123456789012345678901234567890'),
			   ('unknown')) x(v);
SELECT synthmig.parse_integer('1.234', ','), synthmig.parse_integer('1.234', '.');
-- dates: ISO, compact, numeric orders, month names, weekday, epoch
SELECT v, synthmig.parse_date(v) AS auto, synthmig.parse_date(v, 'MDY') AS mdy,
	   synthmig.parse_date(v, 'DMY') AS dmy, synthmig.parse_date(v, 'YMD') AS ymd
  FROM (VALUES ('2023-01-15'), ('2023/1/5'), ('2023.01.15'), ('20230115'),
			   ('01/02/2023'), ('15/01/2023'), ('01/15/2023'), ('13/13/2023'),
			   ('15.01.2023'), ('1-2-23'), ('23/01/15'), ('01/15/70'),
			   ('15-Jan-2023'), ('15 JAN 23'), ('Jan 15, 2023'), ('January 15th 2023'),
			   ('2023-Jan-15'), ('Thu, 14 Mar 2019'), ('Tue, 14 Mar 2019'),
			   ('2023-01-15 00:00:00'), ('2023-01-15T10:30'), ('2023-01-15 00:00Z'),
			   ('1673740800'), ('1673740800000'), ('2023-02-29'), ('2024-02-29'),
			   ('2023-02-30'), ('2023-13-01'), ('30000101'), ('yesterday'), ('-')) x(v);
-- timestamps: times, AM/PM, zones (converted to UTC), RFC 2822, epochs
SELECT v, synthmig.parse_timestamp(v)
  FROM (VALUES ('2023-01-15 10:30'), ('2023-01-15T10:30:45.123456'),
			   ('01/15/2023 10:30 PM'), ('01/15/2023 12:00 AM'), ('Jan 15, 2023, 9:05 a.m.'),
			   ('2023-01-15T10:30:00Z'), ('2023-01-15 10:30:00 UTC'),
			   ('2023-01-15T10:30:00+01:00'), ('2023-01-15T10:30:00-0530'),
			   ('2023-01-15 10:30 GMT+2'), ('Thu, 14 Mar 2019 10:00:00 +0100'),
			   ('14 Mar 2019 10:00:00 EST'), ('1673778645'), ('1673778645.25'),
			   ('1673778645123'), ('2023-01-15 24:00'), ('2023-01-15 10:61'),
			   ('2023-01-15 13:00 PM'), ('2023-01-15 10:30:45.1234567'),
			   ('2023-01-15 10:30 +16:00'), ('2023-01-15 10:30 Mars')) x(v);
SELECT v, synthmig.parse_timestamptz(v) AS utc,
	   synthmig.parse_timestamptz(v, 'auto', 'America/New_York') AS new_york,
	   synthmig.parse_timestamptz(v, 'DMY', 'Europe/Paris') AS paris_dmy
  FROM (VALUES ('2023-01-15 10:30'), ('05/06/2023 10:30'), ('2023-07-01 12:00'),
			   ('2023-01-15T10:30:00+01:00'), ('1673778645'), ('2023-03-26 02:30'),
			   ('nonsense')) x(v);
-- booleans, missing markers
SELECT v, synthmig.parse_boolean(v), synthmig.is_missing(v)
  FROM (VALUES ('true'), (' YES '), ('t'), ('y'), ('1'), ('on'), ('False'), ('n'),
			   ('0'), ('OFF'), ('x'), ('maybe'), ('2'), (''), ('  '), ('N/A'), ('null'),
			   ('-'), ('unknown'), (NULL)) x(v);
-- names
SELECT v, synthmig.split_name(v, 'first') AS first, synthmig.split_name(v, 'last') AS last
  FROM (VALUES ('John Smith'), ('  John   van  der  Berg '), ('Smith, John'),
			   ('van der Berg, Anna Maria'), ('Madonna'), ('Smith,'), ('José Müller'),
			   ('Ζωή Παπαδοπούλου'), (E'山田\u3000太郎'), (''), ('N/A')) x(v);
SELECT synthmig.split_name('Ann Lee', 'LAST');
-- NULL in, NULL out (is_missing: true)
SELECT synthmig.parse_numeric(NULL) IS NULL AS n, synthmig.parse_date(NULL, 'MDY') IS NULL AS d,
	   synthmig.split_name(NULL, 'first') IS NULL AS s, synthmig.is_missing(NULL) AS m;
-- failure detection as remediation uses it
SELECT v, synthmig.parse_date(v) AS d,
	   synthmig.parse_date(v) IS NULL AND NOT synthmig.is_missing(v) AS failed
  FROM (VALUES ('2023-01-15'), ('2023-02-30'), ('n/a'), ('')) x(v);
-- try_cast
SELECT synthmig.try_cast('42', NULL::integer) AS i, synthmig.try_cast(' -7 ', NULL::smallint) AS s,
	   synthmig.try_cast('99999', NULL::smallint) AS s_range, synthmig.try_cast('4e2', NULL::integer) AS i_bad,
	   synthmig.try_cast('9223372036854775807', NULL::bigint) AS b,
	   synthmig.try_cast('9223372036854775808', NULL::bigint) AS b_range;
SELECT synthmig.try_cast('yes', NULL::boolean) AS yes, synthmig.try_cast(' off ', NULL::boolean) AS off,
	   synthmig.try_cast('maybe', NULL::boolean) AS maybe,
	   synthmig.try_cast('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', NULL::uuid) AS u,
	   synthmig.try_cast('{a0eebc999c0b4ef8bb6d6bb9bd380a11}', NULL::uuid) AS u_braces,
	   synthmig.try_cast('not-a-uuid', NULL::uuid) AS u_bad;
SELECT synthmig.try_cast('12.345', NULL::numeric) AS n, synthmig.try_cast('2020-02-29', NULL::date) AS d,
	   synthmig.try_cast('2021-02-29', NULL::date) AS d_bad, synthmig.try_cast('{"a": 1}', NULL::jsonb) AS j,
	   synthmig.try_cast('{"a": }', NULL::jsonb) AS j_bad, synthmig.try_cast(NULL, NULL::date) AS d_null;
SELECT synthmig.try_cast(' x ', NULL::text) AS t,
	   synthmig.try_cast('abcdefghijkl', NULL::varchar(5)) AS typmod_not_applied,
	   synthmig.try_cast('1.5', NULL::double precision) AS f, synthmig.try_cast('1.5.', NULL::real) AS f_bad;
CREATE DOMAIN pg_temp.pos_int AS integer CHECK (VALUE > 0);
SELECT synthmig.try_cast('5', NULL::pg_temp.pos_int) AS ok, synthmig.try_cast('-5', NULL::pg_temp.pos_int) AS check_fails;
-- a transaction stays usable after many failed casts
SELECT count(synthmig.try_cast(v, NULL::date)) AS ok, count(*) - count(synthmig.try_cast(v, NULL::date)) AS bad
  FROM (SELECT CASE WHEN i % 3 = 0 THEN 'x' || i ELSE (date '2020-01-01' + i)::text END AS v
		  FROM generate_series(1, 3000) i) s;
-- bad options raise 22023 with the value in the detail
SELECT sm_try($$SELECT synthmig.parse_date('2023-01-15', 'XYZ')$$);
SELECT sm_try($$SELECT synthmig.parse_timestamp('2023-01-15', '')$$);
SELECT sm_try($$SELECT synthmig.parse_numeric('1', ';')$$);
SELECT sm_try($$SELECT synthmig.parse_integer('garbage', 'comma')$$);
SELECT sm_try($$SELECT synthmig.parse_timestamptz('2023-01-15', 'auto', 'Mars/Olympus')$$);
SELECT sm_try($$SELECT synthmig.split_name('Ann Lee', 'middle')$$);
