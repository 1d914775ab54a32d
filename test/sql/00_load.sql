-- Load the Chinook sample database into schema chinook (used by later tests).
\set QUIET on
\set ECHO none
\i test/data/chinook.sql
\set ECHO all
\set QUIET off
ANALYZE chinook.album, chinook.artist, chinook.customer, chinook.employee,
	chinook.genre, chinook.invoice, chinook.invoice_line, chinook.media_type,
	chinook.playlist, chinook.playlist_track, chinook.track;
SELECT relname, reltuples::bigint AS rows
  FROM pg_class
 WHERE relnamespace = 'chinook'::regnamespace AND relkind = 'r'
 ORDER BY relname;
-- Helper for the error tests: the SQLSTATE, message and detail of a failing statement.
CREATE FUNCTION public.sm_try(stmt text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	st text; msg text; det text; hnt text;
BEGIN
	EXECUTE stmt;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
		det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
	RETURN st || ': ' || msg || coalesce(' | ' || nullif(det, ''), '');
END;
$$;
