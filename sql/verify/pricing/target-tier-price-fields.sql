SELECT magento_id AS id, website_id, all_groups, customer_group_id, qty, value, percentage_value FROM tier_price WHERE magento_id = ANY($1)
