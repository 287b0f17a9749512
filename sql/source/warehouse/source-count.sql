SELECT COUNT(*) AS n FROM `inventory_source`
