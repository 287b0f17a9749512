-- verify: every store credit history row.
SELECT h.history_id AS id FROM magento_customerbalance_history h
