-- Website assignment of a page's products (entity_id in both editions).
SELECT pw.product_id, pw.website_id FROM `catalog_product_website` pw WHERE pw.product_id IN (:ids)
