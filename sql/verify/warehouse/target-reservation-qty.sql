SELECT stock_id::text AS grp, count(*) AS reservations, sum(quantity) AS quantity FROM reservation WHERE magento_id IS NOT NULL GROUP BY stock_id
