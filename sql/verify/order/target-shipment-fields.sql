SELECT d.magento_id AS id, d.order_magento_id, d.increment_id, d.total_qty, d.created_at
FROM shipment d WHERE d.magento_id = ANY($1)
