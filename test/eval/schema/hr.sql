-- Ideal schema of the "hr" evaluation database, the HOLDOUT (AdventureWorks,
-- schemas HumanResources and Purchasing: departments, shifts, employees and
-- their history, vendors, ship methods, purchase orders).  Run with
-- psql -v s=SCHEMA.
CREATE SCHEMA :"s";
CREATE TABLE :"s".department (
	department_id smallint PRIMARY KEY,
	name varchar(50) NOT NULL UNIQUE,
	group_name varchar(50) NOT NULL,
	modified_date timestamp NOT NULL DEFAULT now()
);
CREATE TABLE :"s".shift (
	shift_id smallint PRIMARY KEY,
	name varchar(50) NOT NULL UNIQUE,
	start_time time NOT NULL,
	end_time time NOT NULL,
	modified_date timestamp NOT NULL DEFAULT now()
);
CREATE TABLE :"s".employee (
	employee_id integer PRIMARY KEY,
	national_id_number varchar(15) NOT NULL UNIQUE,
	login_id varchar(256) NOT NULL UNIQUE,
	job_title varchar(50) NOT NULL,
	birth_date date NOT NULL,
	marital_status char(1) NOT NULL CHECK (marital_status IN ('M', 'S')),
	gender char(1) NOT NULL CHECK (gender IN ('M', 'F')),
	hire_date date NOT NULL CHECK (hire_date >= '1996-07-01'),
	salaried_flag boolean NOT NULL DEFAULT true,
	vacation_hours smallint NOT NULL DEFAULT 0 CHECK (vacation_hours BETWEEN -40 AND 240),
	sick_leave_hours smallint NOT NULL DEFAULT 0 CHECK (sick_leave_hours BETWEEN 0 AND 120),
	current_flag boolean NOT NULL DEFAULT true,
	rowguid uuid NOT NULL UNIQUE,
	modified_date timestamp NOT NULL DEFAULT now()
);
CREATE TABLE :"s".employee_department_history (
	employee_id integer NOT NULL REFERENCES :"s".employee,
	department_id smallint NOT NULL REFERENCES :"s".department,
	shift_id smallint NOT NULL REFERENCES :"s".shift,
	start_date date NOT NULL,
	end_date date CHECK (end_date >= start_date),
	modified_date timestamp NOT NULL DEFAULT now(),
	PRIMARY KEY (employee_id, start_date, department_id, shift_id)
);
CREATE TABLE :"s".employee_pay_history (
	employee_id integer NOT NULL REFERENCES :"s".employee,
	rate_change_date timestamp NOT NULL,
	rate numeric(10,4) NOT NULL CHECK (rate BETWEEN 6.50 AND 200.00),
	pay_frequency smallint NOT NULL CHECK (pay_frequency IN (1, 2)),
	modified_date timestamp NOT NULL DEFAULT now(),
	PRIMARY KEY (employee_id, rate_change_date)
);
CREATE TABLE :"s".ship_method (
	ship_method_id integer PRIMARY KEY,
	name varchar(50) NOT NULL UNIQUE,
	ship_base numeric(10,2) NOT NULL CHECK (ship_base > 0),
	ship_rate numeric(10,2) NOT NULL CHECK (ship_rate > 0),
	rowguid uuid NOT NULL UNIQUE,
	modified_date timestamp NOT NULL DEFAULT now()
);
CREATE TABLE :"s".vendor (
	vendor_id integer PRIMARY KEY,
	account_number varchar(15) NOT NULL UNIQUE,
	name varchar(50) NOT NULL,
	credit_rating smallint NOT NULL CHECK (credit_rating BETWEEN 1 AND 5),
	preferred_vendor_status boolean NOT NULL DEFAULT true,
	active_flag boolean NOT NULL DEFAULT true,
	purchasing_web_service_url varchar(1024),
	ship_method_ids integer[],		-- ship methods of the vendor's orders
	modified_date timestamp NOT NULL DEFAULT now()
);
CREATE TABLE :"s".purchase_order (
	purchase_order_id integer PRIMARY KEY,
	revision_number smallint NOT NULL DEFAULT 0,
	status smallint NOT NULL DEFAULT 1 CHECK (status BETWEEN 1 AND 4),
	employee_id integer NOT NULL REFERENCES :"s".employee,
	vendor_id integer NOT NULL REFERENCES :"s".vendor,
	ship_method_id integer NOT NULL REFERENCES :"s".ship_method,
	order_date timestamp NOT NULL DEFAULT now(),
	ship_date timestamp CHECK (ship_date >= order_date),
	sub_total numeric(12,4) NOT NULL DEFAULT 0 CHECK (sub_total >= 0),
	tax_amt numeric(12,4) NOT NULL DEFAULT 0 CHECK (tax_amt >= 0),
	freight numeric(12,4) NOT NULL DEFAULT 0 CHECK (freight >= 0),
	modified_date timestamp NOT NULL DEFAULT now()
);
