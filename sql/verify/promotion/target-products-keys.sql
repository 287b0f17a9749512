SELECT magento_id AS id, sku FROM product
