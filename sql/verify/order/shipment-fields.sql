-- verify: the sampled shipments and their lines.
SELECT d.entity_id AS id, d.order_id AS order_magento_id, d.increment_id, d.total_qty, d.created_at
FROM sales_shipment d WHERE d.entity_id IN (:ids)
