-- Adobe Commerce: row_ids of categories with a second version current at the same staging version (a broken
-- staging update). The lowest row_id loads, the others are rejected (OVERLAPPING_VERSION): both would claim
-- the category's UUID.
SELECT e.row_id, e.entity_id
FROM `catalog_category_entity` e
JOIN (
  SELECT q.entity_id, MIN(q.row_id) AS first_row
  FROM `catalog_category_entity` q
  WHERE 1 = 1 {{raw:current_q}}
  GROUP BY q.entity_id
  HAVING COUNT(*) > 1
) d ON d.entity_id = e.entity_id
WHERE e.row_id <> d.first_row {{raw:current_e}}
