-- Increment ids used by more than one order of one store view (possible where the store was deleted:
-- store_id is NULL then, and the unique key does not hold NULLs equal). The first order keeps the number.
-- Grouped in the order of SALES_ORDER_INCREMENT_ID_STORE_ID, so the server streams the index.
SELECT o.increment_id, o.store_id, MIN(o.entity_id) AS keep_id, COUNT(*) AS n
FROM sales_order o
WHERE o.increment_id IS NOT NULL
GROUP BY o.increment_id, o.store_id
HAVING COUNT(*) > 1
