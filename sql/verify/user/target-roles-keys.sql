SELECT magento_id AS id, name FROM staff_role
