SELECT magento_id AS id, created_at, product_magento_id, status_magento_id, detail_store_magento_id, title, detail, nickname, customer_magento_id
FROM review WHERE magento_id = ANY($1)
