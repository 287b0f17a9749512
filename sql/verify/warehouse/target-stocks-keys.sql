SELECT magento_id AS id, name FROM stock
