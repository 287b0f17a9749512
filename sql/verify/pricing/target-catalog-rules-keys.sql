SELECT magento_id AS id, name FROM catalog_rule
