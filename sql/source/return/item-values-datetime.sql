-- The page's items' datetime values of the rma_item EAV type, by attribute code.
SELECT e.rma_entity_id, v.entity_id, a.attribute_code, v.value, NULL AS label
FROM magento_rma_item_entity_datetime v
JOIN magento_rma_item_entity e ON e.entity_id = v.entity_id
JOIN eav_attribute a ON a.attribute_id = v.attribute_id
JOIN eav_entity_type et ON et.entity_type_id = a.entity_type_id AND et.entity_type_code = 'rma_item'
WHERE e.rma_entity_id BETWEEN :lo AND :hi
ORDER BY v.entity_id, a.attribute_code
