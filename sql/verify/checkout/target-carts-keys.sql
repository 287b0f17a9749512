SELECT c.magento_id AS id, s.code AS store FROM cart c LEFT JOIN store s ON s.magento_id = c.store_magento_id
