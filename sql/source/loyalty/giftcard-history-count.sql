SELECT COUNT(*) AS n FROM magento_giftcardaccount_history
