SELECT coalesce(country_id, '') AS grp, count(*) AS addresses FROM customer_address GROUP BY country_id
