SELECT COUNT(*) AS n FROM `salesrule_coupon`
