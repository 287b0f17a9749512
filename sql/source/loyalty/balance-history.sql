-- Store credit history, with its balance row's customer.
SELECT h.history_id, h.balance_id, h.updated_at, h.action, h.balance_amount, h.balance_delta, h.additional_info, h.frontend_comment, h.is_customer_notified,
  b.balance_id AS balance_exists, c.entity_id AS customer_entity_id
FROM magento_customerbalance_history h
LEFT JOIN magento_customerbalance b ON b.balance_id = h.balance_id
LEFT JOIN customer_entity c ON c.entity_id = b.customer_id
WHERE {{raw:after}}
ORDER BY h.history_id
LIMIT :limit
