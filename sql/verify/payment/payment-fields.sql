-- verify: the sampled payments' order, method and amounts (card data is never read).
SELECT p.entity_id AS id, p.parent_id AS order_magento_id, p.method, p.amount_ordered, p.amount_authorized, p.amount_paid, p.amount_refunded,
  p.shipping_amount, p.cc_last_4, p.last_trans_id
FROM sales_order_payment p WHERE p.entity_id IN (:ids)
