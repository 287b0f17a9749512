SELECT cp.product_id, cp.category_id FROM `catalog_category_product` cp WHERE cp.product_id IN (:ids) ORDER BY 1, 2
