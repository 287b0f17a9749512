-- verify: the sampled credit memos and their lines.
SELECT d.entity_id AS id, d.order_id AS order_magento_id, d.increment_id, d.state, d.grand_total, d.subtotal, d.adjustment, d.created_at
FROM sales_creditmemo d WHERE d.entity_id IN (:ids)
