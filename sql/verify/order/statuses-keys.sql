-- verify: the order statuses and their labels.
SELECT s.status AS id, s.label FROM sales_order_status s
