-- The base currency at the default and website scopes: a gift card's balance is in its website's.
SELECT c.scope, c.scope_id, c.value FROM core_config_data c WHERE c.path = 'currency/options/base'
