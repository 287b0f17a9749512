SELECT magento_id AS id, code FROM store
