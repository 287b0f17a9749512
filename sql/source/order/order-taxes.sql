SELECT t.tax_id, t.order_id, t.code, t.title, t.percent, t.amount, t.base_amount, t.base_real_amount, t.priority, t.position, t.process
FROM sales_order_tax t
WHERE t.order_id BETWEEN :lo AND :hi
ORDER BY t.order_id, t.tax_id
