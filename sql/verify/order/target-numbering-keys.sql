SELECT store_magento_id || '/' || entity_type AS id, entity_type, store_magento_id AS store_id, prefix, suffix, start_value, step FROM order_numbering
