-- The rule through the coupon's reference (one that leads nowhere reads as NULL).
SELECT c.magento_id AS id, r.magento_id AS rule_magento_id, c.code, c.usage_limit, c.usage_per_customer, c.times_used, c.expiration_date, c.is_primary, c.created_at
FROM coupon c LEFT JOIN sales_rule r ON r.id = c.rule_id WHERE c.magento_id = ANY($1)
