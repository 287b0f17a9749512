-- verify: the price attributes' value rows (price, special price and dates, cost, msrp) of products, with each
-- product's websites; :all = 1 reads every product, else the given ids.
SELECT e.entity_id AS id, e.sku, a.attribute_code AS code, v.store_id, v.value
FROM catalog_product_entity e
JOIN catalog_product_entity_decimal v ON v.{{key}} = e.{{key}}
JOIN eav_attribute a ON a.attribute_id = v.attribute_id AND a.attribute_code IN ('price', 'special_price', 'cost', 'msrp')
JOIN eav_entity_type t ON t.entity_type_id = a.entity_type_id AND t.entity_type_code = 'catalog_product'
WHERE (:all = 1 OR e.entity_id IN (:ids)) {{raw:current_e}}
UNION ALL
SELECT e.entity_id, e.sku, a.attribute_code, v.store_id, v.value
FROM catalog_product_entity e
JOIN catalog_product_entity_datetime v ON v.{{key}} = e.{{key}}
JOIN eav_attribute a ON a.attribute_id = v.attribute_id AND a.attribute_code IN ('special_from_date', 'special_to_date')
JOIN eav_entity_type t ON t.entity_type_id = a.entity_type_id AND t.entity_type_code = 'catalog_product'
WHERE (:all = 1 OR e.entity_id IN (:ids)) {{raw:current_e}}
