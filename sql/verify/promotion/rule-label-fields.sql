-- verify: the sampled rules' label in each store view that has one.
SELECT e.rule_id AS id, CONCAT('store=', s.code) AS sub, l.label FROM salesrule e
JOIN salesrule_label l ON l.rule_id = e.rule_id JOIN store s ON s.store_id = l.store_id
WHERE e.rule_id IN (:ids) {{raw:current_e}}
