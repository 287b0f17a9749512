SELECT r.magento_id AS id, u.customer_magento_id AS customer_id, u.times_used FROM rule_customer u LEFT JOIN sales_rule r ON r.id = u.rule_id
