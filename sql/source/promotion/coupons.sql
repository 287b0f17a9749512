SELECT c.coupon_id, c.rule_id, c.code, c.usage_limit, c.usage_per_customer, c.times_used, c.expiration_date, c.is_primary, c.created_at, c.type
FROM `salesrule_coupon` c
WHERE {{raw:after}}
ORDER BY c.coupon_id
LIMIT :limit
