SELECT magento_id AS id, stock_id, sku, quantity FROM reservation WHERE magento_id = ANY($1)
