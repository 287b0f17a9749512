SELECT '' AS grp, count(*) AS stock_items, sum(qty) AS qty, count(*) FILTER (WHERE is_in_stock) AS in_stock FROM stock_item
