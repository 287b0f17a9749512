-- verify: the legacy stock items (default stock) of the kept products: how many, their quantity, in stock.
-- A negative quantity where backorders are off (the item's own setting, or the store's with use_config) is a
-- value the migration refuses (NEGATIVE_QTY_NO_BACKORDERS): it counts as no quantity.
SELECT '' AS grp, COUNT(*) AS stock_items,
  SUM(CASE WHEN si.qty < 0 AND IF(si.use_config_backorders = 1, COALESCE((SELECT CAST(c.value AS UNSIGNED) FROM core_config_data c
      WHERE c.path = 'cataloginventory/item_options/backorders' AND c.scope = 'default' AND c.scope_id = 0), 0), si.backorders) = 0 THEN NULL ELSE si.qty END) AS qty,
  SUM(si.is_in_stock) AS in_stock
FROM cataloginventory_stock_item si JOIN catalog_product_entity e ON e.entity_id = si.product_id {{raw:current_e}}
WHERE si.stock_id = 1 AND si.product_id NOT IN (:rejected)
