-- Store credit per currency and website: balances and amounts summed (bad_*: deleted customers').
SELECT b.base_currency_code AS currency, b.website_id, COUNT(*) AS n, SUM(b.amount) AS total,
  SUM(c.entity_id IS NULL) AS bad_n, SUM(IF(c.entity_id IS NULL, b.amount, 0)) AS bad_total
FROM magento_customerbalance b LEFT JOIN customer_entity c ON c.entity_id = b.customer_id
GROUP BY b.base_currency_code, b.website_id
