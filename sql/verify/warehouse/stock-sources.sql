-- verify: which sources feed which stock, by priority.
SELECT l.stock_id AS id, l.source_code, l.priority FROM inventory_source_stock_link l
