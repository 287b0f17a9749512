SELECT magento_id AS id, increment_id, store_magento_id AS store FROM rma
