-- Store credit balances per customer and website, with whether the customer still exists.
SELECT b.balance_id, b.customer_id, b.website_id, b.amount, b.base_currency_code, c.entity_id AS customer_entity_id
FROM magento_customerbalance b
LEFT JOIN customer_entity c ON c.entity_id = b.customer_id
WHERE {{raw:after}}
ORDER BY b.balance_id
LIMIT :limit
