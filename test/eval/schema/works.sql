-- Ideal schema of the "works" evaluation database (AdventureWorks, schema
-- Production: products, their categories and models, stock by location,
-- price and cost history).  Run with psql -v s=SCHEMA.
CREATE SCHEMA :"s";
CREATE TABLE :"s".product_category (
	product_category_id integer PRIMARY KEY,
	name varchar(50) NOT NULL UNIQUE,
	rowguid uuid NOT NULL,
	modified_date timestamp NOT NULL DEFAULT now()
);
CREATE TABLE :"s".product_subcategory (
	product_subcategory_id integer PRIMARY KEY,
	product_category_id integer NOT NULL REFERENCES :"s".product_category,
	name varchar(50) NOT NULL UNIQUE,
	rowguid uuid NOT NULL,
	modified_date timestamp NOT NULL DEFAULT now()
);
CREATE TABLE :"s".product_model (
	product_model_id integer PRIMARY KEY,
	name varchar(50) NOT NULL UNIQUE,
	rowguid uuid NOT NULL,
	modified_date timestamp NOT NULL DEFAULT now()
);
CREATE TABLE :"s".location (
	location_id smallint PRIMARY KEY,
	name varchar(50) NOT NULL UNIQUE,
	cost_rate numeric(10,4) NOT NULL DEFAULT 0 CHECK (cost_rate >= 0),
	availability numeric(8,2) NOT NULL DEFAULT 0 CHECK (availability >= 0),
	modified_date timestamp NOT NULL DEFAULT now()
);
CREATE TABLE :"s".product (
	product_id integer PRIMARY KEY,
	name varchar(50) NOT NULL UNIQUE,
	product_number varchar(25) NOT NULL UNIQUE,
	make_flag boolean NOT NULL DEFAULT true,
	finished_goods_flag boolean NOT NULL DEFAULT true,
	color varchar(15),
	safety_stock_level smallint NOT NULL CHECK (safety_stock_level > 0),
	reorder_point smallint NOT NULL CHECK (reorder_point > 0),
	standard_cost numeric(12,4) NOT NULL CHECK (standard_cost >= 0),
	list_price numeric(12,4) NOT NULL CHECK (list_price >= 0),
	size varchar(5),
	size_unit_measure_code char(3),
	weight_unit_measure_code char(3),
	weight numeric(8,2) CHECK (weight > 0),
	days_to_manufacture integer NOT NULL CHECK (days_to_manufacture >= 0),
	product_line char(2) CHECK (product_line IN ('S', 'T', 'M', 'R')),
	class char(2) CHECK (class IN ('L', 'M', 'H')),
	style char(2) CHECK (style IN ('W', 'M', 'U')),
	product_subcategory_id integer REFERENCES :"s".product_subcategory,
	product_model_id integer REFERENCES :"s".product_model,
	sell_start_date timestamp NOT NULL,
	sell_end_date timestamp CHECK (sell_end_date >= sell_start_date),
	discontinued_date timestamp,
	rowguid uuid NOT NULL UNIQUE,
	modified_date timestamp NOT NULL DEFAULT now()
);
CREATE TABLE :"s".product_inventory (
	product_id integer NOT NULL REFERENCES :"s".product,
	location_id smallint NOT NULL REFERENCES :"s".location,
	shelf varchar(10) NOT NULL,
	bin smallint NOT NULL CHECK (bin BETWEEN 0 AND 100),
	quantity smallint NOT NULL DEFAULT 0,
	rowguid uuid NOT NULL,
	modified_date timestamp NOT NULL DEFAULT now(),
	PRIMARY KEY (product_id, location_id)
);
CREATE TABLE :"s".product_list_price_history (
	product_id integer NOT NULL REFERENCES :"s".product,
	start_date timestamp NOT NULL,
	end_date timestamp CHECK (end_date >= start_date),
	list_price numeric(12,4) NOT NULL CHECK (list_price > 0),
	modified_date timestamp NOT NULL DEFAULT now(),
	PRIMARY KEY (product_id, start_date)
);
CREATE TABLE :"s".product_cost_history (
	product_id integer NOT NULL REFERENCES :"s".product,
	start_date timestamp NOT NULL,
	end_date timestamp CHECK (end_date >= start_date),
	standard_cost numeric(12,4) NOT NULL CHECK (standard_cost >= 0),
	modified_date timestamp NOT NULL DEFAULT now(),
	PRIMARY KEY (product_id, start_date)
);
