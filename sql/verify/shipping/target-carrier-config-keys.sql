SELECT magento_id AS id, scope, scope_id, path FROM carrier_config
