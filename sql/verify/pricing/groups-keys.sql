-- verify: the customer groups prices are given for.
SELECT g.customer_group_id AS id, g.customer_group_code AS code FROM customer_group g
