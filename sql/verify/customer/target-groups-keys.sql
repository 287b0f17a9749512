SELECT magento_id AS id, code, tax_class_magento_id AS tax_class_id FROM customer_group
