-- verify: every store credit balance (magento_customerbalance, Adobe Commerce), by customer and website.
SELECT b.balance_id AS id, b.customer_id AS customer, b.website_id AS website FROM magento_customerbalance b
