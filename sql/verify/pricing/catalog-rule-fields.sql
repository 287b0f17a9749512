-- verify: the sampled rules' terms, websites and customer groups (as sorted id lists).
SELECT r.rule_id AS id, r.name, r.is_active, r.from_date, r.to_date, r.sort_order, r.stop_rules_processing, r.simple_action, r.discount_amount,
  (SELECT GROUP_CONCAT(x.website_id ORDER BY x.website_id) FROM catalogrule_website x WHERE x.{{rule_key}} = r.{{rule_key}}) AS website_ids,
  (SELECT GROUP_CONCAT(x.customer_group_id ORDER BY x.customer_group_id) FROM catalogrule_customer_group x WHERE x.{{rule_key}} = r.{{rule_key}}) AS customer_group_ids
FROM catalogrule r WHERE r.rule_id IN (:ids) {{raw:current_r}}
