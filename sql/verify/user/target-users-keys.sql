SELECT magento_id AS id, username FROM staff_user
