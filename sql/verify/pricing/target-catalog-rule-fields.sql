SELECT magento_id AS id, name, is_active, to_char(from_date, 'YYYY-MM-DD') AS from_date, to_char(to_date, 'YYYY-MM-DD') AS to_date, sort_order, stop_rules_processing, simple_action, discount_amount,
  (SELECT string_agg(x::text, ',' ORDER BY x) FROM unnest(website_ids) x) AS website_ids,
  (SELECT string_agg(x::text, ',' ORDER BY x) FROM unnest(customer_group_ids) x) AS customer_group_ids
FROM catalog_rule WHERE magento_id = ANY($1)
