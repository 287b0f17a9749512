-- The carriers' settings (carriers/<code>/<field>) at every scope, and the base currency their prices are in.
-- Values are read here and the secrets among them are dropped by the transform (never written anywhere).
SELECT c.config_id, c.scope, c.scope_id, c.path, c.value
FROM `core_config_data` c
WHERE (c.path LIKE 'carriers/%' OR c.path = 'currency/options/base') AND {{raw:after}}
ORDER BY c.config_id
LIMIT :limit
