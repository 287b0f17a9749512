-- verify: the sampled products' legacy stock item (default stock): quantity and flags as Magento holds them.
SELECT si.product_id AS id, CONCAT('item=', si.item_id) AS sub,
  CASE WHEN si.qty < 0 AND IF(si.use_config_backorders = 1, COALESCE((SELECT CAST(c.value AS UNSIGNED) FROM core_config_data c
      WHERE c.path = 'cataloginventory/item_options/backorders' AND c.scope = 'default' AND c.scope_id = 0), 0), si.backorders) = 0 THEN NULL ELSE si.qty END AS qty,
  si.is_in_stock, si.is_qty_decimal
FROM cataloginventory_stock_item si WHERE si.stock_id = 1 AND si.product_id IN (:ids)
