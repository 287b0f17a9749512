-- verify: coupon uses per customer, by coupon code.
SELECT u.coupon_id AS id, c.code, u.customer_id, u.times_used FROM salesrule_coupon_usage u LEFT JOIN salesrule_coupon c ON c.coupon_id = u.coupon_id
