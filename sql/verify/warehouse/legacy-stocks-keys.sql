-- verify: the legacy stock of a store without MSI (cataloginventory_stock), which becomes a stock fed by a
-- default source.
SELECT s.stock_id AS id, s.stock_name AS name FROM cataloginventory_stock s
