SELECT COUNT(*) AS n FROM magento_reward_history
