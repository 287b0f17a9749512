SELECT magento_id AS id, increment_id, store_magento_id, state, status, created_at,
  customer_magento_id, customer_email, customer_firstname, customer_lastname, customer_group_id,
  order_currency, base_currency,
  grand_total, base_grand_total, subtotal, tax_amount, shipping_amount, discount_amount,
  total_paid, total_invoiced, total_refunded, total_qty_ordered, coupon_code, shipping_method
FROM sales_order WHERE magento_id = ANY($1)
