-- verify: the sampled source items (a refused negative quantity reads as none, as in source-item-qty).
SELECT si.source_item_id AS id, si.source_code, si.sku, si.status,
  CASE WHEN si.quantity < 0 AND COALESCE((SELECT MIN(IF(ci.use_config_backorders = 1, COALESCE((SELECT CAST(c.value AS UNSIGNED) FROM core_config_data c
      WHERE c.path = 'cataloginventory/item_options/backorders' AND c.scope = 'default' AND c.scope_id = 0), 0), ci.backorders))
      FROM catalog_product_entity e JOIN cataloginventory_stock_item ci ON ci.product_id = e.entity_id AND ci.stock_id = 1 WHERE e.sku = si.sku), 0) = 0
    THEN NULL ELSE si.quantity END AS quantity
FROM inventory_source_item si WHERE si.source_item_id IN (:ids)
