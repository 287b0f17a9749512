-- Stock settings at the default scope (the legacy stock indexer reads them without a store).
SELECT c.path, c.value FROM `core_config_data` c
WHERE c.scope = 'default' AND (c.path LIKE 'cataloginventory/item\_options/%' OR c.path LIKE 'cataloginventory/options/%')
ORDER BY c.config_id
