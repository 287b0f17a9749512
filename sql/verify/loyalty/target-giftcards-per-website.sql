SELECT website_magento_id::text AS grp, count(*) AS gift_cards, sum(balance) AS balance FROM gift_card GROUP BY website_magento_id
