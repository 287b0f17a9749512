-- verify: every reward points history row.
SELECT h.history_id AS id FROM magento_reward_history h
