SELECT magento_id AS id, code, name FROM website
