-- The "club" legacy source: club_ref (the clean original) made into the
-- schema a 20-year-old system would have, club_src, every column text.
-- Deterministic (eval.h with the salt 'club').  Written before any fix of
-- issue 10; do not tune it to the engine.
--   tables   facility -> "tblFacilities", member -> "MBR",
--            booking -> "ResvLog" (beyond recognition)
--   money    '$10,000.00' (eval.money style 0), monthly maintenance plain
--   dates    member.join_date 'DD/MM/YYYY HH24:MI:SS'; booking.start_time
--            epoch seconds
--   lists    member.facility_ids as '0,1,4'
--   NULLs    recommended_by as '' or NULL
--   planted  see eval.planted; duplicates eval.duplicates; orphans and
--            cascades eval.expected_quarantine
CREATE SCHEMA club_src;

CREATE TABLE club_src."tblFacilities" AS
SELECT facility_id::text AS "FacID", name AS "FacName", eval.money(member_cost) AS "MbrFee",
	   eval.money(guest_cost) AS "GuestFee", eval.money(initial_outlay) AS "InitOutlayAmt",
	   monthly_maintenance::text AS "MthlyMaintAmt"
  FROM club_ref.facility ORDER BY facility_id;

CREATE TABLE club_src."MBR" AS
SELECT member_id::text AS "MBR_NBR", surname AS "SURNAME", first_name AS "FIRST_NM", address AS "ADDR1",
	   zip_code::text AS "ZIP", telephone AS "TEL_NO",
	   coalesce(recommended_by::text, eval.missing(eval.h('club', member_id) % 2)) AS "REC_BY",
	   to_char(join_date, 'DD/MM/YYYY HH24:MI:SS') AS "JOIN_DT",
	   array_to_string(facility_ids, ',') AS "FAC_LIST"
  FROM club_ref.member ORDER BY member_id;

CREATE TABLE club_src."ResvLog" AS
SELECT booking_id::text AS "ResvNo", facility_id::text AS "FacID", member_id::text AS "MbrNo",
	   eval.epoch(start_time) AS "StartTS", slots::text AS "NumSlots"
  FROM club_ref.booking ORDER BY booking_id;

DO $$ BEGIN PERFORM eval.all_text('club_src'); END $$;

INSERT INTO eval.truth_table VALUES
	('club', 'tblFacilities', 'facility'), ('club', 'MBR', 'member'), ('club', 'ResvLog', 'booking');
INSERT INTO eval.truth_column VALUES
	('club', 'tblFacilities', 'FacID', 'facility', 'facility_id'),
	('club', 'tblFacilities', 'FacName', 'facility', 'name'),
	('club', 'tblFacilities', 'MbrFee', 'facility', 'member_cost'),
	('club', 'tblFacilities', 'GuestFee', 'facility', 'guest_cost'),
	('club', 'tblFacilities', 'InitOutlayAmt', 'facility', 'initial_outlay'),
	('club', 'tblFacilities', 'MthlyMaintAmt', 'facility', 'monthly_maintenance'),
	('club', 'MBR', 'MBR_NBR', 'member', 'member_id'),
	('club', 'MBR', 'SURNAME', 'member', 'surname'),
	('club', 'MBR', 'FIRST_NM', 'member', 'first_name'),
	('club', 'MBR', 'ADDR1', 'member', 'address'),
	('club', 'MBR', 'ZIP', 'member', 'zip_code'),
	('club', 'MBR', 'TEL_NO', 'member', 'telephone'),
	('club', 'MBR', 'REC_BY', 'member', 'recommended_by'),
	('club', 'MBR', 'JOIN_DT', 'member', 'join_date'),
	('club', 'MBR', 'FAC_LIST', 'member', 'facility_ids'),
	('club', 'ResvLog', 'ResvNo', 'booking', 'booking_id'),
	('club', 'ResvLog', 'FacID', 'booking', 'facility_id'),
	('club', 'ResvLog', 'MbrNo', 'booking', 'member_id'),
	('club', 'ResvLog', 'StartTS', 'booking', 'start_time'),
	('club', 'ResvLog', 'NumSlots', 'booking', 'slots');

-- planted bad values: bookings picked by the hash, one value each
CREATE TEMP TABLE club_pick AS
SELECT booking_id, row_number() OVER (ORDER BY eval.h('club-bad', booking_id), booking_id) AS n
  FROM club_ref.booking;
CREATE TEMP TABLE club_bad (n int, col text, bad text, kind text);
INSERT INTO club_bad VALUES
	(1, 'NumSlots', 'two', 'not a number'),
	(2, 'NumSlots', '-1', 'check violation'),
	(3, 'NumSlots', '3.5', 'fraction for an integer'),
	(4, 'StartTS', 'TBD', 'not a timestamp'),
	(5, 'StartTS', '2012-13-07 10:00', 'month 13'),
	(6, 'FacID', 'x', 'not a number'),
	(7, 'MbrNo', '#37', 'not a number'),
	(8, 'NumSlots', '99999999999', 'integer overflow');
INSERT INTO eval.planted
SELECT 'club', 'ResvLog', b.col, 'booking', t.target_column, jsonb_build_object('booking_id', p.booking_id), b.bad, b.kind
  FROM club_bad b JOIN club_pick p USING (n)
  JOIN eval.truth_column t ON t.db = 'club' AND t.source_table = 'ResvLog' AND t.source_column = b.col;
UPDATE club_src."ResvLog" s SET "NumSlots" = p.bad_value FROM eval.planted p
 WHERE p.db = 'club' AND p.source_column = 'NumSlots' AND s."ResvNo" = p.key ->> 'booking_id';
UPDATE club_src."ResvLog" s SET "StartTS" = p.bad_value FROM eval.planted p
 WHERE p.db = 'club' AND p.source_column = 'StartTS' AND s."ResvNo" = p.key ->> 'booking_id';
UPDATE club_src."ResvLog" s SET "FacID" = p.bad_value FROM eval.planted p
 WHERE p.db = 'club' AND p.source_column = 'FacID' AND s."ResvNo" = p.key ->> 'booking_id';
UPDATE club_src."ResvLog" s SET "MbrNo" = p.bad_value FROM eval.planted p
 WHERE p.db = 'club' AND p.source_column = 'MbrNo' AND s."ResvNo" = p.key ->> 'booking_id';

-- a member whose zip code is not one (the member with the fewest bookings):
-- the member and, by foreign key, its bookings must not be written
INSERT INTO eval.planted
SELECT 'club', 'MBR', 'ZIP', 'member', 'zip_code', jsonb_build_object('member_id', member_id), 'SW1A 1AA', 'not a number'
  FROM (SELECT m.member_id FROM club_ref.member m LEFT JOIN club_ref.booking b USING (member_id)
		 WHERE m.member_id > 0 AND NOT EXISTS (SELECT FROM club_ref.member r WHERE r.recommended_by = m.member_id)
		 GROUP BY 1 HAVING count(b.*) > 0 ORDER BY count(b.*), 1 LIMIT 1) x;
UPDATE club_src."MBR" s SET "ZIP" = p.bad_value FROM eval.planted p
 WHERE p.db = 'club' AND p.source_column = 'ZIP' AND s."MBR_NBR" = p.key ->> 'member_id';

-- duplicates: exact copies of five bookings and one member, appended
INSERT INTO eval.duplicates
SELECT 'club', 'booking', jsonb_build_object('booking_id', booking_id), 'exact'
  FROM club_pick WHERE n BETWEEN 20 AND 24;
INSERT INTO club_src."ResvLog" SELECT s.* FROM club_src."ResvLog" s JOIN club_pick p ON s."ResvNo" = p.booking_id::text
 WHERE p.n BETWEEN 20 AND 24 ORDER BY p.n;
INSERT INTO eval.duplicates VALUES ('club', 'member', '{"member_id": 5}', 'exact');
INSERT INTO club_src."MBR" SELECT * FROM club_src."MBR" WHERE "MBR_NBR" = '5';
-- a stale copy (an older booking time) after a good first copy: the first
-- copy is the one to write
INSERT INTO eval.duplicates SELECT 'club', 'booking', jsonb_build_object('booking_id', booking_id), 'stale after good'
  FROM club_pick WHERE n IN (30, 31);
INSERT INTO club_src."ResvLog"
SELECT "ResvNo", "FacID", "MbrNo", ("StartTS"::bigint - 86400)::text, "NumSlots"
  FROM club_src."ResvLog" s JOIN club_pick p ON s."ResvNo" = p.booking_id::text WHERE p.n IN (30, 31);
-- a first copy with a bad value and a stale later copy: neither may be written
INSERT INTO eval.planted
SELECT 'club', 'ResvLog', 'NumSlots', 'booking', 'slots', jsonb_build_object('booking_id', booking_id), 'a few', 'bad first copy of a duplicated key'
  FROM club_pick WHERE n = 40;
UPDATE club_src."ResvLog" s SET "NumSlots" = 'a few' FROM club_pick p WHERE s."ResvNo" = p.booking_id::text AND p.n = 40;
INSERT INTO club_src."ResvLog"
SELECT "ResvNo", "FacID", "MbrNo", ("StartTS"::bigint - 3600)::text, '1'
  FROM club_src."ResvLog" s JOIN club_pick p ON s."ResvNo" = p.booking_id::text WHERE p.n = 40;

-- orphans: bookings of members that do not exist
INSERT INTO club_src."ResvLog" VALUES
	('90001', '1', '901', '1341313200', '2'), ('90002', '4', '902', '1341316800', '1'), ('90003', '0', '903', '1341320400', '3');
INSERT INTO eval.expected_quarantine VALUES
	('club', 'booking', '{"booking_id": 90001}', 'orphan'), ('club', 'booking', '{"booking_id": 90002}', 'orphan'),
	('club', 'booking', '{"booking_id": 90003}', 'orphan');

-- every planted row, and the bookings of the planted member
INSERT INTO eval.expected_quarantine SELECT db, target_table, key, 'planted: ' || kind FROM eval.planted WHERE db = 'club';
INSERT INTO eval.expected_quarantine
SELECT 'club', 'booking', jsonb_build_object('booking_id', b.booking_id), 'child of a quarantined member'
  FROM club_ref.booking b JOIN eval.planted p ON p.db = 'club' AND p.target_table = 'member' AND b.member_id = (p.key ->> 'member_id')::int;
