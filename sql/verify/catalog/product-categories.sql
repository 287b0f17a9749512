-- verify: the categories of the given products that exist.
SELECT DISTINCT cp.product_id, cp.category_id FROM `catalog_category_product` cp
JOIN `catalog_category_entity` c ON c.entity_id = cp.category_id
WHERE cp.product_id IN (:ids)
