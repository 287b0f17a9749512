-- verify: reward balances per website and their points, the rejected ones (a deleted customer) left out.
SELECT CAST(r.website_id AS CHAR) AS grp, COUNT(*) AS rewards, SUM(r.points_balance) AS points_balance FROM magento_reward r
WHERE r.reward_id NOT IN (:rejected) GROUP BY r.website_id
