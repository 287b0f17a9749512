SELECT magento_id AS id, source_code, sku FROM source_item WHERE magento_id IS NOT NULL
