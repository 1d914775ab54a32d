-- Legacy-migration fixture built from the Chinook sample (run after chinook.sql).
-- Plain SQL, re-runnable and deterministic (every variation derives from keys).
-- It creates three schemas:
--   legacy_ref     the clean reference: chinook's 11 tables with the same DDL
--                  (types, NOT NULL, primary and foreign keys) and data, plus
--                  customer.is_corporate boolean NOT NULL (= company IS NOT NULL)
--                  and track.is_long boolean (= milliseconds > 300000);
--                  also legacy_ref.expected_rejects and legacy_ref.cell_accuracy();
--   legacy_target  the same DDL as legacy_ref (its own foreign keys), empty;
--   legacy_src     the messy source, every column text:
--     - tables "Albums", "Artists", "Customers", "Employees", "Genres", "Invoices",
--       "InvoiceLines", "MediaTypes", "Playlists", "PlaylistTracks", "Tracks";
--     - columns in CamelCase ("AlbumId", "BillingCity"...), some renamed:
--       invoice_line.quantity -> "Qty", employee.postal_code -> "PostalCd",
--       customer.phone -> "PhoneNo", track.milliseconds -> "DurationMs" (a rename
--       that names cannot resolve), customer first_name/last_name merged into
--       "FullName" = first || ' ' || last (split at the FIRST space: one last
--       name, 'Van der Berg', holds spaces);
--     - timestamps (employee birth/hire date, invoice date) by key % 3:
--       0 'YYYY-MM-DD HH24:MI:SS', 1 'MM/DD/YYYY', 2 'DD-Mon-YYYY'
--       (formats 1 and 2 add ' HH24:MI:SS' when the time is not midnight);
--     - money (invoice.total, invoice_line.unit_price, track.unit_price), US
--       decimal point always, by key % 4: 0 '1234.50', 1 '$1,234.50',
--       2 '$1234.50', 3 '$ 1,234.50';
--     - flags: "IsCorporate" 'Y'/'N'; "IsLong" 'yes'/'no' (track_id even),
--       'true'/'false' (odd);
--     - integer ids (primary and foreign keys) padded with one space on each
--       side when the row's key % 5 = 0;
--     - a NULL in a nullable column is written by key % 4: 1 '', 3 'N/A',
--       0 and 2 NULL;
--     - extra rows that must be quarantined, listed in legacy_ref.expected_rejects:
--       exact duplicates of customers 7, 25, 48 and invoice lines 11, 500, 1001,
--       1777, 2240; invoices 413 'not a date' and 414 '31/02/2013'; track 3504
--       priced 'free'; invoice lines 2241 and 2242 pointing to invoices 9001 and
--       9002 (absent); album 348 whose "ArtistId" is 'abc'.
-- A row's key is its single-column primary key (playlist_track: track_id).

DROP SCHEMA IF EXISTS legacy_src CASCADE;
DROP SCHEMA IF EXISTS legacy_target CASCADE;
DROP SCHEMA IF EXISTS legacy_ref CASCADE;
CREATE SCHEMA legacy_ref;
CREATE SCHEMA legacy_target;
CREATE SCHEMA legacy_src;

-- ---------------------------------------------------------------------------
-- legacy_ref and legacy_target: same DDL
-- ---------------------------------------------------------------------------
DO $$
DECLARE
	s text;
	t text;
	fk text[];
BEGIN
	FOREACH s IN ARRAY ARRAY['legacy_ref', 'legacy_target'] LOOP
		FOREACH t IN ARRAY ARRAY['album', 'artist', 'customer', 'employee', 'genre', 'invoice',
								 'invoice_line', 'media_type', 'playlist', 'playlist_track', 'track'] LOOP
			EXECUTE format('CREATE TABLE %I.%I (LIKE chinook.%I INCLUDING ALL)', s, t, t);
		END LOOP;
		EXECUTE format('ALTER TABLE %I.customer ADD COLUMN is_corporate boolean NOT NULL', s);
		EXECUTE format('ALTER TABLE %I.track ADD COLUMN is_long boolean', s);
		-- {table, constraint, column, referenced table, referenced column}
		FOREACH fk SLICE 1 IN ARRAY ARRAY[
			['album', 'album_artist_id_fkey', 'artist_id', 'artist', 'artist_id'],
			['customer', 'customer_support_rep_id_fkey', 'support_rep_id', 'employee', 'employee_id'],
			['employee', 'employee_reports_to_fkey', 'reports_to', 'employee', 'employee_id'],
			['invoice', 'invoice_customer_id_fkey', 'customer_id', 'customer', 'customer_id'],
			['invoice_line', 'invoice_line_invoice_id_fkey', 'invoice_id', 'invoice', 'invoice_id'],
			['invoice_line', 'invoice_line_track_id_fkey', 'track_id', 'track', 'track_id'],
			['playlist_track', 'playlist_track_playlist_id_fkey', 'playlist_id', 'playlist', 'playlist_id'],
			['playlist_track', 'playlist_track_track_id_fkey', 'track_id', 'track', 'track_id'],
			['track', 'track_album_id_fkey', 'album_id', 'album', 'album_id'],
			['track', 'track_genre_id_fkey', 'genre_id', 'genre', 'genre_id'],
			['track', 'track_media_type_id_fkey', 'media_type_id', 'media_type', 'media_type_id']] LOOP
			EXECUTE format('ALTER TABLE %I.%I ADD CONSTRAINT %I FOREIGN KEY (%I) REFERENCES %I.%I (%I)',
						   s, fk[1], fk[2], fk[3], s, fk[4], fk[5]);
		END LOOP;
	END LOOP;
END;
$$;

INSERT INTO legacy_ref.artist SELECT * FROM chinook.artist;
INSERT INTO legacy_ref.album SELECT * FROM chinook.album;
INSERT INTO legacy_ref.genre SELECT * FROM chinook.genre;
INSERT INTO legacy_ref.media_type SELECT * FROM chinook.media_type;
INSERT INTO legacy_ref.playlist SELECT * FROM chinook.playlist;
INSERT INTO legacy_ref.employee SELECT * FROM chinook.employee;
INSERT INTO legacy_ref.customer SELECT c.*, c.company IS NOT NULL FROM chinook.customer c;
INSERT INTO legacy_ref.invoice SELECT * FROM chinook.invoice;
INSERT INTO legacy_ref.track SELECT t.*, t.milliseconds > 300000 FROM chinook.track t;
INSERT INTO legacy_ref.invoice_line SELECT * FROM chinook.invoice_line;
INSERT INTO legacy_ref.playlist_track SELECT * FROM chinook.playlist_track;

-- ---------------------------------------------------------------------------
-- messy renderings (session-local helpers)
-- ---------------------------------------------------------------------------
-- a NULL of a nullable column: '' (k % 4 = 1), 'N/A' (k % 4 = 3), NULL otherwise
CREATE FUNCTION pg_temp.m_null(k int) RETURNS text IMMUTABLE LANGUAGE sql
AS $$ SELECT CASE k % 4 WHEN 1 THEN '' WHEN 3 THEN 'N/A' END $$;
CREATE FUNCTION pg_temp.m_txt(v text, k int) RETURNS text IMMUTABLE LANGUAGE sql
AS $$ SELECT coalesce(v, pg_temp.m_null(k)) $$;
-- integer ids: ' 42 ' when k % 5 = 0
CREATE FUNCTION pg_temp.m_id(v int, k int) RETURNS text IMMUTABLE LANGUAGE sql
AS $$ SELECT CASE WHEN v IS NULL THEN pg_temp.m_null(k)
				  WHEN k % 5 = 0 THEN ' ' || v || ' ' ELSE v::text END $$;
CREATE FUNCTION pg_temp.m_int(v int, k int) RETURNS text IMMUTABLE LANGUAGE sql
AS $$ SELECT coalesce(v::text, pg_temp.m_null(k)) $$;
-- timestamps in three formats by k % 3
CREATE FUNCTION pg_temp.m_ts(v timestamp, k int) RETURNS text IMMUTABLE LANGUAGE sql
AS $$ SELECT CASE WHEN v IS NULL THEN pg_temp.m_null(k)
				  WHEN k % 3 = 0 THEN to_char(v, 'YYYY-MM-DD HH24:MI:SS')
				  WHEN k % 3 = 1 THEN to_char(v, 'MM/DD/YYYY')
					   || CASE WHEN v::time <> '00:00' THEN to_char(v, ' HH24:MI:SS') ELSE '' END
				  ELSE to_char(v, 'DD-Mon-YYYY')
					   || CASE WHEN v::time <> '00:00' THEN to_char(v, ' HH24:MI:SS') ELSE '' END
			 END $$;
-- money, US decimal point, by k % 4
CREATE FUNCTION pg_temp.m_money(v numeric, k int) RETURNS text IMMUTABLE LANGUAGE sql
AS $$ SELECT CASE WHEN v IS NULL THEN pg_temp.m_null(k)
				  WHEN k % 4 = 0 THEN to_char(v, 'FM999999999990.00')
				  WHEN k % 4 = 1 THEN '$' || to_char(v, 'FM999,999,999,990.00')
				  WHEN k % 4 = 2 THEN '$' || to_char(v, 'FM999999999990.00')
				  ELSE '$ ' || to_char(v, 'FM999,999,999,990.00')
			 END $$;

-- ---------------------------------------------------------------------------
-- legacy_src: the messy source
-- ---------------------------------------------------------------------------
CREATE TABLE legacy_src."Artists" ("ArtistId" text, "Name" text);
INSERT INTO legacy_src."Artists"
SELECT pg_temp.m_id(artist_id, artist_id), pg_temp.m_txt(name, artist_id)
  FROM legacy_ref.artist ORDER BY artist_id;

CREATE TABLE legacy_src."Albums" ("AlbumId" text, "Title" text, "ArtistId" text);
INSERT INTO legacy_src."Albums"
SELECT pg_temp.m_id(album_id, album_id), title, pg_temp.m_id(artist_id, album_id)
  FROM legacy_ref.album ORDER BY album_id;

CREATE TABLE legacy_src."Genres" ("GenreId" text, "Name" text);
INSERT INTO legacy_src."Genres"
SELECT pg_temp.m_id(genre_id, genre_id), pg_temp.m_txt(name, genre_id)
  FROM legacy_ref.genre ORDER BY genre_id;

CREATE TABLE legacy_src."MediaTypes" ("MediaTypeId" text, "Name" text);
INSERT INTO legacy_src."MediaTypes"
SELECT pg_temp.m_id(media_type_id, media_type_id), pg_temp.m_txt(name, media_type_id)
  FROM legacy_ref.media_type ORDER BY media_type_id;

CREATE TABLE legacy_src."Playlists" ("PlaylistId" text, "Name" text);
INSERT INTO legacy_src."Playlists"
SELECT pg_temp.m_id(playlist_id, playlist_id), pg_temp.m_txt(name, playlist_id)
  FROM legacy_ref.playlist ORDER BY playlist_id;

CREATE TABLE legacy_src."Employees" (
	"EmployeeId" text, "FirstName" text, "LastName" text, "Title" text, "ReportsTo" text,
	"BirthDate" text, "HireDate" text, "Address" text, "City" text, "State" text,
	"Country" text, "PostalCd" text, "Phone" text, "Fax" text, "Email" text);
INSERT INTO legacy_src."Employees"
SELECT pg_temp.m_id(employee_id, k), first_name, last_name, pg_temp.m_txt(title, k),
	   pg_temp.m_id(reports_to, k), pg_temp.m_ts(birth_date, k), pg_temp.m_ts(hire_date, k),
	   pg_temp.m_txt(address, k), pg_temp.m_txt(city, k), pg_temp.m_txt(state, k),
	   pg_temp.m_txt(country, k), pg_temp.m_txt(postal_code, k), pg_temp.m_txt(phone, k),
	   pg_temp.m_txt(fax, k), pg_temp.m_txt(email, k)
  FROM legacy_ref.employee, LATERAL (SELECT employee_id AS k) k ORDER BY employee_id;

CREATE TABLE legacy_src."Customers" (
	"CustomerId" text, "FullName" text, "Company" text, "Address" text, "City" text,
	"State" text, "Country" text, "PostalCode" text, "PhoneNo" text, "Fax" text,
	"Email" text, "SupportRepId" text, "IsCorporate" text);
INSERT INTO legacy_src."Customers"
SELECT pg_temp.m_id(customer_id, k), first_name || ' ' || last_name, pg_temp.m_txt(company, k),
	   pg_temp.m_txt(address, k), pg_temp.m_txt(city, k), pg_temp.m_txt(state, k),
	   pg_temp.m_txt(country, k), pg_temp.m_txt(postal_code, k), pg_temp.m_txt(phone, k),
	   pg_temp.m_txt(fax, k), email, pg_temp.m_id(support_rep_id, k),
	   CASE WHEN is_corporate THEN 'Y' ELSE 'N' END
  FROM legacy_ref.customer, LATERAL (SELECT customer_id AS k) k ORDER BY customer_id;

CREATE TABLE legacy_src."Invoices" (
	"InvoiceId" text, "CustomerId" text, "InvoiceDate" text, "BillingAddress" text,
	"BillingCity" text, "BillingState" text, "BillingCountry" text,
	"BillingPostalCode" text, "Total" text);
INSERT INTO legacy_src."Invoices"
SELECT pg_temp.m_id(invoice_id, k), pg_temp.m_id(customer_id, k), pg_temp.m_ts(invoice_date, k),
	   pg_temp.m_txt(billing_address, k), pg_temp.m_txt(billing_city, k),
	   pg_temp.m_txt(billing_state, k), pg_temp.m_txt(billing_country, k),
	   pg_temp.m_txt(billing_postal_code, k), pg_temp.m_money(total, k)
  FROM legacy_ref.invoice, LATERAL (SELECT invoice_id AS k) k ORDER BY invoice_id;

CREATE TABLE legacy_src."Tracks" (
	"TrackId" text, "Name" text, "AlbumId" text, "MediaTypeId" text, "GenreId" text,
	"Composer" text, "DurationMs" text, "Bytes" text, "UnitPrice" text, "IsLong" text);
INSERT INTO legacy_src."Tracks"
SELECT pg_temp.m_id(track_id, k), name, pg_temp.m_id(album_id, k), pg_temp.m_id(media_type_id, k),
	   pg_temp.m_id(genre_id, k), pg_temp.m_txt(composer, k), milliseconds::text,
	   pg_temp.m_int(bytes, k), pg_temp.m_money(unit_price, k),
	   CASE WHEN is_long IS NULL THEN pg_temp.m_null(k)
			WHEN k % 2 = 0 THEN CASE WHEN is_long THEN 'yes' ELSE 'no' END
			ELSE is_long::text END
  FROM legacy_ref.track, LATERAL (SELECT track_id AS k) k ORDER BY track_id;

CREATE TABLE legacy_src."InvoiceLines" (
	"InvoiceLineId" text, "InvoiceId" text, "TrackId" text, "UnitPrice" text, "Qty" text);
INSERT INTO legacy_src."InvoiceLines"
SELECT pg_temp.m_id(invoice_line_id, k), pg_temp.m_id(invoice_id, k), pg_temp.m_id(track_id, k),
	   pg_temp.m_money(unit_price, k), quantity::text
  FROM legacy_ref.invoice_line, LATERAL (SELECT invoice_line_id AS k) k ORDER BY invoice_line_id;

CREATE TABLE legacy_src."PlaylistTracks" ("PlaylistId" text, "TrackId" text);
INSERT INTO legacy_src."PlaylistTracks"
SELECT pg_temp.m_id(playlist_id, track_id), pg_temp.m_id(track_id, track_id)
  FROM legacy_ref.playlist_track ORDER BY playlist_id, track_id;

-- ---------------------------------------------------------------------------
-- extra rows that must end up in synthmig.rejects (the reference is untouched)
-- ---------------------------------------------------------------------------
-- exact duplicates (same key, same text): one copy of each must be quarantined
INSERT INTO legacy_src."Customers"
SELECT * FROM legacy_src."Customers" WHERE trim("CustomerId") IN ('7', '25', '48');
INSERT INTO legacy_src."InvoiceLines"
SELECT * FROM legacy_src."InvoiceLines" WHERE trim("InvoiceLineId") IN ('11', '500', '1001', '1777', '2240');
-- dates that no format reads (31/02: day 31 of February, or month 31)
INSERT INTO legacy_src."Invoices" VALUES
	('413', '3', 'not a date', '1 Main Street', 'Springfield', 'IL', 'USA', '62701', '$3.96'),
	('414', '8', '31/02/2013', '2 Main Street', 'Springfield', 'IL', 'USA', '62701', '5.94');
-- a price that is not a number
INSERT INTO legacy_src."Tracks" VALUES
	('3504', 'Free Bonus Track', '1', '1', '1', 'N/A', '200000', '6500000', 'free', 'no');
-- foreign-key orphans: invoices 9001 and 9002 exist nowhere
INSERT INTO legacy_src."InvoiceLines" VALUES
	('2241', '9001', '1', '$0.99', '1'),
	('2242', '9002', '2', '0.99', '1');
-- an artist id that is not an integer
INSERT INTO legacy_src."Albums" VALUES ('348', 'Greatest Hits (Unknown Artist)', 'abc');

CREATE TABLE legacy_ref.expected_rejects (
	source_table text NOT NULL,		-- the legacy_src table, unqualified ("Invoices")
	key text NOT NULL,				-- the row's key, trimmed
	reason_kind text NOT NULL CHECK (reason_kind IN ('date', 'numeric', 'orphan', 'integer', 'duplicate')));
COMMENT ON TABLE legacy_ref.expected_rejects IS
	'the legacy_src rows that must be quarantined (one row per quarantined copy), and why';
INSERT INTO legacy_ref.expected_rejects VALUES
	('Customers', '7', 'duplicate'),
	('Customers', '25', 'duplicate'),
	('Customers', '48', 'duplicate'),
	('InvoiceLines', '11', 'duplicate'),
	('InvoiceLines', '500', 'duplicate'),
	('InvoiceLines', '1001', 'duplicate'),
	('InvoiceLines', '1777', 'duplicate'),
	('InvoiceLines', '2240', 'duplicate'),
	('Invoices', '413', 'date'),
	('Invoices', '414', 'date'),
	('Tracks', '3504', 'numeric'),
	('InvoiceLines', '2241', 'orphan'),
	('InvoiceLines', '2242', 'orphan'),
	('Albums', '348', 'integer');

-- ---------------------------------------------------------------------------
-- legacy_ref.cell_accuracy(target_schema): compare a loaded target with the
-- reference, table by table, joined on the primary key.
--   cells        reference rows x reference columns
--   equal        cells of matched rows whose values are IS NOT DISTINCT FROM
--                (a column absent from the target is never equal; a column of
--                another type is compared as text)
--   missing_rows reference rows absent from the target
--   extra_rows   target rows absent from the reference
-- A table absent from the target counts all its reference rows as missing.
-- Accuracy = sum(equal) / sum(cells).
-- ---------------------------------------------------------------------------
CREATE FUNCTION legacy_ref.cell_accuracy(target_schema text DEFAULT 'legacy_target')
RETURNS TABLE (table_name text, cells bigint, equal bigint, missing_rows bigint, extra_rows bigint)
LANGUAGE plpgsql STABLE
AS $$
DECLARE
	rel record;
	col record;
	join_on text;
	eq_sum text;
	first_pk text;
	ncols int;
	nrows bigint;
BEGIN
	FOR rel IN
		SELECT c.oid, c.relname::text AS name, con.conkey
		  FROM pg_class c
		  JOIN pg_constraint con ON con.conrelid = c.oid AND con.contype = 'p'
		 WHERE c.relnamespace = 'legacy_ref'::regnamespace AND c.relkind = 'r'
		 ORDER BY c.relname
	LOOP
		table_name := rel.name;
		IF to_regclass(format('%I.%I', target_schema, rel.name)) IS NULL THEN
			EXECUTE format('SELECT count(*) FROM legacy_ref.%I', rel.name) INTO nrows;
			SELECT count(*) INTO ncols FROM pg_attribute
			 WHERE attrelid = rel.oid AND attnum > 0 AND NOT attisdropped;
			cells := nrows * ncols;
			equal := 0;
			missing_rows := nrows;
			extra_rows := 0;
			RETURN NEXT;
			CONTINUE;
		END IF;
		join_on := NULL;
		eq_sum := NULL;
		first_pk := NULL;
		ncols := 0;
		FOR col IN
			SELECT a.attname::text AS name, a.atttypid, a.atttypmod, a.attnum = ANY (rel.conkey) AS is_pk,
				   t.atttypid AS t_typid
			  FROM pg_attribute a
			  LEFT JOIN pg_attribute t
					 ON t.attrelid = to_regclass(format('%I.%I', target_schema, rel.name))
					AND t.attname = a.attname AND t.attnum > 0 AND NOT t.attisdropped
			 WHERE a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped
			 ORDER BY a.attnum
		LOOP
			ncols := ncols + 1;
			IF col.is_pk THEN
				join_on := concat_ws(' AND ', join_on, format('r.%1$I = x.%1$I', col.name));
				first_pk := coalesce(first_pk, col.name);
			END IF;
			eq_sum := concat_ws(' + ', eq_sum,
				CASE WHEN col.t_typid IS NULL THEN '0'
					 WHEN col.t_typid = col.atttypid THEN format('(r.%1$I IS NOT DISTINCT FROM x.%1$I)::int', col.name)
					 ELSE format('(r.%1$I::text IS NOT DISTINCT FROM x.%1$I::text)::int', col.name) END);
		END LOOP;
		EXECUTE format(
			'SELECT count(r.%3$I) * %4$s,
					coalesce(sum(%5$s) FILTER (WHERE r.%3$I IS NOT NULL AND x.%3$I IS NOT NULL), 0),
					count(*) FILTER (WHERE x.%3$I IS NULL),
					count(*) FILTER (WHERE r.%3$I IS NULL)
			   FROM legacy_ref.%1$I r FULL JOIN %2$I.%1$I x ON %6$s',
			rel.name, target_schema, first_pk, ncols, eq_sum, join_on)
		  INTO cells, equal, missing_rows, extra_rows;
		RETURN NEXT;
	END LOOP;
END;
$$;
COMMENT ON FUNCTION legacy_ref.cell_accuracy(text) IS
	'per table: reference cells, equal cells, missing and extra rows of a target loaded from legacy_src';
