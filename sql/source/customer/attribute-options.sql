-- Options of customer and address attributes with their admin (store 0) labels: gender and every select or
-- multiselect backed by eav_attribute_option.
SELECT o.option_id, o.attribute_id, v.value AS label
FROM `eav_attribute_option` o
JOIN `eav_attribute` a ON a.attribute_id = o.attribute_id
JOIN `eav_entity_type` t ON t.entity_type_id = a.entity_type_id
LEFT JOIN `eav_attribute_option_value` v ON v.option_id = o.option_id AND v.store_id = 0
WHERE t.entity_type_code IN ('customer', 'customer_address')
ORDER BY o.option_id
