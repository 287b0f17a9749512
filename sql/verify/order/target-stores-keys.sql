SELECT magento_id AS id, code, name, website_code FROM order_store
