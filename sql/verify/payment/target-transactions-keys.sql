SELECT magento_id AS id, txn_id FROM payment_transaction
