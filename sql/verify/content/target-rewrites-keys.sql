SELECT magento_id AS id, request_path, store_magento_id AS store_id FROM url_redirect
