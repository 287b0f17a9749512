-- verify: the payment transactions, by their gateway id per order.
SELECT t.transaction_id AS id, t.order_id, t.txn_id FROM sales_payment_transaction t
