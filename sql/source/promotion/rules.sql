-- One keyset page of cart price rules. {{key}} is rule_id (Open Source) or row_id (Adobe Commerce: the version
-- current at the run's staging version, {{raw:current_e}}); rule_id stays the stable id.
SELECT e.{{key}} AS k, e.rule_id, {{col:e.row_id@salesrule}} AS row_id, e.name, e.description, e.from_date, e.to_date,
       e.uses_per_customer, e.is_active, e.conditions_serialized, e.actions_serialized, e.stop_rules_processing, e.is_advanced,
       e.sort_order, e.simple_action, e.discount_amount, e.discount_qty, e.discount_step, e.apply_to_shipping, e.times_used,
       e.is_rss, e.coupon_type, e.use_auto_generation, e.uses_per_coupon, e.simple_free_shipping
FROM `salesrule` e
WHERE {{raw:after}} {{raw:current_e}}
ORDER BY e.{{key}}
LIMIT :limit
