SELECT magento_id AS id, code, name, website_magento_id AS website_id FROM store
