-- Reward points history, with its balance row's customer (a row of a missing balance or customer is a reject).
SELECT h.history_id, h.reward_id, h.website_id, h.store_id, h.action, h.entity, h.points_balance, h.points_delta, h.points_used, h.points_voided,
  h.currency_amount, h.currency_delta, h.base_currency_code, h.comment, h.created_at, h.expired_at_dynamic, h.is_expired,
  r.reward_id AS reward_exists, c.entity_id AS customer_entity_id
FROM magento_reward_history h
LEFT JOIN magento_reward r ON r.reward_id = h.reward_id
LEFT JOIN customer_entity c ON c.entity_id = r.customer_id
WHERE {{raw:after}}
ORDER BY h.history_id
LIMIT :limit
