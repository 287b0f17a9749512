SELECT COUNT(*) AS n FROM `cataloginventory_stock`
