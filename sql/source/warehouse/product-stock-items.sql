-- Legacy stock items of the page's products (entity_id in both editions).
SELECT si.item_id, si.product_id, si.stock_id, si.website_id, si.qty, si.is_in_stock, si.is_qty_decimal,
       si.manage_stock, si.use_config_manage_stock, si.min_qty, si.use_config_min_qty, si.min_sale_qty, si.use_config_min_sale_qty,
       si.max_sale_qty, si.use_config_max_sale_qty, si.backorders, si.use_config_backorders, si.notify_stock_qty, si.use_config_notify_stock_qty,
       si.enable_qty_increments, si.use_config_enable_qty_inc, si.qty_increments, si.use_config_qty_increments
FROM `cataloginventory_stock_item` si WHERE si.product_id IN (:ids)
