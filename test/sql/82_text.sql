-- Realistic text (issue 14): formats kept as templates, words from real
-- vocabularies, no rare value leaked, lengths within the column's limit.
-- Deterministic seeds; the checks are properties, not generated values.
SET client_min_messages = warning;
SET search_path = public;

CREATE FUNCTION tx_shape(s text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT regexp_replace(regexp_replace(s, '[[:alpha:]]+', 'w', 'g'), '[0-9]', '9', 'g') $$;

-- a text-heavy table from the Chinook customers and employees
CREATE TABLE tx_people AS
SELECT first_name, last_name, email, phone, city, country, postal_code
  FROM chinook.customer
UNION ALL
SELECT first_name, last_name, email, phone, city, country, postal_code
  FROM chinook.employee;
-- codes and e-mails with constant parts, 300 rows
CREATE TABLE tx_codes (sku varchar(10), mail text, tel text);
INSERT INTO tx_codes
SELECT 'SKU-' || lpad(((i * 7919) % 1000000)::text, 6, '0'),
	   'user' || i || '@' || (ARRAY['gmail.com', 'yahoo.com', 'example.org'])[1 + i % 3],
	   '+1 (' || (200 + i % 700) || ') ' || (100 + i % 900) || '-' || lpad((i * 37 % 10000)::text, 4, '0')
  FROM generate_series(1, 300) i;

SELECT synthmig.learn('tx_people') > 0 AS learned, synthmig.learn('tx_codes') > 0 AS learned;
CREATE TABLE tx_people_gen (LIKE tx_people);
CREATE TABLE tx_codes_gen (LIKE tx_codes);
SELECT synthmig.generate_into('public.tx_people', 2000, 'tx_people_gen', 7) AS rows;
SELECT synthmig.generate_into('public.tx_codes', 2000, 'tx_codes_gen', 7) AS rows;

-- the models use the word model for the text columns' other buckets
SELECT c ->> 'name' AS col, c -> 'other' -> 'generator' ->> 'kind' AS generator
  FROM synthmig.models m, jsonb_array_elements(m.parameters -> 'tables' -> 0 -> 'model' -> 'columns') c
 WHERE m.definition_id = synthmig.definition_id('public.tx_people') AND c ? 'other'
 ORDER BY 1;

-- formats: constant parts kept exactly
SELECT count(*) FILTER (WHERE sku ~ '^SKU-[0-9]{6}$') = count(*) AS sku_format,
	   count(*) FILTER (WHERE mail ~ '^[a-z]+[0-9]*@(gmail\.com|yahoo\.com|example\.org)$') = count(*) AS mail_format,
	   count(*) FILTER (WHERE tel ~ '^\+1 \([0-9]{3}\) [0-9]{3}-[0-9]{4}$') = count(*) AS tel_format
  FROM tx_codes_gen;

-- every generated phone and e-mail has the layout of a source value
SELECT avg((tx_shape(phone) IN (SELECT tx_shape(phone) FROM tx_people WHERE phone IS NOT NULL))::int) >= 0.99 AS phone_layouts,
	   avg((email ~ '^[^@ ]+@[^@ ]+\.[a-z]+$')::int) >= 0.99 AS email_syntax
  FROM tx_people_gen WHERE phone IS NOT NULL AND email IS NOT NULL;

-- no rare value (fewer than synthmig.rare_min_count occurrences) comes out verbatim
SELECT col, count(*) AS leaked FROM (
	SELECT 'first_name' AS col, first_name AS v FROM tx_people_gen
	 WHERE first_name IN (SELECT first_name FROM tx_people GROUP BY 1 HAVING count(*) < 5)
	UNION ALL
	SELECT 'city', city FROM tx_people_gen
	 WHERE city IN (SELECT city FROM tx_people GROUP BY 1 HAVING count(*) < 5)
	UNION ALL
	SELECT 'email', email FROM tx_people_gen
	 WHERE email IN (SELECT email FROM tx_people GROUP BY 1 HAVING count(*) < 5)) x
 GROUP BY col ORDER BY col;

-- names are real names: nearly every generated first name is a source name
-- or a name of the built-in vocabulary
SELECT avg((g.first_name IN (SELECT first_name FROM tx_people)
			OR g.first_name IN (SELECT word FROM synthmig.text_vocabulary('first_name')))::int) >= 0.95 AS real_first_names
  FROM tx_people_gen g;

-- no value longer than its column, and no pile-up at the limit
SELECT max(length(first_name)) <= 40 AS within_limit,
	   avg((length(first_name) = 40)::int) < 0.01 AS no_pile_up
  FROM tx_people_gen;

-- the built-in vocabulary
SELECT class, count(*) > 100 AS many FROM synthmig.text_vocabulary() GROUP BY class ORDER BY class;

-- detect -> define -> train keeps the same rule as learn: a rare value is
-- never declared (so never generated verbatim), a unique column keeps its
-- NULLs and a detected key's range does not cap generation
CREATE TABLE tx_det (id int, title text, email text);
INSERT INTO tx_det
SELECT i, (ARRAY['Mr.', 'Mrs.', 'Ms.', 'Dr.'])[1 + i % 4],
	   CASE WHEN i % 6 < 5 THEN NULL ELSE 'u' || i || '@gmail.com' END
  FROM generate_series(1, 2000) i;
INSERT INTO tx_det VALUES (5000, 'Sir', 'rare@example.org');
SELECT synthmig.create_definition('tx_det', synthmig.detect_definition('tx_det'::regclass)) AS det_id \gset
SELECT c ->> 'name' AS col, c ? 'max' AS has_max, c -> 'model' ->> 'kind' AS model
  FROM jsonb_array_elements(synthmig.get_definition(:det_id) -> 'tables' -> 0 -> 'columns') c ORDER BY 1;
SELECT synthmig.train(:det_id) > 0 AS trained;
CREATE TABLE tx_det_gen (LIKE tx_det);
SELECT synthmig.generate_into(:det_id, 20000, 'tx_det_gen', 3) AS rows;
SELECT count(*) FILTER (WHERE title = 'Sir') AS rare_title,
	   count(*) FILTER (WHERE email = 'rare@example.org') AS rare_email,
	   count(DISTINCT id) = count(*) AS ids_unique,
	   avg((email IS NULL)::int) BETWEEN 0.75 AND 0.9 AS email_nulls_kept,
	   count(DISTINCT email) = count(email) AS emails_unique
  FROM tx_det_gen;
