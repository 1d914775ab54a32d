#!/usr/bin/env bash
# Regenerate the committed data extracts test/eval/data/*.sql from the public
# sample databases they come from.  Run inside a cluster (tools/cluster.sh
# bash test/eval/extract.sh CLUBDATA_GIT AW_GIT) with:
#   CLUBDATA_GIT  a git directory of github.com/AlisdairO/pgexercises
#                 (BSD 2-clause; file database/clubdata.sql)
#   AW_GIT        a git directory of github.com/morenoh149/postgresDBSamples
#                 (folder adventureworks/: lorint's AdventureWorks-for-Postgres
#                 CSV export of Microsoft's AdventureWorks sample, MIT)
# The extracts are deterministic: whole tables, except that nothing is sampled.
# Only the columns the ideal schemas keep are exported (no XML, no hierarchyid).
set -euo pipefail
club=${1:?git directory of AlisdairO/pgexercises}
aw=${2:?git directory of morenoh149/postgresDBSamples}
here=$(cd "$(dirname "$0")" && pwd)
db=eval_extract
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
P() { psql -X -q -v ON_ERROR_STOP=1 -d $db "$@"; }

# clubdata: its own dump, minus the database, role and grant statements
git --git-dir="$club" show HEAD:database/clubdata.sql \
	| sed -n '/^SET client_encoding/,/^alter database/p' | grep -v -i '^alter database\|^grant\|^revoke' \
	| (echo 'CREATE SCHEMA cd;'; cat) | P >/dev/null

# AdventureWorks: tab-separated CSV, every column loaded as text
awcsv() {	# awcsv TABLE NCOLS [QUOTE]
	local cols q=${3:-\\x01}; cols=$(seq -f 'c%g text' -s, 1 "$2")
	P -c "CREATE TABLE aw_$1 ($cols)"
	git --git-dir="$aw" show "HEAD:adventureworks/data/$1.csv" | tr -d '\r' \
		| P -c "COPY aw_$1 FROM STDIN (FORMAT csv, DELIMITER E'\t', QUOTE E'$q')"
}
awcsv ProductCategory 4; awcsv ProductSubcategory 5; awcsv ProductModel 6 '"'; awcsv Location 5
awcsv Product 25; awcsv ProductInventory 7; awcsv ProductListPriceHistory 5; awcsv ProductCostHistory 5
awcsv Department 4; awcsv Shift 5; awcsv Employee 16; awcsv EmployeeDepartmentHistory 6
awcsv EmployeePayHistory 5; awcsv Vendor 8; awcsv ShipMethod 6; awcsv PurchaseOrderHeader 13

out() {	# out FILE TABLE COLUMNS QUERY: one COPY block
	{ echo "COPY $2 ($3) FROM stdin;"; P -c "COPY ($4) TO STDOUT"; echo '\.'; echo; } >>"$1"
}
n() { echo "nullif($1, '')"; }
g() { echo "lower(btrim($1, '{}'))::uuid"; }

f=$here/data/club.sql
cat >"$f" <<'HDR'
-- Data of the "club" evaluation database, extracted by test/eval/extract.sh
-- from pgexercises' clubdata (https://github.com/AlisdairO/pgexercises,
-- database/clubdata.sql).  Copyright (c) 2013-2014, Alisdair Owens; BSD
-- 2-clause licence (see test/eval/README.md).  member.facility_ids is derived:
-- the facilities the member has booked, in order.
HDR
out "$f" facility "facility_id, name, member_cost, guest_cost, initial_outlay, monthly_maintenance" \
	"SELECT facid, name, membercost, guestcost, initialoutlay, monthlymaintenance FROM cd.facilities ORDER BY 1"
out "$f" member "member_id, surname, first_name, address, zip_code, telephone, recommended_by, join_date, facility_ids" \
	"SELECT memid, surname, firstname, address, zipcode, telephone, recommendedby, joindate,
			(SELECT array_agg(DISTINCT facid ORDER BY facid) FROM cd.bookings b WHERE b.memid = m.memid)
	   FROM cd.members m ORDER BY 1"
out "$f" booking "booking_id, facility_id, member_id, start_time, slots" \
	"SELECT bookid, facid, memid, starttime, slots FROM cd.bookings ORDER BY 1"

f=$here/data/works.sql
cat >"$f" <<'HDR'
-- Data of the "works" evaluation database, extracted by test/eval/extract.sh
-- from the AdventureWorks sample (schema Production) as exported to CSV by
-- lorint/AdventureWorks-for-Postgres (copy in morenoh149/postgresDBSamples,
-- adventureworks/data).  AdventureWorks: Copyright (c) Microsoft Corporation,
-- MIT licence (microsoft/sql-server-samples; see test/eval/README.md).
HDR
out "$f" product_category "product_category_id, name, rowguid, modified_date" \
	"SELECT c1::int, c2, $(g c3), c4::timestamp FROM aw_ProductCategory ORDER BY 1"
out "$f" product_subcategory "product_subcategory_id, product_category_id, name, rowguid, modified_date" \
	"SELECT c1::int, c2::int, c3, $(g c4), c5::timestamp FROM aw_ProductSubcategory ORDER BY 1"
out "$f" product_model "product_model_id, name, rowguid, modified_date" \
	"SELECT c1::int, c2, $(g c5), c6::timestamp FROM aw_ProductModel ORDER BY 1"
out "$f" location "location_id, name, cost_rate, availability, modified_date" \
	"SELECT c1::int, c2, c3::numeric, c4::numeric, c5::timestamp FROM aw_Location ORDER BY 1"
out "$f" product "product_id, name, product_number, make_flag, finished_goods_flag, color, safety_stock_level, reorder_point, standard_cost, list_price, size, size_unit_measure_code, weight_unit_measure_code, weight, days_to_manufacture, product_line, class, style, product_subcategory_id, product_model_id, sell_start_date, sell_end_date, discontinued_date, rowguid, modified_date" \
	"SELECT c1::int, c2, c3, c4::int::boolean, c5::int::boolean, $(n c6), c7::int, c8::int, c9::numeric, c10::numeric,
			$(n c11), $(n c12), $(n c13), $(n c14)::numeric, c15::int, $(n c16), $(n c17), $(n c18),
			$(n c19)::int, $(n c20)::int, c21::timestamp, $(n c22)::timestamp, $(n c23)::timestamp, $(g c24), c25::timestamp
	   FROM aw_Product ORDER BY 1"
out "$f" product_inventory "product_id, location_id, shelf, bin, quantity, rowguid, modified_date" \
	"SELECT c1::int, c2::int, c3, c4::int, c5::int, $(g c6), c7::timestamp FROM aw_ProductInventory ORDER BY 1, 2"
out "$f" product_list_price_history "product_id, start_date, end_date, list_price, modified_date" \
	"SELECT c1::int, c2::timestamp, $(n c3)::timestamp, c4::numeric, c5::timestamp FROM aw_ProductListPriceHistory ORDER BY 1, 2"
out "$f" product_cost_history "product_id, start_date, end_date, standard_cost, modified_date" \
	"SELECT c1::int, c2::timestamp, $(n c3)::timestamp, c4::numeric, c5::timestamp FROM aw_ProductCostHistory ORDER BY 1, 2"

f=$here/data/hr.sql
cat >"$f" <<'HDR'
-- Data of the "hr" evaluation database (the holdout), extracted by
-- test/eval/extract.sh from the AdventureWorks sample (schemas HumanResources
-- and Purchasing) as exported to CSV by lorint/AdventureWorks-for-Postgres
-- (copy in morenoh149/postgresDBSamples, adventureworks/data).
-- AdventureWorks: Copyright (c) Microsoft Corporation, MIT licence
-- (microsoft/sql-server-samples; see test/eval/README.md).
-- vendor.ship_method_ids is derived: the ship methods of the vendor's orders.
HDR
out "$f" department "department_id, name, group_name, modified_date" \
	"SELECT c1::int, c2, c3, c4::timestamp FROM aw_Department ORDER BY 1"
out "$f" shift "shift_id, name, start_time, end_time, modified_date" \
	"SELECT c1::int, c2, c3::time, c4::time, c5::timestamp FROM aw_Shift ORDER BY 1"
out "$f" employee "employee_id, national_id_number, login_id, job_title, birth_date, marital_status, gender, hire_date, salaried_flag, vacation_hours, sick_leave_hours, current_flag, rowguid, modified_date" \
	"SELECT c1::int, c2, c3, c6, c7::date, c8, c9, c10::date, c11::int::boolean, c12::int, c13::int, c14::int::boolean, $(g c15), c16::timestamp
	   FROM aw_Employee ORDER BY 1"
out "$f" employee_department_history "employee_id, department_id, shift_id, start_date, end_date, modified_date" \
	"SELECT c1::int, c2::int, c3::int, c4::date, $(n c5)::date, c6::timestamp FROM aw_EmployeeDepartmentHistory ORDER BY 1, 4, 2, 3"
out "$f" employee_pay_history "employee_id, rate_change_date, rate, pay_frequency, modified_date" \
	"SELECT c1::int, c2::timestamp, c3::numeric, c4::int, c5::timestamp FROM aw_EmployeePayHistory ORDER BY 1, 2"
out "$f" ship_method "ship_method_id, name, ship_base, ship_rate, rowguid, modified_date" \
	"SELECT c1::int, c2, c3::numeric, c4::numeric, $(g c5), c6::timestamp FROM aw_ShipMethod ORDER BY 1"
out "$f" vendor "vendor_id, account_number, name, credit_rating, preferred_vendor_status, active_flag, purchasing_web_service_url, ship_method_ids, modified_date" \
	"SELECT c1::int, c2, c3, c4::int, c5::int::boolean, c6::int::boolean, $(n c7),
			(SELECT array_agg(DISTINCT p.c6::int ORDER BY p.c6::int) FROM aw_PurchaseOrderHeader p WHERE p.c5 = v.c1), c8::timestamp
	   FROM aw_Vendor v ORDER BY 1"
out "$f" purchase_order "purchase_order_id, revision_number, status, employee_id, vendor_id, ship_method_id, order_date, ship_date, sub_total, tax_amt, freight, modified_date" \
	"SELECT c1::int, c2::int, c3::int, c4::int, c5::int, c6::int, c7::timestamp, $(n c8)::timestamp, c9::numeric, c10::numeric, c11::numeric, c13::timestamp
	   FROM aw_PurchaseOrderHeader ORDER BY 1"

psql -X -q -d postgres -c "DROP DATABASE $db"
ls -l "$here"/data
