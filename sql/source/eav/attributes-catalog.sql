-- Attribute metadata of one catalog entity type (catalog_product or catalog_category), found by the type's
-- code, never a hard-coded id. LEFT JOIN: an attribute without a catalog_eav_attribute row takes Magento's
-- column defaults (is_global 1 = global, is_visible 1). Small table: read whole, memoised per run.
SELECT a.attribute_id, t.entity_type_id, t.entity_type_code, a.attribute_code, a.backend_type, a.backend_table,
       a.frontend_input, a.frontend_label, a.source_model, a.backend_model, a.is_required, a.is_user_defined,
       a.is_unique, a.default_value,
       COALESCE(c.is_global, 1) AS is_global, COALESCE(c.is_visible, 1) AS is_visible, c.apply_to
FROM `eav_attribute` a
JOIN `eav_entity_type` t ON t.entity_type_id = a.entity_type_id
LEFT JOIN `catalog_eav_attribute` c ON c.attribute_id = a.attribute_id
WHERE t.entity_type_code = :code
ORDER BY a.attribute_id
