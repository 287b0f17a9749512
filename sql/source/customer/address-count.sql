SELECT COUNT(*) AS n FROM `customer_address_entity` a
