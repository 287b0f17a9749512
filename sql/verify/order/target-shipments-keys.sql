SELECT d.magento_id AS id, d.increment_id, d.store_magento_id AS store_id, s.code AS store FROM shipment d LEFT JOIN order_store s ON s.magento_id = d.store_magento_id
