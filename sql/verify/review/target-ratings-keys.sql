SELECT magento_id AS id, code FROM rating
