-- The "works" legacy source: works_ref (AdventureWorks Production, clean)
-- made into what a 20-year-old ERP would hold, works_src, every column text.
-- Deterministic (eval.h with the salt 'works').  Written before any fix of
-- issue 10; do not tune it to the engine.
--   tables   product_category -> "PROD_CAT", product_subcategory -> "ProdSubCat",
--            product_model -> "MODELS", location -> "WHSE_LOC",
--            product -> "ITEM_MASTER", product_inventory -> "STOCK_BAL",
--            product_list_price_history -> "PriceHist",
--            product_cost_history -> "CostHist"
--   flags    make_flag Y/N, finished_goods_flag Yes/No
--   money    '$1,234.5600' or '1234.56' by row (eval.money), cost history plain
--   dates    per table: 'YYYYMMDD HH24:MI:SS', 'MM/DD/YYYY', ISO,
--            'DD.MM.YYYY', 'YYYYMMDD', 'MM/DD/YYYY HH12:MI:SS AM',
--            'DD/MM/YYYY', epoch seconds
--   uuids    '{UPPER-CASE}' in braces (product), plain elsewhere
--   NULLs    NULL, '', 'N/A' or 'NULL' by row
CREATE SCHEMA works_src;

CREATE TABLE works_src."PROD_CAT" AS
SELECT product_category_id AS "CAT_ID", name AS "CAT_NAME", rowguid AS "ROWGUID",
	   to_char(modified_date, 'YYYYMMDD HH24:MI:SS') AS "LAST_UPD"
  FROM works_ref.product_category ORDER BY 1;
CREATE TABLE works_src."ProdSubCat" AS
SELECT product_subcategory_id AS "SubCatID", product_category_id AS "CatID", name AS "SubCatName",
	   rowguid AS "RowGuid", to_char(modified_date, 'MM/DD/YYYY') AS "ModDate"
  FROM works_ref.product_subcategory ORDER BY 1;
CREATE TABLE works_src."MODELS" AS
SELECT product_model_id AS "ModelNo", name AS "ModelName", rowguid AS "GUID", modified_date::text AS "Updated"
  FROM works_ref.product_model ORDER BY 1;
CREATE TABLE works_src."WHSE_LOC" AS
SELECT location_id AS "LOC_ID", name AS "LOC_NAME", eval.money(cost_rate) AS "COST_RT",
	   availability AS "AVAIL_HRS", to_char(modified_date, 'DD.MM.YYYY') AS "MOD_DT"
  FROM works_ref.location ORDER BY 1;
CREATE TABLE works_src."ITEM_MASTER" AS
SELECT product_id AS "ITEM_ID", name AS "ITEM_NAME", product_number AS "ItemNbr",
	   eval.flag(make_flag, 'YN') AS "MakeFlag", eval.flag(finished_goods_flag, 'YESNO') AS "FinGoodsFlag",
	   coalesce(color, eval.missing(h)) AS "Color", safety_stock_level AS "SafetyStockLvl",
	   reorder_point AS "ReorderPt", eval.money(standard_cost, h % 2) AS "StdCost",
	   eval.money(list_price, h / 7 % 2) AS "ListPrc", coalesce(size, eval.missing(h / 3)) AS "Size",
	   coalesce(rtrim(size_unit_measure_code), eval.missing(h / 5)) AS "SizeUOM",
	   coalesce(rtrim(weight_unit_measure_code), eval.missing(h / 5)) AS "WtUOM",
	   coalesce(weight::text, eval.missing(h / 11)) AS "Wt", days_to_manufacture AS "DaysToMfg",
	   coalesce(rtrim(product_line), eval.missing(h / 13)) AS "ProdLine", coalesce(rtrim(class), eval.missing(h / 17)) AS "Class",
	   coalesce(rtrim(style), eval.missing(h / 19)) AS "Style",
	   coalesce(product_subcategory_id::text, eval.missing(h / 23)) AS "SubCatID",
	   coalesce(product_model_id::text, eval.missing(h / 29)) AS "ModelID",
	   to_char(sell_start_date, 'YYYYMMDD') AS "SELL_START_DT",
	   coalesce(to_char(sell_end_date, 'YYYYMMDD'), eval.missing(h / 31)) AS "SELL_END_DT",
	   coalesce(to_char(discontinued_date, 'YYYYMMDD'), eval.missing(h / 37)) AS "DISC_DT",
	   '{' || upper(rowguid::text) || '}' AS "RowGuid",
	   to_char(modified_date, 'MM/DD/YYYY HH12:MI:SS AM') AS "LastUpd"
  FROM (SELECT *, eval.h('works', product_id) AS h FROM works_ref.product) p ORDER BY product_id;
CREATE TABLE works_src."STOCK_BAL" AS
SELECT product_id AS "ITEM_ID", location_id AS "LOC_ID", shelf AS "Shelf", bin AS "Bin", quantity AS "QtyOnHand",
	   rowguid AS "RowGuid", to_char(modified_date, 'YYYYMMDD HH24:MI:SS') AS "LAST_UPD"
  FROM works_ref.product_inventory ORDER BY 1, 2;
CREATE TABLE works_src."PriceHist" AS
SELECT product_id AS "ItemID", to_char(start_date, 'DD/MM/YYYY') AS "StartDt",
	   coalesce(to_char(end_date, 'DD/MM/YYYY'), eval.missing(eval.h('works', product_id::text || start_date))) AS "EndDt",
	   eval.money(list_price) AS "ListPrc", to_char(modified_date, 'DD/MM/YYYY') AS "ModDt"
  FROM works_ref.product_list_price_history ORDER BY 1, 2;
CREATE TABLE works_src."CostHist" AS
SELECT product_id AS "PROD_ID", eval.epoch(start_date) AS "START_DT", eval.epoch(end_date) AS "END_DT",
	   standard_cost AS "STD_COST_AMT", eval.epoch(modified_date) AS "MOD_DT"
  FROM works_ref.product_cost_history ORDER BY 1, 2;
DO $$ BEGIN PERFORM eval.all_text('works_src'); END $$;

INSERT INTO eval.truth_table VALUES
	('works', 'PROD_CAT', 'product_category'), ('works', 'ProdSubCat', 'product_subcategory'),
	('works', 'MODELS', 'product_model'), ('works', 'WHSE_LOC', 'location'), ('works', 'ITEM_MASTER', 'product'),
	('works', 'STOCK_BAL', 'product_inventory'), ('works', 'PriceHist', 'product_list_price_history'),
	('works', 'CostHist', 'product_cost_history');
INSERT INTO eval.truth_column
SELECT 'works', s, sc, t, tc FROM (VALUES
	('PROD_CAT', 'CAT_ID', 'product_category', 'product_category_id'), ('PROD_CAT', 'CAT_NAME', 'product_category', 'name'),
	('PROD_CAT', 'ROWGUID', 'product_category', 'rowguid'), ('PROD_CAT', 'LAST_UPD', 'product_category', 'modified_date'),
	('ProdSubCat', 'SubCatID', 'product_subcategory', 'product_subcategory_id'),
	('ProdSubCat', 'CatID', 'product_subcategory', 'product_category_id'),
	('ProdSubCat', 'SubCatName', 'product_subcategory', 'name'), ('ProdSubCat', 'RowGuid', 'product_subcategory', 'rowguid'),
	('ProdSubCat', 'ModDate', 'product_subcategory', 'modified_date'),
	('MODELS', 'ModelNo', 'product_model', 'product_model_id'), ('MODELS', 'ModelName', 'product_model', 'name'),
	('MODELS', 'GUID', 'product_model', 'rowguid'), ('MODELS', 'Updated', 'product_model', 'modified_date'),
	('WHSE_LOC', 'LOC_ID', 'location', 'location_id'), ('WHSE_LOC', 'LOC_NAME', 'location', 'name'),
	('WHSE_LOC', 'COST_RT', 'location', 'cost_rate'), ('WHSE_LOC', 'AVAIL_HRS', 'location', 'availability'),
	('WHSE_LOC', 'MOD_DT', 'location', 'modified_date'),
	('ITEM_MASTER', 'ITEM_ID', 'product', 'product_id'), ('ITEM_MASTER', 'ITEM_NAME', 'product', 'name'),
	('ITEM_MASTER', 'ItemNbr', 'product', 'product_number'), ('ITEM_MASTER', 'MakeFlag', 'product', 'make_flag'),
	('ITEM_MASTER', 'FinGoodsFlag', 'product', 'finished_goods_flag'), ('ITEM_MASTER', 'Color', 'product', 'color'),
	('ITEM_MASTER', 'SafetyStockLvl', 'product', 'safety_stock_level'), ('ITEM_MASTER', 'ReorderPt', 'product', 'reorder_point'),
	('ITEM_MASTER', 'StdCost', 'product', 'standard_cost'), ('ITEM_MASTER', 'ListPrc', 'product', 'list_price'),
	('ITEM_MASTER', 'Size', 'product', 'size'), ('ITEM_MASTER', 'SizeUOM', 'product', 'size_unit_measure_code'),
	('ITEM_MASTER', 'WtUOM', 'product', 'weight_unit_measure_code'), ('ITEM_MASTER', 'Wt', 'product', 'weight'),
	('ITEM_MASTER', 'DaysToMfg', 'product', 'days_to_manufacture'), ('ITEM_MASTER', 'ProdLine', 'product', 'product_line'),
	('ITEM_MASTER', 'Class', 'product', 'class'), ('ITEM_MASTER', 'Style', 'product', 'style'),
	('ITEM_MASTER', 'SubCatID', 'product', 'product_subcategory_id'), ('ITEM_MASTER', 'ModelID', 'product', 'product_model_id'),
	('ITEM_MASTER', 'SELL_START_DT', 'product', 'sell_start_date'), ('ITEM_MASTER', 'SELL_END_DT', 'product', 'sell_end_date'),
	('ITEM_MASTER', 'DISC_DT', 'product', 'discontinued_date'), ('ITEM_MASTER', 'RowGuid', 'product', 'rowguid'),
	('ITEM_MASTER', 'LastUpd', 'product', 'modified_date'),
	('STOCK_BAL', 'ITEM_ID', 'product_inventory', 'product_id'), ('STOCK_BAL', 'LOC_ID', 'product_inventory', 'location_id'),
	('STOCK_BAL', 'Shelf', 'product_inventory', 'shelf'), ('STOCK_BAL', 'Bin', 'product_inventory', 'bin'),
	('STOCK_BAL', 'QtyOnHand', 'product_inventory', 'quantity'), ('STOCK_BAL', 'RowGuid', 'product_inventory', 'rowguid'),
	('STOCK_BAL', 'LAST_UPD', 'product_inventory', 'modified_date'),
	('PriceHist', 'ItemID', 'product_list_price_history', 'product_id'),
	('PriceHist', 'StartDt', 'product_list_price_history', 'start_date'),
	('PriceHist', 'EndDt', 'product_list_price_history', 'end_date'),
	('PriceHist', 'ListPrc', 'product_list_price_history', 'list_price'),
	('PriceHist', 'ModDt', 'product_list_price_history', 'modified_date'),
	('CostHist', 'PROD_ID', 'product_cost_history', 'product_id'),
	('CostHist', 'START_DT', 'product_cost_history', 'start_date'),
	('CostHist', 'END_DT', 'product_cost_history', 'end_date'),
	('CostHist', 'STD_COST_AMT', 'product_cost_history', 'standard_cost'),
	('CostHist', 'MOD_DT', 'product_cost_history', 'modified_date')) v(s, sc, t, tc);

-- planted bad values (one per row, rows picked by the hash)
CREATE TEMP TABLE pick_product AS
SELECT product_id, row_number() OVER (ORDER BY eval.h('works-bad', product_id), product_id) AS n FROM works_ref.product;
CREATE TEMP TABLE pick_inv AS
SELECT product_id, location_id, row_number() OVER (ORDER BY eval.h('works-bad', product_id::text || '/' || location_id), 1, 2) AS n
  FROM works_ref.product_inventory
 WHERE product_id NOT IN (SELECT product_id FROM pick_product WHERE n <= 10);
CREATE TEMP TABLE pick_price AS
SELECT product_id, start_date, row_number() OVER (ORDER BY eval.h('works-bad', product_id::text || '/' || start_date), 1, 2) AS n
  FROM works_ref.product_list_price_history
 WHERE product_id NOT IN (SELECT product_id FROM pick_product WHERE n <= 10);
INSERT INTO eval.planted
SELECT 'works', 'ITEM_MASTER', col, 'product', tc, jsonb_build_object('product_id', p.product_id), bad, kind
  FROM (VALUES (1, 'StdCost', 'standard_cost', 'call', 'not a number'),
			   (2, 'SafetyStockLvl', 'safety_stock_level', '-5', 'check violation'),
			   (3, 'Wt', 'weight', 'heavy', 'not a number'),
			   (4, 'SELL_START_DT', 'sell_start_date', '20081331', 'month 13'),
			   (5, 'MakeFlag', 'make_flag', 'maybe', 'not a flag'),
			   (6, 'DaysToMfg', 'days_to_manufacture', '1.5', 'fraction for an integer')) b(n, col, tc, bad, kind)
  JOIN pick_product p USING (n);
INSERT INTO eval.planted
SELECT 'works', 'STOCK_BAL', col, 'product_inventory', tc,
	   jsonb_build_object('product_id', p.product_id, 'location_id', p.location_id), bad, kind
  FROM (VALUES (1, 'Bin', 'bin', '250', 'check violation'),
			   (2, 'QtyOnHand', 'quantity', '40000', 'smallint overflow'),
			   (3, 'QtyOnHand', 'quantity', '12 pcs', 'not a number'),
			   (4, 'LAST_UPD', 'modified_date', '20140230 00:00:00', 'February 30')) b(n, col, tc, bad, kind)
  JOIN pick_inv p USING (n);
INSERT INTO eval.planted
SELECT 'works', 'PriceHist', col, 'product_list_price_history', tc,
	   jsonb_build_object('product_id', p.product_id, 'start_date', p.start_date), bad, kind
  FROM (VALUES (1, 'ListPrc', 'list_price', '$0.00', 'check violation'),
			   (2, 'EndDt', 'end_date', '00/00/0000', 'not a date')) b(n, col, tc, bad, kind)
  JOIN pick_price p USING (n);
INSERT INTO eval.planted
SELECT 'works', 'CostHist', 'STD_COST_AMT', 'product_cost_history', 'standard_cost',
	   jsonb_build_object('product_id', product_id, 'start_date', start_date), '-12.5', 'check violation'
  FROM works_ref.product_cost_history
 WHERE product_id NOT IN (SELECT product_id FROM pick_product WHERE n <= 10)
 ORDER BY eval.h('works-bad', product_id::text || start_date) LIMIT 1;
DO $$
DECLARE
	p record;
BEGIN
	FOR p IN SELECT * FROM eval.planted WHERE db = 'works' LOOP
		IF p.source_table = 'ITEM_MASTER' THEN
			EXECUTE format('UPDATE works_src."ITEM_MASTER" SET %I = $1 WHERE "ITEM_ID" = $2', p.source_column)
			  USING p.bad_value, p.key ->> 'product_id';
		ELSIF p.source_table = 'STOCK_BAL' THEN
			EXECUTE format('UPDATE works_src."STOCK_BAL" SET %I = $1 WHERE "ITEM_ID" = $2 AND "LOC_ID" = $3', p.source_column)
			  USING p.bad_value, p.key ->> 'product_id', p.key ->> 'location_id';
		ELSIF p.source_table = 'PriceHist' THEN
			EXECUTE format('UPDATE works_src."PriceHist" SET %I = $1 WHERE "ItemID" = $2 AND "StartDt" = to_char($3::timestamp, ''DD/MM/YYYY'')',
						   p.source_column)
			  USING p.bad_value, p.key ->> 'product_id', p.key ->> 'start_date';
		ELSE
			EXECUTE format('UPDATE works_src."CostHist" SET %I = $1 WHERE "PROD_ID" = $2 AND "START_DT" = eval.epoch($3::timestamp)',
						   p.source_column)
			  USING p.bad_value, p.key ->> 'product_id', p.key ->> 'start_date';
		END IF;
	END LOOP;
END;
$$;

-- duplicates: exact copies of four stock rows and one subcategory
INSERT INTO eval.duplicates
SELECT 'works', 'product_inventory', jsonb_build_object('product_id', product_id, 'location_id', location_id), 'exact'
  FROM pick_inv WHERE n BETWEEN 20 AND 23;
INSERT INTO works_src."STOCK_BAL"
SELECT s.* FROM works_src."STOCK_BAL" s JOIN pick_inv p ON s."ITEM_ID" = p.product_id::text AND s."LOC_ID" = p.location_id::text
 WHERE p.n BETWEEN 20 AND 23 ORDER BY p.n;
INSERT INTO eval.duplicates VALUES ('works', 'product_subcategory', '{"product_subcategory_id": 14}', 'exact');
INSERT INTO works_src."ProdSubCat" SELECT * FROM works_src."ProdSubCat" WHERE "SubCatID" = '14';
-- a stale copy of a product (an older list price) after the good one
INSERT INTO eval.duplicates SELECT 'works', 'product', jsonb_build_object('product_id', product_id), 'stale after good'
  FROM pick_product WHERE n = 20;
INSERT INTO works_src."ITEM_MASTER"
SELECT s."ITEM_ID", s."ITEM_NAME", s."ItemNbr", s."MakeFlag", s."FinGoodsFlag", s."Color", s."SafetyStockLvl", s."ReorderPt",
	   s."StdCost", '$1.00', s."Size", s."SizeUOM", s."WtUOM", s."Wt", s."DaysToMfg", s."ProdLine", s."Class", s."Style",
	   s."SubCatID", s."ModelID", s."SELL_START_DT", s."SELL_END_DT", s."DISC_DT", s."RowGuid", '01/01/2005 09:00:00 AM'
  FROM works_src."ITEM_MASTER" s JOIN pick_product p ON s."ITEM_ID" = p.product_id::text WHERE p.n = 20;
-- a price row whose first copy has no price and whose later copy is stale:
-- neither may be written
INSERT INTO eval.planted
SELECT 'works', 'PriceHist', 'ListPrc', 'product_list_price_history', 'list_price',
	   jsonb_build_object('product_id', product_id, 'start_date', start_date), 'N/A', 'bad first copy of a duplicated key'
  FROM pick_price WHERE n = 10;
UPDATE works_src."PriceHist" s SET "ListPrc" = 'N/A' FROM pick_price p
 WHERE p.n = 10 AND s."ItemID" = p.product_id::text AND s."StartDt" = to_char(p.start_date, 'DD/MM/YYYY');
INSERT INTO works_src."PriceHist"
SELECT s."ItemID", s."StartDt", s."EndDt", '$9.99', s."ModDt" FROM works_src."PriceHist" s JOIN pick_price p
	ON p.n = 10 AND s."ItemID" = p.product_id::text AND s."StartDt" = to_char(p.start_date, 'DD/MM/YYYY');

-- orphans: stock of products that do not exist
INSERT INTO works_src."STOCK_BAL" VALUES
	('9998', '1', 'A', '1', '10', '4f1a86a4-66b6-4bd0-8b6a-2a3c1f8a0001', '20140808 00:00:00'),
	('9999', '6', 'B', '2', '20', '4f1a86a4-66b6-4bd0-8b6a-2a3c1f8a0002', '20140808 00:00:00');
INSERT INTO eval.expected_quarantine VALUES
	('works', 'product_inventory', '{"product_id": 9998, "location_id": 1}', 'orphan'),
	('works', 'product_inventory', '{"product_id": 9999, "location_id": 6}', 'orphan');

-- every planted row, and the stock and history rows of the planted products
INSERT INTO eval.expected_quarantine SELECT db, target_table, key, 'planted: ' || kind FROM eval.planted WHERE db = 'works';
INSERT INTO eval.expected_quarantine
SELECT 'works', 'product_inventory', jsonb_build_object('product_id', c.product_id, 'location_id', c.location_id), 'child of a quarantined product'
  FROM works_ref.product_inventory c JOIN eval.planted p ON p.db = 'works' AND p.target_table = 'product' AND c.product_id = (p.key ->> 'product_id')::int;
INSERT INTO eval.expected_quarantine
SELECT 'works', 'product_list_price_history', jsonb_build_object('product_id', c.product_id, 'start_date', c.start_date), 'child of a quarantined product'
  FROM works_ref.product_list_price_history c JOIN eval.planted p ON p.db = 'works' AND p.target_table = 'product' AND c.product_id = (p.key ->> 'product_id')::int;
INSERT INTO eval.expected_quarantine
SELECT 'works', 'product_cost_history', jsonb_build_object('product_id', c.product_id, 'start_date', c.start_date), 'child of a quarantined product'
  FROM works_ref.product_cost_history c JOIN eval.planted p ON p.db = 'works' AND p.target_table = 'product' AND c.product_id = (p.key ->> 'product_id')::int;
