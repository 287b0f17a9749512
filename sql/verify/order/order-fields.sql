-- verify: the sampled orders' own fields.
SELECT o.entity_id AS id, o.increment_id, o.store_id AS store_magento_id, o.state, o.status, o.created_at,
  o.customer_id AS customer_magento_id, o.customer_email, o.customer_firstname, o.customer_lastname, o.customer_group_id,
  o.order_currency_code AS order_currency, o.base_currency_code AS base_currency,
  o.grand_total, o.base_grand_total, o.subtotal, o.tax_amount, o.shipping_amount, o.discount_amount,
  o.total_paid, o.total_invoiced, o.total_refunded, o.total_qty_ordered, o.coupon_code, o.shipping_method
FROM sales_order o WHERE o.entity_id IN (:ids)
