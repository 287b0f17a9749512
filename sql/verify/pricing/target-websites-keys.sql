SELECT magento_id AS id, code FROM website
