-- verify: each website's default store view and base currency (currency/options/base: the website's, else the default).
SELECT w.website_id, w.code, g.default_store_id,
  COALESCE((SELECT c.value FROM core_config_data c WHERE c.path = 'currency/options/base' AND c.scope = 'websites' AND c.scope_id = w.website_id),
           (SELECT c.value FROM core_config_data c WHERE c.path = 'currency/options/base' AND c.scope = 'default' AND c.scope_id = 0), 'USD') AS base_currency,
  COALESCE((SELECT c.value FROM core_config_data c WHERE c.path = 'currency/options/base' AND c.scope = 'default' AND c.scope_id = 0), 'USD') AS global_currency,
  COALESCE((SELECT c.value FROM core_config_data c WHERE c.path = 'catalog/price/scope' AND c.scope = 'default' AND c.scope_id = 0), '0') AS price_scope
FROM store_website w LEFT JOIN store_group g ON g.group_id = w.default_group_id
WHERE w.website_id > 0
