-- Catalog price rules, one keyset page ({{rule_key}}: rule_id, or row_id of the current version in Commerce).
SELECT r.{{rule_key}} AS row_key, r.rule_id, r.name, r.description, r.from_date, r.to_date, r.is_active, r.conditions_serialized,
       r.stop_rules_processing, r.sort_order, r.simple_action, r.discount_amount
FROM `catalogrule` r
WHERE {{raw:after}} {{raw:current_r}}
ORDER BY r.{{rule_key}}
LIMIT :limit
