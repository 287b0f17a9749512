SELECT r.magento_id AS id, 'store=' || s.code AS sub, l.label FROM sales_rule_label l JOIN sales_rule r ON r.id = l.rule_id
JOIN store s ON s.magento_id = l.store_magento_id WHERE r.magento_id = ANY($1)
