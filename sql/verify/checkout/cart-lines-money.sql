-- verify: the cart lines' quantities and row totals per cart currency. A line without a SKU cannot be put back in a
-- cart: the migration leaves it out (a NO_SKU reject), so this reading does too.
SELECT q.quote_currency_code AS grp, COUNT(*) AS cart_lines, SUM(i.qty) AS qty, SUM(i.row_total) AS row_total, SUM(i.base_row_total) AS base_row_total
FROM quote_item i JOIN quote q ON q.entity_id = i.quote_id
WHERE q.is_active = 1 AND q.updated_at >= :since AND q.entity_id NOT IN (:rejected) AND i.sku IS NOT NULL AND i.sku <> ''
GROUP BY q.quote_currency_code
