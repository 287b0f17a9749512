SELECT magento_id AS id, txn_id, parent_txn_id, txn_type, is_closed FROM payment_transaction WHERE magento_id = ANY($1)
