-- verify: the product attributes the catalog keeps (EAV, not prices or stock), with their scope.
SELECT a.attribute_id, a.attribute_code, a.backend_type, a.frontend_input, COALESCE(c.is_global, 1) AS is_global
FROM `eav_attribute` a
JOIN `eav_entity_type` t ON t.entity_type_id = a.entity_type_id AND t.entity_type_code = :type
LEFT JOIN `catalog_eav_attribute` c ON c.attribute_id = a.attribute_id
WHERE a.backend_type IN ('int', 'varchar', 'decimal', 'text', 'datetime')
  AND COALESCE(a.frontend_input, '') <> 'price'
  AND a.attribute_code NOT IN ('tier_price', 'special_from_date', 'special_to_date', 'minimal_price', 'quantity_and_stock_status')
