-- Ideal schema of the "club" evaluation database (pgexercises clubdata:
-- a country club's facilities, members and bookings).  Run with
-- psql -v s=SCHEMA: the reference (filled) and the target (empty) schemas are
-- made from this one file.
CREATE SCHEMA :"s";
CREATE TABLE :"s".facility (
	facility_id integer PRIMARY KEY,
	name varchar(100) NOT NULL UNIQUE,
	member_cost numeric(8,2) NOT NULL CHECK (member_cost >= 0),
	guest_cost numeric(8,2) NOT NULL CHECK (guest_cost >= 0),
	initial_outlay numeric(12,2) NOT NULL CHECK (initial_outlay >= 0),
	monthly_maintenance numeric(10,2) NOT NULL DEFAULT 0 CHECK (monthly_maintenance >= 0)
);
CREATE TABLE :"s".member (
	member_id integer PRIMARY KEY,
	surname varchar(200) NOT NULL,
	first_name varchar(200) NOT NULL,
	address varchar(300) NOT NULL,
	zip_code integer NOT NULL CHECK (zip_code >= 0),
	telephone varchar(20) NOT NULL,
	recommended_by integer REFERENCES :"s".member,
	join_date timestamp NOT NULL DEFAULT now(),
	facility_ids integer[]			-- facilities the member has booked
);
CREATE TABLE :"s".booking (
	booking_id integer PRIMARY KEY,
	facility_id integer NOT NULL REFERENCES :"s".facility,
	member_id integer NOT NULL REFERENCES :"s".member,
	start_time timestamp NOT NULL,
	slots integer NOT NULL DEFAULT 1 CHECK (slots > 0)
);
