-- Every coupon's id, rule and code: which coupons load is decided once per run (dangling rule, duplicates).
SELECT c.coupon_id, c.rule_id, c.code FROM `salesrule_coupon` c ORDER BY c.coupon_id
