SELECT d.increment_id, d.store_id, MIN(d.entity_id) AS keep_id, COUNT(*) AS n
FROM sales_invoice d
WHERE d.increment_id IS NOT NULL
GROUP BY d.increment_id, d.store_id
HAVING COUNT(*) > 1
