-- verify: store credit per website, its amounts summed (exact decimals), the rejected balances left out.
SELECT CAST(b.website_id AS CHAR) AS grp, COUNT(*) AS balances, SUM(b.amount) AS amount FROM magento_customerbalance b
WHERE b.balance_id NOT IN (:rejected) GROUP BY b.website_id
