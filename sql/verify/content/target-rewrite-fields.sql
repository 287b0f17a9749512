SELECT magento_id AS id, request_path, store_magento_id, source_entity_type FROM url_redirect WHERE magento_id = ANY($1)
