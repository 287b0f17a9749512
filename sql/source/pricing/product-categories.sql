-- Direct category assignments of a page's products (entity_id in both editions).
SELECT cp.product_id, cp.category_id FROM `catalog_category_product` cp WHERE cp.product_id IN (:ids)
