SELECT magento_id AS id FROM review
