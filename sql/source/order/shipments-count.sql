SELECT COUNT(*) AS n FROM sales_shipment
