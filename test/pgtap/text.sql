-- Properties of generated text (issue 14): formats kept as templates, no
-- rare value leaked on the learn and the detect paths, several seeds.
BEGIN;
SELECT plan(8);

CREATE TEMP TABLE tt_codes (sku text, mail text, tel text, city text, country text);
INSERT INTO tt_codes
SELECT 'SKU-' || lpad(((i * 7919) % 1000000)::text, 6, '0'),
	   (ARRAY['anna', 'bob', 'chen', 'dora', 'eli', 'femi'])[1 + i % 6] || i || '@' ||
	   (ARRAY['gmail.com', 'yahoo.com', 'example.org'])[1 + i % 3],
	   '+1 (' || (200 + i % 700) || ') ' || (100 + i % 900) || '-' || lpad((i * 37 % 10000)::text, 4, '0'),
	   c.city, c.country
  FROM generate_series(1, 3000) i
  JOIN (VALUES (0, 'Paris', 'France'), (1, 'Lyon', 'France'), (2, 'Berlin', 'Germany'),
			   (3, 'Hamburg', 'Germany'), (4, 'Madrid', 'Spain'), (5, 'Oslo', 'Norway'),
			   (6, 'Ottawa', 'Canada')) c(k, city, country) ON c.k = i % 7;
-- a few rare rows
INSERT INTO tt_codes VALUES ('XQZ-99', 'zed@rare-domain.net', '0044 20 7946 0000', 'Reykjavik', 'Iceland');
SELECT synthmig.learn('pg_temp.tt_codes') AS sid \gset

SELECT is((SELECT count(*)::int FROM (SELECT (g).* FROM (SELECT synthmig.generate(NULL::tt_codes, 2000, s, :sid) AS g
											FROM generate_series(1, 3) s) x) y
			WHERE sku !~ '^SKU-[0-9]{6}$'), 0, 'codes keep their constant part and digits (3 seeds)');
SELECT is((SELECT count(*)::int FROM (SELECT (g).* FROM (SELECT synthmig.generate(NULL::tt_codes, 2000, s, :sid) AS g
											FROM generate_series(1, 3) s) x) y
			WHERE mail !~ '^[a-z]+[0-9]+@(gmail\.com|yahoo\.com|example\.org)$'), 0,
		  'e-mails keep their syntax and the common domains');
SELECT is((SELECT count(*)::int FROM (SELECT (g).* FROM (SELECT synthmig.generate(NULL::tt_codes, 2000, s, :sid) AS g
											FROM generate_series(1, 3) s) x) y
			WHERE tel !~ '^\+1 \([0-9]{3}\) [0-9]{3}-[0-9]{4}$'), 0, 'phones keep their layout');
SELECT is((SELECT count(*)::int FROM (SELECT (g).* FROM (SELECT synthmig.generate(NULL::tt_codes, 2000, s, :sid) AS g
											FROM generate_series(1, 3) s) x) y
			WHERE (sku, mail, tel, city, country) IS NOT NULL
			  AND (sku = 'XQZ-99' OR mail = 'zed@rare-domain.net' OR mail LIKE '%rare-domain%'
				   OR tel = '0044 20 7946 0000' OR city = 'Reykjavik')), 0,
		  'no rare value or rare token is generated');
SELECT cmp_ok((SELECT avg(((y.city, y.country) IN (SELECT city, country FROM tt_codes))::int)
				 FROM (SELECT (g).* FROM (SELECT synthmig.generate(NULL::tt_codes, 3000, 4, :sid) AS g) x) y),
			  '>=', 0.99::numeric, '(city, country) pairs are pairs of the data');
SELECT ok((SELECT m.parameters -> 'tables' -> 0 -> 'model' -> 'dependencies' -> 0 ->> 'given' = 'city'
			 FROM synthmig.models m WHERE m.definition_id = :sid ORDER BY m.id DESC LIMIT 1),
		  'the model records country as depending on city');

-- the detect path
SELECT synthmig.create_definition('tt_det', synthmig.detect_definition('pg_temp.tt_codes'::regclass)) AS did \gset
SELECT ok(synthmig.train(:did) > 0, 'a detected definition trains');
SELECT is((SELECT count(*)::int FROM synthmig.generate(:did, 5000, 1) r
			WHERE r ->> 'city' = 'Reykjavik' OR r ->> 'country' = 'Iceland' OR r ->> 'sku' = 'XQZ-99'), 0,
		  'no rare value is generated on the detect path');

SELECT * FROM finish();
ROLLBACK;
