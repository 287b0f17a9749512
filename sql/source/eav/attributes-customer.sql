-- Attribute metadata of customer or customer_address, found by the type's code. Customer values have no
-- store scope (their value tables have no store_id): every attribute is global (is_global 1).
SELECT a.attribute_id, t.entity_type_id, t.entity_type_code, a.attribute_code, a.backend_type, a.backend_table,
       a.frontend_input, a.frontend_label, a.source_model, a.backend_model, a.is_required, a.is_user_defined,
       a.is_unique, a.default_value,
       1 AS is_global, COALESCE(c.is_visible, 1) AS is_visible, NULL AS apply_to
FROM `eav_attribute` a
JOIN `eav_entity_type` t ON t.entity_type_id = a.entity_type_id
LEFT JOIN `customer_eav_attribute` c ON c.attribute_id = a.attribute_id
WHERE t.entity_type_code = :code
ORDER BY a.attribute_id
