-- verify: the sampled transactions' type, parent transaction and whether they are closed.
SELECT t.transaction_id AS id, t.txn_id, t.parent_txn_id, t.txn_type, t.is_closed FROM sales_payment_transaction t WHERE t.transaction_id IN (:ids)
