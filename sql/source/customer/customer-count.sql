SELECT COUNT(*) AS n FROM `customer_entity` c
