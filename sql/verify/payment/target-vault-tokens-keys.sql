SELECT magento_id AS id FROM vault_token
