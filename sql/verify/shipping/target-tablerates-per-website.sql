SELECT website_magento_id::text AS grp, count(*) AS tablerates, sum(price) AS price, sum(cost) AS cost FROM tablerate GROUP BY website_magento_id
