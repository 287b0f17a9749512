SELECT s.status, s.label
FROM sales_order_status s
WHERE {{raw:after}}
ORDER BY s.status
LIMIT :limit
