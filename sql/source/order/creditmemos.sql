SELECT d.entity_id, d.order_id, d.increment_id, d.store_id, d.invoice_id, d.state, d.order_currency_code, d.base_currency_code,
  d.subtotal, d.base_subtotal, d.tax_amount, d.base_tax_amount, d.shipping_amount, d.base_shipping_amount,
  d.discount_amount, d.base_discount_amount, d.adjustment, d.base_adjustment, d.adjustment_positive, d.base_adjustment_positive,
  d.adjustment_negative, d.base_adjustment_negative, d.grand_total, d.base_grand_total, d.transaction_id, d.created_at, d.updated_at,
  o.entity_id AS order_entity_id, o.increment_id AS order_increment_id, o.store_id AS order_store_id,
  o.order_currency_code AS order_order_currency, o.base_currency_code AS order_base_currency
FROM sales_creditmemo d
LEFT JOIN sales_order o ON o.entity_id = d.order_id
WHERE {{raw:after}}
ORDER BY d.entity_id
LIMIT :limit
