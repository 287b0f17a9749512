SELECT magento_id AS id, name FROM sales_rule
