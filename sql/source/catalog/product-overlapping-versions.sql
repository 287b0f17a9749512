-- Adobe Commerce only: products with two versions current at once (created_in/updated_in ranges that overlap,
-- a damaged staging schedule). The lowest row_id is the one read; the other row_ids come back, to be rejected.
SELECT p.row_id
FROM `catalog_product_entity` p
JOIN (
  SELECT q.entity_id, MIN(q.row_id) AS first_row
  FROM `catalog_product_entity` q
  WHERE 1 = 1 {{raw:current_q}}
  GROUP BY q.entity_id
  HAVING COUNT(*) > 1
) d ON d.entity_id = p.entity_id
WHERE p.row_id <> d.first_row {{raw:current}}
