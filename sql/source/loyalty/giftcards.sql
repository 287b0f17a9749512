-- Gift card accounts: codes kept (they are what customers hold), balances exact.
SELECT g.giftcardaccount_id, g.code, g.status, g.date_created, g.date_expires, g.website_id, g.balance, g.state, g.is_redeemable
FROM magento_giftcardaccount g
WHERE {{raw:after}}
ORDER BY g.giftcardaccount_id
LIMIT :limit
