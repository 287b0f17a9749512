SELECT c.magento_id AS id, c.code, r.magento_id AS rule_id FROM coupon c LEFT JOIN sales_rule r ON r.id = c.rule_id
