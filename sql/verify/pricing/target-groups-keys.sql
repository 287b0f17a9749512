SELECT magento_id AS id, code FROM customer_group
