SELECT c.magento_id AS id, c.code, u.customer_magento_id AS customer_id, u.times_used FROM coupon_usage u LEFT JOIN coupon c ON c.id = u.coupon_id
