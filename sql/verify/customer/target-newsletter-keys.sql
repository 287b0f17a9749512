SELECT customer_magento_id AS id, magento_id AS subscriber_id, store_magento_id AS store_id, status FROM newsletter_subscription
