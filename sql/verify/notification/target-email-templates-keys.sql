SELECT magento_id AS id, code FROM mail_template WHERE kind = 'email'
