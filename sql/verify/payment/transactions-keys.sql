-- verify: every payment transaction, by its gateway transaction id.
SELECT t.transaction_id AS id, t.txn_id FROM sales_payment_transaction t
