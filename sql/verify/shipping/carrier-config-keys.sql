-- verify: every carrier setting (and the base currency their prices are in), by scope and path; the value
-- is not read here (secrets are among them).
SELECT c.config_id AS id, c.scope, c.scope_id, c.path FROM core_config_data c WHERE c.path LIKE 'carriers/%' OR c.path = 'currency/options/base'
