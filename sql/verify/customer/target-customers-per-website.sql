SELECT coalesce(w.code, '') AS grp, count(*) AS customers, count(*) FILTER (WHERE c.is_active) AS active
FROM customer c LEFT JOIN website w ON w.id = c.website_id GROUP BY w.code
