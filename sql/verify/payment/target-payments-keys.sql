SELECT magento_id AS id, order_magento_id AS order_id FROM payment
