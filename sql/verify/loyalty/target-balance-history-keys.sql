SELECT magento_id AS id FROM store_credit_history
