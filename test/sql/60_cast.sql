-- can_cast(text, type): the building block of type checks.
SELECT v, t, synthmig.can_cast(v, t)
  FROM (VALUES ('42', 'integer'), ('4e2', 'integer'), (' 7 ', 'integer'),
			   ('2147483648', 'integer'), ('2147483648', 'bigint'),
			   ('-9223372036854775808', 'bigint'), ('9223372036854775808', 'bigint'),
			   ('12.345', 'numeric(5,2)'), ('1234.5', 'numeric(5,2)'),
			   ('2021-02-29', 'date'), ('2020-02-29', 'date'), ('12/31/1999', 'date'),
			   ('yes', 'boolean'), ('maybe', 'boolean'),
			   ('abcdefghijk', 'varchar(10)'), ('abc', 'varchar(10)'),
			   ('{"a": 1}', 'jsonb'), ('{"a": }', 'jsonb'),
			   ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'uuid'), ('not-a-uuid', 'uuid'),
			   (NULL, 'integer')) x(v, t);
SELECT sm_try($$SELECT synthmig.can_cast('1', 'no_such_type')$$);
SELECT sm_try($$SELECT synthmig.can_cast('1', NULL)$$);
-- a transaction stays usable after failed casts
SELECT count(*) FILTER (WHERE synthmig.can_cast(v, 'integer')) AS ok,
	   count(*) FILTER (WHERE NOT synthmig.can_cast(v, 'integer')) AS bad
  FROM (SELECT CASE WHEN i % 3 = 0 THEN 'x' || i ELSE i::text END AS v
		  FROM generate_series(1, 3000) i) s;
