-- Reward points per website currency: balances and their points summed (bad_*: deleted customers').
SELECT r.website_currency_code AS currency, r.website_id, COUNT(*) AS n, SUM(r.points_balance) AS total,
  SUM(c.entity_id IS NULL) AS bad_n, SUM(IF(c.entity_id IS NULL, r.points_balance, 0)) AS bad_total
FROM magento_reward r LEFT JOIN customer_entity c ON c.entity_id = r.customer_id
GROUP BY r.website_currency_code, r.website_id
