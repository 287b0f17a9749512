-- Sources of the page's stocks with their priority; source_exists = 0 for a link to a deleted source.
SELECT l.stock_id, l.source_code, l.priority, (s.source_code IS NOT NULL) AS source_exists
FROM `inventory_source_stock_link` l LEFT JOIN `inventory_source` s ON s.source_code = l.source_code
WHERE l.stock_id IN (:ids)
