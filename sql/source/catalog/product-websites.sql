-- Website assignment of a page's products (keyed by entity_id in both editions); website_exists = 0 for a
-- website deleted without its rows.
SELECT pw.product_id, pw.website_id, (w.website_id IS NOT NULL) AS website_exists
FROM `catalog_product_website` pw
LEFT JOIN `store_website` w ON w.website_id = pw.website_id
WHERE pw.product_id IN (:ids)
