-- Reconciliation: legacy stock items (stock 1) of current products, the sum of their qty, and the part of both
-- that belongs to products rejected for their SKU.
SELECT COUNT(*) AS n, SUM(si.qty) AS total, SUM((p.sku IS NULL OR p.sku = '' OR EXISTS (SELECT 1 FROM `catalog_product_entity` q WHERE q.sku = p.sku AND q.entity_id < p.entity_id {{raw:current_q}}))) AS bad_n, SUM(IF((p.sku IS NULL OR p.sku = '' OR EXISTS (SELECT 1 FROM `catalog_product_entity` q WHERE q.sku = p.sku AND q.entity_id < p.entity_id {{raw:current_q}})), si.qty, 0)) AS bad_total
FROM `cataloginventory_stock_item` si JOIN `catalog_product_entity` p ON p.entity_id = si.product_id {{raw:current}}
WHERE si.stock_id = 1
