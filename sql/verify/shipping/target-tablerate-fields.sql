SELECT magento_id AS id, price, cost FROM tablerate WHERE magento_id = ANY($1)
