-- Labels per store view (store 0: the default label); keyed by rule_id in both editions.
SELECT l.rule_id, l.store_id, l.label FROM `salesrule_label` l WHERE l.rule_id IN (:ids) ORDER BY l.rule_id, l.store_id
