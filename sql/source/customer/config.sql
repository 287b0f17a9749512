-- The settings the customer service honours, at default and website scope (Magento reads lockout and
-- account sharing at default scope, confirmation per website).
SELECT c.config_id, c.scope, c.scope_id, c.path, c.value
FROM `core_config_data` c
WHERE c.path IN (:paths) AND c.scope IN ('default', 'websites') AND {{raw:after}}
ORDER BY c.config_id
LIMIT :limit
