SELECT magento_id AS id, name, description, to_char(from_date, 'YYYY-MM-DD') AS from_date, to_char(to_date, 'YYYY-MM-DD') AS to_date, uses_per_customer, magento_is_active,
  stop_rules_processing, sort_order, simple_action, discount_amount, discount_qty, discount_step, apply_to_shipping,
  times_used, coupon_type, use_auto_generation, uses_per_coupon,
  (SELECT string_agg(x::text, ',' ORDER BY x) FROM unnest(website_ids) x) AS website_ids,
  (SELECT string_agg(x::text, ',' ORDER BY x) FROM unnest(customer_group_ids) x) AS customer_group_ids
FROM sales_rule WHERE magento_id = ANY($1)
