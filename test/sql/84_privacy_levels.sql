-- Per-column privacy levels: high keeps no training value in the model
-- (binned numerics, bounds rounded outward, no categories) nor in the
-- output; low keeps every observed value; medium (the default) pools rare
-- values.  The effect shows in synthmig.privacy().
CREATE FUNCTION pg_temp.levels(level text) RETURNS jsonb LANGUAGE sql AS $$
SELECT jsonb_build_object('tables', jsonb_build_array(jsonb_build_object(
	'name', 'track', 'source', 'chinook.track', 'columns', jsonb_build_array(
	'{"name": "track_id", "type": "integer", "primary_key": true}'::jsonb,
	jsonb_build_object('name', 'composer', 'type', 'varchar(220)', 'privacy', level),
	jsonb_build_object('name', 'milliseconds', 'type', 'integer', 'required', true, 'privacy', level),
	jsonb_build_object('name', 'bytes', 'type', 'integer', 'privacy', level),
	jsonb_build_object('name', 'unit_price', 'type', 'numeric(10,2)', 'required', true, 'privacy', level)))))
$$;
SELECT synthmig.create_definition('track_' || l, pg_temp.levels(l)) IS NOT NULL AS defined,
	   synthmig.train('track_' || l) IS NOT NULL AS trained
  FROM unnest(ARRAY['low', 'medium', 'high']) l;
CREATE TEMP TABLE m AS
SELECT d.name AS level, m.parameters #> '{tables,0,model}' AS model
  FROM synthmig.models m JOIN synthmig.definitions d ON d.id = m.definition_id WHERE d.name LIKE 'track\_%';

-- what each model stores of composer: categories (values seen in the data)
SELECT level, jsonb_array_length(c -> 'categories') > 0 AS stores_values, c #>> '{other,weight}' = '1' AS all_new
  FROM m, jsonb_array_elements(model -> 'columns') c WHERE c ->> 'name' = 'composer' ORDER BY level;
-- low keeps more observed values than medium
SELECT (SELECT jsonb_array_length(c -> 'categories') FROM m, jsonb_array_elements(model -> 'columns') c
		 WHERE level = 'track_low' AND c ->> 'name' = 'composer')
	 > (SELECT jsonb_array_length(c -> 'categories') FROM m, jsonb_array_elements(model -> 'columns') c
		 WHERE level = 'track_medium' AND c ->> 'name' = 'composer') AS low_keeps_more;
-- numerics: high stores no training value as a knot or atom, and neither the real minimum nor maximum
SELECT level, c ->> 'name' AS col,
	   (SELECT count(*) FROM jsonb_array_elements(coalesce(c #> '{continuous,knots}', '[]')) k
		 WHERE (k)::text::numeric IN (SELECT milliseconds FROM chinook.track UNION SELECT bytes FROM chinook.track))
	 + (SELECT count(*) FROM jsonb_array_elements(coalesce(c -> 'atoms', '[]')) a
		 WHERE (a -> 0)::text::numeric IN (SELECT milliseconds FROM chinook.track UNION SELECT bytes FROM chinook.track)) AS training_values_stored,
	   (c ->> 'min')::numeric IN (SELECT min(milliseconds) FROM chinook.track UNION SELECT min(bytes) FROM chinook.track) AS real_min,
	   (c ->> 'max')::numeric IN (SELECT max(milliseconds) FROM chinook.track UNION SELECT max(bytes) FROM chinook.track) AS real_max
  FROM m, jsonb_array_elements(model -> 'columns') c
 WHERE c ->> 'name' IN ('milliseconds', 'bytes') AND level = 'track_high' ORDER BY 1, 2;
SELECT c ->> 'name' AS col, c ->> 'min' AS min, c ->> 'max' AS max
  FROM m, jsonb_array_elements(model -> 'columns') c
 WHERE c ->> 'name' IN ('milliseconds', 'bytes') AND level = 'track_high' ORDER BY 1;

-- the output: high produces no composer of the data; the privacy scores
-- (NewRowSynthesis, DCR) are at least those of medium, which are at least those of low
CREATE TABLE public.tr_low AS SELECT track_id, composer, milliseconds, bytes, unit_price FROM chinook.track WITH NO DATA;
CREATE TABLE public.tr_medium AS SELECT track_id, composer, milliseconds, bytes, unit_price FROM chinook.track WITH NO DATA;
CREATE TABLE public.tr_high AS SELECT track_id, composer, milliseconds, bytes, unit_price FROM chinook.track WITH NO DATA;
SELECT synthmig.generate_into('track_' || l, 3503, ('public.tr_' || l)::regclass, 11) AS rows
  FROM unnest(ARRAY['low', 'medium', 'high']) l;
SELECT count(*) AS real_composers_generated FROM public.tr_high h WHERE h.composer IN (SELECT composer FROM chinook.track);
SELECT count(*) > 0 AS low_reproduces_rare FROM public.tr_low l
 WHERE l.composer IN (SELECT composer FROM chinook.track GROUP BY composer HAVING count(*) < 5);
CREATE TEMP TABLE p AS
SELECT l, synthmig.privacy('chinook.track', ('public.tr_' || l)::regclass) AS p FROM unnest(ARRAY['low', 'medium', 'high']) l;
SELECT (SELECT (p ->> 'new_row_synthesis')::float8 FROM p WHERE l = 'high') >= (SELECT (p ->> 'new_row_synthesis')::float8 FROM p WHERE l = 'medium')
   AND (SELECT (p ->> 'new_row_synthesis')::float8 FROM p WHERE l = 'medium') >= (SELECT (p ->> 'new_row_synthesis')::float8 FROM p WHERE l = 'low') AS new_rows_ordered,
	   (SELECT (p ->> 'dcr_median')::float8 FROM p WHERE l = 'high') >= (SELECT (p ->> 'dcr_median')::float8 FROM p WHERE l = 'low') AS dcr_ordered;
DROP TABLE public.tr_low, public.tr_medium, public.tr_high;
