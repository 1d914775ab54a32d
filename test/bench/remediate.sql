-- Benchmark of schema remediation (issue: remediate), medians of 5 runs:
-- remediate() of a 1,000,000-row legacy table (all text, CamelCase names, dates
-- in three formats, money text, Y/N flags, full names, a renamed column) into a
-- clean typed table, against the hand-written INSERT ... SELECT a DBA would
-- write for the same conversions. Target: remediate / hand-written <= 1.5,
-- same rows as the hand-written load, no rejects.
\set QUIET on
\pset pager off
CREATE EXTENSION IF NOT EXISTS synthmig;
DROP TABLE IF EXISTS bench_legacy, bench_clean, bench_expected;
CREATE TABLE bench_legacy (
	"CustomerId" text, "FullName" text, "SignupDate" text, "Balance" text,
	"Active" text, "EMailAddress" text, "Segment" text);
-- deterministic: every value derives from i
INSERT INTO bench_legacy
SELECT CASE WHEN i % 5 = 0 THEN ' ' || i || ' ' ELSE i::text END,
	   f || ' ' || l,
	   CASE i % 3 WHEN 0 THEN to_char(d, 'YYYY-MM-DD')
				  WHEN 1 THEN to_char(d, 'MM/DD/YYYY')
				  ELSE to_char(d, 'DD-Mon-YYYY') END,
	   CASE WHEN i % 97 = 0 THEN NULL
			WHEN i % 10 = 0 THEN '($' || to_char(b, 'FM999,999,990.00') || ')'
			WHEN i % 4 = 1 THEN to_char(b, 'FM999999990.00')
			ELSE '$' || to_char(b, 'FM999,999,990.00') END,
	   CASE WHEN i % 3 = 0 THEN 'N' ELSE 'Y' END,
	   CASE WHEN i % 50 = 0 THEN NULL ELSE lower(f) || '.' || lower(l) || i || '@example.com' END,
	   (ARRAY['Retail', 'SMB', 'Enterprise', 'Public'])[1 + i % 4]
  FROM generate_series(1, 1000000) i,
	   LATERAL (SELECT (ARRAY['Ann', 'Bob', 'Chloe', 'Dan', 'Eve', 'Frank', 'Grace', 'Hugo'])[1 + i % 8] AS f,
					   (ARRAY['Smith', 'Jones', 'Martin', 'Brown', 'Lee', 'Garcia', 'Van Dyke'])[1 + (i / 8) % 7] AS l,
					   date '2010-01-01' + (i * 37) % 5000 AS d,
					   ((i::bigint * 7919) % 2500000) / 100.0 AS b) v;
VACUUM (ANALYZE) bench_legacy;
CREATE TABLE bench_clean (
	customer_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
	signup_date date NOT NULL, balance numeric(12,2), active boolean NOT NULL,
	email_address text, segment text);
CREATE TABLE bench_expected (LIKE bench_clean);
CREATE TEMP TABLE timings (what text, ms float8);
CREATE TEMP TABLE counts (round int, hand bigint, remediate bigint);
CREATE TEMP TABLE report (r jsonb);

-- the hand-written conversion (also the expected result)
CREATE FUNCTION pg_temp.hand_written(into_table regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format($q$
	INSERT INTO %s
	SELECT trim("CustomerId")::int,
		   split_part("FullName", ' ', 1),
		   substr("FullName", strpos("FullName", ' ') + 1),
		   CASE WHEN "SignupDate" LIKE '____-__-__' THEN to_date("SignupDate", 'YYYY-MM-DD')
				WHEN "SignupDate" LIKE '__/__/____' THEN to_date("SignupDate", 'MM/DD/YYYY')
				ELSE to_date("SignupDate", 'DD-Mon-YYYY') END,
		   CASE WHEN "Balance" LIKE '(%%)' THEN -translate("Balance", '$,()', '')::numeric
				ELSE translate("Balance", '$,', '')::numeric END,
		   CASE "Active" WHEN 'Y' THEN true WHEN 'N' THEN false END,
		   "EMailAddress",
		   "Segment"
	  FROM bench_legacy$q$, into_table);
END;
$$;
DO $$ BEGIN PERFORM pg_temp.hand_written('bench_expected'); END $$;

DO $$
DECLARE
	t0 timestamptz;
	n_hand bigint;
	n_rem bigint;
	rep jsonb;
BEGIN
	FOR k IN 1..5 LOOP
		TRUNCATE bench_clean;
		t0 := clock_timestamp();
		PERFORM pg_temp.hand_written('bench_clean');
		INSERT INTO timings VALUES ('hand-written INSERT 1M', extract(epoch FROM clock_timestamp() - t0) * 1000);
		SELECT count(*) INTO n_hand FROM bench_clean;

		TRUNCATE bench_clean;
		DELETE FROM synthmig.rejects;
		t0 := clock_timestamp();
		rep := synthmig.remediate('bench_legacy'::regclass, 'bench_clean'::regclass, true);
		INSERT INTO timings VALUES ('remediate 1M', extract(epoch FROM clock_timestamp() - t0) * 1000);
		SELECT count(*) INTO n_rem FROM bench_clean;
		INSERT INTO counts VALUES (k, n_hand, n_rem);
	END LOOP;
	INSERT INTO report VALUES (rep);
END;
$$;
\set QUIET off
SELECT what, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric) AS median_ms, count(*) AS runs
  FROM timings GROUP BY what ORDER BY what;
SELECT min(hand) AS hand_rows, min(remediate) AS remediate_rows,
	   bool_and(hand = remediate AND hand = 1000000) AS "row counts equal"
  FROM counts;
-- bench_clean holds the last remediate() load
SELECT (SELECT count(*) FROM (TABLE bench_expected EXCEPT ALL TABLE bench_clean) m) AS "hand-written rows missing",
	   (SELECT count(*) FROM (TABLE bench_clean EXCEPT ALL TABLE bench_expected) x) AS "rows not in hand-written";
SELECT count(*) AS "rejects (target 0)" FROM synthmig.rejects;
SELECT left(r::text, 400) AS "last remediate() report (start)" FROM report;
WITH med AS (
	SELECT what, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms FROM timings GROUP BY what)
SELECT round(((SELECT ms FROM med WHERE what = 'remediate 1M')
			 / (SELECT ms FROM med WHERE what = 'hand-written INSERT 1M'))::numeric, 2)
		 AS "remediate / hand-written (target <= 1.5)";

-- The same table with 1% of its dates unreadable and 0.1% of its rows
-- duplicated (10,000 quarantined as type_mismatch, 1,000 as duplicate_key):
-- the cost of quarantining, medians of 3 runs (no target; for the record).
\set QUIET on
DROP TABLE IF EXISTS bench_dirty;
CREATE TABLE bench_dirty AS SELECT * FROM bench_legacy;
UPDATE bench_dirty SET "SignupDate" = 'unknown date ' || "CustomerId" WHERE trim("CustomerId")::int % 100 = 7;
INSERT INTO bench_dirty SELECT * FROM bench_legacy WHERE trim("CustomerId")::int % 1000 = 3;
VACUUM (ANALYZE) bench_dirty;
DO $$
DECLARE
	t0 timestamptz;
	rep jsonb;
BEGIN
	FOR k IN 1..3 LOOP
		TRUNCATE bench_clean;
		DELETE FROM synthmig.rejects;
		t0 := clock_timestamp();
		rep := synthmig.remediate('bench_dirty'::regclass, 'bench_clean'::regclass, true);
		INSERT INTO timings VALUES ('remediate 1M, 1% bad + 0.1% duplicates', extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
	TRUNCATE report;
	INSERT INTO report VALUES (rep);
END;
$$;
\set QUIET off
SELECT what, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric) AS median_ms, count(*) AS runs
  FROM timings WHERE what LIKE '%dirty%' OR what LIKE '%bad%' GROUP BY what;
SELECT r ->> 'rows_read' AS read, r ->> 'rows_written' AS written, r ->> 'rows_quarantined' AS quarantined,
	   r -> 'tables' -> 0 -> 'quarantined_by' AS why
  FROM report;
