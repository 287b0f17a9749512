SELECT magento_id AS id, country_code, code, default_name FROM region WHERE magento_id = ANY($1)
