-- The page's items' int values of the rma_item EAV type, by attribute code (select options with their admin label).
SELECT e.rma_entity_id, v.entity_id, a.attribute_code, v.value, ov.value AS label
FROM magento_rma_item_entity_int v
JOIN magento_rma_item_entity e ON e.entity_id = v.entity_id
JOIN eav_attribute a ON a.attribute_id = v.attribute_id
JOIN eav_entity_type et ON et.entity_type_id = a.entity_type_id AND et.entity_type_code = 'rma_item'
LEFT JOIN eav_attribute_option_value ov ON ov.option_id = v.value AND ov.store_id = 0 AND a.frontend_input IN ('select', 'multiselect')
WHERE e.rma_entity_id BETWEEN :lo AND :hi
ORDER BY v.entity_id, a.attribute_code
