SELECT p.magento_id, w.code FROM product_website pw JOIN product p ON p.id = pw.product_id JOIN website w ON w.id = pw.website_id
WHERE p.magento_id = ANY($1)
