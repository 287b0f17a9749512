-- verify: reward history per website, its point deltas summed, the rejected rows left out.
SELECT CAST(h.website_id AS CHAR) AS grp, COUNT(*) AS rows_, SUM(h.points_delta) AS points_delta FROM magento_reward_history h
WHERE h.history_id NOT IN (:rejected) GROUP BY h.website_id
