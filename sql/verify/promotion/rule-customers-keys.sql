-- verify: rule uses per customer (one per rule and customer, as the service keeps them).
SELECT s.rule_id AS id, s.customer_id, SUM(s.times_used) AS times_used FROM salesrule_customer s GROUP BY s.rule_id, s.customer_id
