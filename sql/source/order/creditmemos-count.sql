SELECT COUNT(*) AS n FROM sales_creditmemo
