SELECT magento_id AS id, firstname, lastname, email, is_active FROM staff_user WHERE magento_id = ANY($1)
