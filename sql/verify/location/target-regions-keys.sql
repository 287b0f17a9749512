SELECT magento_id AS id, country_code AS country, code FROM region
