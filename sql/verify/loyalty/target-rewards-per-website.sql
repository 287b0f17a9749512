SELECT website_magento_id::text AS grp, count(*) AS rewards, sum(points_balance) AS points_balance FROM reward GROUP BY website_magento_id
