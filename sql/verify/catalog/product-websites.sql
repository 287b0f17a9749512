-- verify: the websites of the given products, by code.
SELECT pw.product_id, w.code FROM `catalog_product_website` pw JOIN `store_website` w ON w.website_id = pw.website_id
WHERE pw.product_id IN (:ids)
