SELECT COUNT(*) AS n FROM sales_invoice
