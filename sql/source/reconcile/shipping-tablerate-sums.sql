-- Table rates per website: how many, and their prices and costs summed (exact decimals).
SELECT t.website_id, COUNT(*) AS n, SUM(t.price) AS total, SUM(t.cost) AS cost FROM shipping_tablerate t GROUP BY t.website_id ORDER BY t.website_id
