-- verify: every reward points balance (magento_reward, Adobe Commerce), by customer and website.
SELECT r.reward_id AS id, r.customer_id AS customer, r.website_id AS website FROM magento_reward r
