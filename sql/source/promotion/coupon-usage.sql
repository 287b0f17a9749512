SELECT u.coupon_id, u.customer_id, u.times_used FROM `salesrule_coupon_usage` u
WHERE {{raw:after}}
ORDER BY u.coupon_id, u.customer_id
LIMIT :limit
