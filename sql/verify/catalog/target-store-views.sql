SELECT s.id, s.magento_id, s.code, s.name, w.id AS website_id, w.magento_id AS website_magento_id, w.code AS website_code, w.name AS website_name
FROM store s JOIN website w ON w.id = s.website_id
ORDER BY s.magento_id
