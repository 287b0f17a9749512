-- Gift card accounts per website: how many and their balances summed.
SELECT NULL AS currency, g.website_id, COUNT(*) AS n, SUM(g.balance) AS total, 0 AS bad_n, 0 AS bad_total
FROM magento_giftcardaccount g GROUP BY g.website_id
