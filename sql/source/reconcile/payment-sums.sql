-- Payments per order currency (NULL: the order is gone): how many, and their amounts summed.
SELECT o.order_currency_code AS currency, COUNT(*) AS n, SUM(p.amount_ordered) AS total, SUM(p.amount_paid) AS paid,
  SUM(p.amount_refunded) AS refunded, SUM(p.amount_authorized) AS authorized
FROM sales_order_payment p
LEFT JOIN sales_order o ON o.entity_id = p.parent_id
GROUP BY o.order_currency_code
ORDER BY o.order_currency_code
