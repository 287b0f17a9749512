SELECT magento_id AS id, increment_id, store_magento_id AS store_id, store_code AS store FROM sales_order
