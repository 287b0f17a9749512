SELECT magento_id AS id, source_code, sku, status, quantity FROM source_item WHERE magento_id = ANY($1)
