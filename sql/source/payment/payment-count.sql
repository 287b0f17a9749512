SELECT COUNT(*) AS n FROM sales_order_payment
