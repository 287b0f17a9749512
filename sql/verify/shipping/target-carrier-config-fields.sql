SELECT magento_id AS id, value FROM carrier_config WHERE magento_id = ANY($1)
