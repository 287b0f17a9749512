SELECT magento_id AS id, store_magento_id AS store, email FROM subscriber
