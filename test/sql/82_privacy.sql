-- Differential privacy: private training, the split of epsilon recorded in
-- the model, the budget ledger (composition, refusal, reset, row-level
-- security) and bad input.  Noisy figures are never printed: only
-- properties that hold whatever the noise.
\set VERBOSITY default
\set SHOW_CONTEXT never
SET synthmig.dp_budget_per_table = 3;
SET synthmig.dp_delta_budget_per_table = 1e-5;

-- invoices with public bounds on every measured column
SELECT synthmig.create_definition('invoice_dp', '{"tables": [{"name": "invoice", "source": "chinook.invoice",
  "columns": [
    {"name": "invoice_id", "type": "integer", "primary_key": true},
    {"name": "customer_id", "type": "integer", "required": true, "min": 1, "max": 59},
    {"name": "invoice_date", "type": "timestamp", "required": true, "min": "2021-01-01", "max": "2026-01-01"},
    {"name": "billing_address", "type": "varchar(70)"},
    {"name": "billing_city", "type": "varchar(40)"},
    {"name": "billing_state", "type": "varchar(40)"},
    {"name": "billing_country", "type": "varchar(40)"},
    {"name": "billing_postal_code", "type": "varchar(10)"},
    {"name": "total", "type": "numeric(10,2)", "required": true, "min": 0, "max": 30}]}],
  "privacy": {"differential_privacy": true, "epsilon": 1, "delta": 1e-6}}') AS did \gset
SELECT synthmig.get_definition(:did) -> 'privacy' AS privacy;

-- train() follows the definition's privacy object
SELECT synthmig.train(:did) AS mid \gset
SELECT m.parameters -> 'dp' AS parameters_dp,
	   m.parameters #>> '{tables,0,model,dp,mechanism}' AS mechanism,
	   (m.parameters #>> '{tables,0,model,dp,epsilon}')::float8 AS epsilon,
	   jsonb_array_length(m.parameters #> '{tables,0,model,dp,columns}') AS measured_columns,
	   (SELECT sum((c ->> 'epsilon')::float8) FROM jsonb_array_elements(m.parameters #> '{tables,0,model,dp,columns}') c)
		 + (m.parameters #>> '{tables,0,model,dp,correlation,epsilon}')::float8 AS split_sums_to
  FROM synthmig.models m WHERE m.id = :mid;
-- each measured column's noise scale is its sensitivity over its epsilon
SELECT c ->> 'name' AS col, c ->> 'release' AS release, (c ->> 'epsilon')::numeric AS epsilon,
	   abs((c ->> 'scale')::float8 - (CASE WHEN c ? 'threshold' THEN 1 / 0.9 WHEN c ? 'coarse_bins' THEN 2 ELSE 1 END)
			* (c ->> 'sensitivity')::float8 / (c ->> 'epsilon')::float8) < 1e-9 AS scale_ok
  FROM synthmig.models m, jsonb_array_elements(m.parameters #> '{tables,0,model,dp,columns}') c
 WHERE m.id = :mid;
-- no address (each held by a handful of rows) passes the noisy threshold
SELECT count(*) AS addresses_in_model
  FROM (SELECT DISTINCT billing_address FROM chinook.invoice) i, synthmig.models m
 WHERE m.id = :mid AND strpos(m.parameters::text, to_jsonb(i.billing_address)::text) > 0;
-- the model generates rows that respect the definition
CREATE TEMP TABLE inv_dp AS SELECT * FROM synthmig.generate(NULL::chinook.invoice, 500, 1) WITH NO DATA;
SELECT synthmig.generate_into(:did, 500, 'inv_dp');
SELECT count(*) AS rows, count(DISTINCT invoice_id) AS keys,
	   bool_and(customer_id BETWEEN 1 AND 59) AS customers_in_bounds,
	   bool_and(total BETWEEN 0 AND 30 AND total = round(total, 2)) AS totals_in_bounds
  FROM inv_dp;

-- the ledger: one fit of epsilon 1 on chinook.invoice
SELECT source_name, role_name = current_user AS mine, kind, epsilon, delta, model_id = :mid AS model
  FROM synthmig.privacy_ledger ORDER BY id;
SELECT epsilon_spent, delta_spent, epsilon_budget, epsilon_left, fits FROM synthmig.privacy_budget('chinook.invoice');

-- options override the definition: epsilon 1.5 more (2.5 of 3 spent)
SELECT synthmig.train(:did, NULL, '{"epsilon": 1.5}') > :mid AS trained;
SELECT epsilon_spent, epsilon_left, fits FROM synthmig.privacy_budget('chinook.invoice');
-- a fit of 1 would exceed the budget: refused, saying what is left
SELECT synthmig.train(:did, NULL, '{"epsilon": 1}');
SELECT synthmig.train('invoice_dp', NULL, '{"epsilon": 0.5}') IS NOT NULL AS exactly_the_rest;
SELECT epsilon_left, fits FROM synthmig.privacy_budget('chinook.invoice');
-- sequential composition of delta too
SET synthmig.dp_budget_per_table = 100;
SELECT synthmig.train(:did, NULL, '{"epsilon": 0.1, "delta": 1e-5}');
SET synthmig.dp_budget_per_table = 3;

-- a table's own budget overrides the GUC (superusers set it; NULL removes it)
SELECT synthmig.set_privacy_budget('chinook.invoice', 3.2);
SELECT epsilon_budget, delta_budget, round(epsilon_left::numeric, 6) AS epsilon_left FROM synthmig.privacy_budget('chinook.invoice');
SELECT synthmig.train(:did, NULL, '{"epsilon": 0.3}');
SELECT synthmig.set_privacy_budget('chinook.invoice', -1);
SELECT synthmig.set_privacy_budget('chinook.invoice', NULL);
SELECT epsilon_budget FROM synthmig.privacy_budget('chinook.invoice');

-- a superuser resets the ledger; the reset is a row of its own
SELECT synthmig.reset_privacy_budget('chinook.invoice', 'new quarter') > 0 AS reset;
SELECT kind, note FROM synthmig.privacy_ledger ORDER BY id DESC LIMIT 1;
SELECT epsilon_spent, epsilon_left, fits, last_reset IS NOT NULL AS was_reset
  FROM synthmig.privacy_budget('chinook.invoice');

-- a definition without privacy trains privately through the options
SELECT synthmig.create_definition('invoice_plain', synthmig.get_definition(:did) - 'privacy') AS pid \gset
SELECT synthmig.train(:pid, NULL, '{"differential_privacy": true, "epsilon": 0.5, "delta": 1e-7, "mechanism": "gaussian"}') AS gid \gset
SELECT parameters #>> '{tables,0,model,dp,mechanism}' AS mechanism,
	   parameters #>> '{tables,0,model,dp,correlation,sensitivity}' IS NOT NULL AS has_correlation
  FROM synthmig.models WHERE id = :gid;
-- and without the option, ordinarily (no spending)
SELECT synthmig.train(:pid) IS NOT NULL AS trained;
SELECT parameters ? 'dp' AS private FROM synthmig.models WHERE definition_id = :pid ORDER BY id DESC LIMIT 1;
SELECT epsilon_spent, fits FROM synthmig.privacy_budget('chinook.invoice');

-- row-level security: a role sees the ledger of the tables it can read and
-- its own entries; it cannot reset, update or delete
CREATE ROLE regress_sm_dp;
GRANT USAGE ON SCHEMA chinook TO regress_sm_dp;
SET ROLE regress_sm_dp;
SELECT count(*) AS visible_without_select FROM synthmig.privacy_ledger;
SELECT synthmig.reset_privacy_budget('chinook.invoice');
SELECT synthmig.set_privacy_budget('chinook.invoice', 100);
RESET ROLE;
GRANT SELECT ON chinook.invoice TO regress_sm_dp;
SET ROLE regress_sm_dp;
SELECT count(*) > 0 AS visible_with_select FROM synthmig.privacy_ledger;
SELECT epsilon_spent FROM synthmig.privacy_budget('chinook.invoice');
UPDATE synthmig.privacy_ledger SET epsilon = 0;
DELETE FROM synthmig.privacy_ledger;
-- spending may only be recorded for oneself, as a fit
INSERT INTO synthmig.privacy_ledger (source_table, source_name, epsilon) VALUES ('chinook.invoice'::regclass, 'x', 0.1);
INSERT INTO synthmig.privacy_ledger (source_table, source_name, epsilon) VALUES ('chinook.track'::regclass, 'x', 0.1);
RESET ROLE;
DELETE FROM synthmig.privacy_ledger WHERE source_name = 'x';
REVOKE ALL ON chinook.invoice FROM regress_sm_dp;
REVOKE ALL ON SCHEMA chinook FROM regress_sm_dp;
DROP ROLE regress_sm_dp;

-- bad input: each a clear error
SELECT synthmig.train(:pid, NULL, '{"differential_privacy": true}');
SELECT synthmig.train(:pid, NULL, '{"differential_privacy": true, "epsilon": 0}');
SELECT synthmig.train(:pid, NULL, '{"differential_privacy": true, "epsilon": -1}');
SELECT synthmig.train(:pid, NULL, '{"differential_privacy": true, "epsilon": "1"}');
SELECT synthmig.train(:pid, NULL, '{"differential_privacy": true, "epsilon": 1, "delta": 1}');
SELECT synthmig.train(:pid, NULL, '{"differential_privacy": true, "epsilon": 1, "delta": 0}');
SELECT synthmig.train(:pid, NULL, '{"differential_privacy": true, "epsilon": 1, "mechanism": "gaussian"}');
SELECT synthmig.train(:pid, NULL, '{"differential_privacy": true, "epsilon": 1, "delta": 1e-6, "mechanism": "exponential"}');
SELECT synthmig.train(:pid, NULL, '{"differential_privacy": true, "epsilon": 1e9, "delta": 1e-6}');
SELECT synthmig.train(:pid, NULL, '{"epsilon": 1, "noise": 2}');
SELECT synthmig.train(:pid, NULL, '[1]');
SELECT synthmig.create_definition('bad_delta', '{"tables": [{"name": "t", "columns": [{"name": "a", "type": "int"}]}], "privacy": {"delta": 2}}');
-- a measured column without bounds: named, with what to add
SELECT synthmig.create_definition('no_bounds', '{"tables": [{"name": "invoice", "source": "chinook.invoice",
  "columns": [{"name": "invoice_id", "type": "integer", "primary_key": true}, {"name": "total", "type": "numeric(10,2)"}]}],
  "privacy": {"differential_privacy": true, "epsilon": 1}}') AS nid \gset
SELECT synthmig.train(:nid);
-- a text column without delta: the threshold needs one
SELECT synthmig.create_definition('no_delta', '{"tables": [{"name": "invoice", "source": "chinook.invoice",
  "columns": [{"name": "invoice_id", "type": "integer", "primary_key": true}, {"name": "billing_city", "type": "text"}]}],
  "privacy": {"differential_privacy": true, "epsilon": 1}}') AS tid \gset
SELECT synthmig.train(:tid);
-- nothing was charged by the failures
SELECT epsilon_spent, fits FROM synthmig.privacy_budget('chinook.invoice');
RESET synthmig.dp_budget_per_table;
RESET synthmig.dp_delta_budget_per_table;
