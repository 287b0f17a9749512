SELECT website_magento_id::text AS grp, count(*) AS balances, sum(amount) AS amount FROM store_credit GROUP BY website_magento_id
