SELECT magento_id AS id, status, store_magento_id, customer_magento_id FROM subscriber WHERE magento_id = ANY($1)
