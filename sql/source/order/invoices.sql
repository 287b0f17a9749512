-- A page of invoices with what decides their order's fate (the same columns the orders verdict reads):
-- o.entity_id is NULL when the invoice points at an order that does not exist.
SELECT d.entity_id, d.order_id, d.increment_id, d.store_id, d.state, d.order_currency_code, d.base_currency_code,
  d.subtotal, d.base_subtotal, d.tax_amount, d.base_tax_amount, d.shipping_amount, d.base_shipping_amount,
  d.discount_amount, d.base_discount_amount, d.grand_total, d.base_grand_total, d.total_qty, d.transaction_id, d.created_at, d.updated_at,
  o.entity_id AS order_entity_id, o.increment_id AS order_increment_id, o.store_id AS order_store_id,
  o.order_currency_code AS order_order_currency, o.base_currency_code AS order_base_currency
FROM sales_invoice d
LEFT JOIN sales_order o ON o.entity_id = d.order_id
WHERE {{raw:after}}
ORDER BY d.entity_id
LIMIT :limit
