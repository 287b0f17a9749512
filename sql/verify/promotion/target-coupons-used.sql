SELECT '' AS grp, count(*) AS coupons, sum(times_used) AS times_used FROM coupon
