-- Every customer group id (a tier price or a rule of a deleted group is a reject).
SELECT g.customer_group_id FROM `customer_group` g
