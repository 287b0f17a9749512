SELECT stock_id AS id, source_code, priority FROM stock_source
