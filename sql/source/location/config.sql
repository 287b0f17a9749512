-- The address settings the location service honours (Magento\Directory\Helper\Data), at every scope: they
-- are store-view settings, a store view inheriting its website's and the default's.
SELECT c.config_id, c.scope, c.scope_id, c.path, c.value
FROM `core_config_data` c
WHERE c.path IN (:paths) AND c.scope IN ('default', 'websites', 'stores') AND {{raw:after}}
ORDER BY c.config_id
LIMIT :limit
