-- verify: every coupon code and its rule.
SELECT c.coupon_id AS id, c.code, c.rule_id FROM salesrule_coupon c
