-- verify: gift card history, its deltas summed, the rejected rows left out.
SELECT '' AS grp, COUNT(*) AS rows_, SUM(h.balance_delta) AS balance_delta FROM magento_giftcardaccount_history h WHERE h.history_id NOT IN (:rejected)
