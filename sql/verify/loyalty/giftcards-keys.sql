-- verify: every gift card account (magento_giftcardaccount, Adobe Commerce), by code.
SELECT g.giftcardaccount_id AS id, g.code FROM magento_giftcardaccount g
