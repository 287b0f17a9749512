-- verify: the sampled coupons (is_primary NULL: a generated coupon, not the primary one).
SELECT c.coupon_id AS id, c.rule_id AS rule_magento_id, c.code, c.usage_limit, c.usage_per_customer, c.times_used, c.expiration_date, COALESCE(c.is_primary, 0) AS is_primary, c.created_at
FROM salesrule_coupon c WHERE c.coupon_id IN (:ids)
