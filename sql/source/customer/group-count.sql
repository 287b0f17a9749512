SELECT COUNT(*) AS n FROM `customer_group` g
