SELECT website_magento_id::text AS grp, count(*) AS rows_, sum(points_delta) AS points_delta FROM reward_history GROUP BY website_magento_id
