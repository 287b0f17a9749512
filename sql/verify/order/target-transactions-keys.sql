SELECT t.magento_id AS id, o.magento_id AS order_id, t.txn_id FROM payment_transaction t LEFT JOIN sales_order o ON o.id = t.order_id
