-- Payments per order currency: how many and their amounts summed (bad_*: those whose order is gone).
SELECT o.order_currency_code AS currency, COUNT(*) AS n, SUM(p.amount_ordered) AS total, SUM(p.amount_paid) AS paid,
  SUM(p.amount_refunded) AS refunded, SUM(p.amount_authorized) AS authorized,
  SUM(o.entity_id IS NULL) AS bad_n, SUM(IF(o.entity_id IS NULL, p.amount_ordered, 0)) AS bad_total
FROM sales_order_payment p
LEFT JOIN sales_order o ON o.entity_id = p.parent_id
GROUP BY o.order_currency_code
ORDER BY o.order_currency_code
