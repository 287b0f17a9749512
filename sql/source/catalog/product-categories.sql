-- Category assignment with position of a page's products (product_id is the entity_id in both editions).
SELECT cp.product_id, cp.category_id, cp.position,
       EXISTS (SELECT 1 FROM `catalog_category_entity` c WHERE c.entity_id = cp.category_id) AS category_exists
FROM `catalog_category_product` cp
WHERE cp.product_id IN (:ids)
