-- One subquery of the value-table statement: store-scope rows (the store_id index makes this a range scan).
(SELECT COUNT(*) FROM {{table}} WHERE {{store_id}} <> 0)
