-- The catalog's EAV entity types, found by code (their ids differ between installs).
SELECT t.entity_type_id, t.entity_type_code, t.default_attribute_set_id
FROM `eav_entity_type` t
WHERE t.entity_type_code IN ('catalog_product', 'catalog_category')
ORDER BY t.entity_type_id
