SELECT COUNT(*) AS n FROM `inventory_reservation`
