-- Returns (Adobe Commerce Magento_Rma) with whether their order and customer exist. protect_code (the guest
-- lookup secret) is only tested for a value, never read.
SELECT r.entity_id, r.status, r.is_active, r.increment_id, r.date_requested, r.order_id, r.order_increment_id, r.store_id, r.customer_id,
  r.customer_custom_email, (COALESCE(r.protect_code, '') <> '') AS has_protect_code,
  o.entity_id AS order_entity_id, c.entity_id AS customer_entity_id
FROM magento_rma r
LEFT JOIN sales_order o ON o.entity_id = r.order_id
LEFT JOIN customer_entity c ON c.entity_id = r.customer_id
WHERE {{raw:after}}
ORDER BY r.entity_id
LIMIT :limit
