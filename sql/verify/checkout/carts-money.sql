-- verify: the carts' totals per cart currency, the rejected carts left out.
SELECT q.quote_currency_code AS grp, COUNT(*) AS carts, SUM(q.items_count) AS items_count, SUM(q.items_qty) AS items_qty,
  SUM(q.subtotal) AS subtotal, SUM(q.grand_total) AS grand_total, SUM(q.base_grand_total) AS base_grand_total
FROM quote q WHERE q.is_active = 1 AND q.updated_at >= :since AND q.entity_id NOT IN (:rejected) GROUP BY q.quote_currency_code
