SELECT c.magento_id AS id, c.email, c.website_magento_id AS website_id, w.code AS website FROM customer c LEFT JOIN website w ON w.id = c.website_id
