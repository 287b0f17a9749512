SELECT g.customer_group_id FROM `customer_group` g
