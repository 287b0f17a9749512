-- The product attributes cart rules may test (Magento offers those used for promo rules) and weight (the
-- address's weight condition); their default-scope values are copied into the promotion service.
SELECT a.attribute_id, a.attribute_code, a.backend_type, a.frontend_input
FROM `eav_attribute` a
JOIN `eav_entity_type` t ON t.entity_type_id = a.entity_type_id AND t.entity_type_code = 'catalog_product'
LEFT JOIN `catalog_eav_attribute` c ON c.attribute_id = a.attribute_id
WHERE (c.is_used_for_promo_rules = 1 OR a.attribute_code = 'weight') AND a.backend_type <> 'static'
ORDER BY a.attribute_id
