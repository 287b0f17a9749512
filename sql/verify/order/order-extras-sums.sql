-- verify: per order currency, the orders' status history comments and applied taxes (rejected orders left out).
SELECT o.order_currency_code AS grp,
  SUM((SELECT COUNT(*) FROM sales_order_status_history h WHERE h.parent_id = o.entity_id)) AS status_history,
  SUM((SELECT COUNT(*) FROM sales_order_tax t WHERE t.order_id = o.entity_id)) AS taxes,
  SUM((SELECT SUM(t.amount) FROM sales_order_tax t WHERE t.order_id = o.entity_id)) AS tax_rows_amount
FROM sales_order o WHERE o.entity_id NOT IN (:rejected) GROUP BY o.order_currency_code
