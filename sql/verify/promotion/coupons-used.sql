-- verify: coupons and how often they were used, the rejected ones left out.
SELECT '' AS grp, COUNT(*) AS coupons, SUM(c.times_used) AS times_used FROM salesrule_coupon c WHERE c.coupon_id NOT IN (:rejected)
