-- Helpers of the evaluation harness (schema eval): deterministic choices and
-- the legacy spellings the messy-making scripts write.  Nothing here reads
-- the remediation engine; the scripts in messy/ were written before any of
-- its fixes for issue 10 and must not be tuned to it.
CREATE SCHEMA IF NOT EXISTS eval;

-- h(salt, key): a deterministic pseudo-random integer in [0, 2^31), the
-- "seed" being the salt: the same database always comes out the same.
CREATE OR REPLACE FUNCTION eval.h(salt text, key anyelement) RETURNS integer
LANGUAGE sql IMMUTABLE AS
$$ SELECT (('x' || substr(md5(salt || ':' || key::text), 1, 8))::bit(32)::bigint % 2147483648)::integer $$;

-- money as a legacy system prints it: '$1,234.50', every decimal kept
-- (style 0 '$1,234.5', 1 '1234.50', 2 '$ 1234.50', 3 'USD 1,234.50')
CREATE OR REPLACE FUNCTION eval.money(v numeric, style integer DEFAULT 0) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE WHEN v IS NULL THEN NULL ELSE
		CASE style % 4
			WHEN 0 THEN sgn || '$' || to_char(trunc(abs(v)), 'FM999,999,999,990') || f
			WHEN 1 THEN sgn || trunc(abs(v))::text || f
			WHEN 2 THEN sgn || '$ ' || trunc(abs(v))::text || f
			ELSE sgn || 'USD ' || to_char(trunc(abs(v)), 'FM999,999,999,990') || f
		END END
	  FROM (SELECT CASE WHEN v < 0 THEN '-' ELSE '' END AS sgn,
				   '.' || rpad(coalesce(nullif(split_part(trim_scale(abs(v) - trunc(abs(v)))::text, '.', 2), ''), '0'), 2, '0') AS f) x
$$;

-- a missing value as legacy systems write it: style 0 NULL, 1 '', 2 'N/A', 3 'NULL'
CREATE OR REPLACE FUNCTION eval.missing(style integer) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT (ARRAY[NULL, '', 'N/A', 'NULL'])[style % 4 + 1] $$;

-- flags: 'YN' Y/N, 'YESNO' Yes/No, '10' 1/0, 'TF' T/F
CREATE OR REPLACE FUNCTION eval.flag(v boolean, style text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE WHEN v IS NULL THEN NULL
				WHEN style = 'YN' THEN CASE WHEN v THEN 'Y' ELSE 'N' END
				WHEN style = 'YESNO' THEN CASE WHEN v THEN 'Yes' ELSE 'No' END
				WHEN style = '10' THEN CASE WHEN v THEN '1' ELSE '0' END
				ELSE CASE WHEN v THEN 'T' ELSE 'F' END END
$$;

-- epoch seconds (the timestamp read as UTC)
CREATE OR REPLACE FUNCTION eval.epoch(v timestamp) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT extract(epoch FROM v AT TIME ZONE 'UTC')::bigint::text $$;

-- the manifests the scorer reads
CREATE TABLE IF NOT EXISTS eval.truth_table (
	db text, source_table text, target_table text,
	PRIMARY KEY (db, target_table));
CREATE TABLE IF NOT EXISTS eval.truth_column (
	db text, source_table text, source_column text, target_table text, target_column text,
	PRIMARY KEY (db, target_table, target_column, source_column));
-- rows of the target that must NOT be written (by their target key):
-- planted bad values, orphans, and children of quarantined parents
CREATE TABLE IF NOT EXISTS eval.expected_quarantine (
	db text, target_table text, key jsonb, why text);
-- the planted bad values themselves
CREATE TABLE IF NOT EXISTS eval.planted (
	db text, source_table text, source_column text, target_table text, target_column text,
	key jsonb, bad_value text, kind text);
-- duplicates planted: exact copies and stale copies of a key that is written
CREATE TABLE IF NOT EXISTS eval.duplicates (
	db text, target_table text, key jsonb, kind text);

-- every column of a schema's tables made text, as in the legacy system
CREATE OR REPLACE FUNCTION eval.all_text(s text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	c record;
BEGIN
	FOR c IN SELECT a.attrelid::regclass AS rel, a.attname
			   FROM pg_attribute a JOIN pg_class k ON k.oid = a.attrelid
			  WHERE k.relnamespace = s::regnamespace AND k.relkind = 'r' AND a.attnum > 0
				AND NOT a.attisdropped AND a.atttypid <> 'text'::regtype
	LOOP
		EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE text', c.rel, c.attname);
	END LOOP;
END;
$$;
