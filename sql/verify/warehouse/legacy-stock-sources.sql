-- verify: a store without MSI: each legacy stock fed by the one default source.
SELECT s.stock_id AS id, 'default' AS source_code, 1 AS priority FROM cataloginventory_stock s
