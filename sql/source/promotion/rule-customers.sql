-- Per-customer rule usage. salesrule_customer has no unique key on (rule_id, customer_id): a pair that repeats
-- is one usage counter here (the sum), read whole per pair (the keyset is the group key).
SELECT s.rule_id, s.customer_id, SUM(s.times_used) AS times_used, COUNT(*) AS source_rows, MIN(s.rule_customer_id) AS first_id
FROM `salesrule_customer` s
WHERE {{raw:after}}
GROUP BY s.rule_id, s.customer_id
ORDER BY s.rule_id, s.customer_id
LIMIT :limit
