SELECT COUNT(*) AS n FROM (SELECT 1 FROM `salesrule_customer` s GROUP BY s.rule_id, s.customer_id) x
