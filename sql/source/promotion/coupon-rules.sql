-- The rules that exist (a coupon of any other rule is an orphan).
SELECT DISTINCT r.rule_id FROM `salesrule` r
