SELECT magento_id AS id, customer_magento_id AS customer, website_magento_id AS website FROM store_credit
