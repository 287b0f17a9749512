-- verify: order lines per order currency: how many, their quantities and row totals (rejected orders left out).
SELECT o.order_currency_code AS grp, COUNT(*) AS items, SUM(i.qty_ordered) AS qty_ordered, SUM(i.qty_invoiced) AS qty_invoiced,
  SUM(i.qty_shipped) AS qty_shipped, SUM(i.qty_refunded) AS qty_refunded, SUM(i.row_total) AS row_total, SUM(i.tax_amount) AS item_tax_amount
FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id
WHERE o.entity_id NOT IN (:rejected) GROUP BY o.order_currency_code
