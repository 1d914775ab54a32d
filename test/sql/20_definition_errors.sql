-- Every kind of invalid definition is rejected with SQLSTATE 22023 (or 54000
-- for limits) and the JSON path of the offending element.
CREATE TEMP TABLE bad (label text, def text);
INSERT INTO bad VALUES
 ('not an object',        '[1, 2]'),
 ('scalar',               '"tables"'),
 ('empty object',         '{}'),
 ('empty tables',         '{"tables": []}'),
 ('tables not an array',  '{"tables": {"name": "t"}}'),
 ('unknown top key',      '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}]}], "tabels": []}'),
 ('no columns',           '{"tables": [{"name": "t", "columns": []}]}'),
 ('missing type',         '{"tables": [{"name": "t", "columns": [{"name": "a"}]}]}'),
 ('unknown type',         '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "intger"}]}]}'),
 ('min greater than max', '{"tables": [{"name": "a", "columns": [{"name": "x", "type": "int"}]},
                                       {"name": "b", "columns": [{"name": "p", "type": "int"}, {"name": "q", "type": "int"},
                                                                 {"name": "r", "type": "int"},
                                                                 {"name": "s", "type": "integer", "min": 10, "max": 5}]}]}'),
 ('min wrong json type',  '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int", "min": "ten"}]}]}'),
 ('fractional int min',   '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int", "min": 1.5}]}]}'),
 ('date min after max',   '{"tables": [{"name": "t", "columns": [{"name": "d", "type": "date", "min": "2020-01-01", "max": "2019-12-31"}]}]}'),
 ('bad date',             '{"tables": [{"name": "t", "columns": [{"name": "d", "type": "date", "min": "2020-02-30"}]}]}'),
 ('invalid pattern',      '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "text", "pattern": "[a-z"}]}]}'),
 ('back-reference',       '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "text", "pattern": "(a)\\1"}]}]}'),
 ('look-ahead',           '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "text", "pattern": "a(?=b)"}]}]}'),
 ('pattern on integer',   '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int", "pattern": "[0-9]+"}]}]}'),
 ('duplicate table',      '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}]}, {"name": "t", "columns": [{"name": "a", "type": "int"}]}]}'),
 ('duplicate column',     '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}, {"name": "a", "type": "text"}]}]}'),
 ('flag not boolean',     '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int", "required": "yes"}]}]}'),
 ('unknown rel table',    '{"tables": [{"name": "t", "columns": [{"name": "id", "type": "int"}]}],
                            "relationships": [{"source_table": "t", "source_column": "id", "target_table": "u", "target_column": "t_id"}]}'),
 ('unknown rel column',   '{"tables": [{"name": "t", "columns": [{"name": "id", "type": "int"}]}, {"name": "u", "columns": [{"name": "id", "type": "int"}]}],
                            "relationships": [{"source_table": "t", "source_column": "id", "target_table": "u", "target_column": "t_id"}]}'),
 ('self reference',       '{"tables": [{"name": "emp", "columns": [{"name": "id", "type": "int"}, {"name": "boss", "type": "int"}]}],
                            "relationships": [{"source_table": "emp", "source_column": "id", "target_table": "emp", "target_column": "boss"}]}'),
 ('duplicate relationship', '{"tables": [{"name": "t", "columns": [{"name": "id", "type": "int", "primary_key": true}]}, {"name": "u", "columns": [{"name": "t_id", "type": "int"}]}],
                            "relationships": [{"source_table": "t", "source_column": "id", "target_table": "u", "target_column": "t_id"},
                                              {"source_table": "t", "source_column": "id", "target_table": "u", "target_column": "t_id"}]}'),
 ('unknown rel type',     '{"tables": [{"name": "t", "columns": [{"name": "id", "type": "int", "primary_key": true}]}, {"name": "u", "columns": [{"name": "t_id", "type": "int"}]}],
                            "relationships": [{"source_table": "t", "source_column": "id", "target_table": "u", "target_column": "t_id", "relationship_type": "some-to-some"}]}'),
 ('enum without values',  '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "enum"}]}]}'),
 ('null rate above 1',    '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int", "null_rate": 1.5}]}]}'),
 ('varchar too long',     '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "varchar(0)"}]}]}'),
 ('name too long',        '{"tables": [{"name": "' || repeat('x', 64) || '", "columns": [{"name": "a", "type": "int"}]}]}'),
 ('empty name',           '{"tables": [{"name": "", "columns": [{"name": "a", "type": "int"}]}]}'),
 ('alias conflict',       '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int", "data_type": "text"}]}]}'),
 ('bad model kind',       '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int", "model": {"kind": "magic"}}]}]}');

SELECT label, sm_try(format('SELECT synthmig.create_definition(%L, %L::jsonb)', 'bad', def)) AS result
  FROM bad ORDER BY label;

-- too many tables: the limit is named
SELECT sm_try(format('SELECT synthmig.create_definition(%L, %L::jsonb)', 'huge',
	jsonb_build_object('tables', (SELECT jsonb_agg(jsonb_build_object('name', 't' || i,
		'columns', jsonb_build_array(jsonb_build_object('name', 'a', 'type', 'int'))))
	  FROM generate_series(1, 1001) i)))) AS too_many_tables;

-- too large in bytes
SET synthmig.max_definition_size = '1kB';
SELECT sm_try(format('SELECT synthmig.create_definition(%L, %L::jsonb)', 'big',
	jsonb_build_object('description', repeat('x', 2000),
		'tables', jsonb_build_array(jsonb_build_object('name', 't',
			'columns', jsonb_build_array(jsonb_build_object('name', 'a', 'type', 'int'))))))) AS too_large;
RESET synthmig.max_definition_size;

-- nothing was stored by any of the failures
SELECT count(*) AS stored FROM synthmig.definitions WHERE name IN ('bad', 'huge', 'big');
