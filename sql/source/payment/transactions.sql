-- Payment transactions with their order (for its currency and verdict) and whether their payment exists.
SELECT t.transaction_id, t.order_id, t.payment_id, t.parent_id, t.txn_id, t.parent_txn_id, t.txn_type, t.is_closed, t.additional_information, t.created_at,
  pay.entity_id AS payment_entity_id,
  o.entity_id AS order_entity_id, o.increment_id AS order_increment_id, o.store_id AS order_store_id,
  o.order_currency_code AS order_order_currency, o.base_currency_code AS order_base_currency
FROM sales_payment_transaction t
LEFT JOIN sales_order o ON o.entity_id = t.order_id
LEFT JOIN sales_order_payment pay ON pay.entity_id = t.payment_id
WHERE {{raw:after}}
ORDER BY t.transaction_id
LIMIT :limit
