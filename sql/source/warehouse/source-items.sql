-- MSI source items, one keyset page by id, with what decides their rejects: the SKU's product (current version
-- in Commerce; of a SKU two products share, the first's) and its legacy backorders setting, and whether the source exists.
SELECT si.source_item_id, si.source_code, si.sku, si.quantity, si.status, p.entity_id, p.type_id,
       li.backorders, li.use_config_backorders, (s.source_code IS NOT NULL) AS source_exists
FROM `inventory_source_item` si
LEFT JOIN `catalog_product_entity` p ON p.sku = si.sku {{raw:current}}
  -- a SKU two products share (dirt): the first entity_id owns it, as everywhere else
  AND NOT EXISTS (SELECT 1 FROM `catalog_product_entity` q WHERE q.sku = p.sku AND q.entity_id < p.entity_id {{raw:current_q}})
LEFT JOIN `cataloginventory_stock_item` li ON li.product_id = p.entity_id AND li.stock_id = 1
LEFT JOIN `inventory_source` s ON s.source_code = si.source_code
WHERE {{raw:after}}
ORDER BY si.source_item_id
LIMIT :limit
