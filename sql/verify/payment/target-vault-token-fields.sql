SELECT magento_id AS id, payment_method_code, type, is_active, is_visible FROM vault_token WHERE magento_id = ANY($1)
