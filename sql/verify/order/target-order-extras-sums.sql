SELECT o.order_currency AS grp,
  sum((SELECT count(*) FROM order_status_history h WHERE h.order_id = o.id)) AS status_history,
  sum((SELECT count(*) FROM order_tax t WHERE t.order_id = o.id)) AS taxes,
  sum((SELECT sum(t.amount) FROM order_tax t WHERE t.order_id = o.id)) AS tax_rows_amount
FROM sales_order o GROUP BY o.order_currency
