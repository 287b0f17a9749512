SELECT s.stock_id AS id, s.source_code, s.priority FROM stock_source s JOIN source so ON so.code = s.source_code WHERE so.from_legacy
