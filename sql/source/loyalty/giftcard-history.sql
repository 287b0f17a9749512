-- Gift card account history, with whether its account exists.
SELECT h.history_id, h.giftcardaccount_id, h.updated_at, h.action, h.balance_amount, h.balance_delta, h.additional_info, g.giftcardaccount_id AS account_exists
FROM magento_giftcardaccount_history h
LEFT JOIN magento_giftcardaccount g ON g.giftcardaccount_id = h.giftcardaccount_id
WHERE {{raw:after}}
ORDER BY h.history_id
LIMIT :limit
