SELECT magento_id AS id FROM reward_history
