SELECT d.magento_id AS id, d.order_magento_id, d.increment_id, d.state, d.grand_total, d.subtotal, d.adjustment, d.created_at
FROM creditmemo d WHERE d.magento_id = ANY($1)
