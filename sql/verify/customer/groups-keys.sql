-- verify: the customer groups and their codes.
SELECT g.customer_group_id AS id, g.customer_group_code AS code, g.tax_class_id FROM customer_group g
