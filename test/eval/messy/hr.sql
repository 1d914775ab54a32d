-- The "hr" legacy source (THE HOLDOUT: do not tune on it): hr_ref
-- (AdventureWorks HumanResources and Purchasing, clean) made into what a
-- 20-year-old personnel and purchasing system would hold, hr_src, every
-- column text.  Deterministic (eval.h with the salt 'hr').  Written before
-- any fix of issue 10; do not tune it to the engine.
--   tables   department -> "DEPT", shift -> "SHIFTS", employee -> "EMP_MSTR",
--            employee_department_history -> "EmpDeptHist",
--            employee_pay_history -> "PAYROLL_RATES" (beyond recognition),
--            ship_method -> "CARRIERS" (beyond recognition),
--            vendor -> "SUPPLIERS" (beyond recognition), purchase_order -> "PO_HDR"
--   flags    salaried Y/N, current 1/0, preferred Yes/No, active T/F
--   money    '$3.95', '$1,234.5600', plain by table
--   dates    per table: ISO, 'MM/DD/YYYY', 'YYYYMMDD', 'DD-Mon-YYYY',
--            epoch seconds, 'DD/MM/YYYY HH24:MI'; times '7:00 AM'
--   lists    vendor.ship_method_ids as '1;3;5'
--   NULLs    NULL, '', 'N/A' or 'NULL' by row
CREATE SCHEMA hr_src;

CREATE TABLE hr_src."DEPT" AS
SELECT department_id AS "DeptID", name AS "DeptName", group_name AS "GrpName", modified_date AS "LastUpd"
  FROM hr_ref.department ORDER BY 1;
CREATE TABLE hr_src."SHIFTS" AS
SELECT shift_id AS "SHIFT_ID", name AS "SHIFT_NM", ltrim(to_char(start_time, 'HH12:MI AM'), '0') AS "START_TM",
	   ltrim(to_char(end_time, 'HH12:MI AM'), '0') AS "END_TM", to_char(modified_date, 'MM/DD/YYYY') AS "MOD_DT"
  FROM hr_ref.shift ORDER BY 1;
CREATE TABLE hr_src."EMP_MSTR" AS
SELECT employee_id AS "EMP_NO", national_id_number AS "NATL_ID", login_id AS "LOGIN", job_title AS "JOB_TTL",
	   to_char(birth_date, 'MM/DD/YYYY') AS "BIRTH_DT", marital_status AS "MARITAL_STAT", gender AS "SEX",
	   to_char(hire_date, 'YYYYMMDD') AS "HIRE_DT", eval.flag(salaried_flag, 'YN') AS "IsSalaried",
	   vacation_hours AS "VAC_HRS", sick_leave_hours AS "SICK_HRS", eval.flag(current_flag, '10') AS "IsCurrent",
	   rowguid AS "GUID", modified_date AS "LastUpd"
  FROM hr_ref.employee ORDER BY 1;
CREATE TABLE hr_src."EmpDeptHist" AS
SELECT employee_id AS "EmpNo", department_id AS "DeptID", shift_id AS "ShiftID",
	   to_char(start_date, 'DD-Mon-YYYY') AS "StartDt",
	   coalesce(to_char(end_date, 'DD-Mon-YYYY'), eval.missing(eval.h('hr', employee_id))) AS "EndDt",
	   to_char(modified_date, 'DD-Mon-YYYY') AS "ModDt"
  FROM hr_ref.employee_department_history ORDER BY 1, 4;
CREATE TABLE hr_src."PAYROLL_RATES" AS
SELECT employee_id AS "EMP_NO", eval.epoch(rate_change_date) AS "EFF_DT", eval.money(rate) AS "HrlyRate",
	   pay_frequency AS "PayFreq", eval.epoch(modified_date) AS "UPD_TS"
  FROM hr_ref.employee_pay_history ORDER BY 1, 2;
CREATE TABLE hr_src."CARRIERS" AS
SELECT ship_method_id AS "CarrierID", name AS "CarrierName", eval.money(ship_base) AS "BaseChg",
	   eval.money(ship_rate) AS "RatePerLb", rowguid AS "GUID", modified_date AS "LastUpd"
  FROM hr_ref.ship_method ORDER BY 1;
CREATE TABLE hr_src."SUPPLIERS" AS
SELECT vendor_id AS "SupplierID", account_number AS "AcctNo", name AS "SupplierName", credit_rating AS "CreditRtg",
	   eval.flag(preferred_vendor_status, 'YESNO') AS "PreferredFlag", eval.flag(active_flag, 'TF') AS "ActiveFlag",
	   coalesce(purchasing_web_service_url, eval.missing(eval.h('hr', vendor_id))) AS "WebSvcURL",
	   array_to_string(ship_method_ids, ';') AS "SHIP_VIA", to_char(modified_date, 'YYYYMMDD') AS "ModDate"
  FROM hr_ref.vendor ORDER BY 1;
CREATE TABLE hr_src."PO_HDR" AS
SELECT purchase_order_id AS "PO_NBR", revision_number AS "REV_NO", status AS "PO_STAT", employee_id AS "BUYER_EMP_NO",
	   vendor_id AS "SUPPLIER_ID", ship_method_id AS "CARRIER_ID", to_char(order_date, 'DD/MM/YYYY HH24:MI') AS "ORDER_DT",
	   coalesce(to_char(ship_date, 'DD/MM/YYYY HH24:MI'), eval.missing(eval.h('hr', purchase_order_id))) AS "SHIP_DT",
	   eval.money(sub_total, eval.h('hr', purchase_order_id) % 2) AS "SubTotAmt", eval.money(tax_amt, 1) AS "TaxAmt",
	   eval.money(freight, 1) AS "FreightAmt", to_char(modified_date, 'DD/MM/YYYY HH24:MI') AS "LastUpd"
  FROM hr_ref.purchase_order ORDER BY 1;
DO $$ BEGIN PERFORM eval.all_text('hr_src'); END $$;

INSERT INTO eval.truth_table VALUES
	('hr', 'DEPT', 'department'), ('hr', 'SHIFTS', 'shift'), ('hr', 'EMP_MSTR', 'employee'),
	('hr', 'EmpDeptHist', 'employee_department_history'), ('hr', 'PAYROLL_RATES', 'employee_pay_history'),
	('hr', 'CARRIERS', 'ship_method'), ('hr', 'SUPPLIERS', 'vendor'), ('hr', 'PO_HDR', 'purchase_order');
INSERT INTO eval.truth_column
SELECT 'hr', s, sc, t, tc FROM (VALUES
	('DEPT', 'DeptID', 'department', 'department_id'), ('DEPT', 'DeptName', 'department', 'name'),
	('DEPT', 'GrpName', 'department', 'group_name'), ('DEPT', 'LastUpd', 'department', 'modified_date'),
	('SHIFTS', 'SHIFT_ID', 'shift', 'shift_id'), ('SHIFTS', 'SHIFT_NM', 'shift', 'name'),
	('SHIFTS', 'START_TM', 'shift', 'start_time'), ('SHIFTS', 'END_TM', 'shift', 'end_time'),
	('SHIFTS', 'MOD_DT', 'shift', 'modified_date'),
	('EMP_MSTR', 'EMP_NO', 'employee', 'employee_id'), ('EMP_MSTR', 'NATL_ID', 'employee', 'national_id_number'),
	('EMP_MSTR', 'LOGIN', 'employee', 'login_id'), ('EMP_MSTR', 'JOB_TTL', 'employee', 'job_title'),
	('EMP_MSTR', 'BIRTH_DT', 'employee', 'birth_date'), ('EMP_MSTR', 'MARITAL_STAT', 'employee', 'marital_status'),
	('EMP_MSTR', 'SEX', 'employee', 'gender'), ('EMP_MSTR', 'HIRE_DT', 'employee', 'hire_date'),
	('EMP_MSTR', 'IsSalaried', 'employee', 'salaried_flag'), ('EMP_MSTR', 'VAC_HRS', 'employee', 'vacation_hours'),
	('EMP_MSTR', 'SICK_HRS', 'employee', 'sick_leave_hours'), ('EMP_MSTR', 'IsCurrent', 'employee', 'current_flag'),
	('EMP_MSTR', 'GUID', 'employee', 'rowguid'), ('EMP_MSTR', 'LastUpd', 'employee', 'modified_date'),
	('EmpDeptHist', 'EmpNo', 'employee_department_history', 'employee_id'),
	('EmpDeptHist', 'DeptID', 'employee_department_history', 'department_id'),
	('EmpDeptHist', 'ShiftID', 'employee_department_history', 'shift_id'),
	('EmpDeptHist', 'StartDt', 'employee_department_history', 'start_date'),
	('EmpDeptHist', 'EndDt', 'employee_department_history', 'end_date'),
	('EmpDeptHist', 'ModDt', 'employee_department_history', 'modified_date'),
	('PAYROLL_RATES', 'EMP_NO', 'employee_pay_history', 'employee_id'),
	('PAYROLL_RATES', 'EFF_DT', 'employee_pay_history', 'rate_change_date'),
	('PAYROLL_RATES', 'HrlyRate', 'employee_pay_history', 'rate'),
	('PAYROLL_RATES', 'PayFreq', 'employee_pay_history', 'pay_frequency'),
	('PAYROLL_RATES', 'UPD_TS', 'employee_pay_history', 'modified_date'),
	('CARRIERS', 'CarrierID', 'ship_method', 'ship_method_id'), ('CARRIERS', 'CarrierName', 'ship_method', 'name'),
	('CARRIERS', 'BaseChg', 'ship_method', 'ship_base'), ('CARRIERS', 'RatePerLb', 'ship_method', 'ship_rate'),
	('CARRIERS', 'GUID', 'ship_method', 'rowguid'), ('CARRIERS', 'LastUpd', 'ship_method', 'modified_date'),
	('SUPPLIERS', 'SupplierID', 'vendor', 'vendor_id'), ('SUPPLIERS', 'AcctNo', 'vendor', 'account_number'),
	('SUPPLIERS', 'SupplierName', 'vendor', 'name'), ('SUPPLIERS', 'CreditRtg', 'vendor', 'credit_rating'),
	('SUPPLIERS', 'PreferredFlag', 'vendor', 'preferred_vendor_status'), ('SUPPLIERS', 'ActiveFlag', 'vendor', 'active_flag'),
	('SUPPLIERS', 'WebSvcURL', 'vendor', 'purchasing_web_service_url'), ('SUPPLIERS', 'SHIP_VIA', 'vendor', 'ship_method_ids'),
	('SUPPLIERS', 'ModDate', 'vendor', 'modified_date'),
	('PO_HDR', 'PO_NBR', 'purchase_order', 'purchase_order_id'), ('PO_HDR', 'REV_NO', 'purchase_order', 'revision_number'),
	('PO_HDR', 'PO_STAT', 'purchase_order', 'status'), ('PO_HDR', 'BUYER_EMP_NO', 'purchase_order', 'employee_id'),
	('PO_HDR', 'SUPPLIER_ID', 'purchase_order', 'vendor_id'), ('PO_HDR', 'CARRIER_ID', 'purchase_order', 'ship_method_id'),
	('PO_HDR', 'ORDER_DT', 'purchase_order', 'order_date'), ('PO_HDR', 'SHIP_DT', 'purchase_order', 'ship_date'),
	('PO_HDR', 'SubTotAmt', 'purchase_order', 'sub_total'), ('PO_HDR', 'TaxAmt', 'purchase_order', 'tax_amt'),
	('PO_HDR', 'FreightAmt', 'purchase_order', 'freight'), ('PO_HDR', 'LastUpd', 'purchase_order', 'modified_date')) v(s, sc, t, tc);

-- planted bad values: purchase orders, pay rates and one employee who is no buyer
CREATE TEMP TABLE pick_po AS
SELECT purchase_order_id, row_number() OVER (ORDER BY eval.h('hr-bad', purchase_order_id), purchase_order_id) AS n FROM hr_ref.purchase_order;
INSERT INTO eval.planted
SELECT 'hr', 'PO_HDR', col, 'purchase_order', tc, jsonb_build_object('purchase_order_id', p.purchase_order_id), bad, kind
  FROM (VALUES (1, 'ORDER_DT', 'order_date', '32/13/2012 00:00', 'not a date'),
			   (2, 'SubTotAmt', 'sub_total', 'see invoice', 'not a number'),
			   (3, 'PO_STAT', 'status', '9', 'check violation'),
			   (4, 'TaxAmt', 'tax_amt', '-5.00', 'check violation'),
			   (5, 'REV_NO', 'revision_number', 'A', 'not a number'),
			   (6, 'SHIP_DT', 'ship_date', '01/01/1999 00:00', 'check violation: shipped before ordered'),
			   (7, 'CARRIER_ID', 'ship_method_id', '2.5', 'fraction for an integer')) b(n, col, tc, bad, kind)
  JOIN pick_po p USING (n);
INSERT INTO eval.planted
SELECT 'hr', 'PAYROLL_RATES', 'HrlyRate', 'employee_pay_history', 'rate',
	   jsonb_build_object('employee_id', employee_id, 'rate_change_date', rate_change_date), '$1,250.00', 'check violation'
  FROM hr_ref.employee_pay_history ORDER BY eval.h('hr-bad', employee_id::text || rate_change_date) LIMIT 1;
INSERT INTO eval.planted
SELECT 'hr', 'EMP_MSTR', 'SEX', 'employee', 'gender', jsonb_build_object('employee_id', employee_id), 'X', 'check violation'
  FROM hr_ref.employee e WHERE NOT EXISTS (SELECT FROM hr_ref.purchase_order o WHERE o.employee_id = e.employee_id)
 ORDER BY eval.h('hr-bad', employee_id) LIMIT 1;
INSERT INTO eval.planted
SELECT 'hr', 'EMP_MSTR', 'BIRTH_DT', 'employee', 'birth_date', jsonb_build_object('employee_id', employee_id), '02/30/1975', 'February 30'
  FROM hr_ref.employee e WHERE NOT EXISTS (SELECT FROM hr_ref.purchase_order o WHERE o.employee_id = e.employee_id)
   AND employee_id NOT IN (SELECT (key ->> 'employee_id')::int FROM eval.planted WHERE db = 'hr' AND target_table = 'employee')
 ORDER BY eval.h('hr-bad2', employee_id) LIMIT 1;
DO $$
DECLARE
	p record;
BEGIN
	FOR p IN SELECT * FROM eval.planted WHERE db = 'hr' LOOP
		IF p.source_table = 'PO_HDR' THEN
			EXECUTE format('UPDATE hr_src."PO_HDR" SET %I = $1 WHERE "PO_NBR" = $2', p.source_column)
			  USING p.bad_value, p.key ->> 'purchase_order_id';
		ELSIF p.source_table = 'EMP_MSTR' THEN
			EXECUTE format('UPDATE hr_src."EMP_MSTR" SET %I = $1 WHERE "EMP_NO" = $2', p.source_column)
			  USING p.bad_value, p.key ->> 'employee_id';
		ELSE
			EXECUTE format('UPDATE hr_src."PAYROLL_RATES" SET %I = $1 WHERE "EMP_NO" = $2 AND "EFF_DT" = eval.epoch($3::timestamp)',
						   p.source_column)
			  USING p.bad_value, p.key ->> 'employee_id', p.key ->> 'rate_change_date';
		END IF;
	END LOOP;
END;
$$;

-- duplicates: exact copies of three purchase orders and a department
INSERT INTO eval.duplicates SELECT 'hr', 'purchase_order', jsonb_build_object('purchase_order_id', purchase_order_id), 'exact'
  FROM pick_po WHERE n BETWEEN 20 AND 22;
INSERT INTO hr_src."PO_HDR" SELECT s.* FROM hr_src."PO_HDR" s JOIN pick_po p ON s."PO_NBR" = p.purchase_order_id::text
 WHERE p.n BETWEEN 20 AND 22 ORDER BY p.n;
INSERT INTO eval.duplicates VALUES ('hr', 'department', '{"department_id": 7}', 'exact');
INSERT INTO hr_src."DEPT" SELECT * FROM hr_src."DEPT" WHERE "DeptID" = '7';
-- a stale copy of a vendor (an older credit rating and name) after the good one
INSERT INTO eval.duplicates SELECT 'hr', 'vendor', jsonb_build_object('vendor_id', vendor_id), 'stale after good'
  FROM hr_ref.vendor ORDER BY eval.h('hr-dup', vendor_id) LIMIT 1;
INSERT INTO hr_src."SUPPLIERS"
SELECT "SupplierID", "AcctNo", "SupplierName" || ' (old)', '5', "PreferredFlag", "ActiveFlag", "WebSvcURL", "SHIP_VIA", '20050101'
  FROM hr_src."SUPPLIERS" s JOIN eval.duplicates d ON d.db = 'hr' AND d.target_table = 'vendor' AND s."SupplierID" = d.key ->> 'vendor_id';
-- a purchase order whose first copy is bad and whose later copy is stale
INSERT INTO eval.planted
SELECT 'hr', 'PO_HDR', 'FreightAmt', 'purchase_order', 'freight', jsonb_build_object('purchase_order_id', purchase_order_id),
	   'TBD', 'bad first copy of a duplicated key'
  FROM pick_po WHERE n = 30;
UPDATE hr_src."PO_HDR" s SET "FreightAmt" = 'TBD' FROM pick_po p WHERE p.n = 30 AND s."PO_NBR" = p.purchase_order_id::text;
INSERT INTO hr_src."PO_HDR"
SELECT "PO_NBR", '0', '1', "BUYER_EMP_NO", "SUPPLIER_ID", "CARRIER_ID", "ORDER_DT", "SHIP_DT", "SubTotAmt", "TaxAmt", '0.00', "LastUpd"
  FROM hr_src."PO_HDR" s JOIN pick_po p ON p.n = 30 AND s."PO_NBR" = p.purchase_order_id::text;

-- orphans: orders of a vendor that does not exist, pay rates of an unknown employee
INSERT INTO hr_src."PO_HDR"
SELECT '9' || "PO_NBR", "REV_NO", "PO_STAT", "BUYER_EMP_NO", '1', "CARRIER_ID", "ORDER_DT", "SHIP_DT", "SubTotAmt", "TaxAmt", "FreightAmt", "LastUpd"
  FROM hr_src."PO_HDR" s JOIN pick_po p ON s."PO_NBR" = p.purchase_order_id::text WHERE p.n BETWEEN 40 AND 42;
INSERT INTO eval.expected_quarantine
SELECT 'hr', 'purchase_order', jsonb_build_object('purchase_order_id', ('9' || purchase_order_id)::int), 'orphan'
  FROM pick_po WHERE n BETWEEN 40 AND 42;
INSERT INTO hr_src."PAYROLL_RATES" VALUES ('999', '1230768000', '$20.00', '2', '1230768000');
INSERT INTO eval.expected_quarantine VALUES
	('hr', 'employee_pay_history', '{"employee_id": 999, "rate_change_date": "2009-01-01T00:00:00"}', 'orphan');

-- every planted row, and the history rows of the planted employees
INSERT INTO eval.expected_quarantine SELECT db, target_table, key, 'planted: ' || kind FROM eval.planted WHERE db = 'hr';
INSERT INTO eval.expected_quarantine
SELECT 'hr', 'employee_department_history',
	   jsonb_build_object('employee_id', c.employee_id, 'start_date', c.start_date, 'department_id', c.department_id, 'shift_id', c.shift_id),
	   'child of a quarantined employee'
  FROM hr_ref.employee_department_history c JOIN eval.planted p ON p.db = 'hr' AND p.target_table = 'employee' AND c.employee_id = (p.key ->> 'employee_id')::int;
INSERT INTO eval.expected_quarantine
SELECT 'hr', 'employee_pay_history', jsonb_build_object('employee_id', c.employee_id, 'rate_change_date', c.rate_change_date),
	   'child of a quarantined employee'
  FROM hr_ref.employee_pay_history c JOIN eval.planted p ON p.db = 'hr' AND p.target_table = 'employee' AND c.employee_id = (p.key ->> 'employee_id')::int;
