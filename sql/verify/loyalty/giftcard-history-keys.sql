-- verify: every gift card history row.
SELECT h.history_id AS id FROM magento_giftcardaccount_history h
