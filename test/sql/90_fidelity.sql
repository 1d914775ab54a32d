-- Fidelity on real data: the UCI Adult census table (48,842 rows, 15 columns;
-- test/data/adult.csv).  Train in the database, generate as many rows, and
-- score with the SDMetrics Quality Report definitions: the overall score must
-- be at least 0.85 (SDV's GaussianCopulaSynthesizer reports about 0.87 on
-- its own demo data).
CREATE TABLE public.adult (
	age integer, workclass text, fnlwgt integer, education text, "education-num" integer,
	"marital-status" text, occupation text, relationship text, race text, sex text,
	"capital-gain" integer, "capital-loss" integer, "hours-per-week" integer,
	"native-country" text, label text);
\copy public.adult FROM 'test/data/adult.csv' CSV HEADER
ANALYZE public.adult;
SELECT count(*) AS real_rows FROM public.adult;
SELECT synthmig.learn('public.adult') AS aid \gset
CREATE TABLE public.adult_synth (LIKE public.adult);
SELECT synthmig.generate_into(:aid, 48842, 'public.adult_synth', 2024) AS written;
SELECT synthmig.quality('public.adult', 'public.adult_synth') AS q \gset
SELECT (:'q'::jsonb ->> 'score')::float8 >= 0.85 AS overall_at_least_085,
	   (:'q'::jsonb -> 'column_shapes' ->> 'score')::float8 >= 0.85 AS shapes_at_least_085,
	   (:'q'::jsonb -> 'column_pair_trends' ->> 'score')::float8 >= 0.80 AS pairs_at_least_080;
-- every column is compared (none skipped as an id)
SELECT jsonb_array_length(:'q'::jsonb -> 'column_shapes' -> 'columns') AS columns_scored;
-- the most common value of a column survives (a known weakness of SDV's fits)
SELECT abs((SELECT avg((hours_per_week = 40)::int) FROM (SELECT "hours-per-week" AS hours_per_week FROM public.adult) r)
		 - (SELECT avg((hours_per_week = 40)::int) FROM (SELECT "hours-per-week" AS hours_per_week FROM public.adult_synth) s))
	   < 0.02 AS mode_40_hours_kept;
SELECT synthmig.privacy('public.adult', 'public.adult_synth') AS p \gset
SELECT (:'p'::jsonb ->> 'new_row_synthesis')::float8 > 0.5 AS mostly_new_rows;
