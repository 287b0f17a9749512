SELECT magento_id AS id, stock_id, sku FROM reservation WHERE magento_id IS NOT NULL
