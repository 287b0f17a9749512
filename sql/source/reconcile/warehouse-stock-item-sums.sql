-- Reconciliation: legacy stock items (stock 1) of current products, the sum of their qty, and the part of both
-- that belongs to products rejected for their SKU.
SELECT COUNT(*) AS n, SUM(si.qty) AS total, SUM((p.sku IS NULL OR p.sku = '' OR (dup.winner IS NOT NULL AND p.entity_id <> dup.winner))) AS bad_n, SUM(IF((p.sku IS NULL OR p.sku = '' OR (dup.winner IS NOT NULL AND p.entity_id <> dup.winner)), si.qty, 0)) AS bad_total
FROM `cataloginventory_stock_item` si JOIN `catalog_product_entity` p ON p.entity_id = si.product_id {{raw:current}}
LEFT JOIN (SELECT q.sku, MIN(q.entity_id) AS winner FROM `catalog_product_entity` q WHERE q.sku IS NOT NULL AND q.sku <> '' {{raw:current_q}}
           GROUP BY q.sku HAVING COUNT(DISTINCT q.entity_id) > 1) dup ON dup.sku = p.sku
WHERE si.stock_id = 1
