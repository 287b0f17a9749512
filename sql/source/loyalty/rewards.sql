-- Reward points balances per customer and website, with whether the customer still exists.
SELECT r.reward_id, r.customer_id, r.website_id, r.points_balance, r.website_currency_code, c.entity_id AS customer_entity_id
FROM magento_reward r
LEFT JOIN customer_entity c ON c.entity_id = r.customer_id
WHERE {{raw:after}}
ORDER BY r.reward_id
LIMIT :limit
