-- verify: gift cards per website, their balances summed (exact decimals).
SELECT CAST(g.website_id AS CHAR) AS grp, COUNT(*) AS gift_cards, SUM(g.balance) AS balance FROM magento_giftcardaccount g
WHERE g.giftcardaccount_id NOT IN (:rejected) GROUP BY g.website_id
