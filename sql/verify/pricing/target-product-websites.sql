SELECT p.magento_id AS id, p.sku, w.code AS website FROM product_price pp JOIN product p ON p.id = pp.product_id JOIN website w ON w.magento_id = pp.website_id
