SELECT website_id::text AS grp, count(*) AS tier_prices, sum(value) AS value, sum(percentage_value) AS percentage_value, sum(qty) AS qty FROM tier_price GROUP BY website_id
