SELECT COUNT(*) AS n FROM sales_payment_transaction
