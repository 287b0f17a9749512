-- What store view $3 of website $2 shows of the given products ($1: magento ids): the catalog's read.
SELECT p.magento_id, p.sku, jsonb_strip_nulls(p.attributes || COALESCE(w.attributes, '{}') || COALESCE(s.attributes, '{}')) AS attributes
FROM product p
LEFT JOIN product_website_attributes w ON w.product_id = p.id AND w.website_id = $2
LEFT JOIN product_store_attributes s ON s.product_id = p.id AND s.store_id = $3
WHERE p.magento_id = ANY($1)
