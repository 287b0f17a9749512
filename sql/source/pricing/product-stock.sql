-- Legacy stock items of a page's products: the price index drops managed, out-of-stock products.
SELECT si.product_id, si.is_in_stock, si.manage_stock, si.use_config_manage_stock
FROM `cataloginventory_stock_item` si WHERE si.product_id IN (:ids)
