-- The legacy stocks (a store without MSI): stock 1 becomes MSI's default source and stock.
SELECT s.stock_id, s.website_id, s.stock_name FROM `cataloginventory_stock` s WHERE {{raw:after}} ORDER BY s.stock_id LIMIT :limit
