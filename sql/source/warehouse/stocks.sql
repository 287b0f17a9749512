-- MSI stocks, one keyset page by id.
SELECT s.stock_id, s.name FROM `inventory_stock` s WHERE {{raw:after}} ORDER BY s.stock_id LIMIT :limit
