-- verify: payments per order currency, their amounts summed (exact decimals), the rejected payments left out.
SELECT o.order_currency_code AS grp, COUNT(*) AS payments, SUM(p.amount_ordered) AS amount_ordered, SUM(p.amount_authorized) AS amount_authorized,
  SUM(p.amount_paid) AS amount_paid, SUM(p.amount_refunded) AS amount_refunded, SUM(p.amount_canceled) AS amount_canceled
FROM sales_order_payment p JOIN sales_order o ON o.entity_id = p.parent_id
WHERE p.entity_id NOT IN (:rejected) GROUP BY o.order_currency_code
