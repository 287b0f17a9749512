-- verify: table rates per website, their prices and costs summed (exact decimals).
SELECT CAST(t.website_id AS CHAR) AS grp, COUNT(*) AS tablerates, SUM(t.price) AS price, SUM(t.cost) AS cost
FROM shipping_tablerate t WHERE t.pk NOT IN (:rejected) GROUP BY t.website_id
