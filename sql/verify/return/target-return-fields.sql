SELECT magento_id AS id, status, is_active, order_magento_id, order_increment_id, customer_custom_email FROM rma WHERE magento_id = ANY($1)
