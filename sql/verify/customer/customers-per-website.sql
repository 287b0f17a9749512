-- verify: accounts per website, the rejected ones left out.
SELECT COALESCE(w.code, '') AS grp, COUNT(*) AS customers, SUM(c.is_active) AS active
FROM customer_entity c LEFT JOIN store_website w ON w.website_id = c.website_id
WHERE c.entity_id NOT IN (:rejected) GROUP BY w.code
