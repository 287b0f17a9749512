-- verify: the MSI stocks, by id and name.
SELECT s.stock_id AS id, s.name FROM inventory_stock s
