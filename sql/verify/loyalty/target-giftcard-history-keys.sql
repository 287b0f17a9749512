SELECT magento_id AS id FROM gift_card_history
