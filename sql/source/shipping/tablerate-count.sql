SELECT COUNT(*) AS n FROM `shipping_tablerate`
