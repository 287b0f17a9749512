SELECT magento_id AS id, code FROM gift_card
