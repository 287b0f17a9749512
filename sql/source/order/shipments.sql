SELECT d.entity_id, d.order_id, d.increment_id, d.store_id, d.total_qty, d.total_weight, d.shipment_status, d.created_at, d.updated_at,
  o.entity_id AS order_entity_id, o.increment_id AS order_increment_id, o.store_id AS order_store_id,
  o.order_currency_code AS order_order_currency, o.base_currency_code AS order_base_currency
FROM sales_shipment d
LEFT JOIN sales_order o ON o.entity_id = d.order_id
WHERE {{raw:after}}
ORDER BY d.entity_id
LIMIT :limit
