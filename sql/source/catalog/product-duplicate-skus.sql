-- Products whose SKU another product with a lower entity_id already has: the first entity_id wins.
-- Equality is Magento's column collation (utf8 general_ci: case- and accent-insensitive, trailing spaces
-- ignored), the rule MySQL applied when the SKUs were written. Only the duplicates come back.
SELECT p.entity_id, d.winner
FROM `catalog_product_entity` p
JOIN (
  SELECT q.sku, MIN(q.entity_id) AS winner
  FROM `catalog_product_entity` q
  WHERE q.sku IS NOT NULL AND q.sku <> '' {{raw:current_q}}
  GROUP BY q.sku
  HAVING COUNT(DISTINCT q.entity_id) > 1
) d ON d.sku = p.sku
WHERE p.entity_id <> d.winner {{raw:current}}
