-- The base currency at the default and website scopes (table-rate prices are in the website's base currency).
SELECT c.scope, c.scope_id, c.value FROM core_config_data c WHERE c.path = 'currency/options/base'
