-- verify: the sampled rules' terms, websites and customer groups (sorted id lists).
SELECT e.rule_id AS id, e.name, e.description, e.from_date, e.to_date, e.uses_per_customer, e.is_active AS magento_is_active,
  e.stop_rules_processing, e.sort_order, e.simple_action, e.discount_amount, e.discount_qty, e.discount_step, e.apply_to_shipping,
  e.times_used, e.coupon_type, e.use_auto_generation, e.uses_per_coupon,
  (SELECT GROUP_CONCAT(x.website_id ORDER BY x.website_id) FROM salesrule_website x WHERE x.{{rule_key}} = e.{{rule_key}}) AS website_ids,
  (SELECT GROUP_CONCAT(x.customer_group_id ORDER BY x.customer_group_id) FROM salesrule_customer_group x WHERE x.{{rule_key}} = e.{{rule_key}}) AS customer_group_ids
FROM salesrule e WHERE e.rule_id IN (:ids) {{raw:current_e}}
