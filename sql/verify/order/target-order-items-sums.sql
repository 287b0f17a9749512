-- An item whose order reference leads nowhere is not counted.
SELECT o.order_currency AS grp, count(*) AS items, sum(i.qty_ordered) AS qty_ordered, sum(i.qty_invoiced) AS qty_invoiced,
  sum(i.qty_shipped) AS qty_shipped, sum(i.qty_refunded) AS qty_refunded, sum(i.row_total) AS row_total, sum(i.tax_amount) AS item_tax_amount
FROM order_item i JOIN sales_order o ON o.id = i.order_id GROUP BY o.order_currency
